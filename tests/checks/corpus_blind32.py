# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The thirty-second blind corpus, kept as its two authors wrote it (/work/blind32a and /work/blind32b,
split by graded names as for corpora 10-31; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora (they imported a frozen copy of lstm_ref
alone for their single run; both report having read nothing else; author A read the sample
failure message in the students' guide, which is material), each asked to invent a cast of at
least ten students in an online bootcamp of career-changers with a few R, MATLAB and Julia users:
comprehensions, closures, reduce over time, chatbot answers with one slip, 1-based and
column-major habits, home-made sigmoids (float128, math.exp), dict subclasses and built key
strings in ScratchLSTM; backward passes through a tiny home-made autograd, einsum subscripts,
per-row np.outer, masked arrays, cumsum masks, 1-based lengths, reverse parameters unpacked in
another order. Run on 458dc05 (after the twenty-ninth round); the words a message must contain
were fixed before its first run. First run there, by the word test at seed 7: 160 of 176 wrong
versions named (91%: author A 96 of 102, author B 64 of 74), 1 passing (σ returned as float128,
right values), no false alarm. By its authors' reading (every mistake of an entry named, the
checks called with their default cases): 91 of 102 (89%) and 63 of 74 (85%), doubles with both
named 20 of 24 and 12 of 17, 3 wrong causes (blocks numbered from 1 said as ONNX's order with two
outputs exchanged; a forget gate reading the output gate's rows said as the two exchanged; the
state made for None said (B, I) where it was (H, B), the same error by a coincidence of sizes)
and 2 false side claims. See tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_ok_masks",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Abebe: split positives and negatives so exp only ever sees non-positive "
        "numbers\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    neg = ~pos\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[neg])          # z < 0 here so ez is in (0, 1)\n"
        "    out[neg] = ez / (1.0 + ez)\n"
        "    return out\n",
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
        "# Tomás: in Julia I'd write exp(-log1pexp(-z)); numpy has logaddexp(0, t) = log(1 + "
        "e^t)\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n",
    },
    {
        "id": "sig_ok_tanh_identity",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Hana, from my formula sheet:  sigma(z) = (1 + tanh(z/2)) / 2\n"
        "    # tanh saturates at +-1 instead of overflowing, so no exp warnings\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n",
    },
    {
        "id": "sig_ok_math_loop",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Lena: one number at a time, I like to see what happens\n"
        "    arr = np.asarray(z, dtype=np.float64)\n"
        "    flat = arr.ravel()\n"
        "    result = np.zeros(flat.shape[0])\n"
        "    for n in range(flat.shape[0]):\n"
        "        v = float(flat[n])\n"
        "        if v >= 0:\n"
        "            result[n] = 1.0 / (1.0 + math.exp(-v))\n"
        "        else:\n"
        "            ev = math.exp(v)          # small, never overflows\n"
        "            result[n] = ev / (1.0 + ev)\n"
        "    return result.reshape(arr.shape)\n",
    },
    {
        "id": "sig_naive_overflow",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive 1/(1+exp(-z)) overflows (RuntimeWarning) for large negative z",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Priya: straight from the formula\n"
        "    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "sig_where_both_branches",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where evaluates both formulas on every element, so exp(-z) and exp(z) "
                "overflow and warn for |z| large",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable sigmoid function (avoids overflow for large negative '
        'inputs)."""\n'
        "    z = np.array(z, dtype=np.float64)\n"
        "    # Use different formulas for positive and negative values to avoid overflow\n"
        "    return np.where(z >= 0,\n"
        "                    1 / (1 + np.exp(-z)),\n"
        "                    np.exp(z) / (1 + np.exp(z)))\n",
    },
    {
        "id": "sig_tanh_missing_half",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "uses 0.5*(1+tanh(z)) instead of tanh(z/2): computes sigmoid(2z)",
                "must_mention": [
                    {
                        "any": [
                            "tanh",
                            "2z",
                            "2*z",
                            "2 * z",
                            "z/2",
                            "z / 2",
                            "twice",
                            "half",
                            "scale",
                            "factor",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Hana (first try): logistic via tanh, which never overflows\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return 0.5 * (1.0 + np.tanh(z))\n",
    },
    {
        "id": "sig_loop_loses_shape",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the flattened 1-D array instead of the input's shape",
                "must_mention": ["shape"],
            }
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Lena: loop over every number\n"
        "    values = np.asarray(z, dtype=np.float64).ravel()\n"
        "    result = np.zeros(len(values))\n"
        "    for n, v in enumerate(values):\n"
        "        if v >= 0:\n"
        "            result[n] = 1.0 / (1.0 + math.exp(-v))\n"
        "        else:\n"
        "            ev = math.exp(v)\n"
        "            result[n] = ev / (1.0 + ev)\n"
        "    return result\n",
    },
    {
        "id": "sig_clip_20",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips z to [-20, 20], so values for |z| > ~23 are wrong by up to 2e-9",
                "must_mention": [
                    {
                        "any": [
                            "clip",
                            "clamp",
                            "saturat",
                            "large",
                            "|z|",
                            "magnitude",
                            "extreme",
                            "tail",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Kevin: from a forum answer -- \"clip the input so exp can't overflow,\n"
        '    # sigmoid is basically 0 or 1 out there anyway"\n'
        "    z = np.clip(np.asarray(z, dtype=np.float64), -20.0, 20.0)\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_float32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "computes in float32, returns float32",
                "must_mention": [
                    {"any": ["float64", "dtype", "float32", "float128", "longdouble"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "# Tomás: Float32 is what I always use in Flux\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n",
    },
    {
        "id": "sig_inplace_overwrites_input",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the result into the input array z (mutates the caller's array)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "inplace",
                            "unchanged",
                            "overwr",
                            "changed",
                            "changes",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Raj: reuse z's memory instead of allocating a new array\n"
        "    neg = z < 0\n"
        "    e = np.exp(-np.abs(z))\n"
        "    z[...] = 1.0 / (1.0 + e)\n"
        "    z[neg] = e[neg] / (1.0 + e[neg])\n"
        "    return z\n",
    },
    {
        "id": "sig_negative_branch_sign",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "for z < 0 computes 1/(1+exp(z)) = sigmoid(-z) instead of "
                "exp(z)/(1+exp(z))",
                "must_mention": [
                    {
                        "any": [
                            "negative",
                            "z < 0",
                            "z<0",
                            "sign",
                            "σ(-z)",
                            "sigmoid(-z)",
                            "1 - σ",
                            "mirror",
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
        "    # Ingrid: logical indexing like in MATLAB, y(idx) = ...\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    y = np.zeros(z.shape)\n"
        "    idx = z >= 0\n"
        "    y[idx] = 1 / (1 + np.exp(-z[idx]))\n"
        "    y[~idx] = 1 / (1 + np.exp(z[~idx]))      # negative side: flip the sign so exp "
        "stays small\n"
        "    return y\n",
    },
    {
        "id": "sig_python_if_not_elementwise",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "uses a Python if on the whole array: fails (ambiguous truth value) for "
                "arrays with more than one element",
                "must_mention": [
                    {
                        "any": [
                            "ambiguous",
                            "truth value",
                            "elementwise",
                            "element-wise",
                            "scalar",
                            "if ",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Ingrid (first version): the two formulas from the hint\n"
        "    if z >= 0:\n"
        "        return 1 / (1 + np.exp(-z))\n"
        "    else:\n"
        "        return np.exp(z) / (1 + np.exp(z))\n",
    },
    {
        "id": "sig_float128",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "computes and returns np.float128 (longdouble) instead of float64",
                "must_mention": [
                    {"any": ["float64", "dtype", "float32", "float128", "longdouble"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Hana: extended precision has a much bigger exponent range, exp(1000) fits\n"
        "    z = np.asarray(z, dtype=np.float128)\n"
        "    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "sig2_rounding_and_flat",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "rounds every value to 8 decimals (errors up to 5e-9)",
                "must_mention": [{"any": ["round", "decimal", "precision", "digits"]}],
            },
            {
                "what": "returns a flat 1-D array instead of the input's shape",
                "must_mention": ["shape"],
            },
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Lena: my formula sheet rounds everything to 8 places\n"
        "    out = []\n"
        "    for v in np.asarray(z, dtype=np.float64).flatten():\n"
        "        try:\n"
        "            s = 1.0 / (1.0 + math.exp(-v))\n"
        "        except OverflowError:       # math.exp raises instead of warning\n"
        "            s = 0.0\n"
        "        out.append(round(s, 8))\n"
        "    return np.array(out)\n",
    },
    {
        "id": "sig2_float32_and_negative_sign",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "computes in float32, returns float32",
                "must_mention": [
                    {"any": ["float64", "dtype", "float32", "float128", "longdouble"]}
                ],
            },
            {
                "what": "for z < 0 computes 1/(1+exp(z)) = sigmoid(-z)",
                "must_mention": [
                    {
                        "any": [
                            "negative",
                            "z < 0",
                            "z<0",
                            "sign",
                            "σ(-z)",
                            "sigmoid(-z)",
                            "1 - σ",
                            "mirror",
                            "flipped",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "# Tomás, second version: broadcasted like sigmoid.(z) in Julia\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)\n"
        "    pos = 1 / (1 + np.exp(-np.maximum(z, 0)))\n"
        "    neg = 1 / (1 + np.exp(np.minimum(z, 0)))\n"
        "    return np.where(z >= 0, pos, neg)\n",
    },
    {
        "id": "sig2_inplace_and_tanh_scale",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "overwrites the input array z in place",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "inplace",
                            "unchanged",
                            "overwr",
                            "changed",
                            "changes",
                        ]
                    }
                ],
            },
            {
                "what": "uses tanh(z) instead of tanh(z/2): computes sigmoid(2z)",
                "must_mention": [
                    {
                        "any": [
                            "tanh",
                            "2z",
                            "2*z",
                            "2 * z",
                            "z/2",
                            "z / 2",
                            "twice",
                            "half",
                            "scale",
                            "factor",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Raj: tanh never overflows; do it in place to save memory\n"
        "    np.tanh(z, out=z)\n"
        "    z += 1.0\n"
        "    z *= 0.5\n"
        "    return z\n",
    },
    {
        "id": "gates_ok_vectorised",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Abebe: split positives and negatives so exp only ever sees non-positive "
        "numbers\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    neg = ~pos\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[neg])          # z < 0 here so ez is in (0, 1)\n"
        "    out[neg] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh      # (B, 4H)\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_ok_dict_per_gate",
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
        "    # Raj: one little dict per gate, easier for me to debug\n"
        "    H = W_hh.shape[1]\n"
        '    names = ["i", "f", "g", "o"]\n'
        "    rows = {n: slice(k * H, (k + 1) * H) for k, n in enumerate(names)}\n"
        "    pre = {n: x @ W_ih[r].T + h @ W_hh[r].T + b_ih[r] + b_hh[r] for n, r in "
        "rows.items()}\n"
        '    act = {n: (np.tanh if n == "g" else sigmoid)(v) for n, v in pre.items()}\n'
        "    return tuple(act[n] for n in names)\n",
    },
    {
        "id": "gates_ok_column_major",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "# Tomás: in Julia I'd write exp(-log1pexp(-z)); numpy has logaddexp(0, t) = log(1 + "
        "e^t)\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Ingrid: I think in columns (like W*x + b in MATLAB), transpose back at the end\n"
        "    Z = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]    # (4H, B)\n"
        "    n = Z.shape[0] // 4\n"
        "    i = sigmoid(Z[0:n, :]).T\n"
        "    f = sigmoid(Z[n:2 * n, :]).T\n"
        "    g = np.tanh(Z[2 * n:3 * n, :]).T\n"
        "    o = sigmoid(Z[3 * n:4 * n, :]).T\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_chatbot_ifog_order",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "splits the stacked pre-activations as i, f, o, g: g and o swapped",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "exchang",
                            "interchang",
                            "g and o",
                            "o and g",
                            "i, f, o, g",
                            "ifog",
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
        '    """\n'
        "    Compute the LSTM gate activations.\n"
        "\n"
        "    PyTorch stacks the gates as: input, forget, output, cell.\n"
        '    """\n'
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i_gate, f_gate, o_gate, g_gate = np.split(gates, 4, axis=1)\n"
        "    i = sigmoid(i_gate)\n"
        "    f = sigmoid(f_gate)\n"
        "    g = np.tanh(g_gate)\n"
        "    o = sigmoid(o_gate)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_all_sigmoid",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {"what": "applies sigmoid to g instead of tanh", "must_mention": ["sigmoid", "tanh"]}
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Abebe: split positives and negatives so exp only ever sees non-positive "
        "numbers\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    neg = ~pos\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[neg])          # z < 0 here so ez is in (0, 1)\n"
        "    out[neg] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Priya: all four gates in one go\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = [sigmoid(z[:, k * H:(k + 1) * H]) for k in range(4)]\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_missing_b_hh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {"what": "adds only b_ih, b_hh is missing", "must_mention": [{"any": ["b_hh", "bias"]}]}
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Hana, from my formula sheet:  sigma(z) = (1 + tanh(z/2)) / 2\n"
        "    # tanh saturates at +-1 instead of overflowing, so no exp warnings\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Kevin: b_ih and b_hh just get added together, one bias term is enough\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    H = pre.shape[1] // 4\n"
        "    i, f, g, o = (pre[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_fortran_reshape_interleaved",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "column-major reshape (B,4,H) order='F' takes interleaved columns k, k+4, "
                "... instead of contiguous blocks of H",
                "must_mention": [
                    {
                        "any": [
                            "interleav",
                            "column-major",
                            "fortran",
                            "order=",
                            "order='f'",
                            "stride",
                            "every fourth",
                            "every 4th",
                            "contiguous",
                            "block",
                            "reshape",
                        ]
                    }
                ],
            }
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Lena: one number at a time, I like to see what happens\n"
        "    arr = np.asarray(z, dtype=np.float64)\n"
        "    flat = arr.ravel()\n"
        "    result = np.zeros(flat.shape[0])\n"
        "    for n in range(flat.shape[0]):\n"
        "        v = float(flat[n])\n"
        "        if v >= 0:\n"
        "            result[n] = 1.0 / (1.0 + math.exp(-v))\n"
        "        else:\n"
        "            ev = math.exp(v)          # small, never overflows\n"
        "            result[n] = ev / (1.0 + ev)\n"
        "    return result.reshape(arr.shape)\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Marco: like array(Z, dim = c(B, 4, H)) in R\n"
        "    B = x.shape[0]\n"
        "    H = h.shape[1]\n"
        "    Z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        '    Z3 = Z.reshape((B, 4, H), order="F")\n'
        "    i = sigmoid(Z3[:, 0, :])\n"
        "    f = sigmoid(Z3[:, 1, :])\n"
        "    g = np.tanh(Z3[:, 2, :])\n"
        "    o = sigmoid(Z3[:, 3, :])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_columns_not_transposed_back",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "computes gates as (H, B) columns and does not transpose back to (B, H)",
                "must_mention": [{"any": ["transpos", "(H, B)", "(h, b)", "shape"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
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
        "    # Ingrid: column vectors, W*x + b like in MATLAB\n"
        "    Z = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh).reshape(-1, 1)\n"
        "    n = W_hh.shape[1]\n"
        "    i = sigmoid(Z[0:n, :])\n"
        "    f = sigmoid(Z[n:2*n, :])\n"
        "    g = np.tanh(Z[2*n:3*n, :])\n"
        "    o = sigmoid(Z[3*n:4*n, :])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_H_from_input_size",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "takes the block size from x.shape[-1] (input size I) instead of H: wrong "
                "whenever I != H",
                "must_mention": [
                    {
                        "any": [
                            "input size",
                            "input_size",
                            "x.shape",
                            "I instead of H",
                            "I ≠ H",
                            "I != H",
                            "x's",
                            "from x",
                            "features of x",
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
        "    n = x.shape[-1]   # number of units\n"
        "    z = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    i = sigmoid(z[:, :n])\n"
        "    f = sigmoid(z[:, n:2*n])\n"
        "    g = np.tanh(z[:, 2*n:3*n])\n"
        "    o = sigmoid(z[:, 3*n:])\n"
        "    return (i, f, g, o)\n",
    },
    {
        "id": "gates_forget_bias_plus_one",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "adds a constant +1 to the forget gate's pre-activation",
                "must_mention": [
                    "forget",
                    {"any": ["+1", "+ 1", "1.0", "extra", "offset", "constant", "shift", "added"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Abebe: split positives and negatives so exp only ever sees non-positive "
        "numbers\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    neg = ~pos\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[neg])          # z < 0 here so ez is in (0, 1)\n"
        "    out[neg] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "FORGET_BIAS = 1.0   # Sofia: as in TensorFlow's LSTMCell / Jozefowicz et al. 2015\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(pre, 4, axis=1)\n"
        "    i = sigmoid(a_i)\n"
        "    f = sigmoid(a_f + FORGET_BIAS)     # remember by default\n"
        "    g = np.tanh(a_g)\n"
        "    o = sigmoid(a_o)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_split_batch_axis",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.split without axis=1 splits the batch axis instead of the 4H gate axis",
                "must_mention": [{"any": ["axis", "batch"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "# Tomás: in Julia I'd write exp(-log1pexp(-z)); numpy has logaddexp(0, t) = log(1 + "
        "e^t)\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Tomás: the four blocks, like Flux's multigate\n"
        "    Z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = np.split(Z, 4)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_float32_cast",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "casts to float32; gates returned as float32",
                "must_mention": [
                    {"any": ["float64", "dtype", "float32", "float128", "longdouble"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
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
        '    """\n'
        "    Computes the LSTM gates efficiently.\n"
        "    Inputs are cast to float32 for faster matrix multiplication.\n"
        '    """\n'
        "    x = x.astype(np.float32)\n"
        "    h = h.astype(np.float32)\n"
        "    gates = x @ W_ih.T.astype(np.float32) + h @ W_hh.T.astype(np.float32) + (b_ih + "
        "b_hh).astype(np.float32)\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(gates[:, :H]).astype(np.float32)\n"
        "    f = sigmoid(gates[:, H:2 * H]).astype(np.float32)\n"
        "    g = np.tanh(gates[:, 2 * H:3 * H])\n"
        "    o = sigmoid(gates[:, 3 * H:]).astype(np.float32)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_naive_sigmoid_overflow",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "own sigmoid 1/(1+exp(-z)) overflows for large negative pre-activations",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Priya: straight from the formula\n"
        "    return 1 / (1 + np.exp(-z))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(z[:, :H])\n"
        "    f = sigmoid(z[:, H:2*H])\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    o = sigmoid(z[:, 3*H:])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_bias_inplace_modifies_b_ih",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "bias = b_ih; bias += b_hh modifies the caller's b_ih in place",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "inplace",
                            "unchanged",
                            "overwr",
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Raj: fold the two biases together first\n"
        "    bias = b_ih\n"
        "    bias += b_hh\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + bias\n"
        "    H = h.shape[1]\n"
        '    blocks = {name: pre[:, k * H:(k + 1) * H] for k, name in enumerate("ifgo")}\n'
        '    return (sigmoid(blocks["i"]), sigmoid(blocks["f"]), np.tanh(blocks["g"]), '
        'sigmoid(blocks["o"]))\n',
    },
    {
        "id": "gates_returns_dict",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a dict instead of the tuple (i, f, g, o)",
                "must_mention": [{"any": ["tuple", "dict"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
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
        "    # Raj: a dict is clearer than a tuple\n"
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        '    acts = {"i": sigmoid, "f": sigmoid, "g": np.tanh, "o": sigmoid}\n'
        "    return {name: fn(pre[:, k * H:(k + 1) * H]) for k, (name, fn) in "
        "enumerate(acts.items())}\n",
    },
    {
        "id": "gates_one_based_blocks",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "1-based block numbering: block k*H:(k+1)*H for k=1..4, so every gate "
                "reads the next gate's rows and o is empty",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "shift",
                            "1-based",
                            "one-based",
                            "next gate",
                            "by one block",
                            "k+1",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Marco: gates number 1..4 (i, f, g, o)\n"
        "    H = h.shape[1]\n"
        "    Z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    blocks = []\n"
        "    for k in range(1, 5):\n"
        "        blocks.append(Z[:, k * H:(k + 1) * H])\n"
        "    i = sigmoid(blocks[0])\n"
        "    f = sigmoid(blocks[1])\n"
        "    g = np.tanh(blocks[2])\n"
        "    o = sigmoid(blocks[3])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates2_ifog_and_missing_b_hh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "gate order i, f, o, g: g and o swapped",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "exchang",
                            "interchang",
                            "g and o",
                            "o and g",
                            "i, f, o, g",
                            "ifog",
                        ]
                    }
                ],
            },
            {
                "what": "adds only b_ih, b_hh is missing",
                "must_mention": [{"any": ["b_hh", "bias"]}],
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
        '    """\n'
        "    LSTM gates. Gate order in the stacked weights: input, forget, output, cell (i, f, "
        "o, g).\n"
        '    """\n'
        "    z = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih  # bias term\n"
        "    H = z.shape[1] // 4\n"
        "    i = sigmoid(z[:, 0:H])\n"
        "    f = sigmoid(z[:, H:2 * H])\n"
        "    o = sigmoid(z[:, 2 * H:3 * H])\n"
        "    g = np.tanh(z[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates2_all_sigmoid_and_H_from_x",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {"what": "applies sigmoid to g instead of tanh", "must_mention": ["sigmoid", "tanh"]},
            {
                "what": "block size taken from x.shape[1] (input size) instead of H",
                "must_mention": [
                    {
                        "any": [
                            "input size",
                            "input_size",
                            "x.shape",
                            "I instead of H",
                            "I ≠ H",
                            "I != H",
                            "x's",
                            "from x",
                            "features of x",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Kevin: from a forum answer -- \"clip the input so exp can't overflow,\n"
        '    # sigmoid is basically 0 or 1 out there anyway"\n'
        "    z = np.clip(np.asarray(z, dtype=np.float64), -500.0, 500.0)\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Kevin: map the same activation over the four blocks\n"
        "    n = x.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    return tuple(map(sigmoid, (z[:, k * n:(k + 1) * n] for k in range(4))))\n",
    },
    {
        "id": "gates2_float32_and_bias_inplace",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "float32 results",
                "must_mention": [
                    {"any": ["float64", "dtype", "float32", "float128", "longdouble"]}
                ],
            },
            {
                "what": "bias += b_hh modifies the caller's b_ih",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "inplace",
                            "unchanged",
                            "overwr",
                            "changed",
                            "changes",
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Raj: float32 is plenty for gates (values are in [0,1] anyway)\n"
        "    bias = b_ih\n"
        "    bias += b_hh\n"
        "    pre = (x @ W_ih.T + h @ W_hh.T + bias).astype(np.float32)\n"
        "    H = h.shape[1]\n"
        "    i, f, g, o = (pre[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    return sigmoid(i).astype(np.float32), sigmoid(f).astype(np.float32), np.tanh(g), "
        "sigmoid(o).astype(np.float32)\n",
    },
    {
        "id": "gates2_not_transposed_and_naive_sigmoid",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "gates left as (H, B), not transposed back to (B, H)",
                "must_mention": [{"any": ["transpos", "(H, B)", "(h, b)", "shape"]}],
            },
            {
                "what": "naive sigmoid overflows for large negative pre-activations",
                "must_mention": ["overflow"],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Priya: straight from the formula\n"
        "    return 1 / (1 + np.exp(-z))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Ingrid: W*x + b, column vectors\n"
        "    Z = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, np.newaxis]\n"
        "    n = W_hh.shape[1]\n"
        "    return sigmoid(Z[:n]), sigmoid(Z[n:2*n]), np.tanh(Z[2*n:3*n]), "
        "sigmoid(Z[3*n:])\n",
    },
    {
        "id": "cell_ok_plain",
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
        "    # Sofia\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(z[:, :H])\n"
        "    f = sigmoid(z[:, H:2 * H])\n"
        "    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "    o = sigmoid(z[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_ok_columns",
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
        "    # Ingrid: columns are examples, like in my MATLAB course\n"
        "    xt, ht, ct = x.T, h.T, c.T                        # (I, B), (H, B), (H, B)\n"
        "    Z = W_ih @ xt + W_hh @ ht + b_ih[:, None] + b_hh[:, None]\n"
        "    n = ht.shape[0]\n"
        "    ig, fg, gg, og = Z[:n], Z[n:2 * n], Z[2 * n:3 * n], Z[3 * n:]\n"
        "    c_new = sigmoid(fg) * ct + sigmoid(ig) * np.tanh(gg)\n"
        "    h_new = sigmoid(og) * np.tanh(c_new)\n"
        "    return h_new.T, c_new.T\n",
    },
    {
        "id": "cell_ok_einsum",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "# Tomás: in Julia I'd write exp(-log1pexp(-z)); numpy has logaddexp(0, t) = log(1 + "
        "e^t)\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Tomás: view the stacked weights as (gate, unit, feature) and contract with "
        "einsum\n"
        "    H = h.shape[-1]\n"
        "    Wx = W_ih.reshape(4, H, -1)\n"
        "    Wh = W_hh.reshape(4, H, H)\n"
        "    b = (b_ih + b_hh).reshape(4, H)\n"
        '    a = np.einsum("bi,gui->gbu", x, Wx) + np.einsum("bk,guk->gbu", h, Wh) + b[:, '
        "None, :]\n"
        "    i, f, o = sigmoid(a[0]), sigmoid(a[1]), sigmoid(a[3])\n"
        "    g = np.tanh(a[2])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_returns_c_then_h",
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
                            "swapped",
                            "exchang",
                            "reversed",
                            "(c, h)",
                            "c_next first",
                            "h first",
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
        "    # Priya\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = [z[:, k * H:(k + 1) * H] for k in range(4)]\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return c_next, h_next   # new cell state and new hidden state\n",
    },
    {
        "id": "cell_h_without_tanh",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {"what": "h_next = o * c_next: the tanh of c_next is missing", "must_mention": ["tanh"]}
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """\n'
        "    Performs a single LSTM cell step.\n"
        "\n"
        "    Returns:\n"
        "        h_next: next hidden state\n"
        "        c_next: next cell state\n"
        '    """\n'
        "    gates = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    i, f, g, o = np.split(gates, 4, axis=1)\n"
        "    i = sigmoid(i)\n"
        "    f = sigmoid(f)\n"
        "    g = np.tanh(g)\n"
        "    o = sigmoid(o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * c_next\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_tanh_around_o",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = tanh(o * c_next) instead of o * tanh(c_next)",
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
        "    # Kevin\n"
        "    n = h.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    gate = lambda k, fn=sigmoid: fn(pre[:, k * n:(k + 1) * n])\n"
        "    i, f, g, o = gate(0), gate(1), gate(2, np.tanh), gate(3)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = np.tanh(o * c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_forget_times_h",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = f * h + i * g: multiplies the forget gate by the previous hidden "
                "state h instead of c",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "h_prev",
                            "h instead",
                            "hidden state",
                            "(h)",
                            "`h`",
                            " h ",
                            "previous h",
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
        "    # Marco\n"
        "    nh = ncol = h.shape[1]\n"
        "    Z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i_t = sigmoid(Z[:, 0:nh])\n"
        "    f_t = sigmoid(Z[:, nh:2*nh])\n"
        "    g_t = np.tanh(Z[:, 2*nh:3*nh])\n"
        "    o_t = sigmoid(Z[:, 3*nh:4*nh])\n"
        "    c_t = f_t * h + i_t * g_t      # keep part of the previous state, add the new "
        "part\n"
        "    h_t = o_t * np.tanh(c_t)\n"
        "    return h_t, c_t\n",
    },
    {
        "id": "cell_updates_c_in_place",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c *= f; c += i*g modifies the caller's c in place",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "inplace",
                            "unchanged",
                            "overwr",
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
        "    # Raj: update the cell state in place, no extra arrays\n"
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        '    gates = {name: pre[:, k * H:(k + 1) * H] for k, name in enumerate("ifgo")}\n'
        '    i, f, o = (sigmoid(gates[n]) for n in "ifo")\n'
        '    g = np.tanh(gates["g"])\n'
        "    c *= f\n"
        "    c += i * g\n"
        "    h_next = o * np.tanh(c)\n"
        "    return h_next, c\n",
    },
    {
        "id": "cell_vectorize_math_exp_overflow",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "own sigmoid with math.exp raises OverflowError for pre-activations below "
                "about -709",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "# Lena: my own sigmoid, the formula from the sheet, applied to every element\n"
        "sigmoid = np.vectorize(lambda v: 1.0 / (1.0 + math.exp(-v)))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(pre[:, 0:H])\n"
        "    f = sigmoid(pre[:, H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_forget_reads_output_rows",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "forget gate reads the output gate's rows 3H:4H instead of H:2H",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "rows",
                            "slice",
                            "block",
                            "output gate",
                            "o's",
                            "3H",
                            "W_ho",
                            "W_io",
                            "o gate",
                            "gate o",
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
        "    # Sofia (draft 1)\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(z[:, 0 * H:1 * H])\n"
        "    f = sigmoid(z[:, 3 * H:4 * H])\n"
        "    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "    o = sigmoid(z[:, 3 * H:4 * H])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_h_uses_old_c",
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
                            "previous",
                            "old",
                            "c_prev",
                            "c instead",
                            "c_next",
                            "new cell",
                            "updated",
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
        "    # Kevin (v2)\n"
        "    n = h.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = (pre[:, k * n:(k + 1) * n] for k in range(4))\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    h_next = o * np.tanh(c)\n"
        "    c_next = f * c + i * g\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_reshape_instead_of_transpose",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "reshapes W_ih to (I, 4H) and W_hh to (H, 4H) instead of transposing",
                "must_mention": [{"any": ["transpos", "reshape", ".T"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Ingrid: weights need to be (I, 4H) for x @ W, so reshape them\n"
        "    I = x.shape[1]\n"
        "    H = h.shape[1]\n"
        "    Wx = W_ih.reshape(I, 4 * H)\n"
        "    Wh = W_hh.reshape(H, 4 * H)\n"
        "    Z = x @ Wx + h @ Wh + b_ih + b_hh\n"
        "    i = sigmoid(Z[:, :H]); f = sigmoid(Z[:, H:2*H]); g = np.tanh(Z[:, 2*H:3*H]); o = "
        "sigmoid(Z[:, 3*H:])\n"
        "    c_next = f .__mul__(c) + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_ravel_c_broadcast",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "flattens c to a vector: broadcasting fails (or is wrong) for batches "
                "larger than 1",
                "must_mention": [
                    {"any": ["broadcast", "ravel", "flatten", "reshape", "batch", "B > 1", "B>1"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "# Tomás: in Julia I'd write exp(-log1pexp(-z)); numpy has logaddexp(0, t) = log(1 + "
        "e^t)\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Tomás: state as a plain vector, like Julia's c::Vector\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = (a[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    cvec = c.ravel()\n"
        "    c_next = sigmoid(f) * cvec + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_tanh_applied_twice_to_g",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "g already has tanh; c_next uses tanh(g) again",
                "must_mention": ["tanh", {"any": ["twice", "double", "again", "two"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Hana: candidate g is tanh of its pre-activation\n"
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(pre[:, :H])\n"
        "    f = sigmoid(pre[:, H:2*H])\n"
        "    g = np.tanh(pre[:, 2*H:3*H])\n"
        "    o = sigmoid(pre[:, 3*H:])\n"
        "    c_next = f * c + i * np.tanh(g)\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_coupled_input_gate",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = f*c + (1 - f)*g: uses 1 - f instead of the input gate i",
                "must_mention": [
                    {"any": ["1 - f", "1-f", "(1 - f)", "input gate", "i_t", "coupled"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """\n'
        "    LSTM cell forward pass.\n"
        "    The forget gate decides what to keep; (1 - f) decides what new information to "
        "add.\n"
        '    """\n'
        "    H = h.shape[1]\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(gates[:, :H])\n"
        "    f = sigmoid(gates[:, H:2*H])\n"
        "    g = np.tanh(gates[:, 2*H:3*H])\n"
        "    o = sigmoid(gates[:, 3*H:])\n"
        "    c_next = f * c + (1 - f) * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_float32_results",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns float32 arrays",
                "must_mention": [
                    {"any": ["float64", "dtype", "float32", "float128", "longdouble"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Priya: float32 like in the pytorch tutorials\n"
        "    H = h.shape[1]\n"
        "    z = (x @ W_ih.T + h @ W_hh.T + b_ih + b_hh).astype(np.float32)\n"
        "    i, f, g, o = [z[:, k * H:(k + 1) * H] for k in range(4)]\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next.astype(np.float32), c_next.astype(np.float32)\n",
    },
    {
        "id": "cell2_swapped_return_and_no_tanh",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c, h) instead of (h, c)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "swapped",
                            "exchang",
                            "reversed",
                            "(c, h)",
                            "c_next first",
                            "h first",
                        ]
                    }
                ],
            },
            {"what": "h = o * c without tanh", "must_mention": ["tanh"]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Priya v2\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = [z[:, k * H:(k + 1) * H] for k in range(4)]\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_new = f * c + i * g\n"
        "    h_new = o * c_new\n"
        "    return c_new, h_new\n",
    },
    {
        "id": "cell2_inplace_c_and_forget_rows",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "modifies c in place",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "inplace",
                            "unchanged",
                            "overwr",
                            "changed",
                            "changes",
                        ]
                    }
                ],
            },
            {
                "what": "forget gate reads the output gate's rows 3H: instead of H:2H",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "rows",
                            "slice",
                            "block",
                            "output gate",
                            "o's",
                            "3H",
                            "W_ho",
                            "W_io",
                            "o gate",
                            "gate o",
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
        "    # Raj v2\n"
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        '    blocks = {"i": pre[:, :H], "f": pre[:, 3*H:], "g": pre[:, 2*H:3*H], "o": pre[:, '
        "3*H:]}\n"
        '    i, f, o = sigmoid(blocks["i"]), sigmoid(blocks["f"]), sigmoid(blocks["o"])\n'
        '    g = np.tanh(blocks["g"])\n'
        "    c *= f\n"
        "    c += i * g\n"
        "    return o * np.tanh(c), c\n",
    },
    {
        "id": "cell2_math_overflow_and_old_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "math.exp sigmoid raises OverflowError for large negative pre-activations",
                "must_mention": ["overflow"],
            },
            {
                "what": "h_next uses tanh of the old c instead of c_next",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "previous",
                            "old",
                            "c_prev",
                            "c instead",
                            "c_next",
                            "new cell",
                            "updated",
                        ]
                    }
                ],
            },
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "sigmoid = np.vectorize(lambda v: 1.0 / (1.0 + math.exp(-v)))   # Lena\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(pre[:, 0:H])\n"
        "    f = sigmoid(pre[:, H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    h_next = o * np.tanh(c)\n"
        "    c_next = f * c + i * g\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell2_coupled_gate_and_float32",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next uses (1 - f) instead of the input gate i",
                "must_mention": [
                    {"any": ["1 - f", "1-f", "(1 - f)", "input gate", "i_t", "coupled"]}
                ],
            },
            {
                "what": "computes and returns float32",
                "must_mention": [
                    {"any": ["float64", "dtype", "float32", "float128", "longdouble"]}
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
        '    """\n'
        "    LSTM cell (float32 for efficiency).\n"
        "    The forget gate decides what to keep; (1 - f) decides what to write.\n"
        '    """\n'
        "    x, h, c = x.astype(np.float32), h.astype(np.float32), c.astype(np.float32)\n"
        "    H = h.shape[1]\n"
        "    gates = x @ W_ih.T.astype(np.float32) + h @ W_hh.T.astype(np.float32) + (b_ih + "
        "b_hh).astype(np.float32)\n"
        "    f = sigmoid(gates[:, H:2*H]).astype(np.float32)\n"
        "    g = np.tanh(gates[:, 2*H:3*H])\n"
        "    o = sigmoid(gates[:, 3*H:]).astype(np.float32)\n"
        "    c_next = f * c + (1 - f) * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "layer_ok_loop_stack",
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
        "    # Sofia\n"
        "    if batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))          # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outputs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outputs.append(h)\n"
        "    out = np.stack(outputs, axis=0)             # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_ok_functools_reduce",
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
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    # Kevin: fold the cell over time, carrying (h, c, history)\n"
        "    xs = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    B, H = xs.shape[1], W_hh.shape[1]\n"
        "    start_h = np.zeros((B, H)) if h0 is None else h0\n"
        "    start_c = np.zeros((B, H)) if c0 is None else c0\n"
        "\n"
        "    def step(acc, x_t):\n"
        "        h, c, hist = acc\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        return h, c, hist + [h]\n"
        "\n"
        "    h_n, c_n, hist = reduce(step, list(xs), (start_h, start_c, []))\n"
        "    out = np.array(hist)\n"
        "    return (np.swapaxes(out, 0, 1) if batch_first else out), (h_n, c_n)\n",
    },
    {
        "id": "layer_ok_prealloc_inline",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    # Abebe: time axis first internally, preallocate the output\n"
        "    seq = np.moveaxis(np.asarray(x), 1, 0) if batch_first else np.asarray(x)\n"
        "    T, B, _ = seq.shape\n"
        "    H = W_hh.shape[-1]\n"
        "    h = np.zeros((B, H)) if h0 is None else np.array(h0, dtype=np.float64)\n"
        "    c = np.zeros((B, H)) if c0 is None else np.array(c0, dtype=np.float64)\n"
        "    out = np.empty((T, B, H))\n"
        "    xW = seq @ W_ih.T + b_ih + b_hh            # input part of every step at once: "
        "(T, B, 4H)\n"
        "    for t in range(T):\n"
        "        a = xW[t] + h @ W_hh.T\n"
        "        i, f, o = _sig(a[:, :H]), _sig(a[:, H:2 * H]), _sig(a[:, 3 * H:])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.moveaxis(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_batch_first_out_not_transposed",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True out is returned as (T, B, H), not transposed back",
                "must_mention": [
                    "out",
                    {
                        "any": [
                            "batch_first",
                            "batch-first",
                            "batch first",
                            "(B, T, H)",
                            "(b, t, h)",
                            "transpos",
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
        "    # Priya\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B = x.shape[0], x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h, c = h0, c0\n"
        "    hs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.array(hs)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_batch_first_reshape",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "uses reshape instead of transpose for batch_first (scrambles the data "
                "unless B or T is 1)",
                "must_mention": [
                    {"any": ["reshape", "transpos", "swapaxes", "permute", "moveaxis"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # Ingrid: get (T, B, I) whatever the layout\n"
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
        "id": "layer_skips_step0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "loop starts at t=1: step 0 is skipped (and out[0] stays zero)",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "first step",
                            "t = 0",
                            "t=0",
                            "skip",
                            "off-by-one",
                            "off by one",
                            "x_0",
                            "x[0]",
                            "range(1",
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
        "    # Marco\n"
        "    if batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    nT, nB = x.shape[0], x.shape[1]\n"
        "    nH = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((nB, nH))\n"
        "    c = c0 if c0 is not None else np.zeros((nB, nH))\n"
        "    out = np.zeros((nT, nB, nH))\n"
        "    for t in range(1, nT):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_none_zeros_H_by_B",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "None initial state built as zeros (H, B) instead of (B, H)",
                "must_mention": [{"any": ["None", "zeros", "initial", "h0", "h_0"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # Ingrid v2\n"
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((H, B))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((H, B))\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t, :, :] = h\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_out_aliases_state_buffer",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends the same state buffer every step (updated in place), so every "
                "out[t] equals the last h",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "same array",
                            "copy",
                            "reference",
                            "overwr",
                            "every step",
                            "all steps",
                            "same object",
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
        "    # Raj: keep one state buffer and overwrite it every step\n"
        "    seq = x.transpose(1, 0, 2) if batch_first else x\n"
        "    T, B, _ = seq.shape\n"
        "    H = W_hh.shape[1]\n"
        "    state = {\n"
        '        "h": np.zeros((B, H)) if h0 is None else h0.copy(),\n'
        '        "c": np.zeros((B, H)) if c0 is None else c0.copy(),\n'
        "    }\n"
        "    history = []\n"
        "    for t in range(T):\n"
        '        h_new, c_new = lstm_cell(seq[t], state["h"], state["c"], W_ih, W_hh, b_ih, '
        "b_hh)\n"
        '        state["h"][:] = h_new\n'
        '        state["c"][:] = c_new\n'
        '        history.append(state["h"])\n'
        "    out = np.stack(history)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        '    return out, (state["h"], state["c"])\n',
    },
    {
        "id": "layer_mutates_h0_c0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h[...] = h_new writes into the caller's h0/c0 arrays",
                "must_mention": [
                    {"any": ["h0", "h_0", "c0", "c_0", "initial"]},
                    {
                        "any": [
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "inplace",
                            "unchanged",
                            "overwr",
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
        "    # Kevin: no new allocations inside the loop\n"
        "    xs = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    T, B = xs.shape[:2]\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[...] = h_new\n"
        "        c[...] = c_new\n"
        "        outs.append(h.copy())\n"
        "    out = np.stack(outs)\n"
        "    return (np.swapaxes(out, 0, 1) if batch_first else out), (h.copy(), c.copy())\n",
    },
    {
        "id": "layer_h_n_from_batch_axis",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n = out[:, -1, :] takes the last batch row at every step (T, H) instead "
                "of the last time step",
                "must_mention": ["h_n", {"any": ["last", "final", "T-1", "axis", "time", "batch"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        '    """\n'
        "    Runs an LSTM layer over a sequence.\n"
        "    Returns the full output sequence and the final hidden and cell states.\n"
        '    """\n'
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    seq_len, batch_size, _ = x.shape\n"
        "    hidden_size = W_hh.shape[1]\n"
        "    h = np.zeros((batch_size, hidden_size)) if h0 is None else h0\n"
        "    c = np.zeros((batch_size, hidden_size)) if c0 is None else c0\n"
        "    outputs = []\n"
        "    for t in range(seq_len):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outputs.append(h)\n"
        "    out = np.stack(outputs)\n"
        "    # The final hidden state is the last output\n"
        "    h_n = out[:, -1, :]\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h_n, c)\n",
    },
    {
        "id": "layer_c_n_is_h",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (h, h): c_n is the hidden state",
                "must_mention": [{"any": ["c_n", "cell state", "c_T"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # Priya v2\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
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
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, h)\n",
    },
    {
        "id": "layer_if_not_h0_ambiguous",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "'if not h0' on an array: ValueError (ambiguous truth value) whenever h0 "
                "is given",
                "must_mention": [{"any": ["ambiguous", "truth value", "is None", "None"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # Lena\n"
        "    if batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    if not h0:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if not c0:\n"
        "        c0 = np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    h = h0\n"
        "    c = c0\n"
        "    for t in range(T):\n"
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
                "what": "every step starts from (h0, c0): the state is not carried",
                "must_mention": [
                    {
                        "any": [
                            "carry",
                            "carried",
                            "update",
                            "previous",
                            "initial state",
                            "same state",
                            "every step",
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
        "    # Tomás: broadcast the cell over the time steps\n"
        "    xs = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    B, H = xs.shape[1], W_hh.shape[1]\n"
        "    h0 = np.zeros((B, H)) if h0 is None else h0\n"
        "    c0 = np.zeros((B, H)) if c0 is None else c0\n"
        "    states = [lstm_cell(x_t, h0, c0, W_ih, W_hh, b_ih, b_hh) for x_t in xs]\n"
        "    out = np.stack([s[0] for s in states])\n"
        "    h_n, c_n = states[-1]\n"
        "    return (np.swapaxes(out, 0, 1) if batch_first else out), (h_n, c_n)\n",
    },
    {
        "id": "layer_c_not_carried",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h is carried but c is not: every step reads c0",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "c_prev",
                            "cell state",
                            "c0",
                            "c_0",
                            "c is not",
                            "carry",
                            "carried",
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
        "    # Hana\n"
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h_t\n"
        "        h = h_t\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h_t, c_t)\n",
    },
    {
        "id": "layer_stack_axis1",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "stacks out along axis 1: (B, T, H) when batch_first=False and (T, B, H) "
                "when True",
                "must_mention": [
                    {"any": ["axis", "transpos", "(B, T", "(T, B", "layout", "batch_first", "swap"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # Tomás v2: batch is the first index for me (column-major habits)\n"
        "    xs = x if not batch_first else np.swapaxes(x, 0, 1)\n"
        "    T, B = xs.shape[0], xs.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    hs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.stack(hs, axis=1)           # (B, T, H)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_runs_backwards",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "runs the recursion from t=T-1 down to 0",
                "must_mention": [
                    {"any": ["revers", "backward", "order", "from the end", "T-1 down"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # Marco v2: run the recursion from the end, like a backward sum in R\n"
        "    if batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    nT, nB = x.shape[:2]\n"
        "    nH = W_hh.shape[1]\n"
        "    h = np.zeros((nB, nH)) if h0 is None else h0\n"
        "    c = np.zeros((nB, nH)) if c0 is None else c0\n"
        "    out = np.zeros((nT, nB, nH))\n"
        "    for t in reversed(range(nT)):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_out_float32",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out is preallocated as float32",
                "must_mention": [
                    {"any": ["float64", "dtype", "float32", "float128", "longdouble"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        '    """\n'
        "    LSTM layer forward pass (memory-efficient preallocated output).\n"
        '    """\n'
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    seq_len, batch_size, _ = x.shape\n"
        "    hidden_size = W_hh.shape[1]\n"
        "    h = np.zeros((batch_size, hidden_size)) if h0 is None else h0\n"
        "    c = np.zeros((batch_size, hidden_size)) if c0 is None else c0\n"
        "    out = np.zeros((seq_len, batch_size, hidden_size), dtype=np.float32)\n"
        "    for t in range(seq_len):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_T_B_read_before_transpose",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "T is read from x.shape before the batch_first transpose, so with "
                "batch_first it loops B steps",
                "must_mention": [
                    {
                        "any": [
                            "batch_first",
                            "batch first",
                            "seq_len",
                            "sequence length",
                            "number of steps",
                            "T and B",
                            "before transpos",
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
        "    # Kevin v2\n"
        "    T, B, _ = x.shape\n"
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((x.shape[1], H)) if h0 is None else h0\n"
        "    c = np.zeros((x.shape[1], H)) if c0 is None else c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.stack(out)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer2_bf_out_and_c_n_is_h",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out not transposed back for batch_first",
                "must_mention": [
                    "out",
                    {
                        "any": [
                            "batch_first",
                            "batch-first",
                            "batch first",
                            "(B, T, H)",
                            "(b, t, h)",
                            "transpos",
                        ]
                    },
                ],
            },
            {"what": "c_n is h", "must_mention": [{"any": ["c_n", "cell state", "c_T"]}]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # Priya v3\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B = x.shape[0], x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    hs = [None] * T\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs[t] = h\n"
        "    return np.array(hs), (h, h)\n",
    },
    {
        "id": "layer2_skip0_and_mutates_h0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "loop starts at t=1, step 0 skipped",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "first step",
                            "t = 0",
                            "t=0",
                            "skip",
                            "off-by-one",
                            "off by one",
                            "x_0",
                            "x[0]",
                            "range(1",
                        ]
                    }
                ],
            },
            {
                "what": "writes into the caller's h0/c0",
                "must_mention": [
                    {"any": ["h0", "h_0", "c0", "c_0", "initial"]},
                    {
                        "any": [
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "inplace",
                            "unchanged",
                            "overwr",
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
        "    # Marco v3\n"
        "    if batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    nT, nB = x.shape[0], x.shape[1]\n"
        "    nH = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((nB, nH))\n"
        "    c = c0 if c0 is not None else np.zeros((nB, nH))\n"
        "    out = np.zeros((nT, nB, nH))\n"
        "    for t in range(1, nT):\n"
        "        hh, cc = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[:, :] = hh\n"
        "        c[:, :] = cc\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h.copy(), c.copy())\n",
    },
    {
        "id": "layer2_alias_and_zeros_H_by_B",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "from the second step the state buffer is updated in place and appended "
                "each time: out[1:] all equal the last h",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "same array",
                            "copy",
                            "reference",
                            "overwr",
                            "every step",
                            "all steps",
                            "same object",
                        ]
                    }
                ],
            },
            {
                "what": "None initial state built as zeros (H, B)",
                "must_mention": [{"any": ["None", "zeros", "initial", "h0", "h_0"]}],
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
        "    # Raj v2\n"
        "    seq = x.transpose(1, 0, 2) if batch_first else x\n"
        "    T, B, _ = seq.shape\n"
        "    H = W_hh.shape[1]\n"
        '    state = {"h": np.zeros((H, B)) if h0 is None else h0.copy(),\n'
        '             "c": np.zeros((H, B)) if c0 is None else c0.copy()}\n'
        "    history = []\n"
        "    for t in range(T):\n"
        '        h_new, c_new = lstm_cell(seq[t], state["h"], state["c"], W_ih, W_hh, b_ih, '
        "b_hh)\n"
        "        if t == 0:\n"
        '            state["h"], state["c"] = h_new, c_new\n'
        "        else:\n"
        '            state["h"][:] = h_new\n'
        '            state["c"][:] = c_new\n'
        '        history.append(state["h"])\n'
        "    out = np.stack(history)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        '    return out, (state["h"], state["c"])\n',
    },
    {
        "id": "layer2_float32_and_h_n_batch_axis",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out preallocated as float32",
                "must_mention": [
                    {"any": ["float64", "dtype", "float32", "float128", "longdouble"]}
                ],
            },
            {
                "what": "h_n = out[:, -1, :] (last batch row) instead of last step",
                "must_mention": ["h_n", {"any": ["last", "final", "T-1", "axis", "time", "batch"]}],
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
        '    """\n'
        "    LSTM layer forward pass. Output is preallocated as float32 to save memory.\n"
        '    """\n'
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    seq_len, batch_size, _ = x.shape\n"
        "    hidden_size = W_hh.shape[1]\n"
        "    h = np.zeros((batch_size, hidden_size)) if h0 is None else h0\n"
        "    c = np.zeros((batch_size, hidden_size)) if c0 is None else c0\n"
        "    out = np.zeros((seq_len, batch_size, hidden_size), dtype=np.float32)\n"
        "    for t in range(seq_len):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    # final hidden state = last output\n"
        "    h_n = out[:, -1, :]\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h_n, c)\n",
    },
    {
        "id": "scratch_ok_sofia_dict",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM in NumPy (Sofia)."""\n'
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
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._p = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{k}" + ("_reverse" if d == 1 else "")\n'
        '                shapes = {"weight_ih": (4 * H, in_k), "weight_hh": (4 * H, H)}\n'
        "                if bias:\n"
        '                    shapes["bias_ih"] = (4 * H,)\n'
        '                    shapes["bias_hh"] = (4 * H,)\n'
        "                for name, shp in shapes.items():\n"
        "                    self._p[name + sfx] = rng.uniform(-bound, bound, size=shp)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._p) - set(state)\n"
        "        extra = set(state) - set(self._p)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for k, v in state.items():\n"
        "            v = np.asarray(v, dtype=np.float64)\n"
        "            if v.shape != self._p[k].shape:\n"
        '                raise ValueError(f"{k}: expected shape {self._p[k].shape}, got '
        '{v.shape}")\n'
        "            self._p[k] = v.copy()\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigmoid(z):\n"
        "        e = np.exp(-np.abs(z))\n"
        "        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "    def _direction(self, x, h, c, sfx, reverse):\n"
        '        W_ih = self._p["weight_ih" + sfx]\n'
        '        W_hh = self._p["weight_hh" + sfx]\n'
        '        b = self._p["bias_ih" + sfx] + self._p["bias_hh" + sfx] if self.bias else '
        "0.0\n"
        "        H = self.hidden_size\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            z = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = self._sigmoid(z[:, :H])\n"
        "            f = self._sigmoid(z[:, H:2 * H])\n"
        "            g = np.tanh(z[:, 2 * H:3 * H])\n"
        "            o = self._sigmoid(z[:, 3 * H:])\n"
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
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{k}" + ("_reverse" if d == 1 else "")\n'
        "                row = k * D + d\n"
        "                o, hT, cT = self._direction(layer_in, h0[row], c0[row], sfx, "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "                h_n[row] = hT\n"
        "                c_n[row] = cT\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_ok_yuki_setattr",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "from collections import OrderedDict\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    # Yuki: parameters are real attributes, like nn.Module does it\n"
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / hidden_size ** 0.5\n"
        "        for layer in range(num_layers):\n"
        "            layer_in = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self._add(f"weight_ih{suffix}", rng.uniform(-k, k, (4 * hidden_size, '
        "layer_in)))\n"
        '                self._add(f"weight_hh{suffix}", rng.uniform(-k, k, (4 * hidden_size, '
        "hidden_size)))\n"
        "                if bias:\n"
        '                    self._add(f"bias_ih{suffix}", rng.uniform(-k, k, 4 * '
        "hidden_size))\n"
        '                    self._add(f"bias_hh{suffix}", rng.uniform(-k, k, 4 * '
        "hidden_size))\n"
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def _add(self, name, value):\n"
        "        setattr(self, name, value)\n"
        "        self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return OrderedDict((n, getattr(self, n).copy()) for n in self._names)\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        extra = [n for n in state if n not in self._names]\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys: {extra}")\n'
        "        for n in self._names:\n"
        "            if n not in state:\n"
        '                raise KeyError(f"missing key: {n}")\n'
        "            if tuple(state[n].shape) != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: shape {tuple(state[n].shape)} != '
        '{getattr(self, n).shape}")\n'
        "        for n in self._names:\n"
        "            setattr(self, n, np.array(state[n], dtype=np.float64))\n"
        "\n"
        "    def _cell(self, x, h, c, suffix):\n"
        '        gates = x @ getattr(self, "weight_ih" + suffix).T + h @ getattr(self, '
        '"weight_hh" + suffix).T\n'
        "        if self.bias:\n"
        '            gates = gates + getattr(self, "bias_ih" + suffix) + getattr(self, '
        '"bias_hh" + suffix)\n'
        "        i, f, g, o = np.split(gates, 4, axis=1)\n"
        "        i, f, o = (0.5 * (1.0 + np.tanh(0.5 * a)) for a in (i, f, o))   # sigmoid via "
        "tanh: no overflow\n"
        "        c = f * c + i * np.tanh(g)\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[:2]\n"
        "        H = self.hidden_size\n"
        "        n_states = self.num_layers * self.num_directions\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((n_states, B, H)), np.zeros((n_states, B, H)))\n"
        "        h_list, c_list = [], []\n"
        "        seq = x\n"
        "        for layer in range(self.num_layers):\n"
        "            dir_outs = []\n"
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                idx = layer * self.num_directions + d\n"
        "                h, c = hx[0][idx], hx[1][idx]\n"
        "                order = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                ys = [None] * T\n"
        "                for t in order:\n"
        "                    h, c = self._cell(seq[t], h, c, suffix)\n"
        "                    ys[t] = h\n"
        "                dir_outs.append(np.stack(ys))\n"
        "                h_list.append(h)\n"
        "                c_list.append(c)\n"
        "            seq = np.concatenate(dir_outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(h_list), np.stack(c_list))\n",
    },
    {
        "id": "scratch_ok_marco_nested_lists",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigm(v):\n"
        "    return np.exp(-np.logaddexp(0, -v))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    # Marco: a list of layers; each layer is a list of directions; each direction a "
        "dict of 4 arrays\n"
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.ndir = 2 if bidirectional else 1\n"
        "        gen = np.random.default_rng(seed)\n"
        "        lim = 1 / np.sqrt(hidden_size)\n"
        "        self.layers = []\n"
        "        for l in range(num_layers):\n"
        "            nin = input_size if l == 0 else hidden_size * self.ndir\n"
        "            dirs = []\n"
        "            for d in range(self.ndir):\n"
        '                p = {"weight_ih": gen.uniform(-lim, lim, (4 * hidden_size, nin)),\n'
        '                     "weight_hh": gen.uniform(-lim, lim, (4 * hidden_size, '
        "hidden_size))}\n"
        "                if bias:\n"
        '                    p["bias_ih"] = gen.uniform(-lim, lim, 4 * hidden_size)\n'
        '                    p["bias_hh"] = gen.uniform(-lim, lim, 4 * hidden_size)\n'
        "                dirs.append(p)\n"
        "            self.layers.append(dirs)\n"
        "\n"
        "    def _key(self, base, l, d):\n"
        '        return base + "_l" + str(l) + ("_reverse" if d == 1 else "")\n'
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for l, dirs in enumerate(self.layers):\n"
        "            for d, p in enumerate(dirs):\n"
        "                for base, arr in p.items():\n"
        "                    sd[self._key(base, l, d)] = arr.astype(np.float64).copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for l, dirs in enumerate(self.layers):\n"
        "            for d, p in enumerate(dirs):\n"
        "                for base in p:\n"
        "                    p[base] = np.array(state[self._key(base, l, d)], "
        "dtype=np.float64)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        nT, nB = x.shape[0], x.shape[1]\n"
        "        nH = self.hidden_size\n"
        "        nrow = self.num_layers * self.ndir\n"
        "        h0 = np.zeros((nrow, nB, nH)) if hx is None else hx[0]\n"
        "        c0 = np.zeros((nrow, nB, nH)) if hx is None else hx[1]\n"
        "        hn = np.zeros((nrow, nB, nH))\n"
        "        cn = np.zeros((nrow, nB, nH))\n"
        "        inp = x\n"
        "        for l in range(self.num_layers):\n"
        "            halves = []\n"
        "            for d in range(self.ndir):\n"
        "                p = self.layers[l][d]\n"
        "                r = l * self.ndir + d\n"
        "                h, c = h0[r], c0[r]\n"
        "                res = np.zeros((nT, nB, nH))\n"
        "                tt = list(range(nT))\n"
        "                if d == 1:\n"
        "                    tt = tt[::-1]\n"
        "                for t in tt:\n"
        '                    a = inp[t] @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "                    if self.bias:\n"
        '                        a = a + p["bias_ih"] + p["bias_hh"]\n'
        "                    ig = _sigm(a[:, 0:nH]); fg = _sigm(a[:, nH:2*nH])\n"
        "                    gg = np.tanh(a[:, 2*nH:3*nH]); og = _sigm(a[:, 3*nH:4*nH])\n"
        "                    c = fg * c + ig * gg\n"
        "                    h = og * np.tanh(c)\n"
        "                    res[t] = h\n"
        "                hn[r], cn[r] = h, c\n"
        "                halves.append(res)\n"
        "            inp = np.concatenate(halves, axis=2)\n"
        "        if self.batch_first:\n"
        "            inp = np.transpose(inp, (1, 0, 2))\n"
        "        return inp, (hn, cn)\n",
    },
    {
        "id": "scratch_ok_raj_dict_subclass",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1 / (1 + np.exp(-z[p]))\n"
        "    e = np.exp(z[~p])\n"
        "    out[~p] = e / (1 + e)\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM(dict):\n"
        '    """Raj: the module IS its state dict -- parameters are the dict\'s items."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        super().__init__()\n"
        "        self.cfg = dict(I=input_size, H=hidden_size, L=num_layers, bias=bias,\n"
        "                        bf=batch_first, D=2 if bidirectional else 1)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        s = hidden_size ** -0.5\n"
        "        H = hidden_size\n"
        "        for k in range(num_layers):\n"
        '            width = input_size if k == 0 else H * self.cfg["D"]\n'
        '            for tail in ["", "_reverse"][: self.cfg["D"]]:\n'
        '                self[f"weight_ih_l{k}{tail}"] = rng.uniform(-s, s, (4 * H, width))\n'
        '                self[f"weight_hh_l{k}{tail}"] = rng.uniform(-s, s, (4 * H, H))\n'
        "                if bias:\n"
        '                    self[f"bias_ih_l{k}{tail}"] = rng.uniform(-s, s, (4 * H,))\n'
        '                    self[f"bias_hh_l{k}{tail}"] = rng.uniform(-s, s, (4 * H,))\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {key: value.copy() for key, value in self.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self):\n"
        '            raise KeyError(f"keys differ: {sorted(set(state) ^ set(self))}")\n'
        "        for key, value in state.items():\n"
        "            if np.shape(value) != self[key].shape:\n"
        '                raise ValueError(f"{key} has shape {np.shape(value)}, expected '
        '{self[key].shape}")\n'
        "            self[key] = np.array(value, dtype=np.float64, copy=True)\n"
        "\n"
        "    def _run(self, seq, h, c, tail):\n"
        '        W_ih, W_hh = self["weight_ih" + tail], self["weight_hh" + tail]\n'
        '        b = self["bias_ih" + tail] + self["bias_hh" + tail] if self.cfg["bias"] else '
        "0\n"
        '        H = self.cfg["H"]\n'
        "        hs = []\n"
        "        for x_t in seq:\n"
        "            a = x_t @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = (a[:, n * H:(n + 1) * H] for n in range(4))\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.array(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        cfg = self.cfg\n"
        '        seq = np.swapaxes(x, 0, 1) if cfg["bf"] else x\n'
        "        T, B = seq.shape[:2]\n"
        '        n = cfg["L"] * cfg["D"]\n'
        '        h0, c0 = hx if hx is not None else (np.zeros((n, B, cfg["H"])), np.zeros((n, '
        'B, cfg["H"])))\n'
        "        hn, cn = [], []\n"
        '        for k in range(cfg["L"]):\n'
        '            fw, h, c = self._run(seq, h0[k * cfg["D"]], c0[k * cfg["D"]], f"_l{k}")\n'
        "            hn.append(h); cn.append(c)\n"
        "            parts = [fw]\n"
        '            if cfg["D"] == 2:\n'
        "                bw, h, c = self._run(seq[::-1], h0[k * 2 + 1], c0[k * 2 + 1], "
        'f"_l{k}_reverse")\n'
        "                parts.append(bw[::-1])\n"
        "                hn.append(h); cn.append(c)\n"
        "            seq = np.concatenate(parts, axis=-1)\n"
        '        out = np.swapaxes(seq, 0, 1) if cfg["bf"] else seq\n'
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_reverse_h_n_from_last_output",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n taken from the direction's output at t=T-1; for the reverse direction "
                "the final state is at t=0",
                "must_mention": [
                    {"any": ["revers", "backward"]},
                    {"any": ["final", "h_n", "last", "out[0]", "x_0", "step 0", "t=0", "t = 0"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM in NumPy (Sofia)."""\n'
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
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._p = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{k}" + ("_reverse" if d == 1 else "")\n'
        '                shapes = {"weight_ih": (4 * H, in_k), "weight_hh": (4 * H, H)}\n'
        "                if bias:\n"
        '                    shapes["bias_ih"] = (4 * H,)\n'
        '                    shapes["bias_hh"] = (4 * H,)\n'
        "                for name, shp in shapes.items():\n"
        "                    self._p[name + sfx] = rng.uniform(-bound, bound, size=shp)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._p) - set(state)\n"
        "        extra = set(state) - set(self._p)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for k, v in state.items():\n"
        "            v = np.asarray(v, dtype=np.float64)\n"
        "            if v.shape != self._p[k].shape:\n"
        '                raise ValueError(f"{k}: expected shape {self._p[k].shape}, got '
        '{v.shape}")\n'
        "            self._p[k] = v.copy()\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigmoid(z):\n"
        "        e = np.exp(-np.abs(z))\n"
        "        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "    def _direction(self, x, h, c, sfx, reverse):\n"
        '        W_ih = self._p["weight_ih" + sfx]\n'
        '        W_hh = self._p["weight_hh" + sfx]\n'
        '        b = self._p["bias_ih" + sfx] + self._p["bias_hh" + sfx] if self.bias else '
        "0.0\n"
        "        H = self.hidden_size\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            z = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = self._sigmoid(z[:, :H])\n"
        "            f = self._sigmoid(z[:, H:2 * H])\n"
        "            g = np.tanh(z[:, 2 * H:3 * H])\n"
        "            o = self._sigmoid(z[:, 3 * H:])\n"
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
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{k}" + ("_reverse" if d == 1 else "")\n'
        "                row = k * D + d\n"
        "                o, hT, cT = self._direction(layer_in, h0[row], c0[row], sfx, "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "                h_n[row] = o[-1]          # final hidden state = last output\n"
        "                c_n[row] = cT\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_layer_input_forgets_D",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layers k>0 get weight_ih of width H instead of D*H (bidirectional)",
                "must_mention": [
                    {
                        "any": [
                            "D * H",
                            "2H",
                            "2 * H",
                            "H * D",
                            "D*H",
                            "2*H",
                            "H*D",
                            "both directions",
                            "D·H",
                            "2·H",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM in NumPy (Sofia)."""\n'
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
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._p = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{k}" + ("_reverse" if d == 1 else "")\n'
        '                shapes = {"weight_ih": (4 * H, in_k), "weight_hh": (4 * H, H)}\n'
        "                if bias:\n"
        '                    shapes["bias_ih"] = (4 * H,)\n'
        '                    shapes["bias_hh"] = (4 * H,)\n'
        "                for name, shp in shapes.items():\n"
        "                    self._p[name + sfx] = rng.uniform(-bound, bound, size=shp)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._p) - set(state)\n"
        "        extra = set(state) - set(self._p)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for k, v in state.items():\n"
        "            v = np.asarray(v, dtype=np.float64)\n"
        "            if v.shape != self._p[k].shape:\n"
        '                raise ValueError(f"{k}: expected shape {self._p[k].shape}, got '
        '{v.shape}")\n'
        "            self._p[k] = v.copy()\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigmoid(z):\n"
        "        e = np.exp(-np.abs(z))\n"
        "        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "    def _direction(self, x, h, c, sfx, reverse):\n"
        '        W_ih = self._p["weight_ih" + sfx]\n'
        '        W_hh = self._p["weight_hh" + sfx]\n'
        '        b = self._p["bias_ih" + sfx] + self._p["bias_hh" + sfx] if self.bias else '
        "0.0\n"
        "        H = self.hidden_size\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            z = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = self._sigmoid(z[:, :H])\n"
        "            f = self._sigmoid(z[:, H:2 * H])\n"
        "            g = np.tanh(z[:, 2 * H:3 * H])\n"
        "            o = self._sigmoid(z[:, 3 * H:])\n"
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
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{k}" + ("_reverse" if d == 1 else "")\n'
        "                row = k * D + d\n"
        "                o, hT, cT = self._direction(layer_in, h0[row], c0[row], sfx, "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "                h_n[row] = hT\n"
        "                c_n[row] = cT\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_ignores_c_0",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "a given hx's c_0 is ignored: cell state starts from zeros",
                "must_mention": [{"any": ["c_0", "c0", "c_0"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM in NumPy (Sofia)."""\n'
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
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._p = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{k}" + ("_reverse" if d == 1 else "")\n'
        '                shapes = {"weight_ih": (4 * H, in_k), "weight_hh": (4 * H, H)}\n'
        "                if bias:\n"
        '                    shapes["bias_ih"] = (4 * H,)\n'
        '                    shapes["bias_hh"] = (4 * H,)\n'
        "                for name, shp in shapes.items():\n"
        "                    self._p[name + sfx] = rng.uniform(-bound, bound, size=shp)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._p) - set(state)\n"
        "        extra = set(state) - set(self._p)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for k, v in state.items():\n"
        "            v = np.asarray(v, dtype=np.float64)\n"
        "            if v.shape != self._p[k].shape:\n"
        '                raise ValueError(f"{k}: expected shape {self._p[k].shape}, got '
        '{v.shape}")\n'
        "            self._p[k] = v.copy()\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigmoid(z):\n"
        "        e = np.exp(-np.abs(z))\n"
        "        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "    def _direction(self, x, h, c, sfx, reverse):\n"
        '        W_ih = self._p["weight_ih" + sfx]\n'
        '        W_hh = self._p["weight_hh" + sfx]\n'
        '        b = self._p["bias_ih" + sfx] + self._p["bias_hh" + sfx] if self.bias else '
        "0.0\n"
        "        H = self.hidden_size\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            z = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = self._sigmoid(z[:, :H])\n"
        "            f = self._sigmoid(z[:, H:2 * H])\n"
        "            g = np.tanh(z[:, 2 * H:3 * H])\n"
        "            o = self._sigmoid(z[:, 3 * H:])\n"
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
        "            h0 = hx[0]\n"
        "            c0 = np.zeros_like(h0)   # the memory starts empty\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{k}" + ("_reverse" if d == 1 else "")\n'
        "                row = k * D + d\n"
        "                o, hT, cT = self._direction(layer_in, h0[row], c0[row], sfx, "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "                h_n[row] = hT\n"
        "                c_n[row] = cT\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_seed_ignored",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "seed is not passed to default_rng: the same seed gives different "
                "parameters",
                "must_mention": ["seed"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM in NumPy (Sofia)."""\n'
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
        "        rng = np.random.default_rng()   # fresh random numbers\n"
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._p = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{k}" + ("_reverse" if d == 1 else "")\n'
        '                shapes = {"weight_ih": (4 * H, in_k), "weight_hh": (4 * H, H)}\n'
        "                if bias:\n"
        '                    shapes["bias_ih"] = (4 * H,)\n'
        '                    shapes["bias_hh"] = (4 * H,)\n'
        "                for name, shp in shapes.items():\n"
        "                    self._p[name + sfx] = rng.uniform(-bound, bound, size=shp)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._p) - set(state)\n"
        "        extra = set(state) - set(self._p)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for k, v in state.items():\n"
        "            v = np.asarray(v, dtype=np.float64)\n"
        "            if v.shape != self._p[k].shape:\n"
        '                raise ValueError(f"{k}: expected shape {self._p[k].shape}, got '
        '{v.shape}")\n'
        "            self._p[k] = v.copy()\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigmoid(z):\n"
        "        e = np.exp(-np.abs(z))\n"
        "        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "    def _direction(self, x, h, c, sfx, reverse):\n"
        '        W_ih = self._p["weight_ih" + sfx]\n'
        '        W_hh = self._p["weight_hh" + sfx]\n'
        '        b = self._p["bias_ih" + sfx] + self._p["bias_hh" + sfx] if self.bias else '
        "0.0\n"
        "        H = self.hidden_size\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            z = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = self._sigmoid(z[:, :H])\n"
        "            f = self._sigmoid(z[:, H:2 * H])\n"
        "            g = np.tanh(z[:, 2 * H:3 * H])\n"
        "            o = self._sigmoid(z[:, 3 * H:])\n"
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
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{k}" + ("_reverse" if d == 1 else "")\n'
        "                row = k * D + d\n"
        "                o, hT, cT = self._direction(layer_in, h0[row], c0[row], sfx, "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "                h_n[row] = hT\n"
        "                c_n[row] = cT\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_getattr_forgets_reverse",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction uses the forward weights (key built without "
                "'_reverse')",
                "must_mention": [
                    "reverse",
                    {"any": ["weight", "param", "_reverse", "key", "forward"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "from collections import OrderedDict\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    # Yuki: parameters are real attributes, like nn.Module does it\n"
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / hidden_size ** 0.5\n"
        "        for layer in range(num_layers):\n"
        "            layer_in = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self._add(f"weight_ih{suffix}", rng.uniform(-k, k, (4 * hidden_size, '
        "layer_in)))\n"
        '                self._add(f"weight_hh{suffix}", rng.uniform(-k, k, (4 * hidden_size, '
        "hidden_size)))\n"
        "                if bias:\n"
        '                    self._add(f"bias_ih{suffix}", rng.uniform(-k, k, 4 * '
        "hidden_size))\n"
        '                    self._add(f"bias_hh{suffix}", rng.uniform(-k, k, 4 * '
        "hidden_size))\n"
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def _add(self, name, value):\n"
        "        setattr(self, name, value)\n"
        "        self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return OrderedDict((n, getattr(self, n).copy()) for n in self._names)\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        extra = [n for n in state if n not in self._names]\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys: {extra}")\n'
        "        for n in self._names:\n"
        "            if n not in state:\n"
        '                raise KeyError(f"missing key: {n}")\n'
        "            if tuple(state[n].shape) != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: shape {tuple(state[n].shape)} != '
        '{getattr(self, n).shape}")\n'
        "        for n in self._names:\n"
        "            setattr(self, n, np.array(state[n], dtype=np.float64))\n"
        "\n"
        "    def _cell(self, x, h, c, suffix):\n"
        '        gates = x @ getattr(self, "weight_ih" + suffix).T + h @ getattr(self, '
        '"weight_hh" + suffix).T\n'
        "        if self.bias:\n"
        '            gates = gates + getattr(self, "bias_ih" + suffix) + getattr(self, '
        '"bias_hh" + suffix)\n'
        "        i, f, g, o = np.split(gates, 4, axis=1)\n"
        "        i, f, o = (0.5 * (1.0 + np.tanh(0.5 * a)) for a in (i, f, o))   # sigmoid via "
        "tanh: no overflow\n"
        "        c = f * c + i * np.tanh(g)\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[:2]\n"
        "        H = self.hidden_size\n"
        "        n_states = self.num_layers * self.num_directions\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((n_states, B, H)), np.zeros((n_states, B, H)))\n"
        "        h_list, c_list = [], []\n"
        "        seq = x\n"
        "        for layer in range(self.num_layers):\n"
        "            dir_outs = []\n"
        "            for d in range(self.num_directions):\n"
        '                suffix = f"_l{layer}"\n'
        "                idx = layer * self.num_directions + d\n"
        "                h, c = hx[0][idx], hx[1][idx]\n"
        "                order = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                ys = [None] * T\n"
        "                for t in order:\n"
        "                    h, c = self._cell(seq[t], h, c, suffix)\n"
        "                    ys[t] = h\n"
        "                dir_outs.append(np.stack(ys))\n"
        "                h_list.append(h)\n"
        "                c_list.append(c)\n"
        "            seq = np.concatenate(dir_outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(h_list), np.stack(c_list))\n",
    },
    {
        "id": "scratch_state_rows_direction_major",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "h_0/h_n rows ordered direction-major (all forward layers, then reverse) "
                "instead of layer*D + d",
                "must_mention": [
                    {"any": ["row", "order", "layout", "index"]},
                    {"any": ["h_n", "h_0", "state", "layer", "direction"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "from collections import OrderedDict\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    # Yuki: parameters are real attributes, like nn.Module does it\n"
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / hidden_size ** 0.5\n"
        "        for layer in range(num_layers):\n"
        "            layer_in = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self._add(f"weight_ih{suffix}", rng.uniform(-k, k, (4 * hidden_size, '
        "layer_in)))\n"
        '                self._add(f"weight_hh{suffix}", rng.uniform(-k, k, (4 * hidden_size, '
        "hidden_size)))\n"
        "                if bias:\n"
        '                    self._add(f"bias_ih{suffix}", rng.uniform(-k, k, 4 * '
        "hidden_size))\n"
        '                    self._add(f"bias_hh{suffix}", rng.uniform(-k, k, 4 * '
        "hidden_size))\n"
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def _add(self, name, value):\n"
        "        setattr(self, name, value)\n"
        "        self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return OrderedDict((n, getattr(self, n).copy()) for n in self._names)\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        extra = [n for n in state if n not in self._names]\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys: {extra}")\n'
        "        for n in self._names:\n"
        "            if n not in state:\n"
        '                raise KeyError(f"missing key: {n}")\n'
        "            if tuple(state[n].shape) != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: shape {tuple(state[n].shape)} != '
        '{getattr(self, n).shape}")\n'
        "        for n in self._names:\n"
        "            setattr(self, n, np.array(state[n], dtype=np.float64))\n"
        "\n"
        "    def _cell(self, x, h, c, suffix):\n"
        '        gates = x @ getattr(self, "weight_ih" + suffix).T + h @ getattr(self, '
        '"weight_hh" + suffix).T\n'
        "        if self.bias:\n"
        '            gates = gates + getattr(self, "bias_ih" + suffix) + getattr(self, '
        '"bias_hh" + suffix)\n'
        "        i, f, g, o = np.split(gates, 4, axis=1)\n"
        "        i, f, o = (0.5 * (1.0 + np.tanh(0.5 * a)) for a in (i, f, o))   # sigmoid via "
        "tanh: no overflow\n"
        "        c = f * c + i * np.tanh(g)\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[:2]\n"
        "        H = self.hidden_size\n"
        "        n_states = self.num_layers * self.num_directions\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((n_states, B, H)), np.zeros((n_states, B, H)))\n"
        "        h_list, c_list = [], []\n"
        "        seq = x\n"
        "        for layer in range(self.num_layers):\n"
        "            dir_outs = []\n"
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                idx = d * self.num_layers + layer\n"
        "                h, c = hx[0][idx], hx[1][idx]\n"
        "                order = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                ys = [None] * T\n"
        "                for t in order:\n"
        "                    h, c = self._cell(seq[t], h, c, suffix)\n"
        "                    ys[t] = h\n"
        "                dir_outs.append(np.stack(ys))\n"
        "                h_list.append(h)\n"
        "                c_list.append(c)\n"
        "            seq = np.concatenate(dir_outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        order = sorted(range(n_states), key=lambda j: (j % self.num_directions, j // "
        "self.num_directions))\n"
        "        h_n = np.stack(h_list)[order]\n"
        "        c_n = np.stack(c_list)[order]\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_batch_first_transposes_h_n",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first, h_n and c_n are also transposed to (B, L*D, H)",
                "must_mention": ["batch_first", {"any": ["h_n", "c_n", "state"]}],
            }
        ],
        "source": "import numpy as np\n"
        "from collections import OrderedDict\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    # Yuki: parameters are real attributes, like nn.Module does it\n"
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / hidden_size ** 0.5\n"
        "        for layer in range(num_layers):\n"
        "            layer_in = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self._add(f"weight_ih{suffix}", rng.uniform(-k, k, (4 * hidden_size, '
        "layer_in)))\n"
        '                self._add(f"weight_hh{suffix}", rng.uniform(-k, k, (4 * hidden_size, '
        "hidden_size)))\n"
        "                if bias:\n"
        '                    self._add(f"bias_ih{suffix}", rng.uniform(-k, k, 4 * '
        "hidden_size))\n"
        '                    self._add(f"bias_hh{suffix}", rng.uniform(-k, k, 4 * '
        "hidden_size))\n"
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def _add(self, name, value):\n"
        "        setattr(self, name, value)\n"
        "        self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return OrderedDict((n, getattr(self, n).copy()) for n in self._names)\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        extra = [n for n in state if n not in self._names]\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys: {extra}")\n'
        "        for n in self._names:\n"
        "            if n not in state:\n"
        '                raise KeyError(f"missing key: {n}")\n'
        "            if tuple(state[n].shape) != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: shape {tuple(state[n].shape)} != '
        '{getattr(self, n).shape}")\n'
        "        for n in self._names:\n"
        "            setattr(self, n, np.array(state[n], dtype=np.float64))\n"
        "\n"
        "    def _cell(self, x, h, c, suffix):\n"
        '        gates = x @ getattr(self, "weight_ih" + suffix).T + h @ getattr(self, '
        '"weight_hh" + suffix).T\n'
        "        if self.bias:\n"
        '            gates = gates + getattr(self, "bias_ih" + suffix) + getattr(self, '
        '"bias_hh" + suffix)\n'
        "        i, f, g, o = np.split(gates, 4, axis=1)\n"
        "        i, f, o = (0.5 * (1.0 + np.tanh(0.5 * a)) for a in (i, f, o))   # sigmoid via "
        "tanh: no overflow\n"
        "        c = f * c + i * np.tanh(g)\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[:2]\n"
        "        H = self.hidden_size\n"
        "        n_states = self.num_layers * self.num_directions\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((n_states, B, H)), np.zeros((n_states, B, H)))\n"
        "        h_list, c_list = [], []\n"
        "        seq = x\n"
        "        for layer in range(self.num_layers):\n"
        "            dir_outs = []\n"
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                idx = layer * self.num_directions + d\n"
        "                h, c = hx[0][idx], hx[1][idx]\n"
        "                order = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                ys = [None] * T\n"
        "                for t in order:\n"
        "                    h, c = self._cell(seq[t], h, c, suffix)\n"
        "                    ys[t] = h\n"
        "                dir_outs.append(np.stack(ys))\n"
        "                h_list.append(h)\n"
        "                c_list.append(c)\n"
        "            seq = np.concatenate(dir_outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        h_n, c_n = np.stack(h_list), np.stack(c_list)\n"
        "        if self.batch_first:          # batch first everywhere\n"
        "            h_n, c_n = np.swapaxes(h_n, 0, 1), np.swapaxes(c_n, 0, 1)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_bias_false_keeps_zero_bias_keys",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "bias=False still creates bias_* parameters (zeros): state_dict has extra "
                "keys",
                "must_mention": [
                    "bias",
                    {"any": ["key", "extra", "bias=False", "unexpected", "state_dict"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "from collections import OrderedDict\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    # Yuki: parameters are real attributes, like nn.Module does it\n"
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / hidden_size ** 0.5\n"
        "        for layer in range(num_layers):\n"
        "            layer_in = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self._add(f"weight_ih{suffix}", rng.uniform(-k, k, (4 * hidden_size, '
        "layer_in)))\n"
        '                self._add(f"weight_hh{suffix}", rng.uniform(-k, k, (4 * hidden_size, '
        "hidden_size)))\n"
        '                self._add(f"bias_ih{suffix}", rng.uniform(-k, k, 4 * hidden_size))\n'
        '                self._add(f"bias_hh{suffix}", rng.uniform(-k, k, 4 * hidden_size))\n'
        "                if not bias:   # keep the keys, switch them off\n"
        '                    setattr(self, f"bias_ih{suffix}", np.zeros(4 * hidden_size))\n'
        '                    setattr(self, f"bias_hh{suffix}", np.zeros(4 * hidden_size))\n'
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def _add(self, name, value):\n"
        "        setattr(self, name, value)\n"
        "        self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return OrderedDict((n, getattr(self, n).copy()) for n in self._names)\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        extra = [n for n in state if n not in self._names]\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys: {extra}")\n'
        "        for n in self._names:\n"
        "            if n not in state:\n"
        '                raise KeyError(f"missing key: {n}")\n'
        "            if tuple(state[n].shape) != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: shape {tuple(state[n].shape)} != '
        '{getattr(self, n).shape}")\n'
        "        for n in self._names:\n"
        "            setattr(self, n, np.array(state[n], dtype=np.float64))\n"
        "\n"
        "    def _cell(self, x, h, c, suffix):\n"
        '        b = getattr(self, "bias_ih" + suffix, 0.0) + getattr(self, "bias_hh" + '
        "suffix, 0.0)\n"
        '        gates = x @ getattr(self, "weight_ih" + suffix).T + h @ getattr(self, '
        '"weight_hh" + suffix).T + b\n'
        "        i, f, g, o = np.split(gates, 4, axis=1)\n"
        "        i, f, o = (0.5 * (1.0 + np.tanh(0.5 * a)) for a in (i, f, o))   # sigmoid via "
        "tanh: no overflow\n"
        "        c = f * c + i * np.tanh(g)\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[:2]\n"
        "        H = self.hidden_size\n"
        "        n_states = self.num_layers * self.num_directions\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((n_states, B, H)), np.zeros((n_states, B, H)))\n"
        "        h_list, c_list = [], []\n"
        "        seq = x\n"
        "        for layer in range(self.num_layers):\n"
        "            dir_outs = []\n"
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                idx = layer * self.num_directions + d\n"
        "                h, c = hx[0][idx], hx[1][idx]\n"
        "                order = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                ys = [None] * T\n"
        "                for t in order:\n"
        "                    h, c = self._cell(seq[t], h, c, suffix)\n"
        "                    ys[t] = h\n"
        "                dir_outs.append(np.stack(ys))\n"
        "                h_list.append(h)\n"
        "                c_list.append(c)\n"
        "            seq = np.concatenate(dir_outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(h_list), np.stack(c_list))\n",
    },
    {
        "id": "scratch_keys_one_based_layers",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "parameter names numbered from _l1 instead of _l0; load_state_dict "
                "silently ignores the real keys",
                "must_mention": [
                    {"any": ["key", "name"]},
                    {
                        "any": [
                            "_l0",
                            "l0",
                            "0-based",
                            "1-based",
                            "numbered",
                            "off by one",
                            "off-by-one",
                            "layer index",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigm(v):\n"
        "    return np.exp(-np.logaddexp(0, -v))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    # Marco: a list of layers; each layer is a list of directions; each direction a "
        "dict of 4 arrays\n"
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.ndir = 2 if bidirectional else 1\n"
        "        gen = np.random.default_rng(seed)\n"
        "        lim = 1 / np.sqrt(hidden_size)\n"
        "        self.layers = []\n"
        "        for l in range(num_layers):\n"
        "            nin = input_size if l == 0 else hidden_size * self.ndir\n"
        "            dirs = []\n"
        "            for d in range(self.ndir):\n"
        '                p = {"weight_ih": gen.uniform(-lim, lim, (4 * hidden_size, nin)),\n'
        '                     "weight_hh": gen.uniform(-lim, lim, (4 * hidden_size, '
        "hidden_size))}\n"
        "                if bias:\n"
        '                    p["bias_ih"] = gen.uniform(-lim, lim, 4 * hidden_size)\n'
        '                    p["bias_hh"] = gen.uniform(-lim, lim, 4 * hidden_size)\n'
        "                dirs.append(p)\n"
        "            self.layers.append(dirs)\n"
        "\n"
        "    def _key(self, base, l, d):\n"
        '        return base + "_l" + str(l + 1) + ("_reverse" if d == 1 else "")   # layers '
        "1..L\n"
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for l, dirs in enumerate(self.layers):\n"
        "            for d, p in enumerate(dirs):\n"
        "                for base, arr in p.items():\n"
        "                    sd[self._key(base, l, d)] = arr.astype(np.float64).copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for l, dirs in enumerate(self.layers):\n"
        "            for d, p in enumerate(dirs):\n"
        "                for base in p:\n"
        "                    key = self._key(base, l, d)\n"
        "                    if key in state:\n"
        "                        p[base] = np.array(state[key], dtype=np.float64)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        nT, nB = x.shape[0], x.shape[1]\n"
        "        nH = self.hidden_size\n"
        "        nrow = self.num_layers * self.ndir\n"
        "        h0 = np.zeros((nrow, nB, nH)) if hx is None else hx[0]\n"
        "        c0 = np.zeros((nrow, nB, nH)) if hx is None else hx[1]\n"
        "        hn = np.zeros((nrow, nB, nH))\n"
        "        cn = np.zeros((nrow, nB, nH))\n"
        "        inp = x\n"
        "        for l in range(self.num_layers):\n"
        "            halves = []\n"
        "            for d in range(self.ndir):\n"
        "                p = self.layers[l][d]\n"
        "                r = l * self.ndir + d\n"
        "                h, c = h0[r], c0[r]\n"
        "                res = np.zeros((nT, nB, nH))\n"
        "                tt = list(range(nT))\n"
        "                if d == 1:\n"
        "                    tt = tt[::-1]\n"
        "                for t in tt:\n"
        '                    a = inp[t] @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "                    if self.bias:\n"
        '                        a = a + p["bias_ih"] + p["bias_hh"]\n'
        "                    ig = _sigm(a[:, 0:nH]); fg = _sigm(a[:, nH:2*nH])\n"
        "                    gg = np.tanh(a[:, 2*nH:3*nH]); og = _sigm(a[:, 3*nH:4*nH])\n"
        "                    c = fg * c + ig * gg\n"
        "                    h = og * np.tanh(c)\n"
        "                    res[t] = h\n"
        "                hn[r], cn[r] = h, c\n"
        "                halves.append(res)\n"
        "            inp = np.concatenate(halves, axis=2)\n"
        "        if self.batch_first:\n"
        "            inp = np.transpose(inp, (1, 0, 2))\n"
        "        return inp, (hn, cn)\n",
    },
    {
        "id": "scratch_init_bound_input_size",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "init bound 1/sqrt(input_size) instead of 1/sqrt(hidden_size)",
                "must_mention": [
                    {
                        "any": [
                            "bound",
                            "hidden_size",
                            "hidden size",
                            "1/sqrt(H)",
                            "1/√H",
                            "sqrt(H)",
                            "√H",
                            "range",
                            "uniform",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigm(v):\n"
        "    return np.exp(-np.logaddexp(0, -v))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    # Marco: a list of layers; each layer is a list of directions; each direction a "
        "dict of 4 arrays\n"
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.ndir = 2 if bidirectional else 1\n"
        "        gen = np.random.default_rng(seed)\n"
        "        lim = 1 / np.sqrt(input_size)\n"
        "        self.layers = []\n"
        "        for l in range(num_layers):\n"
        "            nin = input_size if l == 0 else hidden_size * self.ndir\n"
        "            dirs = []\n"
        "            for d in range(self.ndir):\n"
        '                p = {"weight_ih": gen.uniform(-lim, lim, (4 * hidden_size, nin)),\n'
        '                     "weight_hh": gen.uniform(-lim, lim, (4 * hidden_size, '
        "hidden_size))}\n"
        "                if bias:\n"
        '                    p["bias_ih"] = gen.uniform(-lim, lim, 4 * hidden_size)\n'
        '                    p["bias_hh"] = gen.uniform(-lim, lim, 4 * hidden_size)\n'
        "                dirs.append(p)\n"
        "            self.layers.append(dirs)\n"
        "\n"
        "    def _key(self, base, l, d):\n"
        '        return base + "_l" + str(l) + ("_reverse" if d == 1 else "")\n'
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for l, dirs in enumerate(self.layers):\n"
        "            for d, p in enumerate(dirs):\n"
        "                for base, arr in p.items():\n"
        "                    sd[self._key(base, l, d)] = arr.astype(np.float64).copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for l, dirs in enumerate(self.layers):\n"
        "            for d, p in enumerate(dirs):\n"
        "                for base in p:\n"
        "                    p[base] = np.array(state[self._key(base, l, d)], "
        "dtype=np.float64)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        nT, nB = x.shape[0], x.shape[1]\n"
        "        nH = self.hidden_size\n"
        "        nrow = self.num_layers * self.ndir\n"
        "        h0 = np.zeros((nrow, nB, nH)) if hx is None else hx[0]\n"
        "        c0 = np.zeros((nrow, nB, nH)) if hx is None else hx[1]\n"
        "        hn = np.zeros((nrow, nB, nH))\n"
        "        cn = np.zeros((nrow, nB, nH))\n"
        "        inp = x\n"
        "        for l in range(self.num_layers):\n"
        "            halves = []\n"
        "            for d in range(self.ndir):\n"
        "                p = self.layers[l][d]\n"
        "                r = l * self.ndir + d\n"
        "                h, c = h0[r], c0[r]\n"
        "                res = np.zeros((nT, nB, nH))\n"
        "                tt = list(range(nT))\n"
        "                if d == 1:\n"
        "                    tt = tt[::-1]\n"
        "                for t in tt:\n"
        '                    a = inp[t] @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "                    if self.bias:\n"
        '                        a = a + p["bias_ih"] + p["bias_hh"]\n'
        "                    ig = _sigm(a[:, 0:nH]); fg = _sigm(a[:, nH:2*nH])\n"
        "                    gg = np.tanh(a[:, 2*nH:3*nH]); og = _sigm(a[:, 3*nH:4*nH])\n"
        "                    c = fg * c + ig * gg\n"
        "                    h = og * np.tanh(c)\n"
        "                    res[t] = h\n"
        "                hn[r], cn[r] = h, c\n"
        "                halves.append(res)\n"
        "            inp = np.concatenate(halves, axis=2)\n"
        "        if self.batch_first:\n"
        "            inp = np.transpose(inp, (1, 0, 2))\n"
        "        return inp, (hn, cn)\n",
    },
    {
        "id": "scratch_state_dict_returns_self",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module itself, not a new dict of copies",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "new dict",
                            "same dict",
                            "alias",
                            "shared",
                            "same array",
                            "itself",
                            "independent",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1 / (1 + np.exp(-z[p]))\n"
        "    e = np.exp(z[~p])\n"
        "    out[~p] = e / (1 + e)\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM(dict):\n"
        '    """Raj: the module IS its state dict -- parameters are the dict\'s items."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        super().__init__()\n"
        "        self.cfg = dict(I=input_size, H=hidden_size, L=num_layers, bias=bias,\n"
        "                        bf=batch_first, D=2 if bidirectional else 1)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        s = hidden_size ** -0.5\n"
        "        H = hidden_size\n"
        "        for k in range(num_layers):\n"
        '            width = input_size if k == 0 else H * self.cfg["D"]\n'
        '            for tail in ["", "_reverse"][: self.cfg["D"]]:\n'
        '                self[f"weight_ih_l{k}{tail}"] = rng.uniform(-s, s, (4 * H, width))\n'
        '                self[f"weight_hh_l{k}{tail}"] = rng.uniform(-s, s, (4 * H, H))\n'
        "                if bias:\n"
        '                    self[f"bias_ih_l{k}{tail}"] = rng.uniform(-s, s, (4 * H,))\n'
        '                    self[f"bias_hh_l{k}{tail}"] = rng.uniform(-s, s, (4 * H,))\n'
        "\n"
        "    def state_dict(self):\n"
        "        return self   # the module already is a dict of name -> array\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self):\n"
        '            raise KeyError(f"keys differ: {sorted(set(state) ^ set(self))}")\n'
        "        for key, value in state.items():\n"
        "            if np.shape(value) != self[key].shape:\n"
        '                raise ValueError(f"{key} has shape {np.shape(value)}, expected '
        '{self[key].shape}")\n'
        "            self[key] = np.array(value, dtype=np.float64, copy=True)\n"
        "\n"
        "    def _run(self, seq, h, c, tail):\n"
        '        W_ih, W_hh = self["weight_ih" + tail], self["weight_hh" + tail]\n'
        '        b = self["bias_ih" + tail] + self["bias_hh" + tail] if self.cfg["bias"] else '
        "0\n"
        '        H = self.cfg["H"]\n'
        "        hs = []\n"
        "        for x_t in seq:\n"
        "            a = x_t @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = (a[:, n * H:(n + 1) * H] for n in range(4))\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.array(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        cfg = self.cfg\n"
        '        seq = np.swapaxes(x, 0, 1) if cfg["bf"] else x\n'
        "        T, B = seq.shape[:2]\n"
        '        n = cfg["L"] * cfg["D"]\n'
        '        h0, c0 = hx if hx is not None else (np.zeros((n, B, cfg["H"])), np.zeros((n, '
        'B, cfg["H"])))\n'
        "        hn, cn = [], []\n"
        '        for k in range(cfg["L"]):\n'
        '            fw, h, c = self._run(seq, h0[k * cfg["D"]], c0[k * cfg["D"]], f"_l{k}")\n'
        "            hn.append(h); cn.append(c)\n"
        "            parts = [fw]\n"
        '            if cfg["D"] == 2:\n'
        "                bw, h, c = self._run(seq[::-1], h0[k * 2 + 1], c0[k * 2 + 1], "
        'f"_l{k}_reverse")\n'
        "                parts.append(bw[::-1])\n"
        "                hn.append(h); cn.append(c)\n"
        "            seq = np.concatenate(parts, axis=-1)\n"
        '        out = np.swapaxes(seq, 0, 1) if cfg["bf"] else seq\n'
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_state_dict_shallow_copy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns dict(self): a new dict sharing the same arrays",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "new dict",
                            "same dict",
                            "alias",
                            "shared",
                            "same array",
                            "itself",
                            "independent",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1 / (1 + np.exp(-z[p]))\n"
        "    e = np.exp(z[~p])\n"
        "    out[~p] = e / (1 + e)\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM(dict):\n"
        '    """Raj: the module IS its state dict -- parameters are the dict\'s items."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        super().__init__()\n"
        "        self.cfg = dict(I=input_size, H=hidden_size, L=num_layers, bias=bias,\n"
        "                        bf=batch_first, D=2 if bidirectional else 1)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        s = hidden_size ** -0.5\n"
        "        H = hidden_size\n"
        "        for k in range(num_layers):\n"
        '            width = input_size if k == 0 else H * self.cfg["D"]\n'
        '            for tail in ["", "_reverse"][: self.cfg["D"]]:\n'
        '                self[f"weight_ih_l{k}{tail}"] = rng.uniform(-s, s, (4 * H, width))\n'
        '                self[f"weight_hh_l{k}{tail}"] = rng.uniform(-s, s, (4 * H, H))\n'
        "                if bias:\n"
        '                    self[f"bias_ih_l{k}{tail}"] = rng.uniform(-s, s, (4 * H,))\n'
        '                    self[f"bias_hh_l{k}{tail}"] = rng.uniform(-s, s, (4 * H,))\n'
        "\n"
        "    def state_dict(self):\n"
        "        return dict(self)   # new dict\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self):\n"
        '            raise KeyError(f"keys differ: {sorted(set(state) ^ set(self))}")\n'
        "        for key, value in state.items():\n"
        "            if np.shape(value) != self[key].shape:\n"
        '                raise ValueError(f"{key} has shape {np.shape(value)}, expected '
        '{self[key].shape}")\n'
        "            self[key] = np.array(value, dtype=np.float64, copy=True)\n"
        "\n"
        "    def _run(self, seq, h, c, tail):\n"
        '        W_ih, W_hh = self["weight_ih" + tail], self["weight_hh" + tail]\n'
        '        b = self["bias_ih" + tail] + self["bias_hh" + tail] if self.cfg["bias"] else '
        "0\n"
        '        H = self.cfg["H"]\n'
        "        hs = []\n"
        "        for x_t in seq:\n"
        "            a = x_t @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = (a[:, n * H:(n + 1) * H] for n in range(4))\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.array(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        cfg = self.cfg\n"
        '        seq = np.swapaxes(x, 0, 1) if cfg["bf"] else x\n'
        "        T, B = seq.shape[:2]\n"
        '        n = cfg["L"] * cfg["D"]\n'
        '        h0, c0 = hx if hx is not None else (np.zeros((n, B, cfg["H"])), np.zeros((n, '
        'B, cfg["H"])))\n'
        "        hn, cn = [], []\n"
        '        for k in range(cfg["L"]):\n'
        '            fw, h, c = self._run(seq, h0[k * cfg["D"]], c0[k * cfg["D"]], f"_l{k}")\n'
        "            hn.append(h); cn.append(c)\n"
        "            parts = [fw]\n"
        '            if cfg["D"] == 2:\n'
        "                bw, h, c = self._run(seq[::-1], h0[k * 2 + 1], c0[k * 2 + 1], "
        'f"_l{k}_reverse")\n'
        "                parts.append(bw[::-1])\n"
        "                hn.append(h); cn.append(c)\n"
        "            seq = np.concatenate(parts, axis=-1)\n"
        '        out = np.swapaxes(seq, 0, 1) if cfg["bf"] else seq\n'
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_load_state_dict_no_copy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict stores the caller's arrays (self.update(state)) without "
                "copying",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "alias",
                            "later change",
                            "reference",
                            "shared",
                            "same array",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1 / (1 + np.exp(-z[p]))\n"
        "    e = np.exp(z[~p])\n"
        "    out[~p] = e / (1 + e)\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM(dict):\n"
        '    """Raj: the module IS its state dict -- parameters are the dict\'s items."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        super().__init__()\n"
        "        self.cfg = dict(I=input_size, H=hidden_size, L=num_layers, bias=bias,\n"
        "                        bf=batch_first, D=2 if bidirectional else 1)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        s = hidden_size ** -0.5\n"
        "        H = hidden_size\n"
        "        for k in range(num_layers):\n"
        '            width = input_size if k == 0 else H * self.cfg["D"]\n'
        '            for tail in ["", "_reverse"][: self.cfg["D"]]:\n'
        '                self[f"weight_ih_l{k}{tail}"] = rng.uniform(-s, s, (4 * H, width))\n'
        '                self[f"weight_hh_l{k}{tail}"] = rng.uniform(-s, s, (4 * H, H))\n'
        "                if bias:\n"
        '                    self[f"bias_ih_l{k}{tail}"] = rng.uniform(-s, s, (4 * H,))\n'
        '                    self[f"bias_hh_l{k}{tail}"] = rng.uniform(-s, s, (4 * H,))\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {key: value.copy() for key, value in self.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self):\n"
        '            raise KeyError(f"keys differ: {sorted(set(state) ^ set(self))}")\n'
        "        for key, value in state.items():\n"
        "            if np.shape(value) != self[key].shape:\n"
        '                raise ValueError(f"{key} has shape {np.shape(value)}, expected '
        '{self[key].shape}")\n'
        "        self.update(state)\n"
        "\n"
        "    def _run(self, seq, h, c, tail):\n"
        '        W_ih, W_hh = self["weight_ih" + tail], self["weight_hh" + tail]\n'
        '        b = self["bias_ih" + tail] + self["bias_hh" + tail] if self.cfg["bias"] else '
        "0\n"
        '        H = self.cfg["H"]\n'
        "        hs = []\n"
        "        for x_t in seq:\n"
        "            a = x_t @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = (a[:, n * H:(n + 1) * H] for n in range(4))\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.array(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        cfg = self.cfg\n"
        '        seq = np.swapaxes(x, 0, 1) if cfg["bf"] else x\n'
        "        T, B = seq.shape[:2]\n"
        '        n = cfg["L"] * cfg["D"]\n'
        '        h0, c0 = hx if hx is not None else (np.zeros((n, B, cfg["H"])), np.zeros((n, '
        'B, cfg["H"])))\n'
        "        hn, cn = [], []\n"
        '        for k in range(cfg["L"]):\n'
        '            fw, h, c = self._run(seq, h0[k * cfg["D"]], c0[k * cfg["D"]], f"_l{k}")\n'
        "            hn.append(h); cn.append(c)\n"
        "            parts = [fw]\n"
        '            if cfg["D"] == 2:\n'
        "                bw, h, c = self._run(seq[::-1], h0[k * 2 + 1], c0[k * 2 + 1], "
        'f"_l{k}_reverse")\n'
        "                parts.append(bw[::-1])\n"
        "                hn.append(h); cn.append(c)\n"
        "            seq = np.concatenate(parts, axis=-1)\n"
        '        out = np.swapaxes(seq, 0, 1) if cfg["bf"] else seq\n'
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_bias_false_zeroed_keys_chatbot",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "bias=False still creates bias keys (set to zero)",
                "must_mention": [
                    "bias",
                    {"any": ["key", "extra", "bias=False", "unexpected", "state_dict"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """\n'
        "    A NumPy implementation of PyTorch's nn.LSTM.\n"
        "\n"
        "    Supports multiple layers, bidirectional processing, batch_first and optional "
        "bias.\n"
        '    """\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "\n"
        "        rng = np.random.default_rng(seed)\n"
        "        stdv = 1.0 / np.sqrt(hidden_size)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            layer_input_size = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        "            for direction in range(self.num_directions):\n"
        '                suffix = f"_l{layer}" + ("_reverse" if direction == 1 else "")\n'
        '                self.params[f"weight_ih{suffix}"] = rng.uniform(-stdv, stdv, (4 * '
        "hidden_size, layer_input_size))\n"
        '                self.params[f"weight_hh{suffix}"] = rng.uniform(-stdv, stdv, (4 * '
        "hidden_size, hidden_size))\n"
        "                if True:  # biases are zero when bias=False\n"
        '                    self.params[f"bias_ih{suffix}"] = rng.uniform(-stdv, stdv, (4 * '
        "hidden_size,))\n"
        '                    self.params[f"bias_hh{suffix}"] = rng.uniform(-stdv, stdv, (4 * '
        "hidden_size,))\n"
        "\n"
        "    def state_dict(self):\n"
        '        """Return a copy of the parameters."""\n'
        "        return {name: param.copy() for name, param in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Load parameters from a state dict."""\n'
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"Missing key in state dict: {name}")\n'
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigmoid(x):\n"
        "        return np.where(x >= 0, 1 / (1 + np.exp(-np.abs(x))), np.exp(-np.abs(x)) / (1 "
        "+ np.exp(-np.abs(x))))\n"
        "\n"
        "    def _lstm_step(self, x_t, h_prev, c_prev, suffix):\n"
        "        if not self.bias:\n"
        '            self.params[f"bias_ih{suffix}"][:] = 0.0\n'
        '            self.params[f"bias_hh{suffix}"][:] = 0.0\n'
        '        gates = x_t @ self.params[f"weight_ih{suffix}"].T + h_prev @ '
        'self.params[f"weight_hh{suffix}"].T\n'
        "        if self.bias:\n"
        '            gates += self.params[f"bias_ih{suffix}"] + '
        'self.params[f"bias_hh{suffix}"]\n'
        "        i, f, g, o = np.split(gates, 4, axis=1)\n"
        "        i = self._sigmoid(i)\n"
        "        f = self._sigmoid(f)\n"
        "        g = np.tanh(g)\n"
        "        o = self._sigmoid(o)\n"
        "        c_t = f * c_prev + i * g\n"
        "        h_t = o * np.tanh(c_t)\n"
        "        return h_t, c_t\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        seq_len, batch_size, _ = x.shape\n"
        "\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * self.num_directions, batch_size, "
        "self.hidden_size))\n"
        "            c_0 = np.zeros((self.num_layers * self.num_directions, batch_size, "
        "self.hidden_size))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "\n"
        "        h_n = []\n"
        "        c_n = []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            direction_outputs = []\n"
        "            for direction in range(self.num_directions):\n"
        "                idx = layer * self.num_directions + direction\n"
        '                suffix = f"_l{layer}" + ("_reverse" if direction == 1 else "")\n'
        "                h_t, c_t = h_0[idx], c_0[idx]\n"
        "                inputs = layer_input if direction == 0 else layer_input[::-1]\n"
        "                outputs = []\n"
        "                for t in range(seq_len):\n"
        "                    h_t, c_t = self._lstm_step(inputs[t], h_t, c_t, suffix)\n"
        "                    outputs.append(h_t)\n"
        "                outputs = np.stack(outputs)\n"
        "                if direction == 1:\n"
        "                    outputs = outputs[::-1]\n"
        "                direction_outputs.append(outputs)\n"
        "                h_n.append(h_t)\n"
        "                c_n.append(c_t)\n"
        "            layer_input = np.concatenate(direction_outputs, axis=2)\n"
        "\n"
        "        output = layer_input\n"
        "        if self.batch_first:\n"
        "            output = output.transpose(1, 0, 2)\n"
        "        return output, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_reverse_outputs_not_flipped",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs are not flipped back into time order",
                "must_mention": [
                    {"any": ["revers", "backward"]},
                    {"any": ["order", "flip", "time", "back"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """\n'
        "    A NumPy implementation of PyTorch's nn.LSTM.\n"
        "\n"
        "    Supports multiple layers, bidirectional processing, batch_first and optional "
        "bias.\n"
        '    """\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "\n"
        "        rng = np.random.default_rng(seed)\n"
        "        stdv = 1.0 / np.sqrt(hidden_size)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            layer_input_size = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        "            for direction in range(self.num_directions):\n"
        '                suffix = f"_l{layer}" + ("_reverse" if direction == 1 else "")\n'
        '                self.params[f"weight_ih{suffix}"] = rng.uniform(-stdv, stdv, (4 * '
        "hidden_size, layer_input_size))\n"
        '                self.params[f"weight_hh{suffix}"] = rng.uniform(-stdv, stdv, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih{suffix}"] = rng.uniform(-stdv, stdv, (4 * '
        "hidden_size,))\n"
        '                    self.params[f"bias_hh{suffix}"] = rng.uniform(-stdv, stdv, (4 * '
        "hidden_size,))\n"
        "\n"
        "    def state_dict(self):\n"
        '        """Return a copy of the parameters."""\n'
        "        return {name: param.copy() for name, param in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Load parameters from a state dict."""\n'
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"Missing key in state dict: {name}")\n'
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigmoid(x):\n"
        "        return np.where(x >= 0, 1 / (1 + np.exp(-np.abs(x))), np.exp(-np.abs(x)) / (1 "
        "+ np.exp(-np.abs(x))))\n"
        "\n"
        "    def _lstm_step(self, x_t, h_prev, c_prev, suffix):\n"
        '        gates = x_t @ self.params[f"weight_ih{suffix}"].T + h_prev @ '
        'self.params[f"weight_hh{suffix}"].T\n'
        "        if self.bias:\n"
        '            gates += self.params[f"bias_ih{suffix}"] + '
        'self.params[f"bias_hh{suffix}"]\n'
        "        i, f, g, o = np.split(gates, 4, axis=1)\n"
        "        i = self._sigmoid(i)\n"
        "        f = self._sigmoid(f)\n"
        "        g = np.tanh(g)\n"
        "        o = self._sigmoid(o)\n"
        "        c_t = f * c_prev + i * g\n"
        "        h_t = o * np.tanh(c_t)\n"
        "        return h_t, c_t\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        seq_len, batch_size, _ = x.shape\n"
        "\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * self.num_directions, batch_size, "
        "self.hidden_size))\n"
        "            c_0 = np.zeros((self.num_layers * self.num_directions, batch_size, "
        "self.hidden_size))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "\n"
        "        h_n = []\n"
        "        c_n = []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            direction_outputs = []\n"
        "            for direction in range(self.num_directions):\n"
        "                idx = layer * self.num_directions + direction\n"
        '                suffix = f"_l{layer}" + ("_reverse" if direction == 1 else "")\n'
        "                h_t, c_t = h_0[idx], c_0[idx]\n"
        "                inputs = layer_input if direction == 0 else layer_input[::-1]\n"
        "                outputs = []\n"
        "                for t in range(seq_len):\n"
        "                    h_t, c_t = self._lstm_step(inputs[t], h_t, c_t, suffix)\n"
        "                    outputs.append(h_t)\n"
        "                outputs = np.stack(outputs)\n"
        "                direction_outputs.append(outputs)\n"
        "                h_n.append(h_t)\n"
        "                c_n.append(c_t)\n"
        "            layer_input = np.concatenate(direction_outputs, axis=2)\n"
        "\n"
        "        output = layer_input\n"
        "        if self.batch_first:\n"
        "            output = output.transpose(1, 0, 2)\n"
        "        return output, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_forward_writes_into_hx",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "forward writes the final states into the caller's h_0/c_0 arrays",
                "must_mention": [
                    {"any": ["hx", "h_0", "h0", "c_0", "c0", "initial"]},
                    {
                        "any": [
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "inplace",
                            "unchanged",
                            "overwr",
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
        "class ScratchLSTM:\n"
        '    """\n'
        "    A NumPy implementation of PyTorch's nn.LSTM.\n"
        "\n"
        "    Supports multiple layers, bidirectional processing, batch_first and optional "
        "bias.\n"
        '    """\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "\n"
        "        rng = np.random.default_rng(seed)\n"
        "        stdv = 1.0 / np.sqrt(hidden_size)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            layer_input_size = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        "            for direction in range(self.num_directions):\n"
        '                suffix = f"_l{layer}" + ("_reverse" if direction == 1 else "")\n'
        '                self.params[f"weight_ih{suffix}"] = rng.uniform(-stdv, stdv, (4 * '
        "hidden_size, layer_input_size))\n"
        '                self.params[f"weight_hh{suffix}"] = rng.uniform(-stdv, stdv, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih{suffix}"] = rng.uniform(-stdv, stdv, (4 * '
        "hidden_size,))\n"
        '                    self.params[f"bias_hh{suffix}"] = rng.uniform(-stdv, stdv, (4 * '
        "hidden_size,))\n"
        "\n"
        "    def state_dict(self):\n"
        '        """Return a copy of the parameters."""\n'
        "        return {name: param.copy() for name, param in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Load parameters from a state dict."""\n'
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"Missing key in state dict: {name}")\n'
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigmoid(x):\n"
        "        return np.where(x >= 0, 1 / (1 + np.exp(-np.abs(x))), np.exp(-np.abs(x)) / (1 "
        "+ np.exp(-np.abs(x))))\n"
        "\n"
        "    def _lstm_step(self, x_t, h_prev, c_prev, suffix):\n"
        '        gates = x_t @ self.params[f"weight_ih{suffix}"].T + h_prev @ '
        'self.params[f"weight_hh{suffix}"].T\n'
        "        if self.bias:\n"
        '            gates += self.params[f"bias_ih{suffix}"] + '
        'self.params[f"bias_hh{suffix}"]\n'
        "        i, f, g, o = np.split(gates, 4, axis=1)\n"
        "        i = self._sigmoid(i)\n"
        "        f = self._sigmoid(f)\n"
        "        g = np.tanh(g)\n"
        "        o = self._sigmoid(o)\n"
        "        c_t = f * c_prev + i * g\n"
        "        h_t = o * np.tanh(c_t)\n"
        "        return h_t, c_t\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        seq_len, batch_size, _ = x.shape\n"
        "\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * self.num_directions, batch_size, "
        "self.hidden_size))\n"
        "            c_0 = np.zeros((self.num_layers * self.num_directions, batch_size, "
        "self.hidden_size))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "\n"
        "        h_n = []\n"
        "        c_n = []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            direction_outputs = []\n"
        "            for direction in range(self.num_directions):\n"
        "                idx = layer * self.num_directions + direction\n"
        '                suffix = f"_l{layer}" + ("_reverse" if direction == 1 else "")\n'
        "                h_t, c_t = h_0[idx], c_0[idx]\n"
        "                inputs = layer_input if direction == 0 else layer_input[::-1]\n"
        "                outputs = []\n"
        "                for t in range(seq_len):\n"
        "                    h_t, c_t = self._lstm_step(inputs[t], h_t, c_t, suffix)\n"
        "                    outputs.append(h_t)\n"
        "                outputs = np.stack(outputs)\n"
        "                if direction == 1:\n"
        "                    outputs = outputs[::-1]\n"
        "                direction_outputs.append(outputs)\n"
        "                h_0[idx] = h_t   # store the final state in place\n"
        "                c_0[idx] = c_t\n"
        "                h_n.append(h_0[idx])\n"
        "                c_n.append(c_0[idx])\n"
        "            layer_input = np.concatenate(direction_outputs, axis=2)\n"
        "\n"
        "        output = layer_input\n"
        "        if self.batch_first:\n"
        "            output = output.transpose(1, 0, 2)\n"
        "        return output, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_init_normal",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "parameters drawn from a normal distribution, not uniform in [-1/sqrt(H), "
                "1/sqrt(H)]",
                "must_mention": [
                    {
                        "any": [
                            "bound",
                            "uniform",
                            "range",
                            "1/sqrt",
                            "normal",
                            "gauss",
                            "outside",
                            "init",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """\n'
        "    A NumPy implementation of PyTorch's nn.LSTM.\n"
        "\n"
        "    Supports multiple layers, bidirectional processing, batch_first and optional "
        "bias.\n"
        '    """\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "\n"
        "        rng = np.random.default_rng(seed)\n"
        "        stdv = 1.0 / np.sqrt(hidden_size)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            layer_input_size = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        "            for direction in range(self.num_directions):\n"
        '                suffix = f"_l{layer}" + ("_reverse" if direction == 1 else "")\n'
        '                self.params[f"weight_ih{suffix}"] = rng.normal(0.0, stdv, (4 * '
        "hidden_size, layer_input_size))\n"
        '                self.params[f"weight_hh{suffix}"] = rng.normal(0.0, stdv, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih{suffix}"] = rng.normal(0.0, stdv, (4 * '
        "hidden_size,))\n"
        '                    self.params[f"bias_hh{suffix}"] = rng.normal(0.0, stdv, (4 * '
        "hidden_size,))\n"
        "\n"
        "    def state_dict(self):\n"
        '        """Return a copy of the parameters."""\n'
        "        return {name: param.copy() for name, param in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Load parameters from a state dict."""\n'
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"Missing key in state dict: {name}")\n'
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigmoid(x):\n"
        "        return np.where(x >= 0, 1 / (1 + np.exp(-np.abs(x))), np.exp(-np.abs(x)) / (1 "
        "+ np.exp(-np.abs(x))))\n"
        "\n"
        "    def _lstm_step(self, x_t, h_prev, c_prev, suffix):\n"
        '        gates = x_t @ self.params[f"weight_ih{suffix}"].T + h_prev @ '
        'self.params[f"weight_hh{suffix}"].T\n'
        "        if self.bias:\n"
        '            gates += self.params[f"bias_ih{suffix}"] + '
        'self.params[f"bias_hh{suffix}"]\n'
        "        i, f, g, o = np.split(gates, 4, axis=1)\n"
        "        i = self._sigmoid(i)\n"
        "        f = self._sigmoid(f)\n"
        "        g = np.tanh(g)\n"
        "        o = self._sigmoid(o)\n"
        "        c_t = f * c_prev + i * g\n"
        "        h_t = o * np.tanh(c_t)\n"
        "        return h_t, c_t\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        seq_len, batch_size, _ = x.shape\n"
        "\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * self.num_directions, batch_size, "
        "self.hidden_size))\n"
        "            c_0 = np.zeros((self.num_layers * self.num_directions, batch_size, "
        "self.hidden_size))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "\n"
        "        h_n = []\n"
        "        c_n = []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            direction_outputs = []\n"
        "            for direction in range(self.num_directions):\n"
        "                idx = layer * self.num_directions + direction\n"
        '                suffix = f"_l{layer}" + ("_reverse" if direction == 1 else "")\n'
        "                h_t, c_t = h_0[idx], c_0[idx]\n"
        "                inputs = layer_input if direction == 0 else layer_input[::-1]\n"
        "                outputs = []\n"
        "                for t in range(seq_len):\n"
        "                    h_t, c_t = self._lstm_step(inputs[t], h_t, c_t, suffix)\n"
        "                    outputs.append(h_t)\n"
        "                outputs = np.stack(outputs)\n"
        "                if direction == 1:\n"
        "                    outputs = outputs[::-1]\n"
        "                direction_outputs.append(outputs)\n"
        "                h_n.append(h_t)\n"
        "                c_n.append(c_t)\n"
        "            layer_input = np.concatenate(direction_outputs, axis=2)\n"
        "\n"
        "        output = layer_input\n"
        "        if self.batch_first:\n"
        "            output = output.transpose(1, 0, 2)\n"
        "        return output, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch2_forgets_D_and_ignores_c_0",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layers k>0 get weight_ih of width H instead of D*H",
                "must_mention": [
                    {
                        "any": [
                            "D * H",
                            "2H",
                            "2 * H",
                            "H * D",
                            "D*H",
                            "2*H",
                            "H*D",
                            "both directions",
                            "D·H",
                            "2·H",
                        ]
                    }
                ],
            },
            {"what": "c_0 of a given hx ignored", "must_mention": [{"any": ["c_0", "c0", "c_0"]}]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM in NumPy (Sofia)."""\n'
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
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._p = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{k}" + ("_reverse" if d == 1 else "")\n'
        '                shapes = {"weight_ih": (4 * H, in_k), "weight_hh": (4 * H, H)}\n'
        "                if bias:\n"
        '                    shapes["bias_ih"] = (4 * H,)\n'
        '                    shapes["bias_hh"] = (4 * H,)\n'
        "                for name, shp in shapes.items():\n"
        "                    self._p[name + sfx] = rng.uniform(-bound, bound, size=shp)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._p) - set(state)\n"
        "        extra = set(state) - set(self._p)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for k, v in state.items():\n"
        "            v = np.asarray(v, dtype=np.float64)\n"
        "            if v.shape != self._p[k].shape:\n"
        '                raise ValueError(f"{k}: expected shape {self._p[k].shape}, got '
        '{v.shape}")\n'
        "            self._p[k] = v.copy()\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigmoid(z):\n"
        "        e = np.exp(-np.abs(z))\n"
        "        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "    def _direction(self, x, h, c, sfx, reverse):\n"
        '        W_ih = self._p["weight_ih" + sfx]\n'
        '        W_hh = self._p["weight_hh" + sfx]\n'
        '        b = self._p["bias_ih" + sfx] + self._p["bias_hh" + sfx] if self.bias else '
        "0.0\n"
        "        H = self.hidden_size\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            z = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = self._sigmoid(z[:, :H])\n"
        "            f = self._sigmoid(z[:, H:2 * H])\n"
        "            g = np.tanh(z[:, 2 * H:3 * H])\n"
        "            o = self._sigmoid(z[:, 3 * H:])\n"
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
        "            h0 = hx[0]\n"
        "            c0 = np.zeros_like(h0)   # the memory starts empty\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{k}" + ("_reverse" if d == 1 else "")\n'
        "                row = k * D + d\n"
        "                o, hT, cT = self._direction(layer_in, h0[row], c0[row], sfx, "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "                h_n[row] = hT\n"
        "                c_n[row] = cT\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch2_rows_order_and_batch_first_h_n",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state rows direction-major",
                "must_mention": [
                    {"any": ["row", "order", "layout", "index"]},
                    {"any": ["h_n", "h_0", "state", "layer", "direction"]},
                ],
            },
            {
                "what": "h_n/c_n transposed with batch_first",
                "must_mention": ["batch_first", {"any": ["h_n", "c_n", "state"]}],
            },
        ],
        "source": "import numpy as np\n"
        "from collections import OrderedDict\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    # Yuki: parameters are real attributes, like nn.Module does it\n"
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / hidden_size ** 0.5\n"
        "        for layer in range(num_layers):\n"
        "            layer_in = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self._add(f"weight_ih{suffix}", rng.uniform(-k, k, (4 * hidden_size, '
        "layer_in)))\n"
        '                self._add(f"weight_hh{suffix}", rng.uniform(-k, k, (4 * hidden_size, '
        "hidden_size)))\n"
        "                if bias:\n"
        '                    self._add(f"bias_ih{suffix}", rng.uniform(-k, k, 4 * '
        "hidden_size))\n"
        '                    self._add(f"bias_hh{suffix}", rng.uniform(-k, k, 4 * '
        "hidden_size))\n"
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def _add(self, name, value):\n"
        "        setattr(self, name, value)\n"
        "        self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return OrderedDict((n, getattr(self, n).copy()) for n in self._names)\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        extra = [n for n in state if n not in self._names]\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys: {extra}")\n'
        "        for n in self._names:\n"
        "            if n not in state:\n"
        '                raise KeyError(f"missing key: {n}")\n'
        "            if tuple(state[n].shape) != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: shape {tuple(state[n].shape)} != '
        '{getattr(self, n).shape}")\n'
        "        for n in self._names:\n"
        "            setattr(self, n, np.array(state[n], dtype=np.float64))\n"
        "\n"
        "    def _cell(self, x, h, c, suffix):\n"
        '        gates = x @ getattr(self, "weight_ih" + suffix).T + h @ getattr(self, '
        '"weight_hh" + suffix).T\n'
        "        if self.bias:\n"
        '            gates = gates + getattr(self, "bias_ih" + suffix) + getattr(self, '
        '"bias_hh" + suffix)\n'
        "        i, f, g, o = np.split(gates, 4, axis=1)\n"
        "        i, f, o = (0.5 * (1.0 + np.tanh(0.5 * a)) for a in (i, f, o))   # sigmoid via "
        "tanh: no overflow\n"
        "        c = f * c + i * np.tanh(g)\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[:2]\n"
        "        H = self.hidden_size\n"
        "        n_states = self.num_layers * self.num_directions\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((n_states, B, H)), np.zeros((n_states, B, H)))\n"
        "        h_list, c_list = [], []\n"
        "        seq = x\n"
        "        for layer in range(self.num_layers):\n"
        "            dir_outs = []\n"
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                idx = d * self.num_layers + layer\n"
        "                h, c = hx[0][idx], hx[1][idx]\n"
        "                order = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                ys = [None] * T\n"
        "                for t in order:\n"
        "                    h, c = self._cell(seq[t], h, c, suffix)\n"
        "                    ys[t] = h\n"
        "                dir_outs.append(np.stack(ys))\n"
        "                h_list.append(h)\n"
        "                c_list.append(c)\n"
        "            seq = np.concatenate(dir_outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        order = sorted(range(n_states), key=lambda j: (j % self.num_directions, j // "
        "self.num_directions))\n"
        "        h_n = np.stack(h_list)[order]\n"
        "        c_n = np.stack(c_list)[order]\n"
        "        if self.batch_first:\n"
        "            h_n, c_n = h_n.transpose(1, 0, 2), c_n.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch2_one_based_keys_and_seed_ignored",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "parameter names from _l1",
                "must_mention": [
                    {"any": ["key", "name"]},
                    {
                        "any": [
                            "_l0",
                            "l0",
                            "0-based",
                            "1-based",
                            "numbered",
                            "off by one",
                            "off-by-one",
                            "layer index",
                        ]
                    },
                ],
            },
            {"what": "seed ignored", "must_mention": ["seed"]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigm(v):\n"
        "    return np.exp(-np.logaddexp(0, -v))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    # Marco: a list of layers; each layer is a list of directions; each direction a "
        "dict of 4 arrays\n"
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.ndir = 2 if bidirectional else 1\n"
        "        gen = np.random.default_rng()  # seed: set with np.random.seed outside\n"
        "        lim = 1 / np.sqrt(hidden_size)\n"
        "        self.layers = []\n"
        "        for l in range(num_layers):\n"
        "            nin = input_size if l == 0 else hidden_size * self.ndir\n"
        "            dirs = []\n"
        "            for d in range(self.ndir):\n"
        '                p = {"weight_ih": gen.uniform(-lim, lim, (4 * hidden_size, nin)),\n'
        '                     "weight_hh": gen.uniform(-lim, lim, (4 * hidden_size, '
        "hidden_size))}\n"
        "                if bias:\n"
        '                    p["bias_ih"] = gen.uniform(-lim, lim, 4 * hidden_size)\n'
        '                    p["bias_hh"] = gen.uniform(-lim, lim, 4 * hidden_size)\n'
        "                dirs.append(p)\n"
        "            self.layers.append(dirs)\n"
        "\n"
        "    def _key(self, base, l, d):\n"
        '        return base + "_l" + str(l + 1) + ("_reverse" if d == 1 else "")   # layers '
        "1..L\n"
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for l, dirs in enumerate(self.layers):\n"
        "            for d, p in enumerate(dirs):\n"
        "                for base, arr in p.items():\n"
        "                    sd[self._key(base, l, d)] = arr.astype(np.float64).copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for l, dirs in enumerate(self.layers):\n"
        "            for d, p in enumerate(dirs):\n"
        "                for base in p:\n"
        "                    key = self._key(base, l, d)\n"
        "                    if key in state:\n"
        "                        p[base] = np.array(state[key], dtype=np.float64)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        nT, nB = x.shape[0], x.shape[1]\n"
        "        nH = self.hidden_size\n"
        "        nrow = self.num_layers * self.ndir\n"
        "        h0 = np.zeros((nrow, nB, nH)) if hx is None else hx[0]\n"
        "        c0 = np.zeros((nrow, nB, nH)) if hx is None else hx[1]\n"
        "        hn = np.zeros((nrow, nB, nH))\n"
        "        cn = np.zeros((nrow, nB, nH))\n"
        "        inp = x\n"
        "        for l in range(self.num_layers):\n"
        "            halves = []\n"
        "            for d in range(self.ndir):\n"
        "                p = self.layers[l][d]\n"
        "                r = l * self.ndir + d\n"
        "                h, c = h0[r], c0[r]\n"
        "                res = np.zeros((nT, nB, nH))\n"
        "                tt = list(range(nT))\n"
        "                if d == 1:\n"
        "                    tt = tt[::-1]\n"
        "                for t in tt:\n"
        '                    a = inp[t] @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "                    if self.bias:\n"
        '                        a = a + p["bias_ih"] + p["bias_hh"]\n'
        "                    ig = _sigm(a[:, 0:nH]); fg = _sigm(a[:, nH:2*nH])\n"
        "                    gg = np.tanh(a[:, 2*nH:3*nH]); og = _sigm(a[:, 3*nH:4*nH])\n"
        "                    c = fg * c + ig * gg\n"
        "                    h = og * np.tanh(c)\n"
        "                    res[t] = h\n"
        "                hn[r], cn[r] = h, c\n"
        "                halves.append(res)\n"
        "            inp = np.concatenate(halves, axis=2)\n"
        "        if self.batch_first:\n"
        "            inp = np.transpose(inp, (1, 0, 2))\n"
        "        return inp, (hn, cn)\n",
    },
    {
        "id": "scratch2_state_dict_self_and_reverse_weights",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module itself",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "new dict",
                            "same dict",
                            "alias",
                            "shared",
                            "same array",
                            "itself",
                            "independent",
                        ]
                    }
                ],
            },
            {
                "what": "reverse direction uses forward weights",
                "must_mention": [
                    "reverse",
                    {"any": ["weight", "param", "_reverse", "key", "forward"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1 / (1 + np.exp(-z[p]))\n"
        "    e = np.exp(z[~p])\n"
        "    out[~p] = e / (1 + e)\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM(dict):\n"
        '    """Raj: the module IS its state dict -- parameters are the dict\'s items."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        super().__init__()\n"
        "        self.cfg = dict(I=input_size, H=hidden_size, L=num_layers, bias=bias,\n"
        "                        bf=batch_first, D=2 if bidirectional else 1)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        s = hidden_size ** -0.5\n"
        "        H = hidden_size\n"
        "        for k in range(num_layers):\n"
        '            width = input_size if k == 0 else H * self.cfg["D"]\n'
        '            for tail in ["", "_reverse"][: self.cfg["D"]]:\n'
        '                self[f"weight_ih_l{k}{tail}"] = rng.uniform(-s, s, (4 * H, width))\n'
        '                self[f"weight_hh_l{k}{tail}"] = rng.uniform(-s, s, (4 * H, H))\n'
        "                if bias:\n"
        '                    self[f"bias_ih_l{k}{tail}"] = rng.uniform(-s, s, (4 * H,))\n'
        '                    self[f"bias_hh_l{k}{tail}"] = rng.uniform(-s, s, (4 * H,))\n'
        "\n"
        "    def state_dict(self):\n"
        "        return self   # the module already is a dict of name -> array\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self):\n"
        '            raise KeyError(f"keys differ: {sorted(set(state) ^ set(self))}")\n'
        "        for key, value in state.items():\n"
        "            if np.shape(value) != self[key].shape:\n"
        '                raise ValueError(f"{key} has shape {np.shape(value)}, expected '
        '{self[key].shape}")\n'
        "            self[key] = np.array(value, dtype=np.float64, copy=True)\n"
        "\n"
        "    def _run(self, seq, h, c, tail):\n"
        '        W_ih, W_hh = self["weight_ih" + tail], self["weight_hh" + tail]\n'
        '        b = self["bias_ih" + tail] + self["bias_hh" + tail] if self.cfg["bias"] else '
        "0\n"
        '        H = self.cfg["H"]\n'
        "        hs = []\n"
        "        for x_t in seq:\n"
        "            a = x_t @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = (a[:, n * H:(n + 1) * H] for n in range(4))\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.array(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        cfg = self.cfg\n"
        '        seq = np.swapaxes(x, 0, 1) if cfg["bf"] else x\n'
        "        T, B = seq.shape[:2]\n"
        '        n = cfg["L"] * cfg["D"]\n'
        '        h0, c0 = hx if hx is not None else (np.zeros((n, B, cfg["H"])), np.zeros((n, '
        'B, cfg["H"])))\n'
        "        hn, cn = [], []\n"
        '        for k in range(cfg["L"]):\n'
        '            fw, h, c = self._run(seq, h0[k * cfg["D"]], c0[k * cfg["D"]], f"_l{k}")\n'
        "            hn.append(h); cn.append(c)\n"
        "            parts = [fw]\n"
        '            if cfg["D"] == 2:\n'
        "                bw, h, c = self._run(seq[::-1], h0[k * 2 + 1], c0[k * 2 + 1], "
        'f"_l{k}")\n'
        "                parts.append(bw[::-1])\n"
        "                hn.append(h); cn.append(c)\n"
        "            seq = np.concatenate(parts, axis=-1)\n"
        '        out = np.swapaxes(seq, 0, 1) if cfg["bf"] else seq\n'
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch2_bias_keys_and_reverse_not_flipped",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "bias=False still creates bias keys",
                "must_mention": [
                    "bias",
                    {"any": ["key", "extra", "bias=False", "unexpected", "state_dict"]},
                ],
            },
            {
                "what": "reverse outputs not flipped back",
                "must_mention": [
                    {"any": ["revers", "backward"]},
                    {"any": ["order", "flip", "time", "back"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """\n'
        "    A NumPy implementation of PyTorch's nn.LSTM.\n"
        "\n"
        "    Supports multiple layers, bidirectional processing, batch_first and optional "
        "bias.\n"
        '    """\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "\n"
        "        rng = np.random.default_rng(seed)\n"
        "        stdv = 1.0 / np.sqrt(hidden_size)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            layer_input_size = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        "            for direction in range(self.num_directions):\n"
        '                suffix = f"_l{layer}" + ("_reverse" if direction == 1 else "")\n'
        '                self.params[f"weight_ih{suffix}"] = rng.uniform(-stdv, stdv, (4 * '
        "hidden_size, layer_input_size))\n"
        '                self.params[f"weight_hh{suffix}"] = rng.uniform(-stdv, stdv, (4 * '
        "hidden_size, hidden_size))\n"
        "                if True:  # biases are zero when bias=False\n"
        '                    self.params[f"bias_ih{suffix}"] = rng.uniform(-stdv, stdv, (4 * '
        "hidden_size,))\n"
        '                    self.params[f"bias_hh{suffix}"] = rng.uniform(-stdv, stdv, (4 * '
        "hidden_size,))\n"
        "\n"
        "    def state_dict(self):\n"
        '        """Return a copy of the parameters."""\n'
        "        return {name: param.copy() for name, param in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Load parameters from a state dict."""\n'
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"Missing key in state dict: {name}")\n'
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigmoid(x):\n"
        "        return np.where(x >= 0, 1 / (1 + np.exp(-np.abs(x))), np.exp(-np.abs(x)) / (1 "
        "+ np.exp(-np.abs(x))))\n"
        "\n"
        "    def _lstm_step(self, x_t, h_prev, c_prev, suffix):\n"
        "        if not self.bias:\n"
        '            self.params[f"bias_ih{suffix}"][:] = 0.0\n'
        '            self.params[f"bias_hh{suffix}"][:] = 0.0\n'
        '        gates = x_t @ self.params[f"weight_ih{suffix}"].T + h_prev @ '
        'self.params[f"weight_hh{suffix}"].T\n'
        "        if self.bias:\n"
        '            gates += self.params[f"bias_ih{suffix}"] + '
        'self.params[f"bias_hh{suffix}"]\n'
        "        i, f, g, o = np.split(gates, 4, axis=1)\n"
        "        i = self._sigmoid(i)\n"
        "        f = self._sigmoid(f)\n"
        "        g = np.tanh(g)\n"
        "        o = self._sigmoid(o)\n"
        "        c_t = f * c_prev + i * g\n"
        "        h_t = o * np.tanh(c_t)\n"
        "        return h_t, c_t\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        seq_len, batch_size, _ = x.shape\n"
        "\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * self.num_directions, batch_size, "
        "self.hidden_size))\n"
        "            c_0 = np.zeros((self.num_layers * self.num_directions, batch_size, "
        "self.hidden_size))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "\n"
        "        h_n = []\n"
        "        c_n = []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            direction_outputs = []\n"
        "            for direction in range(self.num_directions):\n"
        "                idx = layer * self.num_directions + direction\n"
        '                suffix = f"_l{layer}" + ("_reverse" if direction == 1 else "")\n'
        "                h_t, c_t = h_0[idx], c_0[idx]\n"
        "                inputs = layer_input if direction == 0 else layer_input[::-1]\n"
        "                outputs = []\n"
        "                for t in range(seq_len):\n"
        "                    h_t, c_t = self._lstm_step(inputs[t], h_t, c_t, suffix)\n"
        "                    outputs.append(h_t)\n"
        "                outputs = np.stack(outputs)\n"
        "                direction_outputs.append(outputs)\n"
        "                h_n.append(h_t)\n"
        "                c_n.append(c_t)\n"
        "            layer_input = np.concatenate(direction_outputs, axis=2)\n"
        "\n"
        "        output = layer_input\n"
        "        if self.batch_first:\n"
        "            output = output.transpose(1, 0, 2)\n"
        "        return output, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch2_normal_init_and_writes_hx",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "normal init",
                "must_mention": [
                    {
                        "any": [
                            "bound",
                            "uniform",
                            "range",
                            "1/sqrt",
                            "normal",
                            "gauss",
                            "outside",
                            "init",
                        ]
                    }
                ],
            },
            {
                "what": "writes into hx",
                "must_mention": [
                    {"any": ["hx", "h_0", "h0", "c_0", "c0", "initial"]},
                    {
                        "any": [
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "inplace",
                            "unchanged",
                            "overwr",
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
        "class ScratchLSTM:\n"
        '    """\n'
        "    A NumPy implementation of PyTorch's nn.LSTM.\n"
        "\n"
        "    Supports multiple layers, bidirectional processing, batch_first and optional "
        "bias.\n"
        '    """\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "\n"
        "        rng = np.random.default_rng(seed)\n"
        "        stdv = 1.0 / np.sqrt(hidden_size)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            layer_input_size = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        "            for direction in range(self.num_directions):\n"
        '                suffix = f"_l{layer}" + ("_reverse" if direction == 1 else "")\n'
        '                self.params[f"weight_ih{suffix}"] = rng.normal(0.0, stdv, (4 * '
        "hidden_size, layer_input_size))\n"
        '                self.params[f"weight_hh{suffix}"] = rng.normal(0.0, stdv, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih{suffix}"] = rng.normal(0.0, stdv, (4 * '
        "hidden_size,))\n"
        '                    self.params[f"bias_hh{suffix}"] = rng.normal(0.0, stdv, (4 * '
        "hidden_size,))\n"
        "\n"
        "    def state_dict(self):\n"
        '        """Return a copy of the parameters."""\n'
        "        return {name: param.copy() for name, param in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Load parameters from a state dict."""\n'
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"Missing key in state dict: {name}")\n'
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigmoid(x):\n"
        "        return np.where(x >= 0, 1 / (1 + np.exp(-np.abs(x))), np.exp(-np.abs(x)) / (1 "
        "+ np.exp(-np.abs(x))))\n"
        "\n"
        "    def _lstm_step(self, x_t, h_prev, c_prev, suffix):\n"
        '        gates = x_t @ self.params[f"weight_ih{suffix}"].T + h_prev @ '
        'self.params[f"weight_hh{suffix}"].T\n'
        "        if self.bias:\n"
        '            gates += self.params[f"bias_ih{suffix}"] + '
        'self.params[f"bias_hh{suffix}"]\n'
        "        i, f, g, o = np.split(gates, 4, axis=1)\n"
        "        i = self._sigmoid(i)\n"
        "        f = self._sigmoid(f)\n"
        "        g = np.tanh(g)\n"
        "        o = self._sigmoid(o)\n"
        "        c_t = f * c_prev + i * g\n"
        "        h_t = o * np.tanh(c_t)\n"
        "        return h_t, c_t\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        seq_len, batch_size, _ = x.shape\n"
        "\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * self.num_directions, batch_size, "
        "self.hidden_size))\n"
        "            c_0 = np.zeros((self.num_layers * self.num_directions, batch_size, "
        "self.hidden_size))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "\n"
        "        h_n = []\n"
        "        c_n = []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            direction_outputs = []\n"
        "            for direction in range(self.num_directions):\n"
        "                idx = layer * self.num_directions + direction\n"
        '                suffix = f"_l{layer}" + ("_reverse" if direction == 1 else "")\n'
        "                h_t, c_t = h_0[idx], c_0[idx]\n"
        "                inputs = layer_input if direction == 0 else layer_input[::-1]\n"
        "                outputs = []\n"
        "                for t in range(seq_len):\n"
        "                    h_t, c_t = self._lstm_step(inputs[t], h_t, c_t, suffix)\n"
        "                    outputs.append(h_t)\n"
        "                outputs = np.stack(outputs)\n"
        "                if direction == 1:\n"
        "                    outputs = outputs[::-1]\n"
        "                direction_outputs.append(outputs)\n"
        "                h_0[idx] = h_t   # store the final state in place\n"
        "                c_0[idx] = c_t\n"
        "                h_n.append(h_0[idx])\n"
        "                c_n.append(c_0[idx])\n"
        "            layer_input = np.concatenate(direction_outputs, axis=2)\n"
        "\n"
        "        output = layer_input\n"
        "        if self.batch_first:\n"
        "            output = output.transpose(1, 0, 2)\n"
        "        return output, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "shapes_ok_sofia",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    # Sofia\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        "    h_n = (D * num_layers, batch, H_out)\n"
        "    c_n = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_ok_kevin_lambdas",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    # Kevin: lambdas all the way down\n"
        "    D = 1 + int(bool(bidirectional))\n"
        "    width = proj_size or hidden_size\n"
        "    lead = (lambda a, b: (b, a) if batch_first else (a, b))(seq_len, batch)\n"
        "    state = lambda w: (num_layers * D, batch, w)\n"
        "    return dict(out=lead + (D * width,), h_n=state(width), c_n=state(hidden_size))\n",
    },
    {
        "id": "shapes_ok_marco_lists_to_tuples",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    # Marco: build each shape as a list first (like c(...) in R), then tuple it\n"
        "    n_dir = 2 if bidirectional else 1\n"
        "    h_size = hidden_size\n"
        "    if proj_size > 0:\n"
        "        h_size = proj_size\n"
        "    dims_out = [seq_len, batch, n_dir * h_size]\n"
        "    if batch_first:\n"
        "        dims_out[0], dims_out[1] = dims_out[1], dims_out[0]\n"
        "    dims_h = [num_layers * n_dir, batch, h_size]\n"
        "    dims_c = [num_layers * n_dir, batch, hidden_size]\n"
        '    return {"out": tuple(int(v) for v in dims_out),\n'
        '            "h_n": tuple(int(v) for v in dims_h),\n'
        '            "c_n": tuple(int(v) for v in dims_c)}\n',
    },
    {
        "id": "shapes_batch_first_moves_h_n",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first also applied to h_n and c_n",
                "must_mention": ["batch_first", {"any": ["h_n", "c_n", "state"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    # Tomás: batch_first puts the batch first in everything it returns\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hh = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        '        return {"out": (batch, seq_len, D * Hh),\n'
        '                "h_n": (batch, num_layers * D, Hh),\n'
        '                "c_n": (batch, num_layers * D, hidden_size)}\n'
        '    return {"out": (seq_len, batch, D * Hh),\n'
        '            "h_n": (num_layers * D, batch, Hh),\n'
        '            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shapes_proj_applied_to_c_n",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n uses proj_size; the cell state keeps hidden_size",
                "must_mention": ["proj", {"any": ["c_n", "cell"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    # Priya\n"
        "    D = 2 if bidirectional else 1\n"
        "    size = hidden_size\n"
        "    if proj_size > 0:\n"
        "        size = proj_size          # projected\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * size)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * size)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, size), "c_n": (num_layers * D, '
        "batch, size)}\n",
    },
    {
        "id": "shapes_out_ignores_proj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last dim uses hidden_size even when proj_size > 0",
                "must_mention": ["proj", "out"],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        '    """\n'
        "    Compute the output shapes of nn.LSTM.\n"
        "\n"
        "    out: (seq_len, batch, num_directions * hidden_size)\n"
        "    h_n: (num_layers * num_directions, batch, proj_size or hidden_size)\n"
        "    c_n: (num_layers * num_directions, batch, hidden_size)\n"
        '    """\n'
        "    num_directions = 2 if bidirectional else 1\n"
        "    h_out = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out_shape = (batch, seq_len, num_directions * hidden_size)\n"
        "    else:\n"
        "        out_shape = (seq_len, batch, num_directions * hidden_size)\n"
        "    h_n_shape = (num_layers * num_directions, batch, h_out)\n"
        "    c_n_shape = (num_layers * num_directions, batch, hidden_size)\n"
        '    return {"out": out_shape, "h_n": h_n_shape, "c_n": c_n_shape}\n',
    },
    {
        "id": "shapes_h_n_forgets_directions",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n first dim is num_layers, not num_layers * D",
                "must_mention": [
                    {
                        "any": [
                            "direction",
                            "bidirectional",
                            "num_layers * D",
                            "* D",
                            "D *",
                            "times 2",
                            "2 *",
                            "* 2",
                        ]
                    }
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    # Lena: one final state per layer\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size else hidden_size\n"
        "    out = (seq_len, batch, D * H)\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * H)\n"
        '    return {"out": out, "h_n": (num_layers, batch, H), "c_n": (num_layers, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "shapes_out_forgets_directions",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last dim is H, not D * H",
                "must_mention": [
                    "out",
                    {
                        "any": [
                            "direction",
                            "bidirectional",
                            "D * H",
                            "2 * H",
                            "* D",
                            "D *",
                            "2H",
                            "2 *",
                            "concaten",
                        ]
                    },
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    # Ingrid\n"
        "    nd = 2 if bidirectional else 1\n"
        "    hsz = hidden_size if proj_size == 0 else proj_size\n"
        "    out = [seq_len, batch, hsz]\n"
        "    if batch_first:\n"
        "        out = [batch, seq_len, hsz]\n"
        '    return {"out": tuple(out), "h_n": (num_layers * nd, batch, hsz), "c_n": '
        "(num_layers * nd, batch, hidden_size)}\n",
    },
    {
        "id": "shapes_lists_not_tuples",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [{"what": "shapes returned as lists, not tuples", "must_mention": ["tuple"]}],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    # Raj: a dict of shapes\n"
        "    D = 2 if bidirectional else 1\n"
        "    P = proj_size if proj_size > 0 else hidden_size\n"
        "    first_two = [batch, seq_len] if batch_first else [seq_len, batch]\n"
        '    return {"out": first_two + [D * P],\n'
        '            "h_n": [num_layers * D, batch, P],\n'
        '            "c_n": [num_layers * D, batch, hidden_size]}\n',
    },
    {
        "id": "shapes_layers_plus_one_for_reverse",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "state rows num_layers + 1 instead of num_layers * 2 when bidirectional "
                "(right only for one layer)",
                "must_mention": [
                    {
                        "any": [
                            "num_layers * D",
                            "multipl",
                            "product",
                            "L * D",
                            "D * num_layers",
                            "num_layers * 2",
                            "2 * num_layers",
                            "times",
                            "L*D",
                        ]
                    }
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    # Hana: the reverse direction adds one more final state\n"
        "    D = 2 if bidirectional else 1\n"
        "    n_states = num_layers + (1 if bidirectional else 0)\n"
        "    hs = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * hs) if batch_first else (seq_len, batch, D * hs)\n"
        '    return {"out": out, "h_n": (n_states, batch, hs), "c_n": (n_states, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "shapes_key_output",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "dict key 'output' instead of 'out'",
                "must_mention": [{"any": ["key", "'out'", '"out"']}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    # Kevin v2\n"
        "    D = 2 if bidirectional else 1\n"
        "    width = proj_size or hidden_size\n"
        "    lead = (batch, seq_len) if batch_first else (seq_len, batch)\n"
        '    return {"output": lead + (D * width,),\n'
        '            "h_n": (num_layers * D, batch, width),\n'
        '            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shapes_batch_first_inverted",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {"what": "batch_first condition inverted for out", "must_mention": ["batch_first"]}
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    # Ingrid v2\n"
        "    nd = 2 if bidirectional else 1\n"
        "    hsz = proj_size if proj_size > 0 else hidden_size\n"
        "    if not batch_first:\n"
        "        out = (batch, seq_len, nd * hsz)      # rows are examples\n"
        "    else:\n"
        "        out = (seq_len, batch, nd * hsz)\n"
        '    return {"out": out, "h_n": (num_layers * nd, batch, hsz), "c_n": (num_layers * '
        "nd, batch, hidden_size)}\n",
    },
    {
        "id": "shapes_projection_on_c_not_h",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "proj_size applied to c_n instead of h_n and out",
                "must_mention": ["proj", {"any": ["h_n", "c_n", "swap", "cell"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    # Hana v2: the projection shrinks the memory cell\n"
        "    D = 2 if bidirectional else 1\n"
        "    c_size = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * hidden_size) if batch_first else (seq_len, batch, D * "
        "hidden_size)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, hidden_size), "c_n": '
        "(num_layers * D, batch, c_size)}\n",
    },
    {
        "id": "shapes2_proj_c_n_and_batch_first_states",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {"what": "c_n uses proj_size", "must_mention": ["proj", {"any": ["c_n", "cell"]}]},
            {
                "what": "batch_first applied to h_n and c_n",
                "must_mention": ["batch_first", {"any": ["h_n", "c_n", "state"]}],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    # Tomás v2\n"
        "    D = 2 if bidirectional else 1\n"
        "    w = proj_size if proj_size > 0 else hidden_size\n"
        "    L = num_layers * D\n"
        "    if batch_first:\n"
        '        return {"out": (batch, seq_len, D * w), "h_n": (batch, L, w), "c_n": (batch, '
        "L, w)}\n"
        '    return {"out": (seq_len, batch, D * w), "h_n": (L, batch, w), "c_n": (L, batch, '
        "w)}\n",
    },
    {
        "id": "shapes2_no_D_in_states_and_lists",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n/c_n first dim num_layers without D",
                "must_mention": [
                    {
                        "any": [
                            "direction",
                            "bidirectional",
                            "num_layers * D",
                            "* D",
                            "D *",
                            "times 2",
                            "2 *",
                            "* 2",
                        ]
                    }
                ],
            },
            {"what": "lists instead of tuples", "must_mention": ["tuple"]},
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    # Raj v2\n"
        "    D = 2 if bidirectional else 1\n"
        "    P = proj_size if proj_size > 0 else hidden_size\n"
        "    first_two = [batch, seq_len] if batch_first else [seq_len, batch]\n"
        '    return {"out": first_two + [D * P],\n'
        '            "h_n": [num_layers, batch, P],\n'
        '            "c_n": [num_layers, batch, hidden_size]}\n',
    },
    {
        "id": "shapes2_key_output_and_no_D_in_out",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "key 'output' instead of 'out'",
                "must_mention": [{"any": ["key", "'out'", '"out"']}],
            },
            {
                "what": "out last dim H, not D * H",
                "must_mention": [
                    "out",
                    {
                        "any": [
                            "direction",
                            "bidirectional",
                            "D * H",
                            "2 * H",
                            "* D",
                            "D *",
                            "2H",
                            "2 *",
                            "concaten",
                        ]
                    },
                ],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    # Lena v2\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size else hidden_size\n"
        "    shapes = {}\n"
        '    shapes["output"] = (batch, seq_len, H) if batch_first else (seq_len, batch, H)\n'
        '    shapes["h_n"] = (num_layers * D, batch, H)\n'
        '    shapes["c_n"] = (num_layers * D, batch, hidden_size)\n'
        "    return shapes\n",
    },
    {
        "id": "bi_dana_ok",
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
        "    # forward direction: just the normal layer from exercise 3\n"
        "    out_forward, (h_forward, c_forward) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "\n"
        "    # backward direction: read the sequence from the end (x_{T-1} first)\n"
        "    x_reversed = x[::-1]\n"
        "    out_backward_reversed, (h_backward, c_backward) = lstm_layer(x_reversed, h0[1], "
        "c0[1], *bwd)\n"
        "    out_backward = out_backward_reversed[::-1]  # put it back so out[t] lines up with "
        "x[t]\n"
        "\n"
        "    # glue the two halves side by side: (T, B, H) + (T, B, H) -> (T, B, 2H)\n"
        "    out = np.concatenate((out_forward, out_backward), axis=2)\n"
        "    h_n = np.stack((h_forward, h_backward))\n"
        "    c_n = np.stack((c_forward, c_backward))\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_sven_ok",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))  # logistic written with tanh: never "
        "overflows\n"
        "\n"
        "\n"
        "def _step(xt, h, c, p):\n"
        "    Wi, Wh, bi, bh = p\n"
        "    H = h.shape[1]\n"
        "    z = xt @ Wi.T + h @ Wh.T + (bi + bh)\n"
        "    i, f = _sig(z[:, :H]), _sig(z[:, H:2 * H])\n"
        "    g, o = np.tanh(z[:, 2 * H:3 * H]), _sig(z[:, 3 * H:])\n"
        "    c = f * c + i * g\n"
        "    return o * np.tanh(c), c\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = _step(x[t], h, c, fwd)\n"
        "        out[t, :, :H] = h\n"
        "    hf, cf = h, c\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in reversed(range(T)):\n"
        "        h, c = _step(x[t], h, c, bwd)\n"
        "        out[t, :, H:] = h\n"
        "    return out, (np.array([hf, h]), np.array([cf, c]))\n",
    },
    {
        "id": "bi_tomasz_ok",
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
        "    Wih_f, Whh_f, bih_f, bhh_f = fwd\n"
        "    Wih_b, Whh_b, bih_b, bhh_b = bwd\n"
        "    # → direction\n"
        "    Hf, (hT_f, cT_f) = lstm_layer(x, h0[0], c0[0], Wih_f, Whh_f, bih_f, bhh_f)\n"
        "    # ← direction: flip time, run, flip back\n"
        "    Hb, (hT_b, cT_b) = lstm_layer(np.flip(x, axis=0), h0[1], c0[1], Wih_b, Whh_b, "
        "bih_b, bhh_b)\n"
        "    Hb = np.flip(Hb, axis=0)\n"
        "    out = np.concatenate([Hf, Hb], axis=-1)\n"
        "    return out, (np.stack([hT_f, hT_b], axis=0), np.stack([cT_f, cT_b], axis=0))\n",
    },
    {
        "id": "bi_kevin_bwd_unpack_order",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's tuple is unpacked as (W_hh, W_ih, ...): its input "
                "and recurrent weight matrices are swapped",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {"any": ["W_ih", "W_hh", "swap", "order", "unpack"]},
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
        "    # unpack params (fwd = forward, bwd = backward)\n"
        "    W_ih_f, W_hh_f, b_ih_f, b_hh_f = fwd\n"
        "    W_hh_b, W_ih_b, b_ih_b, b_hh_b = bwd\n"
        "    out_fwd, (h_fwd, c_fwd) = lstm_layer(x, h0[0], c0[0], W_ih_f, W_hh_f, b_ih_f, "
        "b_hh_f)\n"
        "    out_bwd, (h_bwd, c_bwd) = lstm_layer(x[::-1], h0[1], c0[1], W_ih_b, W_hh_b, "
        "b_ih_b, b_hh_b)\n"
        "    # out_bwd = out_bwd[::-1, :, :]\n"
        "    out = np.concatenate([out_fwd, out_bwd[::-1]], axis=2)\n"
        "    hn = np.stack([h_fwd, h_bwd])\n"
        "    cn = np.stack([c_fwd, c_bwd])\n"
        "    return out, (hn, cn)\n",
    },
    {
        "id": "bi_marco_rev_state_row0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from h0[0], c0[0] (the forward direction's "
                "initial state) instead of h0[1], c0[1]",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {"any": ["h0", "c0", "initial state", "initial", "starting state"]},
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
        "    T = x.shape[0]\n"
        "    # direction 1 (forward)\n"
        "    [Yf, (hf, cf)] = lstm_layer(x, h0[0], c0[0], fwd[0], fwd[1], fwd[2], fwd[3])\n"
        "    # direction 2 (backward): index vector T:-1:1 like in matlab\n"
        "    idx = np.arange(T - 1, -1, -1)\n"
        "    xr = x[idx, :, :]\n"
        "    [Yb, (hb, cb)] = lstm_layer(xr, h0[0], c0[0], bwd[0], bwd[1], bwd[2], bwd[3])\n"
        "    Yb = Yb[idx, :, :]\n"
        "    out = np.concatenate((Yf, Yb), axis=2)\n"
        "    hn = np.zeros((2,) + hf.shape)\n"
        "    hn[0, :, :] = hf\n"
        "    hn[1, :, :] = hb\n"
        "    cn = np.zeros((2,) + cf.shape)\n"
        "    cn[0, :, :] = cf\n"
        "    cn[1, :, :] = cb\n"
        "    return out, (hn, cn)\n",
    },
    {
        "id": "bi_mei_concat_batch_axis",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the two directions' outputs are concatenated along axis 1 (the batch) "
                "instead of the last (feature) axis: out is (T, 2B, H), not (T, B, 2H)",
                "must_mention": [{"any": ["axis", "concatenat", "dim", "feature", "2B", "batch"]}],
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
        "    runs = [(x, fwd), (x[::-1], bwd)]\n"
        "    results = [lstm_layer(seq, h0[d], c0[d], *params) for d, (seq, params) in "
        "enumerate(runs)]\n"
        "    (out_f, (h_f, c_f)), (out_b, (h_b, c_b)) = results\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=1)  # side by side\n"
        "    h_n = np.stack([h_f, h_b])\n"
        "    c_n = np.stack([c_f, c_b])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_hannah_rev_out_not_flipped_back",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are left in the order it computed them "
                "(reversed time): they are not flipped back so that out[t] lines up with "
                "x[t]",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {"any": ["flip", "order", "align", "position", "time", "reversed"]},
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
        "    # Step 1: the forward LSTM reads x_0 ... x_{T-1}\n"
        "    forward_outputs, (forward_h, forward_c) = lstm_layer(x, h0[0], c0[0], fwd[0], "
        "fwd[1], fwd[2], fwd[3])\n"
        "\n"
        "    # Step 2: the backward LSTM reads x_{T-1} ... x_0\n"
        "    reversed_x = np.flip(x, axis=0)\n"
        "    backward_outputs, (backward_h, backward_c) = lstm_layer(reversed_x, h0[1], c0[1], "
        "bwd[0], bwd[1], bwd[2], bwd[3])\n"
        "\n"
        "    # Step 3: put the two side by side\n"
        "    out = np.concatenate([forward_outputs, backward_outputs], axis=2)\n"
        "\n"
        "    # Step 4: final states, forward first\n"
        "    h_n = np.array([forward_h, backward_h])\n"
        "    c_n = np.array([forward_c, backward_c])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_jordan_hn_from_out_last",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n's reverse row is taken from out[-1, :, H:], the reverse direction's "
                "first step (after x_{T-1} only), instead of its final state after x_0 "
                "(out[0, :, H:])",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.empty((T, B, 2 * H))\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out[:, :, :H] = of\n"
        "    out[:, :, H:] = ob[::-1]\n"
        "    # final hidden states = last time step of each half\n"
        "    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n"
        "    c_n = np.stack([cf, cb])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_priya_hn_cbind",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are the two directions' states put side by side, (B, 2H), "
                "instead of stacked as (2, B, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state"]},
                    {
                        "any": [
                            "stack",
                            "(2, b, h)",
                            "(2,b,h)",
                            "axis",
                            "concatenat",
                            "layout",
                            "(b, 2h)",
                            "shape",
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
        "    n_steps = x.shape[0]\n"
        "    rev_idx = list(range(n_steps))[::-1]  # rev(seq_len(n))\n"
        "    fw = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    bw = lstm_layer(x[rev_idx], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([fw[0], bw[0][rev_idx]], axis=2)\n"
        "    h_n = np.concatenate([fw[1][0], bw[1][0]], axis=1)  # cbind(h_fwd, h_bwd)\n"
        "    c_n = np.concatenate([fw[1][1], bw[1][1]], axis=1)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_luis_rev_uses_fwd_weights",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction is run with the forward direction's parameters "
                "(fwd) instead of bwd",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {"any": ["weight", "fwd", "bwd", "param"]},
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
        "class Direction:\n"
        '    """One direction of the layer: its parameters and whether it reads time '
        'backwards."""\n'
        "\n"
        "    def __init__(self, params, reverse=False):\n"
        "        self.params = params\n"
        "        self.reverse = reverse\n"
        "\n"
        "    def run(self, x, h, c):\n"
        "        seq = x[::-1] if self.reverse else x\n"
        "        out, (h, c) = lstm_layer(seq, h, c, *self.params)\n"
        "        if self.reverse:\n"
        "            out = out[::-1]\n"
        "        return out, h, c\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    dirs = [Direction(fwd), Direction(fwd, reverse=True)]\n"
        "    outs, hs, cs = [], [], []\n"
        "    for d, direction in enumerate(dirs):\n"
        "        o, h, c = direction.run(x, h0[d], c0[d])\n"
        "        outs.append(o)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    return np.concatenate(outs, axis=-1), (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "bi_sven_rev_loop_skips_t0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse loop is range(T - 1, 0, -1): it stops before t = 0, so the "
                "reverse direction never reads x_0 (out[0]'s reverse half stays zero and "
                "its final state is one step short)",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {
                        "any": [
                            "x_0",
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "position 0",
                            "out[0]",
                            "range",
                            "off-by-one",
                            "off by one",
                            "one step",
                            "skip",
                            "miss",
                            "never reads",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def _step(xt, h, c, Wi, Wh, bi, bh):\n"
        "    H = h.shape[1]\n"
        "    z = xt @ Wi.T + h @ Wh.T + bi + bh\n"
        "    i, f, g, o = _sig(z[:, :H]), _sig(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * H]), "
        "_sig(z[:, 3 * H:])\n"
        "    c = f * c + i * g\n"
        "    return o * np.tanh(c), c\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    hf, cf = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        hf, cf = _step(x[t], hf, cf, *fwd)\n"
        "        out[t, :, :H] = hf\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        hb, cb = _step(x[t], hb, cb, *bwd)\n"
        "        out[t, :, H:] = hb\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_dana_flip_batch_axis",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "np.flip(x, 1) flips the batch axis, not time: the reverse direction reads "
                "the inputs in forward time order",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {"any": ["time", "flip", "order", "axis", "batch", "forward order"]},
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
        "    # forward direction\n"
        "    out_forward, (h_forward, c_forward) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "\n"
        "    # backward direction: flip the sequence, run, flip back\n"
        "    x_flipped = np.flip(x, 1)\n"
        "    out_backward, (h_backward, c_backward) = lstm_layer(x_flipped, h0[1], c0[1], "
        "*bwd)\n"
        "    out_backward = np.flip(out_backward, 1)\n"
        "\n"
        "    out = np.concatenate((out_forward, out_backward), axis=2)\n"
        "    return out, (np.stack((h_forward, h_backward)), np.stack((c_forward, "
        "c_backward)))\n",
    },
    {
        "id": "bi_rafael_state_buffer_is_h0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the state buffer h = h0 (and c = c0) is the caller's array, updated in "
                "place: h0 and c0 are overwritten (the values returned are right)",
                "must_mention": [
                    {
                        "any": [
                            "chang",
                            "modif",
                            "in-place",
                            "in place",
                            "overwr",
                            "mutat",
                            "altered",
                            "written to",
                        ]
                    },
                    {"any": ["h0", "c0", "input", "argument", "given"]},
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
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h = h0   # state buffer, row 0 forward, row 1 backward\n"
        "    c = c0\n"
        "    for t in range(T):\n"
        "        tb = T - 1 - t   # the backward direction's position\n"
        "        h[0], c[0] = lstm_cell(x[t], h[0], c[0], *fwd)\n"
        "        h[1], c[1] = lstm_cell(x[tb], h[1], c[1], *bwd)\n"
        "        out[t, :, :H] = h[0]\n"
        "        out[tb, :, H:] = h[1]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "bi_tomasz_halves_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the two halves of out are in the wrong order: the reverse direction's H "
                "units come first, the forward direction's second",
                "must_mention": [
                    {"any": ["order", "swap", "first", "halves", "half", "second"]},
                    {"any": ["forward", "reverse", "backward"]},
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
        "    Hf, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    Hb, (hb, cb) = lstm_layer(np.flip(x, axis=0), h0[1], c0[1], *bwd)\n"
        "    Hb = np.flip(Hb, axis=0)\n"
        "    out = np.concatenate([Hb, Hf], axis=-1)   # [←, →]\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_rafael_d_unpack_and_row0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's tuple is unpacked as (W_hh, W_ih, ...): its two "
                "weight matrices are swapped",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {"any": ["W_ih", "W_hh", "swap", "order", "unpack"]},
                ],
            },
            {
                "what": "the reverse direction starts from h0[0], c0[0] instead of h0[1], c0[1]",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {"any": ["h0", "c0", "initial state", "initial", "starting state"]},
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
        "    Wx_f, Wh_f, bx_f, bh_f = fwd\n"
        "    Wh_b, Wx_b, bx_b, bh_b = bwd     # weights of the reverse layer\n"
        "    T = x.shape[0]\n"
        "    [Yf, (hf, cf)] = lstm_layer(x, h0[0], c0[0], Wx_f, Wh_f, bx_f, bh_f)\n"
        "    [Yb, (hb, cb)] = lstm_layer(np.flip(x, 0), h0[0], c0[0], Wx_b, Wh_b, bx_b, bh_b)\n"
        "    Y = np.concatenate((Yf, np.flip(Yb, 0)), 2)\n"
        "    return Y, (np.stack((hf, hb)), np.stack((cf, cb)))\n",
    },
    {
        "id": "bi_priya_d_noflip_and_cbind",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are not flipped back to time order before "
                "concatenation",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {"any": ["flip", "order", "align", "position", "time", "reversed"]},
                ],
            },
            {
                "what": "h_n and c_n are hstacked to (B, 2H) instead of stacked as (2, B, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state"]},
                    {
                        "any": [
                            "stack",
                            "(2, b, h)",
                            "(2,b,h)",
                            "axis",
                            "concatenat",
                            "layout",
                            "(b, 2h)",
                            "shape",
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
        "    rev = lambda a: a[::-1]          # like rev() in R, along time\n"
        "    fw = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    bw = lstm_layer(rev(x), h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([fw[0], bw[0]], axis=2)\n"
        "    h_n = np.hstack([fw[1][0], bw[1][0]])\n"
        "    c_n = np.hstack([fw[1][1], bw[1][1]])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_kevin_d_fwd_weights_and_order",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction is run with the forward weights (fwd) instead of "
                "bwd",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {"any": ["weight", "fwd", "bwd", "param"]},
                ],
            },
            {
                "what": "out's halves are in the wrong order: reverse first, forward second",
                "must_mention": [
                    {"any": ["order", "swap", "first", "halves", "half", "second"]},
                    {"any": ["forward", "reverse", "backward"]},
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
        "    # same thing on the reversed sequence\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], W_ih, W_hh, b_ih, b_hh)\n"
        "    out_b = out_b[::-1]\n"
        "    out = np.dstack([out_b, out_f])\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_jordan_d_batchflip_and_cn",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "np.flip(x, axis=1) flips the batch, not time: the reverse direction reads "
                "the inputs in forward time order",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {"any": ["time", "flip", "order", "axis", "batch", "forward order"]},
                ],
            },
            {
                "what": "c_n is built from the hidden states h1, h2 instead of the cell states c1, "
                "c2",
                "must_mention": ["c_n", {"any": ["h", "hidden", "cell state"]}],
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    o1, (h1, c1) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    o2, (h2, c2) = lstm_layer(np.flip(x, axis=1), h0[1], c0[1], *bwd)\n"
        "    out[..., :H] = o1\n"
        "    out[..., H:] = np.flip(o2, axis=1)\n"
        "    h_n = np.stack([h1, h2])\n"
        "    c_n = np.stack([h1, h2])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "cb_aisha_ok",
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
        "    # forward again, keeping the gates\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    # backward\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.hstack([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * "
        "(1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_hannah_ok",
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
        "    B = x.shape[0]\n"
        "    H = h.shape[1]\n"
        '    gates = ["i", "f", "g", "o"]\n'
        "    rows = {}\n"
        "    for k in range(4):\n"
        "        rows[gates[k]] = slice(k * H, (k + 1) * H)\n"
        '    grads = {"x": np.zeros_like(x), "h": np.zeros_like(h), "c": np.zeros_like(c),\n'
        '             "W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n'
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    # one example at a time, like in the chapter\n"
        "    for n in range(B):\n"
        "        xn, hn, cn = x[n], h[n], c[n]\n"
        "        pre = {}\n"
        "        for q in gates:\n"
        "            r = rows[q]\n"
        "            pre[q] = W_ih[r] @ xn + b_ih[r] + W_hh[r] @ hn + b_hh[r]\n"
        '        i = sigmoid(pre["i"])\n'
        '        f = sigmoid(pre["f"])\n'
        '        g = np.tanh(pre["g"])\n'
        '        o = sigmoid(pre["o"])\n'
        "        new_c = f * cn + i * g\n"
        "        tanh_c = np.tanh(new_c)\n"
        "        dc = dc_next[n] + dh_next[n] * o * (1 - tanh_c ** 2)\n"
        '        d = {"i": dc * g * i * (1 - i),\n'
        '             "f": dc * cn * f * (1 - f),\n'
        '             "g": dc * i * (1 - g ** 2),\n'
        '             "o": dh_next[n] * tanh_c * o * (1 - o)}\n'
        '        grads["c"][n] = dc * f\n'
        "        for q in gates:\n"
        "            r = rows[q]\n"
        '            grads["x"][n] += W_ih[r].T @ d[q]\n'
        '            grads["h"][n] += W_hh[r].T @ d[q]\n'
        '            grads["W_ih"][r] += np.outer(d[q], xn)\n'
        '            grads["W_hh"][r] += np.outer(d[q], hn)\n'
        '            grads["b_ih"][r] += d[q]\n'
        '            grads["b_hh"][r] += d[q]\n'
        "    return grads\n",
    },
    {
        "id": "cb_luis_autograd_ok",
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
        "TAPE = []\n"
        "\n"
        "\n"
        "class Node:\n"
        '    """A value in the graph; backward() pushes self.grad into the parents."""\n'
        "\n"
        "    def __init__(self, value, parents=()):\n"
        "        self.value = value\n"
        "        self.parents = parents\n"
        "        self.grad = np.zeros_like(value)\n"
        "        TAPE.append(self)\n"
        "\n"
        "    def backward(self):\n"
        "        pass\n"
        "\n"
        "\n"
        "class MatMulT(Node):  # a @ W.T\n"
        "    def __init__(self, a, W):\n"
        "        super().__init__(a.value @ W.value.T, (a, W))\n"
        "\n"
        "    def backward(self):\n"
        "        a, W = self.parents\n"
        "        a.grad += self.grad @ W.value\n"
        "        W.grad += self.grad.T @ a.value\n"
        "\n"
        "\n"
        "class Add(Node):\n"
        "    def __init__(self, *xs):\n"
        "        super().__init__(sum(p.value for p in xs), xs)\n"
        "\n"
        "    def backward(self):\n"
        "        for p in self.parents:\n"
        "            g = self.grad\n"
        "            while g.ndim > p.value.ndim:  # broadcast bias: undo the broadcast\n"
        "                g = g.sum(axis=0)\n"
        "            p.grad += g\n"
        "\n"
        "\n"
        "class Mul(Node):\n"
        "    def __init__(self, a, b):\n"
        "        super().__init__(a.value * b.value, (a, b))\n"
        "\n"
        "    def backward(self):\n"
        "        a, b = self.parents\n"
        "        a.grad += self.grad * b.value\n"
        "        b.grad += self.grad * a.value\n"
        "\n"
        "\n"
        "class Sigmoid(Node):\n"
        "    def __init__(self, a):\n"
        "        super().__init__(sigmoid(a.value), (a,))\n"
        "\n"
        "    def backward(self):\n"
        "        s = self.value\n"
        "        self.parents[0].grad += self.grad * s * (1 - s)\n"
        "\n"
        "\n"
        "class Tanh(Node):\n"
        "    def __init__(self, a):\n"
        "        super().__init__(np.tanh(a.value), (a,))\n"
        "\n"
        "    def backward(self):\n"
        "        t = self.value\n"
        "        self.parents[0].grad += self.grad * (1 - t * t)\n"
        "\n"
        "\n"
        "class Cols(Node):  # a[:, k*H:(k+1)*H]\n"
        "    def __init__(self, a, k, H):\n"
        "        self.sl = slice(k * H, (k + 1) * H)\n"
        "        super().__init__(a.value[:, self.sl], (a,))\n"
        "\n"
        "    def backward(self):\n"
        "        self.parents[0].grad[:, self.sl] += self.grad\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    TAPE.clear()\n"
        "    X, Hp, C = Node(x), Node(h), Node(c)\n"
        "    Wi, Wh, Bi, Bh = Node(W_ih), Node(W_hh), Node(b_ih), Node(b_hh)\n"
        "    H = h.shape[1]\n"
        "    a = Add(MatMulT(X, Wi), Bi, MatMulT(Hp, Wh), Bh)\n"
        "    i, f = Sigmoid(Cols(a, 0, H)), Sigmoid(Cols(a, 1, H))\n"
        "    g, o = Tanh(Cols(a, 2, H)), Sigmoid(Cols(a, 3, H))\n"
        "    c_new = Add(Mul(f, C), Mul(i, g))\n"
        "    h_new = Mul(o, Tanh(c_new))\n"
        "    h_new.grad += dh_next\n"
        "    c_new.grad += dc_next\n"
        "    for node in reversed(TAPE):\n"
        "        node.backward()\n"
        '    return {"x": X.grad, "h": Hp.grad, "c": C.grad, "W_ih": Wi.grad, "W_hh": '
        "Wh.grad,\n"
        '            "b_ih": Bi.grad, "b_hh": Bh.grad}\n',
    },
    {
        "id": "cb_tomasz_einsum_ok",
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
        "    H = h.shape[-1]\n"
        '    a = np.einsum("bi,ki->bk", x, W_ih) + np.einsum("bj,kj->bk", h, W_hh) + b_ih + '
        "b_hh\n"
        "    aᵢ, a_f, a_g, a_o = (a[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    i, f, g, o = sigmoid(aᵢ), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    τ = np.tanh(f * c + i * g)\n"
        "    δc = dc_next + dh_next * o * (1 - τ ** 2)\n"
        "    δa = np.concatenate([δc * g * i * (1 - i),\n"
        "                         δc * c * f * (1 - f),\n"
        "                         δc * i * (1 - g ** 2),\n"
        "                         dh_next * τ * o * (1 - o)], axis=1)\n"
        '    return dict(x=np.einsum("bk,ki->bi", δa, W_ih),\n'
        '                h=np.einsum("bk,kj->bj", δa, W_hh),\n'
        "                c=δc * f,\n"
        '                W_ih=np.einsum("bk,bi->ki", δa, x),\n'
        '                W_hh=np.einsum("bk,bj->kj", δa, h),\n'
        "                b_ih=δa.sum(0),\n"
        "                b_hh=δa.sum(0))\n",
    },
    {
        "id": "cb_luis_tanh_deriv_uses_input",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the Tanh node's backward computes 1 - z² from its input z (the "
                "pre-activation / c_t) instead of 1 - tanh(z)² from its output",
                "must_mention": [
                    "tanh",
                    {
                        "any": [
                            "derivative",
                            "deriv",
                            "tanh'",
                            "1 - tanh",
                            "1-tanh",
                            "tanh²",
                            "tanh^2",
                            "tanh**2",
                            "tanh(c",
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
        "TAPE = []\n"
        "\n"
        "\n"
        "class Node:\n"
        '    """A value in the graph; backward() pushes self.grad into the parents."""\n'
        "\n"
        "    def __init__(self, value, parents=()):\n"
        "        self.value = value\n"
        "        self.parents = parents\n"
        "        self.grad = np.zeros_like(value)\n"
        "        TAPE.append(self)\n"
        "\n"
        "    def backward(self):\n"
        "        pass\n"
        "\n"
        "\n"
        "class MatMulT(Node):  # a @ W.T\n"
        "    def __init__(self, a, W):\n"
        "        super().__init__(a.value @ W.value.T, (a, W))\n"
        "\n"
        "    def backward(self):\n"
        "        a, W = self.parents\n"
        "        a.grad += self.grad @ W.value\n"
        "        W.grad += self.grad.T @ a.value\n"
        "\n"
        "\n"
        "class Add(Node):\n"
        "    def __init__(self, *xs):\n"
        "        super().__init__(sum(p.value for p in xs), xs)\n"
        "\n"
        "    def backward(self):\n"
        "        for p in self.parents:\n"
        "            g = self.grad\n"
        "            while g.ndim > p.value.ndim:  # broadcast bias: undo the broadcast\n"
        "                g = g.sum(axis=0)\n"
        "            p.grad += g\n"
        "\n"
        "\n"
        "class Mul(Node):\n"
        "    def __init__(self, a, b):\n"
        "        super().__init__(a.value * b.value, (a, b))\n"
        "\n"
        "    def backward(self):\n"
        "        a, b = self.parents\n"
        "        a.grad += self.grad * b.value\n"
        "        b.grad += self.grad * a.value\n"
        "\n"
        "\n"
        "class Sigmoid(Node):\n"
        "    def __init__(self, a):\n"
        "        super().__init__(sigmoid(a.value), (a,))\n"
        "\n"
        "    def backward(self):\n"
        "        s = self.value\n"
        "        self.parents[0].grad += self.grad * s * (1 - s)\n"
        "\n"
        "\n"
        "class Tanh(Node):\n"
        "    def __init__(self, a):\n"
        "        super().__init__(np.tanh(a.value), (a,))\n"
        "\n"
        "    def backward(self):\n"
        "        t = self.parents[0].value  # tanh' = 1 - tanh^2\n"
        "        self.parents[0].grad += self.grad * (1 - t * t)\n"
        "\n"
        "\n"
        "class Cols(Node):  # a[:, k*H:(k+1)*H]\n"
        "    def __init__(self, a, k, H):\n"
        "        self.sl = slice(k * H, (k + 1) * H)\n"
        "        super().__init__(a.value[:, self.sl], (a,))\n"
        "\n"
        "    def backward(self):\n"
        "        self.parents[0].grad[:, self.sl] += self.grad\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    TAPE.clear()\n"
        "    X, Hp, C = Node(x), Node(h), Node(c)\n"
        "    Wi, Wh, Bi, Bh = Node(W_ih), Node(W_hh), Node(b_ih), Node(b_hh)\n"
        "    H = h.shape[1]\n"
        "    a = Add(MatMulT(X, Wi), Bi, MatMulT(Hp, Wh), Bh)\n"
        "    i, f = Sigmoid(Cols(a, 0, H)), Sigmoid(Cols(a, 1, H))\n"
        "    g, o = Tanh(Cols(a, 2, H)), Sigmoid(Cols(a, 3, H))\n"
        "    c_new = Add(Mul(f, C), Mul(i, g))\n"
        "    h_new = Mul(o, Tanh(c_new))\n"
        "    h_new.grad += dh_next\n"
        "    c_new.grad += dc_next\n"
        "    for node in reversed(TAPE):\n"
        "        node.backward()\n"
        '    return {"x": X.grad, "h": Hp.grad, "c": C.grad, "W_ih": Wi.grad, "W_hh": '
        "Wh.grad,\n"
        '            "b_ih": Bi.grad, "b_hh": Bh.grad}\n',
    },
    {
        "id": "cb_kevin_averaged_over_batch",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are averaged over the batch (divided by B) "
                "instead of summed",
                "must_mention": [
                    {"any": ["mean", "averag", "divid", "/ b", "/b", "1/b", "scale", "factor"]}
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
        "    B = x.shape[0]\n"
        "    H = h.shape[1]\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(gates[:, 0:H])\n"
        "    f = sigmoid(gates[:, H:2*H])\n"
        "    g = np.tanh(gates[:, 2*H:3*H])\n"
        "    o = sigmoid(gates[:, 3*H:4*H])\n"
        "    c_t = f * c + i * g\n"
        "    dc_t = dc_next + dh_next * o * (1 - np.tanh(c_t)**2)\n"
        "    d_i = dc_t * g * i * (1 - i)\n"
        "    d_f = dc_t * c * f * (1 - f)\n"
        "    d_g = dc_t * i * (1 - g**2)\n"
        "    d_o = dh_next * np.tanh(c_t) * o * (1 - o)\n"
        "    d_gates = np.concatenate([d_i, d_f, d_g, d_o], axis=1)\n"
        "    # parameter grads: average over the batch (like a loss mean)\n"
        "    dW_ih = d_gates.T @ x / B\n"
        "    dW_hh = d_gates.T @ h / B\n"
        "    db = np.mean(d_gates, axis=0)\n"
        '    return {"x": d_gates @ W_ih, "h": d_gates @ W_hh, "c": dc_t * f,\n'
        '            "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_tomasz_einsum_batch_indices",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the einsum for the weight gradients uses two different batch letters "
                "('bk,ni->ki'): it multiplies the batch sums of δa and of x (h) instead of "
                "summing the per-example products",
                "must_mention": [
                    {"any": ["W_ih", "W_hh", "weight"]},
                    {
                        "any": [
                            "einsum",
                            "per-example",
                            "per example",
                            "each example",
                            "outer",
                            "batch",
                            "sums",
                            "subscript",
                            "index",
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
        "    H = h.shape[-1]\n"
        '    a = np.einsum("bi,ki->bk", x, W_ih) + np.einsum("bj,kj->bk", h, W_hh) + b_ih + '
        "b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    τ = np.tanh(f * c + i * g)\n"
        "    δc = dc_next + dh_next * o * (1 - τ ** 2)\n"
        "    δa = np.concatenate([δc * g * i * (1 - i), δc * c * f * (1 - f),\n"
        "                         δc * i * (1 - g ** 2), dh_next * τ * o * (1 - o)], axis=1)\n"
        '    return dict(x=np.einsum("bk,ki->bi", δa, W_ih),\n'
        '                h=np.einsum("bk,kj->bj", δa, W_hh),\n'
        "                c=δc * f,\n"
        '                W_ih=np.einsum("bk,ni->ki", δa, x),\n'
        '                W_hh=np.einsum("bk,nj->kj", δa, h),\n'
        "                b_ih=δa.sum(0),\n"
        "                b_hh=δa.sum(0))\n",
    },
    {
        "id": "cb_dana_dc_missing_o",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t misses the output gate: dh_next ⊙ (1 - tanh²c_t) instead of dh_next "
                "⊙ o_t ⊙ (1 - tanh²c_t)",
                "must_mention": [
                    {
                        "any": [
                            "output gate",
                            "o_t",
                            "o ⊙",
                            "o*",
                            "o *",
                            " o ",
                            "(o)",
                            "'o'",
                            "factor o",
                            "times o",
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
        "    hidden_size = h.shape[1]\n"
        "    H = hidden_size\n"
        "    # 1) forward pass again\n"
        "    pre_activations = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    input_gate = sigmoid(pre_activations[:, 0:H])\n"
        "    forget_gate = sigmoid(pre_activations[:, H:2 * H])\n"
        "    candidate = np.tanh(pre_activations[:, 2 * H:3 * H])\n"
        "    output_gate = sigmoid(pre_activations[:, 3 * H:4 * H])\n"
        "    new_cell = forget_gate * c + input_gate * candidate\n"
        "    tanh_new_cell = np.tanh(new_cell)\n"
        "\n"
        "    # 2) gradient reaching the new cell state\n"
        "    total_dc = dc_next + dh_next * (1 - tanh_new_cell ** 2)\n"
        "\n"
        "    # 3) gradients of the gates\n"
        "    d_output_gate = dh_next * tanh_new_cell\n"
        "    d_input_gate = total_dc * candidate\n"
        "    d_candidate = total_dc * input_gate\n"
        "    d_forget_gate = total_dc * c\n"
        "\n"
        "    # 4) through the sigmoid / tanh\n"
        "    d_pre = np.concatenate([\n"
        "        d_input_gate * input_gate * (1 - input_gate),\n"
        "        d_forget_gate * forget_gate * (1 - forget_gate),\n"
        "        d_candidate * (1 - candidate ** 2),\n"
        "        d_output_gate * output_gate * (1 - output_gate),\n"
        "    ], axis=1)\n"
        "\n"
        "    # 5) through the matrix products\n"
        "    gradients = {}\n"
        '    gradients["x"] = d_pre @ W_ih\n'
        '    gradients["h"] = d_pre @ W_hh\n'
        '    gradients["c"] = total_dc * forget_gate\n'
        '    gradients["W_ih"] = d_pre.T @ x\n'
        '    gradients["W_hh"] = d_pre.T @ h\n'
        '    gradients["b_ih"] = d_pre.sum(axis=0)\n'
        '    gradients["b_hh"] = d_pre.sum(axis=0)\n'
        "    return gradients\n",
    },
    {
        "id": "cb_marco_weight_grads_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight gradients are x.T @ dA and h.T @ dA, i.e. transposed: (I, 4H) "
                "and (H, 4H) instead of (4H, I) and (4H, H)",
                "must_mention": [
                    {"any": ["W_ih", "W_hh", "weight"]},
                    {"any": ["transpos", "(i, 4h)", "(h, 4h)", "orientation", ".t", "shape"]},
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
        "    H = size_h = h.shape[1]\n"
        "    A = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    I_ = sigmoid(A[:, 0:H]); F_ = sigmoid(A[:, H:2*H]); G_ = np.tanh(A[:, 2*H:3*H]); "
        "O_ = sigmoid(A[:, 3*H:4*H])\n"
        "    Cn = F_ * c + I_ * G_\n"
        "    Tc = np.tanh(Cn)\n"
        "    dC = dc_next + dh_next * O_ * (1 - Tc * Tc)\n"
        "    dA = np.hstack((dC * G_ * I_ * (1 - I_), dC * c * F_ * (1 - F_), dC * I_ * (1 - "
        "G_ * G_),\n"
        "                    dh_next * Tc * O_ * (1 - O_)))\n"
        "    dW_ih = np.dot(x.T, dA)      # dW = x' * dA\n"
        "    dW_hh = np.dot(h.T, dA)\n"
        "    db = np.sum(dA, 0)\n"
        '    return {"x": np.dot(dA, W_ih), "h": np.dot(dA, W_hh), "c": dC * F_,\n'
        '            "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb_sven_forget_uses_new_c",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the forget gate's gradient uses the new cell state c_t (c was "
                "overwritten) instead of the previous c_{t-1}: δf = δc ⊙ c_t",
                "must_mention": [
                    {"any": ["forget", "f_t", "δf", "df", "f gate"]},
                    {
                        "any": [
                            "c_{t-1}",
                            "c_prev",
                            "previous",
                            "c_t",
                            "new cell",
                            "old",
                            "overwr",
                            "the argument c",
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
        "    z = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        "    i, f, g, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2*H]), np.tanh(z[:, 2*H:3*H]), "
        "sigmoid(z[:, 3*H:])\n"
        "    c = f * c + i * g          # c is now c_t\n"
        "    tc = np.tanh(c)\n"
        "    dc = dc_next + dh_next * o * (1 - tc * tc)\n"
        "    dz = np.empty_like(z)\n"
        "    dz[:, :H] = dc * g * i * (1 - i)\n"
        "    dz[:, H:2*H] = dc * c * f * (1 - f)\n"
        "    dz[:, 2*H:3*H] = dc * i * (1 - g * g)\n"
        "    dz[:, 3*H:] = dh_next * tc * o * (1 - o)\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dc * f, "W_ih": dz.T @ x, "W_hh": '
        "dz.T @ h,\n"
        '            "b_ih": dz.sum(0), "b_hh": dz.sum(0)}\n',
    },
    {
        "id": "cb_mei_ignores_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_next (∂L/∂c_t from later) is never added: δc_t is only dh_next ⊙ o ⊙ "
                "(1 - tanh²c_t)",
                "must_mention": [
                    {
                        "any": [
                            "dc_next",
                            "∂l/∂c",
                            "dl/dc",
                            "incoming",
                            "from later",
                            "c_t coming",
                            "gradient of c_t",
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
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = [fn(p) for fn, p in zip([sigmoid, sigmoid, np.tanh, sigmoid], "
        "np.split(pre, 4, axis=1))]\n"
        "    c_new = f * c + i * g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "    dc = dh_next * o * (1 - tanh_c ** 2)\n"
        "    d_pre = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g ** 2),\n"
        "                            dh_next * tanh_c * o * (1 - o)], axis=1)\n"
        '    names = ["x", "h", "c", "W_ih", "W_hh", "b_ih", "b_hh"]\n'
        "    values = [d_pre @ W_ih, d_pre @ W_hh, dc * f, d_pre.T @ x, d_pre.T @ h, "
        "d_pre.sum(0), d_pre.sum(0)]\n"
        "    return dict(zip(names, values))\n",
    },
    {
        "id": "cb_hannah_outer_loop_drops_last_row",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the loop over examples is range(B - 1): the last batch row is left out of "
                "the weight and bias gradients",
                "must_mention": [
                    {"any": ["W_ih", "W_hh", "weight", "bias", "b_ih"]},
                    {"any": ["row", "example", "batch", "last", "b - 1", "sample"]},
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
        "    B, H = h.shape\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    new_c = f * c + i * g\n"
        "    tanh_c = np.tanh(new_c)\n"
        "    dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tanh_c * o * (1 - o)], axis=1)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db = np.zeros_like(b_ih)\n"
        "    # add up each example's outer product (the chapter's gate by gate formula, for "
        "all gates at once)\n"
        "    for n in range(B - 1):\n"
        "        dW_ih += np.outer(da[n], x[n])\n"
        "        dW_hh += np.outer(da[n], h[n])\n"
        "        db += da[n]\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_jordan_wrong_keys",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the dict's keys are 'dx', 'dh', 'dc', 'dW_ih', ... instead of 'x', 'h', "
                "'c', 'W_ih', ...",
                "must_mention": [{"any": ["key"]}],
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
        "    a = x @ W_ih.T + b_ih\n"
        "    a = a + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    th = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - th ** 2)\n"
        "    da = np.hstack((dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2), dh_next * th * o * (1 - o)))\n"
        '    return {"dx": da @ W_ih, "dh": da @ W_hh, "dc": dc * f,\n'
        '            "dW_ih": da.T @ x, "dW_hh": da.T @ h, "db_ih": da.sum(0), "db_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb_kevin_returns_tuple",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a tuple of seven arrays instead of a dict with the keys 'x', 'h', "
                "'c', 'W_ih', ...",
                "must_mention": [{"any": ["dict", "mapping", "key"]}],
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
        "    gates = x.dot(W_ih.T) + b_ih + h.dot(W_hh.T) + b_hh\n"
        "    i, f, g, o = np.split(gates, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_next = f * c + i * g\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_next) ** 2)\n"
        "    dgates = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                        dh_next * np.tanh(c_next) * o * (1 - o)])\n"
        "    dx = dgates.dot(W_ih)\n"
        "    dh = dgates.dot(W_hh)\n"
        "    dc_prev = dc * f\n"
        "    dW_ih = dgates.T.dot(x)\n"
        "    dW_hh = dgates.T.dot(h)\n"
        "    db_ih = dgates.sum(axis=0)\n"
        "    db_hh = dgates.sum(axis=0)\n"
        "    return dx, dh, dc_prev, dW_ih, dW_hh, db_ih, db_hh\n",
    },
    {
        "id": "cb_priya_g_as_sigmoid",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the candidate g goes through the sigmoid's derivative g(1 - g) instead of "
                "tanh's 1 - g²",
                "must_mention": [
                    {
                        "any": [
                            "candidate",
                            "g_t",
                            "g gate",
                            "gate g",
                            "δg",
                            "(g)",
                            "'g'",
                            "cell input",
                            "g block",
                            "g rows",
                            "g,",
                        ]
                    },
                    {"any": ["tanh", "sigmoid", "1 - g"]},
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
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    act = np.concatenate([sigmoid(pre[:, :2 * H]), np.tanh(pre[:, 2 * H:3 * H]), "
        "sigmoid(pre[:, 3 * H:])], axis=1)\n"
        "    i, f, g, o = act[:, :H], act[:, H:2 * H], act[:, 2 * H:3 * H], act[:, 3 * H:]\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    d_act = np.concatenate([dc * g, dc * c, dc * i, dh_next * tc], axis=1)  # dL/d(i, "
        "f, g, o)\n"
        "    d_pre = d_act * act * (1 - act)   # the gates' derivative, all columns at once\n"
        '    return {"x": d_pre @ W_ih, "h": d_pre @ W_hh, "c": dc * f, "W_ih": d_pre.T @ x,\n'
        '            "W_hh": d_pre.T @ h, "b_ih": d_pre.sum(axis=0), "b_hh": '
        "d_pre.sum(axis=0)}\n",
    },
    {
        "id": "cb_aisha_c_grad_missing_forget",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the returned 'c' is δc_t itself; the gradient for c_{t-1} is δc_t ⊙ f_t "
                "(the forget gate factor is missing)",
                "must_mention": [{"any": ["forget", "f_t", "⊙ f", "* f", "factor f", "f gate"]}],
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
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]), np.tanh(a[:, 2 * H:3 * "
        "H]), sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)   # δc_t\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2),\n"
        "                    dh_next * tc * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_dana_dh_added_to_h_grad",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_next is added straight into the gradient for h (a skip path that does "
                "not exist): 'h' should be δa @ W_hh only",
                "must_mention": [
                    {
                        "any": [
                            "dh_next",
                            "skip",
                            "straight",
                            "extra",
                            "added",
                            "identity",
                            "directly",
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
        "    pre_activations = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    input_gate = sigmoid(pre_activations[:, 0:H])\n"
        "    forget_gate = sigmoid(pre_activations[:, H:2 * H])\n"
        "    candidate = np.tanh(pre_activations[:, 2 * H:3 * H])\n"
        "    output_gate = sigmoid(pre_activations[:, 3 * H:4 * H])\n"
        "    tanh_new_cell = np.tanh(forget_gate * c + input_gate * candidate)\n"
        "    total_dc = dc_next + dh_next * output_gate * (1 - tanh_new_cell ** 2)\n"
        "    d_pre = np.concatenate([\n"
        "        total_dc * candidate * input_gate * (1 - input_gate),\n"
        "        total_dc * c * forget_gate * (1 - forget_gate),\n"
        "        total_dc * input_gate * (1 - candidate ** 2),\n"
        "        dh_next * tanh_new_cell * output_gate * (1 - output_gate),\n"
        "    ], axis=1)\n"
        "    gradients = {}\n"
        '    gradients["x"] = d_pre @ W_ih\n'
        "    # the hidden state also passes its gradient straight back (like the cell state "
        "does)\n"
        '    gradients["h"] = d_pre @ W_hh + dh_next\n'
        '    gradients["c"] = total_dc * forget_gate\n'
        '    gradients["W_ih"] = d_pre.T @ x\n'
        '    gradients["W_hh"] = d_pre.T @ h\n'
        '    gradients["b_ih"] = d_pre.sum(axis=0)\n'
        '    gradients["b_hh"] = d_pre.sum(axis=0)\n'
        "    return gradients\n",
    },
    {
        "id": "cb_rafael_inplace_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc = dc_next; dc += ... adds into the caller's dc_next array in place: "
                "the input dc_next is modified (the values returned are right)",
                "must_mention": [
                    {
                        "any": [
                            "chang",
                            "modif",
                            "in-place",
                            "in place",
                            "overwr",
                            "mutat",
                            "altered",
                            "written to",
                        ]
                    },
                    {"any": ["dc_next", "input", "argument", "given"]},
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
        "    A = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    ig = sigmoid(A[:, 0:H]); fg = sigmoid(A[:, H:2*H]); gg = np.tanh(A[:, 2*H:3*H]); "
        "og = sigmoid(A[:, 3*H:4*H])\n"
        "    tc = np.tanh(fg * c + ig * gg)\n"
        "    dc = dc_next\n"
        "    dc += dh_next * og * (1 - tc**2)          # total gradient on c_t\n"
        "    dA = np.hstack((dc * gg * ig * (1 - ig), dc * c * fg * (1 - fg), dc * ig * (1 - "
        "gg**2), dh_next * tc * og * (1 - og)))\n"
        '    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dc * fg,\n'
        '            "W_ih": dA.T @ x, "W_hh": dA.T @ h, "b_ih": dA.sum(0), "b_hh": '
        "dA.sum(0)}\n",
    },
    {
        "id": "cb_luis_d_sigmoid_deriv_and_bias_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the Sigmoid node's backward uses 1 - s² (tanh's derivative) instead of "
                "s(1 - s)",
                "must_mention": [
                    "sigmoid",
                    {
                        "any": [
                            "derivative",
                            "deriv",
                            "s(1 - s)",
                            "σ(1 - σ)",
                            "σ'",
                            "1 - s",
                            "σ(1-σ)",
                            "s*(1-s)",
                        ]
                    },
                ],
            },
            {
                "what": "the Add node undoes the bias broadcast with a mean over the batch instead "
                "of a sum: bias gradients are divided by B",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {"any": ["mean", "averag", "divid", "/ b", "/b", "1/b", "scale", "factor"]},
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
        "TAPE = []\n"
        "\n"
        "\n"
        "class Node:\n"
        '    """A value in the graph; backward() pushes self.grad into the parents."""\n'
        "\n"
        "    def __init__(self, value, parents=()):\n"
        "        self.value = value\n"
        "        self.parents = parents\n"
        "        self.grad = np.zeros_like(value)\n"
        "        TAPE.append(self)\n"
        "\n"
        "    def backward(self):\n"
        "        pass\n"
        "\n"
        "\n"
        "class MatMulT(Node):  # a @ W.T\n"
        "    def __init__(self, a, W):\n"
        "        super().__init__(a.value @ W.value.T, (a, W))\n"
        "\n"
        "    def backward(self):\n"
        "        a, W = self.parents\n"
        "        a.grad += self.grad @ W.value\n"
        "        W.grad += self.grad.T @ a.value\n"
        "\n"
        "\n"
        "class Add(Node):\n"
        "    def __init__(self, *xs):\n"
        "        super().__init__(sum(p.value for p in xs), xs)\n"
        "\n"
        "    def backward(self):\n"
        "        for p in self.parents:\n"
        "            g = self.grad\n"
        "            while g.ndim > p.value.ndim:  # broadcast bias: undo the broadcast\n"
        "                g = g.mean(axis=0)\n"
        "            p.grad += g\n"
        "\n"
        "\n"
        "class Mul(Node):\n"
        "    def __init__(self, a, b):\n"
        "        super().__init__(a.value * b.value, (a, b))\n"
        "\n"
        "    def backward(self):\n"
        "        a, b = self.parents\n"
        "        a.grad += self.grad * b.value\n"
        "        b.grad += self.grad * a.value\n"
        "\n"
        "\n"
        "class Sigmoid(Node):\n"
        "    def __init__(self, a):\n"
        "        super().__init__(sigmoid(a.value), (a,))\n"
        "\n"
        "    def backward(self):\n"
        "        s = self.value\n"
        "        self.parents[0].grad += self.grad * (1 - s * s)\n"
        "\n"
        "\n"
        "class Tanh(Node):\n"
        "    def __init__(self, a):\n"
        "        super().__init__(np.tanh(a.value), (a,))\n"
        "\n"
        "    def backward(self):\n"
        "        t = self.value\n"
        "        self.parents[0].grad += self.grad * (1 - t * t)\n"
        "\n"
        "\n"
        "class Cols(Node):  # a[:, k*H:(k+1)*H]\n"
        "    def __init__(self, a, k, H):\n"
        "        self.sl = slice(k * H, (k + 1) * H)\n"
        "        super().__init__(a.value[:, self.sl], (a,))\n"
        "\n"
        "    def backward(self):\n"
        "        self.parents[0].grad[:, self.sl] += self.grad\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    TAPE.clear()\n"
        "    X, Hp, C = Node(x), Node(h), Node(c)\n"
        "    Wi, Wh, Bi, Bh = Node(W_ih), Node(W_hh), Node(b_ih), Node(b_hh)\n"
        "    H = h.shape[1]\n"
        "    a = Add(MatMulT(X, Wi), Bi, MatMulT(Hp, Wh), Bh)\n"
        "    i, f = Sigmoid(Cols(a, 0, H)), Sigmoid(Cols(a, 1, H))\n"
        "    g, o = Tanh(Cols(a, 2, H)), Sigmoid(Cols(a, 3, H))\n"
        "    c_new = Add(Mul(f, C), Mul(i, g))\n"
        "    h_new = Mul(o, Tanh(c_new))\n"
        "    h_new.grad += dh_next\n"
        "    c_new.grad += dc_next\n"
        "    for node in reversed(TAPE):\n"
        "        node.backward()\n"
        '    return {"x": X.grad, "h": Hp.grad, "c": C.grad, "W_ih": Wi.grad, "W_hh": '
        "Wh.grad,\n"
        '            "b_ih": Bi.grad, "b_hh": Bh.grad}\n',
    },
    {
        "id": "cb_kevin_d_einsum_and_mean_bias",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight-gradient einsums use two batch letters ('bg,ci->gi'): they "
                "multiply batch sums instead of summing per-example outer products",
                "must_mention": [
                    {"any": ["W_ih", "W_hh", "weight"]},
                    {
                        "any": [
                            "einsum",
                            "per-example",
                            "per example",
                            "each example",
                            "outer",
                            "batch",
                            "sums",
                            "subscript",
                            "index",
                        ]
                    },
                ],
            },
            {
                "what": "the bias gradients are a mean over the batch instead of a sum",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {"any": ["mean", "averag", "divid", "/ b", "/b", "1/b", "scale", "factor"]},
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
        "    gates = np.einsum('bi,gi->bg', x, W_ih) + np.einsum('bh,gh->bg', h, W_hh) + b_ih "
        "+ b_hh\n"
        "    i, f, g, o = np.split(gates, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    dgates = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2), dh_next * tc * o * (1 - o)])\n"
        "    # https://stackoverflow.com/... einsum for outer products\n"
        "    dW_ih = np.einsum('bg,ci->gi', dgates, x)\n"
        "    dW_hh = np.einsum('bg,ch->gh', dgates, h)\n"
        "    db = dgates.mean(axis=0)\n"
        '    return {"x": np.einsum(\'bg,gi->bi\', dgates, W_ih), "h": '
        "np.einsum('bg,gh->bh', dgates, W_hh),\n"
        '            "c": dc * f, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb_marco_d_transposed_and_missing_o",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight gradients are transposed: x.T @ dA is (I, 4H), h.T @ dA is (H, "
                "4H)",
                "must_mention": [
                    {"any": ["W_ih", "W_hh", "weight"]},
                    {"any": ["transpos", "(i, 4h)", "(h, 4h)", "orientation", ".t", "shape"]},
                ],
            },
            {
                "what": "δc_t misses the output gate factor o_t in dh_next ⊙ o_t ⊙ (1 - tanh²c_t)",
                "must_mention": [
                    {
                        "any": [
                            "output gate",
                            "o_t",
                            "o ⊙",
                            "o*",
                            "o *",
                            " o ",
                            "(o)",
                            "'o'",
                            "factor o",
                            "times o",
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
        "    A = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    I_ = sigmoid(A[:, 0:H]); F_ = sigmoid(A[:, H:2*H]); G_ = np.tanh(A[:, 2*H:3*H]); "
        "O_ = sigmoid(A[:, 3*H:4*H])\n"
        "    Tc = np.tanh(F_ * c + I_ * G_)\n"
        "    dC = dc_next + dh_next * (1 - Tc ** 2)\n"
        "    dA = np.hstack((dC * G_ * I_ * (1 - I_), dC * c * F_ * (1 - F_), dC * I_ * (1 - "
        "G_ ** 2),\n"
        "                    dh_next * Tc * O_ * (1 - O_)))\n"
        '    return {"x": np.dot(dA, W_ih), "h": np.dot(dA, W_hh), "c": dC * F_,\n'
        '            "W_ih": np.dot(x.T, dA), "W_hh": np.dot(h.T, dA),\n'
        '            "b_ih": np.sum(dA, 0), "b_hh": np.sum(dA, 0)}\n',
    },
    {
        "id": "cb_mei_d_no_dc_next_and_dx_whh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_next is never added into δc_t",
                "must_mention": [
                    {
                        "any": [
                            "dc_next",
                            "∂l/∂c",
                            "dl/dc",
                            "incoming",
                            "from later",
                            "c_t coming",
                            "gradient of c_t",
                        ]
                    }
                ],
            },
            {
                "what": "the gradient for x is computed with W_hh instead of W_ih",
                "must_mention": ["W_ih"],
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
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = [fn(p) for fn, p in zip([sigmoid, sigmoid, np.tanh, sigmoid], "
        "np.split(pre, 4, axis=1))]\n"
        "    tanh_c = np.tanh(f * c + i * g)\n"
        "    dc = dh_next * o * (1 - tanh_c ** 2)\n"
        "    d_pre = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g ** 2),\n"
        "                            dh_next * tanh_c * o * (1 - o)], axis=1)\n"
        '    grads = {k: None for k in ["x", "h", "c", "W_ih", "W_hh", "b_ih", "b_hh"]}\n'
        '    grads["x"], grads["h"] = d_pre @ W_hh, d_pre @ W_hh\n'
        '    grads["c"] = dc * f\n'
        '    grads["W_ih"], grads["W_hh"] = d_pre.T @ x, d_pre.T @ h\n'
        '    grads["b_ih"] = grads["b_hh"] = d_pre.sum(0)\n'
        "    return grads\n",
    },
    {
        "id": "lb_aisha_ok",
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2),\n"
        "                    dh_next * tc * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]          # hs[t] = h_{t-1}\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h_t)\n"
        "        cs.append(c_t)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        '    grads = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
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
        "id": "lb_sven_inline_ok",
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
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    # forward, caching everything\n"
        "    h, c = h0, c0\n"
        "    cache = []\n"
        "    for t in range(T):\n"
        "        z = x[t] @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "        i, f, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2*H]), sigmoid(z[:, 3*H:])\n"
        "        g = np.tanh(z[:, 2*H:3*H])\n"
        "        c_new = f * c + i * g\n"
        "        tc = np.tanh(c_new)\n"
        "        cache.append((h, c, i, f, g, o, tc))\n"
        "        h, c = o * tc, c_new\n"
        "    # backward\n"
        "    dWi, dWh, db = np.zeros_like(W_ih), np.zeros_like(W_hh), np.zeros(4 * H)\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h_prev, c_prev, i, f, g, o, tc = cache[t]\n"
        "        dh = dh + dout[t]\n"
        "        dc = dc + dh * o * (1 - tc * tc)\n"
        "        dz = np.concatenate([dc * g * i * (1 - i), dc * c_prev * f * (1 - f),\n"
        "                             dc * i * (1 - g * g), dh * tc * o * (1 - o)], axis=1)\n"
        "        dx[t] = dz @ W_ih\n"
        "        dWi += dz.T @ x[t]\n"
        "        dWh += dz.T @ h_prev\n"
        "        db += dz.sum(0)\n"
        "        dh = dz @ W_hh\n"
        "        dc = dc * f\n"
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dWi, "W_hh": dWh, "b_ih": db, '
        '"b_hh": db.copy()}\n',
    },
    {
        "id": "lb_tomasz_prealloc_ok",
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
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    hseq = np.empty((T + 1, B, H)); cseq = np.empty((T + 1, B, H))\n"
        "    hseq[0], cseq[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        hseq[t + 1], cseq[t + 1] = lstm_cell(x[t], hseq[t], cseq[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "    δh = np.zeros((B, H)) if dh_n is None else np.array(dh_n, dtype=float)\n"
        "    δc = np.zeros((B, H)) if dc_n is None else np.array(dc_n, dtype=float)\n"
        "    δx = np.empty_like(x)\n"
        "    δa_all = np.empty((T, B, 4 * H))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        δh = δh + dout[t]\n"
        "        hp, cp = hseq[t], cseq[t]\n"
        "        a = hp @ W_hh.T + x[t] @ W_ih.T + b_ih + b_hh\n"
        "        i, f, g, o = (a[:, k * H:(k + 1) * H] for k in range(4))\n"
        "        i, f, g, o = 1 / (1 + np.exp(-i)), 1 / (1 + np.exp(-f)), np.tanh(g), 1 / (1 + "
        "np.exp(-o))\n"
        "        τ = np.tanh(f * cp + i * g)\n"
        "        δc = δc + δh * o * (1 - τ ** 2)\n"
        "        δa = np.concatenate([δc * g * i * (1 - i), δc * cp * f * (1 - f), δc * i * (1 "
        "- g ** 2),\n"
        "                             δh * τ * o * (1 - o)], axis=-1)\n"
        "        δa_all[t] = δa\n"
        "        δx[t] = δa @ W_ih\n"
        "        δh = δa @ W_hh\n"
        "        δc = δc * f\n"
        '    return {"x": δx, "h0": δh, "c0": δc,\n'
        '            "W_ih": np.einsum("tbk,tbi->ki", δa_all, x),\n'
        '            "W_hh": np.einsum("tbk,tbj->kj", δa_all, hseq[:-1]),\n'
        '            "b_ih": δa_all.sum(axis=(0, 1)), "b_hh": δa_all.sum(axis=(0, 1))}\n',
    },
    {
        "id": "lb_dana_dout_last_as_dhn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient reaching h_{T-1} starts as dout[-1] instead of dh_n: "
                "dout[T-1] is counted twice and dh_n is ignored",
                "must_mention": [
                    {"any": ["dh_n", "dout"]},
                    {
                        "any": [
                            "twice",
                            "double",
                            "instead",
                            "ignor",
                            "dout[-1]",
                            "dout[t-1]",
                            "dout[T-1]",
                            "two times",
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2),\n"
        "                    dh_next * tc * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    number_of_steps = x.shape[0]\n"
        "\n"
        "    # forward pass, remembering the state each step started from\n"
        "    all_h = [h0]\n"
        "    all_c = [c0]\n"
        "    for t in range(number_of_steps):\n"
        "        new_h, new_c = lstm_cell(x[t], all_h[t], all_c[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        all_h.append(new_h)\n"
        "        all_c.append(new_c)\n"
        "\n"
        "    # the gradient arriving at the last hidden state is the last output's gradient\n"
        "    gradient_h = dout[-1]\n"
        "    if dc_n is None:\n"
        "        gradient_c = np.zeros_like(c0)\n"
        "    else:\n"
        "        gradient_c = dc_n\n"
        "\n"
        "    dx = np.zeros_like(x)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    for t in range(number_of_steps - 1, -1, -1):\n"
        "        step = lstm_cell_backward(gradient_h + dout[t], gradient_c, x[t], all_h[t], "
        "all_c[t],\n"
        "                                  W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = step["x"]\n'
        '        dW_ih = dW_ih + step["W_ih"]\n'
        '        dW_hh = dW_hh + step["W_hh"]\n'
        '        db_ih = db_ih + step["b_ih"]\n'
        '        db_hh = db_hh + step["b_hh"]\n'
        '        gradient_h = step["h"]\n'
        '        gradient_c = step["c"]\n'
        "\n"
        '    return {"x": dx, "h0": gradient_h, "c0": gradient_c,\n'
        '            "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_kevin_ignores_dh_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n is never used: the gradient reaching h_{T-1} from the final state is "
                "left out",
                "must_mention": ["dh_n"],
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2),\n"
        "                    dh_next * tc * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    hs = [h0]; cs = [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        '    grads = {k: 0 for k in ["W_ih", "W_hh", "b_ih", "b_hh"]}\n'
        "    dx = []\n"
        "    dh_next = np.zeros_like(h0)\n"
        "    dc_next = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh_next, dc_next, x[t], hs[t], cs[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx.insert(0, g["x"])\n'
        "        for k in grads:\n"
        "            grads[k] = grads[k] + g[k]\n"
        '        dh_next, dc_next = g["h"], g["c"]\n'
        '    grads["x"] = np.stack(dx)\n'
        '    grads["h0"] = dh_next\n'
        '    grads["c0"] = dc_next\n'
        "    return grads\n",
    },
    {
        "id": "lb_marco_range_stops_at_1",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward loop is range(T - 1, 0, -1): step 0 is never back-propagated "
                "(x[0]'s gradient stays zero, h0/c0 get step 1's gradients, step 0's "
                "weight gradients are missing)",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "x[0]",
                            "x_0",
                            "range",
                            "off-by-one",
                            "off by one",
                            "skip",
                            "miss",
                            "one step short",
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2),\n"
        "                    dh_next * tc * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    B, H = h0.shape\n"
        "    Hs = np.zeros((T + 1, B, H)); Cs = np.zeros((T + 1, B, H))\n"
        "    Hs[0] = h0; Cs[0] = c0\n"
        "    for t in range(T):\n"
        "        [Hs[t + 1], Cs[t + 1]] = lstm_cell(x[t], Hs[t], Cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "    dh = np.zeros((B, H)); dc = np.zeros((B, H))\n"
        "    if dh_n is not None: dh = dh_n.copy()\n"
        "    if dc_n is not None: dc = dc_n.copy()\n"
        "    dX = np.zeros(x.shape)\n"
        "    dWih = np.zeros(W_ih.shape); dWhh = np.zeros(W_hh.shape); dbih = "
        "np.zeros(b_ih.shape); dbhh = np.zeros(b_hh.shape)\n"
        "    for t in range(T - 1, 0, -1):      # for t = T:-1:1\n"
        "        G = lstm_cell_backward(dh + dout[t], dc, x[t], Hs[t], Cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dX[t] = G["x"]\n'
        '        dWih += G["W_ih"]; dWhh += G["W_hh"]; dbih += G["b_ih"]; dbhh += G["b_hh"]\n'
        '        dh = G["h"]; dc = G["c"]\n'
        '    return {"x": dX, "h0": dh, "c0": dc, "W_ih": dWih, "W_hh": dWhh, "b_ih": dbih, '
        '"b_hh": dbhh}\n',
    },
    {
        "id": "lb_hannah_weights_last_step_only",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are overwritten at each step instead of "
                "summed over the steps: only step 0's gradients are returned",
                "must_mention": [
                    {"any": ["sum", "accumulat", "add", "+=", "total"]},
                    {"any": ["step", "time", "over t"]},
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2),\n"
        "                    dh_next * tc * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    # Step 1: run forward and keep every state\n"
        "    states_h = [h0]\n"
        "    states_c = [c0]\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], states_h[t], states_c[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        states_h.append(h_new)\n"
        "        states_c.append(c_new)\n"
        "    # Step 2: gradients coming from the final state\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros_like(h0)\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros_like(c0)\n"
        "    dh_next = dh_n\n"
        "    dc_next = dc_n\n"
        '    result = {"x": np.zeros_like(x)}\n'
        "    # Step 3: walk back in time\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        step_grads = lstm_cell_backward(dout[t] + dh_next, dc_next, x[t], "
        "states_h[t], states_c[t],\n"
        "                                        W_ih, W_hh, b_ih, b_hh)\n"
        '        result["x"][t] = step_grads["x"]\n'
        '        result["W_ih"] = step_grads["W_ih"]\n'
        '        result["W_hh"] = step_grads["W_hh"]\n'
        '        result["b_ih"] = step_grads["b_ih"]\n'
        '        result["b_hh"] = step_grads["b_hh"]\n'
        '        dh_next = step_grads["h"]\n'
        '        dc_next = step_grads["c"]\n'
        '    result["h0"] = dh_next\n'
        '    result["c0"] = dc_next\n'
        "    return result\n",
    },
    {
        "id": "lb_mei_dx_reversed_time",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the per-step x gradients are stacked in the order the backward loop "
                "produced them (T-1 down to 0): 'x' is reversed in time",
                "must_mention": [
                    {
                        "any": [
                            "'x'",
                            '"x"',
                            "dx",
                            "x gradient",
                            "gradient of x",
                            "gradient for x",
                            "input",
                        ]
                    },
                    {"any": ["order", "revers", "time", "flip"]},
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2),\n"
        "                    dh_next * tc * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    hs, cs = [h0], [c0]\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    per_step = []\n"
        "    for t in reversed(range(len(x))):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        per_step.append(g)\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    grads = {k: sum(g[k] for g in per_step) for k in ["W_ih", "W_hh", "b_ih", '
        '"b_hh"]}\n'
        '    grads["x"] = np.stack([g["x"] for g in per_step])\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_sven_state_off_by_one",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward is given the state after the step, (h_t, c_t) = "
                "hs[t+1], instead of the state it started from, (h_{t-1}, c_{t-1}) = hs[t]",
                "must_mention": [
                    {"any": ["state", "h_t", "h_{t-1}", "hs["]},
                    {
                        "any": [
                            "previous",
                            "before",
                            "after",
                            "off-by-one",
                            "off by one",
                            "index",
                            "started",
                            "one step",
                            "h_{t-1}",
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2),\n"
        "                    dh_next * tc * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    acc = dict(W_ih=0.0, W_hh=0.0, b_ih=0.0, b_hh=0.0)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t + 1], cs[t + 1], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        "        for k in acc:\n"
        "            acc[k] = acc[k] + g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        "    return dict(x=dx, h0=dh, c0=dc, **acc)\n",
    },
    {
        "id": "lb_rafael_dc_not_carried",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell-state gradient is not carried back: each step before the last "
                "gets zeros instead of the 'c' that step t+1's backward returned",
                "must_mention": [
                    {"any": ["cell", "dc", "δc", "'c'", "c gradient", "gradient of c"]},
                    {
                        "any": [
                            "carr",
                            "propagat",
                            "passed back",
                            "reset",
                            "zero",
                            "step t+1",
                            "next step",
                            "previous step",
                            "chain",
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2),\n"
        "                    dh_next * tc * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    B, H = h0.shape\n"
        "    Hs = [h0]; Cs = [c0]\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], Hs[t], Cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        Hs.append(hn); Cs.append(cn)\n"
        "    if dh_n is None: dh_n = np.zeros((B, H))\n"
        "    if dc_n is None: dc_n = np.zeros((B, H))\n"
        "    dX = np.zeros_like(x)\n"
        "    dWih = 0 * W_ih; dWhh = 0 * W_hh; dbih = 0 * b_ih; dbhh = 0 * b_hh\n"
        "    dH = dh_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        if t == T - 1:\n"
        "            dC = dc_n\n"
        "        else:\n"
        "            dC = np.zeros((B, H))        # the cell gradient only enters at the end\n"
        "        G = lstm_cell_backward(dH + dout[t], dC, x[t], Hs[t], Cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dX[t] = G["x"]\n'
        '        dWih = dWih + G["W_ih"]; dWhh = dWhh + G["W_hh"]; dbih = dbih + G["b_ih"]; '
        'dbhh = dbhh + G["b_hh"]\n'
        '        dH = G["h"]\n'
        '    return {"x": dX, "h0": dH, "c0": G["c"], "W_ih": dWih, "W_hh": dWhh, "b_ih": '
        'dbih, "b_hh": dbhh}\n',
    },
    {
        "id": "lb_jordan_dout_inplace",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the incoming gradients are accumulated into dout in place (dout[t-1] += "
                "..., dout[T-1] += dh_n): the caller's dout is changed (the values "
                "returned are right)",
                "must_mention": [
                    {
                        "any": [
                            "chang",
                            "modif",
                            "in-place",
                            "in place",
                            "overwr",
                            "mutat",
                            "altered",
                            "written to",
                        ]
                    },
                    {"any": ["dout", "input", "argument", "given"]},
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2),\n"
        "                    dh_next * tc * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hbuf = np.empty((T + 1, B, H)); cbuf = np.empty((T + 1, B, H))\n"
        "    hbuf[0] = h0; cbuf[0] = c0\n"
        "    for t in range(T):\n"
        "        hbuf[t + 1], cbuf[t + 1] = lstm_cell(x[t], hbuf[t], cbuf[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "    dx = np.empty_like(x)\n"
        "    gW_ih = np.zeros_like(W_ih); gW_hh = np.zeros_like(W_hh); gb = "
        "np.zeros_like(b_ih)\n"
        "    if dh_n is not None:\n"
        "        dout[T - 1] += dh_n          # fold the final-state gradient into the last "
        "output's\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dh_prev = None\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hbuf[t], cbuf[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        gW_ih += g["W_ih"]; gW_hh += g["W_hh"]; gb += g["b_ih"]\n'
        "        if t > 0:\n"
        '            dout[t - 1] += g["h"]    # accumulate into the previous step\'s incoming '
        "gradient\n"
        '        dh_prev, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh_prev, "c0": dc, "W_ih": gW_ih, "W_hh": gW_hh, "b_ih": '
        'gb, "b_hh": gb.copy()}\n',
    },
    {
        "id": "lb_priya_dc_n_default_from_dh_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "when dc_n is None it is set to dh_n (copy-paste) instead of zeros: wrong "
                "whenever dh_n is given and dc_n is not",
                "must_mention": ["dc_n", {"any": ["dh_n", "none", "zero", "default"]}],
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2),\n"
        "                    dh_next * tc * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros_like(h0)\n"
        "    if dc_n is None:\n"
        "        dc_n = dh_n\n"
        "    n_steps = x.shape[0]\n"
        "    h_list, c_list = [h0], [c0]\n"
        "    for t in range(n_steps):\n"
        "        h_t, c_t = lstm_cell(x[t], h_list[t], c_list[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        h_list.append(h_t)\n"
        "        c_list.append(c_t)\n"
        "    d_h, d_c = dh_n, dc_n\n"
        '    out = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '           "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in range(n_steps - 1, -1, -1):\n"
        "        res = lstm_cell_backward(d_h + dout[t], d_c, x[t], h_list[t], c_list[t], "
        "W_ih, W_hh, b_ih, b_hh)\n"
        '        out["x"][t] = res["x"]\n'
        '        for nm in ["W_ih", "W_hh", "b_ih", "b_hh"]:\n'
        "            out[nm] = out[nm] + res[nm]\n"
        '        d_h, d_c = res["h"], res["c"]\n'
        '    out["h0"], out["c0"] = d_h, d_c\n'
        "    return out\n",
    },
    {
        "id": "lb_tomasz_keys_h_c",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the initial state's gradients are returned under the keys 'h' and 'c' "
                "(the cell's keys) instead of 'h0' and 'c0'",
                "must_mention": [{"any": ["key", "missing"]}, {"any": ["h0", "c0"]}],
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2),\n"
        "                    dh_next * tc * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    hseq = [h0]; cseq = [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hseq[t], cseq[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hseq.append(h); cseq.append(c)\n"
        '    δ = {"h": np.zeros_like(h0) if dh_n is None else dh_n,\n'
        '         "c": np.zeros_like(c0) if dc_n is None else dc_n}\n'
        "    total = dict(x=np.zeros_like(x), W_ih=0 * W_ih, W_hh=0 * W_hh, b_ih=0 * b_ih, "
        "b_hh=0 * b_hh)\n"
        "    for t in reversed(range(T)):\n"
        '        step = lstm_cell_backward(δ["h"] + dout[t], δ["c"], x[t], hseq[t], cseq[t], '
        "W_ih, W_hh, b_ih, b_hh)\n"
        '        total["x"][t] = step["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            total[k] += step[k]\n"
        '        δ = {"h": step["h"], "c": step["c"]}\n'
        "    total.update(δ)   # the initial state's gradients\n"
        "    return total\n",
    },
    {
        "id": "lb_aisha_states_alias",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the saved states all alias one buffer updated in place (h[...] = h_new), "
                "so every hs[t], cs[t] holds the final state: each step's backward uses "
                "the wrong (last) state",
                "must_mention": [
                    {
                        "any": [
                            "state",
                            "stored",
                            "cache",
                            "alias",
                            "copy",
                            "same array",
                            "h_{t-1}",
                            "saved",
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2),\n"
        "                    dh_next * tc * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    h, c = h0.copy(), c0.copy()      # never touch the caller's arrays\n"
        "    hs, cs = [], []                  # hs[t] = state step t starts from\n"
        "    for t in range(T):\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[...] = h_new               # update the state buffer in place\n"
        "        c[...] = c_new\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        '    grads = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        grads["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] += g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_kevin_d_no_dhn_and_last_step_weights",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {"what": "dh_n is never used", "must_mention": ["dh_n"]},
            {
                "what": "the weight and bias gradients are the last backward step's (step 0) only, "
                "not the sum over all steps",
                "must_mention": [
                    {"any": ["sum", "accumulat", "add", "+=", "total"]},
                    {"any": ["step", "time", "over t"]},
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2),\n"
        "                    dh_next * tc * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    hs = [h0]; cs = [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dx = []\n"
        "    dh_next = np.zeros_like(h0)\n"
        "    dc_next = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh_next, dc_next, x[t], hs[t], cs[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx.insert(0, g["x"])\n'
        '        dh_next, dc_next = g["h"], g["c"]\n'
        '    return {"x": np.stack(dx), "h0": dh_next, "c0": dc_next,\n'
        '            "W_ih": g["W_ih"], "W_hh": g["W_hh"], "b_ih": g["b_ih"], "b_hh": '
        'g["b_hh"]}\n',
    },
    {
        "id": "lb_marco_d_range_and_dx_order",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward loop is range(T - 1, 0, -1): step 0 is never back-propagated",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "x[0]",
                            "x_0",
                            "range",
                            "off-by-one",
                            "off by one",
                            "skip",
                            "miss",
                            "one step short",
                        ]
                    }
                ],
            },
            {
                "what": "x's gradients are written with a counter k counting up from 0 while t "
                "counts down: 'x' is in reversed time order",
                "must_mention": [
                    {
                        "any": [
                            "'x'",
                            '"x"',
                            "dx",
                            "x gradient",
                            "gradient of x",
                            "gradient for x",
                            "input",
                        ]
                    },
                    {"any": ["order", "revers", "time", "flip"]},
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2),\n"
        "                    dh_next * tc * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    B, H = h0.shape\n"
        "    Hs = np.zeros((T + 1, B, H)); Cs = np.zeros((T + 1, B, H))\n"
        "    Hs[0] = h0; Cs[0] = c0\n"
        "    for t in range(T):\n"
        "        [Hs[t + 1], Cs[t + 1]] = lstm_cell(x[t], Hs[t], Cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dX = np.zeros(x.shape)\n"
        "    dWih = np.zeros(W_ih.shape); dWhh = np.zeros(W_hh.shape); db = "
        "np.zeros(b_ih.shape)\n"
        "    k = 0\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        G = lstm_cell_backward(dh + dout[t], dc, x[t], Hs[t], Cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dX[k] = G["x"]; k = k + 1\n'
        '        dWih += G["W_ih"]; dWhh += G["W_hh"]; db += G["b_ih"]\n'
        '        dh = G["h"]; dc = G["c"]\n'
        '    return {"x": dX, "h0": dh, "c0": dc, "W_ih": dWih, "W_hh": dWhh, "b_ih": db, '
        '"b_hh": db}\n',
    },
    {
        "id": "lb_rafael_d_dc_reset_and_keys",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell-state gradient is not carried back between steps (zeros except "
                "at the last step)",
                "must_mention": [
                    {"any": ["cell", "dc", "δc", "'c'", "c gradient", "gradient of c"]},
                    {
                        "any": [
                            "carr",
                            "propagat",
                            "passed back",
                            "reset",
                            "zero",
                            "step t+1",
                            "next step",
                            "previous step",
                            "chain",
                        ]
                    },
                ],
            },
            {
                "what": "the initial state's gradients are returned as 'h' and 'c' instead of 'h0' "
                "and 'c0'",
                "must_mention": [{"any": ["key", "missing"]}, {"any": ["h0", "c0"]}],
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2),\n"
        "                    dh_next * tc * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    B, H = h0.shape\n"
        "    Hs = [h0]; Cs = [c0]\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], Hs[t], Cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        Hs.append(hn); Cs.append(cn)\n"
        "    dH = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dX = np.zeros_like(x)\n"
        '    S = {"W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        dC = dc_n if (t == T - 1 and dc_n is not None) else np.zeros((B, H))\n"
        "        G = lstm_cell_backward(dH + dout[t], dC, x[t], Hs[t], Cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dX[t] = G["x"]\n'
        "        for k in S: S[k] = S[k] + G[k]\n"
        '        dH = G["h"]\n'
        '    S["x"] = dX; S["h"] = dH; S["c"] = G["c"]\n'
        "    return S\n",
    },
    {
        "id": "ll_aisha_ok",
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
        "        m = (t < lengths)[:, None]           # (B, 1): is step t real for row b?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_priya_per_sequence_ok",
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.zeros((B, H))\n"
        "    c_n = np.zeros((B, H))\n"
        "    for b in range(B):                      # one sequence at a time, like lapply()\n"
        "        n_b = int(lengths[b])\n"
        "        h = h0[b:b + 1]\n"
        "        c = c0[b:b + 1]\n"
        "        for t in range(n_b):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b] = h[0]\n"
        "        c_n[b] = c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_rafael_arith_mask_ok",
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    M = (np.arange(T)[:, None] < np.reshape(lengths, (1, B))).astype(np.float64)   # "
        "T x B of 0/1\n"
        "    Y = np.zeros((T, B, H))\n"
        "    h = h0.copy(); c = c0.copy()\n"
        "    for t in range(T):\n"
        "        m = M[t][:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = m * hn + (1 - m) * h\n"
        "        c = m * cn + (1 - m) * c\n"
        "        Y[t] = m * hn\n"
        "    return Y, (h, c)\n",
    },
    {
        "id": "ll_rafael_mask_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask is t <= lengths[b] instead of t < lengths[b]: each sequence "
                "shorter than T runs one padding step too many (an extra output and a "
                "state one step late)",
                "must_mention": [
                    {
                        "any": [
                            "<=",
                            "off-by-one",
                            "off by one",
                            "one step",
                            "one extra",
                            "extra step",
                            "one more",
                            "one padding",
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    M = (np.arange(T)[:, None] <= np.reshape(lengths, (1, B))).astype(np.float64)   # "
        "t <= L\n"
        "    Y = np.zeros((T, B, H))\n"
        "    h = h0.copy(); c = c0.copy()\n"
        "    for t in range(T):\n"
        "        m = M[t][:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = m * hn + (1 - m) * h\n"
        "        c = m * cn + (1 - m) * c\n"
        "        Y[t] = m * hn\n"
        "    return Y, (h, c)\n",
    },
    {
        "id": "ll_marco_hn_index_one_based",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n is read at index lengths[b] (one past the last real step, 1-based "
                "thinking) instead of lengths[b] - 1: an IndexError when a sequence fills "
                "T, else the state after a padding step",
                "must_mention": [
                    {"any": ["c_n"]},
                    {
                        "any": [
                            "lengths[b] - 1",
                            "lengths - 1",
                            "index",
                            "off-by-one",
                            "off by one",
                            "one past",
                            "1-based",
                            "one step",
                            "padding step",
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    Hs = np.zeros((T, B, H)); Cs = np.zeros((T, B, H))\n"
        "    h = h0; c = c0\n"
        "    for t in range(T):\n"
        "        [h, c] = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        Hs[t] = h; Cs[t] = c\n"
        "    cols = np.arange(B)\n"
        "    mask = np.arange(T)[:, None] < lengths[None, :]\n"
        "    out = Hs * mask[:, :, None]\n"
        "    h_n = Hs[lengths - 1, cols]\n"
        "    c_n = Cs[lengths, cols]          # last element of sequence b\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_mei_out_cut_to_max",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out has only max(lengths) steps instead of T (like pad_packed_sequence "
                "without total_length) when the longest sequence is shorter than T",
                "must_mention": [
                    {
                        "any": [
                            "max(lengths)",
                            "longest",
                            "max length",
                            "maximum length",
                            "max_len",
                            "cut",
                            "truncat",
                            "total_length",
                            "fewer steps",
                            "shorter",
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
        "    T_max = int(max(lengths))          # no point running past the longest sequence\n"
        "    B = x.shape[1]\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T_max):\n"
        "        keep = np.array([t < n for n in lengths])[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(keep, h_new, h)\n"
        "        c = np.where(keep, c_new, c)\n"
        "        outs.append(np.where(keep, h_new, 0))\n"
        "    out = np.stack(outs)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_kevin_out_not_zeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "past each sequence's length out repeats the frozen last state instead of "
                "holding zeros",
                "must_mention": [
                    "zero",
                    {"any": ["pad", "past", "after", "beyond", "t >= length"]},
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
        "    T, B, I = x.shape\n"
        "    h = h0\n"
        "    c = c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        mask = (t < lengths).reshape(-1, 1)\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(mask, h_new, h)   # freeze finished sequences\n"
        "        c = np.where(mask, c_new, c)\n"
        "        out.append(h)\n"
        "    return np.array(out), (h, c)\n",
    },
    {
        "id": "ll_priya_masked_array",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is returned as a numpy masked array (np.ma): the padding is only "
                "masked, its data still holds the states run over the padding instead of "
                "zeros",
                "must_mention": [{"any": ["masked", "np.ma", "maskedarray", "type", "ndarray"]}],
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
        "    hs = np.zeros((T, B, H))\n"
        "    cs = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs[t], cs[t] = h, c\n"
        "    last = lengths - 1\n"
        "    h_n = hs[last, np.arange(B)]\n"
        "    c_n = cs[last, np.arange(B)]\n"
        "    is_pad = np.arange(T)[:, None] >= lengths[None, :]          # TRUE where padding, "
        "like is.na()\n"
        "    out = np.ma.masked_array(hs, mask=np.repeat(is_pad[:, :, None], H, axis=2))\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_hannah_state_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the state is not frozen after each sequence's end: h_n, c_n are the "
                "states after step T-1 (run over the padding), not at each row's own last "
                "step",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state", "state"]},
                    {
                        "any": [
                            "pad",
                            "freez",
                            "frozen",
                            "keep",
                            "own last",
                            "last real",
                            "lengths[b] - 1",
                            "t - 1",
                            "t-1",
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h = h0\n"
        "    c = c0\n"
        "    # Step 1: run the cell over all the steps\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        # Step 2: only keep the output where the step is real\n"
        "        for b in range(B):\n"
        "            if t < lengths[b]:\n"
        "                out[t, b] = h[b]\n"
        "    # Step 3: the final state\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_dana_cumsum_mask_short",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask from np.cumsum counts from 1, and with < it marks steps "
                "0..lengths[b]-2 as real: every sequence stops one step early (its last "
                "real step is dropped)",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "one step",
                            "one fewer",
                            "short",
                            "early",
                            "last real step",
                            "last step",
                            "lengths[b] - 1",
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
        "    number_of_steps, batch_size, input_size = x.shape\n"
        "    hidden_size = h0.shape[1]\n"
        "    # step counter: 1, 2, 3, ... for every sequence in the batch\n"
        "    step_counter = np.cumsum(np.ones((number_of_steps, batch_size)), axis=0)\n"
        "    # a step is real while the counter has not reached the length\n"
        "    is_real = step_counter < lengths[np.newaxis, :]\n"
        "    output = np.zeros((number_of_steps, batch_size, hidden_size))\n"
        "    hidden = h0\n"
        "    cell = c0\n"
        "    for t in range(number_of_steps):\n"
        "        new_hidden, new_cell = lstm_cell(x[t], hidden, cell, W_ih, W_hh, b_ih, b_hh)\n"
        "        keep = is_real[t][:, np.newaxis]\n"
        "        hidden = np.where(keep, new_hidden, hidden)\n"
        "        cell = np.where(keep, new_cell, cell)\n"
        "        output[t] = np.where(keep, new_hidden, 0.0)\n"
        "    return output, (hidden, cell)\n",
    },
    {
        "id": "ll_tomasz_c_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only h is frozen past each length; c keeps being updated on the padding, "
                "so c_n is the cell state after step T-1",
                "must_mention": [
                    "c_n",
                    {
                        "any": [
                            "pad",
                            "freez",
                            "frozen",
                            "keep",
                            "own last",
                            "last real",
                            "not masked",
                            "mask",
                            "update",
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
        "    H = h0.shape[1]\n"
        "    out = zeros = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        alive = (t < lengths)[:, None]\n"
        "        h̃, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(alive, h̃, h)\n"
        "        out[t] = np.where(alive, h̃, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_jordan_h0_updated_in_place",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h = h0, c = c0 are updated in place (h[live] = ...): the caller's h0 and "
                "c0 are overwritten (the values returned are right)",
                "must_mention": [
                    {
                        "any": [
                            "chang",
                            "modif",
                            "in-place",
                            "in place",
                            "overwr",
                            "mutat",
                            "altered",
                            "written to",
                        ]
                    },
                    {"any": ["h0", "c0", "input", "argument", "given"]},
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
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0                      # state buffers\n"
        "    for t in range(T):\n"
        "        live = t < lengths             # (B,) bool\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[live] = h_new[live]          # update only the running rows, in place\n"
        "        c[live] = c_new[live]\n"
        "        out[t, live] = h_new[live]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_kevin_mask_broadcast_wrong_axis",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the step mask is shaped (1, B) instead of (B, 1): it broadcasts along the "
                "hidden units, not the batch rows (an error unless B == H, then rows and "
                "units are mixed up)",
                "must_mention": [
                    {"any": ["mask"]},
                    {
                        "any": [
                            "broadcast",
                            "shape",
                            "axis",
                            "unit",
                            "(b, 1)",
                            "(1, b)",
                            "column",
                            "row",
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[None, :]    # mask for this step\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_sven_int_dtype_out",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is created with np.zeros_like(lengths, ...), so it has the integer "
                "dtype of lengths: the outputs are truncated to integers (zeros) instead "
                "of float64",
                "must_mention": [{"any": ["dtype", "int64", "integer", "float64"]}],
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
        "    out = np.zeros_like(lengths, shape=(T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        run = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h, c = np.where(run, hn, h), np.where(run, cn, c)\n"
        "        out[t] = np.where(run, hn, 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_marco_d_onebased_and_cut",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out has max(lengths) steps instead of T when the longest sequence is "
                "shorter than T",
                "must_mention": [
                    {
                        "any": [
                            "max(lengths)",
                            "longest",
                            "max length",
                            "maximum length",
                            "max_len",
                            "cut",
                            "truncat",
                            "total_length",
                            "fewer steps",
                            "shorter",
                        ]
                    }
                ],
            },
            {
                "what": "the final states are read at index lengths[b] (clipped to the last row), "
                "one step after each sequence's last real step lengths[b] - 1",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state"]},
                    {
                        "any": [
                            "lengths[b] - 1",
                            "lengths - 1",
                            "index",
                            "off-by-one",
                            "off by one",
                            "one past",
                            "1-based",
                            "one step",
                            "padding step",
                            "one step late",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[1]\n"
        "    Tm = np.max(lengths)\n"
        "    Hs = np.zeros((Tm, B, H)); Cs = np.zeros((Tm, B, H))\n"
        "    h = h0; c = c0\n"
        "    for t in range(Tm):\n"
        "        [h, c] = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        Hs[t] = h; Cs[t] = c\n"
        "    cols = np.arange(B)\n"
        "    mask = np.arange(Tm)[:, None] < lengths[None, :]\n"
        "    out = Hs * mask[:, :, None]\n"
        "    idx = np.minimum(lengths, Tm - 1)        # end index of each column\n"
        "    return out, (Hs[idx, cols], Cs[idx, cols])\n",
    },
    {
        "id": "ll_rafael_d_le_and_not_zeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask covers steps 0..lengths[b] (slice :lengths[b] + 1): one padding "
                "step too many",
                "must_mention": [
                    {
                        "any": [
                            "<=",
                            "off-by-one",
                            "off by one",
                            "one step",
                            "one extra",
                            "extra step",
                            "one more",
                            "one padding",
                        ]
                    }
                ],
            },
            {
                "what": "past each length out holds the frozen state instead of zeros",
                "must_mention": [
                    "zero",
                    {"any": ["pad", "past", "after", "beyond", "t >= length"]},
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    M = np.zeros((T, B))\n"
        "    for b in range(B):\n"
        "        M[0:lengths[b] + 1, b] = 1          # 1 .. L  (as in octave)\n"
        "    Y = np.zeros((T, B, H))\n"
        "    h = h0 + 0; c = c0 + 0\n"
        "    for t in range(T):\n"
        "        m = M[t][:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = m * hn + (1 - m) * h\n"
        "        c = m * cn + (1 - m) * c\n"
        "        Y[t] = h\n"
        "    return Y, (h, c)\n",
    },
    {
        "id": "ll_hannah_d_not_frozen_and_masked_array",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the state is not frozen: h_n, c_n are taken after step T-1, run over the "
                "padding",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state", "state"]},
                    {
                        "any": [
                            "pad",
                            "freez",
                            "frozen",
                            "keep",
                            "own last",
                            "last real",
                            "lengths[b] - 1",
                            "t - 1",
                            "t-1",
                        ]
                    },
                ],
            },
            {
                "what": "out is a masked array whose padding data is not zero",
                "must_mention": [{"any": ["masked", "np.ma", "maskedarray", "type", "ndarray"]}],
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    all_h = np.zeros((T, B, H))\n"
        "    h = h0\n"
        "    c = c0\n"
        "    # Step 1: run the cell over all the steps\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        all_h[t] = h\n"
        "    # Step 2: hide the padding steps with a masked array\n"
        "    padding = np.zeros((T, B, H), dtype=bool)\n"
        "    for b in range(B):\n"
        "        padding[lengths[b]:, b, :] = True\n"
        "    out = np.ma.array(all_h, mask=padding)\n"
        "    # Step 3: the final state\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "bl_aisha_gather_ok",
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
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
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
        "    lengths = np.asarray(lengths)\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse each sequence within its own length; padding positions map to "
        "themselves\n"
        "    t = np.arange(T)[:, None]\n"
        "    src = np.where(t < lengths[None, :], lengths[None, :] - 1 - t, t)   # (T, B)\n"
        "    cols = np.arange(B)[None, :]\n"
        "    x_rev = x[src, cols]\n"
        "    out_r, (hr, cr) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = out_r[src, cols]            # the same permutation undoes itself\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([hf, hr]), np.stack([cf, cr]))\n",
    },
    {
        "id": "bl_priya_per_sequence_ok",
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
        "def run_one(seq, h, c, params):\n"
        '    """seq: (n, I) one sequence; h, c: (H,). Returns the (n, H) outputs and the final '
        'state."""\n'
        "    outs = []\n"
        "    h, c = h[None, :], c[None, :]\n"
        "    for x_t in seq:\n"
        "        h, c = lstm_cell(x_t[None, :], h, c, *params)\n"
        "        outs.append(h[0])\n"
        "    return np.array(outs), h[0], c[0]\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        seq = x[:n, b, :]                       # only the real steps\n"
        "        of, h_n[0, b], c_n[0, b] = run_one(seq, h0[0, b], c0[0, b], fwd)\n"
        "        ob, h_n[1, b], c_n[1, b] = run_one(seq[::-1], h0[1, b], c0[1, b], bwd)\n"
        "        out[:n, b, :H] = of\n"
        "        out[:n, b, H:] = ob[::-1]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_sven_two_masked_loops_ok",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def _step(xt, h, c, p):\n"
        "    Wi, Wh, bi, bh = p\n"
        "    H = h.shape[1]\n"
        "    z = xt @ Wi.T + h @ Wh.T + bi + bh\n"
        "    i, f, g, o = _sig(z[:, :H]), _sig(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * H]), "
        "_sig(z[:, 3 * H:])\n"
        "    c = f * c + i * g\n"
        "    return o * np.tanh(c), c\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    L = np.asarray(lengths)[:, None]\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        hn, cn = _step(x[t], h, c, fwd)\n"
        "        on = t < L\n"
        "        h, c = np.where(on, hn, h), np.where(on, cn, c)\n"
        "        out[t, :, :H] = np.where(on, hn, 0.0)\n"
        "    hf, cf = h, c\n"
        "    # reverse: walk from T-1 down; a row's state stays at h0[1] until t reaches its "
        "last real step\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        hn, cn = _step(x[t], h, c, bwd)\n"
        "        on = t < L\n"
        "        h, c = np.where(on, hn, h), np.where(on, cn, c)\n"
        "        out[t, :, H:] = np.where(on, hn, 0.0)\n"
        "    return out, (np.stack([hf, h]), np.stack([cf, c]))\n",
    },
    {
        "id": "bl_rafael_flip_whole_batch",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the whole padded batch is flipped in time with np.flip: for sequences "
                "shorter than T the reverse direction reads padding first and never starts "
                "at its own last real step lengths[b] - 1",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {
                        "any": [
                            "pad",
                            "own last",
                            "last real",
                            "lengths[b] - 1",
                            "each sequence",
                            "own length",
                            "flip",
                            "starts at",
                            "start",
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
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
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
        "    H = h0.shape[2]\n"
        "    Yf, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], fwd[0], fwd[1], "
        "fwd[2], fwd[3])\n"
        "    # reverse direction: flip in time, run, flip back\n"
        "    Yb, (hb, cb) = lstm_layer_lengths(np.flip(x, 0), lengths, h0[1], c0[1], bwd[0], "
        "bwd[1], bwd[2], bwd[3])\n"
        "    Yb = np.flip(Yb, 0)\n"
        "    Y = np.concatenate((Yf, Yb), 2)\n"
        "    return Y, (np.stack((hf, hb)), np.stack((cf, cb)))\n",
    },
    {
        "id": "bl_kevin_rev_runs_over_padding",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs over the padded tensor from step T-1 (its "
                "state passes through the padding) instead of starting at each sequence's "
                "own last real step; masking its output afterwards does not undo that",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {
                        "any": [
                            "pad",
                            "own last",
                            "last real",
                            "lengths[b] - 1",
                            "each sequence",
                            "own length",
                            "starts at",
                            "start",
                            "t - 1",
                            "t-1",
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
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
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
        "    H = h0.shape[2]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # backward direction over the padded batch, then mask like the chapter does\n"
        "    h, c = h0[1], c0[1]\n"
        "    out_b = np.zeros((T, B, H))\n"
        "    for t in reversed(range(T)):\n"
        "        h, c = lstm_cell(x[t], h, c, *bwd)\n"
        "        out_b[t] = h\n"
        "    mask = (np.arange(T)[:, None] < lengths[None, :])[:, :, None]\n"
        "    out_b = out_b * mask\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([h_f, h]), "
        "np.stack([c_f, c]))\n",
    },
    {
        "id": "bl_marco_rev_out_not_unreversed",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "each sequence is reversed within its length for the reverse run, but the "
                "reverse outputs are not put back in time order: out[t]'s reverse half "
                "holds the output for step lengths[b]-1-t",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {"any": ["order", "position", "flip", "align", "back", "reversed", "time"]},
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
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    [T, B, I] = x.shape\n"
        "    H = h0.shape[2]\n"
        "    Xr = np.zeros(x.shape)\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        Xr[0:L, b, :] = x[L - 1::-1, b, :] if L == T else x[L - 1::-1, b, :]\n"
        "    [Yf, (hf, cf)] = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    [Yb, (hb, cb)] = lstm_layer_lengths(Xr, lengths, h0[1], c0[1], *bwd)\n"
        "    Y = np.concatenate((Yf, Yb), axis=2)\n"
        "    return Y, (np.stack((hf, hb)), np.stack((cf, cb)))\n",
    },
    {
        "id": "bl_mei_hn_rev_wrong_position",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n's reverse row is read from out at each sequence's last real step "
                "lengths[b] - 1 (the reverse direction's first step) instead of its final "
                "state after step 0",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
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
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
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
        "    x_rev = x.copy()\n"
        "    for b, n in enumerate(lengths):\n"
        "        x_rev[:n, b] = x[:n, b][::-1]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b, n in enumerate(lengths):\n"
        "        out_b[:n, b] = out_r[:n, b][::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    # final states: the reverse direction ends at the last real step of each "
        "sequence\n"
        "    h_b_final = np.stack([out_b[n - 1, b] for b, n in enumerate(lengths)])\n"
        "    return out, (np.stack([h_f, h_b_final]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_dana_rev_state_row0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from h0[0], c0[0] instead of its own initial "
                "state h0[1], c0[1]",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {"any": ["h0", "c0", "initial state", "initial", "starting state"]},
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
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    number_of_steps, batch_size, input_size = x.shape\n"
        "    # forward direction: part 1 does everything\n"
        "    out_forward, (h_forward, c_forward) = lstm_layer_lengths(x, lengths, h0[0], "
        "c0[0], *fwd)\n"
        "\n"
        "    # backward direction: reverse every sequence inside its own length\n"
        "    x_backward = np.zeros_like(x)\n"
        "    for b in range(batch_size):\n"
        "        length = lengths[b]\n"
        "        for t in range(length):\n"
        "            x_backward[t, b] = x[length - 1 - t, b]\n"
        "    out_backward_reversed, (h_backward, c_backward) = lstm_layer_lengths(\n"
        "        x_backward, lengths, h0[0], c0[0], *bwd)\n"
        "\n"
        "    # put the backward outputs back in the right order\n"
        "    out_backward = np.zeros_like(out_backward_reversed)\n"
        "    for b in range(batch_size):\n"
        "        length = lengths[b]\n"
        "        for t in range(length):\n"
        "            out_backward[t, b] = out_backward_reversed[length - 1 - t, b]\n"
        "\n"
        "    out = np.concatenate((out_forward, out_backward), axis=2)\n"
        "    h_n = np.stack((h_forward, h_backward))\n"
        "    c_n = np.stack((c_forward, c_backward))\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_hannah_reverse_index_one_based",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reversed input takes x[L - t] instead of x[L - 1 - t] (1-based last "
                "index): the reverse direction starts one step too late (on padding, or "
                "clipped) and never reads x_0",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "one step",
                            "lengths[b] - 1",
                            "l - 1",
                            "index",
                            "padding",
                            "x_0",
                            "step 0",
                            "shifted",
                            "1-based",
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
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
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
        "    # Step 1: forward direction\n"
        "    forward_out, (forward_h, forward_c) = lstm_layer_lengths(x, lengths, h0[0], "
        "c0[0], *fwd)\n"
        "    # Step 2: build the reversed input, one sequence at a time\n"
        "    reversed_x = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        for t in range(L):\n"
        "            reversed_x[t, b] = x[min(L - t, T - 1), b]   # the last element is number "
        "L\n"
        "    # Step 3: backward direction on the reversed input\n"
        "    backward_out_rev, (backward_h, backward_c) = lstm_layer_lengths(reversed_x, "
        "lengths, h0[1], c0[1], *bwd)\n"
        "    # Step 4: reverse the outputs back\n"
        "    backward_out = np.zeros_like(backward_out_rev)\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        for t in range(L):\n"
        "            backward_out[t, b] = backward_out_rev[L - 1 - t, b]\n"
        "    out = np.concatenate([forward_out, backward_out], axis=2)\n"
        "    return out, (np.stack([forward_h, backward_h]), np.stack([forward_c, "
        "backward_c]))\n",
    },
    {
        "id": "bl_tomasz_concat_axis1",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the two directions' outputs are concatenated along axis 1 (batch) instead "
                "of the feature axis: out is (T, 2B, H), not (T, B, 2H)",
                "must_mention": [{"any": ["axis", "concatenat", "dim", "feature", "2b", "batch"]}],
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
        "    t = np.arange(T)[:, None]\n"
        "    L = lengths[None, :]\n"
        "    perm = np.where(t < L, L - 1 - t, t)\n"
        "    b = np.arange(B)[None, :]\n"
        "    Hf, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    Hr, (hb, cb) = lstm_layer_lengths(x[perm, b], lengths, h0[1], c0[1], *bwd)\n"
        "    Hb = Hr[perm, b]\n"
        "    return np.concatenate((Hf, Hb), axis=1), (np.stack((hf, hb)), np.stack((cf, "
        "cb)))\n",
    },
    {
        "id": "bl_jordan_reverses_x_in_place",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "each sequence is reversed inside x in place: the caller's x is changed "
                "(the values returned are right)",
                "must_mention": [
                    {
                        "any": [
                            "chang",
                            "modif",
                            "in-place",
                            "in place",
                            "overwr",
                            "mutat",
                            "altered",
                            "written to",
                        ]
                    },
                    {"any": ["x", "input", "argument", "given"]},
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
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    for b in range(B):                      # reverse each sequence inside its "
        "length, no copy\n"
        "        n = lengths[b]\n"
        "        x[:n, b] = x[:n, b][::-1].copy()\n"
        "    orr, (hb, cb) = lstm_layer_lengths(x, lengths, h0[1], c0[1], *bwd)\n"
        "    ob = np.zeros_like(orr)\n"
        "    for b in range(B):\n"
        "        n = lengths[b]\n"
        "        ob[:n, b] = orr[:n, b][::-1]\n"
        "    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bl_sven_rev_half_not_zeroed",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "on padding steps the reverse half of out holds the held reverse state "
                "(h0[1]) instead of zeros",
                "must_mention": [
                    "zero",
                    {"any": ["pad", "past", "after", "beyond", "t >= length"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def _step(xt, h, c, p):\n"
        "    Wi, Wh, bi, bh = p\n"
        "    H = h.shape[1]\n"
        "    z = xt @ Wi.T + h @ Wh.T + bi + bh\n"
        "    i, f, g, o = _sig(z[:, :H]), _sig(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * H]), "
        "_sig(z[:, 3 * H:])\n"
        "    c = f * c + i * g\n"
        "    return o * np.tanh(c), c\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    L = np.asarray(lengths)[:, None]\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        hn, cn = _step(x[t], h, c, fwd)\n"
        "        on = t < L\n"
        "        h, c = np.where(on, hn, h), np.where(on, cn, c)\n"
        "        out[t, :, :H] = np.where(on, hn, 0.0)\n"
        "    hf, cf = h, c\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        hn, cn = _step(x[t], h, c, bwd)\n"
        "        on = t < L\n"
        "        h, c = np.where(on, hn, h), np.where(on, cn, c)\n"
        "        out[t, :, H:] = h\n"
        "    return out, (np.stack([hf, h]), np.stack([cf, c]))\n",
    },
    {
        "id": "bl_aisha_sorted_batch_hn_not_unsorted",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the batch is sorted by length and out is put back in the caller's order, "
                "but h_n and c_n are returned in the sorted order",
                "must_mention": [
                    {"any": ["sort", "order", "permut", "unsort"]},
                    {"any": ["h_n", "c_n", "final state"]},
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
        "    lengths = np.asarray(lengths)\n"
        "    # sort by length, longest first (as pack_padded_sequence with enforce_sorted=True "
        "expects)\n"
        '    order = np.argsort(-lengths, kind="stable")\n'
        "    inv = np.argsort(order)\n"
        "    xs, Ls = x[:, order], lengths[order]\n"
        "    h0s, c0s = h0[:, order], c0[:, order]\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(xs, Ls, h0s[0], c0s[0], *fwd)\n"
        "    t = np.arange(T)[:, None]\n"
        "    src = np.where(t < Ls[None, :], Ls[None, :] - 1 - t, t)\n"
        "    cols = np.arange(B)[None, :]\n"
        "    out_r, (hr, cr) = lstm_layer_lengths(xs[src, cols], Ls, h0s[1], c0s[1], *bwd)\n"
        "    out_s = np.concatenate([out_f, out_r[src, cols]], axis=2)\n"
        "    out = out_s[:, inv]                 # back to the caller's order\n"
        "    return out, (np.stack([hf, hr]), np.stack([cf, cr]))\n",
    },
    {
        "id": "bl_rafael_d_flip_and_row0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the whole padded batch is flipped in time: the reverse direction does not "
                "start at each sequence's own last real step",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {
                        "any": [
                            "pad",
                            "own last",
                            "last real",
                            "lengths[b] - 1",
                            "each sequence",
                            "own length",
                            "flip",
                            "starts at",
                            "start",
                        ]
                    },
                ],
            },
            {
                "what": "the reverse direction starts from h0[0], c0[0] instead of h0[1], c0[1]",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {"any": ["h0", "c0", "initial state", "initial", "starting state"]},
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
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
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
        "    [Yf, (hf, cf)] = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    [Yb, (hb, cb)] = lstm_layer_lengths(np.flip(x, 0), lengths, h0[0], c0[0], *bwd)\n"
        "    Y = np.concatenate((Yf, np.flip(Yb, 0)), 2)\n"
        "    return Y, (np.stack((hf, hb)), np.stack((cf, cb)))\n",
    },
    {
        "id": "bl_kevin_d_not_unreversed_and_order",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse outputs are not put back in time order within each sequence",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {"any": ["order", "position", "flip", "align", "back", "reversed", "time"]},
                ],
            },
            {
                "what": "out's halves are in the wrong order: reverse first, forward second",
                "must_mention": [
                    {"any": ["order", "swap", "first", "halves", "half", "second"]},
                    {"any": ["forward", "reverse", "backward"]},
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
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
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
        "    xr = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        xr[:lengths[b], b] = x[:lengths[b], b][::-1]\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    out = np.dstack((ob, of))\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_mei_d_fwd_weights_and_axis1",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "both directions are run with the forward parameters fwd; bwd is never "
                "used",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backward half",
                            "backward run",
                            "backward state",
                            "right-to-left",
                            "direction 1",
                            "backward pass of the layer",
                        ]
                    },
                    {"any": ["weight", "fwd", "bwd", "param"]},
                ],
            },
            {
                "what": "the outputs are concatenated along axis 1 (batch) instead of the feature "
                "axis",
                "must_mention": [{"any": ["axis", "concatenat", "dim", "feature", "2b", "batch"]}],
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
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
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
        "    x_rev = x.copy()\n"
        "    for b, n in enumerate(lengths):\n"
        "        x_rev[:n, b] = x[:n, b][::-1]\n"
        "    results = [lstm_layer_lengths(inp, lengths, h0[d], c0[d], *fwd) for d, inp in "
        "enumerate([x, x_rev])]\n"
        "    (out_f, (h_f, c_f)), (out_r, (h_r, c_r)) = results\n"
        "    out_b = out_r.copy()\n"
        "    for b, n in enumerate(lengths):\n"
        "        out_b[:n, b] = out_r[:n, b][::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=1)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
]
