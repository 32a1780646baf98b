# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The twenty-fourth blind corpus, kept as its two authors wrote it (/work/blind24a and /work/blind24b,
split by graded names as for corpora 10-23; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora (they imported a frozen copy of lstm_ref
alone, with no tests or corpora beside it, for their single run, and both report having read
nothing else), each asked to invent a cast of at least ten students in a second-year class:
NumPy learnt from Stack Overflow (in-place operations, views, aliased buffers), small classes
and closures, a signal-processing student's np.flip/np.roll, code tested only with B = 1, H = I
or T = 1, torch habits, over-engineers who cache or memoise, chapter code adapted slightly
wrongly, the exercise text misread, and for the backward exercise gradients derived on paper
with other conventions; run on 449ffc1 (after the twenty-first round); the words a message
must contain were fixed before its first run. See tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_ok_amara_masks",
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
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    # z >= 0: e^{-z} <= 1, safe\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    # z < 0: use e^{z} / (1 + e^{z}), e^{z} < 1\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    return out\n",
    },
    {
        "id": "sig_ok_lena_tanh",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "# sigma(z) = (1 + tanh(z/2)) / 2  -- tanh never overflows\n"
        "sigmoid = lambda z: np.asarray(0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, "
        "dtype=np.float64))))\n",
    },
    {
        "id": "sig_ok_dmitri_logaddexp",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # log sigma(z) = -log(1 + e^{-z}) = -logaddexp(0, -z), computed without overflow\n"
        "    z = np.array(z, dtype=np.float64)  # copy, we don't touch the caller's array\n"
        "    log_sig = -np.logaddexp(0.0, -z)\n"
        "    return np.asarray(np.exp(log_sig))   # 0-d input: keep an array\n",
    },
    {
        "id": "sig_naive_mei",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive formula 1/(1+exp(-z)): np.exp(-z) overflows (RuntimeWarning) for "
                "large negative z",
                "must_mention": [{"any": ["overflow", "warning", "warns"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # same as torch.sigmoid\n"
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
                "what": "np.where evaluates both branches on every element, so np.exp still "
                "overflows (and inf/inf gives invalid-value warnings) although the "
                "selected values are right",
                "must_mention": [{"any": ["overflow", "warning", "warns"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    # stable version from stackoverflow: pick the right formula depending on the "
        "sign\n"
        "    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))\n",
    },
    {
        "id": "sig_clip_rafael",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips z to [-10, 10] before the formula, so values for |z| > 10 are wrong "
                "(sigma(12) is not sigma(10))",
                "must_mention": [{"any": ["clip", "large", "saturat", "|z|", "bound"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "_CLIP = 10.0  # sigmoid is flat beyond this anyway, so clipping avoids any overflow\n"
        "\n"
        "\n"
        "def sigmoid(z, clip=_CLIP):\n"
        '    """Stable sigmoid. Extra option `clip` bounds the pre-activation (default '
        '10)."""\n'
        "    z = np.clip(np.asarray(z, dtype=np.float64), -clip, clip)\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_negbranch_ines",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "negative branch computes 1/(1+e^{z}) = sigma(-z) = 1 - sigma(z) instead "
                "of e^{z}/(1+e^{z})",
                "must_mention": [
                    {
                        "any": [
                            "negative",
                            "z < 0",
                            "z<0",
                            "sign",
                            "1 - ",
                            "σ(-z)",
                            "sigma(-z)",
                            "mirror",
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
        "    s = np.empty(z.shape)\n"
        "    p = z >= 0\n"
        "    n = ~p\n"
        "    s[p] = 1.0 / (1.0 + np.exp(-z[p]))\n"
        "    s[n] = 1.0 / (1.0 + np.exp(z[n]))   # mirror image for the negative half\n"
        "    return s\n",
    },
    {
        "id": "sig_ravel_tomasz",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "flattens the input with np.ravel and never restores the shape: a 2-D (or "
                "0-d) z gives a 1-D result",
                "must_mention": ["shape"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class _StableSigmoid:\n"
        '    """Small callable object so I can reuse it later for the gates."""\n'
        "\n"
        "    def _one_sided(self, v):\n"
        "        e = np.exp(-np.abs(v))\n"
        "        return np.where(v >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "    def __call__(self, z):\n"
        "        flat = np.ravel(np.asarray(z, dtype=np.float64))\n"
        "        return self._one_sided(flat)\n"
        "\n"
        "\n"
        "sigmoid = _StableSigmoid()\n",
    },
    {
        "id": "sig_inplace_priya",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "works in place on the caller's array (np.asarray makes no copy of a "
                "float64 input): z is overwritten with the result",
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
                            "changes",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)   # no copy needed\n"
        "    neg = z < 0\n"
        "    z[neg] *= -1                          # work with |z| so exp never blows up\n"
        "    z[...] = 1.0 / (1.0 + np.exp(-z))     # reuse the buffer, saves memory\n"
        "    z[neg] = 1.0 - z[neg]                 # sigma(-a) = 1 - sigma(a)\n"
        "    return z\n",
    },
    {
        "id": "sig_float32_mei",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "casts the result to float32 (torch habit); results must be float64",
                "must_mention": [{"any": ["float32", "float64", "dtype"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    out = np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "    return out.astype(np.float32)  # float32 like torch default\n",
    },
    {
        "id": "sig_tanh_factor_lena",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "uses 0.5*(1+tanh(z)) instead of 0.5*(1+tanh(z/2)): computes sigma(2z)",
                "must_mention": [
                    {
                        "any": [
                            "z/2",
                            "z / 2",
                            "2z",
                            "2 z",
                            "2*z",
                            "2 * z",
                            "half",
                            "factor",
                            "scale",
                            "twice",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # sigmoid and tanh are the same curve rescaled, and tanh is stable in numpy\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return 0.5 * (1.0 + np.tanh(z))\n",
    },
    {
        "id": "sig_loop_1d_dmitri",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "loops over the first axis with a scalar function: works only for 1-D z "
                "(0-d input raises, 2-D input raises)",
                "must_mention": [
                    {
                        "any": [
                            "shape",
                            "dimension",
                            "2-D",
                            "2d",
                            "0-d",
                            "scalar",
                            "ndim",
                            "any shape",
                        ]
                    }
                ],
            }
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def _sig_scalar(v):\n"
        "    if v >= 0:\n"
        "        return 1.0 / (1.0 + math.exp(-v))\n"
        "    ev = math.exp(v)\n"
        "    return ev / (1.0 + ev)\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.array([_sig_scalar(v) for v in z])\n",
    },
    {
        "id": "sig_dbl_f32_naive_mei",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "computes in float32, so the result is float32",
                "must_mention": [{"any": ["float32", "float64", "dtype"]}],
            },
            {
                "what": "naive formula: np.exp(-z) overflows for large negative z (in float32 "
                "already past 88)",
                "must_mention": [{"any": ["overflow", "warning", "warns"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)   # keep memory small\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_dbl_inplace_neg_priya",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the result into the caller's array (np.asarray does not copy "
                "float64 input)",
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
                            "changes",
                        ]
                    }
                ],
            },
            {
                "what": "negative branch rewritten as 1/(1 + 1/e^{z}): for very negative z, e^{z} "
                "underflows to 0 or a subnormal and 1/e^{z} overflows / divides by zero "
                "(RuntimeWarning)",
                "must_mention": [
                    {"any": ["overflow", "warning", "warns", "divide", "division", "by zero"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    mask = z < 0\n"
        "    ez = np.exp(-np.abs(z))\n"
        "    z[~mask] = 1.0 / (1.0 + ez[~mask])\n"
        "    z[mask] = 1.0 / (1.0 + 1.0 / ez[mask])   # e^{z}/(1+e^{z}) rearranged\n"
        "    return z\n",
    },
    {
        "id": "gates_ok_amara_split",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    pre = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)   # (B, 4H)\n"
        "    a_i, a_f, a_g, a_o = np.split(pre, 4, axis=1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gates_ok_sofia_blocks",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        'GATES = ("i", "f", "g", "o")\n'
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    m = z >= 0\n"
        "    out[m] = 1 / (1 + np.exp(-z[m]))\n"
        "    e = np.exp(z[~m])\n"
        "    out[~m] = e / (1 + e)\n"
        "    return out\n"
        "\n"
        "\n"
        "def gate_blocks(W_ih, W_hh, b_ih, b_hh):\n"
        "    # like the book: cut the stacked matrices into one block per gate\n"
        "    H = W_hh.shape[1]\n"
        "    blocks = {}\n"
        "    for k, gate in enumerate(GATES):\n"
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        blocks[gate] = (W_ih[rows], W_hh[rows], b_ih[rows] + b_hh[rows])\n"
        "    return blocks\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    z = {gate: x @ Wx.T + h @ Wh.T + b for gate, (Wx, Wh, b) in gate_blocks(W_ih, "
        "W_hh, b_ih, b_hh).items()}\n"
        '    i = sigmoid(z["i"])\n'
        '    f = sigmoid(z["f"])\n'
        '    g = np.tanh(z["g"])\n'
        '    o = sigmoid(z["o"])\n'
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_ok_ines_einsum",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 0.5 + 0.5 * np.tanh(0.5 * np.asarray(z, dtype=np.float64))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[-1]\n"
        "    # (B, 4H) -> (B, 4, H): block k of the rows is gate k, so a C-order reshape keeps "
        "blocks together\n"
        '    a = (np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bj,gj->bg", h, W_hh) + b_ih + '
        "b_hh)\n"
        "    a = a.reshape(a.shape[0], 4, H)\n"
        "    act = [sigmoid, sigmoid, np.tanh, sigmoid]\n"
        "    return tuple(act[k](a[:, k, :]) for k in range(4))\n",
    },
    {
        "id": "gates_order_tf_oskar",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reads the blocks in the order (i, g, f, o) instead of (i, f, g, o): f and "
                "g take each other's rows",
                "must_mention": [{"any": ["order", "swap", "exchang", "each other", "instead of"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    # blocks are i, j (new input), f, o  -- like the LSTM cell I used before\n"
        "    i = sigmoid(z[:, 0 * H:1 * H])\n"
        "    g = np.tanh(z[:, 1 * H:2 * H])\n"
        "    f = sigmoid(z[:, 2 * H:3 * H])\n"
        "    o = sigmoid(z[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_no_bhh_kevin",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [{"what": "b_hh is never added (only b_ih)", "must_mention": ["b_hh"]}],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    i = sigmoid(pre[:, :H])\n"
        "    f = sigmoid(pre[:, H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:])\n"
        "    return (i, f, g, o)\n",
    },
    {
        "id": "gates_sigmoid_g_dmitri",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {"what": "the candidate g uses sigmoid instead of tanh", "must_mention": ["tanh"]}
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    acts = []\n"
        "    for k in range(4):\n"
        "        r = slice(k * H, (k + 1) * H)\n"
        "        a = x @ W_ih[r].T + b_ih[r] + h @ W_hh[r].T + b_hh[r]\n"
        "        acts.append(sigmoid(a))      # all gates are sigmoids\n"
        "    i, f, g, o = acts\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_reshape_interleave_mei",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reshapes (B, 4H) to (B, H, 4) and takes [..., k]: this interleaves the "
                "gates (every 4th column) instead of taking the contiguous block of rows "
                "k*H:(k+1)*H",
                "must_mention": [
                    {
                        "any": [
                            "reshape",
                            "interleav",
                            "block",
                            "contiguous",
                            "every 4th",
                            "stride",
                            "k*H",
                            "columns",
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh      # (B, 4H)\n"
        "    gates = gates.reshape(B, H, 4)                      # like .view(B, H, 4) then "
        "unbind(-1)\n"
        "    i = sigmoid(gates[..., 0])\n"
        "    f = sigmoid(gates[..., 1])\n"
        "    g = np.tanh(gates[..., 2])\n"
        "    o = sigmoid(gates[..., 3])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_H_from_x_kevin",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "takes the block size H from x.shape[1] (the input size I): the split is "
                "wrong whenever I != H",
                "must_mention": [
                    {
                        "any": [
                            "hidden size",
                            "input size",
                            "shape[1]",
                            "I != H",
                            "H != I",
                            "I ≠ H",
                            "I and H",
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    n = x.shape[1]          # hidden units\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(z[:, 0:n])\n"
        "    f = sigmoid(z[:, n:2 * n])\n"
        "    g = np.tanh(z[:, 2 * n:3 * n])\n"
        "    o = sigmoid(z[:, 3 * n:4 * n])\n"
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
                "what": "np.split(z, 4) splits along axis 0 (the batch) instead of axis 1 (the 4H "
                "gate columns): raises unless B is a multiple of 4, and gives wrong blocks "
                "when it is",
                "must_mention": ["axis"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    z = np.dot(x, W_ih.T)\n"
        "    z += np.dot(h, W_hh.T)\n"
        "    z += b_ih\n"
        "    z += b_hh\n"
        "    zi, zf, zg, zo = np.split(z, 4)\n"
        "    return sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n",
    },
    {
        "id": "gates_swap_xh_kevin",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "x is multiplied by W_hh and h by W_ih (only runs when I == H)",
                "must_mention": [
                    "W_hh",
                    "W_ih",
                    {"any": ["swap", "exchang", "instead", "other", "wrong"]},
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    a = x @ W_hh.T + h @ W_ih.T + b_ih + b_hh   # input part + recurrent part\n"
        "    return (sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:]))\n",
    },
    {
        "id": "gates_stacked_jonas",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "returns one stacked array of shape (4, B, H) instead of the tuple (i, f, "
                "g, o)",
                "must_mention": [{"any": ["tuple", "ndarray", "array of shape", "(4,", "stack"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = (z[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    # one array (4, B, H) with the gates in order i, f, g, o\n"
        "    return np.stack([sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)])\n",
    },
    {
        "id": "gates_no_tanh_g_sofia",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "the candidate g is returned as the raw pre-activation: tanh is missing",
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
        'GATES = ("i", "f", "g", "o")\n'
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    z = {}\n"
        "    for k, gate in enumerate(GATES):\n"
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        z[gate] = x @ W_ih[rows].T + h @ W_hh[rows].T + b_ih[rows] + b_hh[rows]\n"
        '    i, f, o = sigmoid(z["i"]), sigmoid(z["f"]), sigmoid(z["o"])  # the three sigmoid '
        "gates\n"
        '    g = z["g"]  # the candidate\n'
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_naive_sigmoid_mei",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "uses a naive sigmoid 1/(1+exp(-z)): overflows (RuntimeWarning) for large "
                "negative pre-activations",
                "must_mention": [{"any": ["overflow", "warning", "warns"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(gates, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_inplace_bias_priya",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "bias = b_ih; bias += b_hh adds b_hh into the caller's b_ih in place (b_ih "
                "is changed)",
                "must_mention": [
                    "b_ih",
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "inplace",
                            "overwr",
                            "mutat",
                            "changed",
                            "changes",
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    bias = b_ih\n"
        "    bias += b_hh            # combine both biases once\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + bias\n"
        "    blocks = [pre[:, k * H:(k + 1) * H] for k in range(4)]\n"
        "    return sigmoid(blocks[0]), sigmoid(blocks[1]), np.tanh(blocks[2]), "
        "sigmoid(blocks[3])\n",
    },
    {
        "id": "gates_forget_rows_lena",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "the forget gate reads the input gate's rows of W_ih (W_ii, rows 0:H) "
                "instead of W_if (rows H:2H)",
                "must_mention": [
                    "forget",
                    {"any": ["W_ih", "W_ii", "W_if", "rows", "block", "weight"]},
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = len(b_ih) // 4\n"
        "    blk = lambda M, k: M[k * H:(k + 1) * H]\n"
        "    pre = lambda k, k_in: x @ blk(W_ih, k_in).T + h @ blk(W_hh, k).T + blk(b_ih, k) + "
        "blk(b_hh, k)\n"
        "    i = sigmoid(pre(0, 0))\n"
        "    f = sigmoid(pre(1, 0))\n"
        "    g = np.tanh(pre(2, 2))\n"
        "    o = sigmoid(pre(3, 3))\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_cache_rafael",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "caches the split weights by shape only: a later call with different "
                "weights of the same shapes reuses the first call's weights (stale cache)",
                "must_mention": [
                    {
                        "any": [
                            "cache",
                            "stale",
                            "previous call",
                            "earlier call",
                            "first call",
                            "memo",
                            "reuse",
                            "same shape",
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
        "_SPLIT_CACHE = {}\n"
        "\n"
        "\n"
        "def _split_weights(W_ih, W_hh, b_ih, b_hh):\n"
        '    """Split the stacked parameters once per shape and reuse (avoids re-slicing every '
        'step)."""\n'
        "    key = (W_ih.shape, W_hh.shape)\n"
        "    if key not in _SPLIT_CACHE:\n"
        "        H = W_hh.shape[1]\n"
        "        _SPLIT_CACHE[key] = [\n"
        "            (W_ih[k * H:(k + 1) * H].copy(), W_hh[k * H:(k + 1) * H].copy(),\n"
        "             (b_ih[k * H:(k + 1) * H] + b_hh[k * H:(k + 1) * H]).copy())\n"
        "            for k in range(4)\n"
        "        ]\n"
        "    return _SPLIT_CACHE[key]\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    acts = (sigmoid, sigmoid, np.tanh, sigmoid)\n"
        "    return tuple(act(x @ Wx.T + h @ Wh.T + b) for act, (Wx, Wh, b) in zip(acts, "
        "_split_weights(W_ih, W_hh, b_ih, b_hh)))\n",
    },
    {
        "id": "gates_dbl_tf_nobhh_oskar",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reads the blocks in the order (i, g, f, o) instead of (i, f, g, o): f and "
                "g take each other's rows",
                "must_mention": [{"any": ["order", "swap", "exchang", "each other", "instead of"]}],
            },
            {"what": "b_hh is never added", "must_mention": ["b_hh"]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    # blocks are i, j (new input), f, o  -- like the LSTM cell I used before\n"
        "    i = sigmoid(z[:, 0 * H:1 * H])\n"
        "    g = np.tanh(z[:, 1 * H:2 * H])\n"
        "    f = sigmoid(z[:, 2 * H:3 * H])\n"
        "    o = sigmoid(z[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_dbl_f32_sigg_mei",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "casts everything to float32: the gates are float32 and lose precision",
                "must_mention": [{"any": ["float32", "float64", "dtype"]}],
            },
            {
                "what": "all four gates go through sigmoid: the candidate g needs tanh",
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    x, h = x.astype(np.float32), h.astype(np.float32)\n"
        "    W_ih, W_hh = W_ih.astype(np.float32), W_hh.astype(np.float32)\n"
        "    z = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh).astype(np.float32)\n"
        "    H = h.shape[1]\n"
        "    i, f, g, o = (sigmoid(z[:, k*H:(k+1)*H]).astype(np.float32) for k in range(4))\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_dbl_naive_forget_kevin",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "naive sigmoid 1/(1+exp(-z)) overflows (RuntimeWarning) for large negative "
                "pre-activations",
                "must_mention": [{"any": ["overflow", "warning", "warns"]}],
            },
            {
                "what": "the forget gate is computed from the input gate's block A[:, 0:H] instead "
                "of A[:, H:2H] (f equals i)",
                "must_mention": [
                    "forget",
                    {"any": ["H:2H", "block", "rows", "columns", "input gate", "slice", "same as"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 1 / (1 + np.exp(-z))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    A = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(A[:, 0:H])\n"
        "    f = sigmoid(A[:, 0:H])\n"
        "    g = np.tanh(A[:, 2*H:3*H])\n"
        "    o = sigmoid(A[:, 3*H:4*H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "cell_ok_amara_concat",
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
        "    H = h.shape[1]\n"
        "    xh = np.concatenate([x, h], axis=1)               # (B, I + H)\n"
        "    W = np.concatenate([W_ih, W_hh], axis=1)          # (4H, I + H)\n"
        "    a = xh @ W.T + b_ih + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_ok_dmitri_loops",
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
        "    B = x.shape[0]\n"
        "    H = h.shape[1]\n"
        "    h_next = np.zeros((B, H))\n"
        "    c_next = np.zeros((B, H))\n"
        "    for n in range(B):                       # one example at a time, like chapter 3\n"
        "        pre = W_ih @ x[n] + b_ih + W_hh @ h[n] + b_hh   # (4H,)\n"
        "        i = sigmoid(pre[0:H])\n"
        "        f = sigmoid(pre[H:2 * H])\n"
        "        g = np.tanh(pre[2 * H:3 * H])\n"
        "        o = sigmoid(pre[3 * H:4 * H])\n"
        "        c_next[n] = f * c[n] + i * g\n"
        "        h_next[n] = o * np.tanh(c_next[n])\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_ok_tomasz_class",
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
        "class _Gates:\n"
        '    """Views of the stacked parameters, one attribute per gate."""\n'
        "\n"
        "    def __init__(self, W_ih, W_hh, b_ih, b_hh):\n"
        "        H = W_hh.shape[1]\n"
        '        for k, name in enumerate("ifgo"):\n'
        "            rows = slice(k * H, (k + 1) * H)\n"
        '            setattr(self, "Wx_" + name, W_ih[rows])\n'
        '            setattr(self, "Wh_" + name, W_hh[rows])\n'
        '            setattr(self, "b_" + name, b_ih[rows] + b_hh[rows])\n'
        "\n"
        "    def pre(self, name, x, h):\n"
        '        return x @ getattr(self, "Wx_" + name).T + h @ getattr(self, "Wh_" + name).T '
        '+ getattr(self, "b_" + name)\n'
        "\n"
        "\n"
        "class LSTMStep:\n"
        "    def __call__(self, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "        p = _Gates(W_ih, W_hh, b_ih, b_hh)\n"
        '        i = sigmoid(p.pre("i", x, h))\n'
        '        f = sigmoid(p.pre("f", x, h))\n'
        '        g = np.tanh(p.pre("g", x, h))\n'
        '        o = sigmoid(p.pre("o", x, h))\n'
        "        c_new = f * c + i * g\n"
        "        return o * np.tanh(c_new), c_new\n"
        "\n"
        "\n"
        "lstm_cell = LSTMStep()\n",
    },
    {
        "id": "cell_swap_return_jonas",
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
                            "other way",
                            "reversed",
                            "h_next first",
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
        "    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    H = h.shape[1]\n"
        "    in_gate = sigmoid(gates[:, :H])\n"
        "    forget_gate = sigmoid(gates[:, H:2 * H])\n"
        "    cell_cand = np.tanh(gates[:, 2 * H:3 * H])\n"
        "    out_gate = sigmoid(gates[:, 3 * H:])\n"
        "    new_c = forget_gate * c + in_gate * cell_cand\n"
        "    new_h = out_gate * np.tanh(new_c)\n"
        "    return new_c, new_h   # (c, h) -- the state\n",
    },
    {
        "id": "cell_no_tanh_h_kevin",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=1)\n"
        "    c_next = sigmoid(zf) * c + sigmoid(zi) * np.tanh(zg)\n"
        "    h_next = sigmoid(zo) * c_next\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_old_c_sofia",
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
                            "previous",
                            "old",
                            "c_{t-1}",
                            "c_prev",
                            "given c",
                            "input c",
                            "instead of c_next",
                            "not c_next",
                            "before",
                            "argument c",
                            "incoming",
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
        'GATES = ("i", "f", "g", "o")\n'
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    z = {}\n"
        "    for k, gate in enumerate(GATES):\n"
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        z[gate] = x @ W_ih[rows].T + h @ W_hh[rows].T + b_ih[rows] + b_hh[rows]\n"
        '    i, f, o = sigmoid(z["i"]), sigmoid(z["f"]), sigmoid(z["o"])\n'
        '    g = np.tanh(z["g"])\n'
        "    h_next = o * np.tanh(c)          # h_t = o_t * tanh(c)\n"
        "    c_next = f * c + i * g           # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_inplace_c_priya",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "updates the caller's cell state c in place (c *= f; c += i*g) and returns "
                "it: the input array c is changed",
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
                            "changes",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T\n"
        "    a += h @ W_hh.T\n"
        "    a += b_ih\n"
        "    a += b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c *= f            # forget part, in place\n"
        "    c += i * g        # add the new memory\n"
        "    h_next = o * np.tanh(c)\n"
        "    return h_next, c\n",
    },
    {
        "id": "cell_if_swap_oskar",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell update uses the input gate on c_{t-1} and the forget gate on g "
                "(i and f swapped in c_t = f*c + i*g)",
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
        "    H = c.shape[-1]\n"
        "    z = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    i_t = sigmoid(z[:, :H])\n"
        "    f_t = sigmoid(z[:, H:2*H])\n"
        "    c_tilde = np.tanh(z[:, 2*H:3*H])\n"
        "    o_t = sigmoid(z[:, 3*H:])\n"
        "    c_t = i_t * c + f_t * c_tilde\n"
        "    h_t = o_t * np.tanh(c_t)\n"
        "    return h_t, c_t\n",
    },
    {
        "id": "cell_float32_mei",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "converts everything to float32, so h_next and c_next are float32 and off "
                "by ~1e-7",
                "must_mention": [{"any": ["float32", "float64", "dtype"]}],
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    f32 = lambda a: np.asarray(a, dtype=np.float32)   # torch default dtype\n"
        "    x, h, c = f32(x), f32(h), f32(c)\n"
        "    gates = x @ f32(W_ih).T + f32(b_ih) + h @ f32(W_hh).T + f32(b_hh)\n"
        "    i, f, g, o = np.split(gates, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_no_transpose_mei",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "multiplies x @ W_ih and h @ W_hh without transposing: W_ih is (4H, I), so "
                "it needs x @ W_ih.T (fails with a shape error)",
                "must_mention": [{"any": ["transpos", ".T", "(4H, I)", "shape"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # x @ W like in the seed notebook (weights are (in, out))\n"
        "    gates = x @ W_ih + h @ W_hh + b_ih + b_hh\n"
        "    i, f, g, o = np.split(gates, 4, axis=-1)\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_seed001_sofia",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "the input gate reads W_hf (the forget gate's recurrent rows) instead of "
                "W_hi",
                "must_mention": [
                    "input",
                    {"any": ["W_hf", "forget", "rows", "recurrent weight", "W_hh"]},
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
        "    W_ii, W_if, W_ig, W_io = W_ih[:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:]\n"
        "    W_hi, W_hf, W_hg, W_ho = W_hh[:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:]\n"
        "    b_i = b_ih[:H] + b_hh[:H]\n"
        "    b_f = b_ih[H:2*H] + b_hh[H:2*H]\n"
        "    b_g = b_ih[2*H:3*H] + b_hh[2*H:3*H]\n"
        "    b_o = b_ih[3*H:] + b_hh[3*H:]\n"
        "    forget_gate = sigmoid(x @ W_if.T + h @ W_hf.T + b_f)\n"
        "    input_gate = sigmoid(x @ W_ii.T + h @ W_hf.T + b_i)\n"
        "    output_gate = sigmoid(x @ W_io.T + h @ W_ho.T + b_o)\n"
        "    C_tilda = np.tanh(x @ W_ig.T + h @ W_hg.T + b_g)\n"
        "    Ct = forget_gate * c + input_gate * C_tilda\n"
        "    Ht = output_gate * np.tanh(Ct)\n"
        "    return Ht, Ct\n",
    },
    {
        "id": "cell_roll_ines",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "np.roll shifts the wrong way (+k*H instead of -k*H): block 1 becomes the "
                "o rows and block 3 the f rows, so the forget and output gates are swapped",
                "must_mention": ["forget", "output"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
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
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    # circular shift by k*H brings block k to the front, then take the first H "
        "columns\n"
        "    blocks = [np.roll(a, k * H, axis=1)[:, :H] for k in range(4)]\n"
        "    i, f, o = sigmoid(blocks[0]), sigmoid(blocks[1]), sigmoid(blocks[3])\n"
        "    g = np.tanh(blocks[2])\n"
        "    c_new = f * c + i * g\n"
        "    return o * np.tanh(c_new), c_new\n",
    },
    {
        "id": "cell_B1_kevin",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "squeezes the batch axis and works on vectors: only right for B = 1 (for B "
                "> 1 it raises or gives wrong shapes; with I=1 or H=1 squeeze also drops "
                "the feature axis)",
                "must_mention": [
                    {"any": ["batch", "B > 1", "B>1", "several rows", "squeeze", "B = 1", "B=1"]}
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
        "    # vectors like in the equations\n"
        "    x_t = x.squeeze()\n"
        "    h_prev = h.squeeze()\n"
        "    c_prev = c.squeeze()\n"
        "    H = len(h_prev)\n"
        "    z = W_ih @ x_t + W_hh @ h_prev + b_ih + b_hh\n"
        "    i, f, g, o = sigmoid(z[:H]), sigmoid(z[H:2*H]), np.tanh(z[2*H:3*H]), "
        "sigmoid(z[3*H:])\n"
        "    c_t = f * c_prev + i * g\n"
        "    h_t = o * np.tanh(c_t)\n"
        "    return h_t.reshape(1, -1), c_t.reshape(1, -1)\n",
    },
    {
        "id": "cell_naive_sigmoid_lena",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "redefines sigmoid naively as 1/(1+exp(-z)): overflow RuntimeWarning for "
                "pre-activations below about -709",
                "must_mention": [{"any": ["overflow", "warning", "warns"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "sigmoid = lambda z: 1.0 / (1.0 + np.exp(-z))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = (a[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    return sigmoid(o) * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_alias_priya",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next and c_next are the same preallocated buffer (h_next = c_next = "
                "np.zeros_like(c)): writing h_next overwrites c_next, so c_next comes back "
                "equal to h_next",
                "must_mention": [
                    "c_next",
                    {"any": ["same", "alias", "buffer", "equal to h_next", "h_next", "overwr"]},
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
        "    h_next = c_next = np.zeros_like(c)     # preallocate the outputs\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(pre[:, :H])\n"
        "    f = sigmoid(pre[:, H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:])\n"
        "    np.multiply(f, c, out=c_next)\n"
        "    c_next += i * g\n"
        "    np.multiply(o, np.tanh(c_next), out=h_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_cache_rafael",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "caches the fused weights by id() of the weight arrays: when the same "
                "arrays are changed in place, or new arrays reuse a freed id, or only the "
                "biases change, the stale cached weights/biases are used",
                "must_mention": [
                    {
                        "any": [
                            "cache",
                            "stale",
                            "previous call",
                            "earlier call",
                            "memo",
                            "reuse",
                            "id(",
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
        "class _ParamCache:\n"
        '    """Caches the fused weight matrix between calls (speed-up for long '
        'sequences)."""\n'
        "\n"
        "    def __init__(self):\n"
        "        self.key = None\n"
        "        self.W = None\n"
        "        self.b = None\n"
        "\n"
        "    def get(self, W_ih, W_hh, b_ih, b_hh):\n"
        "        key = (id(W_ih), id(W_hh), W_ih.shape, W_hh.shape)\n"
        "        if key != self.key:\n"
        "            self.key = key\n"
        "            self.W = np.hstack([W_ih, W_hh]).T      # (I + H, 4H)\n"
        "            self.b = b_ih + b_hh\n"
        "        return self.W, self.b\n"
        "\n"
        "\n"
        "_cache = _ParamCache()\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    W, b = _cache.get(W_ih, W_hh, b_ih, b_hh)\n"
        "    H = h.shape[1]\n"
        "    a = np.hstack([x, h]) @ W + b\n"
        "    i, f, g, o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_bias_twice_kevin",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "adds b_ih twice (b_ih + b_ih) instead of b_ih + b_hh: b_hh is never used",
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
        "    H = h.shape[1]\n"
        "    b = b_ih + b_ih\n"
        "    gi = x @ W_ih.T + h @ W_hh.T + b\n"
        "    i = sigmoid(gi[:, 0:H])\n"
        "    f = sigmoid(gi[:, H:2*H])\n"
        "    g = np.tanh(gi[:, 2*H:3*H])\n"
        "    o = sigmoid(gi[:, 3*H:4*H])\n"
        "    c_new = f * c + i * g\n"
        "    h_new = o * np.tanh(c_new)\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "cell_tanh_c_lena",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "squashes the new cell state with tanh: c_next = tanh(f*c + i*g) instead "
                "of f*c + i*g (h_next then comes out right, c_next is wrong)",
                "must_mention": ["c_next", "tanh"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
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
        "    act = np.concatenate([sigmoid(pre[:, :2*H]), np.tanh(pre[:, 2*H:3*H]), "
        "sigmoid(pre[:, 3*H:])], axis=1)\n"
        "    i, f, g, o = np.hsplit(act, 4)\n"
        "    c_next = np.tanh(f * c + i * g)       # keep the memory bounded\n"
        "    h_next = o * c_next\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_torch_inside_mei",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "imports and calls torch inside the graded function; the exercise is "
                "graded without torch",
                "must_mention": ["torch"],
            }
        ],
        "source": "import numpy as np\n"
        "import torch\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # let torch do the maths, convert back at the end\n"
        "    t = lambda a: torch.from_numpy(np.asarray(a, dtype=np.float64))\n"
        "    gates = t(x) @ t(W_ih).T + t(b_ih) + t(h) @ t(W_hh).T + t(b_hh)\n"
        "    i, f, g, o = gates.chunk(4, dim=1)\n"
        "    c_next = torch.sigmoid(f) * t(c) + torch.sigmoid(i) * torch.tanh(g)\n"
        "    h_next = torch.sigmoid(o) * torch.tanh(c_next)\n"
        "    return h_next.numpy(), c_next.numpy()\n",
    },
    {
        "id": "cell_dbl_swap_notanh_jonas",
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
                            "other way",
                            "reversed",
                            "h_next first",
                        ]
                    }
                ],
            },
            {
                "what": "h_next = o * c_next: tanh of the new cell state is missing",
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
        "    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    H = h.shape[1]\n"
        "    in_gate = sigmoid(gates[:, :H])\n"
        "    forget_gate = sigmoid(gates[:, H:2 * H])\n"
        "    cell_cand = np.tanh(gates[:, 2 * H:3 * H])\n"
        "    out_gate = sigmoid(gates[:, 3 * H:])\n"
        "    new_c = forget_gate * c + in_gate * cell_cand\n"
        "    new_h = out_gate * new_c\n"
        "    return new_c, new_h   # (c, h) -- the state\n",
    },
    {
        "id": "cell_dbl_inplace_f32_priya",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "updates the caller's c in place (c *= f; c += i*g) and returns it",
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
                            "changes",
                        ]
                    }
                ],
            },
            {
                "what": "the pre-activation buffer is made float32, so h_next is float32 and "
                "imprecise",
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
        "    H = h.shape[1]\n"
        "    a = (x @ W_ih.T).astype(np.float32)\n"
        "    a += h @ W_hh.T\n"
        "    a += b_ih\n"
        "    a += b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c *= f            # forget part, in place\n"
        "    c += i * g        # add the new memory\n"
        "    h_next = o * np.tanh(c)\n"
        "    return h_next, c\n",
    },
    {
        "id": "cell_dbl_seed001_nobhh_sofia",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "the input gate reads W_hf (the forget gate's recurrent rows) instead of "
                "W_hi",
                "must_mention": [
                    "input",
                    {"any": ["W_hf", "forget", "rows", "recurrent weight", "W_hh"]},
                ],
            },
            {
                "what": "b_hh is never added: only b_ih's blocks are used as biases",
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
        "    H = h.shape[1]\n"
        "    W_ii, W_if, W_ig, W_io = W_ih[:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:]\n"
        "    W_hi, W_hf, W_hg, W_ho = W_hh[:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:]\n"
        "    b_i, b_f, b_g, b_o = b_ih[:H], b_ih[H:2*H], b_ih[2*H:3*H], b_ih[3*H:]\n"
        "    forget_gate = sigmoid(x @ W_if.T + h @ W_hf.T + b_f)\n"
        "    input_gate = sigmoid(x @ W_ii.T + h @ W_hf.T + b_i)\n"
        "    output_gate = sigmoid(x @ W_io.T + h @ W_ho.T + b_o)\n"
        "    C_tilda = np.tanh(x @ W_ig.T + h @ W_hg.T + b_g)\n"
        "    Ct = forget_gate * c + input_gate * C_tilda\n"
        "    Ht = output_gate * np.tanh(Ct)\n"
        "    return Ht, Ct\n",
    },
    {
        "id": "cell_dbl_ifswap_oldc_oskar",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_t = i*c + f*g: the input and forget gates are swapped in the cell "
                "update",
                "must_mention": ["forget", "input"],
            },
            {
                "what": "h_t uses tanh of the previous cell state c instead of the new c_t",
                "must_mention": [
                    {
                        "any": [
                            "previous",
                            "old",
                            "c_{t-1}",
                            "c_prev",
                            "given c",
                            "input c",
                            "instead of c_next",
                            "not c_next",
                            "before",
                            "argument c",
                            "incoming",
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
        "    hs = h.shape[1]\n"
        "    z = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n"
        "    i_t, f_t, c_hat, o_t = z[:, :hs], z[:, hs:2*hs], z[:, 2*hs:3*hs], z[:, 3*hs:]\n"
        "    i_t, f_t, o_t = sigmoid(i_t), sigmoid(f_t), sigmoid(o_t)\n"
        "    c_hat = np.tanh(c_hat)\n"
        "    h_t = o_t * np.tanh(c)\n"
        "    c_t = i_t * c + f_t * c_hat\n"
        "    return h_t, c_t\n",
    },
    {
        "id": "cell_dbl_alias_naive_priya",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next and c_next are the same buffer: c_next comes back equal to h_next",
                "must_mention": [
                    "c_next",
                    {"any": ["same", "alias", "buffer", "equal to h_next", "h_next", "overwr"]},
                ],
            },
            {
                "what": "replaces the given stable sigmoid by 1/(1+exp(-z)): overflow warning for "
                "very negative pre-activations",
                "must_mention": [{"any": ["overflow", "warning", "warns"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 1.0 / (1.0 + np.exp(-z))   # from stackoverflow\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    h_next = c_next = np.zeros_like(c)     # preallocate the outputs\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(pre[:, :H])\n"
        "    f = sigmoid(pre[:, H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:])\n"
        "    np.multiply(f, c, out=c_next)\n"
        "    c_next += i * g\n"
        "    np.multiply(o, np.tanh(c_next), out=h_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_dbl_roll_nobhh_ines",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "np.roll shifts the wrong way: the forget and output gates take each "
                "other's blocks",
                "must_mention": ["forget", "output"],
            },
            {"what": "b_hh is never added", "must_mention": ["b_hh"]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
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
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih[np.newaxis, :]\n"
        "    i, f, g, o = (np.roll(a, k * H, axis=1)[:, :H] for k in range(4))\n"
        "    c_new = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    return sigmoid(o) * np.tanh(c_new), c_new\n",
    },
    {
        "id": "layer_ok_amara_prealloc",
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
        "        x = np.swapaxes(x, 0, 1)              # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_ok_ines_moveaxis",
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
        "    time_axis = 1 if batch_first else 0\n"
        "    xs = np.moveaxis(x, time_axis, 0)\n"
        "    B, H = xs.shape[1], W_hh.shape[1]\n"
        "    state = (np.zeros((B, H)) if h0 is None else h0.copy(), np.zeros((B, H)) if c0 is "
        "None else c0.copy())\n"
        "    hs = []\n"
        "    for x_t in xs:\n"
        "        state = lstm_cell(x_t, *state, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(state[0])\n"
        "    out = np.stack(hs, axis=time_axis)\n"
        "    return out, state\n",
    },
    {
        "id": "layer_ok_tomasz_gen",
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
        "class _Runner:\n"
        "    def __init__(self, W_ih, W_hh, b_ih, b_hh):\n"
        "        self.params = (W_ih, W_hh, b_ih, b_hh)\n"
        "\n"
        "    def steps(self, xs, h, c):\n"
        "        for x_t in xs:\n"
        "            h, c = lstm_cell(x_t, h, c, *self.params)\n"
        "            yield h, c\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = x.transpose(1, 0, 2) if batch_first else x\n"
        "    B = xs.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    hs, cs = zip(*_Runner(W_ih, W_hh, b_ih, b_hh).steps(xs, h0, c0))\n"
        "    out = np.array(hs)                      # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (hs[-1], cs[-1])\n",
    },
    {
        "id": "layer_alias_out_priya",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the state h is updated in place (h[:] = ...) and the same array is "
                "appended to the output list at every step: every row of out ends up equal "
                "to the last h",
                "must_mention": [
                    "out",
                    {
                        "any": [
                            "same",
                            "alias",
                            "last",
                            "copy",
                            "buffer",
                            "every step",
                            "all steps",
                            "in place",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0.copy()\n"
        "    c = np.zeros((B, H)) if c0 is None else c0.copy()\n"
        "    outputs = []\n"
        "    for t in range(T):\n"
        "        h[:], c[:] = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)   # update the "
        "state in place\n"
        "        outputs.append(h)\n"
        "    out = np.stack(outputs)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_h0_inplace_priya",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "when h0, c0 are given, the loop writes each new state into them in place "
                "(h = h0; h[...] = ...): the caller's h0 and c0 are changed",
                "must_mention": [
                    {"any": ["h0", "c0", "initial"]},
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "inplace",
                            "overwr",
                            "mutat",
                            "changed",
                            "changes",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    T, B = x.shape[:2]\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[...] = h_new          # no new allocation each step\n"
        "        c[...] = c_new\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_bf_ignored_mei",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first is ignored: a (B, T, I) input is read as (T, B, I) and out is "
                "returned time first",
                "must_mention": ["batch_first"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # x: (seq, batch, feat)\n"
        "    seq_len, batch, _ = x.shape\n"
        "    hidden = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((batch, hidden))\n"
        "    c = c0 if c0 is not None else np.zeros((batch, hidden))\n"
        "    out = []\n"
        "    for t in range(seq_len):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    return np.stack(out), (h, c)\n",
    },
    {
        "id": "layer_bf_out_kevin",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True the input is transposed to (T, B, I) but out is not "
                "transposed back: out is (T, B, H) instead of (B, T, H)",
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
        "        x = x.transpose(1, 0, 2)   # make it (T, B, I)\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_shift_dmitri",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "stores the state before the step: out[t] holds h_{t-1} (out[0] = h0) "
                "instead of h_t, shifted by one",
                "must_mention": [
                    {
                        "any": [
                            "shift",
                            "off by one",
                            "off-by-one",
                            "one step",
                            "h_{t-1}",
                            "previous step",
                            "h0",
                            "lag",
                            "before the update",
                            "initial state",
                            "t-1",
                            "t - 1",
                            "one position",
                            "earlier",
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
        "    n_steps = x.shape[0]\n"
        "    n_batch = x.shape[1]\n"
        "    n_hidden = W_hh.shape[1]\n"
        "    h_t = np.zeros((n_batch, n_hidden)) if h0 is None else h0\n"
        "    c_t = np.zeros((n_batch, n_hidden)) if c0 is None else c0\n"
        "    out = np.zeros((n_steps, n_batch, n_hidden))\n"
        "    for t in range(n_steps):\n"
        "        out[t] = h_t                                   # h_t for step t\n"
        "        h_t, c_t = lstm_cell(x[t], h_t, c_t, W_ih, W_hh, b_ih, b_hh)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h_t, c_t)\n",
    },
    {
        "id": "layer_cn_jonas",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the final hidden state h_n as c_n too (c_n = h_n) instead of the "
                "final cell state",
                "must_mention": [
                    "c_n",
                    {"any": ["h_n", "hidden", "h_t", "same as h", "equal to h", "equals h"]},
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
        "    seq = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    B, H = seq.shape[1], W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    hs = []\n"
        "    for x_t in seq:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.stack(hs)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    h_n = hs[-1]                          # last output\n"
        "    c_n = h_n                             # final state\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "layer_none_I_kevin",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with h0/c0 = None the zero state is (B, I) instead of (B, H): fails "
                "whenever I != H",
                "must_mention": [
                    "None",
                    {
                        "any": [
                            "hidden size",
                            "input size",
                            "(B, I)",
                            "shape",
                            "I columns",
                            "size I",
                            "zeros",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, I))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, I))\n"
        "    h, c, out = h0, c0, []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.array(out)\n"
        "    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)\n",
    },
    {
        "id": "layer_flip_ines",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "flips the sequence in time (np.flip), so it runs from x_{T-1} back to x_0 "
                "(and stores out in that order): a reverse-direction LSTM instead of the "
                "forward one",
                "must_mention": [
                    {"any": ["revers", "flip", "backward", "order", "last to first", "end"]}
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
        "    t_ax = 1 if batch_first else 0\n"
        "    xs = np.flip(np.moveaxis(x, t_ax, 0), axis=0)    # newest sample first, like a "
        "filter buffer\n"
        "    B, H = xs.shape[1], W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    ys = np.empty((xs.shape[0], B, H))\n"
        "    for k in range(xs.shape[0]):\n"
        "        h, c = lstm_cell(xs[k], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        ys[k] = h\n"
        "    return np.moveaxis(ys, 0, t_ax), (h, c)\n",
    },
    {
        "id": "layer_range_short_dmitri",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "loops over range(T - 1): the last step x_{T-1} is never run, out has T-1 "
                "rows and (h_n, c_n) is the state after step T-2 (for T = 1 out is empty)",
                "must_mention": [
                    {
                        "any": [
                            "last step",
                            "T-1",
                            "T - 1",
                            "off by one",
                            "off-by-one",
                            "one step short",
                            "skips",
                            "missing step",
                            "one step fewer",
                            "steps instead of",
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
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = []\n"
        "    for t in range(T - 1):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.array(out)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_squeeze_kevin",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze on out drops every axis of size 1: with B = 1, T = 1 or H = 1 "
                "out loses an axis (and the batch_first transpose then fails)",
                "must_mention": [
                    {
                        "any": [
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "squeeze",
                            "size 1",
                            "size-1",
                            "length 1",
                            "T = 1",
                            "T=1",
                            "one step",
                            "single",
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
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    hs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.squeeze(np.array(hs))   # remove the extra dimension\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_no_carry_sofia",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "every step starts from (h0, c0) instead of the previous step's state: the "
                "state is never carried",
                "must_mention": [
                    {
                        "any": [
                            "carry",
                            "carried",
                            "not updated",
                            "previous step",
                            "h_{t-1}",
                            "advance",
                            "never changes",
                            "initial state at every step",
                            "every step from h0",
                            "h0 at every",
                            "same initial",
                            "reset",
                            "not passed",
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
        "    T, B = x.shape[0], x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_float32_mei",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out is allocated as float32 (torch habit), so out is float32 and rounded "
                "to ~1e-7 (h_n, c_n stay float64)",
                "must_mention": [{"any": ["float32", "float64", "dtype"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    h = np.zeros((B, H), dtype=np.float32) if h0 is None else h0\n"
        "    c = np.zeros((B, H), dtype=np.float32) if c0 is None else c0\n"
        "    out = np.zeros((T, B, H), dtype=np.float32)\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_reshape_bf_priya",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first it converts between (B, T, ...) and (T, B, ...) with "
                "reshape, which scrambles the data, instead of transposing the axes",
                "must_mention": [{"any": ["reshape", "transpos", "swapaxes", "axes", "scrambl"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "id": "layer_truthiness_lena",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "`h0 or zeros()` asks for the truth value of an array: raises ValueError "
                "whenever h0/c0 are given as arrays (with more than one element); only "
                "None works",
                "must_mention": [{"any": ["is None", "truth", "ambiguous", " or "]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    zeros = lambda: np.zeros((xs.shape[1], W_hh.shape[1]))\n"
        "    h = h0 or zeros()\n"
        "    c = c0 or zeros()\n"
        "    hs = []\n"
        "    for x_t in xs:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.stack(hs)\n"
        "    return (out.swapaxes(0, 1) if batch_first else out), (h, c)\n",
    },
    {
        "id": "layer_hn_axis_mei",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns h_n and c_n with a leading layer axis, (1, B, H), as nn.LSTM "
                "does, instead of (B, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["shape", "axis", "dimension", "(1, B, H)", "(B, H)"]},
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
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    # like nn.LSTM: (num_layers * num_directions, B, H)\n"
        "    return out, (h[None], c[None])\n",
    },
    {
        "id": "layer_cached_zeros_rafael",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with h0 = None it starts from cached 'zero' arrays that the loop then "
                "overwrites in place: the next call with None (same B, H) starts from the "
                "previous call's final state, not from zeros, and the returned h_n, c_n "
                "are that shared cached buffer",
                "must_mention": [
                    {"any": ["zero"]},
                    {
                        "any": [
                            "cache",
                            "previous call",
                            "earlier call",
                            "reuse",
                            "overwr",
                            "in place",
                            "in-place",
                            "shared",
                            "second call",
                            "repeated call",
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
        "_ZERO_STATES = {}\n"
        "\n"
        "\n"
        "def _zeros(B, H):\n"
        '    """Reuse zero states of the same size instead of allocating them on every '
        'call."""\n'
        "    if (B, H) not in _ZERO_STATES:\n"
        "        _ZERO_STATES[(B, H)] = (np.zeros((B, H)), np.zeros((B, H)))\n"
        "    return _ZERO_STATES[(B, H)]\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False, "
        "return_all_cells=False):\n"
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    zh, zc = _zeros(B, H)\n"
        "    h = zh if h0 is None else h0.copy()\n"
        "    c = zc if c0 is None else c0.copy()\n"
        "    out = np.empty((T, B, H))\n"
        "    cells = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[:] = h_new\n"
        "        c[:] = c_new\n"
        "        out[t], cells[t] = h, c\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "        cells = np.swapaxes(cells, 0, 1)\n"
        "    if return_all_cells:\n"
        "        return out, (h, c), cells\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_book_lstm_ref_sofia",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "copies the chapter's loop that calls lstm_ref.lstm_cell: the graded "
                "function imports/uses the course package lstm_ref, which is not available "
                "when graded",
                "must_mention": ["lstm_ref"],
            },
            {
                "what": "batch_first: transposes the input but returns out time first, (T, B, H) "
                "instead of (B, T, H)",
                "must_mention": ["batch_first", "out"],
            },
        ],
        "source": "import numpy as np\n"
        "import lstm_ref\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """x: (T, B, I); h0, c0: (B, H). Returns out: (T, B, H) and (h_n, c_n), each (B, '
        'H)."""\n'
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    B, H = x.shape[1], W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = []\n"
        "    for x_t in x:  # x_t: (B, I)\n"
        "        h, c = lstm_ref.lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)  # one step\n"
        "        out.append(h)\n"
        "    out = np.stack(out)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_dbl_bf_shift_mei",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first is ignored: (B, T, I) input read as (T, B, I), out not batch "
                "first",
                "must_mention": ["batch_first"],
            },
            {
                "what": "appends h before the step: out[t] = h_{t-1}, out[0] = h0 (shifted by one "
                "step)",
                "must_mention": [
                    {
                        "any": [
                            "shift",
                            "off by one",
                            "off-by-one",
                            "one step",
                            "h_{t-1}",
                            "previous step",
                            "h0",
                            "lag",
                            "before the update",
                            "initial state",
                            "t-1",
                            "t - 1",
                            "one position",
                            "earlier",
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
        "    # x: (seq, batch, feat)\n"
        "    seq_len, batch, _ = x.shape\n"
        "    hidden = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((batch, hidden))\n"
        "    c = c0 if c0 is not None else np.zeros((batch, hidden))\n"
        "    out = []\n"
        "    for t in range(seq_len):\n"
        "        out.append(h)\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    return np.stack(out), (h, c)\n",
    },
    {
        "id": "layer_dbl_alias_f32_priya",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h is updated in place and the same array appended every step: all rows of "
                "out equal the last h",
                "must_mention": [
                    "out",
                    {
                        "any": [
                            "same",
                            "alias",
                            "last",
                            "copy",
                            "buffer",
                            "every step",
                            "all steps",
                            "in place",
                        ]
                    },
                ],
            },
            {
                "what": "out is cast to float32",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0.copy()\n"
        "    c = np.zeros((B, H)) if c0 is None else c0.copy()\n"
        "    outputs = []\n"
        "    for t in range(T):\n"
        "        h[:], c[:] = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)   # update the "
        "state in place\n"
        "        outputs.append(h)\n"
        "    out = np.stack(outputs).astype(np.float32)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_dbl_cn_none_jonas",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the final hidden state as c_n (c_n = h_n) instead of the final "
                "cell state",
                "must_mention": [
                    "c_n",
                    {"any": ["h_n", "hidden", "h_t", "same as h", "equal to h", "equals h"]},
                ],
            },
            {
                "what": "with h0/c0 = None the zero state is (B, I) instead of (B, H)",
                "must_mention": [
                    "None",
                    {
                        "any": [
                            "hidden size",
                            "input size",
                            "(B, I)",
                            "shape",
                            "I columns",
                            "size I",
                            "zeros",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    seq = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    B, H = seq.shape[1], W_hh.shape[1]\n"
        "    I = seq.shape[2]\n"
        "    h = np.zeros((B, I)) if h0 is None else h0\n"
        "    c = np.zeros((B, I)) if c0 is None else c0\n"
        "    hs = []\n"
        "    for x_t in seq:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.stack(hs)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    h_n = hs[-1]                          # last output\n"
        "    c_n = h_n                             # final state\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "layer_dbl_short_nocarry_dmitri",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "loops over range(T - 1): the last step is never run",
                "must_mention": [
                    {
                        "any": [
                            "last step",
                            "T-1",
                            "T - 1",
                            "off by one",
                            "off-by-one",
                            "one step short",
                            "skips",
                            "missing step",
                            "one step fewer",
                            "steps instead of",
                        ]
                    }
                ],
            },
            {
                "what": "every step restarts from h0/c0 (or zeros) instead of the previous state: "
                "the state is not carried",
                "must_mention": [
                    {
                        "any": [
                            "carry",
                            "carried",
                            "not updated",
                            "previous step",
                            "h_{t-1}",
                            "advance",
                            "never changes",
                            "initial state at every step",
                            "every step from h0",
                            "h0 at every",
                            "same initial",
                            "reset",
                            "not passed",
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
        "        x = np.swapaxes(x, 0, 1)\n"
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = []\n"
        "    for t in range(T - 1):\n"
        "        h, c = lstm_cell(x[t], h0 if h0 is not None else np.zeros((B, H)), c0 if c0 "
        "is not None else np.zeros((B, H)), W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.array(out)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_dbl_squeeze_none_kevin",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze on out drops size-1 axes (B = 1, T = 1 or H = 1)",
                "must_mention": [
                    {
                        "any": [
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "squeeze",
                            "size 1",
                            "size-1",
                            "length 1",
                            "T = 1",
                            "T=1",
                            "one step",
                            "single",
                        ]
                    }
                ],
            },
            {
                "what": "with h0/c0 = None the zero state is (B, I) instead of (B, H)",
                "must_mention": [
                    "None",
                    {
                        "any": [
                            "hidden size",
                            "input size",
                            "(B, I)",
                            "shape",
                            "I columns",
                            "size I",
                            "zeros",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, x.shape[2])) if h0 is None else h0\n"
        "    c = np.zeros((B, x.shape[2])) if c0 is None else c0\n"
        "    hs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.squeeze(np.array(hs))   # remove the extra dimension\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_dbl_shift_h0inplace_dmitri",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "stores the state before the step: out[t] = h_{t-1}",
                "must_mention": [
                    {
                        "any": [
                            "shift",
                            "off by one",
                            "off-by-one",
                            "one step",
                            "h_{t-1}",
                            "previous step",
                            "h0",
                            "lag",
                            "before the update",
                            "initial state",
                            "t-1",
                            "t - 1",
                            "one position",
                            "earlier",
                        ]
                    }
                ],
            },
            {
                "what": "writes each new state into h0/c0 in place (h_t = h0; h_t[:] = ...): the "
                "caller's h0, c0 change",
                "must_mention": [
                    {"any": ["h0", "c0", "initial"]},
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "inplace",
                            "overwr",
                            "mutat",
                            "changed",
                            "changes",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    n_steps = x.shape[0]\n"
        "    n_batch = x.shape[1]\n"
        "    n_hidden = W_hh.shape[1]\n"
        "    h_t = np.zeros((n_batch, n_hidden)) if h0 is None else h0\n"
        "    c_t = np.zeros((n_batch, n_hidden)) if c0 is None else c0\n"
        "    out = np.zeros((n_steps, n_batch, n_hidden))\n"
        "    for t in range(n_steps):\n"
        "        out[t] = h_t                                   # h_t for step t\n"
        "        h_new, c_new = lstm_cell(x[t], h_t, c_t, W_ih, W_hh, b_ih, b_hh)\n"
        "        h_t[:] = h_new\n"
        "        c_t[:] = c_new\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h_t, c_t)\n",
    },
    {
        "id": "scratch_ok_amara",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self._names = []\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_k = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                shapes = [("weight_ih", (4 * H, in_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for base, shape in shapes:\n"
        "                    self.params[base + sfx] = rng.uniform(-k, k, size=shape)\n"
        "                    self._names.append(base + sfx)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: np.array(self.params[n], dtype=np.float64) for n in self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._names) - set(state)\n"
        "        extra = set(state) - set(self._names)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for n in self._names:\n"
        "            arr = np.array(state[n], dtype=np.float64)\n"
        "            if arr.shape != self.params[n].shape:\n"
        '                raise ValueError(f"{n}: shape {arr.shape}, expected '
        '{self.params[n].shape}")\n'
        "            self.params[n] = arr\n"
        "\n"
        "    def _direction(self, x, h, c, sfx, reverse):\n"
        '        W_ih = self.params["weight_ih" + sfx]\n'
        '        W_hh = self.params["weight_hh" + sfx]\n'
        '        b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if self.bias '
        "else 0.0\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sig(a[:, :H]), _sig(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sig(a[:, 3 * H:])\n"
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
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        "                row = layer * D + d\n"
        "                o, h, c = self._direction(layer_in, h0[row], c0[row], sfx, reverse=(d "
        "== 1))\n"
        "                outs.append(o)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_hn_reverse_amara",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n for the reverse direction is taken as its output at the last time "
                "index, out[-1, :, H:] (its state after reading only x_{T-1}), instead of "
                "its final state after x_0 (out[0, :, H:])",
                "must_mention": [
                    "revers",
                    {"any": ["h_n", "final", "state", "out[0", "step 0", "x_0"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self._names = []\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_k = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                shapes = [("weight_ih", (4 * H, in_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for base, shape in shapes:\n"
        "                    self.params[base + sfx] = rng.uniform(-k, k, size=shape)\n"
        "                    self._names.append(base + sfx)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: np.array(self.params[n], dtype=np.float64) for n in self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._names) - set(state)\n"
        "        extra = set(state) - set(self._names)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for n in self._names:\n"
        "            arr = np.array(state[n], dtype=np.float64)\n"
        "            if arr.shape != self.params[n].shape:\n"
        '                raise ValueError(f"{n}: shape {arr.shape}, expected '
        '{self.params[n].shape}")\n'
        "            self.params[n] = arr\n"
        "\n"
        "    def _direction(self, x, h, c, sfx, reverse):\n"
        '        W_ih = self.params["weight_ih" + sfx]\n'
        '        W_hh = self.params["weight_hh" + sfx]\n'
        '        b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if self.bias '
        "else 0.0\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sig(a[:, :H]), _sig(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sig(a[:, 3 * H:])\n"
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
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        "                row = layer * D + d\n"
        "                o, h, c = self._direction(layer_in, h0[row], c0[row], sfx, reverse=(d "
        "== 1))\n"
        "                outs.append(o)\n"
        "                h_n[row] = o[-1]\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_rows_dirmajor_amara",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "orders the state rows direction-major (row d*L + k) instead of layer by "
                "layer (k*D + d): with several layers and both directions, h_0 is read and "
                "h_n/c_n written in the wrong rows",
                "must_mention": [
                    {"any": ["row", "order", "index"]},
                    {"any": ["layer", "direction"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self._names = []\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_k = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                shapes = [("weight_ih", (4 * H, in_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for base, shape in shapes:\n"
        "                    self.params[base + sfx] = rng.uniform(-k, k, size=shape)\n"
        "                    self._names.append(base + sfx)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: np.array(self.params[n], dtype=np.float64) for n in self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._names) - set(state)\n"
        "        extra = set(state) - set(self._names)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for n in self._names:\n"
        "            arr = np.array(state[n], dtype=np.float64)\n"
        "            if arr.shape != self.params[n].shape:\n"
        '                raise ValueError(f"{n}: shape {arr.shape}, expected '
        '{self.params[n].shape}")\n'
        "            self.params[n] = arr\n"
        "\n"
        "    def _direction(self, x, h, c, sfx, reverse):\n"
        '        W_ih = self.params["weight_ih" + sfx]\n'
        '        W_hh = self.params["weight_hh" + sfx]\n'
        '        b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if self.bias '
        "else 0.0\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sig(a[:, :H]), _sig(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sig(a[:, 3 * H:])\n"
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
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        "                row = d * L + layer\n"
        "                o, h, c = self._direction(layer_in, h0[row], c0[row], sfx, reverse=(d "
        "== 1))\n"
        "                outs.append(o)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_bias_false_keys_amara",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with bias=False it still creates bias_ih/bias_hh parameters (zeros): "
                "state_dict has bias keys that nn.LSTM(bias=False) does not have (and "
                "load_state_dict demands them)",
                "must_mention": [
                    "bias",
                    {"any": ["key", "state_dict", "extra", "unexpected", "missing"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self._names = []\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_k = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                shapes = [("weight_ih", (4 * H, in_k)), ("weight_hh", (4 * H, H))]\n'
        '                shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for base, shape in shapes:\n"
        "                    self.params[base + sfx] = rng.uniform(-k, k, size=shape)\n"
        '                    if not bias and base.startswith("bias"):\n'
        "                        self.params[base + sfx] = np.zeros(shape)   # no bias = zero "
        "bias\n"
        "                    self._names.append(base + sfx)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: np.array(self.params[n], dtype=np.float64) for n in self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._names) - set(state)\n"
        "        extra = set(state) - set(self._names)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for n in self._names:\n"
        "            arr = np.array(state[n], dtype=np.float64)\n"
        "            if arr.shape != self.params[n].shape:\n"
        '                raise ValueError(f"{n}: shape {arr.shape}, expected '
        '{self.params[n].shape}")\n'
        "            self.params[n] = arr\n"
        "\n"
        "    def _direction(self, x, h, c, sfx, reverse):\n"
        '        W_ih = self.params["weight_ih" + sfx]\n'
        '        W_hh = self.params["weight_hh" + sfx]\n'
        '        b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if self.bias '
        "else 0.0\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sig(a[:, :H]), _sig(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sig(a[:, 3 * H:])\n"
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
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        "                row = layer * D + d\n"
        "                o, h, c = self._direction(layer_in, h0[row], c0[row], sfx, reverse=(d "
        "== 1))\n"
        "                outs.append(o)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_sd_refs_amara",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own arrays, not copies: changing the "
                "returned arrays changes the module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "refer",
                            "alias",
                            "same array",
                            "shares",
                            "sharing",
                            "view",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self._names = []\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_k = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                shapes = [("weight_ih", (4 * H, in_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for base, shape in shapes:\n"
        "                    self.params[base + sfx] = rng.uniform(-k, k, size=shape)\n"
        "                    self._names.append(base + sfx)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: self.params[n] for n in self._names}   # already float64\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._names) - set(state)\n"
        "        extra = set(state) - set(self._names)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for n in self._names:\n"
        "            arr = np.array(state[n], dtype=np.float64)\n"
        "            if arr.shape != self.params[n].shape:\n"
        '                raise ValueError(f"{n}: shape {arr.shape}, expected '
        '{self.params[n].shape}")\n'
        "            self.params[n] = arr\n"
        "\n"
        "    def _direction(self, x, h, c, sfx, reverse):\n"
        '        W_ih = self.params["weight_ih" + sfx]\n'
        '        W_hh = self.params["weight_hh" + sfx]\n'
        '        b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if self.bias '
        "else 0.0\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sig(a[:, :H]), _sig(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sig(a[:, 3 * H:])\n"
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
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        "                row = layer * D + d\n"
        "                o, h, c = self._direction(layer_in, h0[row], c0[row], sfx, reverse=(d "
        "== 1))\n"
        "                outs.append(o)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_load_refs_amara",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict keeps references to the given arrays (np.asarray does not "
                "copy float64): later changes to the state dict's arrays change the module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "refer",
                            "alias",
                            "same array",
                            "shares",
                            "sharing",
                            "view",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self._names = []\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_k = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                shapes = [("weight_ih", (4 * H, in_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for base, shape in shapes:\n"
        "                    self.params[base + sfx] = rng.uniform(-k, k, size=shape)\n"
        "                    self._names.append(base + sfx)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: np.array(self.params[n], dtype=np.float64) for n in self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._names) - set(state)\n"
        "        extra = set(state) - set(self._names)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for n in self._names:\n"
        "            arr = np.asarray(state[n], dtype=np.float64)   # no need to copy\n"
        "            if arr.shape != self.params[n].shape:\n"
        '                raise ValueError(f"{n}: shape {arr.shape}, expected '
        '{self.params[n].shape}")\n'
        "            self.params[n] = arr\n"
        "\n"
        "    def _direction(self, x, h, c, sfx, reverse):\n"
        '        W_ih = self.params["weight_ih" + sfx]\n'
        '        W_hh = self.params["weight_hh" + sfx]\n'
        '        b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if self.bias '
        "else 0.0\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sig(a[:, :H]), _sig(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sig(a[:, 3 * H:])\n"
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
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        "                row = layer * D + d\n"
        "                o, h, c = self._direction(layer_in, h0[row], c0[row], sfx, reverse=(d "
        "== 1))\n"
        "                outs.append(o)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_layer1_fwd_only_amara",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layers after the first read only the forward direction's output: "
                "weight_ih_l{k} (k > 0) is made (4H, H) instead of (4H, D*H), and the "
                "reverse half of the previous layer's out is dropped",
                "must_mention": [
                    "layer",
                    {
                        "any": [
                            "D * H",
                            "D*H",
                            "2H",
                            "2 * H",
                            "2*H",
                            "both directions",
                            "reverse",
                            "concat",
                            "weight_ih_l1",
                            "input size",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self._names = []\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_k = input_size if layer == 0 else H   # next layer reads h\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                shapes = [("weight_ih", (4 * H, in_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for base, shape in shapes:\n"
        "                    self.params[base + sfx] = rng.uniform(-k, k, size=shape)\n"
        "                    self._names.append(base + sfx)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: np.array(self.params[n], dtype=np.float64) for n in self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._names) - set(state)\n"
        "        extra = set(state) - set(self._names)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for n in self._names:\n"
        "            arr = np.array(state[n], dtype=np.float64)\n"
        "            if arr.shape != self.params[n].shape:\n"
        '                raise ValueError(f"{n}: shape {arr.shape}, expected '
        '{self.params[n].shape}")\n'
        "            self.params[n] = arr\n"
        "\n"
        "    def _direction(self, x, h, c, sfx, reverse):\n"
        '        W_ih = self.params["weight_ih" + sfx]\n'
        '        W_hh = self.params["weight_hh" + sfx]\n'
        '        b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if self.bias '
        "else 0.0\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sig(a[:, :H]), _sig(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sig(a[:, 3 * H:])\n"
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
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        "                row = layer * D + d\n"
        "                o, h, c = self._direction(layer_in, h0[row], c0[row], sfx, reverse=(d "
        "== 1))\n"
        "                outs.append(o)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = outs[0] if layer < L - 1 else np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_dbl_rows_sdref_amara",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state rows ordered direction-major (d*L + k) instead of k*D + d",
                "must_mention": [
                    {"any": ["row", "order", "index"]},
                    {"any": ["layer", "direction"]},
                ],
            },
            {
                "what": "state_dict returns the module's arrays, not copies",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "refer",
                            "alias",
                            "same array",
                            "shares",
                            "sharing",
                            "view",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self._names = []\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_k = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                shapes = [("weight_ih", (4 * H, in_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for base, shape in shapes:\n"
        "                    self.params[base + sfx] = rng.uniform(-k, k, size=shape)\n"
        "                    self._names.append(base + sfx)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: self.params[n] for n in self._names}   # already float64\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._names) - set(state)\n"
        "        extra = set(state) - set(self._names)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for n in self._names:\n"
        "            arr = np.array(state[n], dtype=np.float64)\n"
        "            if arr.shape != self.params[n].shape:\n"
        '                raise ValueError(f"{n}: shape {arr.shape}, expected '
        '{self.params[n].shape}")\n'
        "            self.params[n] = arr\n"
        "\n"
        "    def _direction(self, x, h, c, sfx, reverse):\n"
        '        W_ih = self.params["weight_ih" + sfx]\n'
        '        W_hh = self.params["weight_hh" + sfx]\n'
        '        b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if self.bias '
        "else 0.0\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sig(a[:, :H]), _sig(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sig(a[:, 3 * H:])\n"
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
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        "                row = d * L + layer\n"
        "                o, h, c = self._direction(layer_in, h0[row], c0[row], sfx, reverse=(d "
        "== 1))\n"
        "                outs.append(o)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_dbl_hnrev_bfout_amara",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's h_n taken at the last time index instead of after x_0",
                "must_mention": [
                    "revers",
                    {"any": ["h_n", "final", "state", "out[0", "step 0", "x_0"]},
                ],
            },
            {
                "what": "batch_first: input transposed but out returned time first",
                "must_mention": ["batch_first", {"any": ["out", "output"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self._names = []\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_k = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                shapes = [("weight_ih", (4 * H, in_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for base, shape in shapes:\n"
        "                    self.params[base + sfx] = rng.uniform(-k, k, size=shape)\n"
        "                    self._names.append(base + sfx)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: np.array(self.params[n], dtype=np.float64) for n in self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._names) - set(state)\n"
        "        extra = set(state) - set(self._names)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for n in self._names:\n"
        "            arr = np.array(state[n], dtype=np.float64)\n"
        "            if arr.shape != self.params[n].shape:\n"
        '                raise ValueError(f"{n}: shape {arr.shape}, expected '
        '{self.params[n].shape}")\n'
        "            self.params[n] = arr\n"
        "\n"
        "    def _direction(self, x, h, c, sfx, reverse):\n"
        '        W_ih = self.params["weight_ih" + sfx]\n'
        '        W_hh = self.params["weight_hh" + sfx]\n'
        '        b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if self.bias '
        "else 0.0\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sig(a[:, :H]), _sig(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sig(a[:, 3 * H:])\n"
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
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        "                row = layer * D + d\n"
        "                o, h, c = self._direction(layer_in, h0[row], c0[row], sfx, reverse=(d "
        "== 1))\n"
        "                outs.append(o)\n"
        "                h_n[row] = o[-1]\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_ok_tomasz",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-z[p]))\n"
        "    e = np.exp(z[~p])\n"
        "    out[~p] = e / (1.0 + e)\n"
        "    return out\n"
        "\n"
        "\n"
        "class _Direction:\n"
        '    """Parameters and time loop of one direction of one layer."""\n'
        "\n"
        '    NAMES = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
        "\n"
        "    def __init__(self, suffix, in_size, H, bias, rng):\n"
        "        self.suffix, self.H, self.bias = suffix, H, bias\n"
        "        bound = 1.0 / np.sqrt(H)\n"
        '        shapes = {"weight_ih": (4 * H, in_size), "weight_hh": (4 * H, H), "bias_ih": '
        '(4 * H,), "bias_hh": (4 * H,)}\n'
        "        self.p = {}\n"
        "        for name in self.NAMES:\n"
        '            if name.startswith("bias") and not bias:\n'
        "                continue\n"
        "            self.p[name] = rng.uniform(-bound, bound, size=shapes[name])\n"
        "\n"
        "    def keys(self):\n"
        "        return [name + self.suffix for name in self.p]\n"
        "\n"
        "    def run(self, xs, h, c, reverse=False):\n"
        "        H = self.H\n"
        '        W_ih, W_hh = self.p["weight_ih"], self.p["weight_hh"]\n'
        '        b = self.p["bias_ih"] + self.p["bias_hh"] if self.bias else np.zeros(4 * H)\n'
        "        order = range(len(xs))[::-1] if reverse else range(len(xs))\n"
        "        hs = [None] * len(xs)\n"
        "        for t in order:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            hs[t] = h\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        self.batch_first = batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        self.layers = []\n"
        "        for k in range(num_layers):\n"
        "            in_size = input_size if k == 0 else self.D * hidden_size\n"
        '            dirs = [_Direction(f"_l{k}", in_size, hidden_size, bias, rng)]\n'
        "            if bidirectional:\n"
        '                dirs.append(_Direction(f"_l{k}_reverse", in_size, hidden_size, bias, '
        "rng))\n"
        "            self.layers.append(dirs)\n"
        "\n"
        "    def _all(self):\n"
        "        for dirs in self.layers:\n"
        "            for dr in dirs:\n"
        "                for name in list(dr.p):\n"
        "                    yield name + dr.suffix, dr, name\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {key: dr.p[name].astype(np.float64).copy() for key, dr, name in "
        "self._all()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = {key for key, _, _ in self._all()}\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"missing: {sorted(expected - set(state))}, extra: '
        '{sorted(set(state) - expected)}")\n'
        "        for key, dr, name in self._all():\n"
        "            value = np.array(state[key], dtype=np.float64)\n"
        "            if value.shape != dr.p[name].shape:\n"
        '                raise ValueError(f"{key} has shape {value.shape}, expected '
        '{dr.p[name].shape}")\n'
        "            dr.p[name] = value\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        B = x.shape[1]\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.L * self.D, B, self.H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        seq = x\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            outs = []\n"
        "            for d, dr in enumerate(dirs):\n"
        "                o, h, c = dr.run(seq, h0[k * self.D + d], c0[k * self.D + d], "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            seq = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_rev_not_reordered_tomasz",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are stacked in the order they were "
                "computed (from t = T-1 down), not put back in time order: out[t, :, H:] "
                "holds the reverse state of step T-1-t",
                "must_mention": [
                    "revers",
                    {"any": ["order", "flip", "time", "backwards", "index t", "step t"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-z[p]))\n"
        "    e = np.exp(z[~p])\n"
        "    out[~p] = e / (1.0 + e)\n"
        "    return out\n"
        "\n"
        "\n"
        "class _Direction:\n"
        '    """Parameters and time loop of one direction of one layer."""\n'
        "\n"
        '    NAMES = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
        "\n"
        "    def __init__(self, suffix, in_size, H, bias, rng):\n"
        "        self.suffix, self.H, self.bias = suffix, H, bias\n"
        "        bound = 1.0 / np.sqrt(H)\n"
        '        shapes = {"weight_ih": (4 * H, in_size), "weight_hh": (4 * H, H), "bias_ih": '
        '(4 * H,), "bias_hh": (4 * H,)}\n'
        "        self.p = {}\n"
        "        for name in self.NAMES:\n"
        '            if name.startswith("bias") and not bias:\n'
        "                continue\n"
        "            self.p[name] = rng.uniform(-bound, bound, size=shapes[name])\n"
        "\n"
        "    def keys(self):\n"
        "        return [name + self.suffix for name in self.p]\n"
        "\n"
        "    def run(self, xs, h, c, reverse=False):\n"
        "        H = self.H\n"
        '        W_ih, W_hh = self.p["weight_ih"], self.p["weight_hh"]\n'
        '        b = self.p["bias_ih"] + self.p["bias_hh"] if self.bias else np.zeros(4 * H)\n'
        "        order = range(len(xs))[::-1] if reverse else range(len(xs))\n"
        "        hs = []\n"
        "        for t in order:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        self.batch_first = batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        self.layers = []\n"
        "        for k in range(num_layers):\n"
        "            in_size = input_size if k == 0 else self.D * hidden_size\n"
        '            dirs = [_Direction(f"_l{k}", in_size, hidden_size, bias, rng)]\n'
        "            if bidirectional:\n"
        '                dirs.append(_Direction(f"_l{k}_reverse", in_size, hidden_size, bias, '
        "rng))\n"
        "            self.layers.append(dirs)\n"
        "\n"
        "    def _all(self):\n"
        "        for dirs in self.layers:\n"
        "            for dr in dirs:\n"
        "                for name in list(dr.p):\n"
        "                    yield name + dr.suffix, dr, name\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {key: dr.p[name].astype(np.float64).copy() for key, dr, name in "
        "self._all()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = {key for key, _, _ in self._all()}\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"missing: {sorted(expected - set(state))}, extra: '
        '{sorted(set(state) - expected)}")\n'
        "        for key, dr, name in self._all():\n"
        "            value = np.array(state[key], dtype=np.float64)\n"
        "            if value.shape != dr.p[name].shape:\n"
        '                raise ValueError(f"{key} has shape {value.shape}, expected '
        '{dr.p[name].shape}")\n'
        "            dr.p[name] = value\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        B = x.shape[1]\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.L * self.D, B, self.H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        seq = x\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            outs = []\n"
        "            for d, dr in enumerate(dirs):\n"
        "                o, h, c = dr.run(seq, h0[k * self.D + d], c0[k * self.D + d], "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            seq = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_init_normal_tomasz",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initialises with a normal distribution of std 1/sqrt(H) instead of "
                "uniform in [-1/sqrt(H), 1/sqrt(H)]: many values fall outside the bound",
                "must_mention": [
                    {
                        "any": [
                            "bound",
                            "uniform",
                            "range",
                            "1/sqrt",
                            "1/√",
                            "interval",
                            "within",
                            "outside",
                            "[-",
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
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-z[p]))\n"
        "    e = np.exp(z[~p])\n"
        "    out[~p] = e / (1.0 + e)\n"
        "    return out\n"
        "\n"
        "\n"
        "class _Direction:\n"
        '    """Parameters and time loop of one direction of one layer."""\n'
        "\n"
        '    NAMES = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
        "\n"
        "    def __init__(self, suffix, in_size, H, bias, rng):\n"
        "        self.suffix, self.H, self.bias = suffix, H, bias\n"
        "        bound = 1.0 / np.sqrt(H)\n"
        '        shapes = {"weight_ih": (4 * H, in_size), "weight_hh": (4 * H, H), "bias_ih": '
        '(4 * H,), "bias_hh": (4 * H,)}\n'
        "        self.p = {}\n"
        "        for name in self.NAMES:\n"
        '            if name.startswith("bias") and not bias:\n'
        "                continue\n"
        "            self.p[name] = rng.normal(0.0, bound, size=shapes[name])   # scaled init\n"
        "\n"
        "    def keys(self):\n"
        "        return [name + self.suffix for name in self.p]\n"
        "\n"
        "    def run(self, xs, h, c, reverse=False):\n"
        "        H = self.H\n"
        '        W_ih, W_hh = self.p["weight_ih"], self.p["weight_hh"]\n'
        '        b = self.p["bias_ih"] + self.p["bias_hh"] if self.bias else np.zeros(4 * H)\n'
        "        order = range(len(xs))[::-1] if reverse else range(len(xs))\n"
        "        hs = [None] * len(xs)\n"
        "        for t in order:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            hs[t] = h\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        self.batch_first = batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        self.layers = []\n"
        "        for k in range(num_layers):\n"
        "            in_size = input_size if k == 0 else self.D * hidden_size\n"
        '            dirs = [_Direction(f"_l{k}", in_size, hidden_size, bias, rng)]\n'
        "            if bidirectional:\n"
        '                dirs.append(_Direction(f"_l{k}_reverse", in_size, hidden_size, bias, '
        "rng))\n"
        "            self.layers.append(dirs)\n"
        "\n"
        "    def _all(self):\n"
        "        for dirs in self.layers:\n"
        "            for dr in dirs:\n"
        "                for name in list(dr.p):\n"
        "                    yield name + dr.suffix, dr, name\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {key: dr.p[name].astype(np.float64).copy() for key, dr, name in "
        "self._all()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = {key for key, _, _ in self._all()}\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"missing: {sorted(expected - set(state))}, extra: '
        '{sorted(set(state) - expected)}")\n'
        "        for key, dr, name in self._all():\n"
        "            value = np.array(state[key], dtype=np.float64)\n"
        "            if value.shape != dr.p[name].shape:\n"
        '                raise ValueError(f"{key} has shape {value.shape}, expected '
        '{dr.p[name].shape}")\n'
        "            dr.p[name] = value\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        B = x.shape[1]\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.L * self.D, B, self.H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        seq = x\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            outs = []\n"
        "            for d, dr in enumerate(dirs):\n"
        "                o, h, c = dr.run(seq, h0[k * self.D + d], c0[k * self.D + d], "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            seq = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_seed_ignored_tomasz",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the seed is stored but never used (np.random.default_rng() without it): "
                "the same seed gives different parameters",
                "must_mention": ["seed"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-z[p]))\n"
        "    e = np.exp(z[~p])\n"
        "    out[~p] = e / (1.0 + e)\n"
        "    return out\n"
        "\n"
        "\n"
        "class _Direction:\n"
        '    """Parameters and time loop of one direction of one layer."""\n'
        "\n"
        '    NAMES = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
        "\n"
        "    def __init__(self, suffix, in_size, H, bias, rng):\n"
        "        self.suffix, self.H, self.bias = suffix, H, bias\n"
        "        bound = 1.0 / np.sqrt(H)\n"
        '        shapes = {"weight_ih": (4 * H, in_size), "weight_hh": (4 * H, H), "bias_ih": '
        '(4 * H,), "bias_hh": (4 * H,)}\n'
        "        self.p = {}\n"
        "        for name in self.NAMES:\n"
        '            if name.startswith("bias") and not bias:\n'
        "                continue\n"
        "            self.p[name] = rng.uniform(-bound, bound, size=shapes[name])\n"
        "\n"
        "    def keys(self):\n"
        "        return [name + self.suffix for name in self.p]\n"
        "\n"
        "    def run(self, xs, h, c, reverse=False):\n"
        "        H = self.H\n"
        '        W_ih, W_hh = self.p["weight_ih"], self.p["weight_hh"]\n'
        '        b = self.p["bias_ih"] + self.p["bias_hh"] if self.bias else np.zeros(4 * H)\n'
        "        order = range(len(xs))[::-1] if reverse else range(len(xs))\n"
        "        hs = [None] * len(xs)\n"
        "        for t in order:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            hs[t] = h\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        self.batch_first = batch_first\n"
        "        rng = np.random.default_rng()\n"
        "        self.seed = seed\n"
        "        self.layers = []\n"
        "        for k in range(num_layers):\n"
        "            in_size = input_size if k == 0 else self.D * hidden_size\n"
        '            dirs = [_Direction(f"_l{k}", in_size, hidden_size, bias, rng)]\n'
        "            if bidirectional:\n"
        '                dirs.append(_Direction(f"_l{k}_reverse", in_size, hidden_size, bias, '
        "rng))\n"
        "            self.layers.append(dirs)\n"
        "\n"
        "    def _all(self):\n"
        "        for dirs in self.layers:\n"
        "            for dr in dirs:\n"
        "                for name in list(dr.p):\n"
        "                    yield name + dr.suffix, dr, name\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {key: dr.p[name].astype(np.float64).copy() for key, dr, name in "
        "self._all()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = {key for key, _, _ in self._all()}\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"missing: {sorted(expected - set(state))}, extra: '
        '{sorted(set(state) - expected)}")\n'
        "        for key, dr, name in self._all():\n"
        "            value = np.array(state[key], dtype=np.float64)\n"
        "            if value.shape != dr.p[name].shape:\n"
        '                raise ValueError(f"{key} has shape {value.shape}, expected '
        '{dr.p[name].shape}")\n'
        "            dr.p[name] = value\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        B = x.shape[1]\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.L * self.D, B, self.H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        seq = x\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            outs = []\n"
        "            for d, dr in enumerate(dirs):\n"
        "                o, h, c = dr.run(seq, h0[k * self.D + d], c0[k * self.D + d], "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            seq = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_cat_rev_first_tomasz",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "puts the reverse direction's output first in out (out[t] = [reverse, "
                "forward] instead of [forward, reverse]); layer k > 0 also reads the "
                "halves swapped",
                "must_mention": [
                    {
                        "any": [
                            "forward first",
                            "order",
                            "concat",
                            "swap",
                            "halves",
                            "reverse first",
                            "side by side",
                            "[forward",
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
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-z[p]))\n"
        "    e = np.exp(z[~p])\n"
        "    out[~p] = e / (1.0 + e)\n"
        "    return out\n"
        "\n"
        "\n"
        "class _Direction:\n"
        '    """Parameters and time loop of one direction of one layer."""\n'
        "\n"
        '    NAMES = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
        "\n"
        "    def __init__(self, suffix, in_size, H, bias, rng):\n"
        "        self.suffix, self.H, self.bias = suffix, H, bias\n"
        "        bound = 1.0 / np.sqrt(H)\n"
        '        shapes = {"weight_ih": (4 * H, in_size), "weight_hh": (4 * H, H), "bias_ih": '
        '(4 * H,), "bias_hh": (4 * H,)}\n'
        "        self.p = {}\n"
        "        for name in self.NAMES:\n"
        '            if name.startswith("bias") and not bias:\n'
        "                continue\n"
        "            self.p[name] = rng.uniform(-bound, bound, size=shapes[name])\n"
        "\n"
        "    def keys(self):\n"
        "        return [name + self.suffix for name in self.p]\n"
        "\n"
        "    def run(self, xs, h, c, reverse=False):\n"
        "        H = self.H\n"
        '        W_ih, W_hh = self.p["weight_ih"], self.p["weight_hh"]\n'
        '        b = self.p["bias_ih"] + self.p["bias_hh"] if self.bias else np.zeros(4 * H)\n'
        "        order = range(len(xs))[::-1] if reverse else range(len(xs))\n"
        "        hs = [None] * len(xs)\n"
        "        for t in order:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            hs[t] = h\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        self.batch_first = batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        self.layers = []\n"
        "        for k in range(num_layers):\n"
        "            in_size = input_size if k == 0 else self.D * hidden_size\n"
        '            dirs = [_Direction(f"_l{k}", in_size, hidden_size, bias, rng)]\n'
        "            if bidirectional:\n"
        '                dirs.append(_Direction(f"_l{k}_reverse", in_size, hidden_size, bias, '
        "rng))\n"
        "            self.layers.append(dirs)\n"
        "\n"
        "    def _all(self):\n"
        "        for dirs in self.layers:\n"
        "            for dr in dirs:\n"
        "                for name in list(dr.p):\n"
        "                    yield name + dr.suffix, dr, name\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {key: dr.p[name].astype(np.float64).copy() for key, dr, name in "
        "self._all()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = {key for key, _, _ in self._all()}\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"missing: {sorted(expected - set(state))}, extra: '
        '{sorted(set(state) - expected)}")\n'
        "        for key, dr, name in self._all():\n"
        "            value = np.array(state[key], dtype=np.float64)\n"
        "            if value.shape != dr.p[name].shape:\n"
        '                raise ValueError(f"{key} has shape {value.shape}, expected '
        '{dr.p[name].shape}")\n'
        "            dr.p[name] = value\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        B = x.shape[1]\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.L * self.D, B, self.H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        seq = x\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            outs = []\n"
        "            for d, dr in enumerate(dirs):\n"
        "                o, h, c = dr.run(seq, h0[k * self.D + d], c0[k * self.D + d], "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            seq = np.concatenate(outs[::-1], axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_rev_h0_row_tomasz",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from the forward direction's initial state "
                "(row k*D) instead of its own row k*D + 1 of h_0/c_0",
                "must_mention": ["revers", {"any": ["h_0", "h0", "initial", "hx", "row"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-z[p]))\n"
        "    e = np.exp(z[~p])\n"
        "    out[~p] = e / (1.0 + e)\n"
        "    return out\n"
        "\n"
        "\n"
        "class _Direction:\n"
        '    """Parameters and time loop of one direction of one layer."""\n'
        "\n"
        '    NAMES = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
        "\n"
        "    def __init__(self, suffix, in_size, H, bias, rng):\n"
        "        self.suffix, self.H, self.bias = suffix, H, bias\n"
        "        bound = 1.0 / np.sqrt(H)\n"
        '        shapes = {"weight_ih": (4 * H, in_size), "weight_hh": (4 * H, H), "bias_ih": '
        '(4 * H,), "bias_hh": (4 * H,)}\n'
        "        self.p = {}\n"
        "        for name in self.NAMES:\n"
        '            if name.startswith("bias") and not bias:\n'
        "                continue\n"
        "            self.p[name] = rng.uniform(-bound, bound, size=shapes[name])\n"
        "\n"
        "    def keys(self):\n"
        "        return [name + self.suffix for name in self.p]\n"
        "\n"
        "    def run(self, xs, h, c, reverse=False):\n"
        "        H = self.H\n"
        '        W_ih, W_hh = self.p["weight_ih"], self.p["weight_hh"]\n'
        '        b = self.p["bias_ih"] + self.p["bias_hh"] if self.bias else np.zeros(4 * H)\n'
        "        order = range(len(xs))[::-1] if reverse else range(len(xs))\n"
        "        hs = [None] * len(xs)\n"
        "        for t in order:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            hs[t] = h\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        self.batch_first = batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        self.layers = []\n"
        "        for k in range(num_layers):\n"
        "            in_size = input_size if k == 0 else self.D * hidden_size\n"
        '            dirs = [_Direction(f"_l{k}", in_size, hidden_size, bias, rng)]\n'
        "            if bidirectional:\n"
        '                dirs.append(_Direction(f"_l{k}_reverse", in_size, hidden_size, bias, '
        "rng))\n"
        "            self.layers.append(dirs)\n"
        "\n"
        "    def _all(self):\n"
        "        for dirs in self.layers:\n"
        "            for dr in dirs:\n"
        "                for name in list(dr.p):\n"
        "                    yield name + dr.suffix, dr, name\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {key: dr.p[name].astype(np.float64).copy() for key, dr, name in "
        "self._all()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = {key for key, _, _ in self._all()}\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"missing: {sorted(expected - set(state))}, extra: '
        '{sorted(set(state) - expected)}")\n'
        "        for key, dr, name in self._all():\n"
        "            value = np.array(state[key], dtype=np.float64)\n"
        "            if value.shape != dr.p[name].shape:\n"
        '                raise ValueError(f"{key} has shape {value.shape}, expected '
        '{dr.p[name].shape}")\n'
        "            dr.p[name] = value\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        B = x.shape[1]\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.L * self.D, B, self.H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        seq = x\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            outs = []\n"
        "            for d, dr in enumerate(dirs):\n"
        "                o, h, c = dr.run(seq, h0[k * self.D], c0[k * self.D], reverse=(d == "
        "1))\n"
        "                outs.append(o)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            seq = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_dbl_seed_cat_tomasz",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "seed ignored: same seed gives different parameters",
                "must_mention": ["seed"],
            },
            {
                "what": "out concatenates reverse first, forward second",
                "must_mention": [
                    {
                        "any": [
                            "forward first",
                            "order",
                            "concat",
                            "swap",
                            "halves",
                            "reverse first",
                            "side by side",
                            "[forward",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-z[p]))\n"
        "    e = np.exp(z[~p])\n"
        "    out[~p] = e / (1.0 + e)\n"
        "    return out\n"
        "\n"
        "\n"
        "class _Direction:\n"
        '    """Parameters and time loop of one direction of one layer."""\n'
        "\n"
        '    NAMES = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
        "\n"
        "    def __init__(self, suffix, in_size, H, bias, rng):\n"
        "        self.suffix, self.H, self.bias = suffix, H, bias\n"
        "        bound = 1.0 / np.sqrt(H)\n"
        '        shapes = {"weight_ih": (4 * H, in_size), "weight_hh": (4 * H, H), "bias_ih": '
        '(4 * H,), "bias_hh": (4 * H,)}\n'
        "        self.p = {}\n"
        "        for name in self.NAMES:\n"
        '            if name.startswith("bias") and not bias:\n'
        "                continue\n"
        "            self.p[name] = rng.uniform(-bound, bound, size=shapes[name])\n"
        "\n"
        "    def keys(self):\n"
        "        return [name + self.suffix for name in self.p]\n"
        "\n"
        "    def run(self, xs, h, c, reverse=False):\n"
        "        H = self.H\n"
        '        W_ih, W_hh = self.p["weight_ih"], self.p["weight_hh"]\n'
        '        b = self.p["bias_ih"] + self.p["bias_hh"] if self.bias else np.zeros(4 * H)\n'
        "        order = range(len(xs))[::-1] if reverse else range(len(xs))\n"
        "        hs = [None] * len(xs)\n"
        "        for t in order:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            hs[t] = h\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        self.batch_first = batch_first\n"
        "        rng = np.random.default_rng()\n"
        "        self.seed = seed\n"
        "        self.layers = []\n"
        "        for k in range(num_layers):\n"
        "            in_size = input_size if k == 0 else self.D * hidden_size\n"
        '            dirs = [_Direction(f"_l{k}", in_size, hidden_size, bias, rng)]\n'
        "            if bidirectional:\n"
        '                dirs.append(_Direction(f"_l{k}_reverse", in_size, hidden_size, bias, '
        "rng))\n"
        "            self.layers.append(dirs)\n"
        "\n"
        "    def _all(self):\n"
        "        for dirs in self.layers:\n"
        "            for dr in dirs:\n"
        "                for name in list(dr.p):\n"
        "                    yield name + dr.suffix, dr, name\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {key: dr.p[name].astype(np.float64).copy() for key, dr, name in "
        "self._all()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = {key for key, _, _ in self._all()}\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"missing: {sorted(expected - set(state))}, extra: '
        '{sorted(set(state) - expected)}")\n'
        "        for key, dr, name in self._all():\n"
        "            value = np.array(state[key], dtype=np.float64)\n"
        "            if value.shape != dr.p[name].shape:\n"
        '                raise ValueError(f"{key} has shape {value.shape}, expected '
        '{dr.p[name].shape}")\n'
        "            dr.p[name] = value\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        B = x.shape[1]\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.L * self.D, B, self.H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        seq = x\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            outs = []\n"
        "            for d, dr in enumerate(dirs):\n"
        "                o, h, c = dr.run(seq, h0[k * self.D + d], c0[k * self.D + d], "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            seq = np.concatenate(outs[::-1], axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_dbl_revorder_normal_tomasz",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs not put back in time order",
                "must_mention": [
                    "revers",
                    {"any": ["order", "flip", "time", "backwards", "index t", "step t"]},
                ],
            },
            {
                "what": "normal init with std 1/sqrt(H) instead of uniform within the bound",
                "must_mention": [
                    {
                        "any": [
                            "bound",
                            "uniform",
                            "range",
                            "1/sqrt",
                            "1/√",
                            "interval",
                            "within",
                            "outside",
                            "[-",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-z[p]))\n"
        "    e = np.exp(z[~p])\n"
        "    out[~p] = e / (1.0 + e)\n"
        "    return out\n"
        "\n"
        "\n"
        "class _Direction:\n"
        '    """Parameters and time loop of one direction of one layer."""\n'
        "\n"
        '    NAMES = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
        "\n"
        "    def __init__(self, suffix, in_size, H, bias, rng):\n"
        "        self.suffix, self.H, self.bias = suffix, H, bias\n"
        "        bound = 1.0 / np.sqrt(H)\n"
        '        shapes = {"weight_ih": (4 * H, in_size), "weight_hh": (4 * H, H), "bias_ih": '
        '(4 * H,), "bias_hh": (4 * H,)}\n'
        "        self.p = {}\n"
        "        for name in self.NAMES:\n"
        '            if name.startswith("bias") and not bias:\n'
        "                continue\n"
        "            self.p[name] = rng.normal(0.0, bound, size=shapes[name])   # scaled init\n"
        "\n"
        "    def keys(self):\n"
        "        return [name + self.suffix for name in self.p]\n"
        "\n"
        "    def run(self, xs, h, c, reverse=False):\n"
        "        H = self.H\n"
        '        W_ih, W_hh = self.p["weight_ih"], self.p["weight_hh"]\n'
        '        b = self.p["bias_ih"] + self.p["bias_hh"] if self.bias else np.zeros(4 * H)\n'
        "        order = range(len(xs))[::-1] if reverse else range(len(xs))\n"
        "        hs = []\n"
        "        for t in order:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        self.batch_first = batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        self.layers = []\n"
        "        for k in range(num_layers):\n"
        "            in_size = input_size if k == 0 else self.D * hidden_size\n"
        '            dirs = [_Direction(f"_l{k}", in_size, hidden_size, bias, rng)]\n'
        "            if bidirectional:\n"
        '                dirs.append(_Direction(f"_l{k}_reverse", in_size, hidden_size, bias, '
        "rng))\n"
        "            self.layers.append(dirs)\n"
        "\n"
        "    def _all(self):\n"
        "        for dirs in self.layers:\n"
        "            for dr in dirs:\n"
        "                for name in list(dr.p):\n"
        "                    yield name + dr.suffix, dr, name\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {key: dr.p[name].astype(np.float64).copy() for key, dr, name in "
        "self._all()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = {key for key, _, _ in self._all()}\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"missing: {sorted(expected - set(state))}, extra: '
        '{sorted(set(state) - expected)}")\n'
        "        for key, dr, name in self._all():\n"
        "            value = np.array(state[key], dtype=np.float64)\n"
        "            if value.shape != dr.p[name].shape:\n"
        '                raise ValueError(f"{key} has shape {value.shape}, expected '
        '{dr.p[name].shape}")\n'
        "            dr.p[name] = value\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        B = x.shape[1]\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.L * self.D, B, self.H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        seq = x\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            outs = []\n"
        "            for d, dr in enumerate(dirs):\n"
        "                o, h, c = dr.run(seq, h0[k * self.D + d], c0[k * self.D + d], "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            seq = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_ok_ines",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigm(v):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * v))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        gen = np.random.default_rng(seed)\n"
        "        lim = hidden_size ** -0.5\n"
        "        self._w = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else self.D * hidden_size\n"
        "            for d in range(self.D):\n"
        '                tag = "_l%d%s" % (l, "_reverse" if d else "")\n'
        '                self._w["weight_ih" + tag] = gen.uniform(-lim, lim, (4 * hidden_size, '
        "n_in))\n"
        '                self._w["weight_hh" + tag] = gen.uniform(-lim, lim, (4 * hidden_size, '
        "hidden_size))\n"
        "                if bias:\n"
        '                    self._w["bias_ih" + tag] = gen.uniform(-lim, lim, 4 * '
        "hidden_size)\n"
        '                    self._w["bias_hh" + tag] = gen.uniform(-lim, lim, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self._w.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self._w:\n"
        "            if k not in state:\n"
        '                raise KeyError("missing " + k)\n'
        "            if np.shape(state[k]) != self._w[k].shape:\n"
        '                raise ValueError("wrong shape for " + k)\n'
        "        for k in state:\n"
        "            if k not in self._w:\n"
        '                raise KeyError("unexpected " + k)\n'
        "        self._w = {k: np.array(state[k], dtype=np.float64) for k in self._w}\n"
        "\n"
        "    def _scan(self, xs, h, c, tag):\n"
        "        # xs already in the order to be read\n"
        "        H = self.H\n"
        '        Wx, Wh = self._w["weight_ih" + tag], self._w["weight_hh" + tag]\n'
        '        bb = (self._w["bias_ih" + tag] + self._w["bias_hh" + tag]) if self.bias else '
        "np.zeros(4 * H)\n"
        "        ys = np.empty(xs.shape[:2] + (H,))\n"
        "        for n, x_n in enumerate(xs):\n"
        "            z = x_n @ Wx.T + h @ Wh.T + bb\n"
        "            c = sigm(z[:, H:2*H]) * c + sigm(z[:, :H]) * np.tanh(z[:, 2*H:3*H])\n"
        "            h = sigm(z[:, 3*H:]) * np.tanh(c)\n"
        "            ys[n] = h\n"
        "        return ys, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        seq = np.moveaxis(np.asarray(x, dtype=np.float64), 1, 0) if self.batch_first "
        "else np.asarray(x, dtype=np.float64)\n"
        "        B = seq.shape[1]\n"
        "        LD = self.L * self.D\n"
        "        h0, c0 = (np.zeros((LD, B, self.H)), np.zeros((LD, B, self.H))) if hx is None "
        "else hx\n"
        "        h_n = np.empty((LD, B, self.H))\n"
        "        c_n = np.empty((LD, B, self.H))\n"
        "        for l in range(self.L):\n"
        "            ys = []\n"
        "            for d in range(self.D):\n"
        "                r = l * self.D + d\n"
        '                tag = "_l%d%s" % (l, "_reverse" if d else "")\n'
        "                src = np.flip(seq, 0) if d else seq\n"
        "                y, h_n[r], c_n[r] = self._scan(src, h0[r], c0[r], tag)\n"
        "                ys.append(np.flip(y, 0) if d else y)\n"
        "            seq = np.concatenate(ys, axis=2)\n"
        "        out = np.moveaxis(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_hx_layer0_only_ines",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "uses the given hx only for layer 0: layers k > 0 start from zeros instead "
                "of their rows of h_0, c_0",
                "must_mention": [{"any": ["h_0", "hx", "initial state", "h0"]}, "layer"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigm(v):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * v))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        gen = np.random.default_rng(seed)\n"
        "        lim = hidden_size ** -0.5\n"
        "        self._w = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else self.D * hidden_size\n"
        "            for d in range(self.D):\n"
        '                tag = "_l%d%s" % (l, "_reverse" if d else "")\n'
        '                self._w["weight_ih" + tag] = gen.uniform(-lim, lim, (4 * hidden_size, '
        "n_in))\n"
        '                self._w["weight_hh" + tag] = gen.uniform(-lim, lim, (4 * hidden_size, '
        "hidden_size))\n"
        "                if bias:\n"
        '                    self._w["bias_ih" + tag] = gen.uniform(-lim, lim, 4 * '
        "hidden_size)\n"
        '                    self._w["bias_hh" + tag] = gen.uniform(-lim, lim, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self._w.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self._w:\n"
        "            if k not in state:\n"
        '                raise KeyError("missing " + k)\n'
        "            if np.shape(state[k]) != self._w[k].shape:\n"
        '                raise ValueError("wrong shape for " + k)\n'
        "        for k in state:\n"
        "            if k not in self._w:\n"
        '                raise KeyError("unexpected " + k)\n'
        "        self._w = {k: np.array(state[k], dtype=np.float64) for k in self._w}\n"
        "\n"
        "    def _scan(self, xs, h, c, tag):\n"
        "        # xs already in the order to be read\n"
        "        H = self.H\n"
        '        Wx, Wh = self._w["weight_ih" + tag], self._w["weight_hh" + tag]\n'
        '        bb = (self._w["bias_ih" + tag] + self._w["bias_hh" + tag]) if self.bias else '
        "np.zeros(4 * H)\n"
        "        ys = np.empty(xs.shape[:2] + (H,))\n"
        "        for n, x_n in enumerate(xs):\n"
        "            z = x_n @ Wx.T + h @ Wh.T + bb\n"
        "            c = sigm(z[:, H:2*H]) * c + sigm(z[:, :H]) * np.tanh(z[:, 2*H:3*H])\n"
        "            h = sigm(z[:, 3*H:]) * np.tanh(c)\n"
        "            ys[n] = h\n"
        "        return ys, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        seq = np.moveaxis(np.asarray(x, dtype=np.float64), 1, 0) if self.batch_first "
        "else np.asarray(x, dtype=np.float64)\n"
        "        B = seq.shape[1]\n"
        "        LD = self.L * self.D\n"
        "        h0, c0 = (np.zeros((LD, B, self.H)), np.zeros((LD, B, self.H))) if hx is None "
        "else hx\n"
        "        if hx is not None:\n"
        "            # the given state is for the first layer (the one that sees x); deeper "
        "layers start at 0\n"
        "            h0, c0 = h0.copy(), c0.copy()\n"
        "            h0[self.D:] = 0.0\n"
        "            c0[self.D:] = 0.0\n"
        "        h_n = np.empty((LD, B, self.H))\n"
        "        c_n = np.empty((LD, B, self.H))\n"
        "        for l in range(self.L):\n"
        "            ys = []\n"
        "            for d in range(self.D):\n"
        "                r = l * self.D + d\n"
        '                tag = "_l%d%s" % (l, "_reverse" if d else "")\n'
        "                src = np.flip(seq, 0) if d else seq\n"
        "                y, h_n[r], c_n[r] = self._scan(src, h0[r], c0[r], tag)\n"
        "                ys.append(np.flip(y, 0) if d else y)\n"
        "            seq = np.concatenate(ys, axis=2)\n"
        "        out = np.moveaxis(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_float32_ines",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "stores the weights as float32 (at init and in load_state_dict): "
                "state_dict's weights are float32 and the loaded weights are rounded, so "
                "outputs are off by ~1e-7",
                "must_mention": [{"any": ["float32", "float64", "dtype"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigm(v):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * v))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        gen = np.random.default_rng(seed)\n"
        "        lim = hidden_size ** -0.5\n"
        "        self._w = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else self.D * hidden_size\n"
        "            for d in range(self.D):\n"
        '                tag = "_l%d%s" % (l, "_reverse" if d else "")\n'
        '                self._w["weight_ih" + tag] = gen.uniform(-lim, lim, (4 * hidden_size, '
        "n_in)).astype(np.float32)\n"
        '                self._w["weight_hh" + tag] = gen.uniform(-lim, lim, (4 * hidden_size, '
        "hidden_size)).astype(np.float32)\n"
        "                if bias:\n"
        '                    self._w["bias_ih" + tag] = gen.uniform(-lim, lim, 4 * '
        "hidden_size)\n"
        '                    self._w["bias_hh" + tag] = gen.uniform(-lim, lim, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self._w.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self._w:\n"
        "            if k not in state:\n"
        '                raise KeyError("missing " + k)\n'
        "            if np.shape(state[k]) != self._w[k].shape:\n"
        '                raise ValueError("wrong shape for " + k)\n'
        "        for k in state:\n"
        "            if k not in self._w:\n"
        '                raise KeyError("unexpected " + k)\n'
        "        self._w = {k: np.array(state[k], dtype=np.float32) for k in self._w}   # like "
        "torch\n"
        "\n"
        "    def _scan(self, xs, h, c, tag):\n"
        "        # xs already in the order to be read\n"
        "        H = self.H\n"
        '        Wx, Wh = self._w["weight_ih" + tag], self._w["weight_hh" + tag]\n'
        '        bb = (self._w["bias_ih" + tag] + self._w["bias_hh" + tag]) if self.bias else '
        "np.zeros(4 * H)\n"
        "        ys = np.empty(xs.shape[:2] + (H,))\n"
        "        for n, x_n in enumerate(xs):\n"
        "            z = x_n @ Wx.T + h @ Wh.T + bb\n"
        "            c = sigm(z[:, H:2*H]) * c + sigm(z[:, :H]) * np.tanh(z[:, 2*H:3*H])\n"
        "            h = sigm(z[:, 3*H:]) * np.tanh(c)\n"
        "            ys[n] = h\n"
        "        return ys, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        seq = np.moveaxis(np.asarray(x, dtype=np.float64), 1, 0) if self.batch_first "
        "else np.asarray(x, dtype=np.float64)\n"
        "        B = seq.shape[1]\n"
        "        LD = self.L * self.D\n"
        "        h0, c0 = (np.zeros((LD, B, self.H)), np.zeros((LD, B, self.H))) if hx is None "
        "else hx\n"
        "        h_n = np.empty((LD, B, self.H))\n"
        "        c_n = np.empty((LD, B, self.H))\n"
        "        for l in range(self.L):\n"
        "            ys = []\n"
        "            for d in range(self.D):\n"
        "                r = l * self.D + d\n"
        '                tag = "_l%d%s" % (l, "_reverse" if d else "")\n'
        "                src = np.flip(seq, 0) if d else seq\n"
        "                y, h_n[r], c_n[r] = self._scan(src, h0[r], c0[r], tag)\n"
        "                ys.append(np.flip(y, 0) if d else y)\n"
        "            seq = np.concatenate(ys, axis=2)\n"
        "        out = np.moveaxis(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_cn_is_hn_ines",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n is filled with the final hidden state h instead of the final cell "
                "state c",
                "must_mention": [
                    "c_n",
                    {"any": ["h_n", "hidden", "h_t", "same as h", "equal to h", "equals h"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigm(v):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * v))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        gen = np.random.default_rng(seed)\n"
        "        lim = hidden_size ** -0.5\n"
        "        self._w = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else self.D * hidden_size\n"
        "            for d in range(self.D):\n"
        '                tag = "_l%d%s" % (l, "_reverse" if d else "")\n'
        '                self._w["weight_ih" + tag] = gen.uniform(-lim, lim, (4 * hidden_size, '
        "n_in))\n"
        '                self._w["weight_hh" + tag] = gen.uniform(-lim, lim, (4 * hidden_size, '
        "hidden_size))\n"
        "                if bias:\n"
        '                    self._w["bias_ih" + tag] = gen.uniform(-lim, lim, 4 * '
        "hidden_size)\n"
        '                    self._w["bias_hh" + tag] = gen.uniform(-lim, lim, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self._w.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self._w:\n"
        "            if k not in state:\n"
        '                raise KeyError("missing " + k)\n'
        "            if np.shape(state[k]) != self._w[k].shape:\n"
        '                raise ValueError("wrong shape for " + k)\n'
        "        for k in state:\n"
        "            if k not in self._w:\n"
        '                raise KeyError("unexpected " + k)\n'
        "        self._w = {k: np.array(state[k], dtype=np.float64) for k in self._w}\n"
        "\n"
        "    def _scan(self, xs, h, c, tag):\n"
        "        # xs already in the order to be read\n"
        "        H = self.H\n"
        '        Wx, Wh = self._w["weight_ih" + tag], self._w["weight_hh" + tag]\n'
        '        bb = (self._w["bias_ih" + tag] + self._w["bias_hh" + tag]) if self.bias else '
        "np.zeros(4 * H)\n"
        "        ys = np.empty(xs.shape[:2] + (H,))\n"
        "        for n, x_n in enumerate(xs):\n"
        "            z = x_n @ Wx.T + h @ Wh.T + bb\n"
        "            c = sigm(z[:, H:2*H]) * c + sigm(z[:, :H]) * np.tanh(z[:, 2*H:3*H])\n"
        "            h = sigm(z[:, 3*H:]) * np.tanh(c)\n"
        "            ys[n] = h\n"
        "        return ys, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        seq = np.moveaxis(np.asarray(x, dtype=np.float64), 1, 0) if self.batch_first "
        "else np.asarray(x, dtype=np.float64)\n"
        "        B = seq.shape[1]\n"
        "        LD = self.L * self.D\n"
        "        h0, c0 = (np.zeros((LD, B, self.H)), np.zeros((LD, B, self.H))) if hx is None "
        "else hx\n"
        "        h_n = np.empty((LD, B, self.H))\n"
        "        c_n = np.empty((LD, B, self.H))\n"
        "        for l in range(self.L):\n"
        "            ys = []\n"
        "            for d in range(self.D):\n"
        "                r = l * self.D + d\n"
        '                tag = "_l%d%s" % (l, "_reverse" if d else "")\n'
        "                src = np.flip(seq, 0) if d else seq\n"
        "                y, h_n[r], _ = self._scan(src, h0[r], c0[r], tag)\n"
        "                c_n[r] = h_n[r]\n"
        "                ys.append(np.flip(y, 0) if d else y)\n"
        "            seq = np.concatenate(ys, axis=2)\n"
        "        out = np.moveaxis(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_dbl_hx_cn_ines",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "given hx used only for layer 0, deeper layers start from zeros",
                "must_mention": [{"any": ["h_0", "hx", "initial state", "h0"]}, "layer"],
            },
            {
                "what": "c_n holds the final hidden states instead of the cell states",
                "must_mention": [
                    "c_n",
                    {"any": ["h_n", "hidden", "h_t", "same as h", "equal to h", "equals h"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigm(v):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * v))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        gen = np.random.default_rng(seed)\n"
        "        lim = hidden_size ** -0.5\n"
        "        self._w = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else self.D * hidden_size\n"
        "            for d in range(self.D):\n"
        '                tag = "_l%d%s" % (l, "_reverse" if d else "")\n'
        '                self._w["weight_ih" + tag] = gen.uniform(-lim, lim, (4 * hidden_size, '
        "n_in))\n"
        '                self._w["weight_hh" + tag] = gen.uniform(-lim, lim, (4 * hidden_size, '
        "hidden_size))\n"
        "                if bias:\n"
        '                    self._w["bias_ih" + tag] = gen.uniform(-lim, lim, 4 * '
        "hidden_size)\n"
        '                    self._w["bias_hh" + tag] = gen.uniform(-lim, lim, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self._w.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self._w:\n"
        "            if k not in state:\n"
        '                raise KeyError("missing " + k)\n'
        "            if np.shape(state[k]) != self._w[k].shape:\n"
        '                raise ValueError("wrong shape for " + k)\n'
        "        for k in state:\n"
        "            if k not in self._w:\n"
        '                raise KeyError("unexpected " + k)\n'
        "        self._w = {k: np.array(state[k], dtype=np.float64) for k in self._w}\n"
        "\n"
        "    def _scan(self, xs, h, c, tag):\n"
        "        # xs already in the order to be read\n"
        "        H = self.H\n"
        '        Wx, Wh = self._w["weight_ih" + tag], self._w["weight_hh" + tag]\n'
        '        bb = (self._w["bias_ih" + tag] + self._w["bias_hh" + tag]) if self.bias else '
        "np.zeros(4 * H)\n"
        "        ys = np.empty(xs.shape[:2] + (H,))\n"
        "        for n, x_n in enumerate(xs):\n"
        "            z = x_n @ Wx.T + h @ Wh.T + bb\n"
        "            c = sigm(z[:, H:2*H]) * c + sigm(z[:, :H]) * np.tanh(z[:, 2*H:3*H])\n"
        "            h = sigm(z[:, 3*H:]) * np.tanh(c)\n"
        "            ys[n] = h\n"
        "        return ys, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        seq = np.moveaxis(np.asarray(x, dtype=np.float64), 1, 0) if self.batch_first "
        "else np.asarray(x, dtype=np.float64)\n"
        "        B = seq.shape[1]\n"
        "        LD = self.L * self.D\n"
        "        h0, c0 = (np.zeros((LD, B, self.H)), np.zeros((LD, B, self.H))) if hx is None "
        "else hx\n"
        "        if hx is not None:\n"
        "            # the given state is for the first layer (the one that sees x); deeper "
        "layers start at 0\n"
        "            h0, c0 = h0.copy(), c0.copy()\n"
        "            h0[self.D:] = 0.0\n"
        "            c0[self.D:] = 0.0\n"
        "        h_n = np.empty((LD, B, self.H))\n"
        "        c_n = np.empty((LD, B, self.H))\n"
        "        for l in range(self.L):\n"
        "            ys = []\n"
        "            for d in range(self.D):\n"
        "                r = l * self.D + d\n"
        '                tag = "_l%d%s" % (l, "_reverse" if d else "")\n'
        "                src = np.flip(seq, 0) if d else seq\n"
        "                y, h_n[r], _ = self._scan(src, h0[r], c0[r], tag)\n"
        "                c_n[r] = h_n[r]\n"
        "                ys.append(np.flip(y, 0) if d else y)\n"
        "            seq = np.concatenate(ys, axis=2)\n"
        "        out = np.moveaxis(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_dbl_noflipback_f32_ines",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs not flipped back to time order",
                "must_mention": [
                    "revers",
                    {"any": ["order", "flip", "time", "backwards", "index t", "step t"]},
                ],
            },
            {
                "what": "weights stored as float32",
                "must_mention": [{"any": ["float32", "float64", "dtype"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigm(v):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * v))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        gen = np.random.default_rng(seed)\n"
        "        lim = hidden_size ** -0.5\n"
        "        self._w = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else self.D * hidden_size\n"
        "            for d in range(self.D):\n"
        '                tag = "_l%d%s" % (l, "_reverse" if d else "")\n'
        '                self._w["weight_ih" + tag] = gen.uniform(-lim, lim, (4 * hidden_size, '
        "n_in)).astype(np.float32)\n"
        '                self._w["weight_hh" + tag] = gen.uniform(-lim, lim, (4 * hidden_size, '
        "hidden_size)).astype(np.float32)\n"
        "                if bias:\n"
        '                    self._w["bias_ih" + tag] = gen.uniform(-lim, lim, 4 * '
        "hidden_size)\n"
        '                    self._w["bias_hh" + tag] = gen.uniform(-lim, lim, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self._w.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self._w:\n"
        "            if k not in state:\n"
        '                raise KeyError("missing " + k)\n'
        "            if np.shape(state[k]) != self._w[k].shape:\n"
        '                raise ValueError("wrong shape for " + k)\n'
        "        for k in state:\n"
        "            if k not in self._w:\n"
        '                raise KeyError("unexpected " + k)\n'
        "        self._w = {k: np.array(state[k], dtype=np.float32) for k in self._w}   # like "
        "torch\n"
        "\n"
        "    def _scan(self, xs, h, c, tag):\n"
        "        # xs already in the order to be read\n"
        "        H = self.H\n"
        '        Wx, Wh = self._w["weight_ih" + tag], self._w["weight_hh" + tag]\n'
        '        bb = (self._w["bias_ih" + tag] + self._w["bias_hh" + tag]) if self.bias else '
        "np.zeros(4 * H)\n"
        "        ys = np.empty(xs.shape[:2] + (H,))\n"
        "        for n, x_n in enumerate(xs):\n"
        "            z = x_n @ Wx.T + h @ Wh.T + bb\n"
        "            c = sigm(z[:, H:2*H]) * c + sigm(z[:, :H]) * np.tanh(z[:, 2*H:3*H])\n"
        "            h = sigm(z[:, 3*H:]) * np.tanh(c)\n"
        "            ys[n] = h\n"
        "        return ys, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        seq = np.moveaxis(np.asarray(x, dtype=np.float64), 1, 0) if self.batch_first "
        "else np.asarray(x, dtype=np.float64)\n"
        "        B = seq.shape[1]\n"
        "        LD = self.L * self.D\n"
        "        h0, c0 = (np.zeros((LD, B, self.H)), np.zeros((LD, B, self.H))) if hx is None "
        "else hx\n"
        "        h_n = np.empty((LD, B, self.H))\n"
        "        c_n = np.empty((LD, B, self.H))\n"
        "        for l in range(self.L):\n"
        "            ys = []\n"
        "            for d in range(self.D):\n"
        "                r = l * self.D + d\n"
        '                tag = "_l%d%s" % (l, "_reverse" if d else "")\n'
        "                src = np.flip(seq, 0) if d else seq\n"
        "                y, h_n[r], c_n[r] = self._scan(src, h0[r], c0[r], tag)\n"
        "                ys.append(y)\n"
        "            seq = np.concatenate(ys, axis=2)\n"
        "        out = np.moveaxis(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_ok_rafael",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "from typing import Dict, Optional, Tuple\n"
        "\n"
        "\n"
        "def _stable_sigmoid(z: np.ndarray) -> np.ndarray:\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """NumPy nn.LSTM with a few extras (dtype option, precomputed fused biases, '
        'verbose mode)."""\n'
        "\n"
        "    def __init__(self, input_size: int, hidden_size: int, num_layers: int = 1, bias: "
        "bool = True,\n"
        "                 batch_first: bool = False, bidirectional: bool = False, seed: "
        "Optional[int] = None,\n"
        "                 dtype=np.float64, verbose: bool = False):\n"
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self.dtype, self.verbose = dtype, verbose\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        self._params: Dict[str, np.ndarray] = {}\n"
        "        for layer, direction in self._slots():\n"
        "            n_in = input_size if layer == 0 else hidden_size * self.num_directions\n"
        "            s = self._suffix(layer, direction)\n"
        '            self._params["weight_ih" + s] = rng.uniform(-bound, bound, (4 * '
        "hidden_size, n_in)).astype(dtype)\n"
        '            self._params["weight_hh" + s] = rng.uniform(-bound, bound, (4 * '
        "hidden_size, hidden_size)).astype(dtype)\n"
        "            if bias:\n"
        '                self._params["bias_ih" + s] = rng.uniform(-bound, bound, 4 * '
        "hidden_size).astype(dtype)\n"
        '                self._params["bias_hh" + s] = rng.uniform(-bound, bound, 4 * '
        "hidden_size).astype(dtype)\n"
        "        self._refresh()\n"
        "\n"
        "    def _slots(self):\n"
        "        return [(l, d) for l in range(self.num_layers) for d in "
        "range(self.num_directions)]\n"
        "\n"
        "    @staticmethod\n"
        "    def _suffix(layer, direction):\n"
        '        return f"_l{layer}" + ("_reverse" if direction else "")\n'
        "\n"
        "    def _refresh(self):\n"
        '        """Precompute fused biases once (not at every time step)."""\n'
        "        self._fused_bias = {}\n"
        "        for layer, direction in self._slots():\n"
        "            s = self._suffix(layer, direction)\n"
        "            if self.bias:\n"
        '                self._fused_bias[s] = self._params["bias_ih" + s] + '
        'self._params["bias_hh" + s]\n'
        "            else:\n"
        "                self._fused_bias[s] = np.zeros(4 * self.hidden_size, "
        "dtype=self.dtype)\n"
        "\n"
        "    def state_dict(self) -> Dict[str, np.ndarray]:\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state: Dict[str, np.ndarray]) -> None:\n"
        "        if set(state) != set(self._params):\n"
        '            raise KeyError(f"keys differ: missing {set(self._params) - set(state)}, '
        'extra {set(state) - set(self._params)}")\n'
        "        for k, v in state.items():\n"
        "            if np.shape(v) != self._params[k].shape:\n"
        '                raise ValueError(f"{k}: got shape {np.shape(v)}, expected '
        '{self._params[k].shape}")\n'
        "            self._params[k] = np.array(v, dtype=self.dtype, copy=True)\n"
        "        self._refresh()\n"
        "\n"
        "    def _run(self, xs, h, c, s, reverse):\n"
        "        H = self.hidden_size\n"
        '        W_ih, W_hh, b = self._params["weight_ih" + s], self._params["weight_hh" + s], '
        "self._fused_bias[s]\n"
        "        T = xs.shape[0]\n"
        "        ys = np.zeros((T, xs.shape[1], H), dtype=self.dtype)\n"
        "        for t in (reversed(range(T)) if reverse else range(T)):\n"
        "            z = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _stable_sigmoid(z[:, :H])\n"
        "            f = _stable_sigmoid(z[:, H:2 * H])\n"
        "            g = np.tanh(z[:, 2 * H:3 * H])\n"
        "            o = _stable_sigmoid(z[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            ys[t] = h\n"
        "            if self.verbose:\n"
        '                print(f"{s} t={t} |h|={np.abs(h).max():.3f}")\n'
        "        return ys, h, c\n"
        "\n"
        "    def __call__(self, x, hx: Optional[Tuple[np.ndarray, np.ndarray]] = None):\n"
        "        x = np.asarray(x, dtype=self.dtype)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        B = x.shape[1]\n"
        "        rows = self.num_layers * self.num_directions\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((rows, B, self.hidden_size), self.dtype), np.zeros((rows, "
        "B, self.hidden_size), self.dtype))\n"
        "        h_0, c_0 = hx\n"
        "        h_n = np.zeros((rows, B, self.hidden_size), self.dtype)\n"
        "        c_n = np.zeros_like(h_n)\n"
        "        inp = x\n"
        "        for layer in range(self.num_layers):\n"
        "            ys = []\n"
        "            for direction in range(self.num_directions):\n"
        "                r = layer * self.num_directions + direction\n"
        "                y, h_n[r], c_n[r] = self._run(inp, h_0[r], c_0[r], "
        "self._suffix(layer, direction), bool(direction))\n"
        "                ys.append(y)\n"
        "            inp = np.concatenate(ys, axis=-1)\n"
        "        out = inp.transpose(1, 0, 2) if self.batch_first else inp\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_stale_bias_rafael",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the fused bias (bias_ih + bias_hh) is computed once in __init__ and not "
                "recomputed by load_state_dict: after loading, the forward pass still adds "
                "the initial random biases",
                "must_mention": [
                    "bias",
                    {
                        "any": [
                            "load_state_dict",
                            "cache",
                            "stale",
                            "initial",
                            "init",
                            "precomputed",
                            "loaded",
                            "old",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "from typing import Dict, Optional, Tuple\n"
        "\n"
        "\n"
        "def _stable_sigmoid(z: np.ndarray) -> np.ndarray:\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """NumPy nn.LSTM with a few extras (dtype option, precomputed fused biases, '
        'verbose mode)."""\n'
        "\n"
        "    def __init__(self, input_size: int, hidden_size: int, num_layers: int = 1, bias: "
        "bool = True,\n"
        "                 batch_first: bool = False, bidirectional: bool = False, seed: "
        "Optional[int] = None,\n"
        "                 dtype=np.float64, verbose: bool = False):\n"
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self.dtype, self.verbose = dtype, verbose\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        self._params: Dict[str, np.ndarray] = {}\n"
        "        for layer, direction in self._slots():\n"
        "            n_in = input_size if layer == 0 else hidden_size * self.num_directions\n"
        "            s = self._suffix(layer, direction)\n"
        '            self._params["weight_ih" + s] = rng.uniform(-bound, bound, (4 * '
        "hidden_size, n_in)).astype(dtype)\n"
        '            self._params["weight_hh" + s] = rng.uniform(-bound, bound, (4 * '
        "hidden_size, hidden_size)).astype(dtype)\n"
        "            if bias:\n"
        '                self._params["bias_ih" + s] = rng.uniform(-bound, bound, 4 * '
        "hidden_size).astype(dtype)\n"
        '                self._params["bias_hh" + s] = rng.uniform(-bound, bound, 4 * '
        "hidden_size).astype(dtype)\n"
        "        self._refresh()\n"
        "\n"
        "    def _slots(self):\n"
        "        return [(l, d) for l in range(self.num_layers) for d in "
        "range(self.num_directions)]\n"
        "\n"
        "    @staticmethod\n"
        "    def _suffix(layer, direction):\n"
        '        return f"_l{layer}" + ("_reverse" if direction else "")\n'
        "\n"
        "    def _refresh(self):\n"
        '        """Precompute fused biases once (not at every time step)."""\n'
        "        self._fused_bias = {}\n"
        "        for layer, direction in self._slots():\n"
        "            s = self._suffix(layer, direction)\n"
        "            if self.bias:\n"
        '                self._fused_bias[s] = self._params["bias_ih" + s] + '
        'self._params["bias_hh" + s]\n'
        "            else:\n"
        "                self._fused_bias[s] = np.zeros(4 * self.hidden_size, "
        "dtype=self.dtype)\n"
        "\n"
        "    def state_dict(self) -> Dict[str, np.ndarray]:\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state: Dict[str, np.ndarray]) -> None:\n"
        "        if set(state) != set(self._params):\n"
        '            raise KeyError(f"keys differ: missing {set(self._params) - set(state)}, '
        'extra {set(state) - set(self._params)}")\n'
        "        for k, v in state.items():\n"
        "            if np.shape(v) != self._params[k].shape:\n"
        '                raise ValueError(f"{k}: got shape {np.shape(v)}, expected '
        '{self._params[k].shape}")\n'
        "            self._params[k] = np.array(v, dtype=self.dtype, copy=True)\n"
        "\n"
        "    def _run(self, xs, h, c, s, reverse):\n"
        "        H = self.hidden_size\n"
        '        W_ih, W_hh, b = self._params["weight_ih" + s], self._params["weight_hh" + s], '
        "self._fused_bias[s]\n"
        "        T = xs.shape[0]\n"
        "        ys = np.zeros((T, xs.shape[1], H), dtype=self.dtype)\n"
        "        for t in (reversed(range(T)) if reverse else range(T)):\n"
        "            z = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _stable_sigmoid(z[:, :H])\n"
        "            f = _stable_sigmoid(z[:, H:2 * H])\n"
        "            g = np.tanh(z[:, 2 * H:3 * H])\n"
        "            o = _stable_sigmoid(z[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            ys[t] = h\n"
        "            if self.verbose:\n"
        '                print(f"{s} t={t} |h|={np.abs(h).max():.3f}")\n'
        "        return ys, h, c\n"
        "\n"
        "    def __call__(self, x, hx: Optional[Tuple[np.ndarray, np.ndarray]] = None):\n"
        "        x = np.asarray(x, dtype=self.dtype)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        B = x.shape[1]\n"
        "        rows = self.num_layers * self.num_directions\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((rows, B, self.hidden_size), self.dtype), np.zeros((rows, "
        "B, self.hidden_size), self.dtype))\n"
        "        h_0, c_0 = hx\n"
        "        h_n = np.zeros((rows, B, self.hidden_size), self.dtype)\n"
        "        c_n = np.zeros_like(h_n)\n"
        "        inp = x\n"
        "        for layer in range(self.num_layers):\n"
        "            ys = []\n"
        "            for direction in range(self.num_directions):\n"
        "                r = layer * self.num_directions + direction\n"
        "                y, h_n[r], c_n[r] = self._run(inp, h_0[r], c_0[r], "
        "self._suffix(layer, direction), bool(direction))\n"
        "                ys.append(y)\n"
        "            inp = np.concatenate(ys, axis=-1)\n"
        "        out = inp.transpose(1, 0, 2) if self.batch_first else inp\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_dbl_stale_bf_rafael",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "fused bias precomputed at init, not refreshed by load_state_dict: the "
                "initial biases are used",
                "must_mention": [
                    "bias",
                    {
                        "any": [
                            "load_state_dict",
                            "cache",
                            "stale",
                            "initial",
                            "init",
                            "precomputed",
                            "loaded",
                            "old",
                        ]
                    },
                ],
            },
            {
                "what": "batch_first: x is transposed to time first but out is returned time first "
                "too",
                "must_mention": ["batch_first", {"any": ["out", "output"]}],
            },
        ],
        "source": "import numpy as np\n"
        "from typing import Dict, Optional, Tuple\n"
        "\n"
        "\n"
        "def _stable_sigmoid(z: np.ndarray) -> np.ndarray:\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """NumPy nn.LSTM with a few extras (dtype option, precomputed fused biases, '
        'verbose mode)."""\n'
        "\n"
        "    def __init__(self, input_size: int, hidden_size: int, num_layers: int = 1, bias: "
        "bool = True,\n"
        "                 batch_first: bool = False, bidirectional: bool = False, seed: "
        "Optional[int] = None,\n"
        "                 dtype=np.float64, verbose: bool = False):\n"
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self.dtype, self.verbose = dtype, verbose\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        self._params: Dict[str, np.ndarray] = {}\n"
        "        for layer, direction in self._slots():\n"
        "            n_in = input_size if layer == 0 else hidden_size * self.num_directions\n"
        "            s = self._suffix(layer, direction)\n"
        '            self._params["weight_ih" + s] = rng.uniform(-bound, bound, (4 * '
        "hidden_size, n_in)).astype(dtype)\n"
        '            self._params["weight_hh" + s] = rng.uniform(-bound, bound, (4 * '
        "hidden_size, hidden_size)).astype(dtype)\n"
        "            if bias:\n"
        '                self._params["bias_ih" + s] = rng.uniform(-bound, bound, 4 * '
        "hidden_size).astype(dtype)\n"
        '                self._params["bias_hh" + s] = rng.uniform(-bound, bound, 4 * '
        "hidden_size).astype(dtype)\n"
        "        self._refresh()\n"
        "\n"
        "    def _slots(self):\n"
        "        return [(l, d) for l in range(self.num_layers) for d in "
        "range(self.num_directions)]\n"
        "\n"
        "    @staticmethod\n"
        "    def _suffix(layer, direction):\n"
        '        return f"_l{layer}" + ("_reverse" if direction else "")\n'
        "\n"
        "    def _refresh(self):\n"
        '        """Precompute fused biases once (not at every time step)."""\n'
        "        self._fused_bias = {}\n"
        "        for layer, direction in self._slots():\n"
        "            s = self._suffix(layer, direction)\n"
        "            if self.bias:\n"
        '                self._fused_bias[s] = self._params["bias_ih" + s] + '
        'self._params["bias_hh" + s]\n'
        "            else:\n"
        "                self._fused_bias[s] = np.zeros(4 * self.hidden_size, "
        "dtype=self.dtype)\n"
        "\n"
        "    def state_dict(self) -> Dict[str, np.ndarray]:\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state: Dict[str, np.ndarray]) -> None:\n"
        "        if set(state) != set(self._params):\n"
        '            raise KeyError(f"keys differ: missing {set(self._params) - set(state)}, '
        'extra {set(state) - set(self._params)}")\n'
        "        for k, v in state.items():\n"
        "            if np.shape(v) != self._params[k].shape:\n"
        '                raise ValueError(f"{k}: got shape {np.shape(v)}, expected '
        '{self._params[k].shape}")\n'
        "            self._params[k] = np.array(v, dtype=self.dtype, copy=True)\n"
        "\n"
        "    def _run(self, xs, h, c, s, reverse):\n"
        "        H = self.hidden_size\n"
        '        W_ih, W_hh, b = self._params["weight_ih" + s], self._params["weight_hh" + s], '
        "self._fused_bias[s]\n"
        "        T = xs.shape[0]\n"
        "        ys = np.zeros((T, xs.shape[1], H), dtype=self.dtype)\n"
        "        for t in (reversed(range(T)) if reverse else range(T)):\n"
        "            z = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _stable_sigmoid(z[:, :H])\n"
        "            f = _stable_sigmoid(z[:, H:2 * H])\n"
        "            g = np.tanh(z[:, 2 * H:3 * H])\n"
        "            o = _stable_sigmoid(z[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            ys[t] = h\n"
        "            if self.verbose:\n"
        '                print(f"{s} t={t} |h|={np.abs(h).max():.3f}")\n'
        "        return ys, h, c\n"
        "\n"
        "    def __call__(self, x, hx: Optional[Tuple[np.ndarray, np.ndarray]] = None):\n"
        "        x = np.asarray(x, dtype=self.dtype)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        B = x.shape[1]\n"
        "        rows = self.num_layers * self.num_directions\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((rows, B, self.hidden_size), self.dtype), np.zeros((rows, "
        "B, self.hidden_size), self.dtype))\n"
        "        h_0, c_0 = hx\n"
        "        h_n = np.zeros((rows, B, self.hidden_size), self.dtype)\n"
        "        c_n = np.zeros_like(h_n)\n"
        "        inp = x\n"
        "        for layer in range(self.num_layers):\n"
        "            ys = []\n"
        "            for direction in range(self.num_directions):\n"
        "                r = layer * self.num_directions + direction\n"
        "                y, h_n[r], c_n[r] = self._run(inp, h_0[r], c_0[r], "
        "self._suffix(layer, direction), bool(direction))\n"
        "                ys.append(y)\n"
        "            inp = np.concatenate(ys, axis=-1)\n"
        "        out = inp\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "shapes_ok_amara",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        '    return {"out": out, "h_n": (D * num_layers, batch, H_out), "c_n": (D * '
        "num_layers, batch, hidden_size)}\n",
    },
    {
        "id": "shapes_ok_lena",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    n_dir = 1 + bool(bidirectional)\n"
        "    h_size = proj_size or hidden_size          # projection only touches h\n"
        "    lead = (batch, seq_len) if batch_first else (seq_len, batch)\n"
        "    state = lambda size: (num_layers * n_dir, batch, size)\n"
        "    return dict(out=lead + (n_dir * h_size,), h_n=state(h_size), "
        "c_n=state(hidden_size))\n",
    },
    {
        "id": "shapes_ok_dmitri",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    # input_size does not matter for the outputs\n"
        "    if bidirectional:\n"
        "        num_directions = 2\n"
        "    else:\n"
        "        num_directions = 1\n"
        "    if proj_size > 0:\n"
        "        h_out = proj_size\n"
        "    else:\n"
        "        h_out = hidden_size\n"
        "    if batch_first:\n"
        "        out_shape = (int(batch), int(seq_len), int(num_directions * h_out))\n"
        "    else:\n"
        "        out_shape = (int(seq_len), int(batch), int(num_directions * h_out))\n"
        "    h_n_shape = (int(num_layers * num_directions), int(batch), int(h_out))\n"
        "    c_n_shape = (int(num_layers * num_directions), int(batch), int(hidden_size))\n"
        '    return {"out": out_shape, "h_n": h_n_shape, "c_n": c_n_shape}\n',
    },
    {
        "id": "shapes_bf_ignored_mei",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores batch_first: out is always (seq_len, batch, D*H_out)",
                "must_mention": ["batch_first"],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    P = proj_size if proj_size else hidden_size\n"
        "    out = (seq_len, batch, D * P)\n"
        "    h_n = (D * num_layers, batch, P)\n"
        "    c_n = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_hn_batchfirst_mei",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "makes h_n and c_n batch first too when batch_first=True; batch_first only "
                "changes x and out",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["batch_first", "batch first", "never"]},
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    P = proj_size if proj_size else hidden_size\n"
        "    out = (seq_len, batch, D * P)\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * P)\n"
        "    h_n = (D * num_layers, batch, P)\n"
        "    c_n = (D * num_layers, batch, hidden_size)\n"
        "    if batch_first:   # batch first everywhere\n"
        "        h_n = (batch, D * num_layers, P)\n"
        "        c_n = (batch, D * num_layers, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_proj_on_c_sofia",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "applies proj_size to c_n as well: c_n keeps hidden_size",
                "must_mention": ["c_n", {"any": ["proj", "hidden_size", "hidden size"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    P = proj_size if proj_size else hidden_size\n"
        "    out = (seq_len, batch, D * P)\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * P)\n"
        "    h_n = (D * num_layers, batch, P)\n"
        "    c_n = (D * num_layers, batch, P)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_proj_hn_ignored_kevin",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n keeps hidden_size when proj_size > 0; h_n is projected too "
                "(proj_size)",
                "must_mention": ["h_n", "proj"],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    feat = D * (proj_size if proj_size > 0 else hidden_size)\n"
        "    out = (batch, seq_len, feat) if batch_first else (seq_len, batch, feat)\n"
        "    # the projection is applied to the output\n"
        "    h_n = (num_layers * D, batch, hidden_size)\n"
        "    c_n = (num_layers * D, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_no_D_states_kevin",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n have num_layers rows, not num_layers * D: the directions are "
                "forgotten",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {
                        "any": [
                            "direction",
                            "bidirectional",
                            "num_layers * D",
                            "L * D",
                            "D * num_layers",
                            "2 *",
                            "num_layers * 2",
                            "first dimension",
                            "first axis",
                        ]
                    },
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * H)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * H)\n"
        '    return {"out": out, "h_n": (num_layers, batch, H), "c_n": (num_layers, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "shapes_out_no_D_oskar",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis is H_out, not D * H_out: both directions are concatenated "
                "in out",
                "must_mention": [
                    "out",
                    {
                        "any": [
                            "direction",
                            "bidirectional",
                            "D * H",
                            "2H",
                            "2 * H",
                            "concat",
                            "D *",
                            "num_dir",
                        ]
                    },
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    num_dir = 2 if bidirectional else 1\n"
        "    h_size = proj_size if proj_size != 0 else hidden_size\n"
        "    states = num_layers * num_dir\n"
        "    out = [seq_len, batch, h_size]\n"
        "    if batch_first:\n"
        "        out[0], out[1] = out[1], out[0]\n"
        '    return {"out": tuple(out), "h_n": (states, batch, h_size), "c_n": (states, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "shapes_lists_jonas",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {"what": "returns the shapes as lists instead of tuples", "must_mention": ["tuple"]}
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = [seq_len, batch, D * H_out]\n"
        "    if batch_first:\n"
        "        out = [batch, seq_len, D * H_out]\n"
        '    return {"out": out, "h_n": [D * num_layers, batch, H_out], "c_n": [D * '
        "num_layers, batch, hidden_size]}\n",
    },
    {
        "id": "shapes_add_not_mul_dmitri",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n/c_n first axis is num_layers + D - 1 instead of num_layers * D (right "
                "only when one of them is 1)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {
                        "any": [
                            "num_layers * D",
                            "L * D",
                            "D * num_layers",
                            "multipl",
                            "product",
                            "times",
                            "each layer",
                            "every layer",
                        ]
                    },
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    n_states = num_layers + D - 1          # one extra state for the reverse "
        "direction\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * H_out)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * H_out)\n"
        '    return {"out": out, "h_n": (n_states, batch, H_out), "c_n": (n_states, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "shapes_numpy_ints_ines",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "the tuples hold numpy int64 values (from np.array), not Python ints",
                "must_mention": [
                    {
                        "any": [
                            "int64",
                            "numpy int",
                            "np.int",
                            "python int",
                            "type",
                            "not int",
                            "of ints",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = np.array([seq_len, batch, D * H_out])\n"
        "    if batch_first:\n"
        "        out = out[[1, 0, 2]]               # permute the first two axes\n"
        "    h_n = np.array([num_layers * D, batch, H_out])\n"
        "    c_n = np.array([num_layers * D, batch, hidden_size])\n"
        '    return {"out": tuple(out), "h_n": tuple(h_n), "c_n": tuple(c_n)}\n',
    },
    {
        "id": "shapes_keys_tomasz",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "the dict's keys are 'out', 'h', 'c' instead of 'out', 'h_n', 'c_n'",
                "must_mention": [{"any": ["key", "h_n", "c_n"]}],
            }
        ],
        "source": "from collections import namedtuple\n"
        "\n"
        'Shapes = namedtuple("Shapes", "out h c")\n'
        "\n"
        "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hp = proj_size or hidden_size\n"
        "    first = (batch, seq_len) if batch_first else (seq_len, batch)\n"
        "    s = Shapes(out=first + (D * Hp,), h=(num_layers * D, batch, Hp), c=(num_layers * "
        "D, batch, hidden_size))\n"
        "    return dict(s._asdict())\n",
    },
    {
        "id": "shapes_dbl_bf_projc_mei",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {"what": "ignores batch_first for out", "must_mention": ["batch_first"]},
            {
                "what": "applies proj_size to c_n too",
                "must_mention": ["c_n", {"any": ["proj", "hidden_size", "hidden size"]}],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    P = proj_size if proj_size else hidden_size\n"
        "    out = (seq_len, batch, D * P)\n"
        "    h_n = (D * num_layers, batch, P)\n"
        "    c_n = (D * num_layers, batch, P)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_dbl_noD_lists_kevin",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n first axis num_layers instead of num_layers * D",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {
                        "any": [
                            "direction",
                            "bidirectional",
                            "num_layers * D",
                            "L * D",
                            "D * num_layers",
                            "2 *",
                            "num_layers * 2",
                            "first dimension",
                            "first axis",
                        ]
                    },
                ],
            },
            {"what": "shapes returned as lists, not tuples", "must_mention": ["tuple"]},
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size > 0 else hidden_size\n"
        "    out = [batch, seq_len, D * H] if batch_first else [seq_len, batch, D * H]\n"
        '    return {"out": out, "h_n": [num_layers, batch, H], "c_n": [num_layers, batch, '
        "hidden_size]}\n",
    },
    {
        "id": "layer_bti_assumed_mei",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "always reads x as (B, T, I) and returns out as (B, T, H), whatever "
                "batch_first says: the default layout batch_first=False, (T, B, I), is "
                "read with time and batch exchanged",
                "must_mention": [
                    {
                        "any": [
                            "layout",
                            "(T, B",
                            "time first",
                            "batch_first",
                            "batch first",
                            "axis",
                            "axes",
                            "transpos",
                            "exchang",
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
        "    # x: (batch, seq, features)\n"
        "    batch_size, seq_len, _ = x.shape\n"
        "    hidden_size = W_hh.shape[1]\n"
        "    h_t = h0 if h0 is not None else np.zeros((batch_size, hidden_size))\n"
        "    c_t = c0 if c0 is not None else np.zeros((batch_size, hidden_size))\n"
        "    hidden_seq = []\n"
        "    for t in range(seq_len):\n"
        "        h_t, c_t = lstm_cell(x[:, t, :], h_t, c_t, W_ih, W_hh, b_ih, b_hh)\n"
        "        hidden_seq.append(h_t)\n"
        "    hidden_seq = np.stack(hidden_seq, axis=1)      # (batch, seq, hidden)\n"
        "    return hidden_seq, (h_t, c_t)\n",
    },
    {
        "id": "bilstm_sofia_correct",
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
        '    """One bidirectional LSTM layer."""\n'
        "    # forward direction: the usual layer\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    # reverse direction: feed the sequence backwards, then put the outputs back in "
        "time order\n"
        "    out_b_rev, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out_b = out_b_rev[::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    h_n = np.stack([h_f, h_b])\n"
        "    c_n = np.stack([c_f, c_b])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilstm_lena_correct",
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
        "    # causal branch + anti-causal branch (time-reversed signal), like a zero-phase "
        "filter\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    x_rev = np.flip(x, axis=0)              # x_rev[n] = x[T-1-n]\n"
        "    y_causal = np.empty((T, B, H))\n"
        "    y_anti = np.empty((T, B, H))\n"
        "    hf, cf = h0[0], c0[0]\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for n in range(T):\n"
        "        hf, cf = lstm_cell(x[n], hf, cf, *fwd)\n"
        "        y_causal[n] = hf\n"
        "        hb, cb = lstm_cell(x_rev[n], hb, cb, *bwd)\n"
        "        y_anti[n] = hb\n"
        "    y_anti = np.flip(y_anti, axis=0)        # undo the time reversal\n"
        "    y = np.concatenate((y_causal, y_anti), axis=-1)\n"
        "    return y, (np.array([hf, hb]), np.array([cf, cb]))\n",
    },
    {
        "id": "bilstm_aisha_correct",
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
        '_DIRECTIONS = ("forward", "reverse")\n'
        "\n"
        "\n"
        "def _run_direction(x, h, c, params, reverse=False, keep_states=False):\n"
        '    """Runs one direction; returns outputs in TIME order whatever the direction.\n'
        "\n"
        "    keep_states=True also returns a dict t -> (h_t, c_t) (handy for debugging).\n"
        '    """\n'
        "    W_ih, W_hh, b_ih, b_hh = (np.asarray(p, dtype=np.float64) for p in params)\n"
        "    T = x.shape[0]\n"
        "    steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "    outputs = [None] * T\n"
        "    states = {}\n"
        "    for t in steps:\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outputs[t] = h\n"
        "        if keep_states:\n"
        "            states[t] = (h.copy(), c.copy())\n"
        "    result = (np.stack(outputs, axis=0), (h, c))\n"
        "    return result + (states,) if keep_states else result\n"
        "\n"
        "\n"
        'def bilstm_layer(x, h0, c0, fwd, bwd, merge="concat"):\n'
        '    if merge not in ("concat", "sum"):\n'
        '        raise ValueError(f"unknown merge mode {merge!r}")\n'
        "    results = {}\n"
        "    for d, (name, params) in enumerate(zip(_DIRECTIONS, (fwd, bwd))):\n"
        "        results[name] = _run_direction(x, h0[d], c0[d], params, reverse=(name == "
        '"reverse"))\n'
        '    (out_f, (h_f, c_f)), (out_r, (h_r, c_r)) = results["forward"], '
        'results["reverse"]\n'
        '    out = np.concatenate([out_f, out_r], axis=-1) if merge == "concat" else out_f + '
        "out_r\n"
        "    return out, (np.stack([h_f, h_r], axis=0), np.stack([c_f, c_r], axis=0))\n",
    },
    {
        "id": "bilstm_chen_correct",
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
        "    T = x.shape[0]\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T,) + h0.shape[1:-1] + (2 * H,))\n"
        "    (hf, cf), (hb, cb) = (h0[0], c0[0]), (h0[1], c0[1])\n"
        "    # both directions in one sweep: step t forwards and step T-1-t backwards\n"
        "    for t in range(T):\n"
        "        s = T - 1 - t\n"
        "        hf, cf = lstm_cell(x[t], hf, cf, *fwd)\n"
        "        hb, cb = lstm_cell(x[s], hb, cb, *bwd)\n"
        "        out[t, ..., :H] = hf\n"
        "        out[s, ..., H:] = hb\n"
        "    return out, (np.stack((hf, hb)), np.stack((cf, cb)))\n",
    },
    {
        "id": "bilstm_jonas_out_not_reflipped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are left in reading order (x_{T-1} "
                "first): out[t, :, H:] holds the output for step T-1-t; they are not "
                "flipped back to time order",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd", "row 1", "second half", "H:"]},
                    {"any": ["flip", "order", "position", "align", "time", "revers"]},
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
        "    # run both directions\n"
        "    fw_out, fw_state = lstm_layer(x, h0[0], c0[0], fwd[0], fwd[1], fwd[2], fwd[3])\n"
        "    x_backwards = x[::-1]\n"
        "    bw_out, bw_state = lstm_layer(x_backwards, h0[1], c0[1], bwd[0], bwd[1], bwd[2], "
        "bwd[3])\n"
        "    out = np.concatenate((fw_out, bw_out), axis=-1)\n"
        "    h_n = np.stack((fw_state[0], bw_state[0]), axis=0)\n"
        "    c_n = np.stack((fw_state[1], bw_state[1]), axis=0)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilstm_marcus_reverse_never_reversed",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction is run forwards in time (x_0 first) with the bwd "
                "weights: the input is never reversed, so it reads x_0..x_t instead of "
                "x_{T-1}..x_t and its final state is after x_{T-1}",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd", "row 1", "second half", "H:"]},
                    {"any": ["flip", "forward in time", "x_0", "order", "revers", "direction"]},
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
        "    # two LSTMs, one per direction, each with its own weights\n"
        "    o1, (h1, c1) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    o2, (h2, c2) = lstm_layer(x, h0[1], c0[1], *bwd)   # backward LSTM = the bwd "
        "weights\n"
        "    out = np.concatenate([o1, o2], axis=2)\n"
        "    return out, (np.stack([h1, h2]), np.stack([c1, c2]))\n",
    },
    {
        "id": "bilstm_kai_hn_from_last_out",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] is taken from out[-1, :, H:], the reverse direction's output after "
                "its FIRST step (x_{T-1} only), instead of its final state after x_0 "
                "(out[0, :, H:])",
                "must_mention": [
                    "h_n",
                    {"any": ["reverse", "backward", "bwd", "row 1", "second half", "H:"]},
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
        "    H = h0.shape[2]\n"
        "    f_out, (_, f_c) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    r_out, (_, r_c) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([f_out, r_out[::-1]], axis=2)\n"
        "    # the final hidden states are just the last output step\n"
        "    last = out[-1]\n"
        "    h_n = np.stack([last[:, :H], last[:, H:]])\n"
        "    c_n = np.stack([f_c, r_c])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilstm_yusuf_directions_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the time reversal is applied to the wrong direction: the fwd weights read "
                "the sequence backwards and the bwd weights read it forwards (each with "
                "its own h0 row)",
                "must_mention": [
                    {"any": ["direction", "revers", "backward", "forward"]},
                    {"any": ["swap", "exchang", "wrong", "flip", "revers", "other", "opposite"]},
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
        "    outs, hs, cs = [], [], []\n"
        "    for d, params in enumerate((fwd, bwd)):\n"
        "        flip = (d == 0)                  # direction 0 reads the sequence backwards\n"
        "        seq = x[::-1] if flip else x\n"
        "        o, (h, c) = lstm_layer(seq, h0[d], c0[d], *params)\n"
        "        outs.append(o[::-1] if flip else o)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    return np.concatenate(outs, axis=2), (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "bilstm_dev_h0_row0_both",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from h0[0], c0[0] (the forward direction's "
                "initial state) instead of h0[1], c0[1]",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "start"]},
                    {"any": ["reverse", "backward", "bwd", "row 1", "second half", "H:"]},
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
        "    h_init, c_init = h0[0], c0[0]          # (B, H)\n"
        "    fwd_out, (hf, cf) = lstm_layer(x, h_init, c_init, *fwd)\n"
        "    bwd_out, (hb, cb) = lstm_layer(np.flip(x, 0), h_init, c_init, *bwd)\n"
        "    bwd_out = np.flip(bwd_out, 0)\n"
        "    out = np.concatenate([fwd_out, bwd_out], -1)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bilstm_noor_halves_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the two halves of out are concatenated in the wrong order: [reverse, "
                "forward] instead of [forward, reverse]",
                "must_mention": [
                    {"any": ["half", "halves", "order", "swap", "first H", "concaten", "H:", ":H"]}
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
        "    forward_out, (h_fw, c_fw) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    backward_out, (h_bw, c_bw) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    backward_out = backward_out[::-1]\n"
        "    # out[t] = [h_bwd, h_fwd]\n"
        "    out = np.concatenate([backward_out, forward_out], axis=2)\n"
        "    return out, (np.stack([h_fw, h_bw]), np.stack([c_fw, c_bw]))\n",
    },
    {
        "id": "bilstm_jonas_hn_concat_features",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are concatenated along the feature axis, shape (B, 2H), "
                "instead of stacked as (2, B, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["shape", "(2, B, H)", "stack", "axis"]},
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
        "    # same layout as out: forward then backward side by side\n"
        "    h_n = np.concatenate([hf, hb], axis=1)\n"
        "    c_n = np.concatenate([cf, cb], axis=1)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilstm_lena_flip_all_axes",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "np.flip without axis reverses every axis, not only time: the reverse "
                "direction reads the batch rows and the input features in reversed order "
                "too (and its outputs are flipped over batch and units)",
                "must_mention": [
                    {"any": ["flip", "revers"]},
                    {"any": ["axis", "axes", "feature", "batch", "dimension", "units"]},
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
        "    # time reversal of the input signal\n"
        "    x_tr = np.flip(x)\n"
        "    yf, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    yb, (hb, cb) = lstm_layer(x_tr, h0[1], c0[1], *bwd)\n"
        "    yb = np.flip(yb)                     # back to the original time axis\n"
        "    return np.concatenate([yf, yb], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bilstm_olu_float32_buffer",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out is preallocated as float32, so the outputs are rounded to single "
                "precision (and not float64)",
                "must_mention": [
                    "out",
                    {"any": ["float32", "dtype", "float64", "precision", "single"]},
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H), dtype=np.float32)   # preallocate the output (saves "
        "memory)\n"
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
        "id": "bilstm_jonas_flat_tuple",
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
                            "pair",
                            "3 ",
                            "three",
                            "return",
                            "kind",
                            "unpack",
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
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=-1)\n"
        "    h_n = np.stack([h_f, h_b])\n"
        "    c_n = np.stack([c_f, c_b])\n"
        "    return out, h_n, c_n\n",
    },
    {
        "id": "bilstm_marcus_hn_ravel_batch1",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are built as (2, 1, B*H) by ravelling the batch: right only "
                "for B = 1",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["shape", "batch", "B = 1", "B=1"]},
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
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    # (2, 1, H) like torch\n"
        "    h_n = np.array([h_f.ravel(), h_b.ravel()])[:, None, :]\n"
        "    c_n = np.array([c_f.ravel(), c_b.ravel()])[:, None, :]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilstm_ravi_cn_holds_h",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n[0] holds the forward direction's final HIDDEN state h instead of its "
                "cell state c",
                "must_mention": [
                    "c_n",
                    {"any": ["hidden", "h_n", "h instead", "h_t", "cell state", "not c"]},
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
        "    fw = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    bw = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([fw[0], bw[0][::-1]], axis=2)\n"
        "    h_n = np.stack([fw[1][0], bw[1][0]])\n"
        "    c_n = np.stack([fw[1][0], bw[1][1]])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilstm_kevin_hn_aliases_h0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n = h0, c0 aliases the inputs: writing the final states into them "
                "overwrites the caller's h0 and c0 (the values returned are right)",
                "must_mention": [
                    {"any": ["h0", "c0", "input", "argument"]},
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in place",
                            "in-place",
                            "mutat",
                            "overwr",
                            "unchanged",
                            "writes into",
                            "wrote into",
                            "written",
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
        "    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.dstack((out_f, out_b[::-1]))\n"
        "    # h_n has the same shape as h0, so reuse it\n"
        "    h_n, c_n = h0, c0\n"
        "    h_n[0], h_n[1] = hf, hb\n"
        "    c_n[0], c_n[1] = cf, cb\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilstm_tariq_bwd_uses_fwd_bias",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction uses the forward direction's biases (b_ih, b_hh "
                "from fwd) instead of bwd's",
                "must_mention": [
                    {"any": ["bias", "b_ih", "b_hh"]},
                    {"any": ["reverse", "backward", "bwd", "fwd", "forward", "direction"]},
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
        "    W_ih_r, W_hh_r, _, _ = bwd\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], W_ih, W_hh, b_ih, b_hh)\n"
        "    out_r, (h_r, c_r) = lstm_layer(x[::-1], h0[1], c0[1], W_ih_r, W_hh_r, b_ih, "
        "b_hh)\n"
        "    out = np.concatenate([out_f, out_r[::-1]], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bilstm_noor2_halves_swapped_and_h0_row0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the two halves of out are concatenated in the wrong order: [reverse, "
                "forward] instead of [forward, reverse]",
                "must_mention": [
                    {"any": ["half", "halves", "order", "swap", "first H", "concaten", "H:", ":H"]}
                ],
            },
            {
                "what": "the reverse direction starts from h0[0], c0[0] (the forward direction's "
                "initial state) instead of h0[1], c0[1]",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "start"]},
                    {"any": ["reverse", "backward", "bwd", "row 1", "second half", "H:"]},
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
        "    h_start, c_start = h0[0], c0[0]\n"
        "    out_fw, (hn_fw, cn_fw) = lstm_layer(x, h_start, c_start, *fwd)\n"
        "    out_bw, (hn_bw, cn_bw) = lstm_layer(x[::-1], h_start, c_start, *bwd)\n"
        "    out = np.concatenate([out_bw[::-1], out_fw], axis=2)\n"
        "    return out, (np.stack([hn_fw, hn_bw]), np.stack([cn_fw, cn_bw]))\n",
    },
    {
        "id": "bilstm_olu2_unflipped_and_float32",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are left in reading order (x_{T-1} "
                "first): out[t, :, H:] holds the output for step T-1-t; they are not "
                "flipped back to time order",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd", "row 1", "second half", "H:"]},
                    {"any": ["flip", "order", "position", "align", "time", "revers"]},
                ],
            },
            {
                "what": "out is preallocated as float32",
                "must_mention": [
                    "out",
                    {"any": ["float32", "dtype", "float64", "precision", "single"]},
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        '    out = np.zeros((T, B, 2 * H), dtype="float32")\n'
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        "        out[t, :, :H] = h\n"
        "    hf, cf = h, c\n"
        "    h, c = h0[1], c0[1]\n"
        "    for k, t in enumerate(range(T - 1, -1, -1)):\n"
        "        h, c = lstm_cell(x[t], h, c, *bwd)\n"
        "        out[k, :, H:] = h\n"
        "    return out, (np.stack([hf, h]), np.stack([cf, c]))\n",
    },
    {
        "id": "bilstm_tariq2_fwd_bias_and_alias_h0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction uses the forward direction's biases instead of "
                "bwd's",
                "must_mention": [
                    {"any": ["bias", "b_ih", "b_hh"]},
                    {"any": ["reverse", "backward", "bwd", "fwd", "forward", "direction"]},
                ],
            },
            {
                "what": "the final states are written into h0 and c0, overwriting the caller's "
                "arrays",
                "must_mention": [
                    {"any": ["h0", "c0", "input", "argument"]},
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in place",
                            "in-place",
                            "mutat",
                            "overwr",
                            "unchanged",
                            "writes into",
                            "wrote into",
                            "written",
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
        "    Wi, Wh, bi, bh = fwd\n"
        "    Wi_b, Wh_b = bwd[0], bwd[1]\n"
        "    o_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], Wi, Wh, bi, bh)\n"
        "    o_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], Wi_b, Wh_b, bi, bh)\n"
        "    h0[0], h0[1] = h_f, h_b      # reuse the (2, B, H) buffers\n"
        "    c0[0], c0[1] = c_f, c_b\n"
        "    return np.concatenate([o_f, o_b[::-1]], axis=2), (h0, c0)\n",
    },
    {
        "id": "bilstm_lena2_flip_all_axes_and_cn_h",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "np.flip without axis reverses batch and feature axes as well as time",
                "must_mention": [
                    {"any": ["flip", "revers"]},
                    {"any": ["axis", "axes", "feature", "batch", "dimension", "units"]},
                ],
            },
            {
                "what": "c_n[0] holds the forward hidden state h instead of the cell state",
                "must_mention": [
                    "c_n",
                    {"any": ["hidden", "h_n", "h instead", "h_t", "cell state", "not c"]},
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
        "    y_f, s_f = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    y_b, s_b = lstm_layer(np.flip(x), h0[1], c0[1], *bwd)\n"
        "    y = np.concatenate([y_f, np.flip(y_b)], axis=2)\n"
        "    h_n = np.stack([s_f[0], s_b[0]])\n"
        "    c_n = np.stack([s_f[0], s_b[1]])\n"
        "    return y, (h_n, c_n)\n",
    },
    {
        "id": "cellbw_priya_correct",
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
        '    """Gradients of one LSTM step (derived on paper, see my notes p. 3)."""\n'
        "    H = h.shape[1]\n"
        "    # forward again\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    # backward, output first\n"
        "    do = dh_next * tc\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    di = dc_t * g\n"
        "    dg = dc_t * i\n"
        "    df = dc_t * c\n"
        "    # through the nonlinearities (derivatives written with the post-activation "
        "values)\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_t * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n",
    },
    {
        "id": "cellbw_hannah_correct",
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
        "    # one matrix per gate, like in the lecture slides\n"
        '    Wx = {q: W_ih[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    Wh = {q: W_hh[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    bx = {q: b_ih[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    bh = {q: b_hh[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    z = {q: x @ Wx[q].T + bx[q] + h @ Wh[q].T + bh[q] for q in "ifgo"}\n'
        "\n"
        '    gate_i = sigmoid(z["i"])\n'
        '    gate_f = sigmoid(z["f"])\n'
        '    gate_g = np.tanh(z["g"])\n'
        '    gate_o = sigmoid(z["o"])\n'
        "    c_new = gate_f * c + gate_i * gate_g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "\n"
        "    d_c = dc_next + dh_next * gate_o * (1.0 - tanh_c * tanh_c)\n"
        "    dz = {\n"
        '        "i": d_c * gate_g * gate_i * (1.0 - gate_i),\n'
        '        "f": d_c * c * gate_f * (1.0 - gate_f),\n'
        '        "g": d_c * gate_i * (1.0 - gate_g * gate_g),\n'
        '        "o": dh_next * tanh_c * gate_o * (1.0 - gate_o),\n'
        "    }\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros_like(h)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db = np.zeros_like(b_ih)\n"
        '    for k, q in enumerate("ifgo"):\n'
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        dx = dx + dz[q] @ Wx[q]\n"
        "        dh = dh + dz[q] @ Wh[q]\n"
        "        dW_ih[rows] = dz[q].T @ x\n"
        "        dW_hh[rows] = dz[q].T @ h\n"
        "        db[rows] = dz[q].sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": d_c * gate_f, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cellbw_chen_correct",
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
        "    H = h.shape[-1]\n"
        '    a = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bj,gj->bg", h, W_hh) + b_ih + '
        "b_hh\n"
        "    s = sigmoid(a)                       # sigmoid everywhere, then swap in tanh for "
        "the g block\n"
        "    act = s.copy()\n"
        "    act[:, 2 * H:3 * H] = np.tanh(a[:, 2 * H:3 * H])\n"
        "    i, f, g, o = (act[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    c1 = f * c + i * g\n"
        "    th = np.tanh(c1)\n"
        "    dc1 = dc_next + dh_next * o * (1 - th * th)\n"
        "    dact = np.concatenate([dc1 * g, dc1 * c, dc1 * i, dh_next * th], axis=1)\n"
        "    deriv = act * (1 - act)                                  # sigmoid' = s (1 - s)\n"
        "    deriv[:, 2 * H:3 * H] = 1 - act[:, 2 * H:3 * H] ** 2    # tanh' = 1 - tanh^2\n"
        "    da = dact * deriv\n"
        "    return dict(\n"
        '        x=np.einsum("bg,gi->bi", da, W_ih),\n'
        '        h=np.einsum("bg,gj->bj", da, W_hh),\n'
        "        c=dc1 * f,\n"
        '        W_ih=np.einsum("bg,bi->gi", da, x),\n'
        '        W_hh=np.einsum("bg,bj->gj", da, h),\n'
        '        b_ih=np.einsum("bg->g", da),\n'
        '        b_hh=np.einsum("bg->g", da),\n'
        "    )\n",
    },
    {
        "id": "cellbw_aisha_correct",
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
        "def _forward_cache(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Recomputes the step and keeps everything the backward pass needs."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        '    blocks = dict(zip("ifgo", np.split(a, 4, axis=1)))\n'
        '    cache = {"x": x, "h_prev": h, "c_prev": c, "H": H}\n'
        '    cache["i"] = sigmoid(blocks["i"])\n'
        '    cache["f"] = sigmoid(blocks["f"])\n'
        '    cache["g"] = np.tanh(blocks["g"])\n'
        '    cache["o"] = sigmoid(blocks["o"])\n'
        '    cache["c"] = cache["f"] * c + cache["i"] * cache["g"]\n'
        '    cache["tanh_c"] = np.tanh(cache["c"])\n'
        "    return cache\n"
        "\n"
        "\n"
        "def _dsigmoid_from_output(s):\n"
        "    return s * (1.0 - s)\n"
        "\n"
        "\n"
        "def _dtanh_from_output(t):\n"
        "    return 1.0 - t ** 2\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh, "
        "cache=None):\n"
        "    if cache is None:\n"
        "        cache = _forward_cache(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        '    i, f, g, o, tc = (cache[k] for k in ("i", "f", "g", "o", "tanh_c"))\n'
        "    dc = dc_next + dh_next * o * _dtanh_from_output(tc)\n"
        "    da_i = dc * g * _dsigmoid_from_output(i)\n"
        '    da_f = dc * cache["c_prev"] * _dsigmoid_from_output(f)\n'
        "    da_g = dc * i * _dtanh_from_output(g)\n"
        "    da_o = dh_next * tc * _dsigmoid_from_output(o)\n"
        "    da = np.hstack([da_i, da_f, da_g, da_o])\n"
        "    db = np.sum(da, axis=0)\n"
        "    grads = {\n"
        '        "x": np.dot(da, W_ih),\n'
        '        "h": np.dot(da, W_hh),\n'
        '        "c": dc * f,\n'
        '        "W_ih": np.dot(da.T, cache["x"]),\n'
        '        "W_hh": np.dot(da.T, cache["h_prev"]),\n'
        '        "b_ih": db,\n'
        '        "b_hh": db.copy(),\n'
        "    }\n"
        "    return grads\n",
    },
    {
        "id": "cellbw_mei_one_minus_c_squared",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc uses 1 - c_t² (the cell state squared) instead of 1 - tanh²(c_t): "
                "tanh' taken from the wrong quantity",
                "must_mention": [
                    "tanh",
                    {"any": ["c_t", "cell", "δc", "dc", "c²", "c**2", "c^2", "c_next"]},
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
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "\n"
        "    # h = o * tanh(c)  =>  dh/dc = o * (1 - tanh^2) = o * (1 - c^2)\n"
        "    dc = dc_next + dh_next * o * (1 - c_next ** 2)\n"
        "    do = dh_next * np.tanh(c_next)\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    dai = di * i * (1 - i)\n"
        "    daf = df * f * (1 - f)\n"
        "    dag = dg * (1 - g ** 2)\n"
        "    dao = do * o * (1 - o)\n"
        "    da = np.concatenate([dai, daf, dag, dao], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cellbw_priya_dsigmoid_of_preact",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the sigmoid derivative is computed as a(1 - a) from the PRE-activations "
                "a_i, a_f, a_o instead of σ(a)(1 - σ(a))",
                "must_mention": [
                    {"any": ["sigmoid", "σ", "i, f, o", "gates"]},
                    {
                        "any": [
                            "derivative",
                            "σ'",
                            "pre-activation",
                            "preactivation",
                            "a(1",
                            "a_i",
                            "activation",
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
        "def dsigmoid(z):\n"
        "    # derivative of the sigmoid\n"
        "    return z * (1 - z)\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    zi, zf, zg, zo = z[:, :H], z[:, H:2 * H], z[:, 2 * H:3 * H], z[:, 3 * H:]\n"
        "    i, f, g, o = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n"
        "    ct = f * c + i * g\n"
        "    tct = np.tanh(ct)\n"
        "    dct = dc_next + dh_next * o * (1 - tct ** 2)\n"
        "    dzi = dct * g * dsigmoid(zi)\n"
        "    dzf = dct * c * dsigmoid(zf)\n"
        "    dzg = dct * i * (1 - g ** 2)\n"
        "    dzo = dh_next * tct * dsigmoid(zo)\n"
        "    dz = np.hstack([dzi, dzf, dzg, dzo])\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dct * f, "W_ih": dz.T @ x,\n'
        '            "W_hh": dz.T @ h, "b_ih": dz.sum(0), "b_hh": dz.sum(0)}\n',
    },
    {
        "id": "cellbw_felix_sigmoid_applied_twice",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "σ' is computed as σ(s)(1 - σ(s)) of the gate values s = σ(a), i.e. the "
                "sigmoid is applied twice: the derivative should be s(1 - s)",
                "must_mention": [
                    {"any": ["sigmoid", "σ", "i, f, o", "gates"]},
                    {"any": ["derivative", "twice", "σ'", "activation", "s(1"]},
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
        "def sigmoid_prime(s):\n"
        "    return sigmoid(s) * (1 - sigmoid(s))\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(gates[:, 0:H])\n"
        "    f = sigmoid(gates[:, H:2 * H])\n"
        "    g = np.tanh(gates[:, 2 * H:3 * H])\n"
        "    o = sigmoid(gates[:, 3 * H:4 * H])\n"
        "    c_new = f * c + i * g\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_new) ** 2)\n"
        "    # gradient w.r.t. the gate pre-activations\n"
        "    d_i = dc * g * sigmoid_prime(i)\n"
        "    d_f = dc * c * sigmoid_prime(f)\n"
        "    d_g = dc * i * (1 - g ** 2)\n"
        "    d_o = dh_next * np.tanh(c_new) * sigmoid_prime(o)\n"
        "    d_gates = np.concatenate((d_i, d_f, d_g, d_o), axis=1)\n"
        '    return {"x": d_gates @ W_ih, "h": d_gates @ W_hh, "c": dc * f,\n'
        '            "W_ih": d_gates.T @ x, "W_hh": d_gates.T @ h,\n'
        '            "b_ih": d_gates.sum(axis=0), "b_hh": d_gates.sum(axis=0)}\n',
    },
    {
        "id": "cellbw_mei_dtanh_g_from_preact",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the candidate gate's tanh' is written 1 - a_g² from the pre-activation "
                "instead of 1 - g² (g = tanh a_g)",
                "must_mention": [
                    {
                        "any": [
                            "g gate",
                            "candidate",
                            "g_t",
                            "δg",
                            "dg",
                            "gate g",
                            "cell gate",
                            "g block",
                            "(g)",
                            "g's",
                            "tanh gate",
                            "a_g",
                        ]
                    },
                    {"any": ["tanh", "derivative", "1 - g", "pre-activation", "preactivation"]},
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
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    p_i, p_f, p_g, p_o = np.split(pre, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(p_i), sigmoid(p_f), np.tanh(p_g), sigmoid(p_o)\n"
        "    c_new = f * c + i * g\n"
        "    t = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - t ** 2)\n"
        "    d_pi = dc * g * i * (1 - i)\n"
        "    d_pf = dc * c * f * (1 - f)\n"
        "    d_pg = dc * i * (1 - p_g ** 2)       # tanh'\n"
        "    d_po = dh_next * t * o * (1 - o)\n"
        "    d_pre = np.concatenate([d_pi, d_pf, d_pg, d_po], axis=1)\n"
        '    return {"x": d_pre @ W_ih, "h": d_pre @ W_hh, "c": dc * f,\n'
        '            "W_ih": d_pre.T @ x, "W_hh": d_pre.T @ h,\n'
        '            "b_ih": d_pre.sum(axis=0), "b_hh": d_pre.sum(axis=0)}\n',
    },
    {
        "id": "cellbw_jonas_dc_without_dh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t = dc_next only: the path from h_t to c_t (dh_next ⊙ o ⊙ (1 - tanh² "
                "c_t)) is missing",
                "must_mention": [
                    {"any": ["dc", "δc", "c_t", "cell", '"c"', "'c'"]},
                    {"any": ["dh", "δh", "h_t", "tanh", "o_t", "output", "through h"]},
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
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    tanh_c = np.tanh(c_next)\n"
        "    # c only gets gradient from the next step\n"
        "    dc = dc_next\n"
        "    do = dh_next * tanh_c\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g * g),\n"
        "                         do * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cellbw_kai_dWih_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the W_ih gradient is computed as x.T @ da, shape (I, 4H): the transpose "
                "of what it should be (4H, I)",
                "must_mention": ["W_ih", {"any": ["transpos", "shape", "(I, 4H)", ".T"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    dW_ih = x.T @ da        # (I, B) @ (B, 4H)\n"
        "    dW_hh = da.T @ h\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": dW_ih, "W_hh": '
        "dW_hh,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cellbw_ravi_bhh_zero",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the b_hh gradient is returned as zeros: b_hh enters the pre-activation "
                "exactly like b_ih and gets the same gradient",
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
        "    ai, af, ag, ao = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)\n"
        "    cn = f * c + i * g\n"
        "    tn = np.tanh(cn)\n"
        "    dcn = dc_next + dh_next * o * (1 - tn ** 2)\n"
        "    da = np.hstack([dcn * g * i * (1 - i), dcn * c * f * (1 - f),\n"
        "                    dcn * i * (1 - g ** 2), dh_next * tn * o * (1 - o)])\n"
        "    grads = {}\n"
        '    grads["x"] = da @ W_ih\n'
        '    grads["h"] = da @ W_hh\n'
        '    grads["c"] = dcn * f\n'
        '    grads["W_ih"] = da.T @ x\n'
        '    grads["W_hh"] = da.T @ h\n'
        '    grads["b_ih"] = da.sum(axis=0)\n'
        "    # b_hh is redundant with b_ih (they are just added), so the gradient is counted "
        "once\n"
        '    grads["b_hh"] = np.zeros_like(b_hh)\n'
        "    return grads\n",
    },
    {
        "id": "cellbw_sam_bias_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the bias gradients average over the batch (mean) instead of summing over "
                "it",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {"any": ["mean", "average", "divid", "/ B", "sum", "1/B"]},
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
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2 * H]); g = np.tanh(a[:, 2 * H:3 * "
        "H]); o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tanh_ct = np.tanh(c_t)\n"
        "    d_c = dc_next + dh_next * o * (1 - tanh_ct ** 2)\n"
        "    d_a = np.concatenate([d_c * g * i * (1 - i), d_c * c * f * (1 - f),\n"
        "                          d_c * i * (1 - g ** 2), dh_next * tanh_ct * o * (1 - o)], "
        "axis=1)\n"
        "    d_b = d_a.mean(axis=0)     # average over the batch\n"
        '    return {"x": d_a @ W_ih, "h": d_a @ W_hh, "c": d_c * f,\n'
        '            "W_ih": d_a.T @ x, "W_hh": d_a.T @ h, "b_ih": d_b, "b_hh": d_b.copy()}\n',
    },
    {
        "id": "cellbw_tomasz_dcprev_from_dcnext",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient for c_{t-1} is dc_next ⊙ f, using the incoming dL/dc_t "
                "instead of the total δc_t (which includes the path through h_t)",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            '"c"',
                            "'c'",
                            "c gradient",
                            "gradient of c",
                            "dc_prev",
                            "for c",
                            "c_prev",
                            "previous cell",
                        ]
                    },
                    {"any": ["dh", "δh", "h_t", "tanh", "total", "δc_t", "dc_next"]},
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
        "    gate = {}\n"
        '    gate["i"], gate["f"], gate["g"], gate["o"] = np.split(a, 4, axis=1)\n'
        '    for k in "ifo":\n'
        "        gate[k] = sigmoid(gate[k])\n"
        '    gate["g"] = np.tanh(gate["g"])\n'
        '    c_t = gate["f"] * c + gate["i"] * gate["g"]\n'
        "    th = np.tanh(c_t)\n"
        '    delta_c = dc_next + dh_next * gate["o"] * (1 - th ** 2)\n'
        "    d = {\n"
        '        "i": delta_c * gate["g"] * gate["i"] * (1 - gate["i"]),\n'
        '        "f": delta_c * c * gate["f"] * (1 - gate["f"]),\n'
        '        "g": delta_c * gate["i"] * (1 - gate["g"] ** 2),\n'
        '        "o": dh_next * th * gate["o"] * (1 - gate["o"]),\n'
        "    }\n"
        '    da = np.concatenate([d[k] for k in "ifgo"], axis=1)\n'
        '    return {"x": da @ W_ih, "h": da @ W_hh,\n'
        '            "c": dc_next * gate["f"],          # c_{t-1} -> c_t through f\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cellbw_hannah_keras_gate_order",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gate blocks are taken in the order i, f, o, g (Keras) instead of "
                "PyTorch's i, f, g, o, both in the forward recomputation and in assembling "
                "δa",
                "must_mention": [
                    {"any": ["order", "ifog", "i, f, o, g", "swap", "g and o", "o and g"]}
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
        "    # gate blocks: input, forget, output, candidate\n"
        "    a_i, a_f, a_o, a_g = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "    i, f, o, g = sigmoid(a_i), sigmoid(a_f), sigmoid(a_o), np.tanh(a_g)\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da_i = dc * g * i * (1 - i)\n"
        "    da_f = dc * c * f * (1 - f)\n"
        "    da_o = dh_next * tc * o * (1 - o)\n"
        "    da_g = dc * i * (1 - g ** 2)\n"
        "    da = np.concatenate([da_i, da_f, da_o, da_g], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cellbw_dev_dh_through_Wih",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the h gradient is computed with W_ih (da @ W_ih) instead of W_hh",
                "must_mention": [{"any": ["W_hh", "W_ih"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    dx = da @ W_ih\n"
        "    dh = da @ W_ih            # h goes through the same kind of product\n"
        '    return {"x": dx, "h": dh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cellbw_kevin_inplace_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc = dc_next followed by dc += ... writes into the caller's dc_next array "
                "(in-place on an input)",
                "must_mention": [
                    {"any": ["dc_next", "input", "argument"]},
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in place",
                            "in-place",
                            "mutat",
                            "overwr",
                            "unchanged",
                            "writes into",
                            "wrote into",
                            "written",
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
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next\n"
        "    dc += dh_next * o * (1 - tc ** 2)    # total gradient on c_t\n"
        "    da = np.empty((h.shape[0], 4 * H))\n"
        "    da[:, :H] = dc * g * i * (1 - i)\n"
        "    da[:, H:2 * H] = dc * c * f * (1 - f)\n"
        "    da[:, 2 * H:3 * H] = dc * i * (1 - g ** 2)\n"
        "    da[:, 3 * H:] = dh_next * tc * o * (1 - o)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cellbw_sam_do_uses_cprev",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the output gate's gradient uses tanh(c_{t-1}) (the previous cell state) "
                "instead of tanh(c_t)",
                "must_mention": [
                    {
                        "any": [
                            "output gate",
                            "o_t",
                            "δo",
                            "do",
                            "gate o",
                            "o gate",
                            "o block",
                            "o's",
                        ]
                    },
                    {"any": ["tanh(c", "c_{t-1}", "previous", "c_t", "tanh c", "c_prev"]},
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
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_next) ** 2)\n"
        "    do = dh_next * np.tanh(c)       # h = o * tanh(c)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), do * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cellbw_felix_df_uses_cnew",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the forget gate's gradient is δc_t ⊙ c_t (the new cell state) instead of "
                "δc_t ⊙ c_{t-1}",
                "must_mention": [
                    {"any": ["forget", "f_t", "δf", "df", "gate f", "f gate", "f block"]},
                    {"any": ["c_{t-1}", "previous", "c_t", "c_prev", "old", "new cell", "c_next"]},
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
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    di = dc * g\n"
        "    df = dc * c_new\n"
        "    dg = dc * i\n"
        "    do = dh_next * tc\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cellbw_jonas_d_prefixed_keys",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the dict keys are 'dx', 'dh', 'dc', 'dW_ih', ... instead of 'x', 'h', "
                "'c', 'W_ih', ...",
                "must_mention": [{"any": ["key", "dx", "'x'", '"x"']}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"dx": da @ W_ih, "dh": da @ W_hh, "dc": dc * f, "dW_ih": da.T @ x,\n'
        '            "dW_hh": da.T @ h, "db_ih": da.sum(0), "db_hh": da.sum(0)}\n',
    },
    {
        "id": "cellbw_olu_float32_weight_grads",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight-gradient accumulators dW_ih and dW_hh are float32 (rounded, "
                "and not float64)",
                "must_mention": [
                    {"any": ["W_ih", "W_hh", "weight"]},
                    {"any": ["float32", "dtype", "float64", "precision", "single"]},
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
        "    I = x.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    dW_ih = np.zeros((4 * H, I), dtype=np.float32)\n"
        "    dW_hh = np.zeros((4 * H, H), dtype=np.float32)\n"
        "    for b in range(B):                    # accumulate example by example\n"
        "        dW_ih += np.outer(da[b], x[b])\n"
        "        dW_hh += np.outer(da[b], h[b])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": dW_ih, "W_hh": '
        "dW_hh,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cellbw_marcus_outer_batch1",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "np.outer flattens its arguments: the weight gradients are right only for "
                "B = 1; for B > 1 they have shape (B*4H, B*I) instead of a sum over the "
                "batch of (4H, I)",
                "must_mention": [
                    {"any": ["W_ih", "W_hh", "weight"]},
                    {"any": ["batch", "outer", "shape", "B = 1", "B=1", "B > 1"]},
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
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    # dW = outer(da, x) as in the chapter\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": np.outer(da, x), "W_hh": np.outer(da, h),\n'
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cellbw_priya2_dsig_preact_and_bhh_zero",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the sigmoid derivative is computed as a(1 - a) from the PRE-activations "
                "a_i, a_f, a_o instead of σ(a)(1 - σ(a))",
                "must_mention": [
                    {"any": ["sigmoid", "σ", "i, f, o", "gates"]},
                    {
                        "any": [
                            "derivative",
                            "σ'",
                            "pre-activation",
                            "preactivation",
                            "a(1",
                            "a_i",
                            "activation",
                        ]
                    },
                ],
            },
            {
                "what": "the b_hh gradient is returned as zeros: b_hh enters the pre-activation "
                "exactly like b_ih and gets the same gradient",
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
        "def d_sigma(z):\n"
        "    return z * (1.0 - z)\n"
        "\n"
        "\n"
        "def d_tanh(z):\n"
        "    return 1.0 - z ** 2\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    z_i, z_f, z_g, z_o = np.split(z, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(z_i), sigmoid(z_f), np.tanh(z_g), sigmoid(z_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    delta_c = dc_next + dh_next * o * d_tanh(tau)\n"
        "    delta_z = np.hstack([delta_c * g * d_sigma(z_i),\n"
        "                         delta_c * c * d_sigma(z_f),\n"
        "                         delta_c * i * d_tanh(g),\n"
        "                         dh_next * tau * d_sigma(z_o)])\n"
        '    return {"x": delta_z @ W_ih, "h": delta_z @ W_hh, "c": delta_c * f,\n'
        '            "W_ih": delta_z.T @ x, "W_hh": delta_z.T @ h,\n'
        '            "b_ih": delta_z.sum(0), "b_hh": np.zeros(4 * H)}\n',
    },
    {
        "id": "cellbw_mei2_c_squared_and_df_cnew",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc uses 1 - c_t² (the cell state squared) instead of 1 - tanh²(c_t): "
                "tanh' taken from the wrong quantity",
                "must_mention": [
                    "tanh",
                    {"any": ["c_t", "cell", "δc", "dc", "c²", "c**2", "c^2", "c_next"]},
                ],
            },
            {
                "what": "the forget gate's gradient is δc_t ⊙ c_t (the new cell state) instead of "
                "δc_t ⊙ c_{t-1}",
                "must_mention": [
                    {"any": ["forget", "f_t", "δf", "df", "gate f", "f gate", "f block"]},
                    {"any": ["c_{t-1}", "previous", "c_t", "c_prev", "old", "new cell", "c_next"]},
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
        "    i = sigmoid(a[:, 0 * H:1 * H])\n"
        "    f = sigmoid(a[:, 1 * H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    c_new = f * c + i * g\n"
        "    # dh/dc = o (1 - c^2)\n"
        "    dc = dc_next + dh_next * o * (1 - c_new ** 2)\n"
        "    d_i = dc * g * i * (1 - i)\n"
        "    d_f = dc * c_new * f * (1 - f)\n"
        "    d_g = dc * i * (1 - g ** 2)\n"
        "    d_o = dh_next * np.tanh(c_new) * o * (1 - o)\n"
        "    da = np.concatenate([d_i, d_f, d_g, d_o], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cellbw_kevin2_inplace_and_bias_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc = dc_next followed by dc += ... writes into the caller's dc_next array "
                "(in-place on an input)",
                "must_mention": [
                    {"any": ["dc_next", "input", "argument"]},
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in place",
                            "in-place",
                            "mutat",
                            "overwr",
                            "unchanged",
                            "writes into",
                            "wrote into",
                            "written",
                        ]
                    },
                ],
            },
            {
                "what": "the bias gradients average over the batch (mean) instead of summing over "
                "it",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {"any": ["mean", "average", "divid", "/ B", "sum", "1/B"]},
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
        "    a = x @ W_ih.T\n"
        "    a += h @ W_hh.T\n"
        "    a += b_ih + b_hh\n"
        "    i, f, g, o = (a[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next\n"
        "    dc += dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = np.mean(da, axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cellbw_jonas2_no_dh_in_dc_and_do_cprev",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t = dc_next only: the path from h_t to c_t (dh_next ⊙ o ⊙ (1 - tanh² "
                "c_t)) is missing",
                "must_mention": [
                    {"any": ["dc", "δc", "c_t", "cell", '"c"', "'c'"]},
                    {"any": ["dh", "δh", "h_t", "tanh", "o_t", "output", "through h"]},
                ],
            },
            {
                "what": "the output gate's gradient uses tanh(c_{t-1}) (the previous cell state) "
                "instead of tanh(c_t)",
                "must_mention": [
                    {
                        "any": [
                            "output gate",
                            "o_t",
                            "δo",
                            "do",
                            "gate o",
                            "o gate",
                            "o block",
                            "o's",
                        ]
                    },
                    {"any": ["tanh(c", "c_{t-1}", "previous", "c_t", "tanh c", "c_prev"]},
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
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_t = f * c + i * g\n"
        "    dc_t = dc_next\n"
        "    do_ = dh_next * np.tanh(c)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), do_ * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "layerbw_sofia_correct",
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
        '    """Gradients of one LSTM step (derived on paper, see my notes p. 3)."""\n'
        "    H = h.shape[1]\n"
        "    # forward again\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    # backward, output first\n"
        "    do = dh_next * tc\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    di = dc_t * g\n"
        "    dg = dc_t * i\n"
        "    df = dc_t * c\n"
        "    # through the nonlinearities (derivatives written with the post-activation "
        "values)\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_t * f,\n'
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
        "    # forward again, keeping the state every step started from\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        '    grads = {k: np.zeros_like(v) for k, v in (("W_ih", W_ih), ("W_hh", W_hh), '
        '("b_ih", b_ih), ("b_hh", b_hh))}\n'
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in grads:\n"
        "            grads[k] = grads[k] + g[k]\n"
        '    grads["x"], grads["h0"], grads["c0"] = dx, dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "layerbw_tomasz_correct",
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
        "    # one matrix per gate, like in the lecture slides\n"
        '    Wx = {q: W_ih[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    Wh = {q: W_hh[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    bx = {q: b_ih[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    bh = {q: b_hh[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    z = {q: x @ Wx[q].T + bx[q] + h @ Wh[q].T + bh[q] for q in "ifgo"}\n'
        "\n"
        '    gate_i = sigmoid(z["i"])\n'
        '    gate_f = sigmoid(z["f"])\n'
        '    gate_g = np.tanh(z["g"])\n'
        '    gate_o = sigmoid(z["o"])\n'
        "    c_new = gate_f * c + gate_i * gate_g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "\n"
        "    d_c = dc_next + dh_next * gate_o * (1.0 - tanh_c * tanh_c)\n"
        "    dz = {\n"
        '        "i": d_c * gate_g * gate_i * (1.0 - gate_i),\n'
        '        "f": d_c * c * gate_f * (1.0 - gate_f),\n'
        '        "g": d_c * gate_i * (1.0 - gate_g * gate_g),\n'
        '        "o": dh_next * tanh_c * gate_o * (1.0 - gate_o),\n'
        "    }\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros_like(h)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db = np.zeros_like(b_ih)\n"
        '    for k, q in enumerate("ifgo"):\n'
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        dx = dx + dz[q] @ Wx[q]\n"
        "        dh = dh + dz[q] @ Wh[q]\n"
        "        dW_ih[rows] = dz[q].T @ x\n"
        "        dW_hh[rows] = dz[q].T @ h\n"
        "        db[rows] = dz[q].sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": d_c * gate_f, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    # state[t] = (h_{t-1}, c_{t-1}) = what step t started from\n"
        "    state = {0: (h0, c0)}\n"
        "    for t in range(T):\n"
        "        state[t + 1] = lstm_cell(x[t], state[t][0], state[t][1], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "\n"
        "    carry_h = np.zeros((B, H)) if dh_n is None else np.array(dh_n, dtype=float)\n"
        "    carry_c = np.zeros((B, H)) if dc_n is None else np.array(dc_n, dtype=float)\n"
        '    total = {"W_ih": 0.0, "W_hh": 0.0, "b_ih": 0.0, "b_hh": 0.0}\n'
        "    dx = {}\n"
        "    for t in reversed(range(T)):\n"
        "        h_prev, c_prev = state[t]\n"
        "        step = lstm_cell_backward(dout[t] + carry_h, carry_c, x[t], h_prev, c_prev, "
        "W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = step["x"]\n'
        '        carry_h, carry_c = step["h"], step["c"]\n'
        "        for name in total:\n"
        "            total[name] = total[name] + step[name]\n"
        '    result = {"x": np.stack([dx[t] for t in range(T)]), "h0": carry_h, "c0": '
        "carry_c}\n"
        "    result.update(total)\n"
        "    return result\n",
    },
    {
        "id": "layerbw_chen_inline_cache",
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
        "    H = h.shape[-1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    act = sigmoid(a)\n"
        "    act[:, 2 * H:3 * H] = np.tanh(a[:, 2 * H:3 * H])\n"
        "    i, f, g, o = np.split(act, 4, axis=1)\n"
        "    c1 = f * c + i * g\n"
        "    th = np.tanh(c1)\n"
        "    dc1 = dc_next + dh_next * o * (1 - th ** 2)\n"
        "    deriv = act * (1 - act)\n"
        "    deriv[:, 2 * H:3 * H] = 1 - g ** 2\n"
        "    da = np.concatenate([dc1 * g, dc1 * c, dc1 * i, dh_next * th], axis=1) * deriv\n"
        "    return dict(x=da @ W_ih, h=da @ W_hh, c=dc1 * f, W_ih=da.T @ x, W_hh=da.T @ h,\n"
        "                b_ih=da.sum(0), b_hh=da.sum(0))\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    # forward with a full cache of gate activations, (T, B, 4H)\n"
        "    H_prev = np.empty((T, B, H))\n"
        "    C_prev = np.empty((T, B, H))\n"
        "    A = np.empty((T, B, 4 * H))\n"
        "    C = np.empty((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        H_prev[t], C_prev[t] = h, c\n"
        "        a = x[t] @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "        act = sigmoid(a)\n"
        "        act[:, 2 * H:3 * H] = np.tanh(a[:, 2 * H:3 * H])\n"
        "        i, f, g, o = np.split(act, 4, axis=1)\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        A[t], C[t] = act, c\n"
        "    # backward through time, all gate gradients stacked in DA (T, B, 4H)\n"
        "    DA = np.empty((T, B, 4 * H))\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        i, f, g, o = np.split(A[t], 4, axis=1)\n"
        "        th = np.tanh(C[t])\n"
        "        dh = dh + dout[t]\n"
        "        dct = dc + dh * o * (1 - th ** 2)\n"
        "        DA[t] = np.concatenate([dct * g * i * (1 - i), dct * C_prev[t] * f * (1 - "
        "f),\n"
        "                                dct * i * (1 - g ** 2), dh * th * o * (1 - o)], "
        "axis=1)\n"
        "        dh = DA[t] @ W_hh\n"
        "        dc = dct * f\n"
        '    db = np.einsum("tbg->g", DA)\n'
        '    return {"x": np.einsum("tbg,gi->tbi", DA, W_ih), "h0": dh, "c0": dc,\n'
        '            "W_ih": np.einsum("tbg,tbi->gi", DA, x), "W_hh": np.einsum("tbg,tbj->gj", '
        "DA, H_prev),\n"
        '            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "layerbw_aisha_correct",
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
        "def _forward_cache(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Recomputes the step and keeps everything the backward pass needs."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        '    blocks = dict(zip("ifgo", np.split(a, 4, axis=1)))\n'
        '    cache = {"x": x, "h_prev": h, "c_prev": c, "H": H}\n'
        '    cache["i"] = sigmoid(blocks["i"])\n'
        '    cache["f"] = sigmoid(blocks["f"])\n'
        '    cache["g"] = np.tanh(blocks["g"])\n'
        '    cache["o"] = sigmoid(blocks["o"])\n'
        '    cache["c"] = cache["f"] * c + cache["i"] * cache["g"]\n'
        '    cache["tanh_c"] = np.tanh(cache["c"])\n'
        "    return cache\n"
        "\n"
        "\n"
        "def _dsigmoid_from_output(s):\n"
        "    return s * (1.0 - s)\n"
        "\n"
        "\n"
        "def _dtanh_from_output(t):\n"
        "    return 1.0 - t ** 2\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh, "
        "cache=None):\n"
        "    if cache is None:\n"
        "        cache = _forward_cache(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        '    i, f, g, o, tc = (cache[k] for k in ("i", "f", "g", "o", "tanh_c"))\n'
        "    dc = dc_next + dh_next * o * _dtanh_from_output(tc)\n"
        "    da_i = dc * g * _dsigmoid_from_output(i)\n"
        '    da_f = dc * cache["c_prev"] * _dsigmoid_from_output(f)\n'
        "    da_g = dc * i * _dtanh_from_output(g)\n"
        "    da_o = dh_next * tc * _dsigmoid_from_output(o)\n"
        "    da = np.hstack([da_i, da_f, da_g, da_o])\n"
        "    db = np.sum(da, axis=0)\n"
        "    grads = {\n"
        '        "x": np.dot(da, W_ih),\n'
        '        "h": np.dot(da, W_hh),\n'
        '        "c": dc * f,\n'
        '        "W_ih": np.dot(da.T, cache["x"]),\n'
        '        "W_hh": np.dot(da.T, cache["h_prev"]),\n'
        '        "b_ih": db,\n'
        '        "b_hh": db.copy(),\n'
        "    }\n"
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None,\n"
        "                        return_caches=False):\n"
        "    T = x.shape[0]\n"
        "    caches = []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        cache = _forward_cache(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        caches.append(cache)\n"
        '        h = cache["o"] * cache["tanh_c"]\n'
        '        c = cache["c"]\n'
        "    dh_carry = np.zeros_like(h0) if dh_n is None else np.asarray(dh_n, "
        "dtype=np.float64).copy()\n"
        "    dc_carry = np.zeros_like(c0) if dc_n is None else np.asarray(dc_n, "
        "dtype=np.float64).copy()\n"
        '    acc = {name: np.zeros_like(p) for name, p in zip(("W_ih", "W_hh", "b_ih", '
        '"b_hh"), (W_ih, W_hh, b_ih, b_hh))}\n'
        "    dx_steps = [None] * T\n"
        "    for t in reversed(range(T)):\n"
        "        step = lstm_cell_backward(dout[t] + dh_carry, dc_carry, x[t], None, None, "
        "W_ih, W_hh, b_ih, b_hh,\n"
        "                                  cache=caches[t])\n"
        '        dx_steps[t] = step["x"]\n'
        '        dh_carry, dc_carry = step["h"], step["c"]\n'
        "        for name in acc:\n"
        "            acc[name] += step[name]\n"
        '    grads = {"x": np.stack(dx_steps), "h0": dh_carry, "c0": dc_carry, **acc}\n'
        "    return (grads, caches) if return_caches else grads\n",
    },
    {
        "id": "layerbw_tomasz_state_off_by_one",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward is given (h_t, c_t), the state AFTER step t, instead of "
                "(h_{t-1}, c_{t-1}), the state it started from: the stored states are "
                "indexed off by one",
                "must_mention": [
                    {
                        "any": [
                            "previous",
                            "h_{t-1}",
                            "off by one",
                            "off-by-one",
                            "started from",
                            "starting state",
                            "state before",
                            "one step",
                            "shifted",
                            "after step",
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
        '    """Gradients of one LSTM step (derived on paper, see my notes p. 3)."""\n'
        "    H = h.shape[1]\n"
        "    # forward again\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    # backward, output first\n"
        "    do = dh_next * tc\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    di = dc_t * g\n"
        "    dg = dc_t * i\n"
        "    df = dc_t * c\n"
        "    # through the nonlinearities (derivatives written with the post-activation "
        "values)\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_t * f,\n'
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
        "    hs = {-1: h0}\n"
        "    cs = {-1: c0}\n"
        "    for t in range(T):\n"
        "        hs[t], cs[t] = lstm_cell(x[t], hs[t - 1], cs[t - 1], W_ih, W_hh, b_ih, b_hh)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()\n"
        "    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n"
        "    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
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
        "id": "layerbw_jonas_weights_not_summed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are overwritten at every step instead of "
                "summed over the steps: only step 0's gradients are returned",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "all steps",
                            "every step",
                            "only",
                            "one step",
                            "step 0",
                            "add",
                        ]
                    },
                    {"any": ["W_ih", "W_hh", "weight", "b_ih", "bias"]},
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
        '    """Gradients of one LSTM step (derived on paper, see my notes p. 3)."""\n'
        "    H = h.shape[1]\n"
        "    # forward again\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    # backward, output first\n"
        "    do = dh_next * tc\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    di = dc_t * g\n"
        "    dg = dc_t * i\n"
        "    df = dc_t * c\n"
        "    # through the nonlinearities (derivatives written with the post-activation "
        "values)\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_t * f,\n'
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
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        grads = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = grads["x"]\n'
        '        dh = grads["h"]\n'
        '        dc = grads["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": grads["W_ih"], "W_hh": '
        'grads["W_hh"],\n'
        '            "b_ih": grads["b_ih"], "b_hh": grads["b_hh"]}\n',
    },
    {
        "id": "layerbw_ravi_dout_only_at_last_step",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dout[t] is only added at the last step: for t < T-1 the gradient reaching "
                "h_t misses dout[t] (only step t+1's 'h' is used)",
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
        "    # one matrix per gate, like in the lecture slides\n"
        '    Wx = {q: W_ih[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    Wh = {q: W_hh[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    bx = {q: b_ih[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    bh = {q: b_hh[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    z = {q: x @ Wx[q].T + bx[q] + h @ Wh[q].T + bh[q] for q in "ifgo"}\n'
        "\n"
        '    gate_i = sigmoid(z["i"])\n'
        '    gate_f = sigmoid(z["f"])\n'
        '    gate_g = np.tanh(z["g"])\n'
        '    gate_o = sigmoid(z["o"])\n'
        "    c_new = gate_f * c + gate_i * gate_g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "\n"
        "    d_c = dc_next + dh_next * gate_o * (1.0 - tanh_c * tanh_c)\n"
        "    dz = {\n"
        '        "i": d_c * gate_g * gate_i * (1.0 - gate_i),\n'
        '        "f": d_c * c * gate_f * (1.0 - gate_f),\n'
        '        "g": d_c * gate_i * (1.0 - gate_g * gate_g),\n'
        '        "o": dh_next * tanh_c * gate_o * (1.0 - gate_o),\n'
        "    }\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros_like(h)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db = np.zeros_like(b_ih)\n"
        '    for k, q in enumerate("ifgo"):\n'
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        dx = dx + dz[q] @ Wx[q]\n"
        "        dh = dh + dz[q] @ Wh[q]\n"
        "        dW_ih[rows] = dz[q].T @ x\n"
        "        dW_hh[rows] = dz[q].T @ h\n"
        "        db[rows] = dz[q].sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": d_c * gate_f, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    H = h0.shape[1]\n"
        "    h_list, c_list = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h_list[-1], c_list[-1], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        h_list.append(h_new)\n"
        "        c_list.append(c_new)\n"
        "    # the loss sees out[T-1] (and h_n) directly; earlier h_t only get gradient "
        "through the recurrence\n"
        "    dh = dout[T - 1] + (0 if dh_n is None else dh_n)\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dW_ih = np.zeros_like(W_ih); dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih); db_hh = np.zeros_like(b_hh)\n"
        "    dxs = [None] * T\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh, dc, x[t], h_list[t], c_list[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dxs[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        dW_ih = dW_ih + g["W_ih"]; dW_hh = dW_hh + g["W_hh"]\n'
        '        db_ih = db_ih + g["b_ih"]; db_hh = db_hh + g["b_hh"]\n'
        '    return {"x": np.stack(dxs), "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "layerbw_marcus_not_dh_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "`if not dh_n:` tests an array's truth value: raises ValueError (ambiguous "
                "truth value) whenever dh_n or dc_n is given as an array with more than "
                "one element (and treats a given all-zero 1-element array as None)",
                "must_mention": [{"any": ["dh_n", "dc_n"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        '    """Gradients of one LSTM step (derived on paper, see my notes p. 3)."""\n'
        "    H = h.shape[1]\n"
        "    # forward again\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    # backward, output first\n"
        "    do = dh_next * tc\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    di = dc_t * g\n"
        "    dg = dc_t * i\n"
        "    df = dc_t * c\n"
        "    # through the nonlinearities (derivatives written with the post-activation "
        "values)\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_t * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    if not dh_n:\n"
        "        dh_n = np.zeros((B, H))\n"
        "    if not dc_n:\n"
        "        dc_n = np.zeros((B, H))\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh, dc = dh_n, dc_n\n"
        '    out = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '           "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        out["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            out[k] = out[k] + g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    out["h0"], out["c0"] = dh, dc\n'
        "    return out\n",
    },
    {
        "id": "layerbw_sam_dh_n_ignored",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n is ignored: the gradient reaching h_{T-1} starts from zeros plus "
                "dout[T-1], without dL/dh_n",
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
        "    H = h.shape[-1]\n"
        '    a = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bj,gj->bg", h, W_hh) + b_ih + '
        "b_hh\n"
        "    s = sigmoid(a)                       # sigmoid everywhere, then swap in tanh for "
        "the g block\n"
        "    act = s.copy()\n"
        "    act[:, 2 * H:3 * H] = np.tanh(a[:, 2 * H:3 * H])\n"
        "    i, f, g, o = (act[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    c1 = f * c + i * g\n"
        "    th = np.tanh(c1)\n"
        "    dc1 = dc_next + dh_next * o * (1 - th * th)\n"
        "    dact = np.concatenate([dc1 * g, dc1 * c, dc1 * i, dh_next * th], axis=1)\n"
        "    deriv = act * (1 - act)                                  # sigmoid' = s (1 - s)\n"
        "    deriv[:, 2 * H:3 * H] = 1 - act[:, 2 * H:3 * H] ** 2    # tanh' = 1 - tanh^2\n"
        "    da = dact * deriv\n"
        "    return dict(\n"
        '        x=np.einsum("bg,gi->bi", da, W_ih),\n'
        '        h=np.einsum("bg,gj->bj", da, W_hh),\n'
        "        c=dc1 * f,\n"
        '        W_ih=np.einsum("bg,bi->gi", da, x),\n'
        '        W_hh=np.einsum("bg,bj->gj", da, h),\n'
        '        b_ih=np.einsum("bg->g", da),\n'
        '        b_hh=np.einsum("bg->g", da),\n'
        "    )\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    prev = []                       # (h_{t-1}, c_{t-1}) for each t\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        prev.append((h, c))\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    dh = np.zeros((B, H))           # h_n = out[T-1], already in dout\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()\n"
        "    sums = dict(W_ih=np.zeros_like(W_ih), W_hh=np.zeros_like(W_hh), "
        "b_ih=np.zeros_like(b_ih), b_hh=np.zeros_like(b_hh))\n"
        "    dx = []\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], *prev[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx.insert(0, g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in sums:\n"
        "            sums[k] = sums[k] + g[k]\n"
        "    return dict(x=np.stack(dx), h0=dh, c0=dc, **sums)\n",
    },
    {
        "id": "layerbw_felix_dc_starts_from_dh_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell-state gradient starts from dh_n (copy-paste) instead of dc_n: "
                "dc_n is never used",
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
        '    """Gradients of one LSTM step (derived on paper, see my notes p. 3)."""\n'
        "    H = h.shape[1]\n"
        "    # forward again\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    # backward, output first\n"
        "    do = dh_next * tc\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    di = dc_t * g\n"
        "    dg = dc_t * i\n"
        "    df = dc_t * c\n"
        "    # through the nonlinearities (derivatives written with the post-activation "
        "values)\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_t * f,\n'
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
        "    if dh_n is None:\n"
        "        dh_n = np.zeros((B, H))\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros((B, H))\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh_next = dh_n.copy()\n"
        "    dc_next = dh_n.copy()\n"
        "    gW_ih = np.zeros_like(W_ih); gW_hh = np.zeros_like(W_hh)\n"
        "    gb_ih = np.zeros_like(b_ih); gb_hh = np.zeros_like(b_hh)\n"
        "    gx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh_next + dout[t], dc_next, x[t], hs[t], cs[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        gx[t] = g["x"]\n'
        '        gW_ih += g["W_ih"]; gW_hh += g["W_hh"]; gb_ih += g["b_ih"]; gb_hh += '
        'g["b_hh"]\n'
        '        dh_next, dc_next = g["h"], g["c"]\n'
        '    return {"x": gx, "h0": dh_next, "c0": dc_next, "W_ih": gW_ih, "W_hh": gW_hh, '
        '"b_ih": gb_ih, "b_hh": gb_hh}\n',
    },
    {
        "id": "layerbw_kevin_dout_view_inplace",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh = dout[t] is a view; dh += ... then adds the carried gradient into the "
                "caller's dout (in place)",
                "must_mention": [
                    "dout",
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in place",
                            "in-place",
                            "mutat",
                            "overwr",
                            "unchanged",
                            "writes into",
                            "wrote into",
                            "written",
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
        '    """Gradients of one LSTM step (derived on paper, see my notes p. 3)."""\n'
        "    H = h.shape[1]\n"
        "    # forward again\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    # backward, output first\n"
        "    do = dh_next * tc\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    di = dc_t * g\n"
        "    dg = dc_t * i\n"
        "    df = dc_t * c\n"
        "    # through the nonlinearities (derivatives written with the post-activation "
        "values)\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_t * f,\n'
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
        "    hs = np.zeros((T + 1, B, H)); cs = np.zeros((T + 1, B, H))\n"
        "    hs[0], cs[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        hs[t + 1], cs[t + 1] = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "    dx = np.zeros_like(x)\n"
        "    dW_ih = np.zeros_like(W_ih); dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih); db_hh = np.zeros_like(b_hh)\n"
        "    carry = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dh = dout[t]\n"
        "        dh += carry\n"
        "        g = lstm_cell_backward(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dW_ih += g["W_ih"]; dW_hh += g["W_hh"]; db_ih += g["b_ih"]; db_hh += '
        'g["b_hh"]\n'
        '        carry, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": carry, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": '
        'db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "layerbw_tomasz_dx_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the x gradients are collected while walking back (t = T-1 first) and "
                "stacked without reversing: 'x' is in reversed time order",
                "must_mention": [{"any": ["order", "revers", "flip", "backward", "time"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # one matrix per gate, like in the lecture slides\n"
        '    Wx = {q: W_ih[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    Wh = {q: W_hh[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    bx = {q: b_ih[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    bh = {q: b_hh[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    z = {q: x @ Wx[q].T + bx[q] + h @ Wh[q].T + bh[q] for q in "ifgo"}\n'
        "\n"
        '    gate_i = sigmoid(z["i"])\n'
        '    gate_f = sigmoid(z["f"])\n'
        '    gate_g = np.tanh(z["g"])\n'
        '    gate_o = sigmoid(z["o"])\n'
        "    c_new = gate_f * c + gate_i * gate_g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "\n"
        "    d_c = dc_next + dh_next * gate_o * (1.0 - tanh_c * tanh_c)\n"
        "    dz = {\n"
        '        "i": d_c * gate_g * gate_i * (1.0 - gate_i),\n'
        '        "f": d_c * c * gate_f * (1.0 - gate_f),\n'
        '        "g": d_c * gate_i * (1.0 - gate_g * gate_g),\n'
        '        "o": dh_next * tanh_c * gate_o * (1.0 - gate_o),\n'
        "    }\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros_like(h)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db = np.zeros_like(b_ih)\n"
        '    for k, q in enumerate("ifgo"):\n'
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        dx = dx + dz[q] @ Wx[q]\n"
        "        dh = dh + dz[q] @ Wh[q]\n"
        "        dW_ih[rows] = dz[q].T @ x\n"
        "        dW_hh[rows] = dz[q].T @ h\n"
        "        db[rows] = dz[q].sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": d_c * gate_f, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    states = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        states.append(lstm_cell(x[t], *states[t], W_ih, W_hh, b_ih, b_hh))\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dxs = []\n"
        '    acc = {"W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        step = lstm_cell_backward(dh + dout[t], dc, x[t], *states[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.append(step["x"])\n'
        '        dh, dc = step["h"], step["c"]\n'
        "        for k in acc:\n"
        "            acc[k] = acc[k] + step[k]\n"
        '    return {"x": np.array(dxs), "h0": dh, "c0": dc, **acc}\n',
    },
    {
        "id": "layerbw_dev_h0_grad_from_first_backward",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "h0 and c0 are taken from the backward of step T-1 (the first one "
                "computed) instead of step 0's",
                "must_mention": [
                    {"any": ["h0", "c0"]},
                    {"any": ["step 0", "t = 0", "t=0", "first", "last", "T-1", "T - 1", "step"]},
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
        "    H = h.shape[-1]\n"
        '    a = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bj,gj->bg", h, W_hh) + b_ih + '
        "b_hh\n"
        "    s = sigmoid(a)                       # sigmoid everywhere, then swap in tanh for "
        "the g block\n"
        "    act = s.copy()\n"
        "    act[:, 2 * H:3 * H] = np.tanh(a[:, 2 * H:3 * H])\n"
        "    i, f, g, o = (act[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    c1 = f * c + i * g\n"
        "    th = np.tanh(c1)\n"
        "    dc1 = dc_next + dh_next * o * (1 - th * th)\n"
        "    dact = np.concatenate([dc1 * g, dc1 * c, dc1 * i, dh_next * th], axis=1)\n"
        "    deriv = act * (1 - act)                                  # sigmoid' = s (1 - s)\n"
        "    deriv[:, 2 * H:3 * H] = 1 - act[:, 2 * H:3 * H] ** 2    # tanh' = 1 - tanh^2\n"
        "    da = dact * deriv\n"
        "    return dict(\n"
        '        x=np.einsum("bg,gi->bi", da, W_ih),\n'
        '        h=np.einsum("bg,gj->bj", da, W_hh),\n'
        "        c=dc1 * f,\n"
        '        W_ih=np.einsum("bg,bi->gi", da, x),\n'
        '        W_hh=np.einsum("bg,bj->gj", da, h),\n'
        '        b_ih=np.einsum("bg->g", da),\n'
        '        b_hh=np.einsum("bg->g", da),\n'
        "    )\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hist = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        hist.append(lstm_cell(x[t], hist[-1][0], hist[-1][1], W_ih, W_hh, b_ih, "
        "b_hh))\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    dW_ih, dW_hh, db_ih, db_hh = 0, 0, 0, 0\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hist[t][0], hist[t][1], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        "        if t == T - 1:\n"
        '            dh0, dc0 = g["h"], g["c"]         # gradient of the initial state\n'
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        dW_ih = dW_ih + g["W_ih"]; dW_hh = dW_hh + g["W_hh"]\n'
        '        db_ih = db_ih + g["b_ih"]; db_hh = db_hh + g["b_hh"]\n'
        '    return {"x": dx, "h0": dh0, "c0": dc0, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": '
        'db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "layerbw_tomasz_wraparound_prev_state",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "at t = 0, hs[t - 1] is hs[-1], the LAST state h_{T-1} (Python "
                "wrap-around), instead of the initial state h0, c0: step 0's backward uses "
                "the wrong starting state",
                "must_mention": [
                    {
                        "any": [
                            "h0",
                            "c0",
                            "initial",
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "x_0",
                            "wrap",
                            "h_{T-1}",
                            "last state",
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
        '    """Gradients of one LSTM step (derived on paper, see my notes p. 3)."""\n'
        "    H = h.shape[1]\n"
        "    # forward again\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    # backward, output first\n"
        "    do = dh_next * tc\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    di = dc_t * g\n"
        "    dg = dc_t * i\n"
        "    df = dc_t * c\n"
        "    # through the nonlinearities (derivatives written with the post-activation "
        "values)\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_t * f,\n'
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
        "    hs, cs = [], []                   # hs[t] = h_t\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        '    tot = {k: 0.0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        # step t started from h_{t-1}\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t - 1], cs[t - 1], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in tot:\n"
        "            tot[k] = tot[k] + g[k]\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **tot}\n',
    },
    {
        "id": "layerbw_jonas_dc_not_carried",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell-state gradient is not carried back: each earlier step gets "
                "dc_next = 0 instead of step t+1's 'c'",
                "must_mention": [{"any": ["c_t", "cell", "dc", "δc", '"c"', "'c'"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        '    """Gradients of one LSTM step (derived on paper, see my notes p. 3)."""\n'
        "    H = h.shape[1]\n"
        "    # forward again\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    # backward, output first\n"
        "    do = dh_next * tc\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    di = dc_t * g\n"
        "    dg = dc_t * i\n"
        "    df = dc_t * c\n"
        "    # through the nonlinearities (derivatives written with the post-activation "
        "values)\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_t * f,\n'
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
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc_last = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        '    G = {k: 0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        dc = dc_last if t == T - 1 else np.zeros((B, H))   # only the final cell "
        "state has a loss on it\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh = g["h"]\n'
        "        for k in G:\n"
        "            G[k] = G[k] + g[k]\n"
        '    return {"x": dx, "h0": dh, "c0": g["c"], **G}\n',
    },
    {
        "id": "layerbw_olu_float32_grads",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient buffers for x, W_ih, W_hh, b_ih, b_hh are float32 (rounded, "
                "not float64)",
                "must_mention": [{"any": ["float32", "dtype", "float64", "precision", "single"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        '    """Gradients of one LSTM step (derived on paper, see my notes p. 3)."""\n'
        "    H = h.shape[1]\n"
        "    # forward again\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    # backward, output first\n"
        "    do = dh_next * tc\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    di = dc_t * g\n"
        "    dg = dc_t * i\n"
        "    df = dc_t * c\n"
        "    # through the nonlinearities (derivatives written with the post-activation "
        "values)\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_t * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    f32 = np.float32\n"
        "    dx = np.zeros((T, B, I), dtype=f32)\n"
        "    dW_ih = np.zeros((4 * H, I), dtype=f32); dW_hh = np.zeros((4 * H, H), dtype=f32)\n"
        "    db_ih = np.zeros(4 * H, dtype=f32); db_hh = np.zeros(4 * H, dtype=f32)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
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
        "id": "layerbw_kevin_bias_accumulators_alias",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "db_ih = db_hh = np.zeros(...) makes the two bias accumulators the same "
                "array: each step adds both biases' gradients into it, so b_ih and b_hh "
                "come out twice the right value",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {
                        "any": [
                            "alias",
                            "same array",
                            "twice",
                            "double",
                            "2x",
                            "two times",
                            "factor",
                            "2 ×",
                            "2×",
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
        '    """Gradients of one LSTM step (derived on paper, see my notes p. 3)."""\n'
        "    H = h.shape[1]\n"
        "    # forward again\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    # backward, output first\n"
        "    do = dh_next * tc\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    di = dc_t * g\n"
        "    dg = dc_t * i\n"
        "    df = dc_t * c\n"
        "    # through the nonlinearities (derivatives written with the post-activation "
        "values)\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_t * f,\n'
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
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = db_hh = np.zeros(4 * H)\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "layerbw_marcus_dx_concatenated",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the per-step x gradients are joined with np.concatenate, giving shape "
                "(T*B, I) instead of stacking to (T, B, I); right only for B = 1 up to a "
                "reshape",
                "must_mention": [
                    {"any": ["shape", "concaten", "stack", "(T, B, I)", "(T*B", "T*B", "T * B"]}
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
        '    """Gradients of one LSTM step (derived on paper, see my notes p. 3)."""\n'
        "    H = h.shape[1]\n"
        "    # forward again\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    # backward, output first\n"
        "    do = dh_next * tc\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    di = dc_t * g\n"
        "    dg = dc_t * i\n"
        "    df = dc_t * c\n"
        "    # through the nonlinearities (derivatives written with the post-activation "
        "values)\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_t * f,\n'
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
        "    dx_list = [None] * T\n"
        "    total = None\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx_list[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        if total is None:\n"
        '            total = {k: g[k].copy() for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "        else:\n"
        "            for k in total:\n"
        "                total[k] += g[k]\n"
        '    return {"x": np.concatenate(dx_list), "h0": dh, "c0": dc, **total}\n',
    },
    {
        "id": "layerbw_felix_keys_h_c",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the initial-state gradients are returned under the keys 'h' and 'c' (as "
                "in the cell backward) instead of 'h0' and 'c0'",
                "must_mention": [{"any": ["h0", "c0", "key"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        '    """Gradients of one LSTM step (derived on paper, see my notes p. 3)."""\n'
        "    H = h.shape[1]\n"
        "    # forward again\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    # backward, output first\n"
        "    do = dh_next * tc\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    di = dc_t * g\n"
        "    dg = dc_t * i\n"
        "    df = dc_t * c\n"
        "    # through the nonlinearities (derivatives written with the post-activation "
        "values)\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_t * f,\n'
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
        '    grads = {"x": np.zeros_like(x), "h": np.zeros_like(h0) if dh_n is None else '
        "dh_n,\n"
        '             "c": np.zeros_like(c0) if dc_n is None else dc_n,\n'
        '             "W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    for t in range(T - 1, -1, -1):\n"
        '        g = lstm_cell_backward(grads["h"] + dout[t], grads["c"], x[t], hs[t], cs[t], '
        "W_ih, W_hh, b_ih, b_hh)\n"
        '        grads["x"][t] = g["x"]\n'
        '        grads["h"], grads["c"] = g["h"], g["c"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] = grads[k] + g[k]\n"
        "    return grads\n",
    },
    {
        "id": "layerbw_sam_dout_one_step_late",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dout[t] is added to the gradient AFTER step t's backward, so it reaches "
                "h_{t-1} instead of h_t: dout is used one step late (step T-1 never sees "
                "dout[T-1], and h0 gets dout[0])",
                "must_mention": [
                    "dout",
                    {
                        "any": [
                            "step",
                            "off by one",
                            "off-by-one",
                            "shift",
                            "late",
                            "t+1",
                            "t-1",
                            "time",
                            "h0",
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
        "    H = h.shape[-1]\n"
        '    a = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bj,gj->bg", h, W_hh) + b_ih + '
        "b_hh\n"
        "    s = sigmoid(a)                       # sigmoid everywhere, then swap in tanh for "
        "the g block\n"
        "    act = s.copy()\n"
        "    act[:, 2 * H:3 * H] = np.tanh(a[:, 2 * H:3 * H])\n"
        "    i, f, g, o = (act[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    c1 = f * c + i * g\n"
        "    th = np.tanh(c1)\n"
        "    dc1 = dc_next + dh_next * o * (1 - th * th)\n"
        "    dact = np.concatenate([dc1 * g, dc1 * c, dc1 * i, dh_next * th], axis=1)\n"
        "    deriv = act * (1 - act)                                  # sigmoid' = s (1 - s)\n"
        "    deriv[:, 2 * H:3 * H] = 1 - act[:, 2 * H:3 * H] ** 2    # tanh' = 1 - tanh^2\n"
        "    da = dact * deriv\n"
        "    return dict(\n"
        '        x=np.einsum("bg,gi->bi", da, W_ih),\n'
        '        h=np.einsum("bg,gj->bj", da, W_hh),\n'
        "        c=dc1 * f,\n"
        '        W_ih=np.einsum("bg,bi->gi", da, x),\n'
        '        W_hh=np.einsum("bg,bj->gj", da, h),\n'
        '        b_ih=np.einsum("bg->g", da),\n'
        '        b_hh=np.einsum("bg->g", da),\n'
        "    )\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()\n"
        "    dx = np.zeros_like(x)\n"
        "    acc = [np.zeros_like(W_ih), np.zeros_like(W_hh), np.zeros_like(b_ih), "
        "np.zeros_like(b_hh)]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh = g["h"] + dout[t]         # sum of what comes from later and from the '
        "loss\n"
        '        dc = g["c"]\n'
        '        acc = [a + g[k] for a, k in zip(acc, ("W_ih", "W_hh", "b_ih", "b_hh"))]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": acc[0], "W_hh": acc[1], "b_ih": '
        'acc[2], "b_hh": acc[3]}\n',
    },
    {
        "id": "layerbw_jonas2_not_summed_and_dx_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are overwritten at every step instead of "
                "summed over the steps: only step 0's gradients are returned",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "all steps",
                            "every step",
                            "only",
                            "one step",
                            "step 0",
                            "add",
                        ]
                    },
                    {"any": ["W_ih", "W_hh", "weight", "b_ih", "bias"]},
                ],
            },
            {
                "what": "the x gradients are collected while walking back (t = T-1 first) and "
                "stacked without reversing: 'x' is in reversed time order",
                "must_mention": [{"any": ["order", "revers", "flip", "backward", "time"]}],
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
        '    """Gradients of one LSTM step (derived on paper, see my notes p. 3)."""\n'
        "    H = h.shape[1]\n"
        "    # forward again\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    # backward, output first\n"
        "    do = dh_next * tc\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    di = dc_t * g\n"
        "    dg = dc_t * i\n"
        "    df = dc_t * c\n"
        "    # through the nonlinearities (derivatives written with the post-activation "
        "values)\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_t * f,\n'
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
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dxs = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        dW_ih, dW_hh, db_ih, db_hh = g["W_ih"], g["W_hh"], g["b_ih"], g["b_hh"]\n'
        '    return {"x": np.stack(dxs), "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, '
        '"b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "layerbw_kevin2_dh_n_ignored_and_dout_inplace",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n is ignored: the gradient reaching h_{T-1} starts from zeros plus "
                "dout[T-1], without dL/dh_n",
                "must_mention": ["dh_n"],
            },
            {
                "what": "dh = dout[t] is a view; dh += ... then adds the carried gradient into the "
                "caller's dout (in place)",
                "must_mention": [
                    "dout",
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in place",
                            "in-place",
                            "mutat",
                            "overwr",
                            "unchanged",
                            "writes into",
                            "wrote into",
                            "written",
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
        '    """Gradients of one LSTM step (derived on paper, see my notes p. 3)."""\n'
        "    H = h.shape[1]\n"
        "    # forward again\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    # backward, output first\n"
        "    do = dh_next * tc\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    di = dc_t * g\n"
        "    dg = dc_t * i\n"
        "    df = dc_t * c\n"
        "    # through the nonlinearities (derivatives written with the post-activation "
        "values)\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_t * f,\n'
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
        "    hs = [h0]; cs = [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()\n"
        "    dx = np.zeros_like(x)\n"
        "    dW_ih = np.zeros_like(W_ih); dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih); db_hh = np.zeros_like(b_hh)\n"
        "    dh_total = dout[T - 1]            # h_n is out[T-1]: already counted\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh_total, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dW_ih += g["W_ih"]; dW_hh += g["W_hh"]; db_ih += g["b_ih"]; db_hh += '
        'g["b_hh"]\n'
        '        dc = g["c"]\n'
        "        if t > 0:\n"
        "            dh_total = dout[t - 1]\n"
        '            dh_total += g["h"]\n'
        "        else:\n"
        '            dh_total = g["h"]\n'
        '    return {"x": dx, "h0": dh_total, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": '
        'db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "layerbw_dev2_bias_alias_and_h0_wrong_step",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "db_ih = db_hh = np.zeros(...) makes the two bias accumulators the same "
                "array: each step adds both biases' gradients into it, so b_ih and b_hh "
                "come out twice the right value",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {
                        "any": [
                            "alias",
                            "same array",
                            "twice",
                            "double",
                            "2x",
                            "two times",
                            "factor",
                            "2 ×",
                            "2×",
                        ]
                    },
                ],
            },
            {
                "what": "h0 and c0 are taken from the backward of step T-1 (the first one "
                "computed) instead of step 0's",
                "must_mention": [
                    {"any": ["h0", "c0"]},
                    {"any": ["step 0", "t = 0", "t=0", "first", "last", "T-1", "T - 1", "step"]},
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
        "def _forward_cache(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Recomputes the step and keeps everything the backward pass needs."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        '    blocks = dict(zip("ifgo", np.split(a, 4, axis=1)))\n'
        '    cache = {"x": x, "h_prev": h, "c_prev": c, "H": H}\n'
        '    cache["i"] = sigmoid(blocks["i"])\n'
        '    cache["f"] = sigmoid(blocks["f"])\n'
        '    cache["g"] = np.tanh(blocks["g"])\n'
        '    cache["o"] = sigmoid(blocks["o"])\n'
        '    cache["c"] = cache["f"] * c + cache["i"] * cache["g"]\n'
        '    cache["tanh_c"] = np.tanh(cache["c"])\n'
        "    return cache\n"
        "\n"
        "\n"
        "def _dsigmoid_from_output(s):\n"
        "    return s * (1.0 - s)\n"
        "\n"
        "\n"
        "def _dtanh_from_output(t):\n"
        "    return 1.0 - t ** 2\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh, "
        "cache=None):\n"
        "    if cache is None:\n"
        "        cache = _forward_cache(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        '    i, f, g, o, tc = (cache[k] for k in ("i", "f", "g", "o", "tanh_c"))\n'
        "    dc = dc_next + dh_next * o * _dtanh_from_output(tc)\n"
        "    da_i = dc * g * _dsigmoid_from_output(i)\n"
        '    da_f = dc * cache["c_prev"] * _dsigmoid_from_output(f)\n'
        "    da_g = dc * i * _dtanh_from_output(g)\n"
        "    da_o = dh_next * tc * _dsigmoid_from_output(o)\n"
        "    da = np.hstack([da_i, da_f, da_g, da_o])\n"
        "    db = np.sum(da, axis=0)\n"
        "    grads = {\n"
        '        "x": np.dot(da, W_ih),\n'
        '        "h": np.dot(da, W_hh),\n'
        '        "c": dc * f,\n'
        '        "W_ih": np.dot(da.T, cache["x"]),\n'
        '        "W_hh": np.dot(da.T, cache["h_prev"]),\n'
        '        "b_ih": db,\n'
        '        "b_hh": db.copy(),\n'
        "    }\n"
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    traj = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        traj.append(lstm_cell(x[t], *traj[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()\n"
        "    dW_ih = np.zeros_like(W_ih); dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = db_hh = np.zeros_like(b_ih)\n"
        "    dx = np.zeros_like(x)\n"
        "    d_init = None\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], *traj[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        if d_init is None:\n"
        '            d_init = (g["h"], g["c"])\n'
        '        dx[t] = g["x"]\n'
        '        dW_ih += g["W_ih"]; dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]; db_hh += g["b_hh"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": d_init[0], "c0": d_init[1], "W_ih": dW_ih, "W_hh": dW_hh, '
        '"b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "layerbw_tomasz2_state_off_by_one_and_dc_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward is given (h_t, c_t), the state AFTER step t, instead of "
                "(h_{t-1}, c_{t-1}), the state it started from: the stored states are "
                "indexed off by one",
                "must_mention": [
                    {
                        "any": [
                            "previous",
                            "h_{t-1}",
                            "off by one",
                            "off-by-one",
                            "started from",
                            "starting state",
                            "state before",
                            "one step",
                            "shifted",
                            "after step",
                        ]
                    }
                ],
            },
            {
                "what": "dc_n is ignored: the cell-state gradient always starts from zeros",
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
        "    H = h.shape[1]\n"
        "    # one matrix per gate, like in the lecture slides\n"
        '    Wx = {q: W_ih[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    Wh = {q: W_hh[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    bx = {q: b_ih[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    bh = {q: b_hh[k * H:(k + 1) * H] for k, q in enumerate("ifgo")}\n'
        '    z = {q: x @ Wx[q].T + bx[q] + h @ Wh[q].T + bh[q] for q in "ifgo"}\n'
        "\n"
        '    gate_i = sigmoid(z["i"])\n'
        '    gate_f = sigmoid(z["f"])\n'
        '    gate_g = np.tanh(z["g"])\n'
        '    gate_o = sigmoid(z["o"])\n'
        "    c_new = gate_f * c + gate_i * gate_g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "\n"
        "    d_c = dc_next + dh_next * gate_o * (1.0 - tanh_c * tanh_c)\n"
        "    dz = {\n"
        '        "i": d_c * gate_g * gate_i * (1.0 - gate_i),\n'
        '        "f": d_c * c * gate_f * (1.0 - gate_f),\n'
        '        "g": d_c * gate_i * (1.0 - gate_g * gate_g),\n'
        '        "o": dh_next * tanh_c * gate_o * (1.0 - gate_o),\n'
        "    }\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros_like(h)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db = np.zeros_like(b_ih)\n"
        '    for k, q in enumerate("ifgo"):\n'
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        dx = dx + dz[q] @ Wx[q]\n"
        "        dh = dh + dz[q] @ Wh[q]\n"
        "        dW_ih[rows] = dz[q].T @ x\n"
        "        dW_hh[rows] = dz[q].T @ h\n"
        "        db[rows] = dz[q].sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": d_c * gate_f, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        '    mem = {"h": [h0], "c": [c0]}\n'
        "    for t in range(T):\n"
        '        h, c = lstm_cell(x[t], mem["h"][t], mem["c"][t], W_ih, W_hh, b_ih, b_hh)\n'
        '        mem["h"].append(h)\n'
        '        mem["c"].append(c)\n'
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H))                  # no loss on c_n in practice\n"
        '    d = {"x": np.zeros_like(x), "W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    for t in range(T - 1, -1, -1):\n"
        '        g = lstm_cell_backward(dh + dout[t], dc, x[t], mem["h"][t + 1], mem["c"][t + '
        "1], W_ih, W_hh, b_ih, b_hh)\n"
        '        d["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            d[k] = d[k] + g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    d["h0"], d["c0"] = dh, dc\n'
        "    return d\n",
    },
    {
        "id": "layerbw_mei2_cell_tanh_c_and_dx_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc uses 1 - c_t² (the cell state squared) instead of 1 - tanh²(c_t): "
                "tanh' taken from the wrong quantity",
                "must_mention": [
                    "tanh",
                    {"any": ["c_t", "cell", "δc", "dc", "c²", "c**2", "c^2", "c_next"]},
                ],
            },
            {
                "what": "the x gradients are collected while walking back (t = T-1 first) and "
                "stacked without reversing: 'x' is in reversed time order",
                "must_mention": [{"any": ["order", "revers", "flip", "backward", "time"]}],
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
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    # h = o * tanh(c)  =>  dh/dc = o * (1 - c^2)\n"
        "    dc = dc_next + dh_next * o * (1 - c_next ** 2)\n"
        "    do = dh_next * np.tanh(c_next)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2), do * o * (1 - o)], axis=1)\n"
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
        '    out = {"x": [], "W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        out["x"].append(g["x"])\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            out[k] = out[k] + g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    out["x"] = np.stack(out["x"])\n'
        '    out["h0"], out["c0"] = dh, dc\n'
        "    return out\n",
    },
    {
        "id": "lengths_sofia_correct",
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
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]                  # (B, 1): is step t real?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)                   # frozen after the last real "
        "step\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lengths_ravi_correct_per_sequence",
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.zeros((B, H))\n"
        "    c_n = np.zeros((B, H))\n"
        "    # one sequence at a time, only its real steps (like packing)\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        h, c = h0[b:b + 1], c0[b:b + 1]\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b], c_n[b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "lengths_chen_correct_packed_rows",
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
        "    # like a packed batch: at step t only the sequences still running go through the "
        "cell\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        rows = np.flatnonzero(lengths > t)      # batch_sizes[t] = len(rows)\n"
        "        if rows.size == 0:\n"
        "            break                               # only padding left\n"
        "        h_r, c_r = lstm_cell(x[t, rows], h[rows], c[rows], W_ih, W_hh, b_ih, b_hh)\n"
        "        h[rows], c[rows] = h_r, c_r\n"
        "        out[t, rows] = h_r\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lengths_diego_chapter_zero_init",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the state starts from zeros (the chapter's masked_lstm) instead of from "
                "h0, c0",
                "must_mention": [{"any": ["h0", "c0", "initial", "zero state", "start"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        '    """A one-layer forward LSTM over a padded batch (from chapter 7)."""\n'
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h, c = np.zeros((B, H)), np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): 1 where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)  # h_t = m_t ⊙ h̃_t + (1 - m_t) ⊙ h_{t-1}\n"
        "        c = np.where(m, c_new, c)  # c_t = m_t ⊙ c̃_t + (1 - m_t) ⊙ c_{t-1}\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lengths_yusuf_out_holds_frozen_state",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is not zeroed past each length: the padding steps hold the frozen "
                "last state instead of zeros",
                "must_mention": [
                    {"any": ["zero"]},
                    {"any": ["pad", "past", "after", "beyond", ">=", "end"]},
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
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        active = t < np.asarray(lengths)\n"
        "        h_t, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[active] = h_t[active]\n"
        "        c[active] = c_t[active]\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lengths_marcus_state_runs_on_padding",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only the output is masked: the state keeps updating on padding, so h_n, "
                "c_n are the states after step T-1 instead of each sequence's own last "
                "step",
                "must_mention": [
                    {"any": ["h_n", "c_n", "state", "final"]},
                    {
                        "any": [
                            "pad",
                            "last step",
                            "lengths[b] - 1",
                            "own last",
                            "length",
                            "T-1",
                            "T - 1",
                            "mask",
                            "freez",
                            "frozen",
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
        "    mask = np.arange(T)[:, None] < np.asarray(lengths)[None, :]      # (T, B)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h * mask[t][:, None]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lengths_tomasz_mask_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask uses t <= lengths[b], so each sequence runs one padding step too "
                "many (off by one)",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "one more",
                            "extra step",
                            "<=",
                            "lengths[b]",
                            "one padding",
                            "too many",
                            "too long",
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
        "    H = h0.shape[-1]\n"
        "    lens = np.asarray(lengths).reshape(B, 1)\n"
        '    state = {"h": h0, "c": c0}\n'
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        keep = t <= lens        # the sequence is still running\n"
        '        h_new, c_new = lstm_cell(x[t], state["h"], state["c"], W_ih, W_hh, b_ih, '
        "b_hh)\n"
        '        state["h"] = np.where(keep, h_new, state["h"])\n'
        '        state["c"] = np.where(keep, c_new, state["c"])\n'
        "        out[t] = np.where(keep, h_new, 0)\n"
        '    return out, (state["h"], state["c"])\n',
    },
    {
        "id": "lengths_hannah_c_not_masked",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask freezes h but not c: the cell state keeps updating on padding, "
                "so c_n is the cell state after step T-1 instead of at each sequence's "
                "last real step",
                "must_mention": [
                    {"any": ["c_n", "cell"]},
                    {"any": ["pad", "mask", "freez", "frozen", "keep", "length", "last step"]},
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
        "    h = h0\n"
        "    c = c0\n"
        "    for t in range(T):\n"
        "        running = (t < lengths).reshape(-1, 1)\n"
        "        h_cand, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(running, h_cand, h)\n"
        "        out[t] = np.where(running, h_cand, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lengths_kevin_fancy_index_hn",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n = out[lengths - 1] indexes only the time axis, giving shape (B, B, H) "
                "instead of picking out[lengths[b]-1, b]",
                "must_mention": ["h_n", {"any": ["shape", "index", "(B, B, H)", "batch"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    c_keep = c0.copy()\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        alive = t < lengths\n"
        "        out[t, alive] = h[alive]\n"
        "        c_keep[alive] = c[alive]\n"
        "    # last real output of every sequence (stackoverflow: gather with fancy indexing)\n"
        "    h_n = out[lengths - 1]\n"
        "    return out, (h_n, c_keep)\n",
    },
    {
        "id": "lengths_marcus_first_length_for_all",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "uses lengths[0] for every sequence in the batch: right only when all "
                "lengths are equal (or B = 1)",
                "must_mention": [
                    {"any": ["length"]},
                    {
                        "any": [
                            "each",
                            "own",
                            "per sequence",
                            "lengths[0]",
                            "first",
                            "every sequence",
                            "all sequences",
                            "batch",
                            "different",
                            "same length",
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
        "    L = int(lengths[0])                # length of the sequence\n"
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(L):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lengths_kevin_bool_assign_into_h0",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h = h0 and then h[mask] = ... writes the new states into the caller's h0 "
                "and c0 (in place)",
                "must_mention": [
                    {"any": ["h0", "c0", "input", "argument"]},
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in place",
                            "in-place",
                            "mutat",
                            "overwr",
                            "unchanged",
                            "writes into",
                            "wrote into",
                            "written",
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
        "        idx = np.asarray(lengths) > t\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[idx] = h_new[idx]\n"
        "        c[idx] = c_new[idx]\n"
        "        out[t, idx] = h_new[idx]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lengths_kevin_out_aliases_state",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "y = h is the same array as the state: zeroing the padded rows of y zeros "
                "the frozen hidden state too, so h_n is zero for every sequence shorter "
                "than T",
                "must_mention": [
                    {"any": ["h_n", "state", "hidden"]},
                    {
                        "any": [
                            "zero",
                            "alias",
                            "same array",
                            "in place",
                            "in-place",
                            "view",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        live = t < lengths\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[live] = h_new[live]\n"
        "        c[live] = c_new[live]\n"
        "        y = h               # output of this step\n"
        "        y[~live] = 0.0      # padded steps give zeros\n"
        "        outs.append(y.copy())\n"
        "    return np.stack(outs), (h, c)\n",
    },
    {
        "id": "lengths_olu_float32_out",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is allocated as float32",
                "must_mention": [
                    "out",
                    {"any": ["float32", "dtype", "float64", "precision", "single"]},
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
        "    out = np.zeros((T, B, H), np.float32)\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        m = np.asarray(lengths)[:, None] > t\n"
        "        hh, cc = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, hh, h)\n"
        "        c = np.where(m, cc, c)\n"
        "        out[t] = np.where(m, hh, 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lengths_lena_mask_drops_last_step",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask uses t < lengths[b] - 1: the last real step of every sequence is "
                "dropped (off by one)",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "last real step",
                            "lengths[b] - 1",
                            "too short",
                            "one fewer",
                            "misses",
                            "drops",
                            "last step",
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
        "    n_last = np.asarray(lengths) - 1       # index of the last real sample\n"
        "    y = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for n in range(T):\n"
        "        gate = (n < n_last)[:, None]\n"
        "        h1, c1 = lstm_cell(x[n], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(gate, h1, h)\n"
        "        c = np.where(gate, c1, c)\n"
        "        y[n] = np.where(gate, h1, 0.0)\n"
        "    return y, (h, c)\n",
    },
    {
        "id": "lengths_jonas_hn_from_last_row",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n is read from out[-1] (step T-1), which is zero for every sequence "
                "shorter than T, instead of the state at each sequence's own last step",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "last step",
                            "lengths[b] - 1",
                            "own last",
                            "length",
                            "T-1",
                            "T - 1",
                            "out[-1]",
                            "zero",
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
        "        m = (t < np.asarray(lengths))[:, None]\n"
        "        h_next, c_next = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_next, h)\n"
        "        c = np.where(m, c_next, c)\n"
        "        out[t] = np.where(m, h_next, 0.0)\n"
        "    h_n = out[-1]          # like nn.LSTM: h_n is the last output\n"
        "    return out, (h_n, c)\n",
    },
    {
        "id": "lengths_diego2_zero_init_and_out_not_zeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the state starts from zeros (the chapter's masked_lstm) instead of from "
                "h0, c0",
                "must_mention": [{"any": ["h0", "c0", "initial", "zero state", "start"]}],
            },
            {
                "what": "out is not zeroed past each length: the padding steps hold the frozen "
                "last state instead of zeros",
                "must_mention": [
                    {"any": ["zero"]},
                    {"any": ["pad", "past", "after", "beyond", ">=", "end"]},
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
        "    h, c = np.zeros((B, H)), np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lengths_tomasz2_mask_le_and_float32",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask uses t <= lengths[b], so each sequence runs one padding step too "
                "many (off by one)",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "one more",
                            "extra step",
                            "<=",
                            "lengths[b]",
                            "one padding",
                            "too many",
                            "too long",
                        ]
                    }
                ],
            },
            {
                "what": "out is allocated as float32",
                "must_mention": [
                    "out",
                    {"any": ["float32", "dtype", "float64", "precision", "single"]},
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
        '    out = np.zeros((T, B, H), dtype="f4")\n'
        "    st = [h0, c0]\n"
        "    for t in range(T):\n"
        "        on = (t <= np.asarray(lengths))[:, None]\n"
        "        nh, nc = lstm_cell(x[t], st[0], st[1], W_ih, W_hh, b_ih, b_hh)\n"
        "        st = [np.where(on, nh, st[0]), np.where(on, nc, st[1])]\n"
        "        out[t] = np.where(on, nh, 0.0)\n"
        "    return out, tuple(st)\n",
    },
    {
        "id": "lengths_kevin2_inplace_h0_and_c_unmasked",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h = h0 and then h[mask] = ... writes the new states into the caller's h0 "
                "and c0 (in place)",
                "must_mention": [
                    {"any": ["h0", "c0", "input", "argument"]},
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in place",
                            "in-place",
                            "mutat",
                            "overwr",
                            "unchanged",
                            "writes into",
                            "wrote into",
                            "written",
                        ]
                    },
                ],
            },
            {
                "what": "the cell state is not masked: c keeps updating on padding, so c_n is "
                "wrong for sequences shorter than T",
                "must_mention": [
                    {"any": ["c_n", "cell"]},
                    {"any": ["pad", "mask", "freez", "frozen", "keep", "length", "last step"]},
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
        "    out = np.zeros((T, B, H))\n"
        "    h = h0\n"
        "    c = c0.copy()\n"
        "    for t in range(T):\n"
        "        on = np.asarray(lengths) > t\n"
        "        h_new, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[on] = h_new[on]\n"
        "        out[t][on] = h_new[on]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lengths_jonas2_hn_last_row_and_zero_init",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n is read from out[-1] (step T-1), which is zero for every sequence "
                "shorter than T, instead of the state at each sequence's own last step",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "last step",
                            "lengths[b] - 1",
                            "own last",
                            "length",
                            "T-1",
                            "T - 1",
                            "out[-1]",
                            "zero",
                        ]
                    },
                ],
            },
            {
                "what": "the state starts from zeros (the chapter's masked_lstm) instead of from "
                "h0, c0",
                "must_mention": [{"any": ["h0", "c0", "initial", "zero state", "start"]}],
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
        "    mask = np.arange(T)[:, None] < np.asarray(lengths)[None, :]\n"
        "    h = np.zeros((B, H))\n"
        "    c = np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = mask[t][:, None]\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out[t] = np.where(m, hn, 0.0)\n"
        "    return out, (out[-1], c)\n",
    },
    {
        "id": "bilengths_sofia_correct",
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]                  # (B, 1): is step t real?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)                   # frozen after the last real "
        "step\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    lengths = np.asarray(lengths)\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse each sequence's own real steps; padding stays at the end\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b, L in enumerate(lengths):\n"
        "        x_rev[:L, b] = x[:L, b][::-1]\n"
        "    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b, L in enumerate(lengths):\n"
        "        out_b[:L, b] = out_r[:L, b][::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bilengths_lena_correct_reverse_sweep",
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
        "    H = h0.shape[-1]\n"
        "    n_len = np.asarray(lengths)\n"
        "    y = np.zeros((T, B, 2 * H))\n"
        "    # causal branch, gated by the support of each sequence\n"
        "    h, c = h0[0], c0[0]\n"
        "    for n in range(T):\n"
        "        on = (n < n_len)[:, None]\n"
        "        h1, c1 = lstm_cell(x[n], h, c, *fwd)\n"
        "        h, c = np.where(on, h1, h), np.where(on, c1, c)\n"
        "        y[n, :, :H] = np.where(on, h1, 0.0)\n"
        "    hf, cf = h, c\n"
        "    # anti-causal branch: sweep n = T-1 .. 0; outside the support the state just "
        "waits at its initial value\n"
        "    h, c = h0[1], c0[1]\n"
        "    for n in range(T - 1, -1, -1):\n"
        "        on = (n < n_len)[:, None]\n"
        "        h1, c1 = lstm_cell(x[n], h, c, *bwd)\n"
        "        h, c = np.where(on, h1, h), np.where(on, c1, c)\n"
        "        y[n, :, H:] = np.where(on, h1, 0.0)\n"
        "    return y, (np.stack([hf, h]), np.stack([cf, c]))\n",
    },
    {
        "id": "bilengths_ravi_correct_per_sequence",
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
        "def _one_direction(seq, h, c, params):\n"
        '    """seq: (L, 1, I); h, c: (1, H). Plain loop over the real steps only."""\n'
        "    hs = []\n"
        "    for x_t in seq:\n"
        "        h, c = lstm_cell(x_t, h, c, *params)\n"
        "        hs.append(h[0])\n"
        "    return np.array(hs), h, c\n"
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
        "        seq = x[:L, b:b + 1]\n"
        "        ys, h, c = _one_direction(seq, h0[0, b:b + 1], c0[0, b:b + 1], fwd)\n"
        "        out[:L, b, :H] = ys\n"
        "        h_n[0, b], c_n[0, b] = h[0], c[0]\n"
        "        ys, h, c = _one_direction(seq[::-1], h0[1, b:b + 1], c0[1, b:b + 1], bwd)\n"
        "        out[:L, b, H:] = ys[::-1]\n"
        "        h_n[1, b], c_n[1, b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilengths_lena_correct_flip_roll",
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
        "    # like a packed batch: at step t only the sequences still running go through the "
        "cell\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        rows = np.flatnonzero(lengths > t)      # batch_sizes[t] = len(rows)\n"
        "        if rows.size == 0:\n"
        "            break                               # only padding left\n"
        "        h_r, c_r = lstm_cell(x[t, rows], h[rows], c[rows], W_ih, W_hh, b_ih, b_hh)\n"
        "        h[rows], c[rows] = h_r, c_r\n"
        "        out[t, rows] = h_r\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    lengths = np.asarray(lengths)\n"
        "    y_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # time-reverse, then circularly shift so every sequence's last real sample comes "
        "first\n"
        "    x_tr = np.empty_like(x)\n"
        "    for b, L in enumerate(lengths):\n"
        "        x_tr[:, b] = np.roll(np.flip(x[:, b], axis=0), L - T, axis=0)\n"
        "    y_tr, (hb, cb) = lstm_layer_lengths(x_tr, lengths, h0[1], c0[1], *bwd)\n"
        "    y_b = np.empty_like(y_tr)\n"
        "    for b, L in enumerate(lengths):\n"
        "        y_b[:, b] = np.flip(np.roll(y_tr[:, b], T - L, axis=0), axis=0)   # undo "
        "both\n"
        "    return np.concatenate([y_f, y_b], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bilengths_diego_reverse_on_padding",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs over the whole padded sequence flipped "
                "(starting at step T-1, on padding), not from each sequence's own last "
                "real step lengths[b]-1",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd", "row 1", "second half", "H:"]},
                    {
                        "any": [
                            "pad",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "last real",
                            "own last",
                            "T-1",
                            "T - 1",
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
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]                  # (B, 1): is step t real?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)                   # frozen after the last real "
        "step\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, :])[..., None]\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse direction: read the sequence backwards\n"
        "    h, c = h0[1], c0[1]\n"
        "    out_b = np.zeros((T, B, H))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, *bwd)\n"
        "        out_b[t] = h\n"
        "    out_b = out_b * mask                   # zero past each length\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([hf, h]), np.stack([cf, "
        "c]))\n",
    },
    {
        "id": "bilengths_jonas_reverse_out_not_unreversed",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are stored in reading order (position k "
                "holds the output for step lengths[b]-1-k) instead of being put back at "
                "the step they belong to",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd", "row 1", "second half", "H:"]},
                    {"any": ["order", "flip", "position", "align", "time", "revers", "back"]},
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]                  # (B, 1): is step t real?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)                   # frozen after the last real "
        "step\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    lens = np.asarray(lengths)\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lens, h0[0], c0[0], *fwd)\n"
        "    x_rev = x.copy()\n"
        "    for b in range(x.shape[1]):\n"
        "        n = lens[b]\n"
        "        x_rev[:n, b] = x[n - 1::-1, b]\n"
        "    out_b, (hb, cb) = lstm_layer_lengths(x_rev, lens, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bilengths_kai_hn_reverse_from_first_step",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] is the reverse output at step lengths[b]-1 (its FIRST step) "
                "instead of its final state after step 0",
                "must_mention": [
                    "h_n",
                    {"any": ["reverse", "backward", "bwd", "row 1", "second half", "H:"]},
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]                  # (B, 1): is step t real?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)                   # frozen after the last real "
        "step\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    lengths = np.asarray(lengths)\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    xr = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        xr[:lengths[b], b] = x[:lengths[b], b][::-1]\n"
        "    out_r, (_, cb) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b in range(B):\n"
        "        out_b[:lengths[b], b] = out_r[:lengths[b], b][::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    # final state of each direction = its output at the sequence's last step\n"
        "    hb = out_b[lengths - 1, np.arange(B)]\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bilengths_ravi_forward_unmasked",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the forward direction is run without the lengths (plain loop over all T "
                "steps): its outputs are not zero past each length and its h_n, c_n are "
                "the states after step T-1",
                "must_mention": [
                    {"any": ["forward", "row 0", ":H", "first half"]},
                    {"any": ["pad", "length", "mask", "zero", "T-1", "T - 1", "last step"]},
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]                  # (B, 1): is step t real?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)                   # frozen after the last real "
        "step\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    lengths = np.asarray(lengths)\n"
        "    # forward: padding comes after the real steps, so a plain run is fine\n"
        "    h, c = h0[0], c0[0]\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        "        outs.append(h)\n"
        "    out_f, hf, cf = np.stack(outs), h, c\n"
        "    # reverse: must start at each sequence's last real step\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        x_rev[:lengths[b], b] = x[lengths[b] - 1::-1, b]\n"
        "    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b in range(B):\n"
        "        out_b[:lengths[b], b] = out_r[lengths[b] - 1::-1, b]\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bilengths_lena_roll_wrong_sign",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "np.roll shifts the time-reversed sequence the wrong way (by T-L instead "
                "of L-T): for a sequence shorter than T the reverse direction reads "
                "padding and misses its own last real steps",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd", "row 1", "second half", "H:"]},
                    {
                        "any": [
                            "pad",
                            "start",
                            "shift",
                            "roll",
                            "lengths[b] - 1",
                            "last real",
                            "own last",
                            "misalign",
                            "wrong steps",
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
        "    # like a packed batch: at step t only the sequences still running go through the "
        "cell\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        rows = np.flatnonzero(lengths > t)      # batch_sizes[t] = len(rows)\n"
        "        if rows.size == 0:\n"
        "            break                               # only padding left\n"
        "        h_r, c_r = lstm_cell(x[t, rows], h[rows], c[rows], W_ih, W_hh, b_ih, b_hh)\n"
        "        h[rows], c[rows] = h_r, c_r\n"
        "        out[t, rows] = h_r\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    lengths = np.asarray(lengths)\n"
        "    y_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_tr = np.empty_like(x)\n"
        "    for b, L in enumerate(lengths):\n"
        "        # flip in time, then delay by the padding length so the real samples come "
        "first\n"
        "        x_tr[:, b] = np.roll(np.flip(x[:, b], axis=0), T - L, axis=0)\n"
        "    y_tr, (hb, cb) = lstm_layer_lengths(x_tr, lengths, h0[1], c0[1], *bwd)\n"
        "    y_b = np.empty_like(y_tr)\n"
        "    for b, L in enumerate(lengths):\n"
        "        y_b[:, b] = np.flip(np.roll(y_tr[:, b], L - T, axis=0), axis=0)\n"
        "    return np.concatenate([y_f, y_b], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bilengths_yusuf_reverse_pad_not_zero",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse half of out is not zeroed past each length: at padded steps "
                "it holds the reverse direction's waiting state (its initial h0[1])",
                "must_mention": [
                    {"any": ["zero"]},
                    {"any": ["reverse", "backward", "pad", "past", "second half", "H:"]},
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
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    lens = np.asarray(lengths)\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    hf, cf = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        on = (t < lens)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], hf, cf, *fwd)\n"
        "        hf = np.where(on, h_new, hf)\n"
        "        cf = np.where(on, c_new, cf)\n"
        "        out[t, :, :H] = np.where(on, h_new, 0.0)\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for t in reversed(range(T)):\n"
        "        on = (t < lens)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], hb, cb, *bwd)\n"
        "        hb = np.where(on, h_new, hb)\n"
        "        cb = np.where(on, c_new, cb)\n"
        "        out[t, :, H:] = hb\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bilengths_noor_h0_rows_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the initial states' rows are swapped: the forward direction starts from "
                "h0[1], c0[1] and the reverse one from h0[0], c0[0]",
                "must_mention": [
                    {"any": ["h0", "c0", "initial"]},
                    {"any": ["row", "swap", "revers", "direction", "forward", "h0[1]", "h0[0]"]},
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]                  # (B, 1): is step t real?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)                   # frozen after the last real "
        "step\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    lengths = np.asarray(lengths)\n"
        "    B = x.shape[1]\n"
        "    # h0[-1] is the last layer's forward state (like h_n[-1] in chapter 5)\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[-1], c0[-1], *fwd)\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        x_rev[:lengths[b], b] = x[:lengths[b], b][::-1]\n"
        "    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[0], c0[0], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b in range(B):\n"
        "        out_b[:lengths[b], b] = out_r[:lengths[b], b][::-1]\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bilengths_tomasz_slice_off_by_one",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the slice x[L:0:-1] is off by one: it reads x_L (padding) down to x_1 and "
                "never x_0; for a full-length sequence (L = T) it has only T-1 rows and "
                "the assignment raises",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd", "row 1", "second half", "H:"]},
                    {
                        "any": [
                            "slice",
                            "off by one",
                            "off-by-one",
                            "x_0",
                            "step 0",
                            "index",
                            "broadcast",
                            "shape",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "        m = (t < lengths)[:, None]                  # (B, 1): is step t real?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)                   # frozen after the last real "
        "step\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    lengths = np.asarray(lengths)\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        x_rev[:L, b] = x[L:0:-1, b]          # steps L-1 .. 0 reversed\n"
        "    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        out_b[:L, b] = out_r[:L, b][::-1]\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bilengths_aisha_stale_cache",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's result is memoised by (shape, lengths) only: a "
                "later call with the same sizes but different values (x, weights or h0) "
                "returns the stale reverse half from an earlier call",
                "must_mention": [
                    {
                        "any": [
                            "cache",
                            "stale",
                            "previous call",
                            "earlier call",
                            "memo",
                            "same result",
                            "depend",
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]                  # (B, 1): is step t real?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)                   # frozen after the last real "
        "step\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "_CACHE = {}\n"
        "\n"
        "\n"
        "def _reverse_within_lengths(a, lengths):\n"
        "    r = np.zeros_like(a)\n"
        "    for b, L in enumerate(lengths):\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd, use_cache=True):\n"
        "    lengths = np.asarray(lengths)\n"
        "    # the reverse pass is the expensive part: memoise it per batch layout\n"
        "    key = (x.shape, tuple(int(n) for n in lengths))\n"
        "    if use_cache and key in _CACHE:\n"
        "        out_b, hb, cb = _CACHE[key]\n"
        "    else:\n"
        "        x_rev = _reverse_within_lengths(x, lengths)\n"
        "        out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "        out_b = _reverse_within_lengths(out_r, lengths)\n"
        "        _CACHE[key] = (out_b, hb, cb)\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bilengths_sam_halves_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the two halves of out are concatenated as [reverse, forward] instead of "
                "[forward, reverse]",
                "must_mention": [
                    {"any": ["half", "halves", "order", "swap", "first H", "concaten", "H:", ":H"]}
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
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.zeros((B, H))\n"
        "    c_n = np.zeros((B, H))\n"
        "    # one sequence at a time, only its real steps (like packing)\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        h, c = h0[b:b + 1], c0[b:b + 1]\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b], c_n[b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    f_out, (f_h, f_c) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_back = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        x_back[:L, b] = np.flip(x[:L, b], axis=0)\n"
        "    b_out_rev, (b_h, b_c) = lstm_layer_lengths(x_back, lengths, h0[1], c0[1], *bwd)\n"
        "    b_out = np.zeros_like(b_out_rev)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        b_out[:L, b] = np.flip(b_out_rev[:L, b], axis=0)\n"
        "    out = np.concatenate((b_out, f_out), axis=2)\n"
        "    return out, (np.stack((f_h, b_h)), np.stack((f_c, b_c)))\n",
    },
    {
        "id": "bilengths_felix_cn_rows_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n's rows are in the wrong order: [reverse, forward] instead of "
                "[forward, reverse] (h_n is right)",
                "must_mention": [
                    "c_n",
                    {"any": ["row", "order", "swap", "direction", "revers", "forward"]},
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
        "    # like a packed batch: at step t only the sequences still running go through the "
        "cell\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        rows = np.flatnonzero(lengths > t)      # batch_sizes[t] = len(rows)\n"
        "        if rows.size == 0:\n"
        "            break                               # only padding left\n"
        "        h_r, c_r = lstm_cell(x[t, rows], h[rows], c[rows], W_ih, W_hh, b_ih, b_hh)\n"
        "        h[rows], c[rows] = h_r, c_r\n"
        "        out[t, rows] = h_r\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    B = x.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    o_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    xr = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        xr[:lengths[b], b] = x[:lengths[b], b][::-1]\n"
        "    o_r, (h_r, c_r) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    o_b = np.zeros_like(o_r)\n"
        "    for b in range(B):\n"
        "        o_b[:lengths[b], b] = o_r[:lengths[b], b][::-1]\n"
        "    h_n = np.stack([h_f, h_r])\n"
        "    c_n = np.stack([c_r, c_f])\n"
        "    return np.concatenate([o_f, o_b], axis=-1), (h_n, c_n)\n",
    },
    {
        "id": "bilengths_diego2_reverse_on_padding_and_halves",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs over the whole padded sequence flipped "
                "(starting at step T-1, on padding), not from each sequence's own last "
                "real step lengths[b]-1",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd", "row 1", "second half", "H:"]},
                    {
                        "any": [
                            "pad",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "last real",
                            "own last",
                            "T-1",
                            "T - 1",
                            "start",
                        ]
                    },
                ],
            },
            {
                "what": "the two halves of out are concatenated as [reverse, forward] instead of "
                "[forward, reverse]",
                "must_mention": [
                    {"any": ["half", "halves", "order", "swap", "first H", "concaten", "H:", ":H"]}
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]                  # (B, 1): is step t real?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)                   # frozen after the last real "
        "step\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    lengths = np.asarray(lengths)\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse direction: flip time, run with the same lengths mask, flip back\n"
        "    T = x.shape[0]\n"
        "    out_r, (hb, cb) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = out_r[::-1] * (np.arange(T)[:, None] < lengths[None, :])[..., None]\n"
        "    return np.concatenate([out_b, out_f], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bilengths_jonas2_not_unreversed_and_h0_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are stored in reading order (position k "
                "holds the output for step lengths[b]-1-k) instead of being put back at "
                "the step they belong to",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd", "row 1", "second half", "H:"]},
                    {"any": ["order", "flip", "position", "align", "time", "revers", "back"]},
                ],
            },
            {
                "what": "the initial states' rows are swapped: the forward direction starts from "
                "h0[1], c0[1] and the reverse one from h0[0], c0[0]",
                "must_mention": [
                    {"any": ["h0", "c0", "initial"]},
                    {"any": ["row", "swap", "revers", "direction", "forward", "h0[1]", "h0[0]"]},
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]                  # (B, 1): is step t real?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)                   # frozen after the last real "
        "step\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    lens = np.asarray(lengths)\n"
        "    B = x.shape[1]\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lens, h0[1], c0[1], *fwd)\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        x_rev[:lens[b], b] = x[:lens[b], b][::-1]\n"
        "    out_b, (hb, cb) = lstm_layer_lengths(x_rev, lens, h0[0], c0[0], *bwd)\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bilengths_yusuf2_reverse_pad_not_zero_and_cn_rows",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse half of out is not zeroed past each length: at padded steps "
                "it holds the reverse direction's waiting state (its initial h0[1])",
                "must_mention": [
                    {"any": ["zero"]},
                    {"any": ["reverse", "backward", "pad", "past", "second half", "H:"]},
                ],
            },
            {
                "what": "c_n's rows are in the wrong order: [reverse, forward] instead of "
                "[forward, reverse] (h_n is right)",
                "must_mention": [
                    "c_n",
                    {"any": ["row", "order", "swap", "direction", "revers", "forward"]},
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
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    L = np.asarray(lengths)[:, None]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    state_f = (h0[0], c0[0])\n"
        "    state_b = (h0[1], c0[1])\n"
        "    for t in range(T):\n"
        "        on = t < L\n"
        "        n = lstm_cell(x[t], *state_f, *fwd)\n"
        "        state_f = (np.where(on, n[0], state_f[0]), np.where(on, n[1], state_f[1]))\n"
        "        out[t, :, :H] = np.where(on, n[0], 0.0)\n"
        "        s = T - 1 - t\n"
        "        on = s < L\n"
        "        n = lstm_cell(x[s], *state_b, *bwd)\n"
        "        state_b = (np.where(on, n[0], state_b[0]), np.where(on, n[1], state_b[1]))\n"
        "        out[s, :, H:] = state_b[0]\n"
        "    h_n = np.stack([state_f[0], state_b[0]])\n"
        "    c_n = np.stack([state_b[1], state_f[1]])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilengths_ravi2_forward_unmasked_and_hn_first_step",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the forward direction is run without the lengths (plain loop over all T "
                "steps): its outputs are not zero past each length and its h_n, c_n are "
                "the states after step T-1",
                "must_mention": [
                    {"any": ["forward", "row 0", ":H", "first half"]},
                    {"any": ["pad", "length", "mask", "zero", "T-1", "T - 1", "last step"]},
                ],
            },
            {
                "what": "h_n[1] is the reverse output at step lengths[b]-1 (its FIRST step) "
                "instead of its final state after step 0",
                "must_mention": [
                    "h_n",
                    {"any": ["reverse", "backward", "bwd", "row 1", "second half", "H:"]},
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]                  # (B, 1): is step t real?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)                   # frozen after the last real "
        "step\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    lengths = np.asarray(lengths)\n"
        "    hs, h, c = [], h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        "        hs.append(h)\n"
        "    out_f = np.stack(hs)\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        x_rev[:lengths[b], b] = x[:lengths[b], b][::-1]\n"
        "    out_r, (_, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    hb = out_r[0]                         # the reverse direction's last output\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b in range(B):\n"
        "        out_b[:lengths[b], b] = out_r[:lengths[b], b][::-1]\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([h, hb]), np.stack([c, "
        "cb]))\n",
    },
]
