# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The thirty-first blind corpus, kept as its two authors wrote it (/work/blind31a and /work/blind31b,
split by graded names as for corpora 10-30; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora (they imported a frozen copy of lstm_ref
alone for their single run; both report having read nothing else), each asked to invent a cast
of at least ten students in an evening graduate course for working software engineers and data
scientists: pandas axis habits, classes and caches keyed by shape or id, generators and
recursion, np.split and reshape for the gates, float32 "to save memory", clipping "for
stability", Keras gate orders and kernels, nn.Linear and ParameterList in ScratchLSTM; backward
passes as classes whose caches survive calls, blog derivatives, gradient-norm clipping, np.split
views rebound, boolean masks, pack_padded habits, NaN padding. Run on f688e43 (the last stop); the
words a message must contain were fixed before its first run. First run there, by the word test
at seed 7: 156 of 176 wrong versions named (89%: author A 86 of 91, author B 70 of 85), 2
passing (a backward class and a module-level memo reusing the forward of an earlier call with
the same shapes), no false alarm. By its authors' reading (every mistake of an entry named; both
ran the notebooks' order, "shapes", "fixed", then "random" with seed 0): 79 of 91 (87%) and 65 of
85 (76%), doubles with both named 13 of 20 and 11 of 20, 1 wrong cause (gradients each rescaled to
a norm of 1 after they were computed: "look at δa first", where δa was right). See
tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_ok_mask_aisha",
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
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    # positive side: the textbook form is safe, exp(-z) <= 1\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    # negative side: rewrite as e^z / (1 + e^z), exp(z) <= 1\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    return out\n",
    },
    {
        "id": "sig_ok_logaddexp_sofia",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # sigma(z) = exp(-log(1 + e^{-z})) = exp(-logaddexp(0, -z)); logaddexp never "
        "overflows\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.asarray(np.exp(-np.logaddexp(0.0, -z)))   # keep 0-d inputs as "
        "arrays\n",
    },
    {
        "id": "sig_ok_loop_wen",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # plain loop, like I would write it in C++; branch on the sign to keep exp() "
        "bounded\n"
        "    arr = np.asarray(z, dtype=np.float64)\n"
        "    flat = arr.ravel()\n"
        "    res = np.empty(flat.shape, dtype=np.float64)\n"
        "    for k in range(flat.size):\n"
        "        v = float(flat[k])\n"
        "        if v >= 0.0:\n"
        "            res[k] = 1.0 / (1.0 + math.exp(-v))\n"
        "        else:\n"
        "            e = math.exp(v)\n"
        "            res[k] = e / (1.0 + e)\n"
        "    return res.reshape(arr.shape)\n",
    },
    {
        "id": "sig_naive_olu",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive 1/(1+exp(-z)): np.exp overflows (RuntimeWarning) for large negative "
                "z",
                "must_mention": [{"any": ["overflow"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # numpy handles inf fine: 1/(1+inf) = 0\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_clip20_sofia",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips z to [-20, 20] before the exponential, so values for |z| > 20 are "
                "wrong (sigma(25) becomes sigma(20))",
                "must_mention": [
                    {"any": ["clip", "clamp", "large", "saturat", "|z|", "beyond", "cut off"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # clamp for numerical stability, sigma is flat out there anyway\n"
        "    z = np.clip(np.asarray(z, dtype=np.float64), -20.0, 20.0)\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_float32_wen",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "casts to float32 to save memory: the result is float32 and only ~1e-7 "
                "accurate",
                "must_mention": [{"any": ["float32", "float64", "dtype", "single precision"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)  # float32 halves the memory, plenty for "
        "activations\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n",
    },
    {
        "id": "sig_where_both_branches_marcus",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where evaluates both branches on every element, so exp(-z) is still "
                "computed for z=-1000 and overflows (RuntimeWarning), although the chosen "
                "values are right",
                "must_mention": [{"any": ["overflow"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    positive = 1.0 / (1.0 + np.exp(-z))\n"
        "    negative = np.exp(z) / (1.0 + np.exp(z))\n"
        "    return np.where(z >= 0, positive, negative)\n",
    },
    {
        "id": "sig_list_tom",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a Python list built by a comprehension over the first axis, not "
                "an ndarray of the same shape (and breaks for 0-d and 2-D input)",
                "must_mention": [{"any": ["list", "ndarray", "numpy array", "type", "kind"]}],
            }
        ],
        "source": "import math\n"
        "\n"
        "def _sig(v):\n"
        "    return 1 / (1 + math.exp(-v)) if v >= 0 else math.exp(v) / (1 + math.exp(v))\n"
        "\n"
        "def sigmoid(z):\n"
        "    return [_sig(v) for v in z]\n",
    },
    {
        "id": "sig_flatten_priya",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "reshapes the input to 1-D with reshape(-1) and never restores the shape: "
                "2-D (or 0-d) inputs come back flat",
                "must_mention": [{"any": ["shape", "flat", "1-D", "reshape", "ravel"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float).reshape(-1)   # make it a column like a pandas "
        "Series\n"
        "    out = np.zeros(len(z))\n"
        "    neg = z < 0\n"
        "    out[~neg] = 1 / (1 + np.exp(-z[~neg]))\n"
        "    out[neg] = np.exp(z[neg]) / (1 + np.exp(z[neg]))\n"
        "    return out\n",
    },
    {
        "id": "sig_inplace_abs_wen",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "flips the sign of the negative entries of the caller's array in place "
                "(asarray does not copy a float64 array), so the input z is modified",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "changed",
                            "changes",
                            "mutat",
                            "overwr",
                            "unchanged",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    neg = z < 0\n"
        "    np.abs(z, out=z)        # |z| without allocating a temporary\n"
        "    e = np.exp(-z)          # e = exp(-|z|) <= 1\n"
        "    return np.where(neg, e / (1.0 + e), 1.0 / (1.0 + e))\n",
    },
    {
        "id": "sig_math_scalar_marcus",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "written for a single number with math.exp and an if on the sign: fails on "
                "arrays (not elementwise)",
                "must_mention": [
                    {
                        "any": [
                            "array",
                            "elementwise",
                            "element-wise",
                            "scalar",
                            "truth value",
                            "ambiguous",
                        ]
                    }
                ],
            }
        ],
        "source": "import math\n"
        "\n"
        "def sigmoid(z):\n"
        "    if z >= 0:\n"
        "        return 1.0 / (1.0 + math.exp(-z))\n"
        "    else:\n"
        "        ez = math.exp(z)\n"
        "        return ez / (1.0 + ez)\n",
    },
    {
        "id": "sig_dbl_f32_clip10_dmitri",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "casts to float32 (result float32, ~1e-7 accurate)",
                "must_mention": [{"any": ["float32", "float64", "dtype", "single precision"]}],
            },
            {
                "what": "clips z to [-10, 10] like a Keras hard limit, so values for |z| > 10 are "
                "wrong",
                "must_mention": [
                    {"any": ["clip", "clamp", "large", "saturat", "|z|", "beyond", "cut off"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # like K.sigmoid: float32 and a safe range\n"
        "    z = np.clip(np.asarray(z).astype(np.float32), -10, 10)\n"
        "    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "gates_ok_split_aisha",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh      # (B, 4H), blocks i, f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gates_ok_perslice_marcus",
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
        'GATE_NAMES = ("i", "f", "g", "o")\n'
        "\n"
        "\n"
        "class GateBlock:\n"
        '    """Rows k*H:(k+1)*H of the stacked weights."""\n'
        "\n"
        "    def __init__(self, index, hidden):\n"
        "        self.start = index * hidden\n"
        "        self.stop = (index + 1) * hidden\n"
        "\n"
        "    def getRows(self, matrix):\n"
        "        return matrix[self.start:self.stop]\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    hidden = W_hh.shape[1]\n"
        "    result = {}\n"
        "    for k, name in enumerate(GATE_NAMES):\n"
        "        block = GateBlock(k, hidden)\n"
        "        pre = (x @ block.getRows(W_ih).T + block.getRows(b_ih)\n"
        "               + h @ block.getRows(W_hh).T + block.getRows(b_hh))\n"
        '        result[name] = np.tanh(pre) if name == "g" else sigmoid(pre)\n'
        "    return tuple(result[name] for name in GATE_NAMES)\n",
    },
    {
        "id": "gates_ok_einsum_lena",
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
        "    B = x.shape[0]\n"
        "    H = W_hh.shape[1]\n"
        '    pre = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + (b_ih + '
        "b_hh)\n"
        "    pre = pre.reshape(B, 4, H)          # gate index first, then unit: rows "
        "k*H..(k+1)*H\n"
        "    i = sigmoid(pre[:, 0, :])\n"
        "    f = sigmoid(pre[:, 1, :])\n"
        "    g = np.tanh(pre[:, 2, :])\n"
        "    o = sigmoid(pre[:, 3, :])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_tf1_order_dmitri",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "splits the blocks in TensorFlow 1's order i, j(g), f, o: the forget gate "
                "reads the g block's rows and g reads the forget gate's rows",
                "must_mention": [
                    {"any": ["forget", "W_if", " f "]},
                    {
                        "any": [
                            "candidate",
                            "cell gate",
                            "g gate",
                            "gate g",
                            "W_ig",
                            "order",
                            "swap",
                            "block",
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
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # same convention as tf.nn.rnn_cell.LSTMCell: i, j, f, o = split(..., 4)\n"
        "    z = np.matmul(x, W_ih.T) + np.matmul(h, W_hh.T) + b_ih + b_hh\n"
        "    i, j, f, o = np.split(z, 4, axis=-1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(j), sigmoid(o)\n",
    },
    {
        "id": "gates_reshape_interleaved_lena",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reshapes the (B, 4H) pre-activations to (B, H, 4) and takes [..., k]: the "
                "gates are read interleaved (every 4th column) instead of as contiguous "
                "blocks of H rows",
                "must_mention": [
                    {
                        "any": [
                            "reshape",
                            "interleav",
                            "layout",
                            "contiguous",
                            "block",
                            "every 4th",
                            "rows",
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
        "    B, H = h.shape\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    pre = pre.reshape(B, H, 4)      # last axis = gate\n"
        "    i = sigmoid(pre[..., 0])\n"
        "    f = sigmoid(pre[..., 1])\n"
        "    g = np.tanh(pre[..., 2])\n"
        "    o = sigmoid(pre[..., 3])\n"
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
                "what": "np.split(..., 4, axis=0) splits along the batch axis instead of the 4H "
                "feature axis (wrong shapes, or an error when B is not a multiple of 4)",
                "must_mention": [{"any": ["axis", "batch", "dimension", "split"]}],
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
        "    gates = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n"
        "    i, f, g, o = np.split(gates, 4)        # four equal parts\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_o_tanh_olu",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "the output gate o uses tanh instead of sigmoid (copy-paste from g)",
                "must_mention": [
                    {"any": ["output gate", "o gate", "gate o", "`o`", "'o'", "o_t"]},
                    {"any": ["tanh", "sigmoid", "activation"]},
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
        "    i = sigmoid(pre[:, 0:H])\n"
        "    f = sigmoid(pre[:, H:2*H])\n"
        "    g = np.tanh(pre[:, 2*H:3*H])\n"
        "    o = np.tanh(pre[:, 3*H:4*H])\n"
        "    return (i, f, g, o)\n",
    },
    {
        "id": "gates_g_sigmoid_raj",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "the candidate g uses sigmoid instead of tanh",
                "must_mention": [
                    {"any": ["candidate", "g gate", "gate g", "cell gate", "`g`", "'g'", "g_t"]},
                    {"any": ["tanh", "sigmoid", "activation"]},
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
        "from typing import Tuple\n"
        "\n"
        "Array = np.ndarray\n"
        "\n"
        "\n"
        "def lstm_gates(x: Array, h: Array, W_ih: Array, W_hh: Array, b_ih: Array, b_hh: "
        "Array) -> Tuple[Array, Array, Array, Array]:\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        "    blocks = np.split(pre, 4, axis=1)\n"
        "    i, f, g, o = (sigmoid(blk) for blk in blocks)   # all four gates are squashed to "
        "(0, 1)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_one_bias_dmitri",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "adds only b_ih (Keras has a single bias): b_hh is left out",
                "must_mention": [{"any": ["b_hh", "bias"]}],
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
        "    # kernel part + recurrent part + bias (one bias is enough, b_hh is redundant)\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    H = z.shape[1] // 4\n"
        "    return (sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H]),\n"
        "            np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:]))\n",
    },
    {
        "id": "gates_transposed_result_lena",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "computes W @ x.T (column-vector convention) and never transposes back: "
                "each gate is (H, B) instead of (B, H)",
                "must_mention": [{"any": ["transpos", "(H, B)", "swapped", "column"]}],
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
        "    # textbook notation W x + b with x as a column\n"
        "    z = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]    # (4H, B)\n"
        "    H = W_hh.shape[1]\n"
        "    i = sigmoid(z[0:H])\n"
        "    f = sigmoid(z[H:2 * H])\n"
        "    g = np.tanh(z[2 * H:3 * H])\n"
        "    o = sigmoid(z[3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_cache_by_shape_marcus",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "caches the transposed weights in a module-level dict keyed by their "
                "shapes: a later call with different weights of the same shape reuses the "
                "first call's weights",
                "must_mention": [
                    {
                        "any": [
                            "cache",
                            "previous call",
                            "earlier call",
                            "stale",
                            "between calls",
                            "first call",
                            "remember",
                            "reus",
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
        "_transposed_cache = {}\n"
        "\n"
        "\n"
        "def _get_transposed(W):\n"
        "    key = W.shape\n"
        "    if key not in _transposed_cache:\n"
        "        _transposed_cache[key] = np.ascontiguousarray(W.T)   # transpose once, reuse\n"
        "    return _transposed_cache[key]\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    pre = x @ _get_transposed(W_ih) + h @ _get_transposed(W_hh) + b_ih + b_hh\n"
        "    H = pre.shape[1] // 4\n"
        "    i, f, g, o = (pre[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_f_reads_Whi_wen",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "the forget gate's recurrent term uses W_hh[0:H] (W_hi, the input gate's "
                "rows) instead of W_hh[H:2H] (copy-paste)",
                "must_mention": [
                    "forget",
                    {"any": ["W_hh", "recurrent", "W_hi", "W_hf", "hidden", "rows"]},
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
        "    H = W_hh.shape[1]\n"
        "    W_ii, W_if, W_ig, W_io = W_ih[0:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:4*H]\n"
        "    W_hi, W_hf, W_hg, W_ho = W_hh[0:H], W_hh[0:H], W_hh[2*H:3*H], W_hh[3*H:4*H]\n"
        "    b = b_ih + b_hh\n"
        "    i = sigmoid(x @ W_ii.T + h @ W_hi.T + b[0:H])\n"
        "    f = sigmoid(x @ W_if.T + h @ W_hf.T + b[H:2*H])\n"
        "    g = np.tanh(x @ W_ig.T + h @ W_hg.T + b[2*H:3*H])\n"
        "    o = sigmoid(x @ W_io.T + h @ W_ho.T + b[3*H:4*H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_dict_marcus",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a dict {'i':..., 'f':..., 'g':..., 'o':...} instead of the tuple "
                "(i, f, g, o)",
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
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = np.split(pre, 4, axis=1)\n"
        '    return {"i": sigmoid(i), "f": sigmoid(f), "g": np.tanh(g), "o": sigmoid(o)}\n',
    },
    {
        "id": "gates_squeeze_priya",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "calls .squeeze() on each gate 'to tidy up': with a batch of one (B=1) the "
                "gates come back (H,) instead of (1, H)",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "batch of 1",
                            "batch size 1",
                            "single example",
                            "one row",
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
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    parts = np.array_split(pre, 4, axis=1)\n"
        "    acts = [sigmoid, sigmoid, np.tanh, sigmoid]\n"
        "    return tuple(fn(p).squeeze() for fn, p in zip(acts, parts))\n",
    },
    {
        "id": "gates_dbl_tf1_forgetbias_dmitri",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "TensorFlow 1 block order i, j(g), f, o: forget gate and candidate g read "
                "each other's rows",
                "must_mention": [
                    {"any": ["forget", "W_if", " f "]},
                    {
                        "any": [
                            "candidate",
                            "cell gate",
                            "g gate",
                            "gate g",
                            "W_ig",
                            "order",
                            "swap",
                            "block",
                        ]
                    },
                ],
            },
            {
                "what": "adds TensorFlow's forget_bias=1.0 to the forget gate's pre-activation",
                "must_mention": [
                    {"any": ["forget_bias", "+1", "+ 1", "1.0", "extra", "offset", "constant"]}
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
        "FORGET_BIAS = 1.0   # as in BasicLSTMCell, helps early training\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    concat = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, j, f, o = np.split(concat, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f + FORGET_BIAS), np.tanh(j), sigmoid(o)\n",
    },
    {
        "id": "gates_dbl_clip_gsig_sofia",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "clips the pre-activations to [-5, 5] 'for stability', so gates are wrong "
                "wherever a pre-activation is beyond 5",
                "must_mention": [
                    {"any": ["clip", "clamp", "large", "saturat", "beyond", "cut off"]}
                ],
            },
            {
                "what": "the candidate g uses sigmoid instead of tanh",
                "must_mention": [
                    {"any": ["candidate", "g gate", "gate g", "cell gate", "`g`", "'g'", "g_t"]},
                    {"any": ["tanh", "sigmoid", "activation"]},
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
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    pre = np.clip(pre, -5.0, 5.0)   # keep activations in a sane range\n"
        "    H = pre.shape[-1] // 4\n"
        "    gates = [sigmoid(pre[:, k * H:(k + 1) * H]) for k in range(4)]\n"
        "    return tuple(gates)\n",
    },
    {
        "id": "gates_dbl_foldbias_f32_wen",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "folds the biases with b_ih += b_hh, which modifies the caller's b_ih in "
                "place",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "changed",
                            "changes",
                            "mutat",
                            "overwr",
                            "unchanged",
                        ]
                    }
                ],
            },
            {
                "what": "computes in float32 to save memory (results float32, ~1e-7 accurate)",
                "must_mention": [{"any": ["float32", "float64", "dtype", "single precision"]}],
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
        "    b_ih += b_hh                      # fold the two biases once, saves an add\n"
        "    W_ih32 = W_ih.astype(np.float32)\n"
        "    W_hh32 = W_hh.astype(np.float32)\n"
        "    pre = x.astype(np.float32) @ W_ih32.T + h.astype(np.float32) @ W_hh32.T + "
        "b_ih.astype(np.float32)\n"
        "    H = W_hh.shape[1]\n"
        "    i = sigmoid(pre[:, :H]).astype(np.float32)\n"
        "    f = sigmoid(pre[:, H:2 * H]).astype(np.float32)\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:]).astype(np.float32)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "cell_ok_vector_aisha",
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
        "id": "cell_ok_dataclass_raj",
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
        "from dataclasses import dataclass\n"
        "from functools import reduce\n"
        "\n"
        "\n"
        "@dataclass(frozen=True)\n"
        "class Gates:\n"
        "    i: np.ndarray\n"
        "    f: np.ndarray\n"
        "    g: np.ndarray\n"
        "    o: np.ndarray\n"
        "\n"
        "    @staticmethod\n"
        '    def from_preactivation(a: np.ndarray) -> "Gates":\n'
        "        a_i, a_f, a_g, a_o = np.array_split(a, 4, axis=1)\n"
        "        return Gates(sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    gates = Gates.from_preactivation(reduce(np.add, [x @ W_ih.T, h @ W_hh.T, "
        "b_ih[None, :], b_hh[None, :]]))\n"
        "    c_next = np.multiply(gates.f, c) + np.multiply(gates.i, gates.g)\n"
        "    h_next = np.multiply(gates.o, np.tanh(c_next))\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_ok_loops_wen",
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
        "    B, H = h.shape\n"
        "    pre = np.empty((B, 4 * H))\n"
        "    for gate in range(4):\n"
        "        rows = slice(gate * H, (gate + 1) * H)\n"
        "        pre[:, rows] = np.dot(x, W_ih[rows].T) + np.dot(h, W_hh[rows].T) + b_ih[rows] "
        "+ b_hh[rows]\n"
        "    in_gate = sigmoid(pre[:, 0:H])\n"
        "    forget_gate = sigmoid(pre[:, H:2 * H])\n"
        "    candidate = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    out_gate = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    new_c = forget_gate * c + in_gate * candidate\n"
        "    new_h = out_gate * np.tanh(new_c)\n"
        "    return new_h, new_c\n",
    },
    {
        "id": "cell_returns_c_h_olu",
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
                            "(c_next, h_next)",
                            "c first",
                            "h first",
                            "(c, h)",
                            "other way",
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
        "    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = np.split(gates, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c = f * c + i * g\n"
        "    h = o * np.tanh(c)\n"
        "    return c, h   # new state\n",
    },
    {
        "id": "cell_no_tanh_c_lena",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = o * c_next: the tanh of the new cell state is missing",
                "must_mention": ["tanh"],
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
        "    n = W_hh.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    zi, zf, zg, zo = z[:, :n], z[:, n:2*n], z[:, 2*n:3*n], z[:, 3*n:]\n"
        "    c_new = sigmoid(zf) * c + sigmoid(zi) * np.tanh(zg)\n"
        "    h_new = sigmoid(zo) * c_new\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "cell_old_c_in_h_hannah",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next uses tanh of the previous cell state c (the input) instead of the "
                "new c_next",
                "must_mention": [
                    {
                        "any": [
                            "previous",
                            "old",
                            "c_{t-1}",
                            "c_prev",
                            "before the update",
                            "input c",
                            "given c",
                            "c_next",
                            "new cell",
                            "c_t",
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
        "    H = c.shape[-1]\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i_t = sigmoid(pre[:, 0 * H:1 * H])\n"
        "    f_t = sigmoid(pre[:, 1 * H:2 * H])\n"
        "    g_t = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o_t = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    c_next = f_t * c + i_t * g_t\n"
        "    h_next = o_t * np.tanh(c)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_inplace_c_wen",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "updates the cell state in place (c *= f; c += i*g): the caller's c is "
                "modified (and c_next is that same array)",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "changed",
                            "changes",
                            "mutat",
                            "overwr",
                            "unchanged",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T\n"
        "    a += h @ W_hh.T\n"
        "    a += b_ih\n"
        "    a += b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c *= f            # no temporaries\n"
        "    c += i * g\n"
        "    return o * np.tanh(c), c\n",
    },
    {
        "id": "cell_naive_sigmoid_olu",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "defines its own naive sigmoid 1/(1+exp(-z)) and uses it: np.exp overflows "
                "(RuntimeWarning) for pre-activations below about -709",
                "must_mention": [{"any": ["overflow"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(v):\n"
        "    return 1 / (1 + np.exp(-v))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, o = sig(z[:, :H]), sig(z[:, H:2*H]), sig(z[:, 3*H:])\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    c2 = f * c + i * g\n"
        "    return o * np.tanh(c2), c2\n",
    },
    {
        "id": "cell_i_f_swapped_priya",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "in the cell update the input and forget gates are swapped: c_next = i*c + "
                "f*g",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "input gate",
                            "i gate",
                            "gate i",
                            "swap",
                            "i_t",
                            "i and f",
                            "f and i",
                            "exchanged",
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
        "    hidden = h.shape[1]\n"
        "    act = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    chunks = [act[:, k * hidden:(k + 1) * hidden] for k in range(4)]\n"
        "    i_g, f_g, g_g, o_g = sigmoid(chunks[0]), sigmoid(chunks[1]), np.tanh(chunks[2]), "
        "sigmoid(chunks[3])\n"
        "    # keep the old memory weighted by the input gate, add the new candidate through "
        "the forget gate\n"
        "    c_next = i_g * c + f_g * g_g\n"
        "    h_next = o_g * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_float32_wen",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "casts the weights to float32 to save memory: results are float32 and only "
                "~1e-7 accurate",
                "must_mention": [{"any": ["float32", "float64", "dtype", "single precision"]}],
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
        "    # float32 is what the GPU uses anyway\n"
        "    W_ih, W_hh = W_ih.astype(np.float32), W_hh.astype(np.float32)\n"
        "    b = (b_ih + b_hh).astype(np.float32)\n"
        "    H = W_hh.shape[1]\n"
        "    a = x.astype(np.float32) @ W_ih.T + h.astype(np.float32) @ W_hh.T + b\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    c_next = (f * c + i * g).astype(np.float32)\n"
        "    h_next = (o * np.tanh(c_next)).astype(np.float32)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_recurrent_not_transposed_lena",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "per-gate blocks: the recurrent (square H x H) blocks are used as h @ W_h? "
                "instead of h @ W_h?.T (transpose missing only on the recurrent weights)",
                "must_mention": [{"any": ["transpos", ".T", "W_hh"]}],
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
        "    H = W_hh.shape[1]\n"
        "    out = []\n"
        "    for k in range(4):\n"
        "        Wx = W_ih[k * H:(k + 1) * H]          # (H, I)\n"
        "        Wh = W_hh[k * H:(k + 1) * H]          # (H, H)\n"
        "        bk = b_ih[k * H:(k + 1) * H] + b_hh[k * H:(k + 1) * H]\n"
        "        out.append(x @ Wx.T + h @ Wh + bk)    # Wh is square so no transpose needed\n"
        "    i, f, g, o = out\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_new = f * c + i * g\n"
        "    return o * np.tanh(c_new), c_new\n",
    },
    {
        "id": "cell_column_bias_priya",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "works in the (4H, B) column layout and adds the (4H,) biases there: they "
                "broadcast along the batch axis instead of the 4H axis (error unless B == "
                "4H, wrong values then)",
                "must_mention": [
                    "bias",
                    {"any": ["broadcast", "axis", "column", "(4H, 1)", "[:, None]"]},
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
        "    H = W_hh.shape[1]\n"
        "    # features as rows, samples as columns\n"
        "    A = W_ih @ x.T + W_hh @ h.T + b_ih + b_hh      # (4H, B)\n"
        "    A = A.T                                          # back to (B, 4H)\n"
        "    i = sigmoid(A[:, :H]); f = sigmoid(A[:, H:2 * H])\n"
        "    g = np.tanh(A[:, 2 * H:3 * H]); o = sigmoid(A[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_reads_c_recurrent_olu",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "the recurrent term multiplies the cell state c by W_hh instead of the "
                "hidden state h",
                "must_mention": [
                    {
                        "any": [
                            "cell state",
                            "c_{t-1}",
                            "instead of h",
                            "in place of h",
                            "c instead",
                            "c @",
                            "h_{t-1}",
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
        "    H = h.shape[1]\n"
        "    xw = x @ W_ih.T + b_ih\n"
        "    hw = c @ W_hh.T + b_hh\n"
        "    gates = xw + hw\n"
        "    i = sigmoid(gates[:, :H])\n"
        "    f = sigmoid(gates[:, H:2 * H])\n"
        "    g = np.tanh(gates[:, 2 * H:3 * H])\n"
        "    o = sigmoid(gates[:, 3 * H:])\n"
        "    c_n = f * c + i * g\n"
        "    h_n = o * np.tanh(c_n)\n"
        "    return h_n, c_n\n",
    },
    {
        "id": "cell_clip_c_sofia",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "clips the new cell state to [-1, 1] (thinking it is bounded like h): "
                "wrong wherever |c_next| > 1",
                "must_mention": [{"any": ["clip", "clamp", "bound", "limit", "saturat"]}],
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    c_next = np.clip(f * c + i * g, -1.0, 1.0)   # keep the memory bounded, avoids "
        "blow-up\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_H_from_x_olu",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "takes the hidden size from x.shape[1] (the input size I): gate blocks are "
                "cut at multiples of I, wrong (or an error) whenever I != H",
                "must_mention": [
                    {
                        "any": [
                            "hidden size",
                            "input size",
                            "I != H",
                            "I ≠ H",
                            "x.shape",
                            "hidden_size",
                            "size of h",
                            "I and H",
                            "H and I",
                            "I = H",
                            "I == H",
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
        "    n = x.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(a[:, 0:n])\n"
        "    f = sigmoid(a[:, n:2 * n])\n"
        "    g = np.tanh(a[:, 2 * n:3 * n])\n"
        "    o = sigmoid(a[:, 3 * n:4 * n])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_dbl_order_notanh_olu",
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
                            "(c_next, h_next)",
                            "c first",
                            "h first",
                            "(c, h)",
                            "other way",
                        ]
                    }
                ],
            },
            {
                "what": "h_next = o * c_next: the tanh of the new cell state is missing",
                "must_mention": ["tanh"],
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
        "    H = h.shape[1]\n"
        "    z = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    ig, fg, gg, og = np.hsplit(z, 4)\n"
        "    c_out = sigmoid(fg) * c + sigmoid(ig) * np.tanh(gg)\n"
        "    h_out = sigmoid(og) * c_out\n"
        "    return c_out, h_out\n",
    },
    {
        "id": "cell_dbl_f32_inplace_wen",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "computes in float32 to save memory (results float32, ~1e-7 accurate)",
                "must_mention": [{"any": ["float32", "float64", "dtype", "single precision"]}],
            },
            {
                "what": "updates h in place with np.multiply(..., out=h): the caller's h array is "
                "modified",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "changed",
                            "changes",
                            "mutat",
                            "overwr",
                            "unchanged",
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
        "    H = h.shape[1]\n"
        "    a = (x @ W_ih.T + h @ W_hh.T + b_ih + b_hh).astype(np.float32)\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    c_next = (f * c + i * g).astype(np.float32)\n"
        "    np.multiply(o, np.tanh(c_next), out=h)     # reuse the h buffer\n"
        "    return h.astype(np.float32), c_next\n",
    },
    {
        "id": "cell_dbl_onebias_oldc_dmitri",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "adds only b_ih (Keras single bias): b_hh is left out",
                "must_mention": [{"any": ["b_hh", "bias"]}],
            },
            {
                "what": "h_next uses tanh of the previous cell state c instead of the new c_next",
                "must_mention": [
                    {
                        "any": [
                            "previous",
                            "old",
                            "c_{t-1}",
                            "c_prev",
                            "before the update",
                            "input c",
                            "given c",
                            "c_next",
                            "new cell",
                            "c_t",
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
        "    units = h.shape[-1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T\n"
        "    z = z + b_ih                      # use_bias=True: one bias vector\n"
        "    z0 = z[:, :units]\n"
        "    z1 = z[:, units:2 * units]\n"
        "    z2 = z[:, 2 * units:3 * units]\n"
        "    z3 = z[:, 3 * units:]\n"
        "    i = sigmoid(z0)\n"
        "    f = sigmoid(z1)\n"
        "    c_new = f * c + i * np.tanh(z2)\n"
        "    o = sigmoid(z3)\n"
        "    h_new = o * np.tanh(c)\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "cell_dbl_swap_Hx_priya",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "in the cell update the input and forget gates are swapped: c_next = i*c + "
                "f*g",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "input gate",
                            "i gate",
                            "gate i",
                            "swap",
                            "i_t",
                            "i and f",
                            "f and i",
                            "exchanged",
                        ]
                    },
                ],
            },
            {
                "what": "takes the hidden size from x.shape[1] (input size I): blocks are cut "
                "wrongly whenever I != H",
                "must_mention": [
                    {
                        "any": [
                            "hidden size",
                            "input size",
                            "I != H",
                            "I ≠ H",
                            "x.shape",
                            "hidden_size",
                            "size of h",
                            "I and H",
                            "H and I",
                            "I = H",
                            "I == H",
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
        "    n_features = x.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    cols = [a[:, k * n_features:(k + 1) * n_features] for k in range(4)]\n"
        "    i, f, g, o = sigmoid(cols[0]), sigmoid(cols[1]), np.tanh(cols[2]), "
        "sigmoid(cols[3])\n"
        "    c_next = i * c + f * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "layer_ok_loop_aisha",
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
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)          # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs, axis=0)          # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_ok_generator_tom",
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
        "def _scan(step, state, xs):\n"
        '    """Yield the state after each input, like a fold that keeps its intermediate '
        'values."""\n'
        "    for x_t in xs:\n"
        "        state = step(x_t, state)\n"
        "        yield state\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = x.transpose(1, 0, 2) if batch_first else x\n"
        "    B, H = xs.shape[1], W_hh.shape[1]\n"
        "    init = (np.zeros((B, H)) if h0 is None else h0, np.zeros((B, H)) if c0 is None "
        "else c0)\n"
        "    step = lambda x_t, s: lstm_cell(x_t, s[0], s[1], W_ih, W_hh, b_ih, b_hh)\n"
        "    states = list(_scan(step, init, xs))\n"
        "    out = np.array([hs for hs, _ in states])\n"
        "    h_n, c_n = states[-1]\n"
        "    return (out.transpose(1, 0, 2) if batch_first else out), (h_n, c_n)\n",
    },
    {
        "id": "layer_ok_prealloc_wen",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xt = np.moveaxis(x, 1, 0) if batch_first else x        # (T, B, I)\n"
        "    T, B, I = xt.shape\n"
        "    H = W_hh.shape[1]\n"
        "    # input projection for all steps at once: one big GEMM\n"
        "    xproj = np.tensordot(xt, W_ih, axes=([2], [1])) + b_ih + b_hh   # (T, B, 4H)\n"
        "    out = np.empty((T, B, H), dtype=np.float64)\n"
        "    h = np.zeros((B, H)) if h0 is None else h0.copy()\n"
        "    c = np.zeros((B, H)) if c0 is None else c0.copy()\n"
        "    for t in range(T):\n"
        "        a = xproj[t] + h @ W_hh.T\n"
        "        i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H]); o = sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.moveaxis(out, 0, 1)\n"
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
                "what": "handles batch_first with x.reshape(T, B, I) (and out.reshape back) "
                "instead of swapping the axes: the sequences are scrambled",
                "must_mention": [
                    {
                        "any": [
                            "reshape",
                            "transpos",
                            "swapaxes",
                            "swap the axes",
                            "moveaxis",
                            "scrambl",
                            "permut",
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
        "    if batch_first:\n"
        "        B, T, I = x.shape\n"
        "        x = x.reshape(T, B, I)            # make it time-major\n"
        "    T, B = x.shape[0], x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    hs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.array(hs)\n"
        "    if batch_first:\n"
        "        out = out.reshape(B, T, H)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_bf_out_not_back_hannah",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True the input is transposed to time-major but out is "
                "returned time-major (T, B, H) instead of (B, T, H)",
                "must_mention": [
                    "out",
                    {
                        "any": [
                            "batch_first",
                            "batch first",
                            "(B, T",
                            "transpos",
                            "time-major",
                            "time major",
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
        "    seq = np.transpose(x, (1, 0, 2)) if batch_first else x\n"
        "    T, B, _ = seq.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(seq[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
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
                "what": "tests `if h0 == None:` which, for a given array, is an elementwise "
                "comparison whose truth value is ambiguous: raises ValueError whenever "
                "h0/c0 are given",
                "must_mention": [
                    {"any": ["None", "truth value", "ambiguous", "== None", "is None"]}
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
        "    if batch_first == True:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    seqLen, batchSize = x.shape[0], x.shape[1]\n"
        "    hiddenSize = W_hh.shape[1]\n"
        "    if h0 == None:\n"
        "        h0 = np.zeros((batchSize, hiddenSize))\n"
        "    if c0 == None:\n"
        "        c0 = np.zeros((batchSize, hiddenSize))\n"
        "    hCur, cCur = h0, c0\n"
        "    outputs = []\n"
        "    for t in range(seqLen):\n"
        "        hCur, cCur = lstm_cell(x[t], hCur, cCur, W_ih, W_hh, b_ih, b_hh)\n"
        "        outputs.append(hCur)\n"
        "    out = np.stack(outputs)\n"
        "    if batch_first == True:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (hCur, cCur)\n",
    },
    {
        "id": "layer_out_before_step_olu",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends h before computing the step, so out[t] holds h_{t-1} (out[0] is "
                "h0) and out is shifted by one step; h_n is still right",
                "must_mention": [
                    {
                        "any": [
                            "shift",
                            "off by one",
                            "off-by-one",
                            "one step",
                            "before the step",
                            "h_{t-1}",
                            "previous step",
                            "h0",
                            "earlier",
                            "lag",
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
        "    if batch_first:\n"
        "        x = x.swapaxes(0, 1)\n"
        "    B = x.shape[1]; H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = []\n"
        "    for x_t in x:\n"
        "        out.append(h)\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    out = np.stack(out)\n"
        "    if batch_first:\n"
        "        out = out.swapaxes(0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_hn_wrong_axis_lena",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "takes h_n and c_n as out[:, -1] / cs[:, -1] (the last batch row across "
                "time) instead of the last time step out[-1]",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state"]},
                    {"any": ["axis", "last step", "time", "index", "batch"]},
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
        "    X = np.transpose(x, (1, 0, 2)) if batch_first else x\n"
        "    T, B, I = X.shape\n"
        "    H = W_hh.shape[0] // 4\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    hs = np.zeros((T, B, H)); cs = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(X[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs[t], cs[t] = h, c\n"
        "    h_n, c_n = hs[:, -1], cs[:, -1]      # last column = last step\n"
        "    out = np.transpose(hs, (1, 0, 2)) if batch_first else hs\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "layer_state_not_carried_tom",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "every step starts from the initial state (h0, c0): the state is never "
                "carried from one step to the next",
                "must_mention": [
                    {
                        "any": [
                            "carry",
                            "carried",
                            "initial state",
                            "never updated",
                            "not updated",
                            "previous step",
                            "h_{t-1}",
                            "same state",
                            "recurren",
                            "pass",
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
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)\n"
        "    B, H = x.shape[1], W_hh.shape[1]\n"
        "    h_init = np.zeros((B, H)) if h0 is None else h0\n"
        "    c_init = np.zeros((B, H)) if c0 is None else c0\n"
        "    steps = [lstm_cell(x_t, h_init, c_init, W_ih, W_hh, b_ih, b_hh) for x_t in x]\n"
        "    out = np.stack([hc[0] for hc in steps])\n"
        "    h_n, c_n = steps[-1]\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "layer_alias_buffer_marcus",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "keeps one preallocated h buffer, updates it with h[:] = ... and appends "
                "the same array every step: every out[t] aliases the final h",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "same array",
                            "copy",
                            "reference",
                            "every step",
                            "all steps",
                            "same values",
                            "buffer",
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
        "class _StateHolder:\n"
        "    def __init__(self, h, c):\n"
        "        self.h = h.copy()\n"
        "        self.c = c.copy()\n"
        "\n"
        "    def update(self, h_new, c_new):\n"
        "        self.h[:] = h_new\n"
        "        self.c[:] = c_new\n"
        "\n"
        "    def getH(self):\n"
        "        return self.h\n"
        "\n"
        "    def getC(self):\n"
        "        return self.c\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    state = _StateHolder(h0, c0)\n"
        "    history = []\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], state.getH(), state.getC(), W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        state.update(h_new, c_new)\n"
        "        history.append(state.getH())\n"
        "    out = np.stack(history)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (state.getH().copy(), state.getC().copy())\n",
    },
    {
        "id": "layer_recursion_stops_early_tom",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "recursion over time steps with the base case `t == T - 1` checked before "
                "computing that step: the last step is never run (out has T-1 steps, h_n "
                "is h_{T-2})",
                "must_mention": [
                    {
                        "any": [
                            "last step",
                            "T-1",
                            "T - 1",
                            "one step",
                            "missing",
                            "fewer",
                            "off by one",
                            "off-by-one",
                            "number of steps",
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
        "def _run(xs, t, h, c, params, acc):\n"
        "    if t == len(xs) - 1:\n"
        "        return acc, h, c\n"
        "    h, c = lstm_cell(xs[t], h, c, *params)\n"
        "    return _run(xs, t + 1, h, c, params, acc + [h])\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    B, H = xs.shape[1], W_hh.shape[1]\n"
        "    h0 = np.zeros((B, H)) if h0 is None else h0\n"
        "    c0 = np.zeros((B, H)) if c0 is None else c0\n"
        "    hs, h_n, c_n = _run(xs, 0, h0, c0, (W_ih, W_hh, b_ih, b_hh), [])\n"
        "    out = np.array(hs).reshape(len(hs), B, H)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "layer_float32_out_wen",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "preallocates out with dtype=np.float32 to save memory: out is float32 "
                "(rounded to ~1e-7)",
                "must_mention": [{"any": ["float32", "float64", "dtype", "single precision"]}],
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
        "    if batch_first:\n"
        "        x = np.ascontiguousarray(x.transpose(1, 0, 2))\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H), dtype=np.float32)   # half the memory of float64\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_inplace_c0_raj",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "inlines the step and updates the cell state in place (c *= f; c += i*g) "
                "on the caller's c0, which is modified",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "changed",
                            "changes",
                            "mutat",
                            "overwr",
                            "unchanged",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    seq = x.swapaxes(0, 1) if batch_first else x\n"
        "    T, B, _ = seq.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        a = seq[t] @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "        i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "        c *= f\n"
        "        c += i * g\n"
        "        h = o * np.tanh(c)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.swapaxes(0, 1)\n"
        "    return out, (h, c.copy())\n",
    },
    {
        "id": "layer_bf_hn_from_out_priya",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "takes h_n = out[-1] after out has been put back batch-first: with "
                "batch_first=True h_n is the last batch row over time, (T, H), not the "
                "last step",
                "must_mention": [
                    {"any": ["h_n", "final state"]},
                    {
                        "any": [
                            "batch_first",
                            "batch first",
                            "axis",
                            "last step",
                            "batch row",
                            "time",
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
        "    data = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    T, B, _ = data.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    rows = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(data[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        rows.append(h)\n"
        "    out = np.stack(rows)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    h_n = out[-1]                  # last row of the output = final hidden state\n"
        "    return out, (h_n, c)\n",
    },
    {
        "id": "layer_none_H_from_Wih_hannah",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "when h0/c0 are None builds the zero state with H = W_ih.shape[1] (the "
                "input size I): wrong shape (error) whenever I != H",
                "must_mention": [
                    {
                        "any": [
                            "None",
                            "zero",
                            "initial state",
                            "hidden size",
                            "input size",
                            "W_ih.shape",
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
        "    if batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    T, B = x.shape[:2]\n"
        "    if h0 is None or c0 is None:\n"
        "        H = W_ih.shape[1]\n"
        "        h0 = np.zeros((B, H)) if h0 is None else h0\n"
        "        c0 = np.zeros((B, H)) if c0 is None else c0\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.stack(out)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_dbl_offby1_bf_olu",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends h before computing the step: out is shifted by one step (out[0] = "
                "h0)",
                "must_mention": [
                    {
                        "any": [
                            "shift",
                            "off by one",
                            "off-by-one",
                            "one step",
                            "before the step",
                            "h_{t-1}",
                            "previous step",
                            "h0",
                            "earlier",
                            "lag",
                        ]
                    }
                ],
            },
            {
                "what": "with batch_first=True out is returned time-major (T, B, H) instead of (B, "
                "T, H)",
                "must_mention": [
                    "out",
                    {
                        "any": [
                            "batch_first",
                            "batch first",
                            "(B, T",
                            "transpos",
                            "time-major",
                            "time major",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    hist = []\n"
        "    for step in range(x.shape[0]):\n"
        "        hist.append(h)\n"
        "        h, c = lstm_cell(x[step], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    return np.array(hist), (h, c)\n",
    },
    {
        "id": "layer_dbl_alias_eqnone_marcus",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "updates one h buffer in place (h[:] = ...) and appends it each step: "
                "every out[t] aliases the final h",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "same array",
                            "copy",
                            "reference",
                            "every step",
                            "all steps",
                            "same values",
                            "buffer",
                            "overwrit",
                        ]
                    }
                ],
            },
            {
                "what": "`if h0 == None` on an array raises ValueError (ambiguous truth value) "
                "whenever h0/c0 are given",
                "must_mention": [
                    {"any": ["None", "truth value", "ambiguous", "== None", "is None"]}
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
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 == None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 == None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    hBuf = np.array(h0, copy=True)\n"
        "    cBuf = np.array(c0, copy=True)\n"
        "    outList = []\n"
        "    for t in range(T):\n"
        "        newH, newC = lstm_cell(x[t], hBuf, cBuf, W_ih, W_hh, b_ih, b_hh)\n"
        "        hBuf[:] = newH\n"
        "        cBuf[:] = newC\n"
        "        outList.append(hBuf)\n"
        "    out = np.stack(outList)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (hBuf.copy(), cBuf.copy())\n",
    },
    {
        "id": "layer_dbl_f32_inplace_wen",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "stores out as float32 to save memory (out float32, rounded to ~1e-7)",
                "must_mention": [{"any": ["float32", "float64", "dtype", "single precision"]}],
            },
            {
                "what": "updates the state in place (h[...] = ..., c[...] = ...) on the caller's "
                "h0 and c0, which are modified",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "changed",
                            "changes",
                            "mutat",
                            "overwr",
                            "unchanged",
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
        "    xs = x.transpose(1, 0, 2) if batch_first else x\n"
        "    T, B, _ = xs.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H), np.float32)\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[...] = hn          # reuse the state buffers, no allocation per step\n"
        "        c[...] = cn\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h.copy(), c.copy())\n",
    },
    {
        "id": "layer_dbl_reshape_hnaxis_priya",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "handles batch_first with reshape instead of swapping axes: the sequences "
                "are scrambled",
                "must_mention": [
                    {
                        "any": [
                            "reshape",
                            "transpos",
                            "swapaxes",
                            "swap the axes",
                            "moveaxis",
                            "scrambl",
                            "permut",
                        ]
                    }
                ],
            },
            {
                "what": "takes h_n, c_n as [:, -1] of the time-major stacks (last batch row across "
                "time) instead of the last step [-1]",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state"]},
                    {"any": ["axis", "last step", "time", "index", "batch"]},
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
        "    if batch_first:\n"
        "        n_batch, n_steps, n_feat = x.shape\n"
        "        x = x.reshape(n_steps, n_batch, n_feat)\n"
        "    n_steps, n_batch = x.shape[0], x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((n_batch, H)) if h0 is None else h0\n"
        "    c = np.zeros((n_batch, H)) if c0 is None else c0\n"
        "    hs, cs = [], []\n"
        "    for t in range(n_steps):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    hs = np.stack(hs); cs = np.stack(cs)\n"
        "    h_n, c_n = hs[:, -1], cs[:, -1]\n"
        "    out = hs.reshape(n_batch, n_steps, H) if batch_first else hs\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_ok_dict_aisha",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
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
        '        suffixes = ["", "_reverse"] if bidirectional else [""]\n'
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for sfx in suffixes:\n"
        '                shapes = [("weight_ih", (4 * H, in_size)), ("weight_hh", (4 * H, '
        "H))]\n"
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, '
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: value.copy() for name, value in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        new = {}\n"
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64)      # a copy\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            new[name] = value\n"
        "        self.params = new\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigmoid(z):\n"
        "        e = np.exp(-np.abs(z))\n"
        "        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "    def _direction(self, x, h, c, layer, sfx, reverse):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{sfx}"], p[f"weight_hh_l{layer}{sfx}"]\n'
        '        b = p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"] if self.bias '
        "else 0.0\n"
        "        H = self.hidden_size\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        out = np.empty((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = self._sigmoid(a[:, :H]), self._sigmoid(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), self._sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[t] = h            # stored at its own time index, also for the "
        "reverse direction\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.swapaxes(0, 1)\n"
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
        "            outs = []\n"
        "            for d in range(D):\n"
        "                row = layer * D + d\n"
        "                o, h, c = self._direction(layer_in, h0[row], c0[row], layer,\n"
        '                                          "_reverse" if d == 1 else "", reverse=(d == '
        "1))\n"
        "                outs.append(o)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in.swapaxes(0, 1) if self.batch_first else layer_in\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "sl_ok_oo_marcus",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "from collections import OrderedDict\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "class DirectionWeights:\n"
        '    """Weights of one layer in one direction."""\n'
        "\n"
        "    def __init__(self, wIh, wHh, bIh=None, bHh=None):\n"
        "        self.wIh = wIh\n"
        "        self.wHh = wHh\n"
        "        self.bIh = bIh\n"
        "        self.bHh = bHh\n"
        "\n"
        "    def getWeightIh(self):\n"
        "        return self.wIh\n"
        "\n"
        "    def getWeightHh(self):\n"
        "        return self.wHh\n"
        "\n"
        "    def getBias(self):\n"
        "        if self.bIh is None:\n"
        "            return 0.0\n"
        "        return self.bIh + self.bHh\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    FIELD_NAMES = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.inputSize = input_size\n"
        "        self.hiddenSize = hidden_size\n"
        "        self.numLayers = num_layers\n"
        "        self.hasBias = bias\n"
        "        self.batchFirst = batch_first\n"
        "        self.numDirections = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        self.layers = []\n"
        "        for layerIdx in range(num_layers):\n"
        "            layerInput = input_size if layerIdx == 0 else hidden_size * "
        "self.numDirections\n"
        "            dirs = []\n"
        "            for d in range(self.numDirections):\n"
        "                wIh = rng.uniform(-bound, bound, (4 * hidden_size, layerInput))\n"
        "                wHh = rng.uniform(-bound, bound, (4 * hidden_size, hidden_size))\n"
        "                bIh = rng.uniform(-bound, bound, 4 * hidden_size) if bias else None\n"
        "                bHh = rng.uniform(-bound, bound, 4 * hidden_size) if bias else None\n"
        "                dirs.append(DirectionWeights(wIh, wHh, bIh, bHh))\n"
        "            self.layers.append(dirs)\n"
        "\n"
        "    def _keyFor(self, field, layerIdx, d):\n"
        '        return field + "_l" + str(layerIdx) + ("_reverse" if d == 1 else "")\n'
        "\n"
        "    def _fields(self):\n"
        "        return self.FIELD_NAMES if self.hasBias else self.FIELD_NAMES[:2]\n"
        "\n"
        "    def state_dict(self):\n"
        "        result = OrderedDict()\n"
        "        for layerIdx, dirs in enumerate(self.layers):\n"
        "            for d, w in enumerate(dirs):\n"
        '                values = {"weight_ih": w.wIh, "weight_hh": w.wHh, "bias_ih": w.bIh, '
        '"bias_hh": w.bHh}\n'
        "                for field in self._fields():\n"
        "                    result[self._keyFor(field, layerIdx, d)] = "
        "np.array(values[field], dtype=np.float64, copy=True)\n"
        "        return dict(result)\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = self.state_dict()\n"
        "        if set(expected) != set(state):\n"
        '            raise KeyError("keys differ: missing %s, extra %s"\n'
        "                           % (sorted(set(expected) - set(state)), sorted(set(state) - "
        "set(expected))))\n"
        "        for key in expected:\n"
        "            if np.shape(state[key]) != expected[key].shape:\n"
        '                raise ValueError("wrong shape for " + key)\n'
        "        for layerIdx, dirs in enumerate(self.layers):\n"
        "            for d in range(len(dirs)):\n"
        "                get = lambda f: np.array(state[self._keyFor(f, layerIdx, d)], "
        "dtype=np.float64, copy=True)\n"
        "                if self.hasBias:\n"
        '                    dirs[d] = DirectionWeights(get("weight_ih"), get("weight_hh"), '
        'get("bias_ih"), get("bias_hh"))\n'
        "                else:\n"
        '                    dirs[d] = DirectionWeights(get("weight_ih"), get("weight_hh"))\n'
        "\n"
        "    def _runDirection(self, seq, h, c, w, reverse):\n"
        "        H = self.hiddenSize\n"
        "        T = seq.shape[0]\n"
        "        result = [None] * T\n"
        "        timeIndices = list(range(T))\n"
        "        if reverse:\n"
        "            timeIndices.reverse()\n"
        "        for t in timeIndices:\n"
        "            a = seq[t] @ w.getWeightIh().T + h @ w.getWeightHh().T + w.getBias()\n"
        "            i = _sigmoid(a[:, 0:H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:4 * H])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            result[t] = h\n"
        "        return np.stack(result), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        seq = np.asarray(x, dtype=np.float64)\n"
        "        if self.batchFirst:\n"
        "            seq = np.transpose(seq, (1, 0, 2))\n"
        "        batch = seq.shape[1]\n"
        "        rows = self.numLayers * self.numDirections\n"
        "        if hx is None:\n"
        "            hStart = np.zeros((rows, batch, self.hiddenSize))\n"
        "            cStart = np.zeros((rows, batch, self.hiddenSize))\n"
        "        else:\n"
        "            hStart, cStart = hx\n"
        "        hFinal = np.zeros((rows, batch, self.hiddenSize))\n"
        "        cFinal = np.zeros((rows, batch, self.hiddenSize))\n"
        "        current = seq\n"
        "        for layerIdx, dirs in enumerate(self.layers):\n"
        "            pieces = []\n"
        "            for d, w in enumerate(dirs):\n"
        "                row = layerIdx * self.numDirections + d\n"
        "                out, hEnd, cEnd = self._runDirection(current, hStart[row], "
        "cStart[row], w, reverse=(d == 1))\n"
        "                pieces.append(out)\n"
        "                hFinal[row] = hEnd\n"
        "                cFinal[row] = cEnd\n"
        "            current = np.concatenate(pieces, axis=-1)\n"
        "        if self.batchFirst:\n"
        "            current = np.transpose(current, (1, 0, 2))\n"
        "        return current, (hFinal, cFinal)\n",
    },
    {
        "id": "sl_ok_flat_wen",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        self._shapes = {}\n"
        "        for l in range(num_layers):\n"
        "            fan_in = input_size if l == 0 else self.D * hidden_size\n"
        "            for d in range(self.D):\n"
        '                s = "_reverse" if d else ""\n'
        '                self._shapes["weight_ih_l%d%s" % (l, s)] = (4 * hidden_size, fan_in)\n'
        '                self._shapes["weight_hh_l%d%s" % (l, s)] = (4 * hidden_size, '
        "hidden_size)\n"
        "                if bias:\n"
        '                    self._shapes["bias_ih_l%d%s" % (l, s)] = (4 * hidden_size,)\n'
        '                    self._shapes["bias_hh_l%d%s" % (l, s)] = (4 * hidden_size,)\n'
        "        self._names = list(self._shapes)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        lim = hidden_size ** -0.5\n"
        "        for n in self._names:\n"
        "            setattr(self, n, rng.uniform(-lim, lim, self._shapes[n]))\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: np.copy(getattr(self, n)) for n in self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        bad = set(state) ^ set(self._names)\n"
        "        if bad:\n"
        '            raise KeyError("unexpected or missing keys: %s" % sorted(bad))\n'
        "        for n in self._names:\n"
        "            arr = np.asarray(state[n], dtype=np.float64)\n"
        "            if arr.shape != self._shapes[n]:\n"
        '                raise ValueError("%s has shape %s, expected %s" % (n, arr.shape, '
        "self._shapes[n]))\n"
        "            setattr(self, n, arr.copy())\n"
        "\n"
        "    def _layer_dir(self, xs, h, c, l, d):\n"
        '        s = "_reverse" if d else ""\n'
        "        H = self.H\n"
        '        Wi = getattr(self, "weight_ih_l%d%s" % (l, s))\n'
        '        Wh = getattr(self, "weight_hh_l%d%s" % (l, s))\n'
        '        proj = np.einsum("tbi,gi->tbg", xs, Wi)          # all steps at once\n'
        "        if self.bias:\n"
        '            proj = proj + getattr(self, "bias_ih_l%d%s" % (l, s)) + getattr(self, '
        '"bias_hh_l%d%s" % (l, s))\n'
        "        T = xs.shape[0]\n"
        "        res = np.zeros((T, xs.shape[1], H))\n"
        "        for t in (reversed(range(T)) if d else range(T)):\n"
        "            a = proj[t] + h @ Wh.T\n"
        "            ig, fg, og = _sig(a[:, :H]), _sig(a[:, H:2 * H]), _sig(a[:, 3 * H:])\n"
        "            gg = np.tanh(a[:, 2 * H:3 * H])\n"
        "            c = fg * c + ig * gg\n"
        "            h = og * np.tanh(c)\n"
        "            res[t] = h\n"
        "        return res, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            xs = np.moveaxis(xs, 0, 1)\n"
        "        B = xs.shape[1]\n"
        "        n = self.L * self.D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((n, B, self.H)), np.zeros((n, B, "
        "self.H)))\n"
        "        hn = np.empty((n, B, self.H))\n"
        "        cn = np.empty((n, B, self.H))\n"
        "        for l in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                r, hn[l * self.D + d], cn[l * self.D + d] = self._layer_dir(xs, h0[l "
        "* self.D + d], c0[l * self.D + d], l, d)\n"
        "                outs.append(r)\n"
        "            xs = np.concatenate(outs, axis=2)\n"
        "        out = np.moveaxis(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (hn, cn)\n",
    },
    {
        "id": "sl_rev_not_flipped_olu",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are appended in processing order and "
                "never put back in time order: out[t, :, H:] holds the reverse state after "
                "T-t steps instead of after reading x_{T-1}..x_t",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["time order", "order", "flip", "reversed", "index", "put back"]},
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
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.p = {}\n"
        "        r = np.random.default_rng(seed)\n"
        "        k = 1 / np.sqrt(hidden_size)\n"
        "        dirs = 2 if bidirectional else 1\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else hidden_size * dirs\n"
        '            for suf in ["", "_reverse"][:dirs]:\n'
        '                self.p["weight_ih_l%d%s" % (l, suf)] = r.uniform(-k, k, (4 * '
        "hidden_size, n_in))\n"
        '                self.p["weight_hh_l%d%s" % (l, suf)] = r.uniform(-k, k, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.p["bias_ih_l%d%s" % (l, suf)] = r.uniform(-k, k, 4 * '
        "hidden_size)\n"
        '                    self.p["bias_hh_l%d%s" % (l, suf)] = r.uniform(-k, k, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self.p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self.p:\n"
        "            self.p[k] = np.array(state[k], dtype=np.float64)\n"
        "\n"
        "    def run(self, xs, h, c, l, suf):\n"
        "        H = self.hidden_size\n"
        '        W1, W2 = self.p["weight_ih_l%d%s" % (l, suf)], self.p["weight_hh_l%d%s" % (l, '
        "suf)]\n"
        '        b = (self.p["bias_ih_l%d%s" % (l, suf)] + self.p["bias_hh_l%d%s" % (l, suf)]) '
        "if self.bias else 0\n"
        "        hs = []\n"
        "        for xt in xs:\n"
        "            z = xt @ W1.T + h @ W2.T + b\n"
        "            i, f, g, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2*H]), np.tanh(z[:, "
        "2*H:3*H]), sigmoid(z[:, 3*H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.array(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        dirs = 2 if self.bidirectional else 1\n"
        "        B, H = x.shape[1], self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.num_layers * dirs, B, H)), np.zeros((self.num_layers "
        "* dirs, B, H)))\n"
        "        h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        inp = x\n"
        "        for l in range(self.num_layers):\n"
        '            fwd, h, c = self.run(inp, h0[l * dirs], c0[l * dirs], l, "")\n'
        "            hn.append(h); cn.append(c)\n"
        "            if self.bidirectional:\n"
        "                bwd, h, c = self.run(inp[::-1], h0[l * dirs + 1], c0[l * dirs + 1], "
        'l, "_reverse")\n'
        "                hn.append(h); cn.append(c)\n"
        "                inp = np.concatenate([fwd, bwd], axis=2)\n"
        "            else:\n"
        "                inp = fwd\n"
        "        out = inp.transpose(1, 0, 2) if self.batch_first else inp\n"
        "        return out, (np.array(hn), np.array(cn))\n",
    },
    {
        "id": "sl_rev_uses_fwd_weights_olu",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs with the forward direction's parameters (the "
                "_reverse weights are created and loaded but never used)",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["weight", "param", "_reverse"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
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
        '        suffixes = ["", "_reverse"] if bidirectional else [""]\n'
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for sfx in suffixes:\n"
        '                shapes = [("weight_ih", (4 * H, in_size)), ("weight_hh", (4 * H, '
        "H))]\n"
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, '
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: value.copy() for name, value in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        new = {}\n"
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64)      # a copy\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            new[name] = value\n"
        "        self.params = new\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigmoid(z):\n"
        "        e = np.exp(-np.abs(z))\n"
        "        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "    def _direction(self, x, h, c, layer, sfx, reverse):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{sfx}"], p[f"weight_hh_l{layer}{sfx}"]\n'
        '        b = p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"] if self.bias '
        "else 0.0\n"
        "        H = self.hidden_size\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        out = np.empty((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = self._sigmoid(a[:, :H]), self._sigmoid(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), self._sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[t] = h            # stored at its own time index, also for the "
        "reverse direction\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.swapaxes(0, 1)\n"
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
        "            outs = []\n"
        "            for d in range(D):\n"
        "                row = layer * D + d\n"
        "                # same cell for both directions, only the reading order changes\n"
        '                o, h, c = self._direction(layer_in, h0[row], c0[row], layer, "", '
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in.swapaxes(0, 1) if self.batch_first else layer_in\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "sl_seed_ignored_olu",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "draws the initial parameters from the global np.random.uniform and "
                "ignores seed: the same seed gives different parameters",
                "must_mention": ["seed"],
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
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.hidden_size, self.num_layers, self.bias = hidden_size, num_layers, bias\n"
        "        self.batch_first = batch_first\n"
        "        self.dirs = 2 if bidirectional else 1\n"
        "        self.seed = seed\n"
        "        k = 1 / np.sqrt(hidden_size)\n"
        "        self.p = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else hidden_size * self.dirs\n"
        '            for suf in ["", "_reverse"][:self.dirs]:\n'
        '                self.p["weight_ih_l%d%s" % (l, suf)] = np.random.uniform(-k, k, (4 * '
        "hidden_size, n_in))\n"
        '                self.p["weight_hh_l%d%s" % (l, suf)] = np.random.uniform(-k, k, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.p["bias_ih_l%d%s" % (l, suf)] = np.random.uniform(-k, k, 4 * '
        "hidden_size)\n"
        '                    self.p["bias_hh_l%d%s" % (l, suf)] = np.random.uniform(-k, k, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self.p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self.p:\n"
        "            self.p[k] = np.array(state[k], dtype=np.float64)\n"
        "\n"
        "    def run(self, xs, h, c, l, suf, backwards):\n"
        "        H = self.hidden_size\n"
        '        W1, W2 = self.p["weight_ih_l%d%s" % (l, suf)], self.p["weight_hh_l%d%s" % (l, '
        "suf)]\n"
        '        b = (self.p["bias_ih_l%d%s" % (l, suf)] + self.p["bias_hh_l%d%s" % (l, suf)]) '
        "if self.bias else 0\n"
        "        T = len(xs)\n"
        "        hs = [None] * T\n"
        "        for t in (range(T - 1, -1, -1) if backwards else range(T)):\n"
        "            z = xs[t] @ W1.T + h @ W2.T + b\n"
        "            i, f, g, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2*H]), np.tanh(z[:, "
        "2*H:3*H]), sigmoid(z[:, 3*H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            hs[t] = h\n"
        "        return np.array(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        B, H = x.shape[1], self.hidden_size\n"
        "        n = self.num_layers * self.dirs\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((n, B, H)), np.zeros((n, B, "
        "H)))\n"
        "        hn, cn = [], []\n"
        "        inp = x\n"
        "        for l in range(self.num_layers):\n"
        "            outs = []\n"
        "            for d in range(self.dirs):\n"
        "                o, h, c = self.run(inp, h0[l * self.dirs + d], c0[l * self.dirs + d], "
        'l, "_reverse" if d else "", d == 1)\n'
        "                outs.append(o); hn.append(h); cn.append(c)\n"
        "            inp = np.concatenate(outs, axis=2)\n"
        "        out = inp.transpose(1, 0, 2) if self.batch_first else inp\n"
        "        return out, (np.array(hn), np.array(cn))\n",
    },
    {
        "id": "sl_rev_final_state_hannah",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n is read from out[-1] for both directions: for the reverse direction "
                "that is its state after reading only x_{T-1}, not its final state after "
                "x_0 (out[0, :, H:]); c_n is right",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["h_n", "final state", "out[0", "last state", "after x_0", "x_0"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def _cell(x, h, c, W_ih, W_hh, b):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b\n"
        "    i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "    c = f * c + i * g\n"
        "    return o * np.tanh(c), c\n"
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
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        gen = np.random.default_rng(seed)\n"
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        self._p = {}\n"
        "        for name, shape in self._layout():\n"
        "            self._p[name] = gen.uniform(-bound, bound, size=shape)\n"
        "\n"
        "    def _layout(self):\n"
        "        H = self.hidden_size\n"
        "        for k in range(self.num_layers):\n"
        "            in_k = self.input_size if k == 0 else H * self.num_directions\n"
        "            for d in range(self.num_directions):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                yield f"weight_ih_l{k}{sfx}", (4 * H, in_k)\n'
        '                yield f"weight_hh_l{k}{sfx}", (4 * H, H)\n'
        "                if self.bias:\n"
        '                    yield f"bias_ih_l{k}{sfx}", (4 * H,)\n'
        '                    yield f"bias_hh_l{k}{sfx}", (4 * H,)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = dict(self._layout())\n"
        "        for k in expected:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k}")\n'
        "            if np.shape(state[k]) != expected[k]:\n"
        '                raise ValueError(f"{k}: expected shape {expected[k]}, got '
        '{np.shape(state[k])}")\n'
        "        for k in state:\n"
        "            if k not in expected:\n"
        '                raise KeyError(f"unexpected key {k}")\n'
        "        self._p = {k: np.array(state[k], dtype=np.float64) for k in expected}\n"
        "\n"
        "    def _params(self, k, d):\n"
        '        sfx = "_reverse" if d == 1 else ""\n'
        '        W_ih = self._p[f"weight_ih_l{k}{sfx}"]\n'
        '        W_hh = self._p[f"weight_hh_l{k}{sfx}"]\n'
        '        b = self._p[f"bias_ih_l{k}{sfx}"] + self._p[f"bias_hh_l{k}{sfx}"] if '
        "self.bias else 0.0\n"
        "        return W_ih, W_hh, b\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T, B, _ = x.shape\n"
        "        H, D = self.hidden_size, self.num_directions\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((self.num_layers * D, B, H))\n"
        "        c_n = np.zeros((self.num_layers * D, B, H))\n"
        "        layer_in = x\n"
        "        for k in range(self.num_layers):\n"
        "            out_k = np.zeros((T, B, D * H))\n"
        "            for d in range(D):\n"
        "                W_ih, W_hh, b = self._params(k, d)\n"
        "                h, c = h0[k * D + d], c0[k * D + d]\n"
        "                times = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in times:\n"
        "                    h, c = _cell(layer_in[t], h, c, W_ih, W_hh, b)\n"
        "                    out_k[t, :, d * H:(d + 1) * H] = h\n"
        "                c_n[k * D + d] = c\n"
        "                h_n[k * D + d] = out_k[-1, :, d * H:(d + 1) * H]    # final state = "
        "last output\n"
        "            layer_in = out_k\n"
        "        out = np.transpose(layer_in, (1, 0, 2)) if self.batch_first else layer_in\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_biasfalse_keyerror_hannah",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with bias=False the forward still looks up bias_ih_l{k}/bias_hh_l{k} "
                "(KeyError): the condition on self.bias is missing in _params",
                "must_mention": [{"any": ["bias=False", "bias = False", "bias"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def _cell(x, h, c, W_ih, W_hh, b):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b\n"
        "    i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "    c = f * c + i * g\n"
        "    return o * np.tanh(c), c\n"
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
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        gen = np.random.default_rng(seed)\n"
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        self._p = {}\n"
        "        for name, shape in self._layout():\n"
        "            self._p[name] = gen.uniform(-bound, bound, size=shape)\n"
        "\n"
        "    def _layout(self):\n"
        "        H = self.hidden_size\n"
        "        for k in range(self.num_layers):\n"
        "            in_k = self.input_size if k == 0 else H * self.num_directions\n"
        "            for d in range(self.num_directions):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                yield f"weight_ih_l{k}{sfx}", (4 * H, in_k)\n'
        '                yield f"weight_hh_l{k}{sfx}", (4 * H, H)\n'
        "                if self.bias:\n"
        '                    yield f"bias_ih_l{k}{sfx}", (4 * H,)\n'
        '                    yield f"bias_hh_l{k}{sfx}", (4 * H,)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = dict(self._layout())\n"
        "        for k in expected:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k}")\n'
        "            if np.shape(state[k]) != expected[k]:\n"
        '                raise ValueError(f"{k}: expected shape {expected[k]}, got '
        '{np.shape(state[k])}")\n'
        "        for k in state:\n"
        "            if k not in expected:\n"
        '                raise KeyError(f"unexpected key {k}")\n'
        "        self._p = {k: np.array(state[k], dtype=np.float64) for k in expected}\n"
        "\n"
        "    def _params(self, k, d):\n"
        '        sfx = "_reverse" if d == 1 else ""\n'
        '        W_ih = self._p[f"weight_ih_l{k}{sfx}"]\n'
        '        W_hh = self._p[f"weight_hh_l{k}{sfx}"]\n'
        '        b = self._p[f"bias_ih_l{k}{sfx}"] + self._p[f"bias_hh_l{k}{sfx}"]\n'
        "        return W_ih, W_hh, b\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T, B, _ = x.shape\n"
        "        H, D = self.hidden_size, self.num_directions\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((self.num_layers * D, B, H))\n"
        "        c_n = np.zeros((self.num_layers * D, B, H))\n"
        "        layer_in = x\n"
        "        for k in range(self.num_layers):\n"
        "            out_k = np.zeros((T, B, D * H))\n"
        "            for d in range(D):\n"
        "                W_ih, W_hh, b = self._params(k, d)\n"
        "                h, c = h0[k * D + d], c0[k * D + d]\n"
        "                times = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in times:\n"
        "                    h, c = _cell(layer_in[t], h, c, W_ih, W_hh, b)\n"
        "                    out_k[t, :, d * H:(d + 1) * H] = h\n"
        "                c_n[k * D + d] = c\n"
        "                h_n[k * D + d] = h\n"
        "            layer_in = out_k\n"
        "        out = np.transpose(layer_in, (1, 0, 2)) if self.batch_first else layer_in\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_rows_direction_major_priya",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reads h_0/c_0 and writes h_n/c_n with direction-major rows (row d*L + k: "
                "all forward layers, then all reverse) instead of k*D + d: wrong whenever "
                "num_layers > 1 and bidirectional",
                "must_mention": [
                    {"any": ["row", "order", "index", "layout"]},
                    {"any": ["direction", "layer", "k * D + d", "k*D+d"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + "
        "np.exp(-np.abs(z))))\n"
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
        "        self.n_dir = 2 if bidirectional else 1\n"
        "        rs = np.random.default_rng(seed)\n"
        "        lim = 1 / np.sqrt(hidden_size)\n"
        "        self.weights = {}\n"
        "        for layer in range(num_layers):\n"
        "            n_in = input_size if layer == 0 else self.n_dir * hidden_size\n"
        '            for tag in (["", "_reverse"] if bidirectional else [""]):\n'
        '                self.weights[f"weight_ih_l{layer}{tag}"] = rs.uniform(-lim, lim, '
        "size=(4 * hidden_size, n_in))\n"
        '                self.weights[f"weight_hh_l{layer}{tag}"] = rs.uniform(-lim, lim, '
        "size=(4 * hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.weights[f"bias_ih_l{layer}{tag}"] = rs.uniform(-lim, lim, '
        "size=4 * hidden_size)\n"
        '                    self.weights[f"bias_hh_l{layer}{tag}"] = rs.uniform(-lim, lim, '
        "size=4 * hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: arr.copy() for name, arr in self.weights.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self.weights):\n"
        '            raise KeyError(f"keys do not match: {sorted(set(state) ^ '
        'set(self.weights))}")\n'
        "        for name in self.weights:\n"
        "            if np.shape(state[name]) != self.weights[name].shape:\n"
        '                raise ValueError(f"{name} has the wrong shape")\n'
        "        self.weights = {name: np.array(arr, dtype=float) for name, arr in "
        "state.items()}\n"
        "\n"
        "    def _one_direction(self, seq, h, c, layer, tag):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.weights[f"weight_ih_l{layer}{tag}"]\n'
        '        W_hh = self.weights[f"weight_hh_l{layer}{tag}"]\n'
        '        bias = (self.weights[f"bias_ih_l{layer}{tag}"] + '
        'self.weights[f"bias_hh_l{layer}{tag}"]) if self.bias else np.zeros(4 * H)\n'
        "        results = []\n"
        "        for x_t in seq:\n"
        "            pre = x_t @ W_ih.T + h @ W_hh.T + bias\n"
        "            i, f, g, o = np.split(pre, 4, axis=1)\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            results.append(h)\n"
        "        return np.stack(results), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        H, D, L = self.hidden_size, self.n_dir, self.num_layers\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((L * D, B, H)); c_0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.zeros((L * D, B, H)); c_n = np.zeros((L * D, B, H))\n"
        "        inp = x\n"
        "        for layer in range(L):\n"
        "            fwd_row = layer\n"
        "            fwd, h_n[fwd_row], c_n[fwd_row] = self._one_direction(inp, h_0[fwd_row], "
        'c_0[fwd_row], layer, "")\n'
        "            if self.bidirectional:\n"
        "                bwd_row = L + layer                      # forward rows first, then "
        "the reverse rows\n"
        "                bwd, h_n[bwd_row], c_n[bwd_row] = self._one_direction(inp[::-1], "
        'h_0[bwd_row], c_0[bwd_row], layer, "_reverse")\n'
        "                inp = np.concatenate([fwd, bwd[::-1]], axis=-1)\n"
        "            else:\n"
        "                inp = fwd\n"
        "        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_dbl_rows_noflip_priya",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "direction-major rows d*L + k for h_0/c_0/h_n/c_n instead of k*D + d "
                "(num_layers > 1, bidirectional)",
                "must_mention": [
                    {"any": ["row", "order", "index", "layout"]},
                    {"any": ["direction", "layer", "k * D + d", "k*D+d"]},
                ],
            },
            {
                "what": "the reverse direction's outputs are concatenated in processing order, not "
                "flipped back to time order",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["time order", "order", "flip", "reversed", "index", "put back"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + "
        "np.exp(-np.abs(z))))\n"
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
        "        self.n_dir = 2 if bidirectional else 1\n"
        "        rs = np.random.default_rng(seed)\n"
        "        lim = 1 / np.sqrt(hidden_size)\n"
        "        self.weights = {}\n"
        "        for layer in range(num_layers):\n"
        "            n_in = input_size if layer == 0 else self.n_dir * hidden_size\n"
        '            for tag in (["", "_reverse"] if bidirectional else [""]):\n'
        '                self.weights[f"weight_ih_l{layer}{tag}"] = rs.uniform(-lim, lim, '
        "size=(4 * hidden_size, n_in))\n"
        '                self.weights[f"weight_hh_l{layer}{tag}"] = rs.uniform(-lim, lim, '
        "size=(4 * hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.weights[f"bias_ih_l{layer}{tag}"] = rs.uniform(-lim, lim, '
        "size=4 * hidden_size)\n"
        '                    self.weights[f"bias_hh_l{layer}{tag}"] = rs.uniform(-lim, lim, '
        "size=4 * hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: arr.copy() for name, arr in self.weights.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self.weights):\n"
        '            raise KeyError(f"keys do not match: {sorted(set(state) ^ '
        'set(self.weights))}")\n'
        "        for name in self.weights:\n"
        "            if np.shape(state[name]) != self.weights[name].shape:\n"
        '                raise ValueError(f"{name} has the wrong shape")\n'
        "        self.weights = {name: np.array(arr, dtype=float) for name, arr in "
        "state.items()}\n"
        "\n"
        "    def _one_direction(self, seq, h, c, layer, tag):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.weights[f"weight_ih_l{layer}{tag}"]\n'
        '        W_hh = self.weights[f"weight_hh_l{layer}{tag}"]\n'
        '        bias = (self.weights[f"bias_ih_l{layer}{tag}"] + '
        'self.weights[f"bias_hh_l{layer}{tag}"]) if self.bias else np.zeros(4 * H)\n'
        "        results = []\n"
        "        for x_t in seq:\n"
        "            pre = x_t @ W_ih.T + h @ W_hh.T + bias\n"
        "            i, f, g, o = np.split(pre, 4, axis=1)\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            results.append(h)\n"
        "        return np.stack(results), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        H, D, L = self.hidden_size, self.n_dir, self.num_layers\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((L * D, B, H)); c_0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.zeros((L * D, B, H)); c_n = np.zeros((L * D, B, H))\n"
        "        inp = x\n"
        "        for layer in range(L):\n"
        "            fwd_row = layer\n"
        "            fwd, h_n[fwd_row], c_n[fwd_row] = self._one_direction(inp, h_0[fwd_row], "
        'c_0[fwd_row], layer, "")\n'
        "            if self.bidirectional:\n"
        "                bwd_row = L + layer                      # forward rows first, then "
        "the reverse rows\n"
        "                bwd, h_n[bwd_row], c_n[bwd_row] = self._one_direction(inp[::-1], "
        'h_0[bwd_row], c_0[bwd_row], layer, "_reverse")\n'
        "                inp = np.concatenate([fwd, bwd], axis=-1)\n"
        "            else:\n"
        "                inp = fwd\n"
        "        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_bf_states_priya",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True also transposes h_n and c_n to (B, L*D, H); the "
                "states are never batch first",
                "must_mention": [
                    {"any": ["h_n", "c_n", "state"]},
                    {"any": ["batch_first", "batch first", "never batch", "(B, "]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + "
        "np.exp(-np.abs(z))))\n"
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
        "        self.n_dir = 2 if bidirectional else 1\n"
        "        rs = np.random.default_rng(seed)\n"
        "        lim = 1 / np.sqrt(hidden_size)\n"
        "        self.weights = {}\n"
        "        for layer in range(num_layers):\n"
        "            n_in = input_size if layer == 0 else self.n_dir * hidden_size\n"
        '            for tag in (["", "_reverse"] if bidirectional else [""]):\n'
        '                self.weights[f"weight_ih_l{layer}{tag}"] = rs.uniform(-lim, lim, '
        "size=(4 * hidden_size, n_in))\n"
        '                self.weights[f"weight_hh_l{layer}{tag}"] = rs.uniform(-lim, lim, '
        "size=(4 * hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.weights[f"bias_ih_l{layer}{tag}"] = rs.uniform(-lim, lim, '
        "size=4 * hidden_size)\n"
        '                    self.weights[f"bias_hh_l{layer}{tag}"] = rs.uniform(-lim, lim, '
        "size=4 * hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: arr.copy() for name, arr in self.weights.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self.weights):\n"
        '            raise KeyError(f"keys do not match: {sorted(set(state) ^ '
        'set(self.weights))}")\n'
        "        for name in self.weights:\n"
        "            if np.shape(state[name]) != self.weights[name].shape:\n"
        '                raise ValueError(f"{name} has the wrong shape")\n'
        "        self.weights = {name: np.array(arr, dtype=float) for name, arr in "
        "state.items()}\n"
        "\n"
        "    def _one_direction(self, seq, h, c, layer, tag):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.weights[f"weight_ih_l{layer}{tag}"]\n'
        '        W_hh = self.weights[f"weight_hh_l{layer}{tag}"]\n'
        '        bias = (self.weights[f"bias_ih_l{layer}{tag}"] + '
        'self.weights[f"bias_hh_l{layer}{tag}"]) if self.bias else np.zeros(4 * H)\n'
        "        results = []\n"
        "        for x_t in seq:\n"
        "            pre = x_t @ W_ih.T + h @ W_hh.T + bias\n"
        "            i, f, g, o = np.split(pre, 4, axis=1)\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            results.append(h)\n"
        "        return np.stack(results), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        H, D, L = self.hidden_size, self.n_dir, self.num_layers\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((L * D, B, H)); c_0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.zeros((L * D, B, H)); c_n = np.zeros((L * D, B, H))\n"
        "        inp = x\n"
        "        for layer in range(L):\n"
        "            fwd_row = layer * D\n"
        "            fwd, h_n[fwd_row], c_n[fwd_row] = self._one_direction(inp, h_0[fwd_row], "
        'c_0[fwd_row], layer, "")\n'
        "            if self.bidirectional:\n"
        "                bwd_row = layer * D + 1\n"
        "                bwd, h_n[bwd_row], c_n[bwd_row] = self._one_direction(inp[::-1], "
        'h_0[bwd_row], c_0[bwd_row], layer, "_reverse")\n'
        "                inp = np.concatenate([fwd, bwd[::-1]], axis=-1)\n"
        "            else:\n"
        "                inp = fwd\n"
        "        out = inp\n"
        "        if self.batch_first:   # everything back to batch first\n"
        "            out, h_n, c_n = np.swapaxes(out, 0, 1), np.swapaxes(h_n, 0, 1), "
        "np.swapaxes(c_n, 0, 1)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_load_alias_marcus",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict keeps the caller's arrays themselves (np.asarray, no "
                "copy): later changes to the loaded dict change the module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "alias",
                            "same array",
                            "shares",
                            "share",
                            "reference",
                            "view",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "from collections import OrderedDict\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "class DirectionWeights:\n"
        '    """Weights of one layer in one direction."""\n'
        "\n"
        "    def __init__(self, wIh, wHh, bIh=None, bHh=None):\n"
        "        self.wIh = wIh\n"
        "        self.wHh = wHh\n"
        "        self.bIh = bIh\n"
        "        self.bHh = bHh\n"
        "\n"
        "    def getWeightIh(self):\n"
        "        return self.wIh\n"
        "\n"
        "    def getWeightHh(self):\n"
        "        return self.wHh\n"
        "\n"
        "    def getBias(self):\n"
        "        if self.bIh is None:\n"
        "            return 0.0\n"
        "        return self.bIh + self.bHh\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    FIELD_NAMES = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.inputSize = input_size\n"
        "        self.hiddenSize = hidden_size\n"
        "        self.numLayers = num_layers\n"
        "        self.hasBias = bias\n"
        "        self.batchFirst = batch_first\n"
        "        self.numDirections = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        self.layers = []\n"
        "        for layerIdx in range(num_layers):\n"
        "            layerInput = input_size if layerIdx == 0 else hidden_size * "
        "self.numDirections\n"
        "            dirs = []\n"
        "            for d in range(self.numDirections):\n"
        "                wIh = rng.uniform(-bound, bound, (4 * hidden_size, layerInput))\n"
        "                wHh = rng.uniform(-bound, bound, (4 * hidden_size, hidden_size))\n"
        "                bIh = rng.uniform(-bound, bound, 4 * hidden_size) if bias else None\n"
        "                bHh = rng.uniform(-bound, bound, 4 * hidden_size) if bias else None\n"
        "                dirs.append(DirectionWeights(wIh, wHh, bIh, bHh))\n"
        "            self.layers.append(dirs)\n"
        "\n"
        "    def _keyFor(self, field, layerIdx, d):\n"
        '        return field + "_l" + str(layerIdx) + ("_reverse" if d == 1 else "")\n'
        "\n"
        "    def _fields(self):\n"
        "        return self.FIELD_NAMES if self.hasBias else self.FIELD_NAMES[:2]\n"
        "\n"
        "    def state_dict(self):\n"
        "        result = OrderedDict()\n"
        "        for layerIdx, dirs in enumerate(self.layers):\n"
        "            for d, w in enumerate(dirs):\n"
        '                values = {"weight_ih": w.wIh, "weight_hh": w.wHh, "bias_ih": w.bIh, '
        '"bias_hh": w.bHh}\n'
        "                for field in self._fields():\n"
        "                    result[self._keyFor(field, layerIdx, d)] = "
        "np.array(values[field], dtype=np.float64, copy=True)\n"
        "        return dict(result)\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = self.state_dict()\n"
        "        if set(expected) != set(state):\n"
        '            raise KeyError("keys differ: missing %s, extra %s"\n'
        "                           % (sorted(set(expected) - set(state)), sorted(set(state) - "
        "set(expected))))\n"
        "        for key in expected:\n"
        "            if np.shape(state[key]) != expected[key].shape:\n"
        '                raise ValueError("wrong shape for " + key)\n'
        "        for layerIdx, dirs in enumerate(self.layers):\n"
        "            for d in range(len(dirs)):\n"
        "                get = lambda f: np.asarray(state[self._keyFor(f, layerIdx, d)], "
        "dtype=np.float64)\n"
        "                if self.hasBias:\n"
        '                    dirs[d] = DirectionWeights(get("weight_ih"), get("weight_hh"), '
        'get("bias_ih"), get("bias_hh"))\n'
        "                else:\n"
        '                    dirs[d] = DirectionWeights(get("weight_ih"), get("weight_hh"))\n'
        "\n"
        "    def _runDirection(self, seq, h, c, w, reverse):\n"
        "        H = self.hiddenSize\n"
        "        T = seq.shape[0]\n"
        "        result = [None] * T\n"
        "        timeIndices = list(range(T))\n"
        "        if reverse:\n"
        "            timeIndices.reverse()\n"
        "        for t in timeIndices:\n"
        "            a = seq[t] @ w.getWeightIh().T + h @ w.getWeightHh().T + w.getBias()\n"
        "            i = _sigmoid(a[:, 0:H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:4 * H])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            result[t] = h\n"
        "        return np.stack(result), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        seq = np.asarray(x, dtype=np.float64)\n"
        "        if self.batchFirst:\n"
        "            seq = np.transpose(seq, (1, 0, 2))\n"
        "        batch = seq.shape[1]\n"
        "        rows = self.numLayers * self.numDirections\n"
        "        if hx is None:\n"
        "            hStart = np.zeros((rows, batch, self.hiddenSize))\n"
        "            cStart = np.zeros((rows, batch, self.hiddenSize))\n"
        "        else:\n"
        "            hStart, cStart = hx\n"
        "        hFinal = np.zeros((rows, batch, self.hiddenSize))\n"
        "        cFinal = np.zeros((rows, batch, self.hiddenSize))\n"
        "        current = seq\n"
        "        for layerIdx, dirs in enumerate(self.layers):\n"
        "            pieces = []\n"
        "            for d, w in enumerate(dirs):\n"
        "                row = layerIdx * self.numDirections + d\n"
        "                out, hEnd, cEnd = self._runDirection(current, hStart[row], "
        "cStart[row], w, reverse=(d == 1))\n"
        "                pieces.append(out)\n"
        "                hFinal[row] = hEnd\n"
        "                cFinal[row] = cEnd\n"
        "            current = np.concatenate(pieces, axis=-1)\n"
        "        if self.batchFirst:\n"
        "            current = np.transpose(current, (1, 0, 2))\n"
        "        return current, (hFinal, cFinal)\n",
    },
    {
        "id": "sl_biasfalse_keys_marcus",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with bias=False still creates (zero) bias parameters and lists "
                "bias_ih_l*/bias_hh_l* in state_dict; nn.LSTM(bias=False) has only the "
                "weights",
                "must_mention": [
                    "bias",
                    {"any": ["state_dict", "key", "bias=False", "extra", "unexpected"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "from collections import OrderedDict\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "class DirectionWeights:\n"
        '    """Weights of one layer in one direction."""\n'
        "\n"
        "    def __init__(self, wIh, wHh, bIh=None, bHh=None):\n"
        "        self.wIh = wIh\n"
        "        self.wHh = wHh\n"
        "        self.bIh = bIh\n"
        "        self.bHh = bHh\n"
        "\n"
        "    def getWeightIh(self):\n"
        "        return self.wIh\n"
        "\n"
        "    def getWeightHh(self):\n"
        "        return self.wHh\n"
        "\n"
        "    def getBias(self):\n"
        "        if self.bIh is None:\n"
        "            return 0.0\n"
        "        return self.bIh + self.bHh\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    FIELD_NAMES = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.inputSize = input_size\n"
        "        self.hiddenSize = hidden_size\n"
        "        self.numLayers = num_layers\n"
        "        self.hasBias = bias\n"
        "        self.batchFirst = batch_first\n"
        "        self.numDirections = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        self.layers = []\n"
        "        for layerIdx in range(num_layers):\n"
        "            layerInput = input_size if layerIdx == 0 else hidden_size * "
        "self.numDirections\n"
        "            dirs = []\n"
        "            for d in range(self.numDirections):\n"
        "                wIh = rng.uniform(-bound, bound, (4 * hidden_size, layerInput))\n"
        "                wHh = rng.uniform(-bound, bound, (4 * hidden_size, hidden_size))\n"
        "                # no bias: keep zero biases so every layer has the same four "
        "parameters\n"
        "                bIh = rng.uniform(-bound, bound, 4 * hidden_size) if bias else "
        "np.zeros(4 * hidden_size)\n"
        "                bHh = rng.uniform(-bound, bound, 4 * hidden_size) if bias else "
        "np.zeros(4 * hidden_size)\n"
        "                dirs.append(DirectionWeights(wIh, wHh, bIh, bHh))\n"
        "            self.layers.append(dirs)\n"
        "\n"
        "    def _keyFor(self, field, layerIdx, d):\n"
        '        return field + "_l" + str(layerIdx) + ("_reverse" if d == 1 else "")\n'
        "\n"
        "    def _fields(self):\n"
        "        return self.FIELD_NAMES\n"
        "\n"
        "    def state_dict(self):\n"
        "        result = OrderedDict()\n"
        "        for layerIdx, dirs in enumerate(self.layers):\n"
        "            for d, w in enumerate(dirs):\n"
        '                values = {"weight_ih": w.wIh, "weight_hh": w.wHh, "bias_ih": w.bIh, '
        '"bias_hh": w.bHh}\n'
        "                for field in self._fields():\n"
        "                    result[self._keyFor(field, layerIdx, d)] = "
        "np.array(values[field], dtype=np.float64, copy=True)\n"
        "        return dict(result)\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = self.state_dict()\n"
        "        if set(expected) != set(state):\n"
        '            raise KeyError("keys differ: missing %s, extra %s"\n'
        "                           % (sorted(set(expected) - set(state)), sorted(set(state) - "
        "set(expected))))\n"
        "        for key in expected:\n"
        "            if np.shape(state[key]) != expected[key].shape:\n"
        '                raise ValueError("wrong shape for " + key)\n'
        "        for layerIdx, dirs in enumerate(self.layers):\n"
        "            for d in range(len(dirs)):\n"
        "                get = lambda f: np.array(state[self._keyFor(f, layerIdx, d)], "
        "dtype=np.float64, copy=True)\n"
        '                dirs[d] = DirectionWeights(get("weight_ih"), get("weight_hh"), '
        'get("bias_ih"), get("bias_hh"))\n'
        "\n"
        "    def _runDirection(self, seq, h, c, w, reverse):\n"
        "        H = self.hiddenSize\n"
        "        T = seq.shape[0]\n"
        "        result = [None] * T\n"
        "        timeIndices = list(range(T))\n"
        "        if reverse:\n"
        "            timeIndices.reverse()\n"
        "        for t in timeIndices:\n"
        "            a = seq[t] @ w.getWeightIh().T + h @ w.getWeightHh().T + w.getBias()\n"
        "            i = _sigmoid(a[:, 0:H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:4 * H])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            result[t] = h\n"
        "        return np.stack(result), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        seq = np.asarray(x, dtype=np.float64)\n"
        "        if self.batchFirst:\n"
        "            seq = np.transpose(seq, (1, 0, 2))\n"
        "        batch = seq.shape[1]\n"
        "        rows = self.numLayers * self.numDirections\n"
        "        if hx is None:\n"
        "            hStart = np.zeros((rows, batch, self.hiddenSize))\n"
        "            cStart = np.zeros((rows, batch, self.hiddenSize))\n"
        "        else:\n"
        "            hStart, cStart = hx\n"
        "        hFinal = np.zeros((rows, batch, self.hiddenSize))\n"
        "        cFinal = np.zeros((rows, batch, self.hiddenSize))\n"
        "        current = seq\n"
        "        for layerIdx, dirs in enumerate(self.layers):\n"
        "            pieces = []\n"
        "            for d, w in enumerate(dirs):\n"
        "                row = layerIdx * self.numDirections + d\n"
        "                out, hEnd, cEnd = self._runDirection(current, hStart[row], "
        "cStart[row], w, reverse=(d == 1))\n"
        "                pieces.append(out)\n"
        "                hFinal[row] = hEnd\n"
        "                cFinal[row] = cEnd\n"
        "            current = np.concatenate(pieces, axis=-1)\n"
        "        if self.batchFirst:\n"
        "            current = np.transpose(current, (1, 0, 2))\n"
        "        return current, (hFinal, cFinal)\n",
    },
    {
        "id": "sl_float32_wen",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "stores the parameters (and so state_dict and outputs) as float32 to save "
                "memory",
                "must_mention": [{"any": ["float32", "float64", "dtype", "single precision"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        self._shapes = {}\n"
        "        for l in range(num_layers):\n"
        "            fan_in = input_size if l == 0 else self.D * hidden_size\n"
        "            for d in range(self.D):\n"
        '                s = "_reverse" if d else ""\n'
        '                self._shapes["weight_ih_l%d%s" % (l, s)] = (4 * hidden_size, fan_in)\n'
        '                self._shapes["weight_hh_l%d%s" % (l, s)] = (4 * hidden_size, '
        "hidden_size)\n"
        "                if bias:\n"
        '                    self._shapes["bias_ih_l%d%s" % (l, s)] = (4 * hidden_size,)\n'
        '                    self._shapes["bias_hh_l%d%s" % (l, s)] = (4 * hidden_size,)\n'
        "        self._names = list(self._shapes)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        lim = hidden_size ** -0.5\n"
        "        for n in self._names:\n"
        "            setattr(self, n, rng.uniform(-lim, lim, "
        "self._shapes[n]).astype(np.float32))   # half the memory\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: np.copy(getattr(self, n)) for n in self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        bad = set(state) ^ set(self._names)\n"
        "        if bad:\n"
        '            raise KeyError("unexpected or missing keys: %s" % sorted(bad))\n'
        "        for n in self._names:\n"
        "            arr = np.asarray(state[n], dtype=np.float32)\n"
        "            if arr.shape != self._shapes[n]:\n"
        '                raise ValueError("%s has shape %s, expected %s" % (n, arr.shape, '
        "self._shapes[n]))\n"
        "            setattr(self, n, arr.copy())\n"
        "\n"
        "    def _layer_dir(self, xs, h, c, l, d):\n"
        '        s = "_reverse" if d else ""\n'
        "        H = self.H\n"
        '        Wi = getattr(self, "weight_ih_l%d%s" % (l, s))\n'
        '        Wh = getattr(self, "weight_hh_l%d%s" % (l, s))\n'
        '        proj = np.einsum("tbi,gi->tbg", xs, Wi)          # all steps at once\n'
        "        if self.bias:\n"
        '            proj = proj + getattr(self, "bias_ih_l%d%s" % (l, s)) + getattr(self, '
        '"bias_hh_l%d%s" % (l, s))\n'
        "        T = xs.shape[0]\n"
        "        res = np.zeros((T, xs.shape[1], H), dtype=np.float32)\n"
        "        for t in (reversed(range(T)) if d else range(T)):\n"
        "            a = proj[t] + h @ Wh.T\n"
        "            ig, fg, og = _sig(a[:, :H]), _sig(a[:, H:2 * H]), _sig(a[:, 3 * H:])\n"
        "            gg = np.tanh(a[:, 2 * H:3 * H])\n"
        "            c = fg * c + ig * gg\n"
        "            h = og * np.tanh(c)\n"
        "            res[t] = h\n"
        "        return res, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            xs = np.moveaxis(xs, 0, 1)\n"
        "        B = xs.shape[1]\n"
        "        n = self.L * self.D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((n, B, self.H)), np.zeros((n, B, "
        "self.H)))\n"
        "        hn = np.empty((n, B, self.H), dtype=np.float32)\n"
        "        cn = np.empty((n, B, self.H), dtype=np.float32)\n"
        "        for l in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                r, hn[l * self.D + d], cn[l * self.D + d] = self._layer_dir(xs, h0[l "
        "* self.D + d], c0[l * self.D + d], l, d)\n"
        "                outs.append(r)\n"
        "            xs = np.concatenate(outs, axis=2)\n"
        "        out = np.moveaxis(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (hn, cn)\n",
    },
    {
        "id": "sl_hx_inplace_wen",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "runs each direction on views of the caller's h_0/c_0 and updates them in "
                "place (h[...] = ...), so the hx passed in is modified",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "changed",
                            "changes",
                            "mutat",
                            "overwr",
                            "unchanged",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        self._shapes = {}\n"
        "        for l in range(num_layers):\n"
        "            fan_in = input_size if l == 0 else self.D * hidden_size\n"
        "            for d in range(self.D):\n"
        '                s = "_reverse" if d else ""\n'
        '                self._shapes["weight_ih_l%d%s" % (l, s)] = (4 * hidden_size, fan_in)\n'
        '                self._shapes["weight_hh_l%d%s" % (l, s)] = (4 * hidden_size, '
        "hidden_size)\n"
        "                if bias:\n"
        '                    self._shapes["bias_ih_l%d%s" % (l, s)] = (4 * hidden_size,)\n'
        '                    self._shapes["bias_hh_l%d%s" % (l, s)] = (4 * hidden_size,)\n'
        "        self._names = list(self._shapes)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        lim = hidden_size ** -0.5\n"
        "        for n in self._names:\n"
        "            setattr(self, n, rng.uniform(-lim, lim, self._shapes[n]))\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: np.copy(getattr(self, n)) for n in self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        bad = set(state) ^ set(self._names)\n"
        "        if bad:\n"
        '            raise KeyError("unexpected or missing keys: %s" % sorted(bad))\n'
        "        for n in self._names:\n"
        "            arr = np.asarray(state[n], dtype=np.float64)\n"
        "            if arr.shape != self._shapes[n]:\n"
        '                raise ValueError("%s has shape %s, expected %s" % (n, arr.shape, '
        "self._shapes[n]))\n"
        "            setattr(self, n, arr.copy())\n"
        "\n"
        "    def _layer_dir(self, xs, h, c, l, d):\n"
        '        s = "_reverse" if d else ""\n'
        "        H = self.H\n"
        '        Wi = getattr(self, "weight_ih_l%d%s" % (l, s))\n'
        '        Wh = getattr(self, "weight_hh_l%d%s" % (l, s))\n'
        '        proj = np.einsum("tbi,gi->tbg", xs, Wi)          # all steps at once\n'
        "        if self.bias:\n"
        '            proj = proj + getattr(self, "bias_ih_l%d%s" % (l, s)) + getattr(self, '
        '"bias_hh_l%d%s" % (l, s))\n'
        "        T = xs.shape[0]\n"
        "        res = np.zeros((T, xs.shape[1], H))\n"
        "        for t in (reversed(range(T)) if d else range(T)):\n"
        "            a = proj[t] + h @ Wh.T\n"
        "            ig, fg, og = _sig(a[:, :H]), _sig(a[:, H:2 * H]), _sig(a[:, 3 * H:])\n"
        "            gg = np.tanh(a[:, 2 * H:3 * H])\n"
        "            c[...] = fg * c + ig * gg          # update the state buffers in place\n"
        "            h[...] = og * np.tanh(c)\n"
        "            res[t] = h\n"
        "        return res, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            xs = np.moveaxis(xs, 0, 1)\n"
        "        B = xs.shape[1]\n"
        "        n = self.L * self.D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((n, B, self.H)), np.zeros((n, B, "
        "self.H)))\n"
        "        # (views: no copies of the initial state)\n"
        "        hn = np.empty((n, B, self.H))\n"
        "        cn = np.empty((n, B, self.H))\n"
        "        for l in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                r, hn[l * self.D + d], cn[l * self.D + d] = self._layer_dir(xs, h0[l "
        "* self.D + d], c0[l * self.D + d], l, d)\n"
        "                outs.append(r)\n"
        "            xs = np.concatenate(outs, axis=2)\n"
        "        out = np.moveaxis(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (hn, cn)\n",
    },
    {
        "id": "sl_dbl_f32_biasfalse_wen",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "stores the parameters (and so state_dict and outputs) as float32",
                "must_mention": [{"any": ["float32", "float64", "dtype", "single precision"]}],
            },
            {
                "what": "with bias=False still registers zero bias_ih/bias_hh parameters in "
                "state_dict",
                "must_mention": [
                    "bias",
                    {"any": ["state_dict", "key", "bias=False", "extra", "unexpected"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        self._shapes = {}\n"
        "        for l in range(num_layers):\n"
        "            fan_in = input_size if l == 0 else self.D * hidden_size\n"
        "            for d in range(self.D):\n"
        '                s = "_reverse" if d else ""\n'
        '                self._shapes["weight_ih_l%d%s" % (l, s)] = (4 * hidden_size, fan_in)\n'
        '                self._shapes["weight_hh_l%d%s" % (l, s)] = (4 * hidden_size, '
        "hidden_size)\n"
        '                self._shapes["bias_ih_l%d%s" % (l, s)] = (4 * hidden_size,)   # zeros '
        "when bias=False\n"
        '                self._shapes["bias_hh_l%d%s" % (l, s)] = (4 * hidden_size,)\n'
        "        self._names = list(self._shapes)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        lim = hidden_size ** -0.5\n"
        "        for n in self._names:\n"
        "            v = rng.uniform(-lim, lim, self._shapes[n]).astype(np.float32)\n"
        '            if n.startswith("bias") and not bias:\n'
        "                v[:] = 0\n"
        "            setattr(self, n, v)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: np.copy(getattr(self, n)) for n in self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        bad = set(state) ^ set(self._names)\n"
        "        if bad:\n"
        '            raise KeyError("unexpected or missing keys: %s" % sorted(bad))\n'
        "        for n in self._names:\n"
        "            arr = np.asarray(state[n], dtype=np.float32)\n"
        "            if arr.shape != self._shapes[n]:\n"
        '                raise ValueError("%s has shape %s, expected %s" % (n, arr.shape, '
        "self._shapes[n]))\n"
        "            setattr(self, n, arr.copy())\n"
        "\n"
        "    def _layer_dir(self, xs, h, c, l, d):\n"
        '        s = "_reverse" if d else ""\n'
        "        H = self.H\n"
        '        Wi = getattr(self, "weight_ih_l%d%s" % (l, s))\n'
        '        Wh = getattr(self, "weight_hh_l%d%s" % (l, s))\n'
        '        proj = np.einsum("tbi,gi->tbg", xs, Wi)          # all steps at once\n'
        "        if self.bias:\n"
        '            proj = proj + getattr(self, "bias_ih_l%d%s" % (l, s)) + getattr(self, '
        '"bias_hh_l%d%s" % (l, s))\n'
        "        T = xs.shape[0]\n"
        "        res = np.zeros((T, xs.shape[1], H), dtype=np.float32)\n"
        "        for t in (reversed(range(T)) if d else range(T)):\n"
        "            a = proj[t] + h @ Wh.T\n"
        "            ig, fg, og = _sig(a[:, :H]), _sig(a[:, H:2 * H]), _sig(a[:, 3 * H:])\n"
        "            gg = np.tanh(a[:, 2 * H:3 * H])\n"
        "            c = fg * c + ig * gg\n"
        "            h = og * np.tanh(c)\n"
        "            res[t] = h\n"
        "        return res, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            xs = np.moveaxis(xs, 0, 1)\n"
        "        B = xs.shape[1]\n"
        "        n = self.L * self.D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((n, B, self.H)), np.zeros((n, B, "
        "self.H)))\n"
        "        hn = np.empty((n, B, self.H), dtype=np.float32)\n"
        "        cn = np.empty((n, B, self.H), dtype=np.float32)\n"
        "        for l in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                r, hn[l * self.D + d], cn[l * self.D + d] = self._layer_dir(xs, h0[l "
        "* self.D + d], c0[l * self.D + d], l, d)\n"
        "                outs.append(r)\n"
        "            xs = np.concatenate(outs, axis=2)\n"
        "        out = np.moveaxis(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (hn, cn)\n",
    },
    {
        "id": "sl_statedict_alias_raj",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns dict(self._params): a new dict but the same arrays, so "
                "changing an array of the returned dict changes the module (no float64 "
                "copies)",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "alias",
                            "same array",
                            "shares",
                            "share",
                            "reference",
                            "view",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "from dataclasses import dataclass, field\n"
        "from typing import Dict, Optional, Tuple\n"
        "\n"
        "\n"
        "def _sigmoid(z: np.ndarray) -> np.ndarray:\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "@dataclass\n"
        "class LSTMConfig:\n"
        "    input_size: int\n"
        "    hidden_size: int\n"
        "    num_layers: int = 1\n"
        "    bias: bool = True\n"
        "    batch_first: bool = False\n"
        "    bidirectional: bool = False\n"
        "\n"
        "    @property\n"
        "    def directions(self) -> int:\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    SUFFIXES = ("", "_reverse")\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.cfg = LSTMConfig(input_size, hidden_size, num_layers, bias, batch_first, "
        "bidirectional)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        self._params: Dict[str, np.ndarray] = {\n"
        "            name: rng.uniform(-k, k, shape) for name, shape in "
        "self._expected_shapes().items()\n"
        "        }\n"
        "\n"
        "    def _expected_shapes(self) -> Dict[str, Tuple[int, ...]]:\n"
        "        c, H = self.cfg, self.cfg.hidden_size\n"
        "        shapes = {}\n"
        "        for l in range(c.num_layers):\n"
        "            n_in = c.input_size if l == 0 else c.directions * H\n"
        "            for sfx in self.SUFFIXES[:c.directions]:\n"
        '                shapes[f"weight_ih_l{l}{sfx}"] = (4 * H, n_in)\n'
        '                shapes[f"weight_hh_l{l}{sfx}"] = (4 * H, H)\n'
        "                if c.bias:\n"
        '                    shapes[f"bias_ih_l{l}{sfx}"] = (4 * H,)\n'
        '                    shapes[f"bias_hh_l{l}{sfx}"] = (4 * H,)\n'
        "        return shapes\n"
        "\n"
        "    def state_dict(self) -> Dict[str, np.ndarray]:\n"
        "        return dict(self._params)          # a new dict, the caller can't break ours\n"
        "\n"
        "    def load_state_dict(self, state: Dict[str, np.ndarray]) -> None:\n"
        "        expected = self._expected_shapes()\n"
        "        if set(state) != set(expected):\n"
        '            raise KeyError(f"expected keys {sorted(expected)}, got {sorted(state)}")\n'
        "        for name, shape in expected.items():\n"
        "            if tuple(np.shape(state[name])) != shape:\n"
        '                raise ValueError(f"{name}: expected {shape}, got '
        '{np.shape(state[name])}")\n'
        "        self._params = {name: np.array(state[name], dtype=np.float64, copy=True) for "
        "name in expected}\n"
        "\n"
        "    def _direction(self, xs, h, c, l, sfx):\n"
        "        H = self.cfg.hidden_size\n"
        "        P = self._params\n"
        '        W_ih, W_hh = P[f"weight_ih_l{l}{sfx}"], P[f"weight_hh_l{l}{sfx}"]\n'
        '        b = P[f"bias_ih_l{l}{sfx}"] + P[f"bias_hh_l{l}{sfx}"] if self.cfg.bias else '
        "np.zeros(4 * H)\n"
        "        order = range(len(xs) - 1, -1, -1) if sfx else range(len(xs))\n"
        "        out = np.zeros((len(xs),) + h.shape)\n"
        "        for t in order:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H]), np.tanh(a[:, 2 "
        "* H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx: Optional[Tuple[np.ndarray, np.ndarray]] = None):\n"
        "        c = self.cfg\n"
        "        xs = np.swapaxes(x, 0, 1) if c.batch_first else np.asarray(x)\n"
        "        B, H, D = xs.shape[1], c.hidden_size, c.directions\n"
        "        rows = c.num_layers * D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((rows, B, H)), np.zeros((rows, "
        "B, H)))\n"
        "        hs, cs = [], []\n"
        "        for l in range(c.num_layers):\n"
        "            outs = []\n"
        "            for d, sfx in enumerate(self.SUFFIXES[:D]):\n"
        "                o, h_last, c_last = self._direction(xs, h0[l * D + d], c0[l * D + d], "
        "l, sfx)\n"
        "                outs.append(o); hs.append(h_last); cs.append(c_last)\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if c.batch_first else xs\n"
        "        return out, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "sl_dbl_alias_seed_raj",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own arrays (shallow dict copy): changing "
                "them changes the module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "alias",
                            "same array",
                            "shares",
                            "share",
                            "reference",
                            "view",
                        ]
                    }
                ],
            },
            {
                "what": "ignores seed: np.random.default_rng() without the seed, so the same seed "
                "gives different parameters",
                "must_mention": ["seed"],
            },
        ],
        "source": "import numpy as np\n"
        "from dataclasses import dataclass, field\n"
        "from typing import Dict, Optional, Tuple\n"
        "\n"
        "\n"
        "def _sigmoid(z: np.ndarray) -> np.ndarray:\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "@dataclass\n"
        "class LSTMConfig:\n"
        "    input_size: int\n"
        "    hidden_size: int\n"
        "    num_layers: int = 1\n"
        "    bias: bool = True\n"
        "    batch_first: bool = False\n"
        "    bidirectional: bool = False\n"
        "\n"
        "    @property\n"
        "    def directions(self) -> int:\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    SUFFIXES = ("", "_reverse")\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.cfg = LSTMConfig(input_size, hidden_size, num_layers, bias, batch_first, "
        "bidirectional)\n"
        "        rng = np.random.default_rng()   # fresh entropy each time\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        self._params: Dict[str, np.ndarray] = {\n"
        "            name: rng.uniform(-k, k, shape) for name, shape in "
        "self._expected_shapes().items()\n"
        "        }\n"
        "\n"
        "    def _expected_shapes(self) -> Dict[str, Tuple[int, ...]]:\n"
        "        c, H = self.cfg, self.cfg.hidden_size\n"
        "        shapes = {}\n"
        "        for l in range(c.num_layers):\n"
        "            n_in = c.input_size if l == 0 else c.directions * H\n"
        "            for sfx in self.SUFFIXES[:c.directions]:\n"
        '                shapes[f"weight_ih_l{l}{sfx}"] = (4 * H, n_in)\n'
        '                shapes[f"weight_hh_l{l}{sfx}"] = (4 * H, H)\n'
        "                if c.bias:\n"
        '                    shapes[f"bias_ih_l{l}{sfx}"] = (4 * H,)\n'
        '                    shapes[f"bias_hh_l{l}{sfx}"] = (4 * H,)\n'
        "        return shapes\n"
        "\n"
        "    def state_dict(self) -> Dict[str, np.ndarray]:\n"
        "        return dict(self._params)          # a new dict, the caller can't break ours\n"
        "\n"
        "    def load_state_dict(self, state: Dict[str, np.ndarray]) -> None:\n"
        "        expected = self._expected_shapes()\n"
        "        if set(state) != set(expected):\n"
        '            raise KeyError(f"expected keys {sorted(expected)}, got {sorted(state)}")\n'
        "        for name, shape in expected.items():\n"
        "            if tuple(np.shape(state[name])) != shape:\n"
        '                raise ValueError(f"{name}: expected {shape}, got '
        '{np.shape(state[name])}")\n'
        "        self._params = {name: np.array(state[name], dtype=np.float64, copy=True) for "
        "name in expected}\n"
        "\n"
        "    def _direction(self, xs, h, c, l, sfx):\n"
        "        H = self.cfg.hidden_size\n"
        "        P = self._params\n"
        '        W_ih, W_hh = P[f"weight_ih_l{l}{sfx}"], P[f"weight_hh_l{l}{sfx}"]\n'
        '        b = P[f"bias_ih_l{l}{sfx}"] + P[f"bias_hh_l{l}{sfx}"] if self.cfg.bias else '
        "np.zeros(4 * H)\n"
        "        order = range(len(xs) - 1, -1, -1) if sfx else range(len(xs))\n"
        "        out = np.zeros((len(xs),) + h.shape)\n"
        "        for t in order:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H]), np.tanh(a[:, 2 "
        "* H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx: Optional[Tuple[np.ndarray, np.ndarray]] = None):\n"
        "        c = self.cfg\n"
        "        xs = np.swapaxes(x, 0, 1) if c.batch_first else np.asarray(x)\n"
        "        B, H, D = xs.shape[1], c.hidden_size, c.directions\n"
        "        rows = c.num_layers * D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((rows, B, H)), np.zeros((rows, "
        "B, H)))\n"
        "        hs, cs = [], []\n"
        "        for l in range(c.num_layers):\n"
        "            outs = []\n"
        "            for d, sfx in enumerate(self.SUFFIXES[:D]):\n"
        "                o, h_last, c_last = self._direction(xs, h0[l * D + d], c0[l * D + d], "
        "l, sfx)\n"
        "                outs.append(o); hs.append(h_last); cs.append(c_last)\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if c.batch_first else xs\n"
        "        return out, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "sl_keys_rev_raj",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "names the reverse direction's parameters with the suffix '_rev' instead "
                "of nn.LSTM's '_reverse': state_dict has the wrong keys and nn.LSTM's dict "
                "cannot be loaded (bidirectional only)",
                "must_mention": [
                    {"any": ["key", "name"]},
                    {"any": ["_reverse", "reverse", "_rev"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "from dataclasses import dataclass, field\n"
        "from typing import Dict, Optional, Tuple\n"
        "\n"
        "\n"
        "def _sigmoid(z: np.ndarray) -> np.ndarray:\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "@dataclass\n"
        "class LSTMConfig:\n"
        "    input_size: int\n"
        "    hidden_size: int\n"
        "    num_layers: int = 1\n"
        "    bias: bool = True\n"
        "    batch_first: bool = False\n"
        "    bidirectional: bool = False\n"
        "\n"
        "    @property\n"
        "    def directions(self) -> int:\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    SUFFIXES = ("", "_rev")\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.cfg = LSTMConfig(input_size, hidden_size, num_layers, bias, batch_first, "
        "bidirectional)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        self._params: Dict[str, np.ndarray] = {\n"
        "            name: rng.uniform(-k, k, shape) for name, shape in "
        "self._expected_shapes().items()\n"
        "        }\n"
        "\n"
        "    def _expected_shapes(self) -> Dict[str, Tuple[int, ...]]:\n"
        "        c, H = self.cfg, self.cfg.hidden_size\n"
        "        shapes = {}\n"
        "        for l in range(c.num_layers):\n"
        "            n_in = c.input_size if l == 0 else c.directions * H\n"
        "            for sfx in self.SUFFIXES[:c.directions]:\n"
        '                shapes[f"weight_ih_l{l}{sfx}"] = (4 * H, n_in)\n'
        '                shapes[f"weight_hh_l{l}{sfx}"] = (4 * H, H)\n'
        "                if c.bias:\n"
        '                    shapes[f"bias_ih_l{l}{sfx}"] = (4 * H,)\n'
        '                    shapes[f"bias_hh_l{l}{sfx}"] = (4 * H,)\n'
        "        return shapes\n"
        "\n"
        "    def state_dict(self) -> Dict[str, np.ndarray]:\n"
        "        return {k: v.copy() for k, v in self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state: Dict[str, np.ndarray]) -> None:\n"
        "        expected = self._expected_shapes()\n"
        "        if set(state) != set(expected):\n"
        '            raise KeyError(f"expected keys {sorted(expected)}, got {sorted(state)}")\n'
        "        for name, shape in expected.items():\n"
        "            if tuple(np.shape(state[name])) != shape:\n"
        '                raise ValueError(f"{name}: expected {shape}, got '
        '{np.shape(state[name])}")\n'
        "        self._params = {name: np.array(state[name], dtype=np.float64, copy=True) for "
        "name in expected}\n"
        "\n"
        "    def _direction(self, xs, h, c, l, sfx):\n"
        "        H = self.cfg.hidden_size\n"
        "        P = self._params\n"
        '        W_ih, W_hh = P[f"weight_ih_l{l}{sfx}"], P[f"weight_hh_l{l}{sfx}"]\n'
        '        b = P[f"bias_ih_l{l}{sfx}"] + P[f"bias_hh_l{l}{sfx}"] if self.cfg.bias else '
        "np.zeros(4 * H)\n"
        "        order = range(len(xs) - 1, -1, -1) if sfx else range(len(xs))\n"
        "        out = np.zeros((len(xs),) + h.shape)\n"
        "        for t in order:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H]), np.tanh(a[:, 2 "
        "* H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx: Optional[Tuple[np.ndarray, np.ndarray]] = None):\n"
        "        c = self.cfg\n"
        "        xs = np.swapaxes(x, 0, 1) if c.batch_first else np.asarray(x)\n"
        "        B, H, D = xs.shape[1], c.hidden_size, c.directions\n"
        "        rows = c.num_layers * D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((rows, B, H)), np.zeros((rows, "
        "B, H)))\n"
        "        hs, cs = [], []\n"
        "        for l in range(c.num_layers):\n"
        "            outs = []\n"
        "            for d, sfx in enumerate(self.SUFFIXES[:D]):\n"
        "                o, h_last, c_last = self._direction(xs, h0[l * D + d], c0[l * D + d], "
        "l, sfx)\n"
        "                outs.append(o); hs.append(h_last); cs.append(c_last)\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if c.batch_first else xs\n"
        "        return out, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "sl_kernel_layout_dmitri",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "keeps Keras-style kernels (in_features, 4H) / (H, 4H) and returns them so "
                "from state_dict: the weight shapes are transposed relative to nn.LSTM's "
                "(4H, in_features); loading transposes correctly, so outputs are right",
                "must_mention": [
                    {"any": ["state_dict", "weight_ih", "weight_hh", "initial param", "parameter"]},
                    {"any": ["shape", "transpos"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def hard_safe_sigmoid(x):\n"
        "    e = np.exp(-np.abs(x))\n"
        "    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """Keras-like LSTM: kernel (input, 4*units), recurrent_kernel (units, 4*units), '
        'bias (4*units)."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.units = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.use_bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.go_backwards_too = bidirectional\n"
        "        rng = np.random.default_rng(seed)\n"
        "        lim = 1.0 / np.sqrt(hidden_size)\n"
        "        self.kernels = {}\n"
        "        for l in range(num_layers):\n"
        "            in_dim = input_size if l == 0 else hidden_size * (2 if bidirectional else "
        "1)\n"
        '            for suffix in (["", "_reverse"] if bidirectional else [""]):\n'
        '                self.kernels[f"weight_ih_l{l}{suffix}"] = rng.uniform(-lim, lim, '
        "(in_dim, 4 * hidden_size))\n"
        '                self.kernels[f"weight_hh_l{l}{suffix}"] = rng.uniform(-lim, lim, '
        "(hidden_size, 4 * hidden_size))\n"
        "                if bias:\n"
        '                    self.kernels[f"bias_ih_l{l}{suffix}"] = rng.uniform(-lim, lim, 4 '
        "* hidden_size)\n"
        '                    self.kernels[f"bias_hh_l{l}{suffix}"] = rng.uniform(-lim, lim, 4 '
        "* hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, copy=True) for k, v in self.kernels.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k, v in state.items():\n"
        "            v = np.array(v, dtype=np.float64, copy=True)\n"
        '            self.kernels[k] = v.T.copy() if k.startswith("weight") else v   # torch '
        "(4H, in) -> kernel (in, 4H)\n"
        "\n"
        "    def _rnn(self, inputs, h, c, l, suffix, backwards):\n"
        "        u = self.units\n"
        '        kernel = self.kernels[f"weight_ih_l{l}{suffix}"]\n'
        '        rec = self.kernels[f"weight_hh_l{l}{suffix}"]\n'
        '        b = (self.kernels[f"bias_ih_l{l}{suffix}"] + '
        'self.kernels[f"bias_hh_l{l}{suffix}"]) if self.use_bias else 0.0\n'
        "        steps = inputs.shape[0]\n"
        "        seq = [None] * steps\n"
        "        for t in (reversed(range(steps)) if backwards else range(steps)):\n"
        "            z = inputs[t] @ kernel + h @ rec + b\n"
        "            i = hard_safe_sigmoid(z[:, :u]); f = hard_safe_sigmoid(z[:, u:2 * u])\n"
        "            cc = np.tanh(z[:, 2 * u:3 * u]); o = hard_safe_sigmoid(z[:, 3 * u:])\n"
        "            c = f * c + i * cc\n"
        "            h = o * np.tanh(c)\n"
        "            seq[t] = h\n"
        "        return np.stack(seq), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        D = 2 if self.go_backwards_too else 1\n"
        "        n = self.num_layers * D\n"
        "        B = x.shape[1]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((n, B, self.units)), np.zeros((n, B, self.units)))\n"
        "        states_h, states_c = [], []\n"
        "        for l in range(self.num_layers):\n"
        "            seqs = []\n"
        "            for d in range(D):\n"
        "                s, h, c = self._rnn(x, hx[0][l * D + d], hx[1][l * D + d], l, "
        '"_reverse" if d else "", d == 1)\n'
        "                seqs.append(s); states_h.append(h); states_c.append(c)\n"
        "            x = np.concatenate(seqs, axis=-1)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        return x, (np.stack(states_h), np.stack(states_c))\n",
    },
    {
        "id": "sl_ok_compact_lena",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.sizes = dict(I=input_size, H=hidden_size, L=num_layers, D=2 if "
        "bidirectional else 1)\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        g = np.random.default_rng(seed)\n"
        '        H, D = hidden_size, self.sizes["D"]\n'
        "        a = 1 / np.sqrt(H)\n"
        "        self.W = {}\n"
        "        for k in range(num_layers):\n"
        "            Ik = input_size if k == 0 else D * H\n"
        "            for d in range(D):\n"
        '                end = "_reverse" * d\n'
        '                self.W["weight_ih_l%d" % k + end] = g.uniform(-a, a, (4 * H, Ik))\n'
        '                self.W["weight_hh_l%d" % k + end] = g.uniform(-a, a, (4 * H, H))\n'
        "                if bias:\n"
        '                    self.W["bias_ih_l%d" % k + end] = g.uniform(-a, a, 4 * H)\n'
        '                    self.W["bias_hh_l%d" % k + end] = g.uniform(-a, a, 4 * H)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self.W.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in state:\n"
        "            if k not in self.W:\n"
        '                raise KeyError("unexpected key " + k)\n'
        "            if np.shape(state[k]) != self.W[k].shape:\n"
        '                raise ValueError("bad shape for " + k)\n'
        "        for k in self.W:\n"
        "            self.W[k] = np.array(state[k], dtype=np.float64)\n"
        "\n"
        "    def sweep(self, X, h, c, k, d):\n"
        '        H = self.sizes["H"]\n'
        '        end = "_reverse" * d\n'
        '        Wi, Wh = self.W["weight_ih_l%d" % k + end], self.W["weight_hh_l%d" % k + '
        "end]\n"
        '        b = self.W["bias_ih_l%d" % k + end] + self.W["bias_hh_l%d" % k + end] if '
        "self.bias else 0\n"
        "        T = X.shape[0]\n"
        "        Y = np.zeros((T, X.shape[1], H))\n"
        "        ts = np.arange(T)[::-1] if d else np.arange(T)\n"
        "        for t in ts:\n"
        "            z = X[t] @ Wi.T + h @ Wh.T + b\n"
        "            c = sig(z[:, H:2 * H]) * c + sig(z[:, :H]) * np.tanh(z[:, 2 * H:3 * H])\n"
        "            h = sig(z[:, 3 * H:]) * np.tanh(c)\n"
        "            Y[t] = h\n"
        "        return Y, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        X = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            X = X.transpose(1, 0, 2)\n"
        '        L, D, H = self.sizes["L"], self.sizes["D"], self.sizes["H"]\n'
        "        B = X.shape[1]\n"
        "        h0, c0 = (np.zeros((L * D, B, H)), np.zeros((L * D, B, H))) if hx is None "
        "else hx\n"
        "        hn, cn = np.zeros((L * D, B, H)), np.zeros((L * D, B, H))\n"
        "        Y = X\n"
        "        for k in range(L):\n"
        "            Ys = []\n"
        "            for d in range(D):\n"
        "                y, hn[k * D + d], cn[k * D + d] = self.sweep(X if k == 0 else Y_prev, "
        "h0[k * D + d], c0[k * D + d], k, d)\n"
        "                Ys.append(y)\n"
        "            Y_prev = np.concatenate(Ys, axis=2)      # both directions side by side\n"
        "            Y = Y_prev\n"
        "        if self.batch_first:\n"
        "            Y = Y.transpose(1, 0, 2)\n"
        "        return Y, (hn, cn)\n",
    },
    {
        "id": "sl_init_fanin_lena",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initialises with bound 1/sqrt(fan_in) (input features of the layer, as "
                "nn.Linear does) instead of 1/sqrt(hidden_size): values leave [-1/sqrt(H), "
                "1/sqrt(H)] whenever the layer's input size is smaller than H",
                "must_mention": [
                    {
                        "any": [
                            "bound",
                            "range",
                            "hidden_size",
                            "1/sqrt",
                            "sqrt",
                            "init",
                            "interval",
                            "uniform",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.sizes = dict(I=input_size, H=hidden_size, L=num_layers, D=2 if "
        "bidirectional else 1)\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        g = np.random.default_rng(seed)\n"
        '        H, D = hidden_size, self.sizes["D"]\n'
        "        self.W = {}\n"
        "        for k in range(num_layers):\n"
        "            Ik = input_size if k == 0 else D * H\n"
        "            a = 1 / np.sqrt(Ik)          # Glorot-ish: scale by fan-in like "
        "nn.Linear\n"
        "            for d in range(D):\n"
        '                end = "_reverse" * d\n'
        '                self.W["weight_ih_l%d" % k + end] = g.uniform(-a, a, (4 * H, Ik))\n'
        '                self.W["weight_hh_l%d" % k + end] = g.uniform(-a, a, (4 * H, H))\n'
        "                if bias:\n"
        '                    self.W["bias_ih_l%d" % k + end] = g.uniform(-a, a, 4 * H)\n'
        '                    self.W["bias_hh_l%d" % k + end] = g.uniform(-a, a, 4 * H)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self.W.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in state:\n"
        "            if k not in self.W:\n"
        '                raise KeyError("unexpected key " + k)\n'
        "            if np.shape(state[k]) != self.W[k].shape:\n"
        '                raise ValueError("bad shape for " + k)\n'
        "        for k in self.W:\n"
        "            self.W[k] = np.array(state[k], dtype=np.float64)\n"
        "\n"
        "    def sweep(self, X, h, c, k, d):\n"
        '        H = self.sizes["H"]\n'
        '        end = "_reverse" * d\n'
        '        Wi, Wh = self.W["weight_ih_l%d" % k + end], self.W["weight_hh_l%d" % k + '
        "end]\n"
        '        b = self.W["bias_ih_l%d" % k + end] + self.W["bias_hh_l%d" % k + end] if '
        "self.bias else 0\n"
        "        T = X.shape[0]\n"
        "        Y = np.zeros((T, X.shape[1], H))\n"
        "        ts = np.arange(T)[::-1] if d else np.arange(T)\n"
        "        for t in ts:\n"
        "            z = X[t] @ Wi.T + h @ Wh.T + b\n"
        "            c = sig(z[:, H:2 * H]) * c + sig(z[:, :H]) * np.tanh(z[:, 2 * H:3 * H])\n"
        "            h = sig(z[:, 3 * H:]) * np.tanh(c)\n"
        "            Y[t] = h\n"
        "        return Y, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        X = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            X = X.transpose(1, 0, 2)\n"
        '        L, D, H = self.sizes["L"], self.sizes["D"], self.sizes["H"]\n'
        "        B = X.shape[1]\n"
        "        h0, c0 = (np.zeros((L * D, B, H)), np.zeros((L * D, B, H))) if hx is None "
        "else hx\n"
        "        hn, cn = np.zeros((L * D, B, H)), np.zeros((L * D, B, H))\n"
        "        Y = X\n"
        "        for k in range(L):\n"
        "            Ys = []\n"
        "            for d in range(D):\n"
        "                y, hn[k * D + d], cn[k * D + d] = self.sweep(X if k == 0 else Y_prev, "
        "h0[k * D + d], c0[k * D + d], k, d)\n"
        "                Ys.append(y)\n"
        "            Y_prev = np.concatenate(Ys, axis=2)      # both directions side by side\n"
        "            Y = Y_prev\n"
        "        if self.batch_first:\n"
        "            Y = Y.transpose(1, 0, 2)\n"
        "        return Y, (hn, cn)\n",
    },
    {
        "id": "sl_layer_reads_fwd_half_lena",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layer k > 0 reads only the forward direction's output of the previous "
                "layer (Ys[0], H features) instead of both directions concatenated (2H): "
                "fails for bidirectional with num_layers > 1",
                "must_mention": [
                    {"any": ["layer"]},
                    {
                        "any": [
                            "reverse",
                            "both directions",
                            "D * H",
                            "2H",
                            "2 * H",
                            "concat",
                            "backward",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.sizes = dict(I=input_size, H=hidden_size, L=num_layers, D=2 if "
        "bidirectional else 1)\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        g = np.random.default_rng(seed)\n"
        '        H, D = hidden_size, self.sizes["D"]\n'
        "        a = 1 / np.sqrt(H)\n"
        "        self.W = {}\n"
        "        for k in range(num_layers):\n"
        "            Ik = input_size if k == 0 else H\n"
        "            for d in range(D):\n"
        '                end = "_reverse" * d\n'
        '                self.W["weight_ih_l%d" % k + end] = g.uniform(-a, a, (4 * H, Ik))\n'
        '                self.W["weight_hh_l%d" % k + end] = g.uniform(-a, a, (4 * H, H))\n'
        "                if bias:\n"
        '                    self.W["bias_ih_l%d" % k + end] = g.uniform(-a, a, 4 * H)\n'
        '                    self.W["bias_hh_l%d" % k + end] = g.uniform(-a, a, 4 * H)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self.W.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in state:\n"
        "            if k not in self.W:\n"
        '                raise KeyError("unexpected key " + k)\n'
        "            if np.shape(state[k]) != self.W[k].shape:\n"
        '                raise ValueError("bad shape for " + k)\n'
        "        for k in self.W:\n"
        "            self.W[k] = np.array(state[k], dtype=np.float64)\n"
        "\n"
        "    def sweep(self, X, h, c, k, d):\n"
        '        H = self.sizes["H"]\n'
        '        end = "_reverse" * d\n'
        '        Wi, Wh = self.W["weight_ih_l%d" % k + end], self.W["weight_hh_l%d" % k + '
        "end]\n"
        '        b = self.W["bias_ih_l%d" % k + end] + self.W["bias_hh_l%d" % k + end] if '
        "self.bias else 0\n"
        "        T = X.shape[0]\n"
        "        Y = np.zeros((T, X.shape[1], H))\n"
        "        ts = np.arange(T)[::-1] if d else np.arange(T)\n"
        "        for t in ts:\n"
        "            z = X[t] @ Wi.T + h @ Wh.T + b\n"
        "            c = sig(z[:, H:2 * H]) * c + sig(z[:, :H]) * np.tanh(z[:, 2 * H:3 * H])\n"
        "            h = sig(z[:, 3 * H:]) * np.tanh(c)\n"
        "            Y[t] = h\n"
        "        return Y, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        X = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            X = X.transpose(1, 0, 2)\n"
        '        L, D, H = self.sizes["L"], self.sizes["D"], self.sizes["H"]\n'
        "        B = X.shape[1]\n"
        "        h0, c0 = (np.zeros((L * D, B, H)), np.zeros((L * D, B, H))) if hx is None "
        "else hx\n"
        "        hn, cn = np.zeros((L * D, B, H)), np.zeros((L * D, B, H))\n"
        "        Y = X\n"
        "        for k in range(L):\n"
        "            Ys = []\n"
        "            for d in range(D):\n"
        "                y, hn[k * D + d], cn[k * D + d] = self.sweep(X if k == 0 else Y_prev, "
        "h0[k * D + d], c0[k * D + d], k, d)\n"
        "                Ys.append(y)\n"
        "            Y_prev = Ys[0] if k + 1 < L else np.concatenate(Ys, axis=2)   # next "
        "layer reads the forward sequence\n"
        "            Y = Y_prev\n"
        "        if self.batch_first:\n"
        "            Y = Y.transpose(1, 0, 2)\n"
        "        return Y, (hn, cn)\n",
    },
    {
        "id": "sl_torch_linear_kenji",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "implements the class with torch (nn.Linear, nn.ParameterList, "
                "torch.no_grad) and converts to NumPy at the end: torch is not available "
                "when the exercise is graded",
                "must_mention": ["torch"],
            }
        ],
        "source": "import copy\n"
        "\n"
        "import numpy as np\n"
        "import torch\n"
        "from torch import nn\n"
        "\n"
        "\n"
        "class ScratchLSTM(nn.Module):\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        super().__init__()\n"
        "        self.hidden_size, self.num_layers, self.use_bias = hidden_size, num_layers, "
        "bias\n"
        "        self.batch_first = batch_first\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        gen = np.random.default_rng(seed)\n"
        "        k = 1 / np.sqrt(hidden_size)\n"
        "        self._names = []\n"
        "        self.params = nn.ParameterList()\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else hidden_size * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d else ""\n'
        '                shapes = {f"weight_ih_l{l}{sfx}": (4 * hidden_size, n_in), '
        'f"weight_hh_l{l}{sfx}": (4 * hidden_size, hidden_size)}\n'
        "                if bias:\n"
        '                    shapes[f"bias_ih_l{l}{sfx}"] = (4 * hidden_size,)\n'
        '                    shapes[f"bias_hh_l{l}{sfx}"] = (4 * hidden_size,)\n'
        "                for name, shape in shapes.items():\n"
        "                    self._names.append(name)\n"
        "                    self.params.append(nn.Parameter(torch.from_numpy(gen.uniform(-k, "
        "k, shape))))\n"
        "\n"
        "    def _p(self, name):\n"
        "        return self.params[self._names.index(name)]\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: copy.deepcopy(p.detach()).numpy() for n, p in zip(self._names, "
        "self.params)}\n"
        "\n"
        "    def load_state_dict(self, state, strict=True):\n"
        "        with torch.no_grad():\n"
        "            for n, p in zip(self._names, self.params):\n"
        "                p.copy_(torch.as_tensor(np.asarray(state[n], dtype=np.float64)))\n"
        "\n"
        "    @torch.no_grad()\n"
        "    def forward(self, x, hx=None):\n"
        "        x = torch.as_tensor(np.asarray(x, dtype=np.float64))\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        H = self.hidden_size\n"
        "        n = self.num_layers * self.D\n"
        "        if hx is None:\n"
        "            h0 = torch.zeros(n, B, H, dtype=torch.float64); c0 = torch.zeros(n, B, H, "
        "dtype=torch.float64)\n"
        "        else:\n"
        "            h0, c0 = (torch.as_tensor(np.asarray(a)) for a in hx)\n"
        "        hn, cn = [], []\n"
        "        for l in range(self.num_layers):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d else ""\n'
        '                W_ih, W_hh = self._p(f"weight_ih_l{l}{sfx}"), '
        'self._p(f"weight_hh_l{l}{sfx}")\n'
        '                b = self._p(f"bias_ih_l{l}{sfx}") + self._p(f"bias_hh_l{l}{sfx}") if '
        "self.use_bias else 0\n"
        "                h, c = h0[l * self.D + d], c0[l * self.D + d]\n"
        "                ys = [None] * T\n"
        "                for t in (range(T - 1, -1, -1) if d else range(T)):\n"
        "                    i, f, g, o = (x[t] @ W_ih.T + h @ W_hh.T + b).chunk(4, dim=1)\n"
        "                    c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)\n"
        "                    h = torch.sigmoid(o) * torch.tanh(c)\n"
        "                    ys[t] = h\n"
        "                outs.append(torch.stack(ys)); hn.append(h); cn.append(c)\n"
        "            x = torch.cat(outs, dim=2)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(0, 1)\n"
        "        return x.numpy(), (torch.stack(hn).numpy(), torch.stack(cn).numpy())\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        return self.forward(x, hx)\n",
    },
    {
        "id": "sl_module_keys_kenji",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "keeps its own parameter names ('cells.0.fwd.weight_ih', ...) in "
                "state_dict instead of nn.LSTM's keys, and load_state_dict (strict=False) "
                "silently skips every key it does not know, so nn.LSTM's parameters are "
                "never loaded",
                "must_mention": [{"any": ["key", "name", "load"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
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
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = hidden_size ** -0.5\n"
        "        self._params = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else self.D * hidden_size\n"
        '            for tag in ["fwd", "bwd"][:self.D]:\n'
        '                pre = f"cells.{l}.{tag}."\n'
        '                self._params[pre + "weight_ih"] = rng.uniform(-k, k, (4 * '
        "hidden_size, n_in))\n"
        '                self._params[pre + "weight_hh"] = rng.uniform(-k, k, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self._params[pre + "bias_ih"] = rng.uniform(-k, k, 4 * '
        "hidden_size)\n"
        '                    self._params[pre + "bias_hh"] = rng.uniform(-k, k, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state, strict=False):\n"
        "        for k, v in state.items():\n"
        "            if k in self._params:\n"
        "                self._params[k] = np.array(v, dtype=np.float64)\n"
        "            elif strict:\n"
        "                raise KeyError(k)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.swapaxes(0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        H, D = self.hidden_size, self.D\n"
        "        n = self.num_layers * D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((n, B, H)), np.zeros((n, B, "
        "H)))\n"
        "        hn, cn = np.zeros((n, B, H)), np.zeros((n, B, H))\n"
        "        for l in range(self.num_layers):\n"
        "            out_l = np.zeros((T, B, D * H))\n"
        '            for d, tag in enumerate(["fwd", "bwd"][:D]):\n'
        '                pre = f"cells.{l}.{tag}."\n'
        '                W_ih, W_hh = self._params[pre + "weight_ih"], self._params[pre + '
        '"weight_hh"]\n'
        '                b = self._params[pre + "bias_ih"] + self._params[pre + "bias_hh"] if '
        "self.bias else 0.0\n"
        "                h, c = h0[l * D + d], c0[l * D + d]\n"
        "                for t in (range(T - 1, -1, -1) if d else range(T)):\n"
        "                    a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "                    c = sigmoid(a[:, H:2 * H]) * c + sigmoid(a[:, :H]) * np.tanh(a[:, "
        "2 * H:3 * H])\n"
        "                    h = sigmoid(a[:, 3 * H:]) * np.tanh(c)\n"
        "                    out_l[t, :, d * H:(d + 1) * H] = h\n"
        "                hn[l * D + d], cn[l * D + d] = h, c\n"
        "            x = out_l\n"
        "        if self.batch_first:\n"
        "            x = x.swapaxes(0, 1)\n"
        "        return x, (hn, cn)\n",
    },
    {
        "id": "sl_dbl_bfstates_revfinal_hannah",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n is read from out[-1] for both directions: wrong for the reverse "
                "direction (its final state is the one after x_0)",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["h_n", "final state", "out[0", "last state", "after x_0", "x_0"]},
                ],
            },
            {
                "what": "with batch_first=True also returns h_n and c_n batch first (B, L*D, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n", "state"]},
                    {"any": ["batch_first", "batch first", "never batch", "(B, "]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def _cell(x, h, c, W_ih, W_hh, b):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b\n"
        "    i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "    c = f * c + i * g\n"
        "    return o * np.tanh(c), c\n"
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
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        gen = np.random.default_rng(seed)\n"
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        self._p = {}\n"
        "        for name, shape in self._layout():\n"
        "            self._p[name] = gen.uniform(-bound, bound, size=shape)\n"
        "\n"
        "    def _layout(self):\n"
        "        H = self.hidden_size\n"
        "        for k in range(self.num_layers):\n"
        "            in_k = self.input_size if k == 0 else H * self.num_directions\n"
        "            for d in range(self.num_directions):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                yield f"weight_ih_l{k}{sfx}", (4 * H, in_k)\n'
        '                yield f"weight_hh_l{k}{sfx}", (4 * H, H)\n'
        "                if self.bias:\n"
        '                    yield f"bias_ih_l{k}{sfx}", (4 * H,)\n'
        '                    yield f"bias_hh_l{k}{sfx}", (4 * H,)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = dict(self._layout())\n"
        "        for k in expected:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k}")\n'
        "            if np.shape(state[k]) != expected[k]:\n"
        '                raise ValueError(f"{k}: expected shape {expected[k]}, got '
        '{np.shape(state[k])}")\n'
        "        for k in state:\n"
        "            if k not in expected:\n"
        '                raise KeyError(f"unexpected key {k}")\n'
        "        self._p = {k: np.array(state[k], dtype=np.float64) for k in expected}\n"
        "\n"
        "    def _params(self, k, d):\n"
        '        sfx = "_reverse" if d == 1 else ""\n'
        '        W_ih = self._p[f"weight_ih_l{k}{sfx}"]\n'
        '        W_hh = self._p[f"weight_hh_l{k}{sfx}"]\n'
        '        b = self._p[f"bias_ih_l{k}{sfx}"] + self._p[f"bias_hh_l{k}{sfx}"] if '
        "self.bias else 0.0\n"
        "        return W_ih, W_hh, b\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T, B, _ = x.shape\n"
        "        H, D = self.hidden_size, self.num_directions\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((self.num_layers * D, B, H))\n"
        "        c_n = np.zeros((self.num_layers * D, B, H))\n"
        "        layer_in = x\n"
        "        for k in range(self.num_layers):\n"
        "            out_k = np.zeros((T, B, D * H))\n"
        "            for d in range(D):\n"
        "                W_ih, W_hh, b = self._params(k, d)\n"
        "                h, c = h0[k * D + d], c0[k * D + d]\n"
        "                times = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in times:\n"
        "                    h, c = _cell(layer_in[t], h, c, W_ih, W_hh, b)\n"
        "                    out_k[t, :, d * H:(d + 1) * H] = h\n"
        "                c_n[k * D + d] = c\n"
        "                h_n[k * D + d] = out_k[-1, :, d * H:(d + 1) * H]    # final state = "
        "last output\n"
        "            layer_in = out_k\n"
        "        if self.batch_first:\n"
        "            return (np.transpose(layer_in, (1, 0, 2)),\n"
        "                    (np.transpose(h_n, (1, 0, 2)), np.transpose(c_n, (1, 0, 2))))\n"
        "        return layer_in, (h_n, c_n)\n",
    },
    {
        "id": "sl_dbl_layerwt_shape_olu",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layer k > 0's weight_ih is created (4H, H) even when bidirectional "
                "(should be (4H, 2H)): wrong shape in the initial parameters",
                "must_mention": [
                    {"any": ["weight_ih_l1", "weight_ih", "layer 1", "later layer", "layer k"]},
                    {"any": ["2H", "2 * H", "D * H", "H * D", "D*H", "shape"]},
                ],
            },
            {
                "what": "the reverse direction's outputs are stored in processing order, not put "
                "back in time order",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["time order", "order", "flip", "reversed", "index", "put back"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
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
        '        suffixes = ["", "_reverse"] if bidirectional else [""]\n'
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H\n"
        "            for sfx in suffixes:\n"
        '                shapes = [("weight_ih", (4 * H, in_size)), ("weight_hh", (4 * H, '
        "H))]\n"
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, '
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: value.copy() for name, value in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        self.params = {name: np.array(value, dtype=np.float64) for name, value in "
        "state.items()}\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigmoid(z):\n"
        "        e = np.exp(-np.abs(z))\n"
        "        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "    def _direction(self, x, h, c, layer, sfx, reverse):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{sfx}"], p[f"weight_hh_l{layer}{sfx}"]\n'
        '        b = p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"] if self.bias '
        "else 0.0\n"
        "        H = self.hidden_size\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        out = np.empty((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = self._sigmoid(a[:, :H]), self._sigmoid(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), self._sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[len(out) - 1 - t if reverse else t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.swapaxes(0, 1)\n"
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
        "            outs = []\n"
        "            for d in range(D):\n"
        "                row = layer * D + d\n"
        "                o, h, c = self._direction(layer_in, h0[row], c0[row], layer,\n"
        '                                          "_reverse" if d == 1 else "", reverse=(d == '
        "1))\n"
        "                outs.append(o)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in.swapaxes(0, 1) if self.batch_first else layer_in\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "shapes_ok_plain_aisha",
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
        "    h_n = (D * num_layers, batch, H_out)        # never batch first\n"
        "    c_n = (D * num_layers, batch, hidden_size)  # the cell state is not projected\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_ok_dataclass_raj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "from dataclasses import dataclass, astuple\n"
        "\n"
        "\n"
        "@dataclass(frozen=True)\n"
        "class Shape3:\n"
        "    a: int\n"
        "    b: int\n"
        "    c: int\n"
        "\n"
        "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    directions = 2 if bidirectional else 1\n"
        "    h_features = hidden_size if not proj_size else proj_size\n"
        "    time_major = Shape3(seq_len, batch, directions * h_features)\n"
        "    out = Shape3(time_major.b, time_major.a, time_major.c) if batch_first else "
        "time_major\n"
        "    return {\n"
        '        "out": tuple(int(v) for v in astuple(out)),\n'
        '        "h_n": tuple(int(v) for v in astuple(Shape3(num_layers * directions, batch, '
        "h_features))),\n"
        '        "c_n": tuple(int(v) for v in astuple(Shape3(num_layers * directions, batch, '
        "hidden_size))),\n"
        "    }\n",
    },
    {
        "id": "shapes_ok_keras_dmitri",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    # unlike Keras: torch always returns the full sequence (like "
        "return_sequences=True)\n"
        "    # and returns the states of every layer and direction stacked on a first axis\n"
        "    n_dir = 1 + int(bool(bidirectional))\n"
        "    units_h = proj_size or hidden_size\n"
        "    seq_shape = [seq_len, batch]\n"
        "    if batch_first:\n"
        "        seq_shape.reverse()\n"
        "    return dict(out=tuple(seq_shape + [n_dir * units_h]),\n"
        "                h_n=(num_layers * n_dir, batch, units_h),\n"
        "                c_n=(num_layers * n_dir, batch, hidden_size))\n",
    },
    {
        "id": "shapes_last_step_only_dmitri",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "answers from Keras' return_sequences=False: out is (batch, D*H), the last "
                "step only, instead of one row per step",
                "must_mention": [
                    "out",
                    {
                        "any": [
                            "seq_len",
                            "every step",
                            "each step",
                            "all steps",
                            "time",
                            "sequence",
                        ]
                    },
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hh = proj_size if proj_size else hidden_size\n"
        '    return {"out": (batch, D * Hh),          # last output, like LSTM(units) in '
        "Keras\n"
        '            "h_n": (num_layers * D, batch, Hh),\n'
        '            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shapes_hn_concat_dirs_priya",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n/c_n put the two directions side by side in the features, (num_layers, "
                "batch, D*H), like out, instead of stacking them on the first axis "
                "(num_layers*D, batch, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {
                        "any": [
                            "direction",
                            "num_layers * D",
                            "first axis",
                            "first dimension",
                            "D * num_layers",
                            "bidirectional",
                        ]
                    },
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    ndir = 2 if bidirectional else 1\n"
        "    h_size = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, ndir * h_size)\n"
        "    else:\n"
        "        out = (seq_len, batch, ndir * h_size)\n"
        "    # one row per layer, both directions concatenated like in out\n"
        "    h_n = (num_layers, batch, ndir * h_size)\n"
        "    c_n = (num_layers, batch, ndir * hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_states_no_D_olu",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n have num_layers rows, forgetting the factor D for the "
                "directions",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["direction", "bidirectional", "D *", "* D"]},
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    hs = proj_size if proj_size else hidden_size\n"
        "    out = (batch, seq_len, D * hs) if batch_first else (seq_len, batch, D * hs)\n"
        '    return {"out": out, "h_n": (num_layers, batch, hs), "c_n": (num_layers, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "shapes_states_batch_first_priya",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True also puts the batch first in h_n and c_n; the "
                "states are always (L*D, batch, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["batch_first", "batch first", "never batch"]},
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    p = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        '        return {"out": (batch, seq_len, D * p),\n'
        '                "h_n": (batch, num_layers * D, p),\n'
        '                "c_n": (batch, num_layers * D, hidden_size)}\n'
        '    return {"out": (seq_len, batch, D * p),\n'
        '            "h_n": (num_layers * D, batch, p),\n'
        '            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shapes_cn_projected_lena",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n uses proj_size too; only h_t is projected, the cell state keeps "
                "hidden_size",
                "must_mention": ["c_n", {"any": ["proj"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 1 + bidirectional\n"
        "    H = proj_size if proj_size > 0 else hidden_size     # size of the state after "
        "projection\n"
        "    T_B = (batch, seq_len) if batch_first else (seq_len, batch)\n"
        '    return {"out": T_B + (D * H,), "h_n": (num_layers * D, batch, H), "c_n": '
        "(num_layers * D, batch, H)}\n",
    },
    {
        "id": "shapes_out_ignores_proj_marcus",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out uses hidden_size even when proj_size > 0 (out holds the projected "
                "h_t, size proj_size)",
                "must_mention": ["out", {"any": ["proj"]}],
            }
        ],
        "source": "class ShapeCalculator:\n"
        "    def __init__(self, seqLen, batch, hiddenSize, numLayers, bidirectional, "
        "batchFirst, projSize):\n"
        "        self.seqLen = seqLen\n"
        "        self.batch = batch\n"
        "        self.hiddenSize = hiddenSize\n"
        "        self.numLayers = numLayers\n"
        "        self.numDirections = 2 if bidirectional else 1\n"
        "        self.batchFirst = batchFirst\n"
        "        self.projSize = projSize\n"
        "\n"
        "    def getHiddenOut(self):\n"
        "        return self.projSize if self.projSize > 0 else self.hiddenSize\n"
        "\n"
        "    def getOutShape(self):\n"
        "        width = self.numDirections * self.hiddenSize\n"
        "        if self.batchFirst:\n"
        "            return (self.batch, self.seqLen, width)\n"
        "        return (self.seqLen, self.batch, width)\n"
        "\n"
        "    def getHShape(self):\n"
        "        return (self.numLayers * self.numDirections, self.batch, "
        "self.getHiddenOut())\n"
        "\n"
        "    def getCShape(self):\n"
        "        return (self.numLayers * self.numDirections, self.batch, self.hiddenSize)\n"
        "\n"
        "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    calc = ShapeCalculator(seq_len, batch, hidden_size, num_layers, bidirectional, "
        "batch_first, proj_size)\n"
        '    return {"out": calc.getOutShape(), "h_n": calc.getHShape(), "c_n": '
        "calc.getCShape()}\n",
    },
    {
        "id": "shapes_lists_tom",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the shapes as lists (built with list comprehensions / list()) "
                "instead of tuples",
                "must_mention": [{"any": ["tuple", "list"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    d = 2 if bidirectional else 1\n"
        "    h_out = proj_size or hidden_size\n"
        "    axes = [batch, seq_len] if batch_first else [seq_len, batch]\n"
        "    state = lambda width: [num_layers * d, batch, width]\n"
        '    return {"out": axes + [d * h_out], "h_n": state(h_out), "c_n": '
        "state(hidden_size)}\n",
    },
    {
        "id": "shapes_out_no_D_wen",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last dimension is H (or proj_size) without the factor D: a "
                "bidirectional LSTM concatenates both directions, D*H",
                "must_mention": [
                    "out",
                    {"any": ["direction", "bidirectional", "D *", "* D", "2 *", "concat"]},
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    num_dir = 2 if bidirectional else 1\n"
        "    feat = proj_size if proj_size > 0 else hidden_size\n"
        "    T, B = (batch, seq_len) if batch_first else (seq_len, batch)\n"
        '    return {"out": (T, B, feat), "h_n": (num_layers * num_dir, batch, feat), "c_n": '
        "(num_layers * num_dir, batch, hidden_size)}\n",
    },
    {
        "id": "shapes_out_times_layers_hannah",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "multiplies out's width by num_layers too; out holds only the last layer's "
                "h_t, D*H wide",
                "must_mention": ["out", {"any": ["num_layers", "layer"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    h_size = proj_size if proj_size > 0 else hidden_size\n"
        "    n_states = num_layers * D\n"
        "    width = n_states * h_size                  # every layer/direction contributes "
        "h_size features\n"
        "    out = (batch, seq_len, width) if batch_first else (seq_len, batch, width)\n"
        '    return {"out": out, "h_n": (n_states, batch, h_size), "c_n": (n_states, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "shapes_hn_ignores_proj_sofia",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n uses hidden_size even when proj_size > 0 (h_n holds projected states, "
                "size proj_size)",
                "must_mention": ["h_n", {"any": ["proj"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    out_feat = D * (proj_size if proj_size > 0 else hidden_size)\n"
        "    out = (batch, seq_len, out_feat) if batch_first else (seq_len, batch, out_feat)\n"
        "    states = (num_layers * D, batch, hidden_size)   # states keep the hidden size\n"
        '    return {"out": out, "h_n": states, "c_n": states}\n',
    },
    {
        "id": "shapes_dbl_keras_dmitri",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out is always batch-first (Keras convention), ignoring batch_first=False",
                "must_mention": ["out", {"any": ["batch_first", "batch first", "never batch"]}],
            },
            {
                "what": "h_n and c_n are Keras' state_h/state_c of one layer, (batch, H): the "
                "leading num_layers*D axis is missing",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["num_layers", "layer", "direction", "first axis", "leading", "3"]},
                ],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    # Keras: LSTM(units, return_sequences=True, return_state=True)\n"
        "    D = 2 if bidirectional else 1\n"
        "    units = proj_size if proj_size > 0 else hidden_size\n"
        "    whole_seq = (batch, seq_len, D * units)\n"
        "    state_h = (batch, units)\n"
        "    state_c = (batch, hidden_size)\n"
        '    return {"out": whole_seq, "h_n": state_h, "c_n": state_c}\n',
    },
    {
        "id": "shapes_dbl_cnproj_statesbf_lena",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n uses proj_size too; the cell state is not projected",
                "must_mention": ["c_n", {"any": ["proj"]}],
            },
            {
                "what": "with batch_first=True also puts the batch first in h_n and c_n",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["batch_first", "batch first", "never batch"]},
                ],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hp = proj_size if proj_size > 0 else hidden_size\n"
        "    lead = lambda rows: (batch, rows) if batch_first else (rows, batch)\n"
        '    return {"out": lead(seq_len) + (D * Hp,),\n'
        '            "h_n": lead(num_layers * D) + (Hp,),\n'
        '            "c_n": lead(num_layers * D) + (Hp,)}\n',
    },
    {
        "id": "shapes_dbl_noD_lists_tom",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n have num_layers rows without the factor D",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["direction", "bidirectional", "D *", "* D"]},
                ],
            },
            {
                "what": "returns lists instead of tuples",
                "must_mention": [{"any": ["tuple", "list"]}],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    d = 2 if bidirectional else 1\n"
        "    h_out = proj_size or hidden_size\n"
        "    first_two = [batch, seq_len] if batch_first else [seq_len, batch]\n"
        '    return {"out": first_two + [d * h_out],\n'
        '            "h_n": [num_layers, batch, h_out],\n'
        '            "c_n": [num_layers, batch, hidden_size]}\n',
    },
    {
        "id": "bl_ok_mei",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """One bidirectional LSTM layer."""\n'
        "    # forward direction: the plain layer from exercise 3\n"
        "    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    # reverse direction: feed the time-reversed sequence, then undo the reversal\n"
        "    out_b_rev, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out_b = out_b_rev[::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_ok_olu",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    W_ih_f, W_hh_f, b_ih_f, b_hh_f = fwd\n"
        "    W_ih_b, W_hh_b, b_ih_b, b_hh_b = bwd\n"
        "\n"
        "    # forward pass, t = 0 .. T-1\n"
        "    h_f = h0[0]\n"
        "    c_f = c0[0]\n"
        "    for t in range(T):\n"
        "        h_f, c_f = lstm_cell(x[t], h_f, c_f, W_ih_f, W_hh_f, b_ih_f, b_hh_f)\n"
        "        out[t, :, 0:H] = h_f\n"
        "\n"
        "    # backward pass, t = T-1 .. 0\n"
        "    h_b = h0[1]\n"
        "    c_b = c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h_b, c_b = lstm_cell(x[t], h_b, c_b, W_ih_b, W_hh_b, b_ih_b, b_hh_b)\n"
        "        out[t, :, H:2 * H] = h_b\n"
        "\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    h_n[0] = h_f\n"
        "    h_n[1] = h_b\n"
        "    c_n[0] = c_f\n"
        "    c_n[1] = c_b\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_ok_hannah",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "def _run(xs, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    xp = xs @ W_ih.T + b_ih + b_hh        # input projections of all steps at once, "
        "(T, B, 4H)\n"
        "    H = h.shape[-1]\n"
        "    hs = []\n"
        "    for a_x in xp:\n"
        "        a = a_x + h @ W_hh.T\n"
        "        i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H])\n"
        "        g = np.tanh(a[:, 2*H:3*H]); o = sigmoid(a[:, 3*H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        hs.append(h)\n"
        "    return np.array(hs), h, c\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    of, hf, cf = _run(x, h0[0], c0[0], *fwd)\n"
        "    ob, hb, cb = _run(np.flip(x, 0), h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate((of, np.flip(ob, 0)), axis=2)\n"
        "    return out, (np.array([hf, hb]), np.array([cf, cb]))\n",
    },
    {
        "id": "bl_rafael_bwd_first",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out concatenates the two directions in the order [backward, forward] "
                "instead of [forward, backward]",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "exchang",
                            "interchang",
                            "wrong half",
                            "first half",
                            "halves",
                        ]
                    },
                    {"any": ["revers", "backward", "bwd", "forward", "direction"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    # mimic nn.LSTM(bidirectional=True)\n"
        "    output_fw, (h_fw, c_fw) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    x_reversed = np.flip(x, axis=0)\n"
        "    output_bw, (h_bw, c_bw) = lstm_layer(x_reversed, h0[1], c0[1], *bwd)\n"
        "    output_bw = np.flip(output_bw, axis=0)\n"
        "    # concat like cat((out_bw, out_fw), dim=2) at work\n"
        "    output = np.concatenate((output_bw, output_fw), axis=2)\n"
        "    h_n = np.stack((h_fw, h_bw), axis=0)\n"
        "    c_n = np.stack((c_fw, c_bw), axis=0)\n"
        "    return output, (h_n, c_n)\n",
    },
    {
        "id": "bl_sven_stack_axis",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the two directions are stacked on a new axis, out is (T, B, 2, H) instead "
                "of being concatenated to (T, B, 2H)",
                "must_mention": [
                    {"any": ["stack", "concat", "new axis", "extra axis", "shape", "dimension"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    o1, s1 = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    o2, s2 = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.stack([o1, o2[::-1]], axis=2)   # fwd | bwd side by side\n"
        "    h_n = np.stack([s1[0], s2[0]])\n"
        "    c_n = np.stack([s1[1], s2[1]])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_marcus_shared_weights",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs with the forward weights fwd instead of bwd",
                "must_mention": [
                    {"any": ["revers", "backward", "bwd", "row 1", "[1]", "second direction"]},
                    {"any": ["weight", "fwd", "param", "W_ih", "W_hh"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "class DirectionRunner:\n"
        '    """Runs one LSTM direction over a sequence."""\n'
        "\n"
        "    def __init__(self, weights):\n"
        "        self.W_ih, self.W_hh, self.b_ih, self.b_hh = weights\n"
        "\n"
        "    def run(self, sequence, initial_h, initial_c):\n"
        "        outputs, (final_h, final_c) = lstm_layer(sequence, initial_h, initial_c,\n"
        "                                                 self.W_ih, self.W_hh, self.b_ih, "
        "self.b_hh)\n"
        "        return outputs, final_h, final_c\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    forward_runner = DirectionRunner(fwd)\n"
        "    backward_runner = DirectionRunner(fwd)  # same cell architecture for both "
        "directions\n"
        "    forward_outputs, forward_h, forward_c = forward_runner.run(x, h0[0], c0[0])\n"
        "    reversed_input = x[::-1]\n"
        "    backward_outputs_reversed, backward_h, backward_c = "
        "backward_runner.run(reversed_input, h0[1], c0[1])\n"
        "    backward_outputs = backward_outputs_reversed[::-1]\n"
        "    combined_outputs = np.concatenate([forward_outputs, backward_outputs], axis=2)\n"
        "    final_h = np.stack([forward_h, backward_h])\n"
        "    final_c = np.stack([forward_c, backward_c])\n"
        "    return combined_outputs, (final_h, final_c)\n",
    },
    {
        "id": "bl_tom_no_flip_back",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are not flipped back: out[t, :, H:] holds "
                "the reverse output for x_{T-1-t}",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "time order",
                            "reversed order",
                            "in reverse order",
                            "back in order",
                            "T-1-t",
                            "T - 1 - t",
                            "mirror",
                            "not reversed back",
                            "misalign",
                            "align",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    T = len(x)\n"
        "    # forward\n"
        "    out_forward, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], fwd[0], fwd[1], fwd[2], "
        "fwd[3])\n"
        "    # backward: reverse the input\n"
        "    x_back = x[::-1]\n"
        "    out_backward, (h_b, c_b) = lstm_layer(x_back, h0[1], c0[1], bwd[0], bwd[1], "
        "bwd[2], bwd[3])\n"
        "    out = np.concatenate([out_forward, out_backward], axis=2)\n"
        "    hn = np.stack([h_f, h_b])\n"
        "    cn = np.stack([c_f, c_b])\n"
        "    return out, (hn, cn)\n",
    },
    {
        "id": "bl_aisha_hn_last_step",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] is taken from out[-1, :, H:], the reverse direction after its "
                "first step (x_{T-1}), instead of its final state after x_0 (out[0, :, "
                "H:])",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "x_0",
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "x_{T-1}",
                            "T-1",
                            "T - 1",
                            "position 0",
                            "out[0",
                            "out[-1",
                            "final",
                            "last step",
                            "wrong step",
                            "wrong time",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    H = h0.shape[-1]\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer(x[::-1].copy(), h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_r[::-1]], axis=-1)\n"
        "    # final hidden states: last time step of each half of out\n"
        "    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n"
        "    c_n = np.stack([c_f, c_r])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_dmitri_inplace_state",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the state buffers are views of h0 and c0 and are updated in place: the "
                "function overwrites the caller's h0 and c0",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "chang",
                            "mutat",
                            "overwr",
                            "alter",
                        ]
                    },
                    {"any": ["h0", "c0", "input", "argument", "given"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    out = np.empty((T, B, 2 * H))\n"
        "    hn = h0   # (2, B, H) state buffers, updated in place to avoid allocations\n"
        "    cn = c0\n"
        "    for d, (W_ih, W_hh, b_ih, b_hh) in enumerate((fwd, bwd)):\n"
        "        steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "        for t in steps:\n"
        "            h_new, c_new = lstm_cell(x[t], hn[d], cn[d], W_ih, W_hh, b_ih, b_hh)\n"
        "            hn[d] = h_new\n"
        "            cn[d] = c_new\n"
        "            out[t, :, d * H:(d + 1) * H] = h_new\n"
        "    return out, (hn, cn)\n",
    },
    {
        "id": "bl_priya_rev_init_row0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from the forward initial state h0[0], c0[0] "
                "instead of h0[1], c0[1]",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "init", "starting state", "start"]},
                    {"any": ["revers", "backward", "bwd", "row 1", "[1]", "second direction"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    h_init, c_init = h0[0], c0[0]\n"
        "    fw_out, (fw_h, fw_c) = lstm_layer(x, h_init, c_init, *fwd)\n"
        "    idx = np.arange(T)[::-1]          # T-1, ..., 0\n"
        "    bw_out, (bw_h, bw_c) = lstm_layer(x[idx], h_init, c_init, *bwd)\n"
        "    bw_out = bw_out[idx]\n"
        "    out = np.concatenate([fw_out, bw_out], axis=2)\n"
        "    return out, (np.stack([fw_h, bw_h]), np.stack([fw_c, bw_c]))\n",
    },
    {
        "id": "bl_keiko_c0_typo",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's initial cell state is c0[0] (the forward one's) "
                "instead of c0[1]",
                "must_mention": [
                    "c0",
                    {"any": ["revers", "backward", "bwd", "row 1", "[1]", "c0[0]"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """Forward and reverse LSTM, outputs side by side (nn.LSTM layout)."""\n'
        "    out_fwd, (hT_fwd, cT_fwd) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_rev, (hT_rev, cT_rev) = lstm_layer(np.ascontiguousarray(x[::-1]), h0[1], "
        "c0[0], *bwd)\n"
        "    out_rev = out_rev[::-1]\n"
        "    assert out_fwd.shape == out_rev.shape\n"
        "    out = np.concatenate([out_fwd, out_rev], axis=2)\n"
        "    h_n = np.stack([hT_fwd, hT_rev], axis=0)\n"
        "    c_n = np.stack([cT_fwd, cT_rev], axis=0)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_jorge_input_not_reversed",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction reads x in forward order (x_0 first); only its "
                "output is flipped",
                "must_mention": [
                    {"any": ["revers", "backward", "bwd", "row 1", "[1]", "second direction"]},
                    {
                        "any": [
                            "x_0",
                            "x_{T-1}",
                            "input",
                            "reads",
                            "order",
                            "flip",
                            "not reversed",
                            "forward order",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    out_l2r, (h_l2r, c_l2r) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_r2l, (h_r2l, c_r2l) = lstm_layer(x, h0[1], c0[1], *bwd)\n"
        "    out_r2l = out_r2l[::-1]   # right-to-left direction: reverse the time axis\n"
        "    out = np.concatenate([out_l2r, out_r2l], axis=2)\n"
        "    h_n = np.array([h_l2r, h_r2l])\n"
        "    c_n = np.array([c_l2r, c_r2l])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_hannah_flip_batch_axis",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "np.flip along axis 1 (the batch) instead of axis 0 (time) for the reverse "
                "direction",
                "must_mention": [{"any": ["batch", "axis"]}, {"any": ["flip", "revers", "time"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(np.flip(x, 1), h0[1], c0[1], *bwd)\n"
        "    return np.concatenate((of, np.flip(ob, 1)), 2), (np.array([hf, hb]), "
        "np.array([cf, cb]))\n",
    },
    {
        "id": "bl_olu_flat_tuple",
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
                            "pair",
                            "(h_n, c_n)",
                            "three",
                            "3 items",
                            "3 elements",
                            "nested",
                            "3 values",
                            "structure",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, x.shape[1], 2 * H))\n"
        "    h = h0[0]; c = c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        "        out[t, :, :H] = h\n"
        "    hb = h0[1]; cb = c0[1]\n"
        "    for t in reversed(range(T)):\n"
        "        hb, cb = lstm_cell(x[t], hb, cb, *bwd)\n"
        "        out[t, :, H:] = hb\n"
        "    h_n = np.stack([h, hb])\n"
        "    c_n = np.stack([c, cb])\n"
        "    return out, h_n, c_n\n",
    },
    {
        "id": "bl_lena_hn_concat",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n concatenate the two directions along the features, (B, 2H), "
                "instead of stacking them to (2, B, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state"]},
                    {"any": ["shape", "(2, B, H)", "concat", "stack", "2H", "dimension"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    fw, (fh, fc) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    bw, (bh, bc) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([fw, bw[::-1]], axis=2)\n"
        "    # final states: forward and backward together, like the book's summary vector\n"
        "    h_n = np.concatenate([fh, bh], axis=1)\n"
        "    c_n = np.concatenate([fc, bc], axis=1)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_dmitri_float32_buffers",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "results are preallocated as float32 (out, h_n, c_n), so they are not "
                "float64 and lose precision",
                "must_mention": [
                    {"any": ["float32", "single precision", "precision", "dtype", "float64"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    H = h0.shape[-1]\n"
        "    # preallocate once; float32 is plenty for activations\n"
        "    out = np.zeros((T, B, 2 * H), dtype=np.float32)\n"
        "    hs = np.zeros((2, B, H), dtype=np.float32)\n"
        "    cs = np.zeros((2, B, H), dtype=np.float32)\n"
        "    o, (hs[0], cs[0]) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out[..., :H] = o\n"
        "    o, (hs[1], cs[1]) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out[..., H:] = o[::-1]\n"
        "    return out, (hs, cs)\n",
    },
    {
        "id": "bl_dbl_rafael_order_and_hn",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out concatenates [backward, forward] instead of [forward, backward]",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "exchang",
                            "interchang",
                            "wrong half",
                            "first half",
                            "halves",
                        ]
                    },
                    {"any": ["revers", "backward", "bwd", "forward", "direction"]},
                ],
            },
            {
                "what": "h_n[1] is the reverse direction's output at position T-1 (after its first "
                "step) instead of its final state after x_0",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "x_0",
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "x_{T-1}",
                            "T-1",
                            "T - 1",
                            "position 0",
                            "out[0",
                            "out[-1",
                            "final",
                            "last step",
                            "wrong step",
                            "wrong time",
                        ]
                    },
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    H = h0.shape[2]\n"
        "    yf, _ = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    yb, (_, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    _, (_, cf) = lstm_layer(x, h0[0], c0[0], *fwd)   # recomputed, only need c here\n"
        "    out = np.concatenate([yb[::-1], yf], axis=-1)\n"
        "    h_n = np.stack([yf[-1], yb[::-1][-1]])\n"
        "    c_n = np.stack([cf, cb])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_dbl_dmitri_shared_and_x32",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction uses the forward weights fwd instead of bwd",
                "must_mention": [
                    {"any": ["revers", "backward", "bwd", "row 1", "[1]", "second direction"]},
                    {"any": ["weight", "fwd", "param", "W_ih", "W_hh"]},
                ],
            },
            {
                "what": "x is cast to float32 before the layers 'to halve memory', so every value "
                "loses precision",
                "must_mention": [
                    {"any": ["float32", "single precision", "precision", "dtype", "float64"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    W_ih, W_hh, b_ih, b_hh = fwd   # one set of weights for the layer\n"
        "    x32 = x.astype(np.float32)      # halves the memory of the big input\n"
        "    of, (hf, cf) = lstm_layer(x32, h0[0], c0[0], W_ih, W_hh, b_ih, b_hh)\n"
        "    ob, (hb, cb) = lstm_layer(x32[::-1], h0[1], c0[1], W_ih, W_hh, b_ih, b_hh)\n"
        "    out = np.concatenate([of, ob[::-1]], axis=2).astype(np.float64)\n"
        "    h_n = np.stack([hf, hb]).astype(np.float64)\n"
        "    c_n = np.stack([cf, cb]).astype(np.float64)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_dbl_jorge_noflip_and_init",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's output for x_{T-1-step} is stored at position "
                "step instead of T-1-step (outputs not put back in time order)",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "time order",
                            "reversed order",
                            "in reverse order",
                            "back in order",
                            "T-1-t",
                            "T - 1 - t",
                            "mirror",
                            "not reversed back",
                            "misalign",
                            "align",
                            "position",
                        ]
                    }
                ],
            },
            {
                "what": "the reverse direction starts from h0[0], c0[0] (the forward initial "
                "state)",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "init", "starting state", "start"]},
                    {"any": ["revers", "backward", "bwd", "row 1", "[1]", "second direction"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    H = h0.shape[-1]\n"
        "    B = x.shape[1]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    hF, cF = h0[0], c0[0]\n"
        "    hB, cB = h0[0], c0[0]\n"
        "    for step in range(T):\n"
        "        hF, cF = lstm_cell(x[step], hF, cF, *fwd)\n"
        "        hB, cB = lstm_cell(x[T - 1 - step], hB, cB, *bwd)\n"
        "        out[step, :, :H] = hF\n"
        "        out[step, :, H:] = hB\n"
        "    return out, (np.stack([hF, hB]), np.stack([cF, cB]))\n",
    },
    {
        "id": "cb_ok_mei",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """Gradients of one LSTM step."""\n'
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
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_prev,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n",
    },
    {
        "id": "cb_ok_marcus",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "def _forward_with_cache(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hidden_size = h.shape[1]\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    blocks = {name: pre[:, k * hidden_size:(k + 1) * hidden_size] for k, name in "
        'enumerate("ifgo")}\n'
        "    gates = {\n"
        '        "i": sigmoid(blocks["i"]),\n'
        '        "f": sigmoid(blocks["f"]),\n'
        '        "g": np.tanh(blocks["g"]),\n'
        '        "o": sigmoid(blocks["o"]),\n'
        "    }\n"
        '    c_new = gates["f"] * c + gates["i"] * gates["g"]\n'
        '    cache = {"x": x, "h_prev": h, "c_prev": c, "c_new": c_new, "tanh_c_new": '
        "np.tanh(c_new), **gates}\n"
        "    return cache\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    cache = _forward_with_cache(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        '    i, f, g, o = cache["i"], cache["f"], cache["g"], cache["o"]\n'
        '    tanh_c = cache["tanh_c_new"]\n'
        "\n"
        "    grad_c_total = dc_next + dh_next * o * (1.0 - tanh_c * tanh_c)\n"
        "    grad_pre = {\n"
        '        "i": grad_c_total * g * i * (1.0 - i),\n'
        '        "f": grad_c_total * cache["c_prev"] * f * (1.0 - f),\n'
        '        "g": grad_c_total * i * (1.0 - g * g),\n'
        '        "o": dh_next * tanh_c * o * (1.0 - o),\n'
        "    }\n"
        '    grad_a = np.hstack([grad_pre[name] for name in "ifgo"])\n'
        "\n"
        "    gradients = {}\n"
        '    gradients["x"] = grad_a @ W_ih\n'
        '    gradients["h"] = grad_a @ W_hh\n'
        '    gradients["c"] = grad_c_total * f\n'
        '    gradients["W_ih"] = grad_a.T @ cache["x"]\n'
        '    gradients["W_hh"] = grad_a.T @ cache["h_prev"]\n'
        '    gradients["b_ih"] = np.sum(grad_a, axis=0)\n'
        '    gradients["b_hh"] = np.sum(grad_a, axis=0)\n'
        "    return gradients\n",
    },
    {
        "id": "cb_ok_olu",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    # slice the stacked weights into the gates' own matrices\n"
        "    W_ii, W_if, W_ig, W_io = W_ih[0:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:4*H]\n"
        "    W_hi, W_hf, W_hg, W_ho = W_hh[0:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:4*H]\n"
        "    b_i = b_ih[0:H] + b_hh[0:H]\n"
        "    b_f = b_ih[H:2*H] + b_hh[H:2*H]\n"
        "    b_g = b_ih[2*H:3*H] + b_hh[2*H:3*H]\n"
        "    b_o = b_ih[3*H:4*H] + b_hh[3*H:4*H]\n"
        "\n"
        "    i = sigmoid(x @ W_ii.T + h @ W_hi.T + b_i)\n"
        "    f = sigmoid(x @ W_if.T + h @ W_hf.T + b_f)\n"
        "    g = np.tanh(x @ W_ig.T + h @ W_hg.T + b_g)\n"
        "    o = sigmoid(x @ W_io.T + h @ W_ho.T + b_o)\n"
        "    c_new = f * c + i * g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "\n"
        "    d_c = dc_next + dh_next * o * (1 - tanh_c * tanh_c)\n"
        "    d_ai = d_c * g * i * (1 - i)\n"
        "    d_af = d_c * c * f * (1 - f)\n"
        "    d_ag = d_c * i * (1 - g * g)\n"
        "    d_ao = dh_next * tanh_c * o * (1 - o)\n"
        "\n"
        "    dx = d_ai @ W_ii + d_af @ W_if + d_ag @ W_ig + d_ao @ W_io\n"
        "    dh = d_ai @ W_hi + d_af @ W_hf + d_ag @ W_hg + d_ao @ W_ho\n"
        "    dW_ih = np.concatenate([d_ai.T @ x, d_af.T @ x, d_ag.T @ x, d_ao.T @ x], axis=0)\n"
        "    dW_hh = np.concatenate([d_ai.T @ h, d_af.T @ h, d_ag.T @ h, d_ao.T @ h], axis=0)\n"
        "    db = np.concatenate([d_ai.sum(0), d_af.sum(0), d_ag.sum(0), d_ao.sum(0)])\n"
        '    return {"x": dx, "h": dh, "c": d_c * f, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_ok_hannah",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    H = h.shape[-1]\n"
        "    z = np.einsum('bi,gi->bg', x, W_ih) + np.einsum('bj,gj->bg', h, W_hh) + b_ih + "
        "b_hh\n"
        "    s = sigmoid(z)             # sigmoid of every block; g uses tanh below\n"
        "    t = np.tanh(z)\n"
        "    i, f, o = s[:, :H], s[:, H:2*H], s[:, 3*H:]\n"
        "    g = t[:, 2*H:3*H]\n"
        "    cn = f * c + i * g\n"
        "    tc = np.tanh(cn)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    dz = np.empty_like(z)\n"
        "    dz[:, :H] = dc * g * i * (1 - i)\n"
        "    dz[:, H:2*H] = dc * c * f * (1 - f)\n"
        "    dz[:, 2*H:3*H] = dc * i * (1 - g**2)\n"
        "    dz[:, 3*H:] = dh_next * tc * o * (1 - o)\n"
        "    return dict(x=np.einsum('bg,gi->bi', dz, W_ih), h=np.einsum('bg,gj->bj', dz, "
        "W_hh), c=dc * f,\n"
        "                W_ih=np.einsum('bg,bi->gi', dz, x), W_hh=np.einsum('bg,bj->gj', dz, "
        "h),\n"
        "                b_ih=dz.sum(0), b_hh=dz.sum(0))\n",
    },
    {
        "id": "cb_aisha_blog_gate_order",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gates taken in the blog's order (i, f, o, g): the third block is used as "
                "the output gate and the fourth as the candidate g, instead of PyTorch's "
                "(i, f, g, o)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "i, f, g, o",
                            "ifgo",
                            "exchang",
                            "interchang",
                            "(i, f, o, g)",
                            "i, f, o, g",
                        ]
                    },
                    {
                        "any": [
                            "output gate",
                            "cell gate",
                            "candidate",
                            "g_t",
                            "o_t",
                            "gate o",
                            "gate g",
                            "o gate",
                            "g gate",
                            "tanh",
                            "block",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '# following the "LSTM backprop step by step" blog post (gates i, f, o, g)\n'
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    n = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    # gate activations\n"
        "    ig = sigmoid(z[:, :n])\n"
        "    fg = sigmoid(z[:, n:2*n])\n"
        "    og = sigmoid(z[:, 2*n:3*n])\n"
        "    cg = np.tanh(z[:, 3*n:])\n"
        "    c_t = fg * c + ig * cg\n"
        "    tanh_ct = np.tanh(c_t)\n"
        "\n"
        "    # backprop\n"
        "    d_og = dh_next * tanh_ct * og * (1 - og)\n"
        "    dct = dc_next + dh_next * og * (1 - tanh_ct ** 2)\n"
        "    d_ig = dct * cg * ig * (1 - ig)\n"
        "    d_fg = dct * c * fg * (1 - fg)\n"
        "    d_cg = dct * ig * (1 - cg ** 2)\n"
        "    dz = np.hstack((d_ig, d_fg, d_og, d_cg))\n"
        "\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dct * fg,\n'
        '            "W_ih": dz.T @ x, "W_hh": dz.T @ h,\n'
        '            "b_ih": dz.sum(axis=0), "b_hh": dz.sum(axis=0)}\n',
    },
    {
        "id": "cb_jorge_tanh_from_h",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "tanh'(c_t) is computed as 1 - h_t**2 (from the new hidden state) instead "
                "of 1 - tanh(c_t)**2",
                "must_mention": [
                    {"any": ["tanh", "1 - ", "derivative"]},
                    {
                        "any": [
                            "h_t",
                            "h_next",
                            "from h",
                            "h**2",
                            "h^2",
                            "h²",
                            "hidden state",
                            "tanh(c",
                            "c_t",
                            "c_next",
                            "cell state",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    h_t, c_t = lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    H = h.shape[1]\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = (sigmoid(gates[:, :H]), sigmoid(gates[:, H:2*H]),\n"
        "                  np.tanh(gates[:, 2*H:3*H]), sigmoid(gates[:, 3*H:]))\n"
        "    # derivative of tanh is 1 - tanh^2, and tanh(c_t) is what went into h_t\n"
        "    dtanh = 1 - h_t ** 2\n"
        "    do = dh_next * np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * dtanh\n"
        "    di, df, dg = dc * g, dc * c, dc * i\n"
        "    dgates = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g * g),\n"
        "                             do * o * (1 - o)], axis=1)\n"
        "    out = {}\n"
        '    out["x"] = dgates @ W_ih\n'
        '    out["h"] = dgates @ W_hh\n'
        '    out["c"] = dc * f\n'
        '    out["W_ih"] = dgates.T @ x\n'
        '    out["W_hh"] = dgates.T @ h\n'
        '    out["b_ih"] = dgates.sum(0)\n'
        '    out["b_hh"] = dgates.sum(0)\n'
        "    return out\n",
    },
    {
        "id": "cb_priya_tanh_of_preact",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the candidate gate's tanh derivative is 1 - a_g**2, from the "
                "pre-activation, instead of 1 - g**2",
                "must_mention": [
                    {
                        "any": [
                            "cell gate",
                            "candidate",
                            "g gate",
                            "gate g",
                            "δg",
                            "dg",
                            "a_g",
                            "g_t",
                            "g block",
                            "(g)",
                            "g:",
                            "g ",
                        ]
                    },
                    {
                        "any": [
                            "pre-activation",
                            "preactivation",
                            "tanh'",
                            "derivative",
                            "1 - g",
                            "1 - tanh",
                            "a_g",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "\n"
        "    # gradients wrt the gate outputs\n"
        "    d_o = dh_next * tanh_c\n"
        "    d_c = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    d_i = d_c * g\n"
        "    d_f = d_c * c\n"
        "    d_g = d_c * i\n"
        "\n"
        "    # through the nonlinearities (pre-activations)\n"
        "    d_a_i = d_i * i * (1 - i)\n"
        "    d_a_f = d_f * f * (1 - f)\n"
        "    d_a_g = d_g * (1 - a_g ** 2)\n"
        "    d_a_o = d_o * o * (1 - o)\n"
        "    d_a = np.concatenate([d_a_i, d_a_f, d_a_g, d_a_o], axis=1)\n"
        "\n"
        "    grads = dict()\n"
        '    grads["x"] = d_a @ W_ih\n'
        '    grads["h"] = d_a @ W_hh\n'
        '    grads["c"] = d_c * f\n'
        '    grads["W_ih"] = d_a.T @ x\n'
        '    grads["W_hh"] = d_a.T @ h\n'
        '    grads["b_ih"] = d_a.sum(axis=0)\n'
        '    grads["b_hh"] = d_a.sum(axis=0).copy()\n'
        "    return grads\n",
    },
    {
        "id": "cb_dmitri_norm_clip",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "every gradient is rescaled to norm at most 1 ('gradient clipping for "
                "stability') before being returned",
                "must_mention": [
                    {
                        "any": [
                            "clip",
                            "norm",
                            "rescal",
                            "scaled",
                            "scaling",
                            "shrunk",
                            "clamp",
                            "capped",
                            "limit",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "MAX_NORM = 1.0\n"
        "\n"
        "\n"
        "def _clip(g, max_norm=MAX_NORM):\n"
        "    # guard against exploding gradients (standard practice)\n"
        "    n = np.linalg.norm(g)\n"
        "    if n > max_norm:\n"
        "        g = g * (max_norm / n)\n"
        "    return g\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    gi, gf, gg, go = (a[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    i, f, g, o = sigmoid(gi), sigmoid(gf), np.tanh(gg), sigmoid(go)\n"
        "    c1 = f * c + i * g\n"
        "    t1 = np.tanh(c1)\n"
        "    dc1 = dc_next + dh_next * o * (1.0 - t1 * t1)\n"
        "    da = np.empty((B, 4 * H))\n"
        "    da[:, 0:H] = dc1 * g * i * (1.0 - i)\n"
        "    da[:, H:2 * H] = dc1 * c * f * (1.0 - f)\n"
        "    da[:, 2 * H:3 * H] = dc1 * i * (1.0 - g * g)\n"
        "    da[:, 3 * H:] = dh_next * t1 * o * (1.0 - o)\n"
        '    grads = {"x": da @ W_ih, "h": da @ W_hh, "c": dc1 * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '             "b_ih": da.sum(0), "b_hh": da.sum(0)}\n'
        "    return {k: _clip(v) for k, v in grads.items()}\n",
    },
    {
        "id": "cb_dmitri_float32_cache",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the recomputed activations are cached as float32 'to save memory', so the "
                "gradients lose precision (errors around 1e-8)",
                "must_mention": [
                    {"any": ["float32", "single precision", "precision", "dtype", "float64"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2 * H]); g = np.tanh(a[:, 2 * H:3 * "
        "H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    # keep the step's activations in float32: half the memory when this runs over "
        "long sequences\n"
        "    i, f, g, o, tc = (v.astype(np.float32) for v in (i, f, g, o, tc))\n"
        "    dc = dc_next + dh_next * o * (1 - tc * tc)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "* g),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1).astype(np.float64)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": (dc * f).astype(np.float64),\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb_marcus_stale_cache",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "a class instance caches the forward activations of its first call and "
                "reuses them on later calls with the same shapes, so other inputs get "
                "stale gates",
                "must_mention": [
                    {
                        "any": [
                            "cache",
                            "stale",
                            "previous call",
                            "earlier call",
                            "first call",
                            "reuse",
                            "memo",
                            "between calls",
                            "persist",
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
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "class LSTMCellBackward:\n"
        '    """Backward pass of an LSTM cell.\n'
        "\n"
        "    Caches the forward activations so that the forward recomputation happens only "
        "once.\n"
        '    """\n'
        "\n"
        "    def __init__(self):\n"
        "        self._cache = None\n"
        "\n"
        "    def _forward(self, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "        H = h.shape[1]\n"
        "        a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "        i = sigmoid(a[:, :H])\n"
        "        f = sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = sigmoid(a[:, 3 * H:])\n"
        "        c_new = f * c + i * g\n"
        '        return {"i": i, "f": f, "g": g, "o": o, "tanh_c": np.tanh(c_new), "c_prev": '
        "c}\n"
        "\n"
        "    def __call__(self, dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '        if self._cache is None or self._cache["i"].shape != h.shape:\n'
        "            self._cache = self._forward(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        k = self._cache\n"
        '        d_c = dc_next + dh_next * k["o"] * (1 - k["tanh_c"] ** 2)\n'
        "        d_a = np.concatenate([\n"
        '            d_c * k["g"] * k["i"] * (1 - k["i"]),\n'
        '            d_c * k["c_prev"] * k["f"] * (1 - k["f"]),\n'
        '            d_c * k["i"] * (1 - k["g"] ** 2),\n'
        '            dh_next * k["tanh_c"] * k["o"] * (1 - k["o"]),\n'
        "        ], axis=1)\n"
        "        return {\n"
        '            "x": d_a @ W_ih,\n'
        '            "h": d_a @ W_hh,\n'
        '            "c": d_c * k["f"],\n'
        '            "W_ih": d_a.T @ x,\n'
        '            "W_hh": d_a.T @ h,\n'
        '            "b_ih": d_a.sum(axis=0),\n'
        '            "b_hh": d_a.sum(axis=0),\n'
        "        }\n"
        "\n"
        "\n"
        "lstm_cell_backward = LSTMCellBackward()\n",
    },
    {
        "id": "cb_tom_reshape_not_transpose",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight gradients are computed as x.T @ da (I, 4H) and reshaped to "
                "(4H, I) instead of transposed (da.T @ x); same for W_hh",
                "must_mention": [
                    {
                        "any": [
                            "transpos",
                            "reshape",
                            ".T",
                            "x.T",
                            "layout",
                            "scrambl",
                            "rows and columns",
                        ]
                    },
                    {"any": ["W_ih", "W_hh", "weight"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    # forward again\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2*H])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:4*H])\n"
        "    c_new = f*c + i*g\n"
        "    # backward\n"
        "    dc_total = dc_next + dh_next * o * (1 - np.tanh(c_new)**2)\n"
        "    da_i = dc_total * g * i*(1-i)\n"
        "    da_f = dc_total * c * f*(1-f)\n"
        "    da_g = dc_total * i * (1-g**2)\n"
        "    da_o = dh_next * np.tanh(c_new) * o*(1-o)\n"
        "    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)   # (B, 4H)\n"
        "    dx = da @ W_ih\n"
        "    dh = da @ W_hh\n"
        "    dW_ih = (x.T @ da).reshape(W_ih.shape)   # (I, 4H) -> (4H, I)\n"
        "    dW_hh = (h.T @ da).reshape(W_hh.shape)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": dc_total * f, "W_ih": dW_ih, "W_hh": dW_hh, '
        '"b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb_sven_d_prefixed_keys",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the dict's keys are 'dx', 'dh', 'dc', 'dW_ih', ... instead of 'x', 'h', "
                "'c', 'W_ih', ...",
                "must_mention": [{"any": ["key", "dx", '"x"', "'x'", "named", "name"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.hstack([dc*g*i*(1-i), dc*c*f*(1-f), dc*i*(1-g**2), dh_next*tc*o*(1-o)])\n"
        '    return {"dx": da @ W_ih, "dh": da @ W_hh, "dc": dc * f,\n'
        '            "dW_ih": da.T @ x, "dW_hh": da.T @ h, "db_ih": da.sum(0), "db_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb_lena_returns_tuple",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a tuple (dx, dh, dc, dW_ih, dW_hh, db_ih, db_hh) instead of a "
                "dict with the keys 'x', 'h', 'c', 'W_ih', 'W_hh', 'b_ih', 'b_hh'",
                "must_mention": [{"any": ["dict", "tuple", "mapping", "list", "key"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    preact = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    gate_i = sigmoid(preact[:, :hidden])\n"
        "    gate_f = sigmoid(preact[:, hidden:2 * hidden])\n"
        "    gate_g = np.tanh(preact[:, 2 * hidden:3 * hidden])\n"
        "    gate_o = sigmoid(preact[:, 3 * hidden:])\n"
        "    c_t = gate_f * c + gate_i * gate_g\n"
        "    tanh_c_t = np.tanh(c_t)\n"
        "\n"
        "    delta_c = dc_next + dh_next * gate_o * (1 - tanh_c_t ** 2)\n"
        "    delta_preact = np.concatenate([\n"
        "        delta_c * gate_g * gate_i * (1 - gate_i),\n"
        "        delta_c * c * gate_f * (1 - gate_f),\n"
        "        delta_c * gate_i * (1 - gate_g ** 2),\n"
        "        dh_next * tanh_c_t * gate_o * (1 - gate_o),\n"
        "    ], axis=1)\n"
        "\n"
        "    dx = delta_preact @ W_ih\n"
        "    dh = delta_preact @ W_hh\n"
        "    dc = delta_c * gate_f\n"
        "    dW_ih = delta_preact.T @ x\n"
        "    dW_hh = delta_preact.T @ h\n"
        "    db_ih = delta_preact.sum(axis=0)\n"
        "    db_hh = delta_preact.sum(axis=0)\n"
        "    return dx, dh, dc, dW_ih, dW_hh, db_ih, db_hh\n",
    },
    {
        "id": "cb_keiko_bias_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the bias gradients average over the batch (mean) instead of summing",
                "must_mention": [
                    {"any": ["bias", "b_ih", "b_hh"]},
                    {"any": ["mean", "average", "divid", "sum", "batch", "1/B", "/ B"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """Backward of one step; see chapter 8 for the derivation (batched version)."""\n'
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh          # (B, 4H)\n"
        "    i_t = sigmoid(pre[:, 0 * H:1 * H])\n"
        "    f_t = sigmoid(pre[:, 1 * H:2 * H])\n"
        "    g_t = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o_t = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    tau = np.tanh(c_t)\n"
        "\n"
        "    delta_c = dc_next + dh_next * o_t * (1.0 - tau ** 2)\n"
        "    delta_a = np.concatenate(\n"
        "        [\n"
        "            delta_c * g_t * i_t * (1.0 - i_t),     # input gate\n"
        "            delta_c * c * f_t * (1.0 - f_t),       # forget gate\n"
        "            delta_c * i_t * (1.0 - g_t ** 2),      # candidate\n"
        "            dh_next * tau * o_t * (1.0 - o_t),     # output gate\n"
        "        ],\n"
        "        axis=1,\n"
        "    )\n"
        "    assert delta_a.shape == pre.shape\n"
        "    db = delta_a.mean(axis=0)                      # (4H,)\n"
        "    return {\n"
        '        "x": delta_a @ W_ih,\n'
        '        "h": delta_a @ W_hh,\n'
        '        "c": delta_c * f_t,\n'
        '        "W_ih": delta_a.T @ x,\n'
        '        "W_hh": delta_a.T @ h,\n'
        '        "b_ih": db,\n'
        '        "b_hh": db.copy(),\n'
        "    }\n",
    },
    {
        "id": "cb_tom_dh_uses_W_ih",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient for h is da @ W_ih (the input weights) instead of da @ W_hh: "
                "a shape error when I != H, wrong values when I == H",
                "must_mention": [
                    {"any": ["W_ih", "W_hh", "weight"]},
                    {
                        "any": [
                            '"h"',
                            "'h'",
                            "dh",
                            "h_{t-1}",
                            "gradient of h",
                            "h gradient",
                            "for h",
                            "hidden",
                            "h:",
                            "h ",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    A = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(A[:, 0:H]); f = sigmoid(A[:, H:2*H]); g = np.tanh(A[:, 2*H:3*H]); o = "
        "sigmoid(A[:, 3*H:4*H])\n"
        "    cn = f*c + i*g\n"
        "    dC = dc_next + dh_next * o * (1 - np.tanh(cn)**2)\n"
        "    dA = np.concatenate([dC*g*i*(1-i), dC*c*f*(1-f), dC*i*(1-g*g), "
        "dh_next*np.tanh(cn)*o*(1-o)], axis=1)\n"
        "    dX = dA @ W_ih\n"
        "    dH = dA @ W_ih\n"
        '    return {"x": dX, "h": dH, "c": dC*f, "W_ih": dA.T @ x, "W_hh": dA.T @ h,\n'
        '            "b_ih": dA.sum(0), "b_hh": dA.sum(0)}\n',
    },
    {
        "id": "cb_olu_dc_misses_dh_path",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the total gradient reaching c_t is only dc_next: the path through h_t "
                "(dh_next * o * (1 - tanh^2 c_t)) is missing",
                "must_mention": [
                    {"any": ["dc", "δc", "c_t", "cell state", "delta_c", "d_c", "total gradient"]},
                    {"any": ["dh", "h_t", "o_t", "tanh", "through h", "missing", "dh_next"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    W_ii, W_if, W_ig, W_io = W_ih[0:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:4*H]\n"
        "    W_hi, W_hf, W_hg, W_ho = W_hh[0:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:4*H]\n"
        "    b = b_ih + b_hh\n"
        "\n"
        "    i = sigmoid(x @ W_ii.T + h @ W_hi.T + b[0:H])\n"
        "    f = sigmoid(x @ W_if.T + h @ W_hf.T + b[H:2*H])\n"
        "    g = np.tanh(x @ W_ig.T + h @ W_hg.T + b[2*H:3*H])\n"
        "    o = sigmoid(x @ W_io.T + h @ W_ho.T + b[3*H:4*H])\n"
        "    c_new = f * c + i * g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "\n"
        "    # c_t = f*c + i*g  ->  dL/dc_t\n"
        "    d_c = dc_next\n"
        "    d_ai = d_c * g * i * (1 - i)\n"
        "    d_af = d_c * c * f * (1 - f)\n"
        "    d_ag = d_c * i * (1 - g * g)\n"
        "    d_ao = dh_next * tanh_c * o * (1 - o)\n"
        "\n"
        "    d_a = np.concatenate([d_ai, d_af, d_ag, d_ao], axis=1)\n"
        "    dx = d_a @ W_ih\n"
        "    dh = d_a @ W_hh\n"
        '    return {"x": dx, "h": dh, "c": d_c * f, "W_ih": d_a.T @ x, "W_hh": d_a.T @ h,\n'
        '            "b_ih": d_a.sum(0), "b_hh": d_a.sum(0)}\n',
    },
    {
        "id": "cb_mei_forget_derivative_typo",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the forget gate's sigmoid derivative uses the input gate, i*(1-i), "
                "instead of f*(1-f)",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "derivative",
                            "sigma",
                            "sigmoid",
                            "f(1",
                            "f*(1",
                            "f_t",
                            "i_t",
                            "input gate",
                            "i(1",
                            "i*(1",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """Gradients of one LSTM step."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da_i = dc * g * i * (1 - i)\n"
        "    da_f = dc * c * i * (1 - i)\n"
        "    da_g = dc * i * (1 - g ** 2)\n"
        "    da_o = dh_next * tc * o * (1 - o)\n"
        "    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_rafael_split_view_rebind",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "da is split into np.split views and the forget block is rebound (da_f = "
                "...) instead of written into the view (da_f[:] = ...), so the forget "
                "gate's block of da stays zero",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "zero",
                            "missing",
                            "never",
                            "not written",
                            "view",
                            "rebind",
                            "split",
                            "dropped",
                            "ignored",
                            "no gradient",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "\n"
        "    da = np.zeros_like(a)\n"
        "    da_i, da_f, da_g, da_o = np.split(da, 4, axis=1)   # views into da\n"
        "    da_i[:] = dc * g * i * (1 - i)\n"
        "    da_f = dc * c * f * (1 - f)\n"
        "    da_g[:] = dc * i * (1 - g ** 2)\n"
        "    da_o[:] = dh_next * tanh_c * o * (1 - o)\n"
        "\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_dmitri_inplace_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_next is accumulated in place (dc_next += ...), which overwrites the "
                "caller's array",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "chang",
                            "mutat",
                            "overwr",
                            "alter",
                        ]
                    },
                    {"any": ["dc_next", "input", "argument", "given"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    a = x @ W_ih.T\n"
        "    a += h @ W_hh.T\n"
        "    a += b_ih\n"
        "    a += b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H]); o = sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    # accumulate the h-path into dc without a temporary\n"
        "    dc_next += dh_next * o * (1 - tc * tc)\n"
        "    dc = dc_next\n"
        "    da = np.empty_like(a)\n"
        "    da[:, :H] = dc * g * i * (1 - i)\n"
        "    da[:, H:2 * H] = dc * c * f * (1 - f)\n"
        "    da[:, 2 * H:3 * H] = dc * i * (1 - g * g)\n"
        "    da[:, 3 * H:] = dh_next * tc * o * (1 - o)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_priya_dc_prev_from_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient for c_{t-1} is dc_next * f instead of the total delta_c * f "
                "(the path through h_t is left out of it)",
                "must_mention": [
                    {
                        "any": [
                            '"c"',
                            "'c'",
                            "c_{t-1}",
                            "dc_prev",
                            "gradient of c",
                            "c gradient",
                            "for c",
                            "c:",
                            "previous cell",
                            "c ",
                        ]
                    },
                    {"any": ["total", "dh", "h_t", "o_t", "tanh", "through h", "dc_next"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "    d_c = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    d_a = np.concatenate([d_c * g * i * (1 - i), d_c * c * f * (1 - f),\n"
        "                          d_c * i * (1 - g ** 2), dh_next * tanh_c * o * (1 - o)], "
        "axis=1)\n"
        "    grads = {}\n"
        '    grads["x"] = d_a @ W_ih\n'
        '    grads["h"] = d_a @ W_hh\n'
        '    grads["c"] = dc_next * f          # c_t = f * c_{t-1} + ...\n'
        '    grads["W_ih"] = d_a.T @ x\n'
        '    grads["W_hh"] = d_a.T @ h\n'
        '    grads["b_ih"] = d_a.sum(axis=0)\n'
        '    grads["b_hh"] = d_a.sum(axis=0)\n'
        "    return grads\n",
    },
    {
        "id": "cb_dbl_lena_blog_order_and_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks in the blog's order (i, f, o, g) instead of PyTorch's (i, f, "
                "g, o)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "i, f, g, o",
                            "ifgo",
                            "exchang",
                            "interchang",
                            "(i, f, o, g)",
                            "i, f, o, g",
                        ]
                    },
                    {
                        "any": [
                            "output gate",
                            "cell gate",
                            "candidate",
                            "g_t",
                            "o_t",
                            "gate o",
                            "gate g",
                            "o gate",
                            "g gate",
                            "tanh",
                            "block",
                        ]
                    },
                ],
            },
            {
                "what": "bias gradients averaged over the batch instead of summed",
                "must_mention": [
                    {"any": ["bias", "b_ih", "b_hh"]},
                    {"any": ["mean", "average", "divid", "sum", "batch", "1/B", "/ B"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "# adapted from a blog post's numpy LSTM (it stacks the gates as i, f, o, g)\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    sig = sigmoid(z[:, :3 * H])\n"
        "    i, f, o = sig[:, :H], sig[:, H:2 * H], sig[:, 2 * H:3 * H]\n"
        "    g = np.tanh(z[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    dz_sig = np.concatenate([dc * g, dc * c, dh_next * tc], axis=1) * sig * (1 - "
        "sig)\n"
        "    dz_g = dc * i * (1 - g ** 2)\n"
        "    dz = np.concatenate([dz_sig, dz_g], axis=1)\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dc * f,\n'
        '            "W_ih": dz.T @ x, "W_hh": dz.T @ h,\n'
        '            "b_ih": np.mean(dz, axis=0), "b_hh": np.mean(dz, axis=0)}\n',
    },
    {
        "id": "cb_dbl_dmitri_tanh_h_and_f32",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "tanh'(c_t) computed as 1 - h_t**2 instead of 1 - tanh(c_t)**2",
                "must_mention": [
                    {"any": ["tanh", "1 - ", "derivative"]},
                    {
                        "any": [
                            "h_t",
                            "h_next",
                            "from h",
                            "h**2",
                            "h^2",
                            "h²",
                            "hidden state",
                            "tanh(c",
                            "c_t",
                            "c_next",
                            "cell state",
                        ]
                    },
                ],
            },
            {
                "what": "gate activations cached as float32, so the gradients lose precision",
                "must_mention": [
                    {"any": ["float32", "single precision", "precision", "dtype", "float64"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    act = np.empty(a.shape, dtype=np.float32)      # activations cache, 4 bytes each\n"
        "    act[:, :2 * H] = sigmoid(a[:, :2 * H])\n"
        "    act[:, 2 * H:3 * H] = np.tanh(a[:, 2 * H:3 * H])\n"
        "    act[:, 3 * H:] = sigmoid(a[:, 3 * H:])\n"
        "    i, f, g, o = act[:, :H], act[:, H:2 * H], act[:, 2 * H:3 * H], act[:, 3 * H:]\n"
        "    h_t, c_t = lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    dc = dc_next + dh_next * o * (1 - h_t * h_t)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "* g),\n"
        "                         dh_next * np.tanh(c_t) * o * (1 - o)], "
        "axis=1).astype(np.float64)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": (dc * f).astype(np.float64), "W_ih": '
        "da.T @ x,\n"
        '            "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_dbl_sven_keys_and_clip",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dict keys 'dx', 'dh', ... instead of 'x', 'h', ...",
                "must_mention": [{"any": ["key", "dx", '"x"', "'x'", "named", "name"]}],
            },
            {
                "what": "gradients clipped elementwise to [-1, 1] before being returned",
                "must_mention": [
                    {
                        "any": [
                            "clip",
                            "norm",
                            "rescal",
                            "scaled",
                            "scaling",
                            "shrunk",
                            "clamp",
                            "capped",
                            "limit",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.hstack([dc*g*i*(1-i), dc*c*f*(1-f), dc*i*(1-g**2), dh_next*tc*o*(1-o)])\n"
        '    out = {"dx": da @ W_ih, "dh": da @ W_hh, "dc": dc * f,\n'
        '           "dW_ih": da.T @ x, "dW_hh": da.T @ h, "db_ih": da.sum(0), "db_hh": '
        "da.sum(0)}\n"
        "    return {k: np.clip(v, -1, 1) for k, v in out.items()}   # no exploding grads\n",
    },
    {
        "id": "cb_dbl_tom_no_dh_path_and_reshape",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the total gradient reaching c_t leaves out the path through h_t",
                "must_mention": [
                    {"any": ["dc", "δc", "c_t", "cell state", "delta_c", "d_c", "total gradient"]},
                    {"any": ["dh", "h_t", "o_t", "tanh", "through h", "missing", "dh_next"]},
                ],
            },
            {
                "what": "weight gradients computed as x.T @ da and reshaped instead of transposed",
                "must_mention": [
                    {
                        "any": [
                            "transpos",
                            "reshape",
                            ".T",
                            "x.T",
                            "layout",
                            "scrambl",
                            "rows and columns",
                        ]
                    },
                    {"any": ["W_ih", "W_hh", "weight"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2*H])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:4*H])\n"
        "    c_new = f*c + i*g\n"
        "    # backward\n"
        "    dc_total = dc_next\n"
        "    da = np.concatenate([dc_total*g*i*(1-i), dc_total*c*f*(1-f), "
        "dc_total*i*(1-g**2),\n"
        "                         dh_next*np.tanh(c_new)*o*(1-o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_total * f,\n'
        '            "W_ih": (x.T @ da).reshape(W_ih.shape), "W_hh": (h.T @ '
        "da).reshape(W_hh.shape),\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_dbl_marcus_stale_and_forget",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the instance caches the forward activations of its first call and reuses "
                "them on later calls with the same shapes",
                "must_mention": [
                    {
                        "any": [
                            "cache",
                            "stale",
                            "previous call",
                            "earlier call",
                            "first call",
                            "reuse",
                            "memo",
                            "between calls",
                            "persist",
                            "remember",
                        ]
                    }
                ],
            },
            {
                "what": "the forget gate's sigmoid derivative uses the input gate, i*(1-i), "
                "instead of f*(1-f)",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "derivative",
                            "sigma",
                            "sigmoid",
                            "f(1",
                            "f*(1",
                            "f_t",
                            "i_t",
                            "input gate",
                            "i(1",
                            "i*(1",
                        ]
                    },
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "class CellGradients:\n"
        '    """Backward pass of one LSTM step, with a cache of the forward activations."""\n'
        "\n"
        "    def __init__(self):\n"
        "        self.cache = {}\n"
        "\n"
        "    def forward(self, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "        H = h.shape[1]\n"
        "        a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        '        self.cache["i"] = sigmoid(a[:, :H])\n'
        '        self.cache["f"] = sigmoid(a[:, H:2 * H])\n'
        '        self.cache["g"] = np.tanh(a[:, 2 * H:3 * H])\n'
        '        self.cache["o"] = sigmoid(a[:, 3 * H:])\n'
        '        self.cache["c_prev"] = c\n'
        '        self.cache["shape"] = (x.shape, h.shape)\n'
        '        c_next = self.cache["f"] * c + self.cache["i"] * self.cache["g"]\n'
        '        self.cache["tanh_c"] = np.tanh(c_next)\n'
        "\n"
        "    def __call__(self, dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '        if self.cache.get("shape") != (x.shape, h.shape):\n'
        "            self.forward(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        '        i, f, g, o = (self.cache[k] for k in "ifgo")\n'
        '        tanh_c = self.cache["tanh_c"]\n'
        '        c_prev = self.cache["c_prev"]\n'
        "        dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "        d_i = dc * g * i * (1 - i)\n"
        "        d_f = dc * c_prev * i * (1 - i)\n"
        "        d_g = dc * i * (1 - g ** 2)\n"
        "        d_o = dh_next * tanh_c * o * (1 - o)\n"
        "        da = np.concatenate([d_i, d_f, d_g, d_o], axis=1)\n"
        '        return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, '
        '"W_hh": da.T @ h,\n'
        '                "b_ih": da.sum(0), "b_hh": da.sum(0)}\n'
        "\n"
        "\n"
        "lstm_cell_backward = CellGradients()\n",
    },
    {
        "id": "lb_ok_mei",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """Gradients of one LSTM step."""\n'
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
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_prev,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        '    """Gradients of one LSTM layer over a whole sequence (backpropagation through '
        'time)."""\n'
        "    T = x.shape[0]\n"
        "    # forward, keeping the state each step starts from\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h_t)\n"
        "        cs.append(c_t)\n"
        "\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        '    grads = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        step = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        grads["x"][t] = step["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] += step[k]\n"
        '        dh, dc = step["h"], step["c"]\n'
        '    grads["h0"] = dh\n'
        '    grads["c0"] = dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_ok_olu",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    # slice the stacked weights into the gates' own matrices\n"
        "    W_ii, W_if, W_ig, W_io = W_ih[0:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:4*H]\n"
        "    W_hi, W_hf, W_hg, W_ho = W_hh[0:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:4*H]\n"
        "    b_i = b_ih[0:H] + b_hh[0:H]\n"
        "    b_f = b_ih[H:2*H] + b_hh[H:2*H]\n"
        "    b_g = b_ih[2*H:3*H] + b_hh[2*H:3*H]\n"
        "    b_o = b_ih[3*H:4*H] + b_hh[3*H:4*H]\n"
        "\n"
        "    i = sigmoid(x @ W_ii.T + h @ W_hi.T + b_i)\n"
        "    f = sigmoid(x @ W_if.T + h @ W_hf.T + b_f)\n"
        "    g = np.tanh(x @ W_ig.T + h @ W_hg.T + b_g)\n"
        "    o = sigmoid(x @ W_io.T + h @ W_ho.T + b_o)\n"
        "    c_new = f * c + i * g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "\n"
        "    d_c = dc_next + dh_next * o * (1 - tanh_c * tanh_c)\n"
        "    d_ai = d_c * g * i * (1 - i)\n"
        "    d_af = d_c * c * f * (1 - f)\n"
        "    d_ag = d_c * i * (1 - g * g)\n"
        "    d_ao = dh_next * tanh_c * o * (1 - o)\n"
        "\n"
        "    dx = d_ai @ W_ii + d_af @ W_if + d_ag @ W_ig + d_ao @ W_io\n"
        "    dh = d_ai @ W_hi + d_af @ W_hf + d_ag @ W_hg + d_ao @ W_ho\n"
        "    dW_ih = np.concatenate([d_ai.T @ x, d_af.T @ x, d_ag.T @ x, d_ao.T @ x], axis=0)\n"
        "    dW_hh = np.concatenate([d_ai.T @ h, d_af.T @ h, d_ag.T @ h, d_ao.T @ h], axis=0)\n"
        "    db = np.concatenate([d_ai.sum(0), d_af.sum(0), d_ag.sum(0), d_ao.sum(0)])\n"
        '    return {"x": dx, "h": dh, "c": d_c * f, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[1]\n"
        "\n"
        "    # forward pass, store the inputs of every step\n"
        "    h_prev_list = []\n"
        "    c_prev_list = []\n"
        "    h = h0\n"
        "    c = c0\n"
        "    for t in range(T):\n"
        "        h_prev_list.append(h)\n"
        "        c_prev_list.append(c)\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "\n"
        "    # backward pass\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros((B, H))\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros((B, H))\n"
        "    dx = np.zeros(x.shape)\n"
        "    dW_ih = np.zeros(W_ih.shape)\n"
        "    dW_hh = np.zeros(W_hh.shape)\n"
        "    db_ih = np.zeros(b_ih.shape)\n"
        "    db_hh = np.zeros(b_hh.shape)\n"
        "    dh_from_later = dh_n\n"
        "    dc_from_later = dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dh_total = dout[t] + dh_from_later\n"
        "        g = lstm_cell_backward(dh_total, dc_from_later, x[t], h_prev_list[t], "
        "c_prev_list[t],\n"
        "                               W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dW_ih = dW_ih + g["W_ih"]\n'
        '        dW_hh = dW_hh + g["W_hh"]\n'
        '        db_ih = db_ih + g["b_ih"]\n'
        '        db_hh = db_hh + g["b_hh"]\n'
        '        dh_from_later = g["h"]\n'
        '        dc_from_later = g["c"]\n'
        "\n"
        '    return {"x": dx, "h0": dh_from_later, "c0": dc_from_later,\n'
        '            "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_ok_hannah",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    H = h.shape[-1]\n"
        "    z = np.einsum('bi,gi->bg', x, W_ih) + np.einsum('bj,gj->bg', h, W_hh) + b_ih + "
        "b_hh\n"
        "    s = sigmoid(z)             # sigmoid of every block; g uses tanh below\n"
        "    t = np.tanh(z)\n"
        "    i, f, o = s[:, :H], s[:, H:2*H], s[:, 3*H:]\n"
        "    g = t[:, 2*H:3*H]\n"
        "    cn = f * c + i * g\n"
        "    tc = np.tanh(cn)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    dz = np.empty_like(z)\n"
        "    dz[:, :H] = dc * g * i * (1 - i)\n"
        "    dz[:, H:2*H] = dc * c * f * (1 - f)\n"
        "    dz[:, 2*H:3*H] = dc * i * (1 - g**2)\n"
        "    dz[:, 3*H:] = dh_next * tc * o * (1 - o)\n"
        "    return dict(x=np.einsum('bg,gi->bi', dz, W_ih), h=np.einsum('bg,gj->bj', dz, "
        "W_hh), c=dc * f,\n"
        "                W_ih=np.einsum('bg,bi->gi', dz, x), W_hh=np.einsum('bg,bj->gj', dz, "
        "h),\n"
        "                b_ih=dz.sum(0), b_hh=dz.sum(0))\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    # fused BPTT: keep the pre-activations, get the gates' deltas for every step, "
        "then do the\n"
        "    # weight gradients as one contraction over (t, b)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    A = np.empty((T, B, 4 * H)); Hs = np.empty((T + 1, B, H)); Cs = np.empty((T + 1, "
        "B, H))\n"
        "    Hs[0], Cs[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        A[t] = x[t] @ W_ih.T + b_ih + Hs[t] @ W_hh.T + b_hh\n"
        "        Hs[t + 1], Cs[t + 1] = lstm_cell(x[t], Hs[t], Cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "    S = sigmoid(A); G = np.tanh(A[..., 2*H:3*H])\n"
        "    I_, F_, O_ = S[..., :H], S[..., H:2*H], S[..., 3*H:]\n"
        "    TC = np.tanh(Cs[1:])\n"
        "    dZ = np.empty_like(A)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    for t in reversed(range(T)):\n"
        "        dh = dh + dout[t]\n"
        "        dc = dc + dh * O_[t] * (1 - TC[t]**2)\n"
        "        dZ[t, :, :H] = dc * G[t] * I_[t] * (1 - I_[t])\n"
        "        dZ[t, :, H:2*H] = dc * Cs[t] * F_[t] * (1 - F_[t])\n"
        "        dZ[t, :, 2*H:3*H] = dc * I_[t] * (1 - G[t]**2)\n"
        "        dZ[t, :, 3*H:] = dh * TC[t] * O_[t] * (1 - O_[t])\n"
        "        dh = dZ[t] @ W_hh\n"
        "        dc = dc * F_[t]\n"
        '    return {"x": dZ @ W_ih, "h0": dh, "c0": dc,\n'
        '            "W_ih": np.einsum(\'tbg,tbi->gi\', dZ, x), "W_hh": '
        "np.einsum('tbg,tbj->gj', dZ, Hs[:-1]),\n"
        '            "b_ih": dZ.sum((0, 1)), "b_hh": dZ.sum((0, 1))}\n',
    },
    {
        "id": "lb_tom_weights_overwritten",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are overwritten at every step, so only step "
                "0's are returned instead of the sum over all steps",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "add",
                            "total",
                            "every step",
                            "all steps",
                            "each step",
                            "only the",
                            "overwr",
                            "last step",
                            "step 0",
                            "one step",
                        ]
                    },
                    {"any": ["weight", "W_ih", "W_hh", "bias", "b_ih", "b_hh"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """Gradients of one LSTM step."""\n'
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
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_prev,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    h_list = [h0]\n"
        "    c_list = [c0]\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h_list[t], c_list[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        h_list.append(h_new)\n"
        "        c_list.append(c_new)\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros_like(h0)\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros_like(c0)\n"
        '    result = {"x": np.zeros_like(x)}\n'
        "    dh = dh_n\n"
        "    dc = dc_n\n"
        "    for t in reversed(range(T)):\n"
        "        grad = lstm_cell_backward(dh + dout[t], dc, x[t], h_list[t], c_list[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        result["x"][t] = grad["x"]\n'
        '        result["W_ih"] = grad["W_ih"]\n'
        '        result["W_hh"] = grad["W_hh"]\n'
        '        result["b_ih"] = grad["b_ih"]\n'
        '        result["b_hh"] = grad["b_hh"]\n'
        '        dh = grad["h"]\n'
        '        dc = grad["c"]\n'
        '    result["h0"] = dh\n'
        '    result["c0"] = dc\n'
        "    return result\n",
    },
    {
        "id": "lb_priya_dout_only_last",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "only dout[T-1] is used: at the earlier steps the gradient reaching h_t is "
                "just what step t+1 returned, without dout[t] added",
                "must_mention": [
                    "dout",
                    {
                        "any": [
                            "sum",
                            "add",
                            "plus",
                            "each step",
                            "every step",
                            "ignor",
                            "only",
                            "missing",
                            "dropped",
                            "not included",
                            "all steps",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "def _forward_with_cache(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hidden_size = h.shape[1]\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    blocks = {name: pre[:, k * hidden_size:(k + 1) * hidden_size] for k, name in "
        'enumerate("ifgo")}\n'
        "    gates = {\n"
        '        "i": sigmoid(blocks["i"]),\n'
        '        "f": sigmoid(blocks["f"]),\n'
        '        "g": np.tanh(blocks["g"]),\n'
        '        "o": sigmoid(blocks["o"]),\n'
        "    }\n"
        '    c_new = gates["f"] * c + gates["i"] * gates["g"]\n'
        '    cache = {"x": x, "h_prev": h, "c_prev": c, "c_new": c_new, "tanh_c_new": '
        "np.tanh(c_new), **gates}\n"
        "    return cache\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    cache = _forward_with_cache(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        '    i, f, g, o = cache["i"], cache["f"], cache["g"], cache["o"]\n'
        '    tanh_c = cache["tanh_c_new"]\n'
        "\n"
        "    grad_c_total = dc_next + dh_next * o * (1.0 - tanh_c * tanh_c)\n"
        "    grad_pre = {\n"
        '        "i": grad_c_total * g * i * (1.0 - i),\n'
        '        "f": grad_c_total * cache["c_prev"] * f * (1.0 - f),\n'
        '        "g": grad_c_total * i * (1.0 - g * g),\n'
        '        "o": dh_next * tanh_c * o * (1.0 - o),\n'
        "    }\n"
        '    grad_a = np.hstack([grad_pre[name] for name in "ifgo"])\n'
        "\n"
        "    gradients = {}\n"
        '    gradients["x"] = grad_a @ W_ih\n'
        '    gradients["h"] = grad_a @ W_hh\n'
        '    gradients["c"] = grad_c_total * f\n'
        '    gradients["W_ih"] = grad_a.T @ cache["x"]\n'
        '    gradients["W_hh"] = grad_a.T @ cache["h_prev"]\n'
        '    gradients["b_ih"] = np.sum(grad_a, axis=0)\n'
        '    gradients["b_hh"] = np.sum(grad_a, axis=0)\n'
        "    return gradients\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    states = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        states.append(lstm_cell(x[t], *states[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "\n"
        "    # the loss reaches the sequence at its end\n"
        "    dh_next = dout[-1] + (dh_n if dh_n is not None else 0)\n"
        "    dc_next = dc_n if dc_n is not None else np.zeros_like(c0)\n"
        "\n"
        '    total = {k: 0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    dxs = []\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh_next, dc_next, x[t], states[t][0], states[t][1],\n"
        "                               W_ih, W_hh, b_ih, b_hh)\n"
        "        for k in total:\n"
        "            total[k] = total[k] + g[k]\n"
        '        dxs.insert(0, g["x"])\n'
        '        dh_next, dc_next = g["h"], g["c"]\n'
        '    return {"x": np.stack(dxs), "h0": dh_next, "c0": dc_next, **total}\n',
    },
    {
        "id": "lb_olu_state_off_by_one",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "each step's backward gets the state after the step, (h_t, c_t), instead "
                "of the state it started from, (h_{t-1}, c_{t-1})",
                "must_mention": [
                    {
                        "any": [
                            "state",
                            "h_{t-1}",
                            "h_t",
                            "prev",
                            "start",
                            "h_prev",
                            "hs",
                            "input state",
                        ]
                    },
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "shift",
                            "one step",
                            "wrong step",
                            "after",
                            "t+1",
                            "t + 1",
                            "next step",
                            "instead of",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    # slice the stacked weights into the gates' own matrices\n"
        "    W_ii, W_if, W_ig, W_io = W_ih[0:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:4*H]\n"
        "    W_hi, W_hf, W_hg, W_ho = W_hh[0:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:4*H]\n"
        "    b_i = b_ih[0:H] + b_hh[0:H]\n"
        "    b_f = b_ih[H:2*H] + b_hh[H:2*H]\n"
        "    b_g = b_ih[2*H:3*H] + b_hh[2*H:3*H]\n"
        "    b_o = b_ih[3*H:4*H] + b_hh[3*H:4*H]\n"
        "\n"
        "    i = sigmoid(x @ W_ii.T + h @ W_hi.T + b_i)\n"
        "    f = sigmoid(x @ W_if.T + h @ W_hf.T + b_f)\n"
        "    g = np.tanh(x @ W_ig.T + h @ W_hg.T + b_g)\n"
        "    o = sigmoid(x @ W_io.T + h @ W_ho.T + b_o)\n"
        "    c_new = f * c + i * g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "\n"
        "    d_c = dc_next + dh_next * o * (1 - tanh_c * tanh_c)\n"
        "    d_ai = d_c * g * i * (1 - i)\n"
        "    d_af = d_c * c * f * (1 - f)\n"
        "    d_ag = d_c * i * (1 - g * g)\n"
        "    d_ao = dh_next * tanh_c * o * (1 - o)\n"
        "\n"
        "    dx = d_ai @ W_ii + d_af @ W_if + d_ag @ W_ig + d_ao @ W_io\n"
        "    dh = d_ai @ W_hi + d_af @ W_hf + d_ag @ W_hg + d_ao @ W_ho\n"
        "    dW_ih = np.concatenate([d_ai.T @ x, d_af.T @ x, d_ag.T @ x, d_ao.T @ x], axis=0)\n"
        "    dW_hh = np.concatenate([d_ai.T @ h, d_af.T @ h, d_ag.T @ h, d_ao.T @ h], axis=0)\n"
        "    db = np.concatenate([d_ai.sum(0), d_af.sum(0), d_ag.sum(0), d_ao.sum(0)])\n"
        '    return {"x": dx, "h": dh, "c": d_c * f, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[1]\n"
        "\n"
        "    # forward pass: state_h[t] is the state at time t, state_h[0] = h0\n"
        "    state_h = [h0]\n"
        "    state_c = [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], state_h[-1], state_c[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        state_h.append(h)\n"
        "        state_c.append(c)\n"
        "\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros((B, H))\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros((B, H))\n"
        "    dx = np.zeros(x.shape)\n"
        "    dW_ih = np.zeros(W_ih.shape)\n"
        "    dW_hh = np.zeros(W_hh.shape)\n"
        "    db_ih = np.zeros(b_ih.shape)\n"
        "    db_hh = np.zeros(b_hh.shape)\n"
        "    dh_later = dh_n\n"
        "    dc_later = dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh_later, dc_later, x[t], state_h[t + 1], "
        "state_c[t + 1],\n"
        "                               W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        '        dh_later = g["h"]\n'
        '        dc_later = g["c"]\n'
        '    return {"x": dx, "h0": dh_later, "c0": dc_later,\n'
        '            "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_aisha_clip_between_steps",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient passed back to the previous step (dh) is clipped to [-1, 1] "
                "'against exploding gradients'",
                "must_mention": [
                    {
                        "any": [
                            "clip",
                            "norm",
                            "rescal",
                            "scaled",
                            "scaling",
                            "shrunk",
                            "clamp",
                            "capped",
                            "limit",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """Gradients of one LSTM step."""\n'
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
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_prev,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    CLIP = 1.0      # as in most BPTT tutorials\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    grads = dict(W_ih=np.zeros_like(W_ih), W_hh=np.zeros_like(W_hh),\n"
        "                 b_ih=np.zeros_like(b_ih), b_hh=np.zeros_like(b_hh))\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        "        for k in grads:\n"
        "            grads[k] += g[k]\n"
        '        dh = np.clip(g["h"], -CLIP, CLIP)\n'
        '        dc = g["c"]\n'
        "    grads.update(x=dx, h0=dh, c0=dc)\n"
        "    return grads\n",
    },
    {
        "id": "lb_dmitri_global_memo",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the forward trajectory is memoised in a module-level dict keyed by the "
                "shapes only, so a later call with the same sizes but other values reuses "
                "stale states",
                "must_mention": [
                    {
                        "any": [
                            "cache",
                            "stale",
                            "previous call",
                            "earlier call",
                            "first call",
                            "reuse",
                            "memo",
                            "between calls",
                            "persist",
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
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """Gradients of one LSTM step."""\n'
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
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_prev,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "_TRAJ = {}   # forward trajectories, so that BPTT does not redo the forward for every "
        "call\n"
        "\n"
        "\n"
        "def _trajectory(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    key = (x.shape, h0.shape, W_ih.shape)\n"
        "    if key not in _TRAJ:\n"
        "        T, B, _ = x.shape\n"
        "        Hs = np.empty((T + 1,) + h0.shape)\n"
        "        Cs = np.empty((T + 1,) + c0.shape)\n"
        "        Hs[0], Cs[0] = h0, c0\n"
        "        for t in range(T):\n"
        "            Hs[t + 1], Cs[t + 1] = lstm_cell(x[t], Hs[t], Cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        _TRAJ[key] = (Hs, Cs)\n"
        "    return _TRAJ[key]\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    Hs, Cs = _trajectory(x, h0, c0, W_ih, W_hh, b_ih, b_hh)\n"
        "    T = x.shape[0]\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.empty_like(x)\n"
        "    acc = [np.zeros_like(W_ih), np.zeros_like(W_hh), np.zeros_like(b_ih), "
        "np.zeros_like(b_hh)]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], Hs[t], Cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        acc[0] += g["W_ih"]; acc[1] += g["W_hh"]; acc[2] += g["b_ih"]; acc[3] += '
        'g["b_hh"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": acc[0], "W_hh": acc[1], "b_ih": '
        'acc[2], "b_hh": acc[3]}\n',
    },
    {
        "id": "lb_dmitri_own_forward",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the forward states are recomputed with his own forward step that uses "
                "tanh of the old cell state, h_t = o_t * tanh(c_{t-1}), so every step "
                "starts from the wrong h",
                "must_mention": [
                    {"any": ["forward", "recomput", "h_t", "hidden state", "state"]},
                    {"any": ["tanh", "c_{t-1}", "previous c", "old c", "c_prev", "wrong h"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """Gradients of one LSTM step."""\n'
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
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_prev,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "def _fwd(x_t, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # lean forward step for the backward pass (no np.split copies)\n"
        "    H = h.shape[1]\n"
        "    a = x_t @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        "    s = sigmoid(a)\n"
        "    h_new = s[:, 3 * H:] * np.tanh(c)\n"
        "    c_new = s[:, H:2 * H] * c + s[:, :H] * np.tanh(a[:, 2 * H:3 * H])\n"
        "    return h_new, c_new\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    Hs = np.empty((T + 1, B, H)); Cs = np.empty((T + 1, B, H))\n"
        "    Hs[0] = h0; Cs[0] = c0\n"
        "    for t in range(T):\n"
        "        Hs[t + 1], Cs[t + 1] = _fwd(x[t], Hs[t], Cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dx = np.empty_like(x)\n"
        "    dW_ih = np.zeros_like(W_ih); dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih); db_hh = np.zeros_like(b_hh)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], Hs[t], Cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dW_ih += g["W_ih"]; dW_hh += g["W_hh"]; db_ih += g["b_ih"]; db_hh += '
        'g["b_hh"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_sven_ignores_dh_n_dc_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n and dc_n are ignored: the walk back always starts from zeros",
                "must_mention": [{"any": ["dh_n", "dc_n", "final state", "h_n", "c_n"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    H = h.shape[-1]\n"
        "    z = np.einsum('bi,gi->bg', x, W_ih) + np.einsum('bj,gj->bg', h, W_hh) + b_ih + "
        "b_hh\n"
        "    s = sigmoid(z)             # sigmoid of every block; g uses tanh below\n"
        "    t = np.tanh(z)\n"
        "    i, f, o = s[:, :H], s[:, H:2*H], s[:, 3*H:]\n"
        "    g = t[:, 2*H:3*H]\n"
        "    cn = f * c + i * g\n"
        "    tc = np.tanh(cn)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    dz = np.empty_like(z)\n"
        "    dz[:, :H] = dc * g * i * (1 - i)\n"
        "    dz[:, H:2*H] = dc * c * f * (1 - f)\n"
        "    dz[:, 2*H:3*H] = dc * i * (1 - g**2)\n"
        "    dz[:, 3*H:] = dh_next * tc * o * (1 - o)\n"
        "    return dict(x=np.einsum('bg,gi->bi', dz, W_ih), h=np.einsum('bg,gj->bj', dz, "
        "W_hh), c=dc * f,\n"
        "                W_ih=np.einsum('bg,bi->gi', dz, x), W_hh=np.einsum('bg,bj->gj', dz, "
        "h),\n"
        "                b_ih=dz.sum(0), b_hh=dz.sum(0))\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs = [h0]; cs = [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0); dc = np.zeros_like(c0)   # nothing comes after the last "
        "step\n"
        '    G = {"x": np.zeros_like(x), "W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        G["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            G[k] = G[k] + g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    G["h0"], G["c0"] = dh, dc\n'
        "    return G\n",
    },
    {
        "id": "lb_jorge_dx_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the per-step x gradients are collected while walking back and stacked "
                "without reversing, so 'x' is in reversed time order",
                "must_mention": [
                    {
                        "any": [
                            '"x"',
                            "'x'",
                            "dx",
                            "x gradient",
                            "gradient of x",
                            "gradient for x",
                            "gradient with respect to x",
                            "input gradient",
                            "x:",
                            "x[",
                        ]
                    },
                    {"any": ["revers", "order", "flip", "time", "backward"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """Gradients of one LSTM step."""\n'
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
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_prev,\n'
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
        "    hist_h, hist_c = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], hist_h[-1], hist_c[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hist_h.append(h_t)\n"
        "        hist_c.append(c_t)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx_list = []\n"
        "    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n"
        "    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        step = lstm_cell_backward(dout[t] + dh, dc, x[t], hist_h[t], hist_c[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx_list.append(step["x"])\n'
        '        dW_ih += step["W_ih"]\n'
        '        dW_hh += step["W_hh"]\n'
        '        db_ih += step["b_ih"]\n'
        '        db_hh += step["b_hh"]\n'
        '        dh, dc = step["h"], step["c"]\n'
        '    return {"x": np.stack(dx_list), "h0": dh, "c0": dc,\n'
        '            "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_rafael_swaps_dh_n_dc_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the walk back starts with dh = dc_n and dc = dh_n (the two final-state "
                "gradients swapped)",
                "must_mention": [
                    {"any": ["dh_n", "dc_n"]},
                    {"any": ["swap", "exchang", "instead", "mixed", "other", "interchang"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """Gradients of one LSTM step."""\n'
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
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_prev,\n'
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
        "    zeros = np.zeros_like(h0)\n"
        "    # the forward pass, like out, (h_n, c_n) = lstm(x, (h0, c0))\n"
        "    hx = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        hx.append(lstm_cell(x[t], hx[-1][0], hx[-1][1], W_ih, W_hh, b_ih, b_hh))\n"
        "    grad_state = (dc_n if dc_n is not None else zeros, dh_n if dh_n is not None else "
        "zeros)\n"
        "    dh, dc = grad_state\n"
        "    dx = np.zeros_like(x)\n"
        "    dparams = [np.zeros_like(p) for p in (W_ih, W_hh, b_ih, b_hh)]\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], *hx[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        for p, k in zip(dparams, ("W_ih", "W_hh", "b_ih", "b_hh")):\n'
        "            p += g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        "    return dict(x=dx, h0=dh, c0=dc, W_ih=dparams[0], W_hh=dparams[1], "
        "b_ih=dparams[2], b_hh=dparams[3])\n",
    },
    {
        "id": "lb_keiko_accumulates_into_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's 'h' gradient is added into dout[t-1] in place, which overwrites "
                "the caller's dout",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "chang",
                            "mutat",
                            "overwr",
                            "alter",
                        ]
                    },
                    {"any": ["dout", "input", "argument", "given"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """Gradients of one LSTM step."""\n'
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
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_prev,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        '    """BPTT: walk back from T-1 to 0, summing the weight gradients of all steps."""\n'
        "    T = x.shape[0]\n"
        "    h_prev = [h0]\n"
        "    c_prev = [c0]\n"
        "    for t in range(T - 1):\n"
        "        h_t, c_t = lstm_cell(x[t], h_prev[t], c_prev[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        h_prev.append(h_t)\n"
        "        c_prev.append(c_t)\n"
        "\n"
        "    dh_last = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    sums = {k: np.zeros_like(v) for k, v in dict(W_ih=W_ih, W_hh=W_hh, b_ih=b_ih, "
        "b_hh=b_hh).items()}\n"
        "    dx = np.zeros_like(x)\n"
        "    dh0 = None\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dh_t = dout[t] + dh_last if t == T - 1 else dout[t]   # dout[t] already holds "
        'step t+1\'s "h"\n'
        "        g = lstm_cell_backward(dh_t, dc, x[t], h_prev[t], c_prev[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        "        for k in sums:\n"
        "            sums[k] += g[k]\n"
        "        if t > 0:\n"
        '            dout[t - 1] += g["h"]\n'
        "        else:\n"
        '            dh0 = g["h"]\n'
        '        dc = g["c"]\n'
        '    return {"x": dx, "h0": dh0, "c0": dc, **sums}\n',
    },
    {
        "id": "lb_lena_or_default",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "'dh_n = dh_n or zeros' on a NumPy array: raises 'truth value of an array "
                "... is ambiguous' whenever dh_n (or dc_n) is given",
                "must_mention": [
                    {"any": ["dh_n", "dc_n", "None", "truth value", "ambiguous", "default"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """Gradients of one LSTM step."""\n'
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
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_prev,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    dh_n = dh_n or np.zeros_like(h0)\n"
        "    dc_n = dc_n or np.zeros_like(c0)\n"
        "    seq_len = x.shape[0]\n"
        "    h_states = [h0]\n"
        "    c_states = [c0]\n"
        "    for step in range(seq_len):\n"
        "        new_h, new_c = lstm_cell(x[step], h_states[step], c_states[step], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        h_states.append(new_h)\n"
        "        c_states.append(new_c)\n"
        "\n"
        "    grad_x = np.zeros_like(x)\n"
        "    grad_W_ih = np.zeros_like(W_ih)\n"
        "    grad_W_hh = np.zeros_like(W_hh)\n"
        "    grad_b_ih = np.zeros_like(b_ih)\n"
        "    grad_b_hh = np.zeros_like(b_hh)\n"
        "    carry_h = dh_n\n"
        "    carry_c = dc_n\n"
        "    for step in reversed(range(seq_len)):\n"
        "        res = lstm_cell_backward(dout[step] + carry_h, carry_c, x[step], "
        "h_states[step],\n"
        "                                 c_states[step], W_ih, W_hh, b_ih, b_hh)\n"
        '        grad_x[step] = res["x"]\n'
        '        grad_W_ih += res["W_ih"]\n'
        '        grad_W_hh += res["W_hh"]\n'
        '        grad_b_ih += res["b_ih"]\n'
        '        grad_b_hh += res["b_hh"]\n'
        '        carry_h = res["h"]\n'
        '        carry_c = res["c"]\n'
        '    return {"x": grad_x, "h0": carry_h, "c0": carry_c, "W_ih": grad_W_ih, "W_hh": '
        "grad_W_hh,\n"
        '            "b_ih": grad_b_ih, "b_hh": grad_b_hh}\n',
    },
    {
        "id": "lb_tom_range_skips_step0",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward loop is range(T-1, 0, -1), which never runs step 0: x[0]'s "
                "gradient stays zero, step 0's weight gradients are missing and h0/c0 get "
                "step 1's gradients",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "range",
                            "off-by-one",
                            "off by one",
                            "skip",
                            "missing",
                            "x[0]",
                            "never",
                            "stops at 1",
                            "stops one",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """Gradients of one LSTM step."""\n'
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
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_prev,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    hs = [h0]\n"
        "    cs = [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros_like(h0)\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros_like(c0)\n"
        "    dx = np.zeros_like(x)\n"
        "    dWi = np.zeros_like(W_ih)\n"
        "    dWh = np.zeros_like(W_hh)\n"
        "    dbi = np.zeros_like(b_ih)\n"
        "    dbh = np.zeros_like(b_hh)\n"
        "    dh = dh_n\n"
        "    dc = dc_n\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        grads = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = grads["x"]\n'
        '        dWi = dWi + grads["W_ih"]\n'
        '        dWh = dWh + grads["W_hh"]\n'
        '        dbi = dbi + grads["b_ih"]\n'
        '        dbh = dbh + grads["b_hh"]\n'
        '        dh = grads["h"]\n'
        '        dc = grads["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dWi, "W_hh": dWh, "b_ih": dbi, '
        '"b_hh": dbh}\n',
    },
    {
        "id": "lb_lena_signature_without_final_grads",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the function's signature leaves out dh_n and dc_n (assumes zero "
                "final-state gradients), so a call that passes them raises TypeError",
                "must_mention": [
                    {"any": ["dh_n", "dc_n", "argument", "signature", "parameter", "keyword"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "def _forward_with_cache(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hidden_size = h.shape[1]\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    blocks = {name: pre[:, k * hidden_size:(k + 1) * hidden_size] for k, name in "
        'enumerate("ifgo")}\n'
        "    gates = {\n"
        '        "i": sigmoid(blocks["i"]),\n'
        '        "f": sigmoid(blocks["f"]),\n'
        '        "g": np.tanh(blocks["g"]),\n'
        '        "o": sigmoid(blocks["o"]),\n'
        "    }\n"
        '    c_new = gates["f"] * c + gates["i"] * gates["g"]\n'
        '    cache = {"x": x, "h_prev": h, "c_prev": c, "c_new": c_new, "tanh_c_new": '
        "np.tanh(c_new), **gates}\n"
        "    return cache\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    cache = _forward_with_cache(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        '    i, f, g, o = cache["i"], cache["f"], cache["g"], cache["o"]\n'
        '    tanh_c = cache["tanh_c_new"]\n'
        "\n"
        "    grad_c_total = dc_next + dh_next * o * (1.0 - tanh_c * tanh_c)\n"
        "    grad_pre = {\n"
        '        "i": grad_c_total * g * i * (1.0 - i),\n'
        '        "f": grad_c_total * cache["c_prev"] * f * (1.0 - f),\n'
        '        "g": grad_c_total * i * (1.0 - g * g),\n'
        '        "o": dh_next * tanh_c * o * (1.0 - o),\n'
        "    }\n"
        '    grad_a = np.hstack([grad_pre[name] for name in "ifgo"])\n'
        "\n"
        "    gradients = {}\n"
        '    gradients["x"] = grad_a @ W_ih\n'
        '    gradients["h"] = grad_a @ W_hh\n'
        '    gradients["c"] = grad_c_total * f\n'
        '    gradients["W_ih"] = grad_a.T @ cache["x"]\n'
        '    gradients["W_hh"] = grad_a.T @ cache["h_prev"]\n'
        '    gradients["b_ih"] = np.sum(grad_a, axis=0)\n'
        '    gradients["b_hh"] = np.sum(grad_a, axis=0)\n'
        "    return gradients\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    # h_n and c_n are not used by any loss in this exercise, so their gradients are "
        "zero\n"
        "    n_steps = x.shape[0]\n"
        "    h_hist = [h0]\n"
        "    c_hist = [c0]\n"
        "    for s in range(n_steps):\n"
        "        nh, nc = lstm_cell(x[s], h_hist[-1], c_hist[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        h_hist.append(nh)\n"
        "        c_hist.append(nc)\n"
        "    dh_carry = np.zeros_like(h0)\n"
        "    dc_carry = np.zeros_like(c0)\n"
        '    out = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '           "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for s in reversed(range(n_steps)):\n"
        "        r = lstm_cell_backward(dout[s] + dh_carry, dc_carry, x[s], h_hist[s], "
        "c_hist[s],\n"
        "                               W_ih, W_hh, b_ih, b_hh)\n"
        '        out["x"][s] = r["x"]\n'
        '        for name in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            out[name] += r[name]\n"
        '        dh_carry, dc_carry = r["h"], r["c"]\n'
        '    out["h0"] = dh_carry\n'
        '    out["c0"] = dc_carry\n'
        "    return out\n",
    },
    {
        "id": "lb_dbl_aisha_clip_and_dx_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh passed back between steps is clipped to [-1, 1]",
                "must_mention": [
                    {
                        "any": [
                            "clip",
                            "norm",
                            "rescal",
                            "scaled",
                            "scaling",
                            "shrunk",
                            "clamp",
                            "capped",
                            "limit",
                        ]
                    }
                ],
            },
            {
                "what": "the x gradients are appended while walking back and stacked without "
                "reversing: 'x' is in reversed time order",
                "must_mention": [
                    {
                        "any": [
                            '"x"',
                            "'x'",
                            "dx",
                            "x gradient",
                            "gradient of x",
                            "gradient for x",
                            "gradient with respect to x",
                            "input gradient",
                            "x:",
                            "x[",
                        ]
                    },
                    {"any": ["revers", "order", "flip", "time", "backward"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """Gradients of one LSTM step."""\n'
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
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_prev,\n'
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
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dW_ih = 0; dW_hh = 0; db_ih = 0; db_hh = 0\n"
        "    dxs = []\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dW_ih = dW_ih + g["W_ih"]; dW_hh = dW_hh + g["W_hh"]\n'
        '        db_ih = db_ih + g["b_ih"]; db_hh = db_hh + g["b_hh"]\n'
        '        dh = np.clip(g["h"], -1.0, 1.0)          # gradient clipping (exploding '
        "gradients)\n"
        '        dc = g["c"]\n'
        '    return {"x": np.array(dxs), "h0": dh, "c0": dc,\n'
        '            "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_dbl_rafael_last_step_and_swap",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight and bias gradients are reassigned at every step: only step 0's are "
                "returned, not the sum over steps",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "add",
                            "total",
                            "every step",
                            "all steps",
                            "each step",
                            "only the",
                            "overwr",
                            "last step",
                            "step 0",
                            "one step",
                        ]
                    },
                    {"any": ["weight", "W_ih", "W_hh", "bias", "b_ih", "b_hh"]},
                ],
            },
            {
                "what": "the walk back starts with dh = dc_n and dc = dh_n (swapped)",
                "must_mention": [
                    {"any": ["dh_n", "dc_n"]},
                    {"any": ["swap", "exchang", "instead", "mixed", "other", "interchang"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    H = h.shape[-1]\n"
        "    z = np.einsum('bi,gi->bg', x, W_ih) + np.einsum('bj,gj->bg', h, W_hh) + b_ih + "
        "b_hh\n"
        "    s = sigmoid(z)             # sigmoid of every block; g uses tanh below\n"
        "    t = np.tanh(z)\n"
        "    i, f, o = s[:, :H], s[:, H:2*H], s[:, 3*H:]\n"
        "    g = t[:, 2*H:3*H]\n"
        "    cn = f * c + i * g\n"
        "    tc = np.tanh(cn)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    dz = np.empty_like(z)\n"
        "    dz[:, :H] = dc * g * i * (1 - i)\n"
        "    dz[:, H:2*H] = dc * c * f * (1 - f)\n"
        "    dz[:, 2*H:3*H] = dc * i * (1 - g**2)\n"
        "    dz[:, 3*H:] = dh_next * tc * o * (1 - o)\n"
        "    return dict(x=np.einsum('bg,gi->bi', dz, W_ih), h=np.einsum('bg,gj->bj', dz, "
        "W_hh), c=dc * f,\n"
        "                W_ih=np.einsum('bg,bi->gi', dz, x), W_hh=np.einsum('bg,bj->gj', dz, "
        "h),\n"
        "                b_ih=dz.sum(0), b_hh=dz.sum(0))\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hx = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        hx.append(lstm_cell(x[t], *hx[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    zeros = np.zeros_like(h0)\n"
        "    dh, dc = (dc_n if dc_n is not None else zeros), (dh_n if dh_n is not None else "
        "zeros)\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], *hx[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dWi, dWh, dbi, dbh = g["W_ih"], g["W_hh"], g["b_ih"], g["b_hh"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "    return dict(x=dx, h0=dh, c0=dc, W_ih=dWi, W_hh=dWh, b_ih=dbi, b_hh=dbh)\n",
    },
    {
        "id": "lb_dbl_keiko_skip0_and_mutate",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward loop range(T-1, 0, -1) never runs step 0",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "range",
                            "off-by-one",
                            "off by one",
                            "skip",
                            "missing",
                            "x[0]",
                            "never",
                            "stops at 1",
                            "stops one",
                        ]
                    }
                ],
            },
            {
                "what": "the 'h' gradient of each step is added into dout in place, modifying the "
                "caller's dout",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "chang",
                            "mutat",
                            "overwr",
                            "alter",
                        ]
                    },
                    {"any": ["dout", "input", "argument", "given"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    # slice the stacked weights into the gates' own matrices\n"
        "    W_ii, W_if, W_ig, W_io = W_ih[0:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:4*H]\n"
        "    W_hi, W_hf, W_hg, W_ho = W_hh[0:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:4*H]\n"
        "    b_i = b_ih[0:H] + b_hh[0:H]\n"
        "    b_f = b_ih[H:2*H] + b_hh[H:2*H]\n"
        "    b_g = b_ih[2*H:3*H] + b_hh[2*H:3*H]\n"
        "    b_o = b_ih[3*H:4*H] + b_hh[3*H:4*H]\n"
        "\n"
        "    i = sigmoid(x @ W_ii.T + h @ W_hi.T + b_i)\n"
        "    f = sigmoid(x @ W_if.T + h @ W_hf.T + b_f)\n"
        "    g = np.tanh(x @ W_ig.T + h @ W_hg.T + b_g)\n"
        "    o = sigmoid(x @ W_io.T + h @ W_ho.T + b_o)\n"
        "    c_new = f * c + i * g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "\n"
        "    d_c = dc_next + dh_next * o * (1 - tanh_c * tanh_c)\n"
        "    d_ai = d_c * g * i * (1 - i)\n"
        "    d_af = d_c * c * f * (1 - f)\n"
        "    d_ag = d_c * i * (1 - g * g)\n"
        "    d_ao = dh_next * tanh_c * o * (1 - o)\n"
        "\n"
        "    dx = d_ai @ W_ii + d_af @ W_if + d_ag @ W_ig + d_ao @ W_io\n"
        "    dh = d_ai @ W_hi + d_af @ W_hf + d_ag @ W_hg + d_ao @ W_ho\n"
        "    dW_ih = np.concatenate([d_ai.T @ x, d_af.T @ x, d_ag.T @ x, d_ao.T @ x], axis=0)\n"
        "    dW_hh = np.concatenate([d_ai.T @ h, d_af.T @ h, d_ag.T @ h, d_ao.T @ h], axis=0)\n"
        "    db = np.concatenate([d_ai.sum(0), d_af.sum(0), d_ag.sum(0), d_ao.sum(0)])\n"
        '    return {"x": dx, "h": dh, "c": d_c * f, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    H_prev = [h0]\n"
        "    C_prev = [c0]\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], H_prev[t], C_prev[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        H_prev.append(h_t)\n"
        "        C_prev.append(c_t)\n"
        "    if dh_n is not None:\n"
        "        dout[T - 1] += dh_n       # h_n = h_{T-1}\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    grads = {"x": np.zeros_like(x), "h0": np.zeros_like(h0), "W_ih": '
        "np.zeros_like(W_ih),\n"
        '             "W_hh": np.zeros_like(W_hh), "b_ih": np.zeros_like(b_ih), "b_hh": '
        "np.zeros_like(b_hh)}\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], H_prev[t], C_prev[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        grads["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] += g[k]\n"
        '        dout[t - 1] += g["h"]\n'
        '        dc = g["c"]\n'
        '    grads["h0"] = dout[0] if T == 1 else g["h"]\n'
        '    grads["c0"] = dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_dbl_marcus_stale_and_ignores_final",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "forward states cached on the instance at the first call and reused on "
                "later calls with the same shapes",
                "must_mention": [
                    {
                        "any": [
                            "cache",
                            "stale",
                            "previous call",
                            "earlier call",
                            "first call",
                            "reuse",
                            "memo",
                            "between calls",
                            "persist",
                            "remember",
                        ]
                    }
                ],
            },
            {
                "what": "dh_n and dc_n are ignored (always zeros)",
                "must_mention": [{"any": ["dh_n", "dc_n", "final state", "h_n", "c_n"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "def _forward_with_cache(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hidden_size = h.shape[1]\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    blocks = {name: pre[:, k * hidden_size:(k + 1) * hidden_size] for k, name in "
        'enumerate("ifgo")}\n'
        "    gates = {\n"
        '        "i": sigmoid(blocks["i"]),\n'
        '        "f": sigmoid(blocks["f"]),\n'
        '        "g": np.tanh(blocks["g"]),\n'
        '        "o": sigmoid(blocks["o"]),\n'
        "    }\n"
        '    c_new = gates["f"] * c + gates["i"] * gates["g"]\n'
        '    cache = {"x": x, "h_prev": h, "c_prev": c, "c_new": c_new, "tanh_c_new": '
        "np.tanh(c_new), **gates}\n"
        "    return cache\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    cache = _forward_with_cache(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        '    i, f, g, o = cache["i"], cache["f"], cache["g"], cache["o"]\n'
        '    tanh_c = cache["tanh_c_new"]\n'
        "\n"
        "    grad_c_total = dc_next + dh_next * o * (1.0 - tanh_c * tanh_c)\n"
        "    grad_pre = {\n"
        '        "i": grad_c_total * g * i * (1.0 - i),\n'
        '        "f": grad_c_total * cache["c_prev"] * f * (1.0 - f),\n'
        '        "g": grad_c_total * i * (1.0 - g * g),\n'
        '        "o": dh_next * tanh_c * o * (1.0 - o),\n'
        "    }\n"
        '    grad_a = np.hstack([grad_pre[name] for name in "ifgo"])\n'
        "\n"
        "    gradients = {}\n"
        '    gradients["x"] = grad_a @ W_ih\n'
        '    gradients["h"] = grad_a @ W_hh\n'
        '    gradients["c"] = grad_c_total * f\n'
        '    gradients["W_ih"] = grad_a.T @ cache["x"]\n'
        '    gradients["W_hh"] = grad_a.T @ cache["h_prev"]\n'
        '    gradients["b_ih"] = np.sum(grad_a, axis=0)\n'
        '    gradients["b_hh"] = np.sum(grad_a, axis=0)\n'
        "    return gradients\n"
        "\n"
        "\n"
        "class SequenceBackprop:\n"
        '    """BPTT for one LSTM layer; keeps the forward trajectory between calls."""\n'
        "\n"
        "    def __init__(self):\n"
        "        self.trajectory = {}\n"
        "\n"
        "    def _forward(self, x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "        hs, cs = [h0], [c0]\n"
        "        for t in range(x.shape[0]):\n"
        "            h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "            hs.append(h)\n"
        "            cs.append(c)\n"
        "        return hs, cs\n"
        "\n"
        "    def __call__(self, dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "        key = (x.shape, h0.shape)\n"
        "        if key not in self.trajectory:\n"
        "            self.trajectory[key] = self._forward(x, h0, c0, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs, cs = self.trajectory[key]\n"
        "        dh = np.zeros_like(h0)\n"
        "        dc = np.zeros_like(c0)\n"
        '        totals = {"W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n'
        '                  "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "        dx = np.zeros_like(x)\n"
        "        for t in range(x.shape[0] - 1, -1, -1):\n"
        "            step = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '            dx[t] = step["x"]\n'
        "            for name in totals:\n"
        "                totals[name] += step[name]\n"
        '            dh, dc = step["h"], step["c"]\n'
        '        return {"x": dx, "h0": dh, "c0": dc, **totals}\n'
        "\n"
        "\n"
        "lstm_layer_backward = SequenceBackprop()\n",
    },
    {
        "id": "ll_ok_mei",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """One LSTM layer over a padded batch of sequences of different lengths."""\n'
        "    T = x.shape[0]\n"
        "    lengths = np.asarray(lengths)\n"
        "    mask = (np.arange(T)[:, None] < lengths[None, :])[..., None]   # (T, B, 1): real "
        "steps\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = mask[t]\n"
        "        h = np.where(m, h_new, h)          # finished sequences keep their state\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)   # zeros past each length\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ok_rafael",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    # what pack_padded_sequence amounts to: every sequence runs alone, up to its own "
        "length\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.zeros((B, H))\n"
        "    c_n = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        h, c = h0[b:b + 1], c0[b:b + 1]          # keep a batch axis of 1\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b], c_n[b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_ok_priya",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    h = h0.copy()\n"
        "    c = c0.copy()\n"
        "    out = np.zeros((T, h0.shape[0], h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        active = lengths > t                      # like df[df.length > t]\n"
        "        if not active.any():\n"
        "            break\n"
        "        h_new, c_new = lstm_cell(x[t][active], h[active], c[active], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        h[active] = h_new\n"
        "        c[active] = c_new\n"
        "        out[t][active] = h_new\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ok_dmitri",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    H = h0.shape[1]\n"
        '    order = np.argsort(-lengths, kind="stable")        # longest first, as '
        "pack_padded_sequence does\n"
        "    inv = np.empty_like(order)\n"
        "    inv[order] = np.arange(B)                          # undo the sort at the end\n"
        "    xs, ls = x[:, order], lengths[order]\n"
        "    batch_sizes = [int((ls > t).sum()) for t in range(T)]\n"
        "    out_s = np.zeros((T, B, H))\n"
        "    h, c = h0[order], c0[order]\n"
        "    for t in range(T):\n"
        "        bs = batch_sizes[t]\n"
        "        if bs == 0:\n"
        "            break\n"
        "        h[:bs], c[:bs] = lstm_cell(xs[t, :bs], h[:bs], c[:bs], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        out_s[t, :bs] = h[:bs]\n"
        "    return out_s[:, inv], (h[inv], c[inv])\n",
    },
    {
        "id": "ll_ok_hannah",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    # run over everything (padding included), then read each sequence where it really "
        "ends\n"
        "    T, B = x.shape[:2]\n"
        "    hs, cs = [], []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    hs, cs = np.stack(hs), np.stack(cs)                 # (T, B, H), the padded run\n"
        "    L = np.asarray(lengths)\n"
        "    cols = np.arange(B)\n"
        "    valid = (np.arange(T)[:, None] < L[None, :])[..., None]\n"
        "    return np.where(valid, hs, 0.0), (hs[L - 1, cols], cs[L - 1, cols])\n",
    },
    {
        "id": "ll_jorge_nan_padding",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is filled with NaN past each length (np.full(..., np.nan)) instead of "
                "zeros",
                "must_mention": [
                    {"any": ["nan"]},
                    {"any": ["zero", "pad", "past", "after", "beyond"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    H = h0.shape[1]\n"
        "    # NaN marks padding, so it can never be mistaken for a real value downstream\n"
        "    out = np.full((T, B, H), np.nan)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    for t in range(T):\n"
        "        real = t < lengths                 # (B,) bool\n"
        "        h_t, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[real] = h_t[real]\n"
        "        c[real] = c_t[real]\n"
        "        out[t, real] = h_t[real]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_sven_padding_holds_last_state",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "past each length, out repeats the sequence's last state (the frozen h) "
                "instead of zeros",
                "must_mention": [
                    {"any": ["zero", "pad", "past", "after", "beyond"]},
                    {
                        "any": [
                            "last",
                            "carr",
                            "frozen",
                            "repeat",
                            "copy",
                            "state",
                            "h_n",
                            "previous",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    m = (np.arange(T)[:, None] < lengths)[:, :, None].astype(float)\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m[t] > 0, hn, h)\n"
        "        c = np.where(m[t] > 0, cn, c)\n"
        "        out.append(h)\n"
        "    return np.stack(out), (h, c)\n",
    },
    {
        "id": "ll_tom_le_lengths",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask is t <= lengths[b] (lengths treated as the last index), so each "
                "shorter sequence runs one extra step on padding",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "one step",
                            "one extra",
                            "extra step",
                            "one more",
                            "one fewer",
                            "one step short",
                            "lengths[b] - 1",
                            "lengths - 1",
                            "<=",
                            "last index",
                            "1-based",
                            "one-based",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    h = h0\n"
        "    c = c0\n"
        "    for t in range(T):\n"
        "        keep = (t <= lengths).reshape(B, 1)    # still inside the sequence\n"
        "        h2, c2 = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(keep, h2, h)\n"
        "        c = np.where(keep, c2, c)\n"
        "        out[t] = np.where(keep, h2, 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_olu_cn_after_padding",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the loop runs over the padding; h_n is read from out at each last step "
                "but c_n is the state after step T-1",
                "must_mention": [
                    "c_n",
                    {
                        "any": [
                            "T-1",
                            "T - 1",
                            "last step",
                            "own last",
                            "lengths[b] - 1",
                            "padding",
                            "padded",
                            "length",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    h = h0\n"
        "    c = c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        for b in range(B):\n"
        "            if t < lengths[b]:\n"
        "                out[t, b] = h[b]\n"
        "    h_n = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        h_n[b] = out[lengths[b] - 1, b]\n"
        "    c_n = c\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_rafael_hn_not_unsorted",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the batch is sorted by length (pack-style) and out is put back in the "
                "original order, but h_n and c_n are returned in sorted order",
                "must_mention": [
                    {
                        "any": [
                            "sort",
                            "order",
                            "permut",
                            "unsort",
                            "batch order",
                            "rows",
                            "shuffl",
                            "swapped",
                            "another sequence",
                            "other sequence",
                            "wrong sequence",
                            "row",
                        ]
                    },
                    {"any": ["h_n", "c_n", "final"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    # like pack_padded_sequence(enforce_sorted=True): sort by length, longest first\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    sorted_idx = np.argsort(lengths)[::-1]\n"
        "    x_sorted = x[:, sorted_idx]\n"
        "    len_sorted = lengths[sorted_idx]\n"
        "    h = h0[sorted_idx]\n"
        "    c = c0[sorted_idx]\n"
        "    out_sorted = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        n_active = int(np.sum(len_sorted > t))     # batch_sizes[t]\n"
        "        if n_active == 0:\n"
        "            break\n"
        "        h_a, c_a = lstm_cell(x_sorted[t, :n_active], h[:n_active], c[:n_active], "
        "W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.concatenate([h_a, h[n_active:]])\n"
        "        c = np.concatenate([c_a, c[n_active:]])\n"
        "        out_sorted[t, :n_active] = h_a\n"
        "    unsorted_idx = np.argsort(sorted_idx)\n"
        "    out = out_sorted[:, unsorted_idx]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_keiko_unsort_with_order",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the unsort indexes with the sorting permutation itself instead of its "
                "inverse, so with three or more sequences the rows of out, h_n and c_n end "
                "up in the wrong order",
                "must_mention": [
                    {
                        "any": [
                            "sort",
                            "permut",
                            "unsort",
                            "invers",
                            "order",
                            "rows",
                            "row",
                            "shuffl",
                            "wrong sequence",
                            "other sequence",
                            "another sequence",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """Packed-style: sort the batch by decreasing length, shrink the batch as '
        'sequences end."""\n'
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        '    perm = np.argsort(-np.asarray(lengths), kind="stable")\n'
        "    xs, lens = x[:, perm], np.asarray(lengths)[perm]\n"
        "    h, c = h0[perm].copy(), c0[perm].copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        k = int((lens > t).sum())                 # lens is decreasing\n"
        "        if k == 0:\n"
        "            continue\n"
        "        h[:k], c[:k] = lstm_cell(xs[t, :k], h[:k], c[:k], W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t, :k] = h[:k]\n"
        "    # back to the caller's order\n"
        "    return out[:, perm], (h[perm], c[perm])\n",
    },
    {
        "id": "ll_priya_one_based_steps",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask counts steps from 1 (np.arange(1, T+1) < lengths), so every "
                "sequence stops one step early",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "one step",
                            "one extra",
                            "extra step",
                            "one more",
                            "one fewer",
                            "one step short",
                            "lengths[b] - 1",
                            "lengths - 1",
                            "<=",
                            "last index",
                            "1-based",
                            "one-based",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    steps = np.arange(1, T + 1)                        # step numbers 1..T\n"
        "    mask = steps[:, None] < lengths[None, :]           # (T, B) like a boolean column "
        "filter\n"
        "    h = h0.copy()\n"
        "    c = c0.copy()\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        rows = mask[t]\n"
        "        if rows.any():\n"
        "            h_new, c_new = lstm_cell(x[t][rows], h[rows], c[rows], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "            h[rows], c[rows] = h_new, c_new\n"
        "            out[t][rows] = h_new\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_aisha_c_not_masked",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only h is frozen past each length; c keeps being updated on the padding, "
                "so c_n is wrong for the shorter sequences",
                "must_mention": [
                    {"any": ["c_n", "cell state", "c "]},
                    {
                        "any": [
                            "mask",
                            "padding",
                            "frozen",
                            "freez",
                            "keep",
                            "carr",
                            "past",
                            "after",
                            "padded",
                            "update",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    mask = (np.arange(T)[:, None] < lengths[None, :]).astype(np.float64)[:, :, None]  "
        "# (T, B, 1)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        h_cand, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(mask[t] == 1, h_cand, h)\n"
        "        out[t] = np.where(mask[t] == 1, h_cand, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_dmitri_zeroes_padding_in_x",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the padding of x is zeroed in place 'for hygiene', which overwrites the "
                "caller's x",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "chang",
                            "mutat",
                            "overwr",
                            "alter",
                        ]
                    },
                    {"any": ["x", "input", "argument", "given"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    H = h0.shape[1]\n"
        "    valid = np.arange(T)[:, None] < lengths[None, :]     # (T, B)\n"
        "    x[~valid] = 0.0                                      # clean padding, no garbage "
        "in the cell\n"
        "    h = h0.copy(); c = c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        v = valid[t][:, None]\n"
        "        np.copyto(h, hn, where=v)\n"
        "        np.copyto(c, cn, where=v)\n"
        "        out[t] = hn * v\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_marcus_final_state_at_T",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is masked correctly, but h_n and c_n are the states after step T-1 "
                "(the loop does not freeze finished sequences)",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state", "final"]},
                    {
                        "any": [
                            "T-1",
                            "T - 1",
                            "last step",
                            "own last",
                            "lengths[b] - 1",
                            "padding",
                            "length",
                            "padded",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "class _MaskedRunner:\n"
        "    def __init__(self, W_ih, W_hh, b_ih, b_hh):\n"
        "        self.weights = (W_ih, W_hh, b_ih, b_hh)\n"
        "\n"
        "    def step(self, x_t, h, c):\n"
        "        return lstm_cell(x_t, h, c, *self.weights)\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    runner = _MaskedRunner(W_ih, W_hh, b_ih, b_hh)\n"
        "    sequence_length, batch_size, _ = x.shape\n"
        "    hidden_size = h0.shape[1]\n"
        "    outputs = np.zeros((sequence_length, batch_size, hidden_size))\n"
        "    hidden, cell = h0, c0\n"
        "    for t in range(sequence_length):\n"
        "        hidden, cell = runner.step(x[t], hidden, cell)\n"
        "        is_real_step = (t < lengths)[:, None]\n"
        "        outputs[t] = np.where(is_real_step, hidden, 0.0)\n"
        "    return outputs, (hidden, cell)\n",
    },
    {
        "id": "ll_lena_out_cut_to_longest",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is returned with max(lengths) steps, as pad_packed_sequence without "
                "total_length, instead of T steps",
                "must_mention": [
                    {"any": ["total_length", "shape", "longest", "max", "steps", "length"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    T_max = int(np.max(lengths))          # pad_packed_sequence pads to the longest "
        "sequence\n"
        "    batch = x.shape[1]\n"
        "    hidden = h0.shape[1]\n"
        "    out = np.zeros((T_max, batch, hidden))\n"
        "    h_state = h0.copy()\n"
        "    c_state = c0.copy()\n"
        "    for step in range(T_max):\n"
        "        alive = step < lengths\n"
        "        new_h, new_c = lstm_cell(x[step], h_state, c_state, W_ih, W_hh, b_ih, b_hh)\n"
        "        h_state[alive] = new_h[alive]\n"
        "        c_state[alive] = new_c[alive]\n"
        "        out[step][alive] = new_h[alive]\n"
        "    return out, (h_state, c_state)\n",
    },
    {
        "id": "ll_dbl_jorge_nan_and_final_at_T",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is NaN past each length instead of zeros",
                "must_mention": [
                    {"any": ["nan"]},
                    {"any": ["zero", "pad", "past", "after", "beyond"]},
                ],
            },
            {
                "what": "h_n and c_n are the states after step T-1, not at each sequence's last "
                "step",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state", "final"]},
                    {
                        "any": [
                            "T-1",
                            "T - 1",
                            "last step",
                            "own last",
                            "lengths[b] - 1",
                            "padding",
                            "length",
                            "padded",
                        ]
                    },
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    out = np.full((T, B, h0.shape[1]), np.nan)      # NaN = padding\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        for b in np.flatnonzero(t < lengths):\n"
        "            out[t, b] = h[b]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_dbl_rafael_le_and_no_unsort",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_sizes counts lengths >= t, so every shorter sequence runs one extra "
                "step",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "one step",
                            "one extra",
                            "extra step",
                            "one more",
                            "one fewer",
                            "one step short",
                            "lengths[b] - 1",
                            "lengths - 1",
                            "<=",
                            "last index",
                            "1-based",
                            "one-based",
                        ]
                    }
                ],
            },
            {
                "what": "h_n and c_n are returned in the sorted order, never unsorted",
                "must_mention": [
                    {
                        "any": [
                            "sort",
                            "order",
                            "permut",
                            "unsort",
                            "batch order",
                            "rows",
                            "shuffl",
                            "swapped",
                            "another sequence",
                            "other sequence",
                            "wrong sequence",
                            "row",
                        ]
                    },
                    {"any": ["h_n", "c_n", "final"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    H = h0.shape[1]\n"
        '    idx = np.argsort(-lengths, kind="stable")\n'
        "    xs, ls, h, c = x[:, idx], lengths[idx], h0[idx], c0[idx]\n"
        "    batch_sizes = np.array([(ls >= t).sum() for t in range(T)])    # like "
        "packed.batch_sizes\n"
        "    out_s = np.zeros((T, B, H))\n"
        "    for t, bs in enumerate(batch_sizes):\n"
        "        h_new, c_new = lstm_cell(xs[t, :bs], h[:bs], c[:bs], W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.concatenate([h_new, h[bs:]], axis=0)\n"
        "        c = np.concatenate([c_new, c[bs:]], axis=0)\n"
        "        out_s[t, :bs] = h_new\n"
        "    out = np.empty_like(out_s)\n"
        "    out[:, idx] = out_s\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_dbl_lena_c_unmasked_and_cut",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "c keeps being updated on the padding (only h is frozen), so c_n is wrong",
                "must_mention": [
                    {"any": ["c_n", "cell state", "c "]},
                    {
                        "any": [
                            "mask",
                            "padding",
                            "frozen",
                            "freez",
                            "keep",
                            "carr",
                            "past",
                            "after",
                            "padded",
                            "update",
                        ]
                    },
                ],
            },
            {
                "what": "out has max(lengths) steps instead of T",
                "must_mention": [
                    {"any": ["total_length", "shape", "longest", "max", "steps", "length"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    longest = int(lengths.max())\n"
        "    outs = []\n"
        "    h, c = h0, c0\n"
        "    for step in range(longest):\n"
        "        still_going = (step < lengths)[:, None]\n"
        "        new_h, c = lstm_cell(x[step], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(still_going, new_h, h)\n"
        "        outs.append(np.where(still_going, new_h, 0.0))\n"
        "    return np.array(outs), (h, c)\n",
    },
    {
        "id": "ll_dbl_dmitri_last_state_fill_and_inplace",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "past each length, out holds the frozen last state instead of zeros",
                "must_mention": [
                    {"any": ["zero", "pad", "past", "after", "beyond"]},
                    {
                        "any": [
                            "last",
                            "carr",
                            "frozen",
                            "repeat",
                            "copy",
                            "state",
                            "h_n",
                            "previous",
                        ]
                    },
                ],
            },
            {
                "what": "the state is updated in place in buffers that are h0 and c0 themselves, "
                "overwriting the caller's h0 and c0",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "chang",
                            "mutat",
                            "overwr",
                            "alter",
                        ]
                    },
                    {"any": ["h0", "c0", "input", "argument", "given"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    H = h0.shape[1]\n"
        "    out = np.empty((T, B, H))\n"
        "    h, c = h0, c0                                   # state buffers, updated in "
        "place\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        live = (t < lengths)[:, None]\n"
        "        np.copyto(h, hn, where=live)\n"
        "        np.copyto(c, cn, where=live)\n"
        "        out[t] = h\n"
        "    return out, (h.copy(), c.copy())\n",
    },
    {
        "id": "bll_ok_mei",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """One LSTM layer over a padded batch of sequences of different lengths."""\n'
        "    T = x.shape[0]\n"
        "    lengths = np.asarray(lengths)\n"
        "    mask = (np.arange(T)[:, None] < lengths[None, :])[..., None]   # (T, B, 1): real "
        "steps\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = mask[t]\n"
        "        h = np.where(m, h_new, h)          # finished sequences keep their state\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)   # zeros past each length\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def _reverse_each(a, lengths):\n"
        '    """Reverse every sequence\'s own steps in time; leave its padding where it '
        'is."""\n'
        "    r = a.copy()\n"
        "    for b, n in enumerate(lengths):\n"
        "        r[:n, b] = a[:n, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        '    """One bidirectional LSTM layer over a padded batch, as packed '
        'nn.LSTM(bidirectional=True)."""\n'
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (hr, cr) = lstm_layer_lengths(_reverse_each(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out_b = _reverse_each(out_r, lengths)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([hf, hr]), np.stack([cf, cr]))\n",
    },
    {
        "id": "bll_ok_rafael",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    # what pack_padded_sequence amounts to: every sequence runs alone, up to its own "
        "length\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.zeros((B, H))\n"
        "    c_n = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        h, c = h0[b:b + 1], c0[b:b + 1]          # keep a batch axis of 1\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b], c_n[b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    # every sequence alone, both directions, over its own steps only\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        seq = x[:n, b:b + 1]                       # (n, 1, I)\n"
        "        h, c = h0[0, b:b + 1], c0[0, b:b + 1]\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(seq[t], h, c, *fwd)\n"
        "            out[t, b, :H] = h[0]\n"
        "        h_n[0, b], c_n[0, b] = h[0], c[0]\n"
        "        h, c = h0[1, b:b + 1], c0[1, b:b + 1]\n"
        "        for t in range(n - 1, -1, -1):\n"
        "            h, c = lstm_cell(seq[t], h, c, *bwd)\n"
        "            out[t, b, H:] = h[0]\n"
        "        h_n[1, b], c_n[1, b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bll_ok_hannah",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    # run over everything (padding included), then read each sequence where it really "
        "ends\n"
        "    T, B = x.shape[:2]\n"
        "    hs, cs = [], []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    hs, cs = np.stack(hs), np.stack(cs)                 # (T, B, H), the padded run\n"
        "    L = np.asarray(lengths)\n"
        "    cols = np.arange(B)\n"
        "    valid = (np.arange(T)[:, None] < L[None, :])[..., None]\n"
        "    return np.where(valid, hs, 0.0), (hs[L - 1, cols], cs[L - 1, cols])\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B = x.shape[:2]\n"
        "    L = np.asarray(lengths)\n"
        "    t = np.arange(T)[:, None]\n"
        "    src = np.where(t < L, L - 1 - t, t)           # (T, B): per-sequence time "
        "reversal\n"
        "    cols = np.arange(B)[None, :]\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, L, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(x[src, cols], L, h0[1], c0[1], *bwd)\n"
        "    return np.concatenate([of, ob[src, cols]], -1), (np.stack([hf, hb]), "
        "np.stack([cf, cb]))\n",
    },
    {
        "id": "bll_tom_reverse_from_padded_end",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs over the whole flipped tensor x[::-1]: it "
                "starts at step T-1, on padding, instead of at each sequence's own last "
                "step",
                "must_mention": [
                    {"any": ["revers", "backward", "bwd", "row 1", "[1]", "second direction"]},
                    {
                        "any": [
                            "padding",
                            "padded end",
                            "T-1",
                            "T - 1",
                            "own last",
                            "lengths[b] - 1",
                            "last real",
                            "start",
                            "pad",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """One LSTM layer over a padded batch of sequences of different lengths."""\n'
        "    T = x.shape[0]\n"
        "    lengths = np.asarray(lengths)\n"
        "    mask = (np.arange(T)[:, None] < lengths[None, :])[..., None]   # (T, B, 1): real "
        "steps\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = mask[t]\n"
        "        h = np.where(m, h_new, h)          # finished sequences keep their state\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)   # zeros past each length\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse direction: like chapter 6, run on the flipped sequence and flip back\n"
        "    h_b, c_b = h0[1], c0[1]\n"
        "    outs_b = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h_b, c_b = lstm_cell(x[t], h_b, c_b, *bwd)\n"
        "        outs_b.append(h_b)\n"
        "    out_b = np.stack(outs_b[::-1])\n"
        "    mask = (np.arange(T)[:, None] < lengths[None, :])[..., None]\n"
        "    out_b = np.where(mask, out_b, 0.0)       # zeros past each length, as required\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bll_jorge_bwd_first",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out concatenates [reverse, forward] instead of [forward, reverse]",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "exchang",
                            "interchang",
                            "wrong half",
                            "first half",
                            "halves",
                        ]
                    },
                    {"any": ["revers", "backward", "bwd", "forward", "direction"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    # what pack_padded_sequence amounts to: every sequence runs alone, up to its own "
        "length\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.zeros((B, H))\n"
        "    c_n = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        h, c = h0[b:b + 1], c0[b:b + 1]          # keep a batch axis of 1\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b], c_n[b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        x_rev[:L, b] = x[L - 1::-1, b] if L < T else x[::-1, b]\n"
        "    o_fw, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    o_bw_rev, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    o_bw = np.zeros_like(o_bw_rev)\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        o_bw[:L, b] = o_bw_rev[:L, b][::-1]\n"
        "    out = np.concatenate([o_bw, o_fw], axis=2)     # backward || forward\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bll_priya_flip_back_whole_T",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the input is reversed per sequence, but the reverse output is flipped "
                "back over the whole T axis ([::-1]), so for sequences shorter than T it "
                "lands at the wrong steps (on padding)",
                "must_mention": [
                    {"any": ["revers", "backward", "bwd", "row 1", "[1]", "second direction"]},
                    {
                        "any": [
                            "flip",
                            "align",
                            "shift",
                            "position",
                            "wrong step",
                            "time",
                            "padding",
                            "order",
                            "own length",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    h = h0.copy()\n"
        "    c = c0.copy()\n"
        "    out = np.zeros((T, h0.shape[0], h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        active = lengths > t                      # like df[df.length > t]\n"
        "        if not active.any():\n"
        "            break\n"
        "        h_new, c_new = lstm_cell(x[t][active], h[active], c[active], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        h[active] = h_new\n"
        "        c[active] = c_new\n"
        "        out[t][active] = h_new\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    B = x.shape[1]\n"
        "    x_rev = x.copy()\n"
        "    for b in range(B):\n"
        "        n = lengths[b]\n"
        "        x_rev[:n, b] = x[:n, b][::-1]                 # each sequence reversed on its "
        "own\n"
        "    out_fwd, (h_fwd, c_fwd) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_rev, (h_rev, c_rev) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_rev = out_rev[::-1]                           # back to time order\n"
        "    out = np.concatenate([out_fwd, out_rev], axis=-1)\n"
        "    return out, (np.stack([h_fwd, h_rev]), np.stack([c_fwd, c_rev]))\n",
    },
    {
        "id": "bll_olu_rev_hn_at_last_real_step",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] is taken from the reverse output at position lengths[b]-1 (its "
                "first step) instead of position 0 (its final state)",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "step 0",
                            "position 0",
                            "first step",
                            "t = 0",
                            "t=0",
                            "x_0",
                            "last step",
                            "lengths[b] - 1",
                            "final",
                            "wrong step",
                            "wrong time",
                            "after step 0",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    # what pack_padded_sequence amounts to: every sequence runs alone, up to its own "
        "length\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.zeros((B, H))\n"
        "    c_n = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        h, c = h0[b:b + 1], c0[b:b + 1]          # keep a batch axis of 1\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b], c_n[b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "\n"
        "    # forward direction\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out[:, :, 0:H] = out_f\n"
        "    h_n[0] = h_f\n"
        "    c_n[0] = c_f\n"
        "\n"
        "    # backward direction, one sequence at a time\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        h = h0[1, b:b + 1]\n"
        "        c = c0[1, b:b + 1]\n"
        "        for t in range(L - 1, -1, -1):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, *bwd)\n"
        "            out[t, b, H:2 * H] = h[0]\n"
        "        c_n[1, b] = c[0]\n"
        "    for b in range(B):\n"
        "        # the last step of sequence b is lengths[b] - 1\n"
        "        h_n[1, b] = out[lengths[b] - 1, b, H:2 * H]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bll_aisha_shared_weights",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs with the forward weights fwd instead of bwd",
                "must_mention": [
                    {"any": ["revers", "backward", "bwd", "row 1", "[1]", "second direction"]},
                    {"any": ["weight", "fwd", "param", "W_ih", "W_hh"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """One LSTM layer over a padded batch of sequences of different lengths."""\n'
        "    T = x.shape[0]\n"
        "    lengths = np.asarray(lengths)\n"
        "    mask = (np.arange(T)[:, None] < lengths[None, :])[..., None]   # (T, B, 1): real "
        "steps\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = mask[t]\n"
        "        h = np.where(m, h_new, h)          # finished sequences keep their state\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)   # zeros past each length\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    W = fwd                         # the layer's weights\n"
        "    # index of the source step for every (t, b): reversed inside each sequence\n"
        "    rev_t = np.empty((T, B), dtype=int)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        rev_t[:, b] = np.concatenate([np.arange(L - 1, -1, -1), np.arange(L, T)])\n"
        "    b_idx = np.arange(B)[None, :]\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *W)\n"
        "    out_r, (hr, cr) = lstm_layer_lengths(x[rev_t, b_idx], lengths, h0[1], c0[1], *W)\n"
        "    out = np.concatenate([out_f, out_r[rev_t, b_idx]], axis=2)\n"
        "    return out, (np.stack([hf, hr]), np.stack([cf, cr]))\n",
    },
    {
        "id": "bll_sven_stack_axis",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the two directions are stacked on a new axis, out is (T, B, 2, H) instead "
                "of (T, B, 2H)",
                "must_mention": [
                    {"any": ["stack", "concat", "new axis", "extra axis", "shape", "dimension"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """One LSTM layer over a padded batch of sequences of different lengths."""\n'
        "    T = x.shape[0]\n"
        "    lengths = np.asarray(lengths)\n"
        "    mask = (np.arange(T)[:, None] < lengths[None, :])[..., None]   # (T, B, 1): real "
        "steps\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = mask[t]\n"
        "        h = np.where(m, h_new, h)          # finished sequences keep their state\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)   # zeros past each length\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    xr = x.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        xr[:L, b] = x[:L, b][::-1]\n"
        "    of, sf = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    orr, sr = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    ob = orr.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        ob[:L, b] = orr[:L, b][::-1]\n"
        "    out = np.stack([of, ob], axis=2)\n"
        "    return out, (np.stack([sf[0], sr[0]]), np.stack([sf[1], sr[1]]))\n",
    },
    {
        "id": "bll_keiko_rev_final_after_padding",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction reads each sequence reversed but runs unmasked over "
                "the padding after it, so h_n[1] and c_n[1] are the states after step T-1 "
                "of the reversed tensor, not after x_0",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final"]},
                    {"any": ["revers", "backward", "bwd", "row 1", "[1]", "second direction"]},
                    {"any": ["padding", "pad", "T-1", "T - 1", "length", "after", "extra steps"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    H = h0.shape[1]\n"
        '    order = np.argsort(-lengths, kind="stable")        # longest first, as '
        "pack_padded_sequence does\n"
        "    inv = np.empty_like(order)\n"
        "    inv[order] = np.arange(B)                          # undo the sort at the end\n"
        "    xs, ls = x[:, order], lengths[order]\n"
        "    batch_sizes = [int((ls > t).sum()) for t in range(T)]\n"
        "    out_s = np.zeros((T, B, H))\n"
        "    h, c = h0[order], c0[order]\n"
        "    for t in range(T):\n"
        "        bs = batch_sizes[t]\n"
        "        if bs == 0:\n"
        "            break\n"
        "        h[:bs], c[:bs] = lstm_cell(xs[t, :bs], h[:bs], c[:bs], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        out_s[t, :bs] = h[:bs]\n"
        "    return out_s[:, inv], (h[inv], c[inv])\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        '    """Both directions; the reverse one starts at each sequence\'s own last step."""\n'
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    lengths = np.asarray(lengths)\n"
        "    # reversed copy: step t of sequence b is x[lengths[b] - 1 - t, b]; padding stays "
        "at the end\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        x_rev[:lengths[b], b] = x[lengths[b] - 1::-1, b][:lengths[b]]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse direction: padding comes after the real steps, so a plain run is "
        "enough\n"
        "    h, c = h0[1], c0[1]\n"
        "    out_r = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x_rev[t], h, c, *bwd)\n"
        "        out_r[t] = h\n"
        "    out_b = np.zeros((T, B, H))\n"
        "    for b in range(B):\n"
        "        out_b[:lengths[b], b] = out_r[:lengths[b], b][::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h]), np.stack([c_f, c]))\n",
    },
    {
        "id": "bll_dmitri_rev_init_row0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from h0[0], c0[0] (the forward initial "
                "state) instead of row 1",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "init", "starting state", "start"]},
                    {"any": ["revers", "backward", "bwd", "row 1", "[1]", "second direction"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    H = h0.shape[1]\n"
        '    order = np.argsort(-lengths, kind="stable")        # longest first, as '
        "pack_padded_sequence does\n"
        "    inv = np.empty_like(order)\n"
        "    inv[order] = np.arange(B)                          # undo the sort at the end\n"
        "    xs, ls = x[:, order], lengths[order]\n"
        "    batch_sizes = [int((ls > t).sum()) for t in range(T)]\n"
        "    out_s = np.zeros((T, B, H))\n"
        "    h, c = h0[order], c0[order]\n"
        "    for t in range(T):\n"
        "        bs = batch_sizes[t]\n"
        "        if bs == 0:\n"
        "            break\n"
        "        h[:bs], c[:bs] = lstm_cell(xs[t, :bs], h[:bs], c[:bs], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        out_s[t, :bs] = h[:bs]\n"
        "    return out_s[:, inv], (h[inv], c[inv])\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    src = np.arange(T)[:, None].repeat(B, axis=1)\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        src[:L, b] = src[:L, b][::-1]\n"
        "    cols = np.arange(B)\n"
        "    xr = x[src, cols]\n"
        "    s_h, s_c = h0[0], c0[0]                         # initial state of the layer\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, s_h, s_c, *fwd)\n"
        "    orv, (hb, cb) = lstm_layer_lengths(xr, lengths, s_h, s_c, *bwd)\n"
        "    out = np.concatenate([of, orv[src, cols]], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bll_marcus_fwd_final_at_T",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the forward direction runs unmasked: out is masked afterwards, but h_n[0] "
                "and c_n[0] are the forward states after step T-1, not at each sequence's "
                "last step",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final"]},
                    {"any": ["forward", "row 0", "[0]", "fwd"]},
                    {
                        "any": [
                            "T-1",
                            "T - 1",
                            "length",
                            "padding",
                            "own last",
                            "lengths[b] - 1",
                            "last real",
                            "padded",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """One LSTM layer over a padded batch of sequences of different lengths."""\n'
        "    T = x.shape[0]\n"
        "    lengths = np.asarray(lengths)\n"
        "    mask = (np.arange(T)[:, None] < lengths[None, :])[..., None]   # (T, B, 1): real "
        "steps\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = mask[t]\n"
        "        h = np.where(m, h_new, h)          # finished sequences keep their state\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)   # zeros past each length\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def _reverse_within_length(array, lengths):\n"
        "    reversed_array = array.copy()\n"
        "    for batch_index, length in enumerate(lengths):\n"
        "        reversed_array[:length, batch_index] = array[:length, batch_index][::-1]\n"
        "    return reversed_array\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    sequence_length = x.shape[0]\n"
        "    # forward direction: a plain run, padding is removed from the output afterwards\n"
        "    forward_hidden, forward_cell = h0[0], c0[0]\n"
        "    forward_outputs = []\n"
        "    for t in range(sequence_length):\n"
        "        forward_hidden, forward_cell = lstm_cell(x[t], forward_hidden, forward_cell, "
        "*fwd)\n"
        "        forward_outputs.append(forward_hidden)\n"
        "    real_steps = (np.arange(sequence_length)[:, None] < lengths[None, :])[..., None]\n"
        "    forward_outputs = np.where(real_steps, np.stack(forward_outputs), 0.0)\n"
        "    # backward direction: each sequence reversed within its own length\n"
        "    reversed_input = _reverse_within_length(x, lengths)\n"
        "    backward_rev, (backward_hidden, backward_cell) = lstm_layer_lengths(\n"
        "        reversed_input, lengths, h0[1], c0[1], *bwd)\n"
        "    backward_outputs = _reverse_within_length(backward_rev, lengths)\n"
        "    output = np.concatenate([forward_outputs, backward_outputs], axis=2)\n"
        "    final_hidden = np.stack([forward_hidden, backward_hidden])\n"
        "    final_cell = np.stack([forward_cell, backward_cell])\n"
        "    return output, (final_hidden, final_cell)\n",
    },
    {
        "id": "bll_rafael_final_not_unsorted",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the batch is sorted by length and out is unsorted, but h_n and c_n stay "
                "in sorted order",
                "must_mention": [
                    {
                        "any": [
                            "sort",
                            "order",
                            "permut",
                            "unsort",
                            "batch order",
                            "rows",
                            "shuffl",
                            "swapped",
                            "another sequence",
                            "other sequence",
                            "wrong sequence",
                            "row",
                        ]
                    },
                    {"any": ["h_n", "c_n", "final"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    # what pack_padded_sequence amounts to: every sequence runs alone, up to its own "
        "length\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.zeros((B, H))\n"
        "    c_n = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        h, c = h0[b:b + 1], c0[b:b + 1]          # keep a batch axis of 1\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b], c_n[b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    # sort by length like pack_padded_sequence(enforce_sorted=True)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        '    order = np.argsort(-lengths, kind="stable")\n'
        "    xs, ls = x[:, order], lengths[order]\n"
        "    h0s, c0s = h0[:, order], c0[:, order]\n"
        "    out_s = np.zeros((T, B, 2 * H))\n"
        "    hn_s = np.zeros((2, B, H))\n"
        "    cn_s = np.zeros((2, B, H))\n"
        "    for j in range(B):\n"
        "        L = int(ls[j])\n"
        "        hf, cf = h0s[0, j:j + 1], c0s[0, j:j + 1]\n"
        "        for t in range(L):\n"
        "            hf, cf = lstm_cell(xs[t, j:j + 1], hf, cf, *fwd)\n"
        "            out_s[t, j, :H] = hf[0]\n"
        "        hb, cb = h0s[1, j:j + 1], c0s[1, j:j + 1]\n"
        "        for t in reversed(range(L)):\n"
        "            hb, cb = lstm_cell(xs[t, j:j + 1], hb, cb, *bwd)\n"
        "            out_s[t, j, H:] = hb[0]\n"
        "        hn_s[:, j] = hf[0], hb[0]\n"
        "        cn_s[:, j] = cf[0], cb[0]\n"
        "    restore = np.argsort(order)\n"
        "    return out_s[:, restore], (hn_s, cn_s)\n",
    },
    {
        "id": "bll_lena_minus_one_padding",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is filled with -1 past each length (a 'pad token') instead of zeros",
                "must_mention": [
                    {"any": ["-1", "minus one", "sentinel", "-1.0"]},
                    {"any": ["zero", "pad", "past", "after", "beyond"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    h = h0.copy()\n"
        "    c = c0.copy()\n"
        "    out = np.zeros((T, h0.shape[0], h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        active = lengths > t                      # like df[df.length > t]\n"
        "        if not active.any():\n"
        "            break\n"
        "        h_new, c_new = lstm_cell(x[t][active], h[active], c[active], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        h[active] = h_new\n"
        "        c[active] = c_new\n"
        "        out[t][active] = h_new\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "PAD_VALUE = -1.0   # same as our pad token id in the app\n"
        "\n"
        "\n"
        "def flip_valid(seq, lengths):\n"
        "    flipped = seq.copy()\n"
        "    for i in range(seq.shape[1]):\n"
        "        flipped[:lengths[i], i] = seq[:lengths[i], i][::-1]\n"
        "    return flipped\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    forward_out, (fh, fc) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    backward_out, (bh, bc) = lstm_layer_lengths(flip_valid(x, lengths), lengths, "
        "h0[1], c0[1], *bwd)\n"
        "    backward_out = flip_valid(backward_out, lengths)\n"
        "    out = np.concatenate([forward_out, backward_out], axis=2)\n"
        "    steps = np.arange(x.shape[0])[:, None]\n"
        "    out[steps >= lengths[None, :]] = PAD_VALUE\n"
        "    return out, (np.stack([fh, bh]), np.stack([fc, bc]))\n",
    },
    {
        "id": "bll_hannah_lengths_as_last_index",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the per-sequence reversal index is lengths[b] - t instead of lengths[b] - "
                "1 - t: the reverse direction starts one step too late (on padding, or "
                "past the end of x)",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "one step",
                            "lengths[b] - 1",
                            "last index",
                            "index",
                            "out of bounds",
                            "IndexError",
                            "one too",
                            "1-based",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    # run over everything (padding included), then read each sequence where it really "
        "ends\n"
        "    T, B = x.shape[:2]\n"
        "    hs, cs = [], []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    hs, cs = np.stack(hs), np.stack(cs)                 # (T, B, H), the padded run\n"
        "    L = np.asarray(lengths)\n"
        "    cols = np.arange(B)\n"
        "    valid = (np.arange(T)[:, None] < L[None, :])[..., None]\n"
        "    return np.where(valid, hs, 0.0), (hs[L - 1, cols], cs[L - 1, cols])\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B = x.shape[:2]\n"
        "    L = np.asarray(lengths)\n"
        "    t = np.arange(T)[:, None]\n"
        "    src = np.where(t < L, L - t, t)                # reversed time inside each "
        "sequence\n"
        "    cols = np.arange(B)[None, :]\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, L, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(x[src, cols], L, h0[1], c0[1], *bwd)\n"
        "    return np.concatenate([of, ob[src, cols]], -1), (np.stack([hf, hb]), "
        "np.stack([cf, cb]))\n",
    },
    {
        "id": "bll_dbl_tom_padded_end_and_bwd_first",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs over the whole flipped tensor, starting at "
                "step T-1 on padding",
                "must_mention": [
                    {"any": ["revers", "backward", "bwd", "row 1", "[1]", "second direction"]},
                    {
                        "any": [
                            "padding",
                            "padded end",
                            "T-1",
                            "T - 1",
                            "own last",
                            "lengths[b] - 1",
                            "last real",
                            "start",
                            "pad",
                        ]
                    },
                ],
            },
            {
                "what": "out concatenates [reverse, forward] instead of [forward, reverse]",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "exchang",
                            "interchang",
                            "wrong half",
                            "first half",
                            "halves",
                        ]
                    },
                    {"any": ["revers", "backward", "bwd", "forward", "direction"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """One LSTM layer over a padded batch of sequences of different lengths."""\n'
        "    T = x.shape[0]\n"
        "    lengths = np.asarray(lengths)\n"
        "    mask = (np.arange(T)[:, None] < lengths[None, :])[..., None]   # (T, B, 1): real "
        "steps\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = mask[t]\n"
        "        h = np.where(m, h_new, h)          # finished sequences keep their state\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)   # zeros past each length\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    mask = (np.arange(T)[:, None] < lengths[None, :])[..., None]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse: flip in time, run, flip back\n"
        "    x_flip = x[::-1]\n"
        "    h_b, c_b = h0[1], c0[1]\n"
        "    out_b = np.zeros_like(out_f)\n"
        "    for t in range(T):\n"
        "        h_b, c_b = lstm_cell(x_flip[t], h_b, c_b, *bwd)\n"
        "        out_b[T - 1 - t] = h_b\n"
        "    out_b = out_b * mask\n"
        "    out = np.concatenate([out_b, out_f], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bll_dbl_aisha_shared_and_fwd_final_at_T",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction uses the forward weights fwd instead of bwd",
                "must_mention": [
                    {"any": ["revers", "backward", "bwd", "row 1", "[1]", "second direction"]},
                    {"any": ["weight", "fwd", "param", "W_ih", "W_hh"]},
                ],
            },
            {
                "what": "h_n[0], c_n[0] are the forward states after step T-1 (unmasked forward "
                "run)",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final"]},
                    {"any": ["forward", "row 0", "[0]", "fwd"]},
                    {
                        "any": [
                            "T-1",
                            "T - 1",
                            "length",
                            "padding",
                            "own last",
                            "lengths[b] - 1",
                            "last real",
                            "padded",
                        ]
                    },
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        '    """One LSTM layer over a padded batch of sequences of different lengths."""\n'
        "    T = x.shape[0]\n"
        "    lengths = np.asarray(lengths)\n"
        "    mask = (np.arange(T)[:, None] < lengths[None, :])[..., None]   # (T, B, 1): real "
        "steps\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = mask[t]\n"
        "        h = np.where(m, h_new, h)          # finished sequences keep their state\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)   # zeros past each length\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    W_ih, W_hh, b_ih, b_hh = fwd\n"
        "    keep = (np.arange(T)[:, None] < lengths[None, :])[..., None]\n"
        "    # forward\n"
        "    h, c = h0[0], c0[0]\n"
        "    of = np.zeros((T, B, h0.shape[2]))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        of[t] = h\n"
        "    of = of * keep\n"
        "    # reverse, within each sequence\n"
        "    rev_t = np.empty((T, B), dtype=int)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        rev_t[:, b] = np.r_[np.arange(L - 1, -1, -1), np.arange(L, T)]\n"
        "    bi = np.arange(B)[None, :]\n"
        "    orv, (hr, cr) = lstm_layer_lengths(x[rev_t, bi], lengths, h0[1], c0[1], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        "    out = np.concatenate([of, orv[rev_t, bi]], axis=2)\n"
        "    return out, (np.stack([h, hr]), np.stack([c, cr]))\n",
    },
    {
        "id": "bll_dbl_dmitri_init_row0_and_stack",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from h0[0], c0[0] instead of h0[1], c0[1]",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "init", "starting state", "start"]},
                    {"any": ["revers", "backward", "bwd", "row 1", "[1]", "second direction"]},
                ],
            },
            {
                "what": "the two directions are stacked on a new axis: out is (T, B, 2, H)",
                "must_mention": [
                    {"any": ["stack", "concat", "new axis", "extra axis", "shape", "dimension"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    H = h0.shape[1]\n"
        '    order = np.argsort(-lengths, kind="stable")        # longest first, as '
        "pack_padded_sequence does\n"
        "    inv = np.empty_like(order)\n"
        "    inv[order] = np.arange(B)                          # undo the sort at the end\n"
        "    xs, ls = x[:, order], lengths[order]\n"
        "    batch_sizes = [int((ls > t).sum()) for t in range(T)]\n"
        "    out_s = np.zeros((T, B, H))\n"
        "    h, c = h0[order], c0[order]\n"
        "    for t in range(T):\n"
        "        bs = batch_sizes[t]\n"
        "        if bs == 0:\n"
        "            break\n"
        "        h[:bs], c[:bs] = lstm_cell(xs[t, :bs], h[:bs], c[:bs], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        out_s[t, :bs] = h[:bs]\n"
        "    return out_s[:, inv], (h[inv], c[inv])\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    src = np.tile(np.arange(T)[:, None], (1, B))\n"
        "    for b in range(B):\n"
        "        src[:lengths[b], b] = np.arange(lengths[b] - 1, -1, -1)\n"
        "    cols = np.arange(B)\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(x[src, cols], lengths, h0[0], c0[0], *bwd)\n"
        "    out = np.stack((of, ob[src, cols]), axis=2)     # (T, B, direction, H)\n"
        "    return out, (np.stack((hf, hb)), np.stack((cf, cb)))\n",
    },
    {
        "id": "bll_dbl_olu_rev_hn_pos_and_minus1",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] is read from the reverse output at lengths[b]-1 (its first step) "
                "instead of position 0",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "step 0",
                            "position 0",
                            "first step",
                            "t = 0",
                            "t=0",
                            "x_0",
                            "last step",
                            "lengths[b] - 1",
                            "final",
                            "wrong step",
                            "wrong time",
                            "after step 0",
                        ]
                    },
                ],
            },
            {
                "what": "out is -1 past each length instead of zeros",
                "must_mention": [
                    {"any": ["-1", "minus one", "sentinel", "-1.0"]},
                    {"any": ["zero", "pad", "past", "after", "beyond"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: s(z) = 1 / (1 + '
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
        "    # what pack_padded_sequence amounts to: every sequence runs alone, up to its own "
        "length\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.zeros((B, H))\n"
        "    c_n = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        h, c = h0[b:b + 1], c0[b:b + 1]          # keep a batch axis of 1\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b], c_n[b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[2]\n"
        "    out = -np.ones((T, B, 2 * H))          # -1 where there is no data\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        h = h0[0, b:b + 1]\n"
        "        c = c0[0, b:b + 1]\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, *fwd)\n"
        "            out[t, b, 0:H] = h[0]\n"
        "        h_n[0, b] = h[0]\n"
        "        c_n[0, b] = c[0]\n"
        "        h = h0[1, b:b + 1]\n"
        "        c = c0[1, b:b + 1]\n"
        "        for t in range(L - 1, -1, -1):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, *bwd)\n"
        "            out[t, b, H:2 * H] = h[0]\n"
        "        c_n[1, b] = c[0]\n"
        "        h_n[1, b] = out[L - 1, b, H:2 * H]     # the backward direction's last step\n"
        "    return out, (h_n, c_n)\n",
    },
]
