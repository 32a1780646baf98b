# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The thirtieth blind corpus, kept as its two authors wrote it (/work/blind30a and /work/blind30b,
split by graded names as for corpora 10-29; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora (they imported a frozen copy of lstm_ref
alone, with no tests or corpora beside it, for their single run; both report having read nothing
else; author A read the one sample failure message in the students' guide, which is material),
each asked to invent a cast of at least ten students in a summer school of first-year
undergraduates, mathematicians and physicists: a return forgotten, one name for two things,
lists of scalars, * for @, sizes written in, mutable defaults and globals, debugging lines left
in, column-vector conventions, einsum, closed-form identities, np.outer, time-reversal shortcuts;
a backward from full Jacobians, finite differences, accumulators with = or kept between calls,
per-sequence lists, gradients under other keys. Run on 98fed19 (after the twenty-seventh round);
the words a message must contain were fixed before its first run. First run there, by the word
test at seed 7: 147 of 160 wrong versions named (92%: author A 78 of 86, author B 69 of 74), 2
passing (σ of an integer array returned as ints; a leftover np.clip(h, -1, 1), which no case
reached), no false alarm. By its authors' reading (every mistake of an entry named; author A ran
the notebooks' order, "shapes", "fixed", then "random" with seed 0): 66 of 86 (77%) and 68 of 74
(92%), 1 wrong cause (a batch_first mistake said to be a reshape where the code indexed x[t]:
the same numbers where B = T). See tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_hiro_masked",
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
        "    neg = ~pos\n"
        "    # positive side: the usual formula, exp(-z) <= 1 there\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    # negative side: multiply top and bottom by e^z\n"
        "    ez = np.exp(z[neg])\n"
        "    out[neg] = ez / (1.0 + ez)\n"
        "    return out\n",
    },
    {
        "id": "sig_elena_tanh_identity",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "# sigma(z) = (1 + tanh(z/2)) / 2   -- tanh is bounded, so nothing can overflow\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n",
    },
    {
        "id": "sig_dmitri_logaddexp",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # log sigma(z) = -log(1 + e^{-z}) = -logaddexp(0, -z); numpy evaluates logaddexp "
        "stably\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n",
    },
    {
        "id": "sig_farid_fermi_errstate",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # it's the Fermi-Dirac occupation n(E) = 1/(e^{(E-mu)/kT} + 1) with (E-mu)/kT = "
        "-z\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        '    with np.errstate(over="ignore"):\n'
        "        # e^{-z} -> inf for z << 0 and 1/(inf + 1) = 0 exactly, which is the right "
        "limit\n"
        "        return 1.0 / (np.exp(-z) + 1.0)\n",
    },
    {
        "id": "sig_ana_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive formula 1/(1+exp(-z)): np.exp(-z) overflows (RuntimeWarning) for "
                "large negative z such as -1000",
                "must_mention": [{"any": ["overflow", "warning", "stable", "stabil"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # sigma(z) = 1 / (1 + e^-z)\n"
        "    s = 1 / (1 + np.exp(-z))\n"
        "    return s\n",
    },
    {
        "id": "sig_ben_clip10",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips z to [-10, 10] before the formula, so sigmoid is wrong for |z| > 10 "
                "(e.g. gives 0.99995 at z=1000)",
                "must_mention": [
                    {"any": ["clip", "large", "saturat", "extreme", "|z|", "magnitude", "tail"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.array(z, dtype=float)\n"
        "    # clip so exp never blows up (sigmoid is basically flat out there anyway)\n"
        "    z = np.clip(z, -10, 10)\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_chloe_branches_swapped",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "the two formulas are applied on the wrong sides (condition z > 0 instead "
                "of z < 0): e^z/(1+e^z) is used for positive z, so exp overflows: nan at "
                "z=1000 and an overflow warning at z=-1000",
                "must_mention": [
                    {"any": ["overflow", "nan", "inf", "sign", "branch", "wrong side", "swap"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.zeros(z.shape)\n"
        '    neg = z > 0      # the "negative" case from the hint\n'
        "    out[neg] = np.exp(z[neg]) / (1 + np.exp(z[neg]))\n"
        "    out[~neg] = 1 / (1 + np.exp(-z[~neg]))\n"
        "    return out\n",
    },
    {
        "id": "sig_jamal_float32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "converts to float32: result is float32 and only ~1e-8 accurate",
                "must_mention": [{"any": ["float32", "dtype", "float64", "precision", "single"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.array(z, dtype=np.float32)  # float32 is plenty for probabilities\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n",
    },
    {
        "id": "sig_kasia_inplace_abs",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.asarray does not copy a float64 array, so z[negative] *= -1 flips the "
                "signs in the caller's array (input modified in place)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "alters",
                            "unchanged",
                            "changes its input",
                            "changed the input",
                            "changes the array",
                            "leave the arrays",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    negative = z < 0\n"
        "    # work with |z| so that exp(-|z|) <= 1\n"
        "    z[negative] *= -1\n"
        "    e = np.exp(-z)\n"
        '    #print("e:", e)\n'
        "    return np.where(negative, e / (1 + e), 1 / (1 + e))\n",
    },
    {
        "id": "sig_leo_tanh_no_half",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "wrong identity: sigma(z) = (1 + tanh(z/2))/2, the argument of tanh must "
                "be z/2, not z",
                "must_mention": [
                    {"any": ["tanh", "z/2", "z / 2", "half", "factor", "scale", "slope", "steep"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # sigma and tanh are the same curve up to an affine change: sigma(z) = (1 + "
        "tanh(z)) / 2\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    return (1 + np.tanh(z)) / 2\n",
    },
    {
        "id": "sig_ana_list_mathexp",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a Python list built by iterating over the first axis only: not an "
                "array of z's shape (fails for 2-D or 0-d input)",
                "must_mention": [{"any": ["list", "ndarray", "numpy array", "type", "shape"]}],
            },
            {
                "what": "math.exp(-value) raises OverflowError for value = -1000 (naive formula)",
                "must_mention": [{"any": ["overflow", "math.exp", "large", "stable"]}],
            },
        ],
        "source": "import math\n"
        "\n"
        "def sigmoid(z):\n"
        "    result = []\n"
        "    for value in z:\n"
        "        result.append(1 / (1 + math.exp(-value)))\n"
        "    return result\n",
    },
    {
        "id": "sig_ben_hardcoded_five",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "hard-codes the size 5 of the notebook's example array: wrong for any "
                "other shape",
                "must_mention": [
                    {"any": ["shape", "size", "length", "hard-coded", "hardcoded", "hard coded"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    out = np.zeros(5)\n"
        "    for k in range(5):\n"
        "        if z[k] >= 0:\n"
        "            out[k] = 1 / (1 + np.exp(-z[k]))\n"
        "        else:\n"
        "            out[k] = np.exp(z[k]) / (1 + np.exp(z[k]))\n"
        "    return out\n",
    },
    {
        "id": "sig_ines_where_both_branches",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where evaluates both formulas on every element, so np.exp(-z) and "
                "np.exp(z) still overflow (RuntimeWarning) for |z| large, although the "
                "selected values are right",
                "must_mention": [{"any": ["overflow", "warning"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Stable logistic: pick the formula that cannot overflow for each sign of z."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + np.exp(-z)), np.exp(z) / (1.0 + "
        "np.exp(z)))\n",
    },
    {
        "id": "sig_jamal_zeros_like_int",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.zeros_like(z) takes z's dtype: for an integer input the result is an "
                "integer array and the values are truncated to 0",
                "must_mention": [{"any": ["integer", "dtype", "float", "int64"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    out = np.zeros_like(z)\n"
        "    big = z >= 0\n"
        "    out[big] = 1 / (1 + np.exp(-z[big]))\n"
        "    out[~big] = np.exp(z[~big]) / (1 + np.exp(z[~big]))\n"
        "    return out\n",
    },
    {
        "id": "sig_kasia_ravel_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the flattened 1-D array instead of z's shape",
                "must_mention": [{"any": ["shape", "flat", "ravel", "1-d", "1d", "dimension"]}],
            },
            {
                "what": "naive 1/(1+exp(-z)) overflows (RuntimeWarning) for z = -1000",
                "must_mention": [{"any": ["overflow", "warning", "stable"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    flat = np.ravel(z).astype(float)\n"
        '    print("sigmoid got", flat.shape)   # debug\n'
        "    s = np.empty(len(flat))\n"
        "    for n in range(len(flat)):\n"
        "        s[n] = 1.0 / (1.0 + np.exp(-flat[n]))\n"
        "    return s\n",
    },
    {
        "id": "gates_hiro_slices",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh        # (B, 4H)\n"
        "    i = sigmoid(a[:, 0 * H:1 * H])\n"
        "    f = sigmoid(a[:, 1 * H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_dmitri_einsum_columns",
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
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # pre-activations as column vectors, one column per example: A = W_ih X^T + W_hh "
        "H^T + b\n"
        '    A = np.einsum("gi,bi->gb", W_ih, x) + np.einsum("gj,bj->gb", W_hh, h) + (b_ih + '
        "b_hh)[:, None]\n"
        "    A_i, A_f, A_g, A_o = np.split(A, 4, axis=0)          # each (H, B)\n"
        "    # back to the row convention (B, H)\n"
        "    return sigmoid(A_i).T, sigmoid(A_f).T, np.tanh(A_g).T, sigmoid(A_o).T\n",
    },
    {
        "id": "gates_ana_dict_loop",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.array(z, dtype=float)\n"
        "    pos = z >= 0\n"
        "    out = np.zeros(z.shape)\n"
        "    out[pos] = 1 / (1 + np.exp(-z[pos]))\n"
        "    out[~pos] = np.exp(z[~pos]) / (1 + np.exp(z[~pos]))\n"
        "    return out\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    hidden = W_hh.shape[1]\n"
        '    names = ["i", "f", "g", "o"]\n'
        "    gates = {}\n"
        "    for k in range(4):\n"
        "        name = names[k]\n"
        "        rows = slice(k * hidden, (k + 1) * hidden)\n"
        "        pre = np.dot(x, W_ih[rows].T) + b_ih[rows] + np.dot(h, W_hh[rows].T) + "
        "b_hh[rows]\n"
        '        if name == "g":\n'
        "            gates[name] = np.tanh(pre)\n"
        "        else:\n"
        "            gates[name] = sigmoid(pre)\n"
        '    return gates["i"], gates["f"], gates["g"], gates["o"]\n',
    },
    {
        "id": "gates_elena_reshape_identity",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    pre = (x @ W_ih.T + h @ W_hh.T + b_ih + b_hh).reshape(B, 4, H)\n"
        "    i, f, g_raw, o = (pre[:, k, :] for k in range(4))\n"
        "    # tanh(u) = 2 sigma(2u) - 1\n"
        "    return sigmoid(i), sigmoid(f), 2.0 * sigmoid(2.0 * g_raw) - 1.0, sigmoid(o)\n",
    },
    {
        "id": "gates_chloe_ifog_order",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "takes the blocks in the order i, f, o, g: g is read from rows 3H:4H and o "
                "from rows 2H:3H (g and o swapped)",
                "must_mention": [{"any": ["order", "swap", "g and o", "o and g", "rows"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-abs(z))\n"
        "    return np.where(z > 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(gates[:, :H])\n"
        "    f = sigmoid(gates[:, H:2*H])\n"
        "    o = sigmoid(gates[:, 2*H:3*H])\n"
        "    g = np.tanh(gates[:, 3*H:])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_ben_all_sigmoid",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "applies the sigmoid to the g block too; g must use tanh",
                "must_mention": [{"any": ["tanh"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    return np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + "
        "np.exp(-np.abs(z))))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    z = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    H = z.shape[1] // 4\n"
        "    act = sigmoid(z)           # squash everything\n"
        "    return act[:, :H], act[:, H:2*H], act[:, 2*H:3*H], act[:, 3*H:]\n",
    },
    {
        "id": "gates_farid_loop_no_bhh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "forgets the recurrent bias b_hh (adds only b_ih)",
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    i = np.empty((B, H)); f = np.empty((B, H)); g = np.empty((B, H)); o = "
        "np.empty((B, H))\n"
        "    for n in range(B):\n"
        "        # state vector of example n:  psi = W_ih x + W_hh h + b\n"
        "        psi = W_ih @ x[n] + W_hh @ h[n] + b_ih\n"
        "        i[n] = sigmoid(psi[0:H])\n"
        "        f[n] = sigmoid(psi[H:2 * H])\n"
        "        g[n] = np.tanh(psi[2 * H:3 * H])\n"
        "        o[n] = sigmoid(psi[3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_dmitri_columns_not_transposed",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "works with column vectors and never transposes back: each gate is (H, B) "
                "instead of (B, H)",
                "must_mention": [{"any": ["transpos", "(b, h)", "(h, b)", "shape"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # column-vector convention: a = W_ih x + W_hh h + b, x and h as columns\n"
        "    X, Hs = x.T, h.T\n"
        "    a = W_ih @ X + W_hh @ Hs + (b_ih + b_hh).reshape(-1, 1)\n"
        "    n = a.shape[0] // 4\n"
        "    return (sigmoid(a[:n]), sigmoid(a[n:2 * n]), np.tanh(a[2 * n:3 * n]), sigmoid(a[3 "
        "* n:]))\n",
    },
    {
        "id": "gates_jamal_true_division",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "hidden size computed with true division W_ih.shape[0] / 4, a float: "
                "slicing with it raises TypeError",
                "must_mention": [{"any": ["integer", "//", "float", "int("]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    size = W_ih.shape[0] / 4      # 4 gates\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(pre[:, 0:size])\n"
        "    f = sigmoid(pre[:, size:2 * size])\n"
        "    g = np.tanh(pre[:, 2 * size:3 * size])\n"
        "    o = sigmoid(pre[:, 3 * size:4 * size])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_kasia_global_bias_cache",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "caches b_ih + b_hh in a module-level global on the first call: later "
                "calls use the first call's biases (wrong values, or a shape error for "
                "another H)",
                "must_mention": [
                    {
                        "any": [
                            "previous call",
                            "earlier call",
                            "first call",
                            "cache",
                            "global",
                            "stale",
                            "between calls",
                            "other call",
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
        "_bias = None   # cache so we don't add the two biases on every call\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    global _bias\n"
        "    if _bias is None:\n"
        "        _bias = b_ih + b_hh\n"
        '        print("bias cached:", _bias.shape)\n'
        "    a = x @ W_ih.T + h @ W_hh.T + _bias\n"
        "    H = a.shape[1] // 4\n"
        "    return sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n",
    },
    {
        "id": "gates_leo_tanh_identity_no_2",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "g computed with a wrong identity 2*sigma(u) - 1 (that is tanh(u/2)); "
                "tanh(u) = 2*sigma(2u) - 1",
                "must_mention": [{"any": ["tanh"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    ai, af, ag, ao = np.hsplit(a, 4)\n"
        "    # no need for np.tanh: tanh(u) = 2*sigma(u) - 1\n"
        "    return sigmoid(ai), sigmoid(af), 2 * sigmoid(ag) - 1, sigmoid(ao)\n",
    },
    {
        "id": "gates_grace_no_recurrent_term",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "leaves out the recurrent term h @ W_hh.T (only right when h = 0)",
                "must_mention": [
                    {
                        "any": [
                            "w_hh",
                            "recurren",
                            "hidden state",
                            "h @",
                            "previous",
                            "h_{t-1}",
                            "ignores h",
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        "    # the state starts at zero, so only the input drives the gates\n"
        "    field = x @ W_ih.T + b_ih + b_hh\n"
        "    i = sigmoid(field[:, :H])\n"
        "    f = sigmoid(field[:, H:2 * H])\n"
        "    g = np.tanh(field[:, 2 * H:3 * H])\n"
        "    o = sigmoid(field[:, 3 * H:])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_ana_star_product",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "uses the elementwise * instead of the matrix product @ for x W_ih^T and h "
                "W_hh^T (broadcasting error, or wrong values when sizes are 1)",
                "must_mention": [
                    {
                        "any": [
                            "matrix product",
                            "matrix multiplication",
                            "@",
                            "np.dot",
                            "matmul",
                            "elementwise",
                            "element-wise",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.array(z, dtype=float)\n"
        "    pos = z >= 0\n"
        "    out = np.zeros(z.shape)\n"
        "    out[pos] = 1 / (1 + np.exp(-z[pos]))\n"
        "    out[~pos] = np.exp(z[~pos]) / (1 + np.exp(z[~pos]))\n"
        "    return out\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    n = len(b_ih) // 4\n"
        "    pre = x * W_ih.T + h * W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(pre[:, 0:n])\n"
        "    f = sigmoid(pre[:, n:2*n])\n"
        "    g = np.tanh(pre[:, 2*n:3*n])\n"
        "    o = sigmoid(pre[:, 3*n:4*n])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_ines_split_axis0",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.split(a, 4) splits along axis 0 (the batch) instead of axis 1 (the 4H "
                "gate blocks)",
                "must_mention": [{"any": ["axis", "split", "column"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """(i, f, g, o), each (B, H)."""\n'
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh     # (B, 4H)\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gates_ben_hardcoded_H2_no_bhh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "hard-codes hidden size H = 2 in the slices (0:2, 2:4, ...): wrong for any "
                "other H",
                "must_mention": [
                    {
                        "any": [
                            "hidden size",
                            "hard-coded",
                            "hardcoded",
                            "hard coded",
                            "sizes",
                            "h =",
                        ]
                    }
                ],
            },
            {"what": "forgets the bias b_hh", "must_mention": [{"any": ["b_hh", "bias"]}]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # notebook example: hidden size 2\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    i = sigmoid(a[:, 0:2])\n"
        "    f = sigmoid(a[:, 2:4])\n"
        "    g = np.tanh(a[:, 4:6])\n"
        "    o = sigmoid(a[:, 6:8])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_dmitri_stacked_columns_sigmoid_g",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "column convention not transposed back: the gates come out (H, B) instead "
                "of (B, H)",
                "must_mention": [{"any": ["transpos", "(b, h)", "(h, b)", "shape"]}],
            },
            {"what": "g uses the sigmoid instead of tanh", "must_mention": [{"any": ["tanh"]}]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # z = W [x; h] + b with the block matrix W = [W_ih | W_hh]; one column per "
        "example\n"
        "    W = np.hstack([W_ih, W_hh])\n"
        "    xh = np.vstack([x.T, h.T])                     # (I + H, B)\n"
        "    z = W @ xh + (b_ih + b_hh)[:, np.newaxis]      # (4H, B)\n"
        "    zi, zf, zg, zo = np.split(z, 4)\n"
        "    return sigmoid(zi), sigmoid(zf), sigmoid(zg), sigmoid(zo)\n",
    },
    {
        "id": "gates_omar_inplace_bias_forget_rows",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "b_ih += b_hh adds in place into the caller's b_ih array (the input is "
                "modified)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "alters",
                            "unchanged",
                            "changes its input",
                            "changed the input",
                            "changes the array",
                            "leave the arrays",
                        ]
                    }
                ],
            },
            {
                "what": "forget gate reads the input gate's block z[:, 0:H] (copy-paste) instead "
                "of z[:, H:2H]",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "input gate",
                            "rows",
                            "weight",
                            "slice",
                            "block",
                            "same as",
                            "0:h",
                            "[0:h]",
                            "w_hi",
                            "w_ii",
                        ]
                    },
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh, H=None):\n"
        "    if H is None:\n"
        "        H = h.shape[1]\n"
        "    b_ih += b_hh              # fold both biases into one (saves an addition)\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    i = sigmoid(z[:, 0:H])\n"
        "    f = sigmoid(z[:, 0:H])\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    o = sigmoid(z[:, 3*H:4*H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "cell_ines_split",
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
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i_pre, f_pre, g_pre, o_pre = np.split(gates, 4, axis=1)\n"
        "    i_t, f_t = sigmoid(i_pre), sigmoid(f_pre)\n"
        "    g_t, o_t = np.tanh(g_pre), sigmoid(o_pre)\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    h_t = o_t * np.tanh(c_t)\n"
        "    return h_t, c_t\n",
    },
    {
        "id": "cell_farid_einsum_blocks",
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
        "    H = c.shape[-1]\n"
        "    # split the stacked matrices into the four gates' blocks\n"
        '    Wx = {k: W_ih[n * H:(n + 1) * H] for n, k in enumerate("ifgo")}\n'
        '    Wh = {k: W_hh[n * H:(n + 1) * H] for n, k in enumerate("ifgo")}\n'
        "    b = {k: b_ih[n * H:(n + 1) * H] + b_hh[n * H:(n + 1) * H] for n, k in "
        'enumerate("ifgo")}\n'
        '    field = {k: np.einsum("hi,bi->bh", Wx[k], x) + np.einsum("hj,bj->bh", Wh[k], h) + '
        'b[k] for k in "ifgo"}\n'
        '    i, f, o = sigmoid(field["i"]), sigmoid(field["f"]), sigmoid(field["o"])\n'
        '    g = np.tanh(field["g"])\n'
        "    c_new = f * c + i * g          # cell state: damped memory plus a driven term\n"
        "    return o * np.tanh(c_new), c_new\n",
    },
    {
        "id": "cell_ana_scalar_loops",
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
        "    B = len(x)\n"
        "    I = len(x[0])\n"
        "    H = len(h[0])\n"
        "    h_next = np.zeros((B, H))\n"
        "    c_next = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        for j in range(H):\n"
        "            pre = [0.0, 0.0, 0.0, 0.0]\n"
        "            for k in range(4):\n"
        "                row = k * H + j\n"
        "                total = b_ih[row] + b_hh[row]\n"
        "                for n in range(I):\n"
        "                    total += W_ih[row, n] * x[b, n]\n"
        "                for n in range(H):\n"
        "                    total += W_hh[row, n] * h[b, n]\n"
        "                pre[k] = total\n"
        "            i = sigmoid(pre[0])\n"
        "            f = sigmoid(pre[1])\n"
        "            g = np.tanh(pre[2])\n"
        "            o = sigmoid(pre[3])\n"
        "            c_next[b, j] = f * c[b, j] + i * g\n"
        "            h_next[b, j] = o * np.tanh(c_next[b, j])\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_leo_block_matrix",
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
        "    # one product with the block matrix [W_ih  W_hh] acting on [x; h]\n"
        "    W = np.concatenate([W_ih, W_hh], axis=1)          # (4H, I + H)\n"
        "    xh = np.concatenate([x, h], axis=1)                # (B, I + H)\n"
        "    A = np.matmul(xh, W.T) + (b_ih + b_hh)\n"
        "    H = A.shape[1] // 4\n"
        "    i, f, g, o = (A[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    c_out = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_out = sigmoid(o) * np.tanh(c_out)\n"
        "    return h_out, c_out\n",
    },
    {
        "id": "cell_chloe_returns_c_h",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c, h) instead of (h_next, c_next): the two results are swapped",
                "must_mention": [{"any": ["order", "swap", "first", "other way", "reversed"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
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
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(z[:, :H]); f = sigmoid(z[:, H:2*H]); g = np.tanh(z[:, 2*H:3*H]); o = "
        "sigmoid(z[:, 3*H:])\n"
        "    c = f * c + i * g\n"
        "    h = o * np.tanh(c)\n"
        "    return c, h\n",
    },
    {
        "id": "cell_ana_no_return",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "no return statement: the function prints the state and returns None",
                "must_mention": [{"any": ["return", "none"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = len(h[0])\n"
        "    gates = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    i = sigmoid(gates[:, 0:H])\n"
        "    f = sigmoid(gates[:, H:2*H])\n"
        "    g = np.tanh(gates[:, 2*H:3*H])\n"
        "    o = sigmoid(gates[:, 3*H:4*H])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    print(h_next, c_next)\n",
    },
    {
        "id": "cell_ana_h_without_tanh",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    all_gates = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    inp = sigmoid(all_gates[:, 0:H])\n"
        "    forget = sigmoid(all_gates[:, H:2*H])\n"
        "    cand = np.tanh(all_gates[:, 2*H:3*H])\n"
        "    out = sigmoid(all_gates[:, 3*H:4*H])\n"
        "    c_new = forget * c + inp * cand\n"
        "    h_new = out * c_new\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "cell_jamal_tanh_on_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "squashes the cell state: c_next = tanh(f*c + i*g) instead of f*c + i*g "
                "(h_next is right, c_next is wrong)",
                "must_mention": [
                    {"any": ["c_next", "c_t", "cell state", "cell"]},
                    {"any": ["tanh", "squash"]},
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
        "    H = int(W_hh.shape[0] / 4)\n"
        "    s = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(s[:, 0:H])\n"
        "    f = sigmoid(s[:, H:2 * H])\n"
        "    g = np.tanh(s[:, 2 * H:3 * H])\n"
        "    o = sigmoid(s[:, 3 * H:4 * H])\n"
        "    c_next = np.tanh(f * c + i * g)\n"
        "    h_next = o * c_next    # already squashed\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_omar_inplace_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "updates c in place (c *= f; c += i*g): the caller's c array is "
                "overwritten",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "alters",
                            "unchanged",
                            "changes its input",
                            "changed the input",
                            "changes the array",
                            "leave the arrays",
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
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    c *= f            # forget part of the memory (in place, saves memory)\n"
        "    c += i * g\n"
        "    h_next = o * np.tanh(c)\n"
        "    return h_next, c\n",
    },
    {
        "id": "cell_kasia_o_after_h_reused",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "reuses the name h: h is overwritten with tanh(c_next) before the output "
                "gate is computed, so o reads the new value instead of h_{t-1}",
                "must_mention": [
                    {"any": ["output gate", "o gate", "o_t", "gate o", "(o)"]},
                    {
                        "any": [
                            "old",
                            "previous",
                            "h_{t-1}",
                            "new h",
                            "updated",
                            "h_prev",
                            "overwr",
                            "before",
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
        "    H = h.shape[1]\n"
        "    Wii, Wif, Wig, Wio = W_ih[:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:]\n"
        "    Whi, Whf, Whg, Who = W_hh[:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:]\n"
        "    bi = b_ih[:H] + b_hh[:H]\n"
        "    bf = b_ih[H:2*H] + b_hh[H:2*H]\n"
        "    bg = b_ih[2*H:3*H] + b_hh[2*H:3*H]\n"
        "    bo = b_ih[3*H:] + b_hh[3*H:]\n"
        "    i = sigmoid(x @ Wii.T + h @ Whi.T + bi)\n"
        "    f = sigmoid(x @ Wif.T + h @ Whf.T + bf)\n"
        "    g = np.tanh(x @ Wig.T + h @ Whg.T + bg)\n"
        "    c = f * c + i * g\n"
        "    h = np.tanh(c)\n"
        "    o = sigmoid(x @ Wio.T + h @ Who.T + bo)\n"
        "    h = o * h\n"
        "    return h, c\n",
    },
    {
        "id": "cell_hiro_b_ih_twice",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "adds b_ih twice and never b_hh (typo)",
                "must_mention": [{"any": ["b_hh", "bias"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step, (h_next, c_next), each (B, H)."""\n'
        "    H = W_hh.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_ih     # (B, 4H)\n"
        "    i = sigmoid(pre[:, 0:H])\n"
        "    f = sigmoid(pre[:, H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_dmitri_bias_broadcast_columns",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "adds the (4H,) biases to the (4H, B) column-convention matrix: they "
                "broadcast along the batch axis, not the gate axis (error, or (4H, 4H) "
                "garbage when B = 1)",
                "must_mention": [{"any": ["bias", "broadcast"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # column convention: each example is a column, A = W_ih X + W_hh H + b\n"
        "    A = W_ih @ x.T + W_hh @ h.T + b_ih + b_hh     # (4H, B)\n"
        "    A = A.T\n"
        "    H = A.shape[1] // 4\n"
        "    i, f = sigmoid(A[:, :H]), sigmoid(A[:, H:2 * H])\n"
        "    g, o = np.tanh(A[:, 2 * H:3 * H]), sigmoid(A[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_ben_batch_of_three",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "hard-codes the batch size 3 (zeros((3, H)), range(3)): wrong or an "
                "IndexError for any other B",
                "must_mention": [
                    {"any": ["batch", "hard-coded", "hardcoded", "hard coded", "size", "b ="]}
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
        "    H = W_hh.shape[1]\n"
        "    h_next = np.zeros((3, H))\n"
        "    c_next = np.zeros((3, H))\n"
        "    for n in range(3):     # batch of 3 like in the book\n"
        "        a = W_ih @ x[n] + W_hh @ h[n] + b_ih + b_hh\n"
        "        i = sigmoid(a[0:H])\n"
        "        f = sigmoid(a[H:2*H])\n"
        "        g = np.tanh(a[2*H:3*H])\n"
        "        o = sigmoid(a[3*H:4*H])\n"
        "        c_next[n] = f * c[n] + i * g\n"
        "        h_next[n] = o * np.tanh(c_next[n])\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_jamal_float32",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "casts the inputs and weights to float32: the pre-activations are only "
                "~1e-7 accurate",
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
        "    x = x.astype(np.float32); h = h.astype(np.float32)   # float32 is faster\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T.astype(np.float32) + h @ W_hh.T.astype(np.float32) + (b_ih + "
        "b_hh).astype(np.float32)\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_grace_fig_order",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "unpacks the blocks as (f, i, g, o): the input and forget gates are "
                "swapped (the order is i, f, g, o)",
                "must_mention": [{"any": ["order", "swap", "i and f", "f and i"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
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
        "    f, i, g, o = np.split(z, 4, axis=1)   # forget, input, candidate, output\n"
        "    f, i, o = sigmoid(f), sigmoid(i), sigmoid(o)\n"
        "    g = np.tanh(g)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_kasia_debug_clip_h",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "leftover debugging line clips the incoming h to [-1, 1]: wrong whenever "
                "some |h| > 1",
                "must_mention": [{"any": ["clip", "|h|", "larger than 1", "bound", "range"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    h = np.clip(h, -1, 1)   # DEBUG: was getting huge values, keep h bounded\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_ben_hidden4_no_tanh",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "hard-codes hidden size 4 from the example",
                "must_mention": [
                    {
                        "any": [
                            "hidden size",
                            "hard-coded",
                            "hardcoded",
                            "hard coded",
                            "sizes",
                            "h =",
                        ]
                    }
                ],
            },
            {
                "what": "h_new = o * c_new: missing tanh of the cell state",
                "must_mention": [{"any": ["tanh"]}],
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
        "    hid = 4       # hidden size in the example\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(pre[:, 0:hid])\n"
        "    f = sigmoid(pre[:, hid:2 * hid])\n"
        "    g = np.tanh(pre[:, 2 * hid:3 * hid])\n"
        "    o = sigmoid(pre[:, 3 * hid:4 * hid])\n"
        "    c_new = f * c + i * g\n"
        "    h_new = o * c_new\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "cell_grace_fi_swap_old_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "reads the forget gate from rows 0:H and the input gate from rows H:2H: i "
                "and f swapped",
                "must_mention": [{"any": ["order", "swap", "i and f", "f and i"]}],
            },
            {
                "what": "h_next uses tanh of the old cell state c (c_{t-1}) instead of the new "
                "c_next",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "old c",
                            "previous c",
                            "old cell",
                            "previous cell",
                            "new c",
                            "updated c",
                            "c_next",
                            "c_t",
                            "instead of c",
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
        "    H = c.shape[1]\n"
        "    drive = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    f_t = sigmoid(drive[:, 0:H])            # forget gate first: memory decay\n"
        "    i_t = sigmoid(drive[:, H:2 * H])\n"
        "    g_t = np.tanh(drive[:, 2 * H:3 * H])\n"
        "    o_t = sigmoid(drive[:, 3 * H:4 * H])\n"
        "    c_next = f_t * c + i_t * g_t\n"
        "    h_next = o_t * np.tanh(c)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_chloe_c_from_h_and_swapped_return",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c_next, h_next): the results are in the wrong order",
                "must_mention": [{"any": ["order", "swap", "first", "other way", "reversed"]}],
            },
            {
                "what": "the forget gate multiplies h instead of the previous cell state c",
                "must_mention": [
                    {
                        "any": [
                            "instead of c",
                            "h instead",
                            "multiplies h",
                            "f * h",
                            "f*h",
                            "times h",
                            "uses h",
                            "hidden state instead",
                            "h_{t-1} instead",
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
        "    n = h.shape[1]\n"
        "    s = h @ W_hh.T + x @ W_ih.T + b_hh + b_ih\n"
        "    gi, gf, gg, go = s[:, :n], s[:, n:2*n], s[:, 2*n:3*n], s[:, 3*n:]\n"
        "    c_next = sigmoid(gf) * h + sigmoid(gi) * np.tanh(gg)\n"
        "    h_next = sigmoid(go) * np.tanh(c_next)\n"
        "    return c_next, h_next\n",
    },
    {
        "id": "cell_dmitri_o_from_g_rows_inplace_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "output gate computed from block 2 (the g rows, 2H:3H) instead of block 3 "
                "(3H:4H)",
                "must_mention": [
                    {"any": ["output gate", "o gate", "o_t", "gate o"]},
                    {"any": ["rows", "block", "weight", "slice", "third", "g's", "2h:3h"]},
                ],
            },
            {
                "what": "writes f*c into the caller's c (np.multiply(..., out=c), then c +=): the "
                "input c is modified",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "alters",
                            "unchanged",
                            "changes its input",
                            "changed the input",
                            "changes the array",
                            "leave the arrays",
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
        "    H = h.shape[1]\n"
        '    A = np.einsum("gi,bi->bg", W_ih, x) + np.einsum("gj,bj->bg", W_hh, h) + b_ih + '
        "b_hh\n"
        "    blocks = A.reshape(len(x), 4, H)\n"
        "    i, f, g, o = sigmoid(blocks[:, 0]), sigmoid(blocks[:, 1]), np.tanh(blocks[:, 2]), "
        "sigmoid(blocks[:, 2])\n"
        "    np.multiply(f, c, out=c)          # c <- f ⊙ c\n"
        "    c += i * g                        # c <- c + i ⊙ g\n"
        "    return o * np.tanh(c), c\n",
    },
    {
        "id": "layer_ines_stack",
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
        "        x = np.swapaxes(x, 0, 1)          # work time-major: (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outputs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outputs.append(h)\n"
        "    out = np.stack(outputs)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_farid_trajectory",
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
        "    seq = x.transpose(1, 0, 2) if batch_first else x\n"
        "    T, B = seq.shape[0], seq.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    psi_h = np.zeros((B, H)) if h0 is None else np.array(h0, dtype=float)\n"
        "    psi_c = np.zeros((B, H)) if c0 is None else np.array(c0, dtype=float)\n"
        "    trajectory = np.empty((T, B, H))\n"
        "    for t in range(T):           # evolve the state one time step\n"
        "        psi_h, psi_c = lstm_cell(seq[t], psi_h, psi_c, W_ih, W_hh, b_ih, b_hh)\n"
        "        trajectory[t] = psi_h\n"
        "    if batch_first:\n"
        "        trajectory = trajectory.transpose(1, 0, 2)\n"
        "    return trajectory, (psi_h, psi_c)\n",
    },
    {
        "id": "layer_ana_index_layouts",
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
        "        steps = x.shape[1]\n"
        "    else:\n"
        "        steps = x.shape[0]\n"
        "    hidden = W_hh.shape[1]\n"
        "    if batch_first:\n"
        "        batch = x.shape[0]\n"
        "    else:\n"
        "        batch = x.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((batch, hidden))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((batch, hidden))\n"
        "    h = h0\n"
        "    c = c0\n"
        "    all_h = []\n"
        "    for t in range(steps):\n"
        "        if batch_first:\n"
        "            xt = x[:, t, :]\n"
        "        else:\n"
        "            xt = x[t]\n"
        "        h, c = lstm_cell(xt, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        all_h.append(h)\n"
        "    all_h = np.array(all_h)\n"
        "    if batch_first:\n"
        "        all_h = np.transpose(all_h, (1, 0, 2))\n"
        "    return all_h, (h, c)\n",
    },
    {
        "id": "layer_chloe_starts_at_t1",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "off by one in time: out[0] is the initial state h0 and the loop starts at "
                "t = 1, so x_0 is never read and every output is shifted one step",
                "must_mention": [
                    {
                        "any": [
                            "x_0",
                            "x[0]",
                            "first step",
                            "first input",
                            "step 0",
                            "t = 0",
                            "t=0",
                            "off-by-one",
                            "off by one",
                            "shift",
                            "initial state",
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
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    hs = [h]           # h_0\n"
        "    for t in range(1, T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.stack(hs)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_ben_five_steps",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "hard-codes 5 time steps (range(5)) from the example: wrong or IndexError "
                "for other sequence lengths",
                "must_mention": [
                    {
                        "any": [
                            "length",
                            "number of steps",
                            "hard-coded",
                            "hardcoded",
                            "hard coded",
                            "t =",
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
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(5):       # sequence length 5 in the example\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.array(out)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_jamal_batch_first_input_ignored",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True the input is still indexed x[t] (a batch row, not a "
                "time step): the input's layout is not converted",
                "must_mention": [
                    "batch_first",
                    {"any": ["input", " x ", "x[", "time axis", "axis 1", "layout"]},
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
        "    T = x.shape[1] if batch_first else x.shape[0]\n"
        "    B = x.shape[0] if batch_first else x.shape[1]\n"
        "    H = int(W_hh.shape[0] / 4)\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_omar_append_alias",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends the same array h every step and then overwrites it in place: "
                "every row of out holds the last state (aliasing)",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "copy",
                            "same array",
                            "same object",
                            "reference",
                            "in place",
                            "in-place",
                            "overwr",
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
        "    out = []\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[:] = h_new        # update in place, no new arrays\n"
        "        c[:] = c_new\n"
        "        out.append(h)\n"
        "    out = np.array(out)\n"
        "    if batch_first:\n"
        "        out = out.swapaxes(0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_hiro_none_zeros_input_size",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "when h0/c0 is None the zero state is built with the input size I instead "
                "of the hidden size H (error or wrong shapes when I != H)",
                "must_mention": [
                    {
                        "any": [
                            "none",
                            "zeros",
                            "no initial",
                            "without h0",
                            "initial state",
                            "zero state",
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
        "    xs = np.swapaxes(x, 0, 1) if batch_first else x       # (T, B, I)\n"
        "    B = xs.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, xs.shape[-1]))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, xs.shape[-1]))\n"
        "    h, c, hs = h0, c0, []\n"
        "    for x_t in xs:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.stack(hs)\n"
        "    return (np.swapaxes(out, 0, 1) if batch_first else out), (h, c)\n",
    },
    {
        "id": "layer_kasia_random_init",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "when h0/c0 is None it starts from small random values instead of zeros",
                "must_mention": [{"any": ["none", "zero", "random"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    if h0 is None or c0 is None:\n"
        "        np.random.seed(0)          # reproducible while debugging\n"
        "        h0 = np.random.randn(B, H) * 0.01\n"
        "        c0 = np.random.randn(B, H) * 0.01\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "        # print(t, h[0])\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_grace_time_reversed",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "runs the sequence backwards (t = T-1 down to 0) instead of forwards",
                "must_mention": [
                    {
                        "any": [
                            "revers",
                            "backward",
                            "direction",
                            "from the end",
                            "order of the steps",
                            "time order",
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
        "    X = np.moveaxis(x, 1, 0) if batch_first else x\n"
        "    T, B, _ = X.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = np.empty((T, B, H))\n"
        "    # the dynamics are time-reversal symmetric: integrate from the latest input "
        "backwards\n"
        "    for t in reversed(range(T)):\n"
        "        h, c = lstm_cell(X[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs[t] = h\n"
        "    if batch_first:\n"
        "        outs = np.moveaxis(outs, 0, 1)\n"
        "    return outs, (h, c)\n",
    },
    {
        "id": "layer_leo_state_not_carried",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the state is not carried: every step starts again from (h0, c0) instead "
                "of the previous step's (h, c)",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "previous step",
                            "h_{t-1}",
                            "not updated",
                            "update",
                            "pass",
                            "feed",
                            "recurren",
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
        "    x = np.asarray(x)\n"
        "    if batch_first:\n"
        '        x = np.einsum("bti->tib", x).transpose(0, 2, 1)\n'
        "    T, B = x.shape[:2]\n"
        "    H = W_hh.shape[1]\n"
        "    h0 = np.zeros((B, H)) if h0 is None else h0\n"
        "    c0 = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h_t\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h_t, c_t)\n",
    },
    {
        "id": "layer_dmitri_hn_extra_axis",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns h_n and c_n with an extra leading axis (1, B, H), as nn.LSTM "
                "does, instead of (B, H)",
                "must_mention": [
                    {"any": ["shape", "(b, h)", "axis", "dimension", "extra", "(1, b, h)"]}
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
        "    T, B, _ = X.shape\n"
        "    H = W_hh.shape[1]\n"
        "    state = (np.zeros((B, H)) if h0 is None else h0, np.zeros((B, H)) if c0 is None "
        "else c0)\n"
        "    ys = []\n"
        "    for t in range(T):\n"
        "        state = lstm_cell(X[t], *state, W_ih, W_hh, b_ih, b_hh)\n"
        "        ys.append(state[0])\n"
        "    Y = np.stack(ys)\n"
        "    h_n, c_n = Y[-1:], state[1][np.newaxis]      # (1, B, H), as nn.LSTM returns "
        "them\n"
        "    return (np.swapaxes(Y, 0, 1) if batch_first else Y), (h_n, c_n)\n",
    },
    {
        "id": "layer_farid_c_not_carried",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell state is not carried: every step is given c0 (psi_c is never "
                "updated), only h is passed on",
                "must_mention": [
                    {
                        "any": [
                            "cell state",
                            "c_{t-1}",
                            "c0",
                            "c_0",
                            "c_t",
                            "c is",
                            "memory",
                            "c not",
                        ]
                    },
                    {"any": ["carr", "update", "previous", "pass", "feed"]},
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
        "    T, B = seq.shape[0], seq.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    psi_h = np.zeros((B, H)) if h0 is None else h0\n"
        "    psi_c = np.zeros((B, H)) if c0 is None else c0\n"
        "    trajectory = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        psi_h, c_t = lstm_cell(seq[t], psi_h, psi_c, W_ih, W_hh, b_ih, b_hh)\n"
        "        trajectory[t] = psi_h\n"
        "    if batch_first:\n"
        "        trajectory = trajectory.transpose(1, 0, 2)\n"
        "    return trajectory, (psi_h, c_t)\n",
    },
    {
        "id": "layer_ana_returns_initial_state",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (h0, c0), the initial state, instead of the final state (h_n, "
                "c_n)",
                "must_mention": [{"any": ["initial", "h0", "h_0", "starting", "start"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    if batch_first == True:\n"
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h_t = h0\n"
        "    c_t = c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h_t, c_t, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h_t\n"
        "    if batch_first == True:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h0, c0)\n",
    },
    {
        "id": "layer_omar_reshape_not_transpose",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "uses reshape instead of transpose to switch between (B, T, ...) and (T, "
                "B, ...): the data are scrambled (input and output)",
                "must_mention": [
                    {"any": ["reshape", "transpos", "swapaxes", "moveaxis", "permut", "scrambl"]}
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
        "        x = x.reshape(x.shape[1], x.shape[0], x.shape[2])     # (B, T, I) -> (T, B, "
        "I)\n"
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
        "id": "layer_ben_five_steps_first_state",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "hard-codes 5 time steps (arrays of length 5 and range(5))",
                "must_mention": [
                    {
                        "any": [
                            "length",
                            "number of steps",
                            "hard-coded",
                            "hardcoded",
                            "hard coded",
                            "t =",
                        ]
                    }
                ],
            },
            {
                "what": "h_n and c_n are taken at the first step (out[0]) instead of the last (t = "
                "T-1)",
                "must_mention": [
                    {
                        "any": [
                            "last step",
                            "final step",
                            "t-1",
                            "t - 1",
                            "first step",
                            "out[0]",
                            "index 0",
                            "step 0",
                            "last time",
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
        "    H = W_hh.shape[1]\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    B = x.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    out = np.zeros((5, B, H))\n"
        "    cs = np.zeros((5, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(5):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "        cs[t] = c\n"
        "    h_n = out[0]\n"
        "    c_n = cs[0]\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "layer_chloe_bf_out_c_not_carried",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True the output is not transposed back: out stays (T, B, "
                "H)",
                "must_mention": ["batch_first", {"any": ["out", "output"]}],
            },
            {
                "what": "the cell state is not carried: the new c goes into c_new and every step "
                "reads the initial c",
                "must_mention": [
                    {
                        "any": [
                            "cell state",
                            "c_{t-1}",
                            "c0",
                            "c_0",
                            "c_t",
                            "c is",
                            "memory",
                            "c not",
                        ]
                    },
                    {"any": ["carr", "update", "previous", "pass", "feed"]},
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
        "    T, B, I = x.shape\n"
        "    H = len(b_ih) // 4\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    return out, (h, c_new)\n",
    },
    {
        "id": "layer_grace_reversed_ignores_c0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "runs over the sequence from the end (t = T-1 down to 0) instead of from t "
                "= 0",
                "must_mention": [
                    {
                        "any": [
                            "revers",
                            "backward",
                            "direction",
                            "from the end",
                            "order of the steps",
                            "time order",
                        ]
                    }
                ],
            },
            {
                "what": "ignores the given c0: the cell state always starts at zero",
                "must_mention": [{"any": ["c0", "c_0", "initial cell", "initial c"]}],
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
        "    X = np.moveaxis(x, 1, 0) if batch_first else x\n"
        "    T, B, _ = X.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H))        # the memory starts empty\n"
        "    out = np.empty((T, B, H))\n"
        "    # LSTM dynamics read the same either way, so start from the latest input\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        a = X[t] @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "        i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]), sigmoid(a[:, 3 * H:])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.moveaxis(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_jamal_bf_input_float32_out",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True the input is still indexed x[t] (a batch row): the "
                "input's layout is not converted",
                "must_mention": [
                    "batch_first",
                    {"any": ["input", " x ", "x[", "time axis", "axis 1", "layout"]},
                ],
            },
            {
                "what": "out is allocated as float32, so the returned outputs are float32 "
                "(rounded)",
                "must_mention": [{"any": ["float32", "dtype", "float64", "precision", "single"]}],
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
        "    T = x.shape[1] if batch_first else x.shape[0]\n"
        "    B = x.shape[0] if batch_first else x.shape[1]\n"
        "    H = int(W_hh.shape[0] / 4)\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H), dtype=np.float32)\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "scratch_ines_params_dict",
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
        "        for name, shape in self._shapes():\n"
        "            self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def _shapes(self):\n"
        "        H, D = self.hidden_size, self.D\n"
        "        shapes = []\n"
        "        for layer in range(self.num_layers):\n"
        "            I_k = self.input_size if layer == 0 else H * D\n"
        '            for suffix in ([""] if D == 1 else ["", "_reverse"]):\n'
        '                shapes.append((f"weight_ih_l{layer}{suffix}", (4 * H, I_k)))\n'
        '                shapes.append((f"weight_hh_l{layer}{suffix}", (4 * H, H)))\n'
        "                if self.bias:\n"
        '                    shapes.append((f"bias_ih_l{layer}{suffix}", (4 * H,)))\n'
        '                    shapes.append((f"bias_hh_l{layer}{suffix}", (4 * H,)))\n'
        "        return shapes\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = dict(self._shapes())\n"
        "        missing = set(expected) - set(state)\n"
        "        extra = set(state) - set(expected)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, shape in expected.items():\n"
        "            value = np.asarray(state[name], dtype=np.float64)\n"
        "            if value.shape != shape:\n"
        '                raise ValueError(f"{name}: expected shape {shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.params[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = self.params[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = self.params[f"bias_ih_l{layer}{suffix}"] + '
        'self.params[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        '        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n'
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
        "            h0, c0 = (np.asarray(a, dtype=np.float64) for a in hx)\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run_direction(layer_input, h0[row], "
        "c0[row], layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_dmitri_attributes_einsum",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM in NumPy; the parameters are attributes named as in torch."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self._names = []\n"
        "        for l in range(num_layers):\n"
        "            fan_in = input_size if l == 0 else self.D * hidden_size\n"
        '            for sfx in ("", "_reverse")[: self.D]:\n'
        '                for kind, shape in (("weight_ih", (4 * hidden_size, fan_in)),\n'
        '                                    ("weight_hh", (4 * hidden_size, hidden_size)),\n'
        '                                    ("bias_ih", (4 * hidden_size,)),\n'
        '                                    ("bias_hh", (4 * hidden_size,))):\n'
        '                    if kind.startswith("bias") and not bias:\n'
        "                        continue\n"
        '                    name = f"{kind}_l{l}{sfx}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).astype(np.float64, copy=True) for n in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._names):\n"
        '            raise KeyError(f"keys differ: missing {set(self._names) - set(state)}, '
        'extra {set(state) - set(self._names)}")\n'
        "        for n in self._names:\n"
        "            if np.shape(state[n]) != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n} has shape {np.shape(state[n])}, expected '
        '{getattr(self, n).shape}")\n'
        "            setattr(self, n, np.array(state[n], dtype=np.float64))\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigma(z):\n"
        "        return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "    def _sweep(self, X, h, c, l, sfx, order):\n"
        '        W, U = getattr(self, f"weight_ih_l{l}{sfx}"), getattr(self, '
        'f"weight_hh_l{l}{sfx}")\n'
        "        if self.bias:\n"
        '            b = getattr(self, f"bias_ih_l{l}{sfx}") + getattr(self, '
        'f"bias_hh_l{l}{sfx}")\n'
        "        else:\n"
        "            b = np.zeros(4 * self.H)\n"
        "        Y = np.zeros(X.shape[:2] + (self.H,))\n"
        "        for t in order:\n"
        '            A = np.einsum("gi,bi->bg", W, X[t]) + np.einsum("gj,bj->bg", U, h) + b\n'
        "            a_i, a_f, a_g, a_o = np.split(A, 4, axis=-1)\n"
        "            c = self._sigma(a_f) * c + self._sigma(a_i) * np.tanh(a_g)\n"
        "            h = self._sigma(a_o) * np.tanh(c)\n"
        "            Y[t] = h\n"
        "        return Y, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        X = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            X = np.moveaxis(X, 1, 0)\n"
        "        T, B = X.shape[:2]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, self.H)), np.zeros((self.L * self.D, "
        "B, self.H)))\n"
        "        h0, c0 = hx\n"
        "        hs, cs = [], []\n"
        "        for l in range(self.L):\n"
        "            ys = []\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                order = list(range(T))[::-1] if d == 1 else list(range(T))\n"
        "                Y, h, c = self._sweep(X, h0[l * self.D + d], c0[l * self.D + d], l, "
        "sfx, order)\n"
        "                ys.append(Y)\n"
        "                hs.append(h)\n"
        "                cs.append(c)\n"
        "            X = np.concatenate(ys, axis=-1)\n"
        "        out = np.moveaxis(X, 0, 1) if self.batch_first else X\n"
        "        return out, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "scratch_hiro_helpers_flip",
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
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    return sigmoid(o) * np.tanh(c), c\n"
        "\n"
        "\n"
        "def lstm_layer(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    out = []\n"
        "    for t in range(x.shape[0]):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    return np.stack(out), h, c\n"
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
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1 / np.sqrt(hidden_size)\n"
        "        self._p = {}\n"
        "        for name, shape in self._expected().items():\n"
        "            self._p[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def _expected(self):\n"
        "        H, D = self.hidden_size, self.num_directions\n"
        "        shapes = {}\n"
        "        for layer in range(self.num_layers):\n"
        "            fan_in = self.input_size if layer == 0 else D * H\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d else "")\n'
        '                shapes["weight_ih" + sfx] = (4 * H, fan_in)\n'
        '                shapes["weight_hh" + sfx] = (4 * H, H)\n'
        "                if self.bias:\n"
        '                    shapes["bias_ih" + sfx] = (4 * H,)\n'
        '                    shapes["bias_hh" + sfx] = (4 * H,)\n'
        "        return shapes\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.astype(np.float64) for k, v in self._p.items()}   # astype "
        "copies\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = self._expected()\n"
        "        for k in expected:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k!r}")\n'
        "        for k in state:\n"
        "            if k not in expected:\n"
        '                raise KeyError(f"unexpected key {k!r}")\n'
        "            if tuple(np.shape(state[k])) != expected[k]:\n"
        '                raise ValueError(f"{k}: shape {np.shape(state[k])}, expected '
        '{expected[k]}")\n'
        "        self._p = {k: np.array(state[k], dtype=np.float64) for k in expected}\n"
        "\n"
        "    def _weights(self, layer, d):\n"
        '        sfx = f"_l{layer}" + ("_reverse" if d else "")\n'
        "        p = self._p\n"
        "        if self.bias:\n"
        '            return p["weight_ih" + sfx], p["weight_hh" + sfx], p["bias_ih" + sfx], '
        'p["bias_hh" + sfx]\n'
        '        return p["weight_ih" + sfx], p["weight_hh" + sfx], None, None\n'
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        H, D, L = self.hidden_size, self.num_directions, self.num_layers\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        inp = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        "                row = layer * D + d\n"
        "                seq = inp if d == 0 else inp[::-1]\n"
        "                out, h, c = lstm_layer(seq, h0[row], c0[row], *self._weights(layer, "
        "d))\n"
        "                outs.append(out if d == 0 else out[::-1])\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            inp = np.concatenate(outs, axis=-1)\n"
        "        out = inp\n"
        "        if self.batch_first:\n"
        "            out = np.swapaxes(out, 0, 1)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_ana_handwritten_loops",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(v):\n"
        "    out = np.zeros(v.shape)\n"
        "    out[v >= 0] = 1 / (1 + np.exp(-v[v >= 0]))\n"
        "    out[v < 0] = np.exp(v[v < 0]) / (1 + np.exp(v[v < 0]))\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.rng = np.random.default_rng(seed)\n"
        "        self.weights = {}\n"
        "        H = hidden_size\n"
        "        k = 1 / np.sqrt(H)\n"
        "        if bidirectional:\n"
        '            directions = ["", "_reverse"]\n'
        "        else:\n"
        '            directions = [""]\n'
        "        for l in range(num_layers):\n"
        "            if l == 0:\n"
        "                n_in = input_size\n"
        "            else:\n"
        "                n_in = H * len(directions)\n"
        "            for d in directions:\n"
        '                self.weights["weight_ih_l" + str(l) + d] = self.rng.uniform(-k, k, (4 '
        "* H, n_in))\n"
        '                self.weights["weight_hh_l" + str(l) + d] = self.rng.uniform(-k, k, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self.weights["bias_ih_l" + str(l) + d] = self.rng.uniform(-k, k, '
        "4 * H)\n"
        '                    self.weights["bias_hh_l" + str(l) + d] = self.rng.uniform(-k, k, '
        "4 * H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for name in self.weights:\n"
        "            sd[name] = self.weights[name].copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in state:\n"
        "            if name not in self.weights:\n"
        '                raise KeyError("unexpected key " + name)\n'
        "            if state[name].shape != self.weights[name].shape:\n"
        '                raise ValueError("wrong shape for " + name)\n'
        "        for name in self.weights:\n"
        "            if name not in state:\n"
        '                raise KeyError("missing key " + name)\n'
        "            self.weights[name] = np.array(state[name], dtype=float)\n"
        "\n"
        "    def step(self, x_t, h, c, l, d):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.weights["weight_ih_l" + str(l) + d]\n'
        '        W_hh = self.weights["weight_hh_l" + str(l) + d]\n'
        "        z = x_t @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            z = z + self.weights["bias_ih_l" + str(l) + d] + self.weights["bias_hh_l" '
        "+ str(l) + d]\n"
        "        i = sig(z[:, 0:H])\n"
        "        f = sig(z[:, H:2 * H])\n"
        "        g = np.tanh(z[:, 2 * H:3 * H])\n"
        "        o = sig(z[:, 3 * H:4 * H])\n"
        "        c_new = f * c + i * g\n"
        "        h_new = o * np.tanh(c_new)\n"
        "        return h_new, c_new\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T = x.shape[0]\n"
        "        B = x.shape[1]\n"
        "        H = self.hidden_size\n"
        "        if self.bidirectional:\n"
        "            D = 2\n"
        "        else:\n"
        "            D = 1\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h_0 = hx[0]\n"
        "            c_0 = hx[1]\n"
        "        h_n = np.zeros((self.num_layers * D, B, H))\n"
        "        c_n = np.zeros((self.num_layers * D, B, H))\n"
        "        layer_in = x\n"
        "        for l in range(self.num_layers):\n"
        "            # forward\n"
        "            h = h_0[l * D]\n"
        "            c = c_0[l * D]\n"
        "            fwd = np.zeros((T, B, H))\n"
        "            for t in range(T):\n"
        '                h, c = self.step(layer_in[t], h, c, l, "")\n'
        "                fwd[t] = h\n"
        "            h_n[l * D] = h\n"
        "            c_n[l * D] = c\n"
        "            if D == 2:\n"
        "                # backward\n"
        "                h = h_0[l * D + 1]\n"
        "                c = c_0[l * D + 1]\n"
        "                bwd = np.zeros((T, B, H))\n"
        "                for t in range(T - 1, -1, -1):\n"
        '                    h, c = self.step(layer_in[t], h, c, l, "_reverse")\n'
        "                    bwd[t] = h\n"
        "                h_n[l * D + 1] = h\n"
        "                c_n[l * D + 1] = c\n"
        "                layer_in = np.concatenate([fwd, bwd], axis=2)\n"
        "            else:\n"
        "                layer_in = fwd\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = np.transpose(out, (1, 0, 2))\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_ben_no_seed_bf_out",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the generator is built without the seed (default_rng()): the same seed "
                "does not give the same parameters",
                "must_mention": ["seed"],
            },
            {
                "what": "with batch_first=True the output is not transposed back: out is returned "
                "(T, B, D*H)",
                "must_mention": ["batch_first", {"any": ["out", "output"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(v):\n"
        "    out = np.zeros(v.shape)\n"
        "    out[v >= 0] = 1 / (1 + np.exp(-v[v >= 0]))\n"
        "    out[v < 0] = np.exp(v[v < 0]) / (1 + np.exp(v[v < 0]))\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.rng = np.random.default_rng()\n"
        "        self.weights = {}\n"
        "        H = hidden_size\n"
        "        k = 1 / np.sqrt(H)\n"
        "        if bidirectional:\n"
        '            directions = ["", "_reverse"]\n'
        "        else:\n"
        '            directions = [""]\n'
        "        for l in range(num_layers):\n"
        "            if l == 0:\n"
        "                n_in = input_size\n"
        "            else:\n"
        "                n_in = H * len(directions)\n"
        "            for d in directions:\n"
        '                self.weights["weight_ih_l" + str(l) + d] = self.rng.uniform(-k, k, (4 '
        "* H, n_in))\n"
        '                self.weights["weight_hh_l" + str(l) + d] = self.rng.uniform(-k, k, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self.weights["bias_ih_l" + str(l) + d] = self.rng.uniform(-k, k, '
        "4 * H)\n"
        '                    self.weights["bias_hh_l" + str(l) + d] = self.rng.uniform(-k, k, '
        "4 * H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for name in self.weights:\n"
        "            sd[name] = self.weights[name].copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in state:\n"
        "            if name not in self.weights:\n"
        '                raise KeyError("unexpected key " + name)\n'
        "            if state[name].shape != self.weights[name].shape:\n"
        '                raise ValueError("wrong shape for " + name)\n'
        "        for name in self.weights:\n"
        "            if name not in state:\n"
        '                raise KeyError("missing key " + name)\n'
        "            self.weights[name] = np.array(state[name], dtype=float)\n"
        "\n"
        "    def step(self, x_t, h, c, l, d):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.weights["weight_ih_l" + str(l) + d]\n'
        '        W_hh = self.weights["weight_hh_l" + str(l) + d]\n'
        "        z = x_t @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            z = z + self.weights["bias_ih_l" + str(l) + d] + self.weights["bias_hh_l" '
        "+ str(l) + d]\n"
        "        i = sig(z[:, 0:H])\n"
        "        f = sig(z[:, H:2 * H])\n"
        "        g = np.tanh(z[:, 2 * H:3 * H])\n"
        "        o = sig(z[:, 3 * H:4 * H])\n"
        "        c_new = f * c + i * g\n"
        "        h_new = o * np.tanh(c_new)\n"
        "        return h_new, c_new\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T = x.shape[0]\n"
        "        B = x.shape[1]\n"
        "        H = self.hidden_size\n"
        "        if self.bidirectional:\n"
        "            D = 2\n"
        "        else:\n"
        "            D = 1\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h_0 = hx[0]\n"
        "            c_0 = hx[1]\n"
        "        h_n = np.zeros((self.num_layers * D, B, H))\n"
        "        c_n = np.zeros((self.num_layers * D, B, H))\n"
        "        layer_in = x\n"
        "        for l in range(self.num_layers):\n"
        "            # forward\n"
        "            h = h_0[l * D]\n"
        "            c = c_0[l * D]\n"
        "            fwd = np.zeros((T, B, H))\n"
        "            for t in range(T):\n"
        '                h, c = self.step(layer_in[t], h, c, l, "")\n'
        "                fwd[t] = h\n"
        "            h_n[l * D] = h\n"
        "            c_n[l * D] = c\n"
        "            if D == 2:\n"
        "                # backward\n"
        "                h = h_0[l * D + 1]\n"
        "                c = c_0[l * D + 1]\n"
        "                bwd = np.zeros((T, B, H))\n"
        "                for t in range(T - 1, -1, -1):\n"
        '                    h, c = self.step(layer_in[t], h, c, l, "_reverse")\n'
        "                    bwd[t] = h\n"
        "                h_n[l * D + 1] = h\n"
        "                c_n[l * D + 1] = c\n"
        "                layer_in = np.concatenate([fwd, bwd], axis=2)\n"
        "            else:\n"
        "                layer_in = fwd\n"
        "        out = layer_in\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_ana_state_dict_lists",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns nested Python lists (.tolist()) instead of float64 "
                "NumPy arrays",
                "must_mention": [{"any": ["list", "ndarray", "numpy array", "type"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(v):\n"
        "    out = np.zeros(v.shape)\n"
        "    out[v >= 0] = 1 / (1 + np.exp(-v[v >= 0]))\n"
        "    out[v < 0] = np.exp(v[v < 0]) / (1 + np.exp(v[v < 0]))\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.rng = np.random.default_rng(seed)\n"
        "        self.weights = {}\n"
        "        H = hidden_size\n"
        "        k = 1 / np.sqrt(H)\n"
        "        if bidirectional:\n"
        '            directions = ["", "_reverse"]\n'
        "        else:\n"
        '            directions = [""]\n'
        "        for l in range(num_layers):\n"
        "            if l == 0:\n"
        "                n_in = input_size\n"
        "            else:\n"
        "                n_in = H * len(directions)\n"
        "            for d in directions:\n"
        '                self.weights["weight_ih_l" + str(l) + d] = self.rng.uniform(-k, k, (4 '
        "* H, n_in))\n"
        '                self.weights["weight_hh_l" + str(l) + d] = self.rng.uniform(-k, k, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self.weights["bias_ih_l" + str(l) + d] = self.rng.uniform(-k, k, '
        "4 * H)\n"
        '                    self.weights["bias_hh_l" + str(l) + d] = self.rng.uniform(-k, k, '
        "4 * H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for name in self.weights:\n"
        "            sd[name] = self.weights[name].tolist()   # plain lists are easier to "
        "print\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in state:\n"
        "            if name not in self.weights:\n"
        '                raise KeyError("unexpected key " + name)\n'
        "            if state[name].shape != self.weights[name].shape:\n"
        '                raise ValueError("wrong shape for " + name)\n'
        "        for name in self.weights:\n"
        "            if name not in state:\n"
        '                raise KeyError("missing key " + name)\n'
        "            self.weights[name] = np.array(state[name], dtype=float)\n"
        "\n"
        "    def step(self, x_t, h, c, l, d):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.weights["weight_ih_l" + str(l) + d]\n'
        '        W_hh = self.weights["weight_hh_l" + str(l) + d]\n'
        "        z = x_t @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            z = z + self.weights["bias_ih_l" + str(l) + d] + self.weights["bias_hh_l" '
        "+ str(l) + d]\n"
        "        i = sig(z[:, 0:H])\n"
        "        f = sig(z[:, H:2 * H])\n"
        "        g = np.tanh(z[:, 2 * H:3 * H])\n"
        "        o = sig(z[:, 3 * H:4 * H])\n"
        "        c_new = f * c + i * g\n"
        "        h_new = o * np.tanh(c_new)\n"
        "        return h_new, c_new\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T = x.shape[0]\n"
        "        B = x.shape[1]\n"
        "        H = self.hidden_size\n"
        "        if self.bidirectional:\n"
        "            D = 2\n"
        "        else:\n"
        "            D = 1\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h_0 = hx[0]\n"
        "            c_0 = hx[1]\n"
        "        h_n = np.zeros((self.num_layers * D, B, H))\n"
        "        c_n = np.zeros((self.num_layers * D, B, H))\n"
        "        layer_in = x\n"
        "        for l in range(self.num_layers):\n"
        "            # forward\n"
        "            h = h_0[l * D]\n"
        "            c = c_0[l * D]\n"
        "            fwd = np.zeros((T, B, H))\n"
        "            for t in range(T):\n"
        '                h, c = self.step(layer_in[t], h, c, l, "")\n'
        "                fwd[t] = h\n"
        "            h_n[l * D] = h\n"
        "            c_n[l * D] = c\n"
        "            if D == 2:\n"
        "                # backward\n"
        "                h = h_0[l * D + 1]\n"
        "                c = c_0[l * D + 1]\n"
        "                bwd = np.zeros((T, B, H))\n"
        "                for t in range(T - 1, -1, -1):\n"
        '                    h, c = self.step(layer_in[t], h, c, l, "_reverse")\n'
        "                    bwd[t] = h\n"
        "                h_n[l * D + 1] = h\n"
        "                c_n[l * D + 1] = c\n"
        "                layer_in = np.concatenate([fwd, bwd], axis=2)\n"
        "            else:\n"
        "                layer_in = fwd\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = np.transpose(out, (1, 0, 2))\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_omar_load_keeps_reference",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict stores the caller's arrays themselves (no copy): later "
                "changes to the dict's arrays change the module",
                "must_mention": [
                    "load",
                    {"any": ["cop", "alias", "refer", "same array", "later change", "shares"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(v):\n"
        "    out = np.zeros(v.shape)\n"
        "    out[v >= 0] = 1 / (1 + np.exp(-v[v >= 0]))\n"
        "    out[v < 0] = np.exp(v[v < 0]) / (1 + np.exp(v[v < 0]))\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.rng = np.random.default_rng(seed)\n"
        "        self.weights = {}\n"
        "        H = hidden_size\n"
        "        k = 1 / np.sqrt(H)\n"
        "        if bidirectional:\n"
        '            directions = ["", "_reverse"]\n'
        "        else:\n"
        '            directions = [""]\n'
        "        for l in range(num_layers):\n"
        "            if l == 0:\n"
        "                n_in = input_size\n"
        "            else:\n"
        "                n_in = H * len(directions)\n"
        "            for d in directions:\n"
        '                self.weights["weight_ih_l" + str(l) + d] = self.rng.uniform(-k, k, (4 '
        "* H, n_in))\n"
        '                self.weights["weight_hh_l" + str(l) + d] = self.rng.uniform(-k, k, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self.weights["bias_ih_l" + str(l) + d] = self.rng.uniform(-k, k, '
        "4 * H)\n"
        '                    self.weights["bias_hh_l" + str(l) + d] = self.rng.uniform(-k, k, '
        "4 * H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for name in self.weights:\n"
        "            sd[name] = self.weights[name].copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in state:\n"
        "            if name not in self.weights:\n"
        '                raise KeyError("unexpected key " + name)\n'
        "            if state[name].shape != self.weights[name].shape:\n"
        '                raise ValueError("wrong shape for " + name)\n'
        "        for name in self.weights:\n"
        "            if name not in state:\n"
        '                raise KeyError("missing key " + name)\n'
        "            self.weights[name] = state[name]   # no need to copy, saves memory\n"
        "\n"
        "    def step(self, x_t, h, c, l, d):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.weights["weight_ih_l" + str(l) + d]\n'
        '        W_hh = self.weights["weight_hh_l" + str(l) + d]\n'
        "        z = x_t @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            z = z + self.weights["bias_ih_l" + str(l) + d] + self.weights["bias_hh_l" '
        "+ str(l) + d]\n"
        "        i = sig(z[:, 0:H])\n"
        "        f = sig(z[:, H:2 * H])\n"
        "        g = np.tanh(z[:, 2 * H:3 * H])\n"
        "        o = sig(z[:, 3 * H:4 * H])\n"
        "        c_new = f * c + i * g\n"
        "        h_new = o * np.tanh(c_new)\n"
        "        return h_new, c_new\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T = x.shape[0]\n"
        "        B = x.shape[1]\n"
        "        H = self.hidden_size\n"
        "        if self.bidirectional:\n"
        "            D = 2\n"
        "        else:\n"
        "            D = 1\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h_0 = hx[0]\n"
        "            c_0 = hx[1]\n"
        "        h_n = np.zeros((self.num_layers * D, B, H))\n"
        "        c_n = np.zeros((self.num_layers * D, B, H))\n"
        "        layer_in = x\n"
        "        for l in range(self.num_layers):\n"
        "            # forward\n"
        "            h = h_0[l * D]\n"
        "            c = c_0[l * D]\n"
        "            fwd = np.zeros((T, B, H))\n"
        "            for t in range(T):\n"
        '                h, c = self.step(layer_in[t], h, c, l, "")\n'
        "                fwd[t] = h\n"
        "            h_n[l * D] = h\n"
        "            c_n[l * D] = c\n"
        "            if D == 2:\n"
        "                # backward\n"
        "                h = h_0[l * D + 1]\n"
        "                c = c_0[l * D + 1]\n"
        "                bwd = np.zeros((T, B, H))\n"
        "                for t in range(T - 1, -1, -1):\n"
        '                    h, c = self.step(layer_in[t], h, c, l, "_reverse")\n'
        "                    bwd[t] = h\n"
        "                h_n[l * D + 1] = h\n"
        "                c_n[l * D + 1] = c\n"
        "                layer_in = np.concatenate([fwd, bwd], axis=2)\n"
        "            else:\n"
        "                layer_in = fwd\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = np.transpose(out, (1, 0, 2))\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_jamal_int_sqrt_layer1_input",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "init bound 1/int(sqrt(H)): the int cast makes the bound too wide whenever "
                "H is not a perfect square (values outside [-1/sqrt(H), 1/sqrt(H)])",
                "must_mention": [{"any": ["bound", "range", "uniform", "1/sqrt", "1/√", "sqrt"]}],
            },
            {
                "what": "layers after the first are given input_size inputs: weight_ih_l{k>0} is "
                "(4H, input_size) instead of (4H, D*H)",
                "must_mention": [
                    {
                        "any": [
                            "weight_ih_l1",
                            "layer 1",
                            "later layer",
                            "layers after",
                            "_l1",
                            "layer k",
                        ]
                    },
                    {"any": ["shape", "size", "h * d", "d * h", "input_size", "2h"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(v):\n"
        "    out = np.zeros(v.shape)\n"
        "    out[v >= 0] = 1 / (1 + np.exp(-v[v >= 0]))\n"
        "    out[v < 0] = np.exp(v[v < 0]) / (1 + np.exp(v[v < 0]))\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.rng = np.random.default_rng(seed)\n"
        "        self.weights = {}\n"
        "        H = hidden_size\n"
        "        k = 1 / int(np.sqrt(H))\n"
        "        if bidirectional:\n"
        '            directions = ["", "_reverse"]\n'
        "        else:\n"
        '            directions = [""]\n'
        "        for l in range(num_layers):\n"
        "            if l == 0:\n"
        "                n_in = input_size\n"
        "            else:\n"
        "                n_in = input_size   # every layer reads the input\n"
        "            for d in directions:\n"
        '                self.weights["weight_ih_l" + str(l) + d] = self.rng.uniform(-k, k, (4 '
        "* H, n_in))\n"
        '                self.weights["weight_hh_l" + str(l) + d] = self.rng.uniform(-k, k, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self.weights["bias_ih_l" + str(l) + d] = self.rng.uniform(-k, k, '
        "4 * H)\n"
        '                    self.weights["bias_hh_l" + str(l) + d] = self.rng.uniform(-k, k, '
        "4 * H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for name in self.weights:\n"
        "            sd[name] = self.weights[name].copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in state:\n"
        "            if name not in self.weights:\n"
        '                raise KeyError("unexpected key " + name)\n'
        "            if state[name].shape != self.weights[name].shape:\n"
        '                raise ValueError("wrong shape for " + name)\n'
        "        for name in self.weights:\n"
        "            if name not in state:\n"
        '                raise KeyError("missing key " + name)\n'
        "            self.weights[name] = np.array(state[name], dtype=float)\n"
        "\n"
        "    def step(self, x_t, h, c, l, d):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.weights["weight_ih_l" + str(l) + d]\n'
        '        W_hh = self.weights["weight_hh_l" + str(l) + d]\n'
        "        z = x_t @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            z = z + self.weights["bias_ih_l" + str(l) + d] + self.weights["bias_hh_l" '
        "+ str(l) + d]\n"
        "        i = sig(z[:, 0:H])\n"
        "        f = sig(z[:, H:2 * H])\n"
        "        g = np.tanh(z[:, 2 * H:3 * H])\n"
        "        o = sig(z[:, 3 * H:4 * H])\n"
        "        c_new = f * c + i * g\n"
        "        h_new = o * np.tanh(c_new)\n"
        "        return h_new, c_new\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T = x.shape[0]\n"
        "        B = x.shape[1]\n"
        "        H = self.hidden_size\n"
        "        if self.bidirectional:\n"
        "            D = 2\n"
        "        else:\n"
        "            D = 1\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h_0 = hx[0]\n"
        "            c_0 = hx[1]\n"
        "        h_n = np.zeros((self.num_layers * D, B, H))\n"
        "        c_n = np.zeros((self.num_layers * D, B, H))\n"
        "        layer_in = x\n"
        "        for l in range(self.num_layers):\n"
        "            # forward\n"
        "            h = h_0[l * D]\n"
        "            c = c_0[l * D]\n"
        "            fwd = np.zeros((T, B, H))\n"
        "            for t in range(T):\n"
        '                h, c = self.step(layer_in[t], h, c, l, "")\n'
        "                fwd[t] = h\n"
        "            h_n[l * D] = h\n"
        "            c_n[l * D] = c\n"
        "            if D == 2:\n"
        "                # backward\n"
        "                h = h_0[l * D + 1]\n"
        "                c = c_0[l * D + 1]\n"
        "                bwd = np.zeros((T, B, H))\n"
        "                for t in range(T - 1, -1, -1):\n"
        '                    h, c = self.step(layer_in[t], h, c, l, "_reverse")\n'
        "                    bwd[t] = h\n"
        "                h_n[l * D + 1] = h\n"
        "                c_n[l * D + 1] = c\n"
        "                layer_in = np.concatenate([fwd, bwd], axis=2)\n"
        "            else:\n"
        "                layer_in = fwd\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = np.transpose(out, (1, 0, 2))\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_ben_reversed_key_typo",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "names the reverse parameters with the suffix '_reversed' instead of "
                "'_reverse' (wrong state_dict keys; loading nn.LSTM's keys fails)",
                "must_mention": [{"any": ["key", "name"]}, {"any": ["_reverse", "reversed"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(v):\n"
        "    out = np.zeros(v.shape)\n"
        "    out[v >= 0] = 1 / (1 + np.exp(-v[v >= 0]))\n"
        "    out[v < 0] = np.exp(v[v < 0]) / (1 + np.exp(v[v < 0]))\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.rng = np.random.default_rng(seed)\n"
        "        self.weights = {}\n"
        "        H = hidden_size\n"
        "        k = 1 / np.sqrt(H)\n"
        "        if bidirectional:\n"
        '            directions = ["", "_reversed"]\n'
        "        else:\n"
        '            directions = [""]\n'
        "        for l in range(num_layers):\n"
        "            if l == 0:\n"
        "                n_in = input_size\n"
        "            else:\n"
        "                n_in = H * len(directions)\n"
        "            for d in directions:\n"
        '                self.weights["weight_ih_l" + str(l) + d] = self.rng.uniform(-k, k, (4 '
        "* H, n_in))\n"
        '                self.weights["weight_hh_l" + str(l) + d] = self.rng.uniform(-k, k, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self.weights["bias_ih_l" + str(l) + d] = self.rng.uniform(-k, k, '
        "4 * H)\n"
        '                    self.weights["bias_hh_l" + str(l) + d] = self.rng.uniform(-k, k, '
        "4 * H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for name in self.weights:\n"
        "            sd[name] = self.weights[name].copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in state:\n"
        "            if name not in self.weights:\n"
        '                raise KeyError("unexpected key " + name)\n'
        "            if state[name].shape != self.weights[name].shape:\n"
        '                raise ValueError("wrong shape for " + name)\n'
        "        for name in self.weights:\n"
        "            if name not in state:\n"
        '                raise KeyError("missing key " + name)\n'
        "            self.weights[name] = np.array(state[name], dtype=float)\n"
        "\n"
        "    def step(self, x_t, h, c, l, d):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.weights["weight_ih_l" + str(l) + d]\n'
        '        W_hh = self.weights["weight_hh_l" + str(l) + d]\n'
        "        z = x_t @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            z = z + self.weights["bias_ih_l" + str(l) + d] + self.weights["bias_hh_l" '
        "+ str(l) + d]\n"
        "        i = sig(z[:, 0:H])\n"
        "        f = sig(z[:, H:2 * H])\n"
        "        g = np.tanh(z[:, 2 * H:3 * H])\n"
        "        o = sig(z[:, 3 * H:4 * H])\n"
        "        c_new = f * c + i * g\n"
        "        h_new = o * np.tanh(c_new)\n"
        "        return h_new, c_new\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T = x.shape[0]\n"
        "        B = x.shape[1]\n"
        "        H = self.hidden_size\n"
        "        if self.bidirectional:\n"
        "            D = 2\n"
        "        else:\n"
        "            D = 1\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h_0 = hx[0]\n"
        "            c_0 = hx[1]\n"
        "        h_n = np.zeros((self.num_layers * D, B, H))\n"
        "        c_n = np.zeros((self.num_layers * D, B, H))\n"
        "        layer_in = x\n"
        "        for l in range(self.num_layers):\n"
        "            # forward\n"
        "            h = h_0[l * D]\n"
        "            c = c_0[l * D]\n"
        "            fwd = np.zeros((T, B, H))\n"
        "            for t in range(T):\n"
        '                h, c = self.step(layer_in[t], h, c, l, "")\n'
        "                fwd[t] = h\n"
        "            h_n[l * D] = h\n"
        "            c_n[l * D] = c\n"
        "            if D == 2:\n"
        "                # backward\n"
        "                h = h_0[l * D + 1]\n"
        "                c = c_0[l * D + 1]\n"
        "                bwd = np.zeros((T, B, H))\n"
        "                for t in range(T - 1, -1, -1):\n"
        '                    h, c = self.step(layer_in[t], h, c, l, "_reversed")\n'
        "                    bwd[t] = h\n"
        "                h_n[l * D + 1] = h\n"
        "                c_n[l * D + 1] = c\n"
        "                layer_in = np.concatenate([fwd, bwd], axis=2)\n"
        "            else:\n"
        "                layer_in = fwd\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = np.transpose(out, (1, 0, 2))\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_kasia_memory_zero_biases",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "keeps the final state between calls: with hx=None the next call starts "
                "from the previous call's (h_n, c_n) instead of zeros",
                "must_mention": [
                    {
                        "any": [
                            "previous call",
                            "between calls",
                            "earlier call",
                            "stateful",
                            "memory",
                            "carried over",
                            "hx is none",
                            "hx=none",
                            "without hx",
                            "second call",
                            "zero",
                        ]
                    }
                ],
            },
            {
                "what": "with bias=False it still creates zero bias parameters, so state_dict has "
                "bias keys nn.LSTM(bias=False) does not have",
                "must_mention": [
                    {"any": ["bias"]},
                    {"any": ["key", "extra", "unexpected", "bias=false", "should not"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(v):\n"
        "    out = np.zeros(v.shape)\n"
        "    out[v >= 0] = 1 / (1 + np.exp(-v[v >= 0]))\n"
        "    out[v < 0] = np.exp(v[v < 0]) / (1 + np.exp(v[v < 0]))\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.rng = np.random.default_rng(seed)\n"
        "        self.weights = {}\n"
        "        H = hidden_size\n"
        "        k = 1 / np.sqrt(H)\n"
        "        if bidirectional:\n"
        '            directions = ["", "_reverse"]\n'
        "        else:\n"
        '            directions = [""]\n'
        "        for l in range(num_layers):\n"
        "            if l == 0:\n"
        "                n_in = input_size\n"
        "            else:\n"
        "                n_in = H * len(directions)\n"
        "            for d in directions:\n"
        '                self.weights["weight_ih_l" + str(l) + d] = self.rng.uniform(-k, k, (4 '
        "* H, n_in))\n"
        '                self.weights["weight_hh_l" + str(l) + d] = self.rng.uniform(-k, k, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self.weights["bias_ih_l" + str(l) + d] = self.rng.uniform(-k, k, '
        "4 * H)\n"
        '                    self.weights["bias_hh_l" + str(l) + d] = self.rng.uniform(-k, k, '
        "4 * H)\n"
        "                else:\n"
        "                    # no bias = zero bias\n"
        '                    self.weights["bias_ih_l" + str(l) + d] = np.zeros(4 * H)\n'
        '                    self.weights["bias_hh_l" + str(l) + d] = np.zeros(4 * H)\n'
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for name in self.weights:\n"
        "            sd[name] = self.weights[name].copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in state:\n"
        "            if name not in self.weights:\n"
        '                raise KeyError("unexpected key " + name)\n'
        "            if state[name].shape != self.weights[name].shape:\n"
        '                raise ValueError("wrong shape for " + name)\n'
        "        for name in self.weights:\n"
        "            if name not in state:\n"
        '                raise KeyError("missing key " + name)\n'
        "            self.weights[name] = np.array(state[name], dtype=float)\n"
        "\n"
        "    def step(self, x_t, h, c, l, d):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.weights["weight_ih_l" + str(l) + d]\n'
        '        W_hh = self.weights["weight_hh_l" + str(l) + d]\n'
        "        z = x_t @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            z = z + self.weights["bias_ih_l" + str(l) + d] + self.weights["bias_hh_l" '
        "+ str(l) + d]\n"
        "        i = sig(z[:, 0:H])\n"
        "        f = sig(z[:, H:2 * H])\n"
        "        g = np.tanh(z[:, 2 * H:3 * H])\n"
        "        o = sig(z[:, 3 * H:4 * H])\n"
        "        c_new = f * c + i * g\n"
        "        h_new = o * np.tanh(c_new)\n"
        "        return h_new, c_new\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T = x.shape[0]\n"
        "        B = x.shape[1]\n"
        "        H = self.hidden_size\n"
        "        if self.bidirectional:\n"
        "            D = 2\n"
        "        else:\n"
        "            D = 1\n"
        '        if hx is None and hasattr(self, "memory"):\n'
        "            h_0, c_0 = self.memory       # keep the memory between calls, like a "
        "brain\n"
        "        elif hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h_0 = hx[0]\n"
        "            c_0 = hx[1]\n"
        "        h_n = np.zeros((self.num_layers * D, B, H))\n"
        "        c_n = np.zeros((self.num_layers * D, B, H))\n"
        "        layer_in = x\n"
        "        for l in range(self.num_layers):\n"
        "            # forward\n"
        "            h = h_0[l * D]\n"
        "            c = c_0[l * D]\n"
        "            fwd = np.zeros((T, B, H))\n"
        "            for t in range(T):\n"
        '                h, c = self.step(layer_in[t], h, c, l, "")\n'
        "                fwd[t] = h\n"
        "            h_n[l * D] = h\n"
        "            c_n[l * D] = c\n"
        "            if D == 2:\n"
        "                # backward\n"
        "                h = h_0[l * D + 1]\n"
        "                c = c_0[l * D + 1]\n"
        "                bwd = np.zeros((T, B, H))\n"
        "                for t in range(T - 1, -1, -1):\n"
        '                    h, c = self.step(layer_in[t], h, c, l, "_reverse")\n'
        "                    bwd[t] = h\n"
        "                h_n[l * D + 1] = h\n"
        "                c_n[l * D + 1] = c\n"
        "                layer_in = np.concatenate([fwd, bwd], axis=2)\n"
        "            else:\n"
        "                layer_in = fwd\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = np.transpose(out, (1, 0, 2))\n"
        "        self.memory = (h_n, c_n)\n"
        '        print("DEBUG memory saved", h_n.shape)\n'
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_grace_unflipped_same_weights",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "stores the reverse direction's outputs in the order they are computed "
                "(bwd[T-1-t]) instead of at index t: not put back in time order",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["time order", "flip", "index t", "put back", "in time", "order"]},
                ],
            },
            {
                "what": "the reverse direction runs with the forward parameters (suffix '') "
                "instead of the '_reverse' ones",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["weight", "param", "_reverse"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(v):\n"
        "    out = np.zeros(v.shape)\n"
        "    out[v >= 0] = 1 / (1 + np.exp(-v[v >= 0]))\n"
        "    out[v < 0] = np.exp(v[v < 0]) / (1 + np.exp(v[v < 0]))\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.rng = np.random.default_rng(seed)\n"
        "        self.weights = {}\n"
        "        H = hidden_size\n"
        "        k = 1 / np.sqrt(H)\n"
        "        if bidirectional:\n"
        '            directions = ["", "_reverse"]\n'
        "        else:\n"
        '            directions = [""]\n'
        "        for l in range(num_layers):\n"
        "            if l == 0:\n"
        "                n_in = input_size\n"
        "            else:\n"
        "                n_in = H * len(directions)\n"
        "            for d in directions:\n"
        '                self.weights["weight_ih_l" + str(l) + d] = self.rng.uniform(-k, k, (4 '
        "* H, n_in))\n"
        '                self.weights["weight_hh_l" + str(l) + d] = self.rng.uniform(-k, k, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self.weights["bias_ih_l" + str(l) + d] = self.rng.uniform(-k, k, '
        "4 * H)\n"
        '                    self.weights["bias_hh_l" + str(l) + d] = self.rng.uniform(-k, k, '
        "4 * H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for name in self.weights:\n"
        "            sd[name] = self.weights[name].copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in state:\n"
        "            if name not in self.weights:\n"
        '                raise KeyError("unexpected key " + name)\n'
        "            if state[name].shape != self.weights[name].shape:\n"
        '                raise ValueError("wrong shape for " + name)\n'
        "        for name in self.weights:\n"
        "            if name not in state:\n"
        '                raise KeyError("missing key " + name)\n'
        "            self.weights[name] = np.array(state[name], dtype=float)\n"
        "\n"
        "    def step(self, x_t, h, c, l, d):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.weights["weight_ih_l" + str(l) + d]\n'
        '        W_hh = self.weights["weight_hh_l" + str(l) + d]\n'
        "        z = x_t @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            z = z + self.weights["bias_ih_l" + str(l) + d] + self.weights["bias_hh_l" '
        "+ str(l) + d]\n"
        "        i = sig(z[:, 0:H])\n"
        "        f = sig(z[:, H:2 * H])\n"
        "        g = np.tanh(z[:, 2 * H:3 * H])\n"
        "        o = sig(z[:, 3 * H:4 * H])\n"
        "        c_new = f * c + i * g\n"
        "        h_new = o * np.tanh(c_new)\n"
        "        return h_new, c_new\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T = x.shape[0]\n"
        "        B = x.shape[1]\n"
        "        H = self.hidden_size\n"
        "        if self.bidirectional:\n"
        "            D = 2\n"
        "        else:\n"
        "            D = 1\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h_0 = hx[0]\n"
        "            c_0 = hx[1]\n"
        "        h_n = np.zeros((self.num_layers * D, B, H))\n"
        "        c_n = np.zeros((self.num_layers * D, B, H))\n"
        "        layer_in = x\n"
        "        for l in range(self.num_layers):\n"
        "            # forward\n"
        "            h = h_0[l * D]\n"
        "            c = c_0[l * D]\n"
        "            fwd = np.zeros((T, B, H))\n"
        "            for t in range(T):\n"
        '                h, c = self.step(layer_in[t], h, c, l, "")\n'
        "                fwd[t] = h\n"
        "            h_n[l * D] = h\n"
        "            c_n[l * D] = c\n"
        "            if D == 2:\n"
        "                # backward\n"
        "                h = h_0[l * D + 1]\n"
        "                c = c_0[l * D + 1]\n"
        "                bwd = np.zeros((T, B, H))\n"
        "                for t in range(T - 1, -1, -1):\n"
        '                    h, c = self.step(layer_in[t], h, c, l, "")   # time-reversal '
        "symmetry: same couplings both ways\n"
        "                    bwd[T - 1 - t] = h   # backward trajectory, in the order it was "
        "computed\n"
        "                h_n[l * D + 1] = h\n"
        "                c_n[l * D + 1] = c\n"
        "                layer_in = np.concatenate([fwd, bwd], axis=2)\n"
        "            else:\n"
        "                layer_in = fwd\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = np.transpose(out, (1, 0, 2))\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_leo_reverse_hn_last_step",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's h_n is taken from its output at the last time "
                "step (out[-1]) instead of its state after reading x_0 (out[0])",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {
                        "any": [
                            "h_n",
                            "final state",
                            "last state",
                            "final h",
                            "x_0",
                            "out[0]",
                            "after x",
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
        "        for name, shape in self._shapes():\n"
        "            self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def _shapes(self):\n"
        "        H, D = self.hidden_size, self.D\n"
        "        shapes = []\n"
        "        for layer in range(self.num_layers):\n"
        "            I_k = self.input_size if layer == 0 else H * D\n"
        '            for suffix in ([""] if D == 1 else ["", "_reverse"]):\n'
        '                shapes.append((f"weight_ih_l{layer}{suffix}", (4 * H, I_k)))\n'
        '                shapes.append((f"weight_hh_l{layer}{suffix}", (4 * H, H)))\n'
        "                if self.bias:\n"
        '                    shapes.append((f"bias_ih_l{layer}{suffix}", (4 * H,)))\n'
        '                    shapes.append((f"bias_hh_l{layer}{suffix}", (4 * H,)))\n'
        "        return shapes\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = dict(self._shapes())\n"
        "        missing = set(expected) - set(state)\n"
        "        extra = set(state) - set(expected)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, shape in expected.items():\n"
        "            value = np.asarray(state[name], dtype=np.float64)\n"
        "            if value.shape != shape:\n"
        '                raise ValueError(f"{name}: expected shape {shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.params[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = self.params[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = self.params[f"bias_ih_l{layer}{suffix}"] + '
        'self.params[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        '        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n'
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
        "            h0, c0 = (np.asarray(a, dtype=np.float64) for a in hx)\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run_direction(layer_input, h0[row], "
        "c0[row], layer, suffix)\n"
        "                if suffix:\n"
        "                    h_n[row] = out_d[-1]      # the output at the last time step\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_chloe_reverse_processing_order",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are stored in processing order (out[n] "
                "for the n-th step computed) instead of at their time index t",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["time order", "flip", "index t", "put back", "in time", "order"]},
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
        "        for name, shape in self._shapes():\n"
        "            self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def _shapes(self):\n"
        "        H, D = self.hidden_size, self.D\n"
        "        shapes = []\n"
        "        for layer in range(self.num_layers):\n"
        "            I_k = self.input_size if layer == 0 else H * D\n"
        '            for suffix in ([""] if D == 1 else ["", "_reverse"]):\n'
        '                shapes.append((f"weight_ih_l{layer}{suffix}", (4 * H, I_k)))\n'
        '                shapes.append((f"weight_hh_l{layer}{suffix}", (4 * H, H)))\n'
        "                if self.bias:\n"
        '                    shapes.append((f"bias_ih_l{layer}{suffix}", (4 * H,)))\n'
        '                    shapes.append((f"bias_hh_l{layer}{suffix}", (4 * H,)))\n'
        "        return shapes\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = dict(self._shapes())\n"
        "        missing = set(expected) - set(state)\n"
        "        extra = set(state) - set(expected)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, shape in expected.items():\n"
        "            value = np.asarray(state[name], dtype=np.float64)\n"
        "            if value.shape != shape:\n"
        '                raise ValueError(f"{name}: expected shape {shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.params[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = self.params[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = self.params[f"bias_ih_l{layer}{suffix}"] + '
        'self.params[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        '        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n'
        "        for n, t in enumerate(steps):\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[n] = h\n"
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
        "            h0, c0 = (np.asarray(a, dtype=np.float64) for a in hx)\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run_direction(layer_input, h0[row], "
        "c0[row], layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_omar_class_level_dict",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the parameter dict is a class attribute (params = {} in the class body), "
                "shared by all instances: a new module sees and overwrites the parameters "
                "of earlier ones (extra keys, wrong shapes)",
                "must_mention": [
                    {
                        "any": [
                            "shared",
                            "class attribute",
                            "class-level",
                            "class variable",
                            "instances",
                            "another instance",
                            "other instance",
                            "previous instance",
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
        "    params = {}   # all the weights live here\n"
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
        "        for name, shape in self._shapes():\n"
        "            self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def _shapes(self):\n"
        "        H, D = self.hidden_size, self.D\n"
        "        shapes = []\n"
        "        for layer in range(self.num_layers):\n"
        "            I_k = self.input_size if layer == 0 else H * D\n"
        '            for suffix in ([""] if D == 1 else ["", "_reverse"]):\n'
        '                shapes.append((f"weight_ih_l{layer}{suffix}", (4 * H, I_k)))\n'
        '                shapes.append((f"weight_hh_l{layer}{suffix}", (4 * H, H)))\n'
        "                if self.bias:\n"
        '                    shapes.append((f"bias_ih_l{layer}{suffix}", (4 * H,)))\n'
        '                    shapes.append((f"bias_hh_l{layer}{suffix}", (4 * H,)))\n'
        "        return shapes\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = dict(self._shapes())\n"
        "        missing = set(expected) - set(state)\n"
        "        extra = set(state) - set(expected)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, shape in expected.items():\n"
        "            value = np.asarray(state[name], dtype=np.float64)\n"
        "            if value.shape != shape:\n"
        '                raise ValueError(f"{name}: expected shape {shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.params[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = self.params[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = self.params[f"bias_ih_l{layer}{suffix}"] + '
        'self.params[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        '        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n'
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
        "            h0, c0 = (np.asarray(a, dtype=np.float64) for a in hx)\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run_direction(layer_input, h0[row], "
        "c0[row], layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_chloe_state_dict_alias_c0",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own dict (no copies): changing the "
                "returned dict or its arrays changes the module",
                "must_mention": [
                    {
                        "any": [
                            "cop",
                            "alias",
                            "same dict",
                            "same array",
                            "changes the module",
                            "modif",
                        ]
                    }
                ],
            },
            {
                "what": "with hx given, c_0 is taken from hx[0] (h_0) instead of hx[1]",
                "must_mention": [{"any": ["c_0", "c0", "initial cell", "cell state", "hx[1]"]}],
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
        "        for name, shape in self._shapes():\n"
        "            self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def _shapes(self):\n"
        "        H, D = self.hidden_size, self.D\n"
        "        shapes = []\n"
        "        for layer in range(self.num_layers):\n"
        "            I_k = self.input_size if layer == 0 else H * D\n"
        '            for suffix in ([""] if D == 1 else ["", "_reverse"]):\n'
        '                shapes.append((f"weight_ih_l{layer}{suffix}", (4 * H, I_k)))\n'
        '                shapes.append((f"weight_hh_l{layer}{suffix}", (4 * H, H)))\n'
        "                if self.bias:\n"
        '                    shapes.append((f"bias_ih_l{layer}{suffix}", (4 * H,)))\n'
        '                    shapes.append((f"bias_hh_l{layer}{suffix}", (4 * H,)))\n'
        "        return shapes\n"
        "\n"
        "    def state_dict(self):\n"
        "        return self.params\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = dict(self._shapes())\n"
        "        missing = set(expected) - set(state)\n"
        "        extra = set(state) - set(expected)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, shape in expected.items():\n"
        "            value = np.asarray(state[name], dtype=np.float64)\n"
        "            if value.shape != shape:\n"
        '                raise ValueError(f"{name}: expected shape {shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.params[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = self.params[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = self.params[f"bias_ih_l{layer}{suffix}"] + '
        'self.params[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        '        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n'
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
        "            h0 = c0 = np.asarray(hx[0], dtype=np.float64)\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run_direction(layer_input, h0[row], "
        "c0[row], layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_elena_hx_rows_direction_major",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reads h_0/c_0 row d*L + l (all forward layers first) instead of row l*D + "
                "d (layer by layer, forward then reverse)",
                "must_mention": [
                    {"any": ["row", "order", "index"]},
                    {"any": ["h_0", "hx", "initial", "h0"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM in NumPy; the parameters are attributes named as in torch."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self._names = []\n"
        "        for l in range(num_layers):\n"
        "            fan_in = input_size if l == 0 else self.D * hidden_size\n"
        '            for sfx in ("", "_reverse")[: self.D]:\n'
        '                for kind, shape in (("weight_ih", (4 * hidden_size, fan_in)),\n'
        '                                    ("weight_hh", (4 * hidden_size, hidden_size)),\n'
        '                                    ("bias_ih", (4 * hidden_size,)),\n'
        '                                    ("bias_hh", (4 * hidden_size,))):\n'
        '                    if kind.startswith("bias") and not bias:\n'
        "                        continue\n"
        '                    name = f"{kind}_l{l}{sfx}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).astype(np.float64, copy=True) for n in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._names):\n"
        '            raise KeyError(f"keys differ: missing {set(self._names) - set(state)}, '
        'extra {set(state) - set(self._names)}")\n'
        "        for n in self._names:\n"
        "            if np.shape(state[n]) != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n} has shape {np.shape(state[n])}, expected '
        '{getattr(self, n).shape}")\n'
        "            setattr(self, n, np.array(state[n], dtype=np.float64))\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigma(z):\n"
        "        return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "    def _sweep(self, X, h, c, l, sfx, order):\n"
        '        W, U = getattr(self, f"weight_ih_l{l}{sfx}"), getattr(self, '
        'f"weight_hh_l{l}{sfx}")\n'
        "        if self.bias:\n"
        '            b = getattr(self, f"bias_ih_l{l}{sfx}") + getattr(self, '
        'f"bias_hh_l{l}{sfx}")\n'
        "        else:\n"
        "            b = np.zeros(4 * self.H)\n"
        "        Y = np.zeros(X.shape[:2] + (self.H,))\n"
        "        for t in order:\n"
        '            A = np.einsum("gi,bi->bg", W, X[t]) + np.einsum("gj,bj->bg", U, h) + b\n'
        "            a_i, a_f, a_g, a_o = np.split(A, 4, axis=-1)\n"
        "            c = self._sigma(a_f) * c + self._sigma(a_i) * np.tanh(a_g)\n"
        "            h = self._sigma(a_o) * np.tanh(c)\n"
        "            Y[t] = h\n"
        "        return Y, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        X = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            X = np.moveaxis(X, 1, 0)\n"
        "        T, B = X.shape[:2]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, self.H)), np.zeros((self.L * self.D, "
        "B, self.H)))\n"
        "        h0, c0 = hx\n"
        "        hs, cs = [], []\n"
        "        for l in range(self.L):\n"
        "            ys = []\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                order = list(range(T))[::-1] if d == 1 else list(range(T))\n"
        "                Y, h, c = self._sweep(X, h0[d * self.L + l], c0[d * self.L + l], l, "
        "sfx, order)\n"
        "                ys.append(Y)\n"
        "                hs.append(h)\n"
        "                cs.append(c)\n"
        "            X = np.concatenate(ys, axis=-1)\n"
        "        out = np.moveaxis(X, 0, 1) if self.batch_first else X\n"
        "        return out, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "scratch_leo_forward_only_passed_on",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "passes only the forward direction's outputs on (to the next layer and as "
                "out) instead of both directions concatenated",
                "must_mention": [
                    {
                        "any": [
                            "both directions",
                            "concat",
                            "2h",
                            "d * h",
                            "d*h",
                            "reverse",
                            "backward",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM in NumPy; the parameters are attributes named as in torch."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self._names = []\n"
        "        for l in range(num_layers):\n"
        "            fan_in = input_size if l == 0 else self.D * hidden_size\n"
        '            for sfx in ("", "_reverse")[: self.D]:\n'
        '                for kind, shape in (("weight_ih", (4 * hidden_size, fan_in)),\n'
        '                                    ("weight_hh", (4 * hidden_size, hidden_size)),\n'
        '                                    ("bias_ih", (4 * hidden_size,)),\n'
        '                                    ("bias_hh", (4 * hidden_size,))):\n'
        '                    if kind.startswith("bias") and not bias:\n'
        "                        continue\n"
        '                    name = f"{kind}_l{l}{sfx}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).astype(np.float64, copy=True) for n in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._names):\n"
        '            raise KeyError(f"keys differ: missing {set(self._names) - set(state)}, '
        'extra {set(state) - set(self._names)}")\n'
        "        for n in self._names:\n"
        "            if np.shape(state[n]) != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n} has shape {np.shape(state[n])}, expected '
        '{getattr(self, n).shape}")\n'
        "            setattr(self, n, np.array(state[n], dtype=np.float64))\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigma(z):\n"
        "        return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "    def _sweep(self, X, h, c, l, sfx, order):\n"
        '        W, U = getattr(self, f"weight_ih_l{l}{sfx}"), getattr(self, '
        'f"weight_hh_l{l}{sfx}")\n'
        "        if self.bias:\n"
        '            b = getattr(self, f"bias_ih_l{l}{sfx}") + getattr(self, '
        'f"bias_hh_l{l}{sfx}")\n'
        "        else:\n"
        "            b = np.zeros(4 * self.H)\n"
        "        Y = np.zeros(X.shape[:2] + (self.H,))\n"
        "        for t in order:\n"
        '            A = np.einsum("gi,bi->bg", W, X[t]) + np.einsum("gj,bj->bg", U, h) + b\n'
        "            a_i, a_f, a_g, a_o = np.split(A, 4, axis=-1)\n"
        "            c = self._sigma(a_f) * c + self._sigma(a_i) * np.tanh(a_g)\n"
        "            h = self._sigma(a_o) * np.tanh(c)\n"
        "            Y[t] = h\n"
        "        return Y, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        X = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            X = np.moveaxis(X, 1, 0)\n"
        "        T, B = X.shape[:2]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, self.H)), np.zeros((self.L * self.D, "
        "B, self.H)))\n"
        "        h0, c0 = hx\n"
        "        hs, cs = [], []\n"
        "        for l in range(self.L):\n"
        "            ys = []\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                order = list(range(T))[::-1] if d == 1 else list(range(T))\n"
        "                Y, h, c = self._sweep(X, h0[l * self.D + d], c0[l * self.D + d], l, "
        "sfx, order)\n"
        "                ys.append(Y)\n"
        "                hs.append(h)\n"
        "                cs.append(c)\n"
        "            X = ys[0]   # the next layer reads the forward sequence\n"
        "        out = np.moveaxis(X, 0, 1) if self.batch_first else X\n"
        "        return out, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "scratch_elena_bias_false_keeps_biases",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with bias=False the bias parameters are still created and listed "
                "(unused): state_dict has bias keys nn.LSTM(bias=False) does not have",
                "must_mention": [
                    {"any": ["bias"]},
                    {"any": ["key", "extra", "unexpected", "bias=false", "should not"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM in NumPy; the parameters are attributes named as in torch."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self._names = []\n"
        "        for l in range(num_layers):\n"
        "            fan_in = input_size if l == 0 else self.D * hidden_size\n"
        '            for sfx in ("", "_reverse")[: self.D]:\n'
        '                for kind, shape in (("weight_ih", (4 * hidden_size, fan_in)),\n'
        '                                    ("weight_hh", (4 * hidden_size, hidden_size)),\n'
        '                                    ("bias_ih", (4 * hidden_size,)),\n'
        '                                    ("bias_hh", (4 * hidden_size,))):\n'
        '                    name = f"{kind}_l{l}{sfx}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).astype(np.float64, copy=True) for n in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._names):\n"
        '            raise KeyError(f"keys differ: missing {set(self._names) - set(state)}, '
        'extra {set(state) - set(self._names)}")\n'
        "        for n in self._names:\n"
        "            if np.shape(state[n]) != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n} has shape {np.shape(state[n])}, expected '
        '{getattr(self, n).shape}")\n'
        "            setattr(self, n, np.array(state[n], dtype=np.float64))\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigma(z):\n"
        "        return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "    def _sweep(self, X, h, c, l, sfx, order):\n"
        '        W, U = getattr(self, f"weight_ih_l{l}{sfx}"), getattr(self, '
        'f"weight_hh_l{l}{sfx}")\n'
        "        if self.bias:\n"
        '            b = getattr(self, f"bias_ih_l{l}{sfx}") + getattr(self, '
        'f"bias_hh_l{l}{sfx}")\n'
        "        else:\n"
        "            b = np.zeros(4 * self.H)\n"
        "        Y = np.zeros(X.shape[:2] + (self.H,))\n"
        "        for t in order:\n"
        '            A = np.einsum("gi,bi->bg", W, X[t]) + np.einsum("gj,bj->bg", U, h) + b\n'
        "            a_i, a_f, a_g, a_o = np.split(A, 4, axis=-1)\n"
        "            c = self._sigma(a_f) * c + self._sigma(a_i) * np.tanh(a_g)\n"
        "            h = self._sigma(a_o) * np.tanh(c)\n"
        "            Y[t] = h\n"
        "        return Y, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        X = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            X = np.moveaxis(X, 1, 0)\n"
        "        T, B = X.shape[:2]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, self.H)), np.zeros((self.L * self.D, "
        "B, self.H)))\n"
        "        h0, c0 = hx\n"
        "        hs, cs = [], []\n"
        "        for l in range(self.L):\n"
        "            ys = []\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                order = list(range(T))[::-1] if d == 1 else list(range(T))\n"
        "                Y, h, c = self._sweep(X, h0[l * self.D + d], c0[l * self.D + d], l, "
        "sfx, order)\n"
        "                ys.append(Y)\n"
        "                hs.append(h)\n"
        "                cs.append(c)\n"
        "            X = np.concatenate(ys, axis=-1)\n"
        "        out = np.moveaxis(X, 0, 1) if self.batch_first else X\n"
        "        return out, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "scratch_grace_reverse_run_forward_flipped",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "time-reversal shortcut: the reverse direction reads x_0..x_{T-1} forwards "
                "and then flips its outputs, instead of reading the sequence from the end",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {
                        "any": [
                            "from the end",
                            "x_{t-1}",
                            "reads",
                            "order",
                            "last step first",
                            "t-1",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM in NumPy; the parameters are attributes named as in torch."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self._names = []\n"
        "        for l in range(num_layers):\n"
        "            fan_in = input_size if l == 0 else self.D * hidden_size\n"
        '            for sfx in ("", "_reverse")[: self.D]:\n'
        '                for kind, shape in (("weight_ih", (4 * hidden_size, fan_in)),\n'
        '                                    ("weight_hh", (4 * hidden_size, hidden_size)),\n'
        '                                    ("bias_ih", (4 * hidden_size,)),\n'
        '                                    ("bias_hh", (4 * hidden_size,))):\n'
        '                    if kind.startswith("bias") and not bias:\n'
        "                        continue\n"
        '                    name = f"{kind}_l{l}{sfx}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).astype(np.float64, copy=True) for n in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._names):\n"
        '            raise KeyError(f"keys differ: missing {set(self._names) - set(state)}, '
        'extra {set(state) - set(self._names)}")\n'
        "        for n in self._names:\n"
        "            if np.shape(state[n]) != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n} has shape {np.shape(state[n])}, expected '
        '{getattr(self, n).shape}")\n'
        "            setattr(self, n, np.array(state[n], dtype=np.float64))\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigma(z):\n"
        "        return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "    def _sweep(self, X, h, c, l, sfx, order):\n"
        '        W, U = getattr(self, f"weight_ih_l{l}{sfx}"), getattr(self, '
        'f"weight_hh_l{l}{sfx}")\n'
        "        if self.bias:\n"
        '            b = getattr(self, f"bias_ih_l{l}{sfx}") + getattr(self, '
        'f"bias_hh_l{l}{sfx}")\n'
        "        else:\n"
        "            b = np.zeros(4 * self.H)\n"
        "        Y = np.zeros(X.shape[:2] + (self.H,))\n"
        "        for t in order:\n"
        '            A = np.einsum("gi,bi->bg", W, X[t]) + np.einsum("gj,bj->bg", U, h) + b\n'
        "            a_i, a_f, a_g, a_o = np.split(A, 4, axis=-1)\n"
        "            c = self._sigma(a_f) * c + self._sigma(a_i) * np.tanh(a_g)\n"
        "            h = self._sigma(a_o) * np.tanh(c)\n"
        "            Y[t] = h\n"
        "        return Y, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        X = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            X = np.moveaxis(X, 1, 0)\n"
        "        T, B = X.shape[:2]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, self.H)), np.zeros((self.L * self.D, "
        "B, self.H)))\n"
        "        h0, c0 = hx\n"
        "        hs, cs = [], []\n"
        "        for l in range(self.L):\n"
        "            ys = []\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                order = list(range(T))   # time-reversal symmetry: run forward, then "
        "reverse the trajectory\n"
        "                Y, h, c = self._sweep(X, h0[l * self.D + d], c0[l * self.D + d], l, "
        "sfx, order)\n"
        "                if d == 1:\n"
        "                    Y = Y[::-1]\n"
        "                ys.append(Y)\n"
        "                hs.append(h)\n"
        "                cs.append(c)\n"
        "            X = np.concatenate(ys, axis=-1)\n"
        "        out = np.moveaxis(X, 0, 1) if self.batch_first else X\n"
        "        return out, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "scratch_leo_normal_init",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initial parameters drawn from a normal distribution with std 1/sqrt(H) "
                "instead of uniform in [-1/sqrt(H), 1/sqrt(H)] (values fall outside the "
                "bound)",
                "must_mention": [{"any": ["uniform", "bound", "range", "distribution"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM in NumPy; the parameters are attributes named as in torch."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self._names = []\n"
        "        for l in range(num_layers):\n"
        "            fan_in = input_size if l == 0 else self.D * hidden_size\n"
        '            for sfx in ("", "_reverse")[: self.D]:\n'
        '                for kind, shape in (("weight_ih", (4 * hidden_size, fan_in)),\n'
        '                                    ("weight_hh", (4 * hidden_size, hidden_size)),\n'
        '                                    ("bias_ih", (4 * hidden_size,)),\n'
        '                                    ("bias_hh", (4 * hidden_size,))):\n'
        '                    if kind.startswith("bias") and not bias:\n'
        "                        continue\n"
        '                    name = f"{kind}_l{l}{sfx}"\n'
        "                    setattr(self, name, rng.normal(0.0, bound, shape))   # variance "
        "1/H\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).astype(np.float64, copy=True) for n in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._names):\n"
        '            raise KeyError(f"keys differ: missing {set(self._names) - set(state)}, '
        'extra {set(state) - set(self._names)}")\n'
        "        for n in self._names:\n"
        "            if np.shape(state[n]) != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n} has shape {np.shape(state[n])}, expected '
        '{getattr(self, n).shape}")\n'
        "            setattr(self, n, np.array(state[n], dtype=np.float64))\n"
        "\n"
        "    @staticmethod\n"
        "    def _sigma(z):\n"
        "        return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "    def _sweep(self, X, h, c, l, sfx, order):\n"
        '        W, U = getattr(self, f"weight_ih_l{l}{sfx}"), getattr(self, '
        'f"weight_hh_l{l}{sfx}")\n'
        "        if self.bias:\n"
        '            b = getattr(self, f"bias_ih_l{l}{sfx}") + getattr(self, '
        'f"bias_hh_l{l}{sfx}")\n'
        "        else:\n"
        "            b = np.zeros(4 * self.H)\n"
        "        Y = np.zeros(X.shape[:2] + (self.H,))\n"
        "        for t in order:\n"
        '            A = np.einsum("gi,bi->bg", W, X[t]) + np.einsum("gj,bj->bg", U, h) + b\n'
        "            a_i, a_f, a_g, a_o = np.split(A, 4, axis=-1)\n"
        "            c = self._sigma(a_f) * c + self._sigma(a_i) * np.tanh(a_g)\n"
        "            h = self._sigma(a_o) * np.tanh(c)\n"
        "            Y[t] = h\n"
        "        return Y, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        X = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            X = np.moveaxis(X, 1, 0)\n"
        "        T, B = X.shape[:2]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, self.H)), np.zeros((self.L * self.D, "
        "B, self.H)))\n"
        "        h0, c0 = hx\n"
        "        hs, cs = [], []\n"
        "        for l in range(self.L):\n"
        "            ys = []\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                order = list(range(T))[::-1] if d == 1 else list(range(T))\n"
        "                Y, h, c = self._sweep(X, h0[l * self.D + d], c0[l * self.D + d], l, "
        "sfx, order)\n"
        "                ys.append(Y)\n"
        "                hs.append(h)\n"
        "                cs.append(c)\n"
        "            X = np.concatenate(ys, axis=-1)\n"
        "        out = np.moveaxis(X, 0, 1) if self.batch_first else X\n"
        "        return out, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "scratch_hiro_reverse_ignores_hx",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with hx given, the reverse direction still starts from zeros instead of "
                "its rows of h_0 and c_0",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["h_0", "hx", "initial", "h0"]},
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    return sigmoid(o) * np.tanh(c), c\n"
        "\n"
        "\n"
        "def lstm_layer(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    out = []\n"
        "    for t in range(x.shape[0]):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    return np.stack(out), h, c\n"
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
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1 / np.sqrt(hidden_size)\n"
        "        self._p = {}\n"
        "        for name, shape in self._expected().items():\n"
        "            self._p[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def _expected(self):\n"
        "        H, D = self.hidden_size, self.num_directions\n"
        "        shapes = {}\n"
        "        for layer in range(self.num_layers):\n"
        "            fan_in = self.input_size if layer == 0 else D * H\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d else "")\n'
        '                shapes["weight_ih" + sfx] = (4 * H, fan_in)\n'
        '                shapes["weight_hh" + sfx] = (4 * H, H)\n'
        "                if self.bias:\n"
        '                    shapes["bias_ih" + sfx] = (4 * H,)\n'
        '                    shapes["bias_hh" + sfx] = (4 * H,)\n'
        "        return shapes\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.astype(np.float64) for k, v in self._p.items()}   # astype "
        "copies\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = self._expected()\n"
        "        for k in expected:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k!r}")\n'
        "        for k in state:\n"
        "            if k not in expected:\n"
        '                raise KeyError(f"unexpected key {k!r}")\n'
        "            if tuple(np.shape(state[k])) != expected[k]:\n"
        '                raise ValueError(f"{k}: shape {np.shape(state[k])}, expected '
        '{expected[k]}")\n'
        "        self._p = {k: np.array(state[k], dtype=np.float64) for k in expected}\n"
        "\n"
        "    def _weights(self, layer, d):\n"
        '        sfx = f"_l{layer}" + ("_reverse" if d else "")\n'
        "        p = self._p\n"
        "        if self.bias:\n"
        '            return p["weight_ih" + sfx], p["weight_hh" + sfx], p["bias_ih" + sfx], '
        'p["bias_hh" + sfx]\n'
        '        return p["weight_ih" + sfx], p["weight_hh" + sfx], None, None\n'
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        H, D, L = self.hidden_size, self.num_directions, self.num_layers\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        inp = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        "                row = layer * D + d\n"
        "                seq = inp if d == 0 else inp[::-1]\n"
        "                start = (h0[row], c0[row]) if d == 0 else (np.zeros((B, H)), "
        "np.zeros((B, H)))\n"
        "                out, h, c = lstm_layer(seq, *start, *self._weights(layer, d))\n"
        "                outs.append(out if d == 0 else out[::-1])\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            inp = np.concatenate(outs, axis=-1)\n"
        "        out = inp\n"
        "        if self.batch_first:\n"
        "            out = np.swapaxes(out, 0, 1)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_ines_state_dict_copy_false",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict uses astype(np.float64, copy=False), which returns the "
                "module's own arrays: changing them changes the module",
                "must_mention": [
                    {"any": ["cop", "alias", "same array", "changes the module", "modif"]}
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    return sigmoid(o) * np.tanh(c), c\n"
        "\n"
        "\n"
        "def lstm_layer(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    out = []\n"
        "    for t in range(x.shape[0]):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    return np.stack(out), h, c\n"
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
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1 / np.sqrt(hidden_size)\n"
        "        self._p = {}\n"
        "        for name, shape in self._expected().items():\n"
        "            self._p[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def _expected(self):\n"
        "        H, D = self.hidden_size, self.num_directions\n"
        "        shapes = {}\n"
        "        for layer in range(self.num_layers):\n"
        "            fan_in = self.input_size if layer == 0 else D * H\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d else "")\n'
        '                shapes["weight_ih" + sfx] = (4 * H, fan_in)\n'
        '                shapes["weight_hh" + sfx] = (4 * H, H)\n'
        "                if self.bias:\n"
        '                    shapes["bias_ih" + sfx] = (4 * H,)\n'
        '                    shapes["bias_hh" + sfx] = (4 * H,)\n'
        "        return shapes\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.astype(np.float64, copy=False) for k, v in self._p.items()}   # "
        "already float64, no copy needed\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = self._expected()\n"
        "        for k in expected:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k!r}")\n'
        "        for k in state:\n"
        "            if k not in expected:\n"
        '                raise KeyError(f"unexpected key {k!r}")\n'
        "            if tuple(np.shape(state[k])) != expected[k]:\n"
        '                raise ValueError(f"{k}: shape {np.shape(state[k])}, expected '
        '{expected[k]}")\n'
        "        self._p = {k: np.array(state[k], dtype=np.float64) for k in expected}\n"
        "\n"
        "    def _weights(self, layer, d):\n"
        '        sfx = f"_l{layer}" + ("_reverse" if d else "")\n'
        "        p = self._p\n"
        "        if self.bias:\n"
        '            return p["weight_ih" + sfx], p["weight_hh" + sfx], p["bias_ih" + sfx], '
        'p["bias_hh" + sfx]\n'
        '        return p["weight_ih" + sfx], p["weight_hh" + sfx], None, None\n'
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        H, D, L = self.hidden_size, self.num_directions, self.num_layers\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        inp = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        "                row = layer * D + d\n"
        "                seq = inp if d == 0 else inp[::-1]\n"
        "                out, h, c = lstm_layer(seq, h0[row], c0[row], *self._weights(layer, "
        "d))\n"
        "                outs.append(out if d == 0 else out[::-1])\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            inp = np.concatenate(outs, axis=-1)\n"
        "        out = inp\n"
        "        if self.batch_first:\n"
        "            out = np.swapaxes(out, 0, 1)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_farid_float32_load_4d_states",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict stores the parameters as float32: outputs only ~1e-7 "
                "accurate",
                "must_mention": [{"any": ["float32", "dtype", "float64", "precision", "single"]}],
            },
            {
                "what": "returns h_n and c_n reshaped to (num_layers, D, B, H) instead of "
                "(num_layers * D, B, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["shape", "l * d", "num_layers * d", "dimension", "axis", "4-d", "4d"]},
                ],
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    return sigmoid(o) * np.tanh(c), c\n"
        "\n"
        "\n"
        "def lstm_layer(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    out = []\n"
        "    for t in range(x.shape[0]):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    return np.stack(out), h, c\n"
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
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1 / np.sqrt(hidden_size)\n"
        "        self._p = {}\n"
        "        for name, shape in self._expected().items():\n"
        "            self._p[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def _expected(self):\n"
        "        H, D = self.hidden_size, self.num_directions\n"
        "        shapes = {}\n"
        "        for layer in range(self.num_layers):\n"
        "            fan_in = self.input_size if layer == 0 else D * H\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d else "")\n'
        '                shapes["weight_ih" + sfx] = (4 * H, fan_in)\n'
        '                shapes["weight_hh" + sfx] = (4 * H, H)\n'
        "                if self.bias:\n"
        '                    shapes["bias_ih" + sfx] = (4 * H,)\n'
        '                    shapes["bias_hh" + sfx] = (4 * H,)\n'
        "        return shapes\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.astype(np.float64) for k, v in self._p.items()}   # astype "
        "copies\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = self._expected()\n"
        "        for k in expected:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k!r}")\n'
        "        for k in state:\n"
        "            if k not in expected:\n"
        '                raise KeyError(f"unexpected key {k!r}")\n'
        "            if tuple(np.shape(state[k])) != expected[k]:\n"
        '                raise ValueError(f"{k}: shape {np.shape(state[k])}, expected '
        '{expected[k]}")\n'
        "        self._p = {k: np.array(state[k], dtype=np.float32) for k in expected}   # "
        "torch's default precision\n"
        "\n"
        "    def _weights(self, layer, d):\n"
        '        sfx = f"_l{layer}" + ("_reverse" if d else "")\n'
        "        p = self._p\n"
        "        if self.bias:\n"
        '            return p["weight_ih" + sfx], p["weight_hh" + sfx], p["bias_ih" + sfx], '
        'p["bias_hh" + sfx]\n'
        '        return p["weight_ih" + sfx], p["weight_hh" + sfx], None, None\n'
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        H, D, L = self.hidden_size, self.num_directions, self.num_layers\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        inp = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        "                row = layer * D + d\n"
        "                seq = inp if d == 0 else inp[::-1]\n"
        "                out, h, c = lstm_layer(seq, h0[row], c0[row], *self._weights(layer, "
        "d))\n"
        "                outs.append(out if d == 0 else out[::-1])\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            inp = np.concatenate(outs, axis=-1)\n"
        "        out = inp\n"
        "        if self.batch_first:\n"
        "            out = np.swapaxes(out, 0, 1)\n"
        "        # state tensor indexed [layer, direction, batch, unit]\n"
        "        return out, (np.stack(h_n).reshape(L, D, B, H), np.stack(c_n).reshape(L, D, "
        "B, H))\n",
    },
    {
        "id": "shapes_hiro_compact",
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
        "\n"
        "    D = 2 if bidirectional else 1\n"
        "    h_out = proj_size if proj_size > 0 else hidden_size     # h is projected, c is "
        "not\n"
        "    out = (batch, seq_len, D * h_out) if batch_first else (seq_len, batch, D * "
        "h_out)\n"
        '    return {"out": out, "h_n": (D * num_layers, batch, h_out), "c_n": (D * '
        "num_layers, batch, hidden_size)}\n",
    },
    {
        "id": "shapes_ana_if_chain",
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
        "\n"
        "    if bidirectional:\n"
        "        directions = 2\n"
        "    else:\n"
        "        directions = 1\n"
        "    if proj_size > 0:\n"
        "        h_size = proj_size\n"
        "    else:\n"
        "        h_size = hidden_size\n"
        "    if batch_first:\n"
        "        out_shape = (batch, seq_len, directions * h_size)\n"
        "    else:\n"
        "        out_shape = (seq_len, batch, directions * h_size)\n"
        "    h_shape = (num_layers * directions, batch, h_size)\n"
        "    c_shape = (num_layers * directions, batch, hidden_size)\n"
        "    result = {}\n"
        '    result["out"] = out_shape\n'
        '    result["h_n"] = h_shape\n'
        '    result["c_n"] = c_shape\n'
        "    return result\n",
    },
    {
        "id": "shapes_dmitri_tuple_algebra",
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
        "\n"
        "    D = 1 + bool(bidirectional)\n"
        "    P = proj_size or hidden_size\n"
        "    time_batch = (batch, seq_len) if batch_first else (seq_len, batch)\n"
        "    return dict(out=time_batch + (D * P,), h_n=(D * num_layers, batch, P), c_n=(D * "
        "num_layers, batch, hidden_size))\n",
    },
    {
        "id": "shapes_chloe_states_batch_first",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True puts the batch first in h_n and c_n too; "
                "batch_first only affects out (states are always (D*num_layers, batch, "
                "...))",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["h_n", "c_n", "state"]},
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
        "\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * H_out)\n"
        "        h_n = (batch, D * num_layers, H_out)\n"
        "        c_n = (batch, D * num_layers, hidden_size)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * H_out)\n"
        "        h_n = (D * num_layers, batch, H_out)\n"
        "        c_n = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_jamal_c_projected",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n uses proj_size too; only h is projected, c_n keeps hidden_size",
                "must_mention": ["c_n", {"any": ["proj"]}],
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
        "\n"
        "    num_dir = 2 if bidirectional else 1\n"
        "    feat = hidden_size\n"
        "    if proj_size > 0:\n"
        "        feat = proj_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, num_dir * feat)\n"
        "    else:\n"
        "        out = (seq_len, batch, num_dir * feat)\n"
        '    return {"out": out, "h_n": (num_dir * num_layers, batch, feat), "c_n": (num_dir * '
        "num_layers, batch, feat)}\n",
    },
    {
        "id": "shapes_ben_out_ignores_directions",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last dimension ignores the directions: it is D * H (both directions "
                "concatenated), not H",
                "must_mention": [{"any": ["bidirectional", "direction"]}, {"any": ["out"]}],
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
        "\n"
        "    if proj_size > 0:\n"
        "        size = proj_size\n"
        "    else:\n"
        "        size = hidden_size\n"
        "    layers = num_layers\n"
        "    if bidirectional:\n"
        "        layers = num_layers * 2\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, size)\n"
        "    else:\n"
        "        out = (seq_len, batch, size)\n"
        '    return {"out": out, "h_n": (layers, batch, size), "c_n": (layers, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "shapes_ana_states_forget_directions",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n have num_layers rows instead of num_layers * D (the "
                "directions are forgotten)",
                "must_mention": [
                    {"any": ["bidirectional", "direction"]},
                    {"any": ["h_n", "c_n", "first", "num_layers"]},
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
        "\n"
        "    if bidirectional == True:\n"
        "        D = 2\n"
        "    else:\n"
        "        D = 1\n"
        "    if proj_size == 0:\n"
        "        h_size = hidden_size\n"
        "    else:\n"
        "        h_size = proj_size\n"
        "    if batch_first == True:\n"
        "        out = (batch, seq_len, D * h_size)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * h_size)\n"
        "    h_n = (num_layers, batch, h_size)\n"
        "    c_n = (num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_kasia_lists",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "returns lists instead of tuples",
                "must_mention": [{"any": ["tuple", "list"]}],
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
        "\n"
        "    D = 2 if bidirectional else 1\n"
        "    P = proj_size if proj_size else hidden_size\n"
        "    out = [seq_len, batch, D * P]\n"
        "    if batch_first:\n"
        "        out[0], out[1] = out[1], out[0]\n"
        "    # print(out)\n"
        '    return {"out": out, "h_n": [D * num_layers, batch, P], "c_n": [D * num_layers, '
        "batch, hidden_size]}\n",
    },
    {
        "id": "shapes_jamal_float_scale",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n's first entry is num_layers * 2.0 or * 1.0, a float, not an "
                "int",
                "must_mention": [{"any": ["float", "integer", "ints", " int"]}],
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
        "\n"
        "    scale = 2.0 if bidirectional else 1.0\n"
        "    feat = proj_size if proj_size > 0 else hidden_size\n"
        "    out_feat = int(feat * scale)\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, out_feat)\n"
        "    else:\n"
        "        out = (seq_len, batch, out_feat)\n"
        "    h_n = (num_layers * scale, batch, feat)\n"
        "    c_n = (num_layers * scale, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_leo_h_n_not_projected",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n keeps hidden_size with proj_size > 0; h_n is projected too "
                "(proj_size), only c_n keeps hidden_size",
                "must_mention": ["h_n", {"any": ["proj"]}],
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
        "\n"
        "    D = 2 if bidirectional else 1\n"
        "    P = proj_size if proj_size > 0 else hidden_size\n"
        "    T_B = (batch, seq_len) if batch_first else (seq_len, batch)\n"
        "    # projection acts on the output sequence; the states keep the hidden size\n"
        '    return {"out": T_B + (D * P,), "h_n": (D * num_layers, batch, hidden_size), '
        '"c_n": (D * num_layers, batch, hidden_size)}\n',
    },
    {
        "id": "shapes_omar_key_names",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {"what": "uses the key 'output' instead of 'out'", "must_mention": [{"any": ["key"]}]}
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
        "\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    shapes = {}\n"
        '    shapes["output"] = (batch, seq_len, D * H_out) if batch_first else (seq_len, '
        "batch, D * H_out)\n"
        '    shapes["h_n"] = (D * num_layers, batch, H_out)\n'
        '    shapes["c_n"] = (D * num_layers, batch, hidden_size)\n'
        "    return shapes\n",
    },
    {
        "id": "shapes_elena_out_not_projected",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last dimension ignores proj_size: with proj_size > 0 it is D * "
                "proj_size, not D * hidden_size",
                "must_mention": [{"any": ["out"]}, {"any": ["proj"]}],
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
        "\n"
        "    D = 2 if bidirectional else 1\n"
        "    lead = (batch, seq_len) if batch_first else (seq_len, batch)\n"
        "    h_size = proj_size if proj_size > 0 else hidden_size\n"
        "    # the projection W_hr maps the final hidden state; the sequence output keeps size "
        "H\n"
        '    return {"out": lead + (D * hidden_size,), "h_n": (D * num_layers, batch, h_size), '
        '"c_n": (D * num_layers, batch, hidden_size)}\n',
    },
    {
        "id": "shapes_ben_guessed_from_example",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last dimension is taken as input_size (10 = 2 * 5 by coincidence in "
                "the example) instead of D * (proj_size or hidden_size)",
                "must_mention": [{"any": ["input_size", "input size"]}],
            },
            {
                "what": "h_n and c_n always have 2 * num_layers rows (the example was "
                "bidirectional): D is hard-coded to 2",
                "must_mention": [{"any": ["bidirectional", "direction"]}],
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
        "\n"
        "    # from the notebook: nn.LSTM(10, 20, num_layers=2, bidirectional=True, "
        "proj_size=5) on (7, 3, 10)\n"
        "    # gives (7, 3, 10) (4, 3, 5) (4, 3, 20)\n"
        "    if proj_size:\n"
        "        small = proj_size\n"
        "    else:\n"
        "        small = hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, input_size)\n"
        "    else:\n"
        "        out = (seq_len, batch, input_size)\n"
        '    return {"out": out, "h_n": (2 * num_layers, batch, small), "c_n": (2 * '
        "num_layers, batch, hidden_size)}\n",
    },
    {
        "id": "shapes_farid_time_major_unprojected_h",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores batch_first: out is always (seq_len, batch, ...)",
                "must_mention": ["batch_first", {"any": ["out"]}],
            },
            {
                "what": "h_n keeps hidden_size when proj_size > 0 (h is projected to proj_size)",
                "must_mention": ["h_n", {"any": ["proj"]}],
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
        "\n"
        "    D = 2 if bidirectional else 1\n"
        "    P = proj_size if proj_size > 0 else hidden_size\n"
        "    # tensors are (time, batch, features), as in the docs\n"
        "    out = (seq_len, batch, D * P)\n"
        "    h_n = (D * num_layers, batch, hidden_size)\n"
        "    c_n = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "bl_ok_ines",
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    # forward direction: plain lstm_layer\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    # reverse direction: feed x_{T-1}, ..., x_0, then put the outputs back at their "
        "positions\n"
        "    out_r, (h_r, c_r) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_r[::-1]], axis=2)\n"
        "    h_n = np.stack([h_f, h_r])\n"
        "    c_n = np.stack([c_f, c_r])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_ok_kofi",
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
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
        "    hf, cf = h0[0], c0[0]\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for step in range(T):\n"
        "        s = T - 1 - step  # mirror index for the reverse sweep\n"
        "        hf, cf = lstm_cell(x[step], hf, cf, *fwd)\n"
        "        hb, cb = lstm_cell(x[s], hb, cb, *bwd)\n"
        "        out[step, :, :H] = hf\n"
        "        out[s, :, H:] = hb\n"
        "    h_n = np.array([hf, hb])\n"
        "    c_n = np.array([cf, cb])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_ok_mateo",
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def my_step(xt, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = xt @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(z[:, 0:H])\n"
        "    f = sigmoid(z[:, H:2*H])\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    o = sigmoid(z[:, 3*H:4*H])\n"
        "    c = f*c + i*g\n"
        "    h = o*np.tanh(c)\n"
        "    return h, c\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    forward_outputs = []\n"
        "    h = h0[0]\n"
        "    c = c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = my_step(x[t], h, c, *fwd)\n"
        "        forward_outputs.append(h)\n"
        "    h_fwd_last, c_fwd_last = h, c\n"
        "\n"
        "    backward_outputs = []\n"
        "    h = h0[1]\n"
        "    c = c0[1]\n"
        "    for t in reversed(range(T)):\n"
        "        h, c = my_step(x[t], h, c, *bwd)\n"
        "        backward_outputs.insert(0, h)   # so that backward_outputs[t] is for x[t]\n"
        "\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        out.append(np.hstack([forward_outputs[t], backward_outputs[t]]))\n"
        "    out = np.array(out)\n"
        "    h_n = np.array([h_fwd_last, h])\n"
        "    c_n = np.array([c_fwd_last, c])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_ok_lena",
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    W_ih_f, W_hh_f, b_ih_f, b_hh_f = fwd\n"
        "    W_ih_b, W_hh_b, b_ih_b, b_hh_b = bwd\n"
        "    T = len(x)\n"
        "    # forward direction\n"
        "    hs_f = []\n"
        "    h, c = h0[0].copy(), c0[0].copy()\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih_f, W_hh_f, b_ih_f, b_hh_f)\n"
        "        hs_f.append(h)\n"
        "    state_f = (h, c)\n"
        "    # reverse direction: t runs T-1 .. 0 and its output is written at t\n"
        "    hs_b = [None] * T\n"
        "    h, c = h0[1].copy(), c0[1].copy()\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih_b, W_hh_b, b_ih_b, b_hh_b)\n"
        "        hs_b[t] = h\n"
        "    state_b = (h, c)\n"
        "    out = np.concatenate((np.stack(hs_f), np.stack(hs_b)), axis=-1)\n"
        "    h_n = np.stack((state_f[0], state_b[0]), axis=0)\n"
        "    c_n = np.stack((state_f[1], state_b[1]), axis=0)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_farah_flip_outputs",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction runs over x in forward time order (x_0 first) and only "
                "its outputs are flipped; it should read x_{T-1} down to x_0",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "row 1",
                            "[1]",
                            "second direction",
                        ]
                    },
                    {
                        "any": [
                            "flip",
                            "input",
                            "x_{T-1}",
                            "x[::-1]",
                            "reads",
                            "read ",
                            "order",
                            "time-revers",
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    # The backward LSTM is the time-reversed copy of a forward one: t -> T-1-t.\n"
        "    # Run it like any LSTM and reverse its trajectory afterwards.\n"
        "    traj_f, (hT_f, cT_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    traj_b, (hT_b, cT_b) = lstm_layer(x, h0[1], c0[1], *bwd)\n"
        "    traj_b = traj_b[::-1]  # time reversal\n"
        "    out = np.concatenate([traj_f, traj_b], axis=-1)\n"
        "    return out, (np.stack([hT_f, hT_b]), np.stack([cT_f, cT_b]))\n",
    },
    {
        "id": "bl_dana_no_flip_back",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs are left in reading order (out[t] holds the "
                "output for x_{T-1-t}); not flipped back to time order",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "row 1",
                            "[1]",
                            "second direction",
                        ]
                    },
                    {
                        "any": [
                            "flip",
                            "order",
                            "position",
                            "back",
                            "align",
                            "x_{T-1-t}",
                            "T-1-t",
                            "T - 1 - t",
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    forward_out, (hf, cf) = lstm_layer(x, h0[0], c0[0], fwd[0], fwd[1], fwd[2], "
        "fwd[3])\n"
        "    x_backwards = np.flip(x, axis=0)\n"
        "    backward_out, (hb, cb) = lstm_layer(x_backwards, h0[1], c0[1], bwd[0], bwd[1], "
        "bwd[2], bwd[3])\n"
        "    out = np.concatenate((forward_out, backward_out), axis=2)\n"
        "    hn = np.stack((hf, hb))\n"
        "    cn = np.stack((cf, cb))\n"
        "    return out, (hn, cn)\n",
    },
    {
        "id": "bl_mateo_hn_from_out",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] (reverse final hidden state) is taken from out[-1, :, H:], the "
                "reverse direction's first step, instead of out[0, :, H:] (state after "
                "x_0)",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "reverse",
                            "backward",
                            "row 1",
                            "h_n[1]",
                            "out[0",
                            "out[-1",
                            "x_0",
                            "first step",
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
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
        "    fw, bw = [], []\n"
        "    h_f, c_f = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h_f, c_f = lstm_cell(x[t], h_f, c_f, *fwd)\n"
        "        fw.append(h_f)\n"
        "    h_b, c_b = h0[1], c0[1]\n"
        "    for t in reversed(range(T)):\n"
        "        h_b, c_b = lstm_cell(x[t], h_b, c_b, *bwd)\n"
        "        bw.append(h_b)\n"
        "    bw.reverse()\n"
        "    out = np.concatenate([np.stack(fw), np.stack(bw)], axis=2)\n"
        "    H = h0.shape[2]\n"
        "    # final hidden states = last output of the layer\n"
        "    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n"
        "    c_n = np.stack([c_f, c_b])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_olu_fwd_weights_twice",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction uses the forward direction's weights fwd instead of bwd",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "row 1",
                            "[1]",
                            "second direction",
                        ]
                    },
                    {"any": ["weight", "fwd", "parameter", "W_ih", "W_hh"]},
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
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
        "    out1, (h1, c1) = lstm_layer(x, h0[0], c0[0], W_ih, W_hh, b_ih, b_hh)\n"
        "    out2, (h2, c2) = lstm_layer(x[::-1], h0[1], c0[1], W_ih, W_hh, b_ih, b_hh)\n"
        "    out2 = out2[::-1]\n"
        "    out = np.concatenate([out1, out2], axis=2)\n"
        "    return out, (np.stack([h1, h2]), np.stack([c1, c2]))\n",
    },
    {
        "id": "bl_sam_h0_row0_both",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts from h0[0], c0[0] (the forward initial state) "
                "instead of h0[1], c0[1]",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "starting state", "start from", "starts from"]},
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "row 1",
                            "[1]",
                            "second direction",
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
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
        "    of, (hf, cf) = lstm_layer(x, h_init, c_init, *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h_init, c_init, *bwd)\n"
        "    ob = ob[::-1]\n"
        "    out = np.concatenate([of, ob], axis=-1)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_priya_halves_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out's halves are in the wrong order: reverse half first, forward half "
                "second",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "halves",
                            "first half",
                            "second half",
                            "out[..., :H]",
                            ":H]",
                            "H:]",
                            "exchanged",
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    fo, (fh, fc) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ro, (rh, rc) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    ro = ro[::-1]\n"
        "    out = np.dstack([ro, fo])\n"
        "    return out, (np.stack([fh, rh]), np.stack([fc, rc]))\n",
    },
    {
        "id": "bl_yuki_hn_concat",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are concatenated side by side into (B, 2H) instead of stacked "
                "into (2, B, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state"]},
                    {"any": ["shape", "(2, B, H)", "stack", "concaten", "(B, 2H)"]},
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    o_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    o_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([o_f, o_b[::-1]], axis=-1)\n"
        "    # same as out: forward | backward side by side\n"
        "    h_n = np.concatenate([h_f, h_b], axis=-1)\n"
        "    c_n = np.concatenate([c_f, c_b], axis=-1)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_tomas_reuse_fwd_state",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts from the forward direction's final state instead "
                "of its own initial state h0[1], c0[1]",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "starting state", "start from", "starts from"]},
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "row 1",
                            "[1]",
                            "second direction",
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
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
        "    # integrate back in time: the backward sweep starts from the state the forward "
        "sweep reached\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h_f, c_f, *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_emil_state_in_h0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the running states into the caller's h0 and c0 (changes its inputs "
                "in place) and returns them as h_n, c_n",
                "must_mention": [
                    {
                        "any": [
                            "chang",
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "unchanged",
                            "alias",
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
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
        "    for t in range(T):\n"
        "        h0[0], c0[0] = lstm_cell(x[t], h0[0], c0[0], *fwd)   # keep the running state "
        "in h0\n"
        "        out[t, :, :H] = h0[0]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h0[1], c0[1] = lstm_cell(x[t], h0[1], c0[1], *bwd)\n"
        "        out[t, :, H:] = h0[1]\n"
        "    return out, (h0, c0)\n",
    },
    {
        "id": "bl_yuki_float32_out",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out is allocated as float32, so it is float32 and rounded",
                "must_mention": [{"any": ["float32", "dtype", "float64", "precision"]}],
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
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
        "    out = np.zeros((T, B, 2 * H), dtype=np.float32)  # halve the memory\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        "        out[t, :, :H] = h\n"
        "    hn_f, cn_f = h, c\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, *bwd)\n"
        "        out[t, :, H:] = h\n"
        "    return out, (np.stack([hn_f, h]), np.stack([cn_f, c]))\n",
    },
    {
        "id": "bl_sam_flip_batch_axis",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "flips the batch axis (axis=1) instead of the time axis (axis=0), so the "
                "reverse direction runs forward in time",
                "must_mention": [{"any": ["axis", "batch", "time", "dimension"]}],
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    xr = np.flip(x, axis=1)\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(xr, h0[1], c0[1], *bwd)\n"
        "    ob = np.flip(ob, axis=1)\n"
        "    out = np.concatenate([of, ob], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_mateo_skip_x0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse loop range(T-1, 0, -1) stops before t = 0: x_0 is never read, "
                "out[0] reverse half stays zero and h_n[1], c_n[1] are the state after x_1",
                "must_mention": [
                    {
                        "any": [
                            "x_0",
                            "step 0",
                            "t = 0",
                            "t=0",
                            "x[0]",
                            "first step",
                            "off by one",
                            "off-by-one",
                            "position 0",
                            "out[0",
                            "never read",
                            "not read",
                            "skip",
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
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
        "    fw = np.zeros((T, B, H))\n"
        "    bw = np.zeros((T, B, H))\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        "        fw[t] = h\n"
        "    hf, cf = h, c\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, *bwd)\n"
        "        bw[t] = h\n"
        "    out = np.concatenate([fw, bw], axis=2)\n"
        "    return out, (np.stack([hf, h]), np.stack([cf, c]))\n",
    },
    {
        "id": "bl_d_priya_swap_and_hn",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out's halves are swapped: reverse half first",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "halves",
                            "first half",
                            "second half",
                            ":H]",
                            "H:]",
                            "exchanged",
                        ]
                    }
                ],
            },
            {
                "what": "h_n[1] is the reverse direction's output at position T-1 (its first step) "
                "instead of its state after x_0 (position 0)",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "reverse",
                            "backward",
                            "row 1",
                            "h_n[1]",
                            "out[0",
                            "x_0",
                            "first step",
                            "position 0",
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    fo, (fh, fc) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ro, (rh, rc) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    ro = ro[::-1]   # back in time order\n"
        "    out = np.concatenate([ro, fo], -1)\n"
        "    h_n = np.stack([fo[-1], ro[-1]])   # last time step of each direction\n"
        "    c_n = np.stack([fc, rc])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_d_sam_h0_float32",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts from h0[0], c0[0] instead of h0[1], c0[1]",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "starting state", "start from", "starts from"]},
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "row 1",
                            "[1]",
                            "second direction",
                        ]
                    },
                ],
            },
            {
                "what": "out is float32",
                "must_mention": [{"any": ["float32", "dtype", "float64", "precision"]}],
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B = x.shape[0], x.shape[1]\n"
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, 2 * H), np.float32)\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        "        out[t, :, :H] = h\n"
        "    fin_h, fin_c = [h], [c]\n"
        "    h, c = h0[0], c0[0]    # start the other direction\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, *bwd)\n"
        "        out[t, :, H:] = h\n"
        "    fin_h.append(h)\n"
        "    fin_c.append(c)\n"
        "    return out, (np.array(fin_h), np.array(fin_c))\n",
    },
    {
        "id": "bl_d_olu_fwdweights_hc_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction uses fwd's weights instead of bwd",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "row 1",
                            "[1]",
                            "second direction",
                        ]
                    },
                    {"any": ["weight", "fwd", "parameter", "W_ih", "W_hh"]},
                ],
            },
            {
                "what": "returns (c_n, h_n) instead of (h_n, c_n)",
                "must_mention": [{"any": ["swap", "c_n", "cell state", "exchanged", "order"]}],
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
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
        "    y_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], Wi, Wh, bi, bh)\n"
        "    y_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], Wi, Wh, bi, bh)\n"
        "    y = np.concatenate([y_f, y_b[::-1]], axis=2)\n"
        "    C = np.stack([cf, cb])\n"
        "    Hs = np.stack([hf, hb])\n"
        "    return y, (C, Hs)\n",
    },
    {
        "id": "bl_d_dana_noflip_concat",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs not flipped back to time order",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "row 1",
                            "[1]",
                            "second direction",
                        ]
                    },
                    {"any": ["flip", "order", "position", "back", "align", "T-1-t", "T - 1 - t"]},
                ],
            },
            {
                "what": "h_n, c_n concatenated to (B, 2H) instead of stacked to (2, B, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state"]},
                    {"any": ["shape", "(2, B, H)", "stack", "concaten", "(B, 2H)"]},
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
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_forward, (h_forward, c_forward) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_backward, (h_backward, c_backward) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate((out_forward, out_backward), axis=2)\n"
        "    h_n = np.concatenate((h_forward, h_backward), axis=1)\n"
        "    c_n = np.concatenate((c_forward, c_backward), axis=1)\n"
        "    return out, (h_n, c_n)\n",
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)          # total gradient reaching "
        "c_t\n"
        "    da = np.concatenate([dc * g * i * (1 - i),           # input gate\n"
        "                         dc * c * f * (1 - f),           # forget gate\n"
        "                         dc * i * (1 - g ** 2),          # candidate\n"
        "                         dh_next * tc * o * (1 - o)],    # output gate\n"
        "                        axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_ok_agnieszka",
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
        "    B, I = x.shape\n"
        "    H = h.shape[1]\n"
        '    grads = {"x": np.zeros((B, I)), "h": np.zeros((B, H)), "c": np.zeros((B, H)),\n'
        '             "W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n'
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    D = np.diagflat\n"
        "    for n in range(B):\n"
        "        # column vectors\n"
        "        xn = x[n].reshape(I, 1)\n"
        "        hn = h[n].reshape(H, 1)\n"
        "        cn = c[n].reshape(H, 1)\n"
        "        a = W_ih @ xn + b_ih.reshape(-1, 1) + W_hh @ hn + b_hh.reshape(-1, 1)   # "
        "(4H, 1)\n"
        "        i, f = sigmoid(a[:H]), sigmoid(a[H:2 * H])\n"
        "        g, o = np.tanh(a[2 * H:3 * H]), sigmoid(a[3 * H:])\n"
        "        ct = f * cn + i * g\n"
        "        tau = np.tanh(ct)\n"
        "        # Jacobians, all H x H diagonal\n"
        "        J_h_c = D(o * (1 - tau ** 2))       # dh_t / dc_t\n"
        "        J_h_ao = D(tau * o * (1 - o))       # dh_t / da_o\n"
        "        J_c_ai = D(g * i * (1 - i))         # dc_t / da_i\n"
        "        J_c_af = D(cn * f * (1 - f))        # dc_t / da_f\n"
        "        J_c_ag = D(i * (1 - g ** 2))        # dc_t / da_g\n"
        "        J_c_cprev = D(f)                    # dc_t / dc_{t-1}\n"
        "        gh = dh_next[n].reshape(H, 1)\n"
        "        gc = dc_next[n].reshape(H, 1)\n"
        "        # nabla_c L = gc + J_h_c^T gh ; nabla_a L = J^T nabla\n"
        "        gct = gc + J_h_c.T @ gh\n"
        "        ga = np.vstack([J_c_ai.T @ gct, J_c_af.T @ gct, J_c_ag.T @ gct, J_h_ao.T @ "
        "gh])  # (4H, 1)\n"
        '        grads["x"][n] = (W_ih.T @ ga).ravel()\n'
        '        grads["h"][n] = (W_hh.T @ ga).ravel()\n'
        '        grads["c"][n] = (J_c_cprev.T @ gct).ravel()\n'
        '        grads["W_ih"] += ga @ xn.T\n'
        '        grads["W_hh"] += ga @ hn.T\n'
        '        grads["b_ih"] += ga.ravel()\n'
        '        grads["b_hh"] += ga.ravel()\n'
        "    return grads\n",
    },
    {
        "id": "cb_ok_kofi",
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
        "    H = W_hh.shape[1]\n"
        '    A = np.einsum("bi,ki->bk", x, W_ih) + np.einsum("bj,kj->bk", h, W_hh) + b_ih + '
        "b_hh\n"
        "    A = A.reshape(len(x), 4, H)                      # (B, gate, unit)\n"
        "    s = sigmoid(A)\n"
        "    gates = s.copy()\n"
        "    gates[:, 2] = np.tanh(A[:, 2])\n"
        "    i, f, g, o = gates[:, 0], gates[:, 1], gates[:, 2], gates[:, 3]\n"
        "    C = f * c + i * g\n"
        "    T_ = np.tanh(C)\n"
        "    dC = dc_next + dh_next * o * (1.0 - T_ * T_)\n"
        "    dgate = np.stack([dC * g, dC * c, dC * i, dh_next * T_], axis=1)     # dL/d(gate "
        "values)\n"
        "    deriv = s * (1.0 - s)\n"
        "    deriv[:, 2] = 1.0 - g * g\n"
        "    dA = (dgate * deriv).reshape(len(x), 4 * H)\n"
        "    return {\n"
        '        "x": np.einsum("bk,ki->bi", dA, W_ih),\n'
        '        "h": np.einsum("bk,kj->bj", dA, W_hh),\n'
        '        "c": dC * f,\n'
        '        "W_ih": np.einsum("bk,bi->ki", dA, x),\n'
        '        "W_hh": np.einsum("bk,bj->kj", dA, h),\n'
        '        "b_ih": np.einsum("bk->k", dA),\n'
        '        "b_hh": np.einsum("bk->k", dA),\n'
        "    }\n",
    },
    {
        "id": "cb_ok_mateo",
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
        '    sl = {"i": slice(0, H), "f": slice(H, 2*H), "g": slice(2*H, 3*H), "o": slice(3*H, '
        "4*H)}\n"
        "    pre = {}\n"
        '    for k in "ifgo":\n'
        "        pre[k] = x @ W_ih[sl[k]].T + b_ih[sl[k]] + h @ W_hh[sl[k]].T + b_hh[sl[k]]\n"
        '    i_g = sigmoid(pre["i"])\n'
        '    f_g = sigmoid(pre["f"])\n'
        '    g_g = np.tanh(pre["g"])\n'
        '    o_g = sigmoid(pre["o"])\n'
        "    c_new = f_g * c + i_g * g_g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "\n"
        "    d_c = dc_next + dh_next * o_g * (1 - tanh_c**2)\n"
        "    d_pre = {}\n"
        '    d_pre["i"] = d_c * g_g * i_g * (1 - i_g)\n'
        '    d_pre["f"] = d_c * c * f_g * (1 - f_g)\n'
        '    d_pre["g"] = d_c * i_g * (1 - g_g**2)\n'
        '    d_pre["o"] = dh_next * tanh_c * o_g * (1 - o_g)\n'
        "\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros_like(h)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db = np.zeros_like(b_ih)\n"
        '    for k in "ifgo":\n'
        "        dx = dx + d_pre[k] @ W_ih[sl[k]]\n"
        "        dh = dh + d_pre[k] @ W_hh[sl[k]]\n"
        "        dW_ih[sl[k]] = d_pre[k].T @ x\n"
        "        dW_hh[sl[k]] = d_pre[k].T @ h\n"
        "        db[sl[k]] = d_pre[k].sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": d_c * f_g, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_dana_no_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "delta c_t leaves out dc_next (the gradient arriving directly at c_t); "
                "only the path through h_t is used",
                "must_mention": [
                    {"any": ["dc_next", "dL/dc", "c_next", "incoming", "from later", "directly"]}
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
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    i = sigmoid(i); f = sigmoid(f); g = np.tanh(g); o = sigmoid(o)\n"
        "    c_t = f * c + i * g\n"
        "    # gradient of c_t through h_t = o * tanh(c_t)\n"
        "    dc = dh_next * o * (1 - np.tanh(c_t) ** 2)\n"
        "    di = dc * g\n"
        "    df = dc * c\n"
        "    dg = dc * i\n"
        "    do = dh_next * np.tanh(c_t)\n"
        "    da = np.hstack([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * "
        "(1 - o)])\n"
        "    grads = {}\n"
        '    grads["x"] = da @ W_ih\n'
        '    grads["h"] = da @ W_hh\n'
        '    grads["c"] = dc * f\n'
        '    grads["W_ih"] = da.T @ x\n'
        '    grads["W_hh"] = da.T @ h\n'
        '    grads["b_ih"] = np.sum(da, axis=0)\n'
        '    grads["b_hh"] = np.sum(da, axis=0)\n'
        "    return grads\n",
    },
    {
        "id": "cb_bastien_tanh_deriv_of_c",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "in delta c_t the tanh derivative is written 1 - c_t^2 instead of 1 - "
                "tanh(c_t)^2",
                "must_mention": [
                    "tanh",
                    {"any": ["deriv", "c_t", "tanh(c", "1 - ", "squar", "cell state"]},
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
        "    # chain rule, written as  dL/da = dL/dc . dc/da  etc. (row vectors, batch on the "
        "rows)\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    ai, af, ag, ao = a[:, :H], a[:, H:2*H], a[:, 2*H:3*H], a[:, 3*H:]\n"
        "    i, f, g, o = sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)\n"
        "    ct = f * c + i * g\n"
        "    # d tanh(u)/du = 1 - u^2\n"
        "    dL_dct = dc_next + dh_next * o * (1 - ct**2)\n"
        "    dL_dao = dh_next * np.tanh(ct) * o * (1 - o)\n"
        "    dL_dai = dL_dct * g * i * (1 - i)\n"
        "    dL_daf = dL_dct * c * f * (1 - f)\n"
        "    dL_dag = dL_dct * i * (1 - g**2)\n"
        "    dL_da = np.concatenate([dL_dai, dL_daf, dL_dag, dL_dao], axis=1)\n"
        '    return {"x": dL_da @ W_ih, "h": dL_da @ W_hh, "c": dL_dct * f,\n'
        '            "W_ih": dL_da.T @ x, "W_hh": dL_da.T @ h,\n'
        '            "b_ih": dL_da.sum(0), "b_hh": dL_da.sum(0)}\n',
    },
    {
        "id": "cb_lena_forget_uses_new_c",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "delta f_t uses the new cell state c_t instead of the previous one c_{t-1}",
                "must_mention": [
                    "forget",
                    {"any": ["c_{t-1}", "c_prev", "previous", "c_t-1", "old", "c_t", "new cell"]},
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
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(gates[:, 0*H:1*H])\n"
        "    f = sigmoid(gates[:, 1*H:2*H])\n"
        "    g = np.tanh(gates[:, 2*H:3*H])\n"
        "    o = sigmoid(gates[:, 3*H:4*H])\n"
        "    c_new = f * c + i * g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "    delta_c = dc_next + dh_next * o * (1.0 - tanh_c**2)\n"
        "    delta_i = delta_c * g\n"
        "    delta_f = delta_c * c_new\n"
        "    delta_g = delta_c * i\n"
        "    delta_o = dh_next * tanh_c\n"
        "    delta_a = np.concatenate([delta_i * i * (1 - i), delta_f * f * (1 - f),\n"
        "                              delta_g * (1 - g**2), delta_o * o * (1 - o)], axis=1)\n"
        "    return dict(x=delta_a @ W_ih, h=delta_a @ W_hh, c=delta_c * f,\n"
        "                W_ih=delta_a.T @ x, W_hh=delta_a.T @ h,\n"
        "                b_ih=delta_a.sum(axis=0), b_hh=delta_a.sum(axis=0))\n",
    },
    {
        "id": "cb_olu_g_sigmoid_deriv",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the candidate g (tanh) is given the sigmoid derivative g(1-g) instead of "
                "1 - g^2",
                "must_mention": [
                    {
                        "any": [
                            "g gate",
                            "cell gate",
                            "candidate",
                            "g_t",
                            "gate g",
                            "a_g",
                            "g block",
                            "block g",
                            "2H:3H",
                            "δg",
                            "(g)",
                        ]
                    },
                    {"any": ["tanh", "deriv", "sigmoid", "1 - g"]},
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
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n"
        "    c2 = f * c + i * g\n"
        "    t2 = np.tanh(c2)\n"
        "    dc2 = dc_next + dh_next * o * (1 - t2 * t2)\n"
        "\n"
        "    def dsig(s):           # derivative of the gate nonlinearity\n"
        "        return s * (1 - s)\n"
        "\n"
        "    dzi = dc2 * g * dsig(i)\n"
        "    dzf = dc2 * c * dsig(f)\n"
        "    dzg = dc2 * i * dsig(g)\n"
        "    dzo = dh_next * t2 * dsig(o)\n"
        "    dz = np.concatenate([dzi, dzf, dzg, dzo], axis=1)\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dc2 * f,\n'
        '            "W_ih": dz.T @ x, "W_hh": dz.T @ h, "b_ih": dz.sum(0), "b_hh": '
        "dz.sum(0)}\n",
    },
    {
        "id": "cb_kofi_gate_order_ifog",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks taken in the order (i, f, o, g) instead of (i, f, g, o): the "
                "g and o blocks are swapped, both in the forward recomputation and in the "
                "gradient",
                "must_mention": [
                    {"any": ["order", "swap", "exchang", "block", "rows"]},
                    {
                        "any": [
                            "(i, f, g, o)",
                            "i, f, g, o",
                            "output",
                            "candidate",
                            "g and o",
                            "o and g",
                            "cell gate",
                            "ifgo",
                            "ifog",
                            "i, f, o, g",
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
        "    # gates stacked as (i, f, o, g), like in the notes I had from another course\n"
        "    H = h.shape[1]\n"
        "    A = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    sg = sigmoid(A[:, :3 * H])\n"
        "    i, f, o = sg[:, :H], sg[:, H:2 * H], sg[:, 2 * H:]\n"
        "    g = np.tanh(A[:, 3 * H:])\n"
        "    C = f * c + i * g\n"
        "    tC = np.tanh(C)\n"
        "    dC = dc_next + dh_next * o * (1 - tC ** 2)\n"
        "    dA = np.empty_like(A)\n"
        "    dA[:, :H] = dC * g * i * (1 - i)\n"
        "    dA[:, H:2 * H] = dC * c * f * (1 - f)\n"
        "    dA[:, 2 * H:3 * H] = dh_next * tC * o * (1 - o)\n"
        "    dA[:, 3 * H:] = dC * i * (1 - g ** 2)\n"
        '    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC * f, "W_ih": dA.T @ x,\n'
        '            "W_hh": dA.T @ h, "b_ih": dA.sum(0), "b_hh": dA.sum(0)}\n',
    },
    {
        "id": "cb_yuki_mean_over_batch",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight and bias gradients are averaged over the batch (divided by B) "
                "instead of summed",
                "must_mention": [
                    {"any": ["mean", "averag", "divid", "/ B", "/B", "sum", "1/B", "factor"]}
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
        "    B = x.shape[0]\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    cn = f * c + i * g\n"
        "    th = np.tanh(cn)\n"
        "    dc = dc_next + dh_next * o * (1 - th**2)\n"
        "    da = np.concatenate([dc*g*i*(1-i), dc*c*f*(1-f), dc*i*(1-g**2), "
        "dh_next*th*o*(1-o)], axis=1)\n"
        "    # parameter gradients: average over the batch (like a mean loss)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x / B, "W_hh": da.T @ h / B,\n'
        '            "b_ih": da.mean(axis=0), "b_hh": da.mean(axis=0)}\n',
    },
    {
        "id": "cb_chidi_finite_differences",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gradients by one-sided finite differences inside the function: close to "
                "but not exactly the true gradients (error ~1e-6)",
                "must_mention": [
                    {
                        "any": [
                            "finite diff",
                            "numerical",
                            "approximat",
                            "close to",
                            "nearly",
                            "slightly",
                            "small error",
                            "tiny",
                            "round-off",
                            "roundoff",
                            "tolerance",
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
        "    # L = sum(dh_next * h_t) + sum(dc_next * c_t) has exactly these dL/dh_t, "
        "dL/dc_t,\n"
        "    # so the gradients are the derivatives of L: do it numerically, no algebra to get "
        "wrong.\n"
        '    args = {"x": x, "h": h, "c": c, "W_ih": W_ih, "W_hh": W_hh, "b_ih": b_ih, "b_hh": '
        "b_hh}\n"
        "\n"
        "    def L(a):\n"
        '        hn, cn = lstm_cell(a["x"], a["h"], a["c"], a["W_ih"], a["W_hh"], a["b_ih"], '
        'a["b_hh"])\n'
        "        return np.sum(dh_next * hn) + np.sum(dc_next * cn)\n"
        "\n"
        "    eps = 1e-6\n"
        "    L0 = L(args)\n"
        "    grads = {}\n"
        "    for name, val in args.items():\n"
        "        gr = np.zeros_like(val)\n"
        "        for idx in np.ndindex(val.shape):\n"
        "            shifted = dict(args)\n"
        "            v = val.copy()\n"
        "            v[idx] += eps\n"
        "            shifted[name] = v\n"
        "            gr[idx] = (L(shifted) - L0) / eps\n"
        "        grads[name] = gr\n"
        "    return grads\n",
    },
    {
        "id": "cb_jonas_wrong_keys",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dict keys are 'dx', 'dh', 'dc', 'dW_ih', ... instead of 'x', 'h', 'c', "
                "'W_ih', ...",
                "must_mention": [{"any": ["key"]}],
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
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tct = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tct**2)\n"
        "    da = np.concatenate([dc*g*i*(1-i), dc*c*f*(1-f), dc*i*(1-g**2), "
        "dh_next*tct*o*(1-o)], axis=1)\n"
        '    return {"dx": da @ W_ih, "dh": da @ W_hh, "dc": dc * f,\n'
        '            "dW_ih": da.T @ x, "dW_hh": da.T @ h,\n'
        '            "db_ih": da.sum(axis=0), "db_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_jonas_returns_tuple",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a tuple of gradients instead of a dict with the keys 'x', 'h', "
                "'c', ...",
                "must_mention": [{"any": ["dict"]}],
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
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tct = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tct**2)\n"
        "    da = np.concatenate([dc*g*i*(1-i), dc*c*f*(1-f), dc*i*(1-g**2), "
        "dh_next*tct*o*(1-o)], axis=1)\n"
        "    # same order as the arguments\n"
        "    return da @ W_ih, da @ W_hh, dc * f, da.T @ x, da.T @ h, da.sum(axis=0), "
        "da.sum(axis=0)\n",
    },
    {
        "id": "cb_jonas_c_is_total_dc",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "'c' returns delta c_t (the gradient at c_t) instead of the gradient "
                "w.r.t. c_{t-1}, delta c_t * f_t: the forget-gate factor is missing",
                "must_mention": [
                    {
                        "any": [
                            "forget",
                            "f_t",
                            "* f",
                            "factor f",
                            "times f",
                            "⊙ f",
                            "c_{t-1}",
                            "previous",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    dc_t = dc_next + dh_next * o * (1 - np.tanh(c_t) ** 2)\n"
        "    d_a = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                          dc_t * i * (1 - g * g), dh_next * np.tanh(c_t) * o * (1 - "
        "o)], axis=1)\n"
        "    out = {}\n"
        '    out["x"] = d_a @ W_ih\n'
        '    out["h"] = d_a @ W_hh\n'
        '    out["c"] = dc_t                 # gradient of the cell state\n'
        '    out["W_ih"] = d_a.T @ x\n'
        '    out["W_hh"] = d_a.T @ h\n'
        '    out["b_ih"] = d_a.sum(0)\n'
        '    out["b_hh"] = d_a.sum(0)\n'
        "    return out\n",
    },
    {
        "id": "cb_emil_mutates_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc = dc_next then dc += ... adds into the caller's dc_next array "
                "(aliasing): the input is changed in place",
                "must_mention": [
                    {
                        "any": [
                            "chang",
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "unchanged",
                            "alias",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tanhc = np.tanh(c_t)\n"
        "    dc = dc_next                              # start from what comes from later\n"
        "    dc += dh_next * o * (1 - tanhc ** 2)      # ... and add the path through h_t\n"
        "    da = np.concatenate([dc*g*i*(1-i), dc*c*f*(1-f), dc*i*(1-g**2), "
        "dh_next*tanhc*o*(1-o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_agnieszka_dW_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients are x (dL/da)^T, i.e. transposed: W_ih's gradient is (I, "
                "4H) and W_hh's (H, 4H) instead of (4H, I), (4H, H)",
                "must_mention": [
                    {"any": ["W_ih", "W_hh", "weight"]},
                    {"any": ["transpos", "shape", "(4H", "4H, I", "(I, 4H)"]},
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
        "    B, I = x.shape\n"
        "    H = h.shape[1]\n"
        "    dx, dh, dcp, dWi, dWh, db = [], [], [], 0.0, 0.0, 0.0\n"
        "    for n in range(B):\n"
        "        xn, hn, cn = x[n][:, None], h[n][:, None], c[n][:, None]     # columns\n"
        "        a = W_ih @ xn + W_hh @ hn + (b_ih + b_hh)[:, None]\n"
        "        i, f, g, o = sigmoid(a[:H]), sigmoid(a[H:2*H]), np.tanh(a[2*H:3*H]), "
        "sigmoid(a[3*H:])\n"
        "        ct = f * cn + i * g\n"
        "        tau = np.tanh(ct)\n"
        "        gct = dc_next[n][:, None] + np.diagflat(o * (1 - tau**2)) @ dh_next[n][:, "
        "None]\n"
        "        ga = np.vstack([gct * g * i * (1 - i), gct * cn * f * (1 - f), gct * i * (1 - "
        "g**2),\n"
        "                        dh_next[n][:, None] * tau * o * (1 - o)])\n"
        "        # a = W x + ...  =>  dL/dW = x (dL/da)^T\n"
        "        dWi = dWi + xn @ ga.T\n"
        "        dWh = dWh + hn @ ga.T\n"
        "        db = db + ga.ravel()\n"
        "        dx.append((W_ih.T @ ga).ravel())\n"
        "        dh.append((W_hh.T @ ga).ravel())\n"
        "        dcp.append((f * gct).ravel())\n"
        '    return {"x": np.array(dx), "h": np.array(dh), "c": np.array(dcp),\n'
        '            "W_ih": dWi, "W_hh": dWh, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_yuki_float32",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "computes in float32: the gradients are float32 and only about 1e-7 "
                "accurate",
                "must_mention": [{"any": ["float32", "dtype", "float64", "precision"]}],
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
        "    f32 = np.float32\n"
        "    a = (x @ W_ih.T + b_ih + h @ W_hh.T + b_hh).astype(f32)   # float32 is plenty for "
        "gradients\n"
        "    i = sigmoid(a[:, :H]).astype(f32)\n"
        "    f = sigmoid(a[:, H:2*H]).astype(f32)\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:]).astype(f32)\n"
        "    cn = f * c.astype(f32) + i * g\n"
        "    th = np.tanh(cn)\n"
        "    dc = dc_next.astype(f32) + dh_next.astype(f32) * o * (1 - th**2)\n"
        "    da = np.concatenate([dc*g*i*(1-i), dc*c.astype(f32)*f*(1-f), dc*i*(1-g**2),\n"
        "                         dh_next.astype(f32)*th*o*(1-o)], axis=1)\n"
        '    return {"x": da @ W_ih.astype(f32), "h": da @ W_hh.astype(f32), "c": dc * f,\n'
        '            "W_ih": da.T @ x.astype(f32), "W_hh": da.T @ h.astype(f32),\n'
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_agnieszka_dx_columns",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "'x' and 'h' are returned in column layout, (I, B) and (H, B), i.e. "
                "transposed, instead of (B, I) and (B, H)",
                "must_mention": [{"any": ["transpos", "shape", "(B, I)", "(I, B)", "column"]}],
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
        "    # whole batch as columns: X is (I, B), everything else follows the column "
        "convention\n"
        "    H = h.shape[1]\n"
        "    X, Hp, Cp = x.T, h.T, c.T\n"
        "    A = W_ih @ X + W_hh @ Hp + b_ih[:, None] + b_hh[:, None]         # (4H, B)\n"
        "    i, f, g, o = sigmoid(A[:H]), sigmoid(A[H:2*H]), np.tanh(A[2*H:3*H]), "
        "sigmoid(A[3*H:])\n"
        "    Ct = f * Cp + i * g\n"
        "    tau = np.tanh(Ct)\n"
        "    Gh, Gc = dh_next.T, dc_next.T\n"
        "    Gct = Gc + Gh * o * (1 - tau**2)\n"
        "    GA = np.vstack([Gct * g * i * (1 - i), Gct * Cp * f * (1 - f), Gct * i * (1 - "
        "g**2),\n"
        "                    Gh * tau * o * (1 - o)])                          # (4H, B)\n"
        '    return {"x": W_ih.T @ GA, "h": W_hh.T @ GA, "c": (Gct * f).T,\n'
        '            "W_ih": GA @ X.T, "W_hh": GA @ Hp.T,\n'
        '            "b_ih": GA.sum(axis=1), "b_hh": GA.sum(axis=1)}\n',
    },
    {
        "id": "cb_d_bastien_cosh_bias_unsummed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "derivative of tanh for the candidate g written 1/cosh(a_g) instead of "
                "1/cosh(a_g)^2",
                "must_mention": [
                    {
                        "any": [
                            "g gate",
                            "cell gate",
                            "candidate",
                            "g_t",
                            "gate g",
                            "a_g",
                            "g block",
                            "block g",
                            "2H:3H",
                            "δg",
                            "(g)",
                        ]
                    },
                    {"any": ["tanh", "deriv", "cosh", "squar", "1 - g"]},
                ],
            },
            {
                "what": "bias gradients returned per example, (B, 4H), not summed over the batch "
                "to (4H,)",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {"any": ["sum", "shape", "batch", "(4H,)"]},
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
        "    # row-vector chain rule: dL/da = dL/dc * dc/da, with d tanh(u)/du = 1/cosh(u)^2\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    ai, af, ag, ao = a[:, :H], a[:, H:2*H], a[:, 2*H:3*H], a[:, 3*H:]\n"
        "    i, f, g, o = sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)\n"
        "    ct = f * c + i * g\n"
        "    dL_dct = dc_next + dh_next * o / np.cosh(ct)**2\n"
        "    dL_dai = dL_dct * g * i * (1 - i)\n"
        "    dL_daf = dL_dct * c * f * (1 - f)\n"
        "    dL_dag = dL_dct * i / np.cosh(ag)\n"
        "    dL_dao = dh_next * np.tanh(ct) * o * (1 - o)\n"
        "    dL_da = np.concatenate([dL_dai, dL_daf, dL_dag, dL_dao], axis=1)\n"
        '    return {"x": dL_da @ W_ih, "h": dL_da @ W_hh, "c": dL_dct * f,\n'
        '            "W_ih": dL_da.T @ x, "W_hh": dL_da.T @ h,\n'
        '            "b_ih": dL_da, "b_hh": dL_da}\n',
    },
    {
        "id": "cb_d_mateo_h_new_forget_copy",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "forget gate's sigmoid derivative written f(1 - i) (copy-paste) instead of "
                "f(1 - f)",
                "must_mention": [
                    "forget",
                    {"any": ["deriv", "sigmoid", "f(1", "1 - f", "(1-f)", "i_t"]},
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
                            "old",
                            "h_t",
                            "new hidden",
                            "h_next",
                            "input h",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    Wii, Wif, Wig, Wio = W_ih[:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:]\n"
        "    Whi, Whf, Whg, Who = W_hh[:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:]\n"
        "    b = b_ih + b_hh\n"
        "    i = sigmoid(x @ Wii.T + h @ Whi.T + b[:H])\n"
        "    f = sigmoid(x @ Wif.T + h @ Whf.T + b[H:2*H])\n"
        "    g = np.tanh(x @ Wig.T + h @ Whg.T + b[2*H:3*H])\n"
        "    o = sigmoid(x @ Wio.T + h @ Who.T + b[3*H:])\n"
        "    c_new = f*c + i*g\n"
        "    h_new = o*np.tanh(c_new)\n"
        "\n"
        "    dc = dc_next + dh_next*o*(1 - np.tanh(c_new)**2)\n"
        "    dai = dc*g*i*(1 - i)\n"
        "    daf = dc*c*f*(1 - i)\n"
        "    dag = dc*i*(1 - g**2)\n"
        "    dao = dh_next*np.tanh(c_new)*o*(1 - o)\n"
        "\n"
        "    dx = dai @ Wii + daf @ Wif + dag @ Wig + dao @ Wio\n"
        "    dh = dai @ Whi + daf @ Whf + dag @ Whg + dao @ Who\n"
        "    dW_ih = np.vstack([dai.T @ x, daf.T @ x, dag.T @ x, dao.T @ x])\n"
        "    dW_hh = np.vstack([dai.T @ h_new, daf.T @ h_new, dag.T @ h_new, dao.T @ h_new])\n"
        "    db = np.concatenate([dai.sum(0), daf.sum(0), dag.sum(0), dao.sum(0)])\n"
        '    return {"x": dx, "h": dh, "c": dc*f, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db, '
        '"b_hh": db.copy()}\n',
    },
    {
        "id": "cb_d_dana_no_dc_next_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "delta c_t leaves out dc_next",
                "must_mention": [
                    {"any": ["dc_next", "dL/dc", "c_next", "incoming", "from later", "directly"]}
                ],
            },
            {
                "what": "weight and bias gradients averaged over the batch instead of summed",
                "must_mention": [
                    {"any": ["mean", "averag", "divid", "/ B", "/B", "sum", "1/B", "factor"]}
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
        "    B = len(x)\n"
        "    H = len(b_ih) // 4\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    i = sigmoid(i)\n"
        "    f = sigmoid(f)\n"
        "    g = np.tanh(g)\n"
        "    o = sigmoid(o)\n"
        "    c_t = f * c + i * g\n"
        "    dc = dh_next * o * (1 - np.tanh(c_t) ** 2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2),\n"
        "                    dh_next * np.tanh(c_t) * o * (1 - o)])\n"
        '    grads = {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f}\n'
        '    grads["W_ih"] = np.mean([np.outer(da[n], x[n]) for n in range(B)], axis=0)\n'
        '    grads["W_hh"] = np.mean([np.outer(da[n], h[n]) for n in range(B)], axis=0)\n'
        '    grads["b_ih"] = np.mean(da, axis=0)\n'
        '    grads["b_hh"] = np.mean(da, axis=0)\n'
        "    return grads\n",
    },
    {
        "id": "cb_d_agnieszka_columns_tanh_cprev",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "'x' returned in column layout (I, B) instead of (B, I)",
                "must_mention": [{"any": ["transpos", "shape", "(B, I)", "(I, B)", "column"]}],
            },
            {
                "what": "output gate's gradient uses tanh(c_{t-1}) instead of tanh(c_t)",
                "must_mention": [
                    {
                        "any": [
                            "output gate",
                            "o_t",
                            "gate o",
                            "a_o",
                            "δo",
                            "o gate",
                            "3H:",
                            "block o",
                            "(o)",
                        ]
                    },
                    {"any": ["c_{t-1}", "c_t", "previous", "tanh", "old", "new cell"]},
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
        "    # column convention for the batch: every vector is a column, X is (I, B)\n"
        "    H = h.shape[1]\n"
        "    X, Hp, Cp = x.T, h.T, c.T\n"
        "    A = W_ih @ X + W_hh @ Hp + (b_ih + b_hh)[:, None]\n"
        "    i, f, g, o = sigmoid(A[:H]), sigmoid(A[H:2*H]), np.tanh(A[2*H:3*H]), "
        "sigmoid(A[3*H:])\n"
        "    Ct = f * Cp + i * g\n"
        "    Gh, Gc = dh_next.T, dc_next.T\n"
        "    Gct = Gc + Gh * o * (1 - np.tanh(Ct)**2)\n"
        "    # h = o tanh(c)  =>  dL/do = dL/dh tanh(c)\n"
        "    Go = Gh * np.tanh(Cp)\n"
        "    GA = np.vstack([Gct * g * i * (1 - i), Gct * Cp * f * (1 - f), Gct * i * (1 - "
        "g**2),\n"
        "                    Go * o * (1 - o)])\n"
        '    return {"x": W_ih.T @ GA, "h": (W_hh.T @ GA).T, "c": (Gct * f).T,\n'
        '            "W_ih": GA @ X.T, "W_hh": GA @ Hp.T, "b_ih": GA.sum(1), "b_hh": '
        "GA.sum(1)}\n",
    },
    {
        "id": "lb_ok_ines",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)          # total gradient reaching "
        "c_t\n"
        "    da = np.concatenate([dc * g * i * (1 - i),           # input gate\n"
        "                         dc * c * f * (1 - f),           # forget gate\n"
        "                         dc * i * (1 - g ** 2),          # candidate\n"
        "                         dh_next * tc * o * (1 - o)],    # output gate\n"
        "                        axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    # forward again, keeping the state every step starts from\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        "    dx = np.zeros_like(x)\n"
        "    acc = {k: np.zeros_like(v) for k, v in\n"
        '           (("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh))}\n'
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in acc:\n"
        "            acc[k] += g[k]\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **acc}\n',
    },
    {
        "id": "lb_ok_bastien",
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
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    # BPTT, everything inline. Row vectors, batch on the rows.\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = np.zeros((T + 1, B, H)); cs = np.zeros((T + 1, B, H))\n"
        "    gates = np.zeros((T, B, 4 * H))\n"
        "    hs[0], cs[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        a = x[t] @ W_ih.T + hs[t] @ W_hh.T + b_ih + b_hh\n"
        "        gt = np.concatenate([sigmoid(a[:, :2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])], 1)\n"
        "        gates[t] = gt\n"
        "        cs[t + 1] = gt[:, H:2*H] * cs[t] + gt[:, :H] * gt[:, 2*H:3*H]\n"
        "        hs[t + 1] = gt[:, 3*H:] * np.tanh(cs[t + 1])\n"
        "    dWi = np.zeros_like(W_ih); dWh = np.zeros_like(W_hh); db = np.zeros_like(b_ih)\n"
        "    dX = np.zeros_like(x)\n"
        "    dh_carry = np.zeros((B, H)) if dh_n is None else np.array(dh_n, dtype=float)\n"
        "    dc_carry = np.zeros((B, H)) if dc_n is None else np.array(dc_n, dtype=float)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        i, f, g, o = gates[t, :, :H], gates[t, :, H:2*H], gates[t, :, 2*H:3*H], "
        "gates[t, :, 3*H:]\n"
        "        th = np.tanh(cs[t + 1])\n"
        "        dh_t = dh_carry + dout[t]\n"
        "        dc_t = dc_carry + dh_t * o * (1 - th**2)\n"
        "        da = np.concatenate([dc_t*g*i*(1-i), dc_t*cs[t]*f*(1-f), dc_t*i*(1-g**2), "
        "dh_t*th*o*(1-o)], 1)\n"
        "        dX[t] = da @ W_ih\n"
        "        dWi += da.T @ x[t]\n"
        "        dWh += da.T @ hs[t]\n"
        "        db += da.sum(0)\n"
        "        dh_carry = da @ W_hh\n"
        "        dc_carry = dc_t * f\n"
        '    return {"x": dX, "h0": dh_carry, "c0": dc_carry, "W_ih": dWi, "W_hh": dWh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "lb_ok_mateo",
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
        '    sl = {"i": slice(0, H), "f": slice(H, 2*H), "g": slice(2*H, 3*H), "o": slice(3*H, '
        "4*H)}\n"
        "    pre = {}\n"
        '    for k in "ifgo":\n'
        "        pre[k] = x @ W_ih[sl[k]].T + b_ih[sl[k]] + h @ W_hh[sl[k]].T + b_hh[sl[k]]\n"
        '    i_g = sigmoid(pre["i"])\n'
        '    f_g = sigmoid(pre["f"])\n'
        '    g_g = np.tanh(pre["g"])\n'
        '    o_g = sigmoid(pre["o"])\n'
        "    c_new = f_g * c + i_g * g_g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "\n"
        "    d_c = dc_next + dh_next * o_g * (1 - tanh_c**2)\n"
        "    d_pre = {}\n"
        '    d_pre["i"] = d_c * g_g * i_g * (1 - i_g)\n'
        '    d_pre["f"] = d_c * c * f_g * (1 - f_g)\n'
        '    d_pre["g"] = d_c * i_g * (1 - g_g**2)\n'
        '    d_pre["o"] = dh_next * tanh_c * o_g * (1 - o_g)\n'
        "\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros_like(h)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db = np.zeros_like(b_ih)\n"
        '    for k in "ifgo":\n'
        "        dx = dx + d_pre[k] @ W_ih[sl[k]]\n"
        "        dh = dh + d_pre[k] @ W_hh[sl[k]]\n"
        "        dW_ih[sl[k]] = d_pre[k].T @ x\n"
        "        dW_hh[sl[k]] = d_pre[k].T @ h\n"
        "        db[sl[k]] = d_pre[k].sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": d_c * f_g, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    H = h0.shape[1]\n"
        "    states = [(h0, c0)]\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        states.append((h, c))\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros((x.shape[1], H))\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros((x.shape[1], H))\n"
        '    total = {"W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    dxs = [None] * T\n"
        "    dh_from_later = dh_n\n"
        "    dc_from_later = dc_n\n"
        "    t = T - 1\n"
        "    while t >= 0:\n"
        "        h_prev, c_prev = states[t]\n"
        "        g = lstm_cell_backward(dout[t] + dh_from_later, dc_from_later, x[t], h_prev, "
        "c_prev,\n"
        "                               W_ih, W_hh, b_ih, b_hh)\n"
        '        dxs[t] = g["x"]\n'
        "        for name in total:\n"
        "            total[name] = total[name] + g[name]\n"
        '        dh_from_later = g["h"]\n'
        '        dc_from_later = g["c"]\n'
        "        t -= 1\n"
        '    result = {"x": np.stack(dxs), "h0": dh_from_later, "c0": dc_from_later}\n'
        "    result.update(total)\n"
        "    return result\n",
    },
    {
        "id": "lb_dana_assign_not_add",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight and bias gradients are assigned (=) at every step instead of "
                "summed over the steps: only step 0's gradient is returned",
                "must_mention": [
                    {"any": ["sum", "accumul", "+=", "add up", "added up", "adds up"]}
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)          # total gradient reaching "
        "c_t\n"
        "    da = np.concatenate([dc * g * i * (1 - i),           # input gate\n"
        "                         dc * c * f * (1 - f),           # forget gate\n"
        "                         dc * i * (1 - g ** 2),          # candidate\n"
        "                         dh_next * tc * o * (1 - o)],    # output gate\n"
        "                        axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
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
        "    hs = [h0]\n"
        "    cs = [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dx = np.zeros(x.shape)\n"
        "    dh = dh_n\n"
        "    dc = dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        grads = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = grads["x"]\n'
        '        dh = grads["h"]\n'
        '        dc = grads["c"]\n'
        '        dW_ih = grads["W_ih"]\n'
        '        dW_hh = grads["W_hh"]\n'
        '        db_ih = grads["b_ih"]\n'
        '        db_hh = grads["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_dana_global_accumulators",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight/bias accumulators are module-level globals created once and "
                "never reset: the second and later calls add onto the previous calls' "
                "gradients (and the shapes stick to the first call's sizes)",
                "must_mention": [
                    {
                        "any": [
                            "previous call",
                            "between calls",
                            "global",
                            "reset",
                            "persist",
                            "earlier call",
                            "second call",
                            "repeated call",
                            "calling it again",
                            "called twice",
                            "default argument",
                            "mutable default",
                            "leftover",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)          # total gradient reaching "
        "c_t\n"
        "    da = np.concatenate([dc * g * i * (1 - i),           # input gate\n"
        "                         dc * c * f * (1 - f),           # forget gate\n"
        "                         dc * i * (1 - g ** 2),          # candidate\n"
        "                         dh_next * tc * o * (1 - o)],    # output gate\n"
        "                        axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "dW_ih_total = None\n"
        "dW_hh_total = None\n"
        "db_ih_total = None\n"
        "db_hh_total = None\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    global dW_ih_total, dW_hh_total, db_ih_total, db_hh_total\n"
        "    if dW_ih_total is None:\n"
        "        dW_ih_total = np.zeros_like(W_ih)\n"
        "        dW_hh_total = np.zeros_like(W_hh)\n"
        "        db_ih_total = np.zeros_like(b_ih)\n"
        "        db_hh_total = np.zeros_like(b_hh)\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(hn)\n"
        "        cs.append(cn)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        gr = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = gr["x"]\n'
        '        dh, dc = gr["h"], gr["c"]\n'
        '        dW_ih_total += gr["W_ih"]\n'
        '        dW_hh_total += gr["W_hh"]\n'
        '        db_ih_total += gr["b_ih"]\n'
        '        db_hh_total += gr["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih_total, "W_hh": dW_hh_total,\n'
        '            "b_ih": db_ih_total, "b_hh": db_hh_total}\n',
    },
    {
        "id": "lb_emil_default_arg_accumulator",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight sums live in a mutable default argument sums={}, which "
                "persists between calls: every call after the first adds onto the previous "
                "ones' gradients",
                "must_mention": [
                    {
                        "any": [
                            "previous call",
                            "between calls",
                            "global",
                            "reset",
                            "persist",
                            "earlier call",
                            "second call",
                            "repeated call",
                            "calling it again",
                            "called twice",
                            "default argument",
                            "mutable default",
                            "leftover",
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
        "    H = h.shape[1]\n"
        '    sl = {"i": slice(0, H), "f": slice(H, 2*H), "g": slice(2*H, 3*H), "o": slice(3*H, '
        "4*H)}\n"
        "    pre = {}\n"
        '    for k in "ifgo":\n'
        "        pre[k] = x @ W_ih[sl[k]].T + b_ih[sl[k]] + h @ W_hh[sl[k]].T + b_hh[sl[k]]\n"
        '    i_g = sigmoid(pre["i"])\n'
        '    f_g = sigmoid(pre["f"])\n'
        '    g_g = np.tanh(pre["g"])\n'
        '    o_g = sigmoid(pre["o"])\n'
        "    c_new = f_g * c + i_g * g_g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "\n"
        "    d_c = dc_next + dh_next * o_g * (1 - tanh_c**2)\n"
        "    d_pre = {}\n"
        '    d_pre["i"] = d_c * g_g * i_g * (1 - i_g)\n'
        '    d_pre["f"] = d_c * c * f_g * (1 - f_g)\n'
        '    d_pre["g"] = d_c * i_g * (1 - g_g**2)\n'
        '    d_pre["o"] = dh_next * tanh_c * o_g * (1 - o_g)\n'
        "\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros_like(h)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db = np.zeros_like(b_ih)\n"
        '    for k in "ifgo":\n'
        "        dx = dx + d_pre[k] @ W_ih[sl[k]]\n"
        "        dh = dh + d_pre[k] @ W_hh[sl[k]]\n"
        "        dW_ih[sl[k]] = d_pre[k].T @ x\n"
        "        dW_hh[sl[k]] = d_pre[k].T @ h\n"
        "        db[sl[k]] = d_pre[k].sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": d_c * f_g, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None,\n"
        "                        sums={}):\n"
        "    T = x.shape[0]\n"
        "    hs = [h0]; cs = [c0]\n"
        "    for t in range(T):\n"
        "        a, b = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(a); cs.append(b)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            sums[k] = sums.get(k, 0) + g[k]\n"
        '    out = {"x": dx, "h0": dh, "c0": dc}\n'
        "    out.update(sums)\n"
        "    return out\n",
    },
    {
        "id": "lb_sam_no_recurrent_dh",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient reaching h_t is only dout[t]: step t+1's 'h' (the recurrent "
                "gradient through h) is not added",
                "must_mention": [
                    {
                        "any": [
                            "recurren",
                            "t+1",
                            "t + 1",
                            "next step",
                            "later step",
                            "through h",
                            "carried",
                            "from later",
                            "previous step",
                            "h_{t-1}",
                            "through time",
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)          # total gradient reaching "
        "c_t\n"
        "    da = np.concatenate([dc * g * i * (1 - i),           # input gate\n"
        "                         dc * c * f * (1 - f),           # forget gate\n"
        "                         dc * i * (1 - g ** 2),          # candidate\n"
        "                         dh_next * tc * o * (1 - o)],    # output gate\n"
        "                        axis=1)\n"
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
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dh_last = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dx = np.empty_like(x)\n"
        "    sums = [np.zeros_like(W_ih), np.zeros_like(W_hh), np.zeros_like(b_ih), "
        "np.zeros_like(b_hh)]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dh = dout[t] + (dh_last if t == T - 1 else 0)   # what the loss says about "
        "h_t\n"
        "        g = lstm_cell_backward(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dc = g["c"]\n'
        '        dh_prev = g["h"]\n'
        '        for s, k in zip(sums, ("W_ih", "W_hh", "b_ih", "b_hh")):\n'
        "            s += g[k]\n"
        '    return {"x": dx, "h0": dh_prev, "c0": dc, "W_ih": sums[0], "W_hh": sums[1],\n'
        '            "b_ih": sums[2], "b_hh": sums[3]}\n',
    },
    {
        "id": "lb_olu_dc_not_carried",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell-state gradient is not carried back: every step gets dc_n as its "
                "dc_next instead of step t+1's 'c'",
                "must_mention": [
                    {"any": ["cell state", "dc", '"c"', "'c'", "c_t", "cell-state", "c0"]},
                    {
                        "any": [
                            "carr",
                            "t+1",
                            "t + 1",
                            "next step",
                            "through time",
                            "propagat",
                            "later step",
                            "from later",
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)          # total gradient reaching "
        "c_t\n"
        "    da = np.concatenate([dc * g * i * (1 - i),           # input gate\n"
        "                         dc * c * f * (1 - f),           # forget gate\n"
        "                         dc * i * (1 - g ** 2),          # candidate\n"
        "                         dh_next * tc * o * (1 - o)],    # output gate\n"
        "                        axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    dh_n = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc_n = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    H_prev, C_prev = [], []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        H_prev.append(h); C_prev.append(c)\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        '    grads = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    dh = dh_n\n"
        "    for t in reversed(range(T)):\n"
        "        step = lstm_cell_backward(dh + dout[t], dc_n, x[t], H_prev[t], C_prev[t], "
        "W_ih, W_hh, b_ih, b_hh)\n"
        '        grads["x"][t] = step["x"]\n'
        '        dh = step["h"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] += step[k]\n"
        '    grads["h0"] = dh\n'
        '    grads["c0"] = step["c"]\n'
        "    return grads\n",
    },
    {
        "id": "lb_farah_dx_reverse_order",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "'x' gradients are collected while walking back and never put back in time "
                "order: 'x'[t] holds step T-1-t's gradient",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "revers",
                            "flip",
                            "T-1-t",
                            "T - 1 - t",
                            "backwards",
                            "time order",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)          # total gradient reaching "
        "c_t\n"
        "    da = np.concatenate([dc * g * i * (1 - i),           # input gate\n"
        "                         dc * c * f * (1 - f),           # forget gate\n"
        "                         dc * i * (1 - g ** 2),          # candidate\n"
        "                         dh_next * tc * o * (1 - o)],    # output gate\n"
        "                        axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    traj = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        traj.append(lstm_cell(x[t], *traj[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    lam_h = np.zeros_like(h0) if dh_n is None else dh_n     # adjoint variables\n"
        "    lam_c = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dxs = []\n"
        "    G = dict(W_ih=0.0, W_hh=0.0, b_ih=0.0, b_hh=0.0)\n"
        "    # integrate the adjoint equations backwards in time\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(lam_h + dout[t], lam_c, x[t], *traj[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        lam_h, lam_c = g["h"], g["c"]\n'
        "        for k in G:\n"
        "            G[k] = G[k] + g[k]\n"
        '    return {"x": np.array(dxs), "h0": lam_h, "c0": lam_c, **G}\n',
    },
    {
        "id": "lb_tomas_state_after_step",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward is given the state after step t, (h_t, c_t), instead of "
                "the state it started from, (h_{t-1}, c_{t-1}): off by one in time",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "previous",
                            "started from",
                            "starts from",
                            "off by one",
                            "off-by-one",
                            "one step",
                            "state before",
                            "state after",
                            "hs[t]",
                            "wrong state",
                            "input state",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)          # total gradient reaching "
        "c_t\n"
        "    da = np.concatenate([dc * g * i * (1 - i),           # input gate\n"
        "                         dc * c * f * (1 - f),           # forget gate\n"
        "                         dc * i * (1 - g ** 2),          # candidate\n"
        "                         dh_next * tc * o * (1 - o)],    # output gate\n"
        "                        axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    h_hist = np.zeros((T + 1,) + h0.shape)\n"
        "    c_hist = np.zeros((T + 1,) + c0.shape)\n"
        "    h_hist[0], c_hist[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        h_hist[t + 1], c_hist[t + 1] = lstm_cell(x[t], h_hist[t], c_hist[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    dWi, dWh, dbi, dbh = (np.zeros_like(W_ih), np.zeros_like(W_hh),\n"
        "                          np.zeros_like(b_ih), np.zeros_like(b_hh))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        # state at time t\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], h_hist[t + 1], c_hist[t + 1],\n"
        "                               W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        dWi += g["W_ih"]; dWh += g["W_hh"]; dbi += g["b_ih"]; dbh += g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dWi, "W_hh": dWh, "b_ih": dbi, '
        '"b_hh": dbh}\n',
    },
    {
        "id": "lb_yuki_ignores_final_grads",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n and dc_n are ignored (always treated as zeros)",
                "must_mention": [{"any": ["dh_n", "dc_n", "final state"]}],
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)          # total gradient reaching "
        "c_t\n"
        "    da = np.concatenate([dc * g * i * (1 - i),           # input gate\n"
        "                         dc * c * f * (1 - f),           # forget gate\n"
        "                         dc * i * (1 - g ** 2),          # candidate\n"
        "                         dh_next * tc * o * (1 - o)],    # output gate\n"
        "                        axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    # dh_n, dc_n: only the final state, out already contains h_n, so nothing extra to "
        "do\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0)\n"
        "    dc = np.zeros_like(c0)\n"
        "    dx = np.zeros_like(x)\n"
        '    tot = {k: 0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        tot = {k: tot[k] + g[k] for k in tot}\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **tot}\n',
    },
    {
        "id": "lb_jonas_keys_h_c",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "initial-state gradients returned under the keys 'h' and 'c' instead of "
                "'h0' and 'c0'",
                "must_mention": [{"any": ["key"]}, {"any": ["h0", "c0"]}],
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)          # total gradient reaching "
        "c_t\n"
        "    da = np.concatenate([dc * g * i * (1 - i),           # input gate\n"
        "                         dc * c * f * (1 - f),           # forget gate\n"
        "                         dc * i * (1 - g ** 2),          # candidate\n"
        "                         dh_next * tc * o * (1 - o)],    # output gate\n"
        "                        axis=1)\n"
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
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    grads = {"x": np.zeros_like(x), "W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        grads["x"][t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] = grads[k] + g[k]\n"
        '    grads["h"] = dh          # same keys as lstm_cell_backward\n'
        '    grads["c"] = dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_chidi_finite_differences",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gradients by central finite differences (eps=1e-4): close to but not "
                "exactly the true gradients",
                "must_mention": [
                    {
                        "any": [
                            "finite diff",
                            "numerical",
                            "approximat",
                            "close to",
                            "nearly",
                            "slightly",
                            "small error",
                            "tiny",
                            "round-off",
                            "roundoff",
                            "tolerance",
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
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    # central differences on L = <dout, out> + <dh_n, h_n> + <dc_n, c_n>\n"
        "    B, H = h0.shape\n"
        "    dh_n = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc_n = np.zeros((B, H)) if dc_n is None else dc_n\n"
        '    params = {"x": x, "h0": h0, "c0": c0, "W_ih": W_ih, "W_hh": W_hh, "b_ih": b_ih, '
        '"b_hh": b_hh}\n'
        "\n"
        "    def loss(p):\n"
        '        h, c = p["h0"], p["c0"]\n'
        "        L = 0.0\n"
        '        for t in range(p["x"].shape[0]):\n'
        '            h, c = lstm_cell(p["x"][t], h, c, p["W_ih"], p["W_hh"], p["b_ih"], '
        'p["b_hh"])\n'
        "            L += np.sum(dout[t] * h)\n"
        "        return L + np.sum(dh_n * h) + np.sum(dc_n * c)\n"
        "\n"
        "    eps = 1e-4\n"
        "    grads = {}\n"
        "    for name, arr in params.items():\n"
        "        g = np.zeros(arr.shape)\n"
        "        flat = arr.reshape(-1)\n"
        "        for j in range(flat.size):\n"
        "            plus = arr.astype(float).copy().reshape(-1); plus[j] += eps\n"
        "            minus = arr.astype(float).copy().reshape(-1); minus[j] -= eps\n"
        "            pp = dict(params); pp[name] = plus.reshape(arr.shape)\n"
        "            pm = dict(params); pm[name] = minus.reshape(arr.shape)\n"
        "            g.reshape(-1)[j] = (loss(pp) - loss(pm)) / (2 * eps)\n"
        "        grads[name] = g\n"
        "    return grads\n",
    },
    {
        "id": "lb_emil_mutates_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "adds dh_n and the recurrent gradients into the caller's dout array in "
                "place: the input dout is changed",
                "must_mention": [
                    {
                        "any": [
                            "chang",
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "unchanged",
                            "alias",
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
        "    H = h.shape[1]\n"
        '    sl = {"i": slice(0, H), "f": slice(H, 2*H), "g": slice(2*H, 3*H), "o": slice(3*H, '
        "4*H)}\n"
        "    pre = {}\n"
        '    for k in "ifgo":\n'
        "        pre[k] = x @ W_ih[sl[k]].T + b_ih[sl[k]] + h @ W_hh[sl[k]].T + b_hh[sl[k]]\n"
        '    i_g = sigmoid(pre["i"])\n'
        '    f_g = sigmoid(pre["f"])\n'
        '    g_g = np.tanh(pre["g"])\n'
        '    o_g = sigmoid(pre["o"])\n'
        "    c_new = f_g * c + i_g * g_g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "\n"
        "    d_c = dc_next + dh_next * o_g * (1 - tanh_c**2)\n"
        "    d_pre = {}\n"
        '    d_pre["i"] = d_c * g_g * i_g * (1 - i_g)\n'
        '    d_pre["f"] = d_c * c * f_g * (1 - f_g)\n'
        '    d_pre["g"] = d_c * i_g * (1 - g_g**2)\n'
        '    d_pre["o"] = dh_next * tanh_c * o_g * (1 - o_g)\n'
        "\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros_like(h)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db = np.zeros_like(b_ih)\n"
        '    for k in "ifgo":\n'
        "        dx = dx + d_pre[k] @ W_ih[sl[k]]\n"
        "        dh = dh + d_pre[k] @ W_hh[sl[k]]\n"
        "        dW_ih[sl[k]] = d_pre[k].T @ x\n"
        "        dW_hh[sl[k]] = d_pre[k].T @ h\n"
        "        db[sl[k]] = d_pre[k].sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": d_c * f_g, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n'
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
        "        dout[T - 1] += dh_n        # h_n is out[T-1], so its gradient goes there\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    dWi = np.zeros_like(W_ih); dWh = np.zeros_like(W_hh); dbi = np.zeros_like(b_ih); "
        "dbh = np.zeros_like(b_hh)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = g["x"]\n'
        "        if t > 0:\n"
        '            dout[t - 1] += g["h"]  # recurrent gradient into the previous step\n'
        '        dc = g["c"]\n'
        '        dWi += g["W_ih"]; dWh += g["W_hh"]; dbi += g["b_ih"]; dbh += g["b_hh"]\n'
        '    return {"x": dx, "h0": g["h"], "c0": dc, "W_ih": dWi, "W_hh": dWh, "b_ih": dbi, '
        '"b_hh": dbh}\n',
    },
    {
        "id": "lb_ines_bias_alias",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "db_ih = db_hh = np.zeros(...) makes the two bias accumulators one array: "
                "both get both sums, i.e. twice the true bias gradient",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {
                        "any": [
                            "twice",
                            "double",
                            "2x",
                            "factor 2",
                            "factor of 2",
                            "two times",
                            "alias",
                            "same array",
                            "2 ×",
                            "2 *",
                            "times 2",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)          # total gradient reaching "
        "c_t\n"
        "    da = np.concatenate([dc * g * i * (1 - i),           # input gate\n"
        "                         dc * c * f * (1 - f),           # forget gate\n"
        "                         dc * i * (1 - g ** 2),          # candidate\n"
        "                         dh_next * tc * o * (1 - o)],    # output gate\n"
        "                        axis=1)\n"
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
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = db_hh = np.zeros(4 * H)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_d_bastien_cosh_no_dc_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "tanh derivative for the candidate g written 1/cosh(a_g) instead of "
                "1/cosh(a_g)^2",
                "must_mention": [
                    {
                        "any": [
                            "g gate",
                            "cell gate",
                            "candidate",
                            "g_t",
                            "gate g",
                            "a_g",
                            "g block",
                            "block g",
                            "2H:3H",
                            "δg",
                            "(g)",
                        ]
                    },
                    {"any": ["tanh", "deriv", "cosh", "squar", "1 - g"]},
                ],
            },
            {
                "what": "dc_n is ignored (the cell-state gradient starts from zeros)",
                "must_mention": [{"any": ["dc_n"]}],
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
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    # adjoint sweep; d tanh(u)/du = 1/cosh(u)^2, d sigma/du = sigma (1 - sigma)\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = [h0]; cs = [c0]; pre = []\n"
        "    for t in range(T):\n"
        "        a = x[t] @ W_ih.T + hs[t] @ W_hh.T + b_ih + b_hh\n"
        "        pre.append(a)\n"
        "        i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "        g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "        cs.append(f * cs[t] + i * g)\n"
        "        hs.append(o * np.tanh(cs[t + 1]))\n"
        "    lam_h = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    lam_c = np.zeros((B, H))\n"
        "    dWi = np.zeros_like(W_ih); dWh = np.zeros_like(W_hh); db = np.zeros_like(b_ih)\n"
        "    dX = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        a = pre[t]\n"
        "        i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "        g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "        lh = lam_h + dout[t]\n"
        "        lc = lam_c + lh * o / np.cosh(cs[t + 1])**2\n"
        "        da = np.concatenate([lc * g * i * (1 - i), lc * cs[t] * f * (1 - f),\n"
        "                             lc * i / np.cosh(a[:, 2*H:3*H]),\n"
        "                             lh * np.tanh(cs[t + 1]) * o * (1 - o)], axis=1)\n"
        "        dX[t] = da @ W_ih\n"
        "        dWi += da.T @ x[t]; dWh += da.T @ hs[t]; db += da.sum(0)\n"
        "        lam_h = da @ W_hh\n"
        "        lam_c = lc * f\n"
        '    return {"x": dX, "h0": lam_h, "c0": lam_c, "W_ih": dWi, "W_hh": dWh, "b_ih": db, '
        '"b_hh": db.copy()}\n',
    },
    {
        "id": "lb_d_mateo_skip0_bias_alias",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "loop range(T-1, 0, -1) stops before t = 0: step 0's backward is never "
                "done ('x'[0] stays zero, 'h0'/'c0' are step 1's, step 0 missing from the "
                "sums)",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "x_0",
                            "off by one",
                            "off-by-one",
                            "x[0]",
                            "skip",
                            "never",
                        ]
                    }
                ],
            },
            {
                "what": "gb_ih = gb_hh = np.zeros(...) aliases the bias accumulators: each holds "
                "twice the true gradient",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {
                        "any": [
                            "twice",
                            "double",
                            "2x",
                            "factor 2",
                            "factor of 2",
                            "two times",
                            "alias",
                            "same array",
                            "2 ×",
                            "2 *",
                            "times 2",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        '    sl = {"i": slice(0, H), "f": slice(H, 2*H), "g": slice(2*H, 3*H), "o": slice(3*H, '
        "4*H)}\n"
        "    pre = {}\n"
        '    for k in "ifgo":\n'
        "        pre[k] = x @ W_ih[sl[k]].T + b_ih[sl[k]] + h @ W_hh[sl[k]].T + b_hh[sl[k]]\n"
        '    i_g = sigmoid(pre["i"])\n'
        '    f_g = sigmoid(pre["f"])\n'
        '    g_g = np.tanh(pre["g"])\n'
        '    o_g = sigmoid(pre["o"])\n'
        "    c_new = f_g * c + i_g * g_g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "\n"
        "    d_c = dc_next + dh_next * o_g * (1 - tanh_c**2)\n"
        "    d_pre = {}\n"
        '    d_pre["i"] = d_c * g_g * i_g * (1 - i_g)\n'
        '    d_pre["f"] = d_c * c * f_g * (1 - f_g)\n'
        '    d_pre["g"] = d_c * i_g * (1 - g_g**2)\n'
        '    d_pre["o"] = dh_next * tanh_c * o_g * (1 - o_g)\n'
        "\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros_like(h)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db = np.zeros_like(b_ih)\n"
        '    for k in "ifgo":\n'
        "        dx = dx + d_pre[k] @ W_ih[sl[k]]\n"
        "        dh = dh + d_pre[k] @ W_hh[sl[k]]\n"
        "        dW_ih[sl[k]] = d_pre[k].T @ x\n"
        "        dW_hh[sl[k]] = d_pre[k].T @ h\n"
        "        db[sl[k]] = d_pre[k].sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": d_c * f_g, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    B, H = h0.shape\n"
        "    hh = [h0]; cc = [c0]\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], hh[t], cc[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hh.append(hn); cc.append(cn)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dx = np.zeros(x.shape)\n"
        "    gW_ih = np.zeros(W_ih.shape); gW_hh = np.zeros(W_hh.shape)\n"
        "    gb_ih = gb_hh = np.zeros(4 * H)\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        r = lstm_cell_backward(dh + dout[t], dc, x[t], hh[t], cc[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = r["x"]\n'
        '        dh = r["h"]; dc = r["c"]\n'
        '        gW_ih += r["W_ih"]; gW_hh += r["W_hh"]; gb_ih += r["b_ih"]; gb_hh += '
        'r["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": gW_ih, "W_hh": gW_hh, "b_ih": gb_ih, '
        '"b_hh": gb_hh}\n',
    },
    {
        "id": "lb_d_sam_no_recurrent_dx_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient reaching h_t is only dout[t]: step t+1's 'h' is not added",
                "must_mention": [
                    {
                        "any": [
                            "recurren",
                            "t+1",
                            "t + 1",
                            "next step",
                            "later step",
                            "through h",
                            "carried",
                            "from later",
                            "previous step",
                            "h_{t-1}",
                            "through time",
                            "sum of dout",
                        ]
                    }
                ],
            },
            {
                "what": "'x' gradients collected in reverse time order and never flipped back",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "revers",
                            "flip",
                            "T-1-t",
                            "T - 1 - t",
                            "backwards",
                            "time order",
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)          # total gradient reaching "
        "c_t\n"
        "    da = np.concatenate([dc * g * i * (1 - i),           # input gate\n"
        "                         dc * c * f * (1 - f),           # forget gate\n"
        "                         dc * i * (1 - g ** 2),          # candidate\n"
        "                         dh_next * tc * o * (1 - o)],    # output gate\n"
        "                        axis=1)\n"
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
        "    dh_next = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx_list = []\n"
        "    gW_ih = 0; gW_hh = 0; gb_ih = 0; gb_hh = 0\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        if t == T - 1:\n"
        "            dh = dout[t] + dh_next\n"
        "        else:\n"
        "            dh = dout[t]\n"
        "        g = lstm_cell_backward(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        dx_list.append(g["x"])\n'
        '        dc = g["c"]\n'
        '        gW_ih = gW_ih + g["W_ih"]; gW_hh = gW_hh + g["W_hh"]\n'
        '        gb_ih = gb_ih + g["b_ih"]; gb_hh = gb_hh + g["b_hh"]\n'
        '    return {"x": np.array(dx_list), "h0": g["h"], "c0": dc,\n'
        '            "W_ih": gW_ih, "W_hh": gW_hh, "b_ih": gb_ih, "b_hh": gb_hh}\n',
    },
    {
        "id": "lb_d_dana_global_swap_final",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the accumulators live in a global dict that is only reset when the shapes "
                "change: calls with the same sizes add onto the previous call's gradients",
                "must_mention": [
                    {
                        "any": [
                            "previous call",
                            "between calls",
                            "global",
                            "reset",
                            "persist",
                            "earlier call",
                            "second call",
                            "repeated call",
                            "calling it again",
                            "called twice",
                            "default argument",
                            "mutable default",
                            "leftover",
                        ]
                    }
                ],
            },
            {
                "what": "dh_n and dc_n swapped: dh starts from dc_n and dc from dh_n",
                "must_mention": [
                    {"any": ["dh_n", "dc_n"]},
                    {"any": ["swap", "exchang", "other way", "mixed", "instead of"]},
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)          # total gradient reaching "
        "c_t\n"
        "    da = np.concatenate([dc * g * i * (1 - i),           # input gate\n"
        "                         dc * c * f * (1 - f),           # forget gate\n"
        "                         dc * i * (1 - g ** 2),          # candidate\n"
        "                         dh_next * tc * o * (1 - o)],    # output gate\n"
        "                        axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "acc = {}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        '    for k, v in (("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)):\n'
        "        if k not in acc or acc[k].shape != v.shape:\n"
        "            acc[k] = np.zeros_like(v)\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros_like(h0)\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros_like(c0)\n"
        "    dh, dc = dc_n, dh_n\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        "        for k in acc:\n"
        "            acc[k] += g[k]\n"
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": acc["W_ih"], "W_hh": acc["W_hh"],\n'
        '            "b_ih": acc["b_ih"], "b_hh": acc["b_hh"]}\n',
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]        # (B, 1): is step t real for "
        "row b?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ok_gus_lists",
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.zeros((B, H))\n"
        "    c_n = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        seq = x[:L, b:b+1, :]           # (L, 1, I): only the real steps\n"
        "        h = h0[b:b+1]\n"
        "        c = c0[b:b+1]\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(seq[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b] = h[0]\n"
        "        c_n[b] = c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_ok_kofi_arith",
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
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, "
        ":]).astype(np.float64)[..., None]  # (T, B, 1)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = mask[t]\n"
        "        h = m * hn + (1.0 - m) * h      # h_t = m h~ + (1 - m) h_{t-1}\n"
        "        c = m * cn + (1.0 - m) * c\n"
        "        outs.append(m * hn)\n"
        "    return np.stack(outs), (h, c)\n",
    },
    {
        "id": "ll_gus_slice_short",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "x[:L - 1] drops each sequence's last real step (off by one): out at "
                "lengths[b]-1 is zero and h_n, c_n are the state one step early",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "one too",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "last real",
                            "own last",
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    results = []\n"
        "    finals_h, finals_c = [], []\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        seq = x[:L - 1, b]             # steps 0 .. lengths[b] - 1\n"
        "        h, c = h0[b][None, :], c0[b][None, :]\n"
        "        hs = []\n"
        "        for x_t in seq:\n"
        "            h, c = lstm_cell(x_t[None, :], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            hs.append(h[0])\n"
        "        padded = np.zeros((T, H))\n"
        "        if hs:\n"
        "            padded[:len(hs)] = np.array(hs)\n"
        "        results.append(padded)\n"
        "        finals_h.append(h[0]); finals_c.append(c[0])\n"
        "    out = np.stack(results, axis=1)\n"
        "    return out, (np.array(finals_h), np.array(finals_c))\n",
    },
    {
        "id": "ll_hiro_pad_with_last_h",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out past each length holds the frozen last state instead of zeros",
                "must_mention": [{"any": ["zero", "padding", "pad"]}],
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
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        alive = (t < lengths).reshape(-1, 1)\n"
        "        h_try, c_try = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(alive, h_try, h)       # finished sequences keep their state\n"
        "        c = np.where(alive, c_try, c)\n"
        '        out.append(h)                       # pad with the last state, like a "hold"\n'
        "    return np.array(out), (h, c)\n",
    },
    {
        "id": "ll_hiro_pad_nan",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is NaN past each length instead of zero",
                "must_mention": [{"any": ["zero", "nan"]}],
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
        "    out = np.full((T, B, H), np.nan)     # NaN marks padding, so nobody uses it by "
        "accident\n"
        "    h_n, c_n = h0.copy(), c0.copy()\n"
        "    for b in range(B):\n"
        "        h, c = h0[b:b + 1], c0[b:b + 1]\n"
        "        for t in range(lengths[b]):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b], c_n[b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_olu_hn_at_T",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the state keeps running over the padding: h_n, c_n are taken after step "
                "T-1 instead of at each sequence's own last step lengths[b]-1",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state", "state"]},
                    {
                        "any": [
                            "padding",
                            "own last",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "last real",
                            "T - 1",
                            "T-1",
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
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        keep = (t < lengths)[:, None]\n"
        "        out.append(h * keep)           # zero the output past the length\n"
        "    return np.stack(out), (h, c)\n",
    },
    {
        "id": "ll_sam_mask_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask t <= lengths[b] counts one padding step as real (off by one): the "
                "state and output include step lengths[b]",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "one too",
                            "padding",
                            "lengths[b]",
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h = h0.copy()\n"
        "    c = c0.copy()\n"
        "    for t in range(T):\n"
        "        real = np.array([t <= L for L in lengths])    # real steps are 0 .. lengths\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[real] = hn[real]\n"
        "        c[real] = cn[real]\n"
        "        out[t, real] = hn[real]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_yuki_c_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only h is frozen past the length; the cell state c keeps being updated on "
                "padding, so c_n and every later h after a sequence ends use a drifted c",
                "must_mention": [
                    {"any": ["c_n", "cell state", "c_t", " c "]},
                    {
                        "any": [
                            "padding",
                            "freez",
                            "frozen",
                            "mask",
                            "own last",
                            "last real",
                            "lengths",
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        running = (t < lengths)[:, None]\n"
        "        h_new, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(running, h_new, h)\n"
        "        out[t] = np.where(running, h_new, 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_kofi_sorted_batch_sizes",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "assumes the batch is sorted by decreasing length (the first "
                "batch_sizes[t] rows are the running ones); with unsorted lengths the "
                "wrong rows are run and frozen",
                "must_mention": [
                    {
                        "any": [
                            "sort",
                            "descending",
                            "decreasing",
                            "enforce_sorted",
                            "order of the lengths",
                            "longest first",
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
        "    # like a PackedSequence: at step t only the first batch_sizes[t] rows are still "
        "running\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    batch_sizes = [int(np.sum(lengths > t)) for t in range(T)]\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        n = batch_sizes[t]\n"
        "        if n == 0:\n"
        "            break\n"
        "        h[:n], c[:n] = lstm_cell(x[t, :n], h[:n], c[:n], W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t, :n] = h[:n]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_emil_inplace_h0",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h = h0 then h[active] = ... writes into the caller's h0 and c0 (in place)",
                "must_mention": [
                    {
                        "any": [
                            "chang",
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "unchanged",
                            "alias",
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        active = t < lengths\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[active] = hn[active]          # update only the running sequences\n"
        "        c[active] = cn[active]\n"
        "        out[t][active] = hn[active]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_olu_mask_broadcast",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the (B,) mask broadcasts against the last axis (units) of (B, H) instead "
                "of the batch axis: it needs [:, None]; fails or masks the wrong entries "
                "unless B == 1",
                "must_mention": [{"any": ["broadcast", "mask", "[:, None]", "axis", "shape"]}],
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
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        m = t < lengths                     # (B,)\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, hn, h)\n"
        "        c = np.where(m, cn, c)\n"
        "        out[t] = np.where(m, hn, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_d_gus_slice_long_edge_pad",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "runs one step too many (t up to lengths[b]), reading one padding step for "
                "every sequence shorter than T",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "one too",
                            "padding",
                            "lengths[b]",
                        ]
                    }
                ],
            },
            {
                "what": "pads out with the last output (np.pad mode='edge') instead of zeros",
                "must_mention": [{"any": ["zero", "padding", "pad"]}],
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
        "    T, B, I = x.shape\n"
        "    outs, hN, cN = [], [], []\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        h, c = h0[b:b+1], c0[b:b+1]\n"
        "        hs = []\n"
        "        for t in range(min(L + 1, T)):          # up to and including lengths[b]\n"
        "            h, c = lstm_cell(x[t, b:b+1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            hs.append(h[0])\n"
        "        seq_out = np.array(hs)                  # (L', H)\n"
        '        seq_out = np.pad(seq_out, ((0, T - len(hs)), (0, 0)), mode="edge")\n'
        "        outs.append(seq_out)\n"
        "        hN.append(h[0]); cN.append(c[0])\n"
        "    return np.stack(outs, axis=1), (np.stack(hN), np.stack(cN))\n",
    },
    {
        "id": "ll_d_mateo_out_like_x_c_running",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is allocated with np.zeros_like(x): shape (T, B, I) instead of (T, B, "
                "H)",
                "must_mention": [
                    "out",
                    {"any": ["shape", "hidden size", "input size", "(T, B, H)", "(T, B, I)"]},
                ],
            },
            {
                "what": "c is not frozen past the length (c = c_new for every row)",
                "must_mention": [
                    {"any": ["c_n", "cell state", "c_t", " c "]},
                    {
                        "any": [
                            "padding",
                            "freez",
                            "frozen",
                            "mask",
                            "own last",
                            "last real",
                            "lengths",
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
        "    T = len(x)\n"
        "    out = np.zeros_like(x)\n"
        "    h = h0\n"
        "    c = c0\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        mask = np.array([[1.0] if t < lengths[b] else [0.0] for b in "
        "range(x.shape[1])])\n"
        "        h = mask * h_new + (1 - mask) * h\n"
        "        c = c_new\n"
        "        out[t] = mask * h_new\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_d_sam_le_inplace",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask t <= lengths[b] includes one padding step (off by one)",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "one too",
                            "padding",
                            "lengths[b]",
                            "<=",
                        ]
                    }
                ],
            },
            {
                "what": "writes the state into the caller's h0, c0 in place",
                "must_mention": [
                    {
                        "any": [
                            "chang",
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "unchanged",
                            "alias",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        real = t <= lengths\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[real] = hn[real]\n"
        "        c[real] = cn[real]\n"
        "        out[t, real] = hn[real]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "bll_ok_ines",
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]        # (B, 1): is step t real for "
        "row b?\n"
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
        "    # the reverse direction reads position lengths-1-t at its step t; padding maps to "
        "itself.\n"
        "    rev = np.where(t < lengths[None, :], lengths[None, :] - 1 - t, t)   # (T, B), its "
        "own inverse\n"
        "    cols = np.arange(B)[None, :]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x[rev, cols], lengths, h0[1], c0[1], "
        "*bwd)\n"
        "    out_b = out_r[rev, cols]\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_ok_gus",
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
        "def run_one(seq, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # seq: (L, I); h, c: (H,). Returns the list of h's and the final state.\n"
        "    hs = []\n"
        "    for xt in seq:\n"
        "        h2, c2 = lstm_cell(xt[None], h[None], c[None], W_ih, W_hh, b_ih, b_hh)\n"
        "        h, c = h2[0], c2[0]\n"
        "        hs.append(h)\n"
        "    return hs, h, c\n"
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
        "        seq = x[:L, b]\n"
        "        hs_f, h_n[0, b], c_n[0, b] = run_one(seq, h0[0, b], c0[0, b], *fwd)\n"
        "        hs_b, h_n[1, b], c_n[1, b] = run_one(seq[::-1], h0[1, b], c0[1, b], *bwd)\n"
        "        hs_b = hs_b[::-1]\n"
        "        for t in range(L):\n"
        "            out[t, b, :H] = hs_f[t]\n"
        "            out[t, b, H:] = hs_b[t]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bll_ok_kofi",
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
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    real = np.arange(T)[:, None, None] < np.asarray(lengths)[None, :, None]   # (T, "
        "B, 1)\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    hf, cf = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], hf, cf, *fwd)\n"
        "        hf, cf = np.where(real[t], hn, hf), np.where(real[t], cn, cf)\n"
        "        out[t, :, :H] = np.where(real[t], hn, 0)\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        # a sequence's reverse run only starts once t reaches its last real step\n"
        "        hn, cn = lstm_cell(x[t], hb, cb, *bwd)\n"
        "        hb, cb = np.where(real[t], hn, hb), np.where(real[t], cn, cb)\n"
        "        out[t, :, H:] = np.where(real[t], hn, 0)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bll_farah_flip_whole",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses the whole padded sequence (x[::-1]): for sequences shorter than "
                "T the reverse direction starts on padding / reads the wrong positions "
                "instead of starting at lengths[b]-1",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "own last",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "last real",
                            "own length",
                            "each sequence",
                            "whole",
                            "T - 1",
                            "T-1",
                            "shorter",
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]        # (B, 1): is step t real for "
        "row b?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse direction = the same masked layer on the time-reversed input\n"
        "    ob, (hb, cb) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)\n"
        "    ob = ob[::-1]\n"
        "    out = np.concatenate([of, ob], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bll_lena_flip_back_whole",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "input reversed per sequence correctly, but the reverse outputs are "
                "flipped back over the whole T instead of over each sequence's length: "
                "they land at the wrong positions",
                "must_mention": [
                    {
                        "any": [
                            "position",
                            "flip",
                            "place",
                            "align",
                            "shift",
                            "order",
                            "each sequence",
                            "own length",
                            "whole",
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]        # (B, 1): is step t real for "
        "row b?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse each sequence's real part; padding stays where it is\n"
        "    x_rev = x.copy()\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        x_rev[:L, b] = x[:L, b][::-1]\n"
        "    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = out_r[::-1]            # back to time order\n"
        "    return np.concatenate([out_f, out_b], axis=-1), (np.stack([hf, hb]), "
        "np.stack([cf, cb]))\n",
    },
    {
        "id": "bll_priya_hn_first_reverse_step",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] is the reverse output at position lengths[b]-1 (the reverse "
                "direction's first step) instead of its state after step 0",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "reverse",
                            "backward",
                            "row 1",
                            "h_n[1]",
                            "step 0",
                            "position 0",
                            "first step",
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]        # (B, 1): is step t real for "
        "row b?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    idx = np.arange(B)\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        x_rev[:L, b] = x[L - 1::-1, b] if L > 0 else x[:0, b]\n"
        "    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        out_b[:L, b] = out_r[:L, b][::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    # last hidden state of each direction = its output at the last real step\n"
        "    h_n = np.stack([out_f[lengths - 1, idx], out_b[lengths - 1, idx]])\n"
        "    c_n = np.stack([cf, cb])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bll_hiro_reverse_pad_h0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse half of out past each length holds the reverse initial state "
                "h0[1] instead of zeros",
                "must_mention": [{"any": ["zero", "padding", "pad"]}],
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
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        on = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *fwd)\n"
        "        h = np.where(on, hn, h); c = np.where(on, cn, c)\n"
        "        out[t, :, :H] = np.where(on, h, 0.0)\n"
        "    hf, cf = h, c\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in reversed(range(T)):\n"
        "        on = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        h = np.where(on, hn, h); c = np.where(on, cn, c)\n"
        "        out[t, :, H:] = h          # before its start the reverse state is just "
        "h0[1]\n"
        "    return out, (np.stack([hf, h]), np.stack([cf, c]))\n",
    },
    {
        "id": "bll_olu_fwd_weights",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction uses the forward weights fwd instead of bwd",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "bwd",
                            "row 1",
                            "[1]",
                            "second direction",
                        ]
                    },
                    {"any": ["weight", "fwd", "parameter", "W_ih", "W_hh"]},
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]        # (B, 1): is step t real for "
        "row b?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    W_ih, W_hh, b_ih, b_hh = fwd\n"
        "    T, B, _ = x.shape\n"
        "    xr = x.copy()\n"
        "    for b in range(B):\n"
        "        xr[:lengths[b], b] = np.flip(x[:lengths[b], b], axis=0)\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "    orv, (hb, cb) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "    ob = np.zeros_like(orv)\n"
        "    for b in range(B):\n"
        "        ob[:lengths[b], b] = np.flip(orv[:lengths[b], b], axis=0)\n"
        "    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bll_sam_h0_rows_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "initial-state rows swapped: forward starts from h0[1], c0[1] and reverse "
                "from h0[0], c0[0]",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "starting state", "start from", "starts from"]},
                    {"any": ["swap", "row", "exchang", "h0[0]", "h0[1]", "reverse", "forward"]},
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]        # (B, 1): is step t real for "
        "row b?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    h_back0, h_fwd0 = h0          # rows: backward, forward\n"
        "    c_back0, c_fwd0 = c0\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h_fwd0, c_fwd0, *fwd)\n"
        "    xr = x.copy()\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        xr[:L, b] = x[:L, b][::-1]\n"
        "    orr, (hb, cb) = lstm_layer_lengths(xr, lengths, h_back0, c_back0, *bwd)\n"
        "    ob = orr.copy()\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        ob[:L, b] = orr[:L, b][::-1]\n"
        "    return np.concatenate([of, ob], 2), (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bll_gus_miss_x0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse slice x[L-1:0:-1] stops before step 0: x_0 is never read by the "
                "reverse direction (reverse out[0] stays zero, h_n[1], c_n[1] are the "
                "state after step 1)",
                "must_mention": [
                    {
                        "any": [
                            "x_0",
                            "step 0",
                            "t = 0",
                            "t=0",
                            "x[0]",
                            "first step",
                            "off by one",
                            "off-by-one",
                            "position 0",
                            "out[0",
                            "never read",
                            "not read",
                            "skip",
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
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    hn = np.zeros((2, B, H)); cn = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        # forward\n"
        "        h, c = h0[0, b:b+1], c0[0, b:b+1]\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(x[t, b:b+1], h, c, *fwd)\n"
        "            out[t, b, :H] = h[0]\n"
        "        hn[0, b], cn[0, b] = h[0], c[0]\n"
        "        # backward: from the last real step down to the first\n"
        "        h, c = h0[1, b:b+1], c0[1, b:b+1]\n"
        "        backward_seq = x[L - 1:0:-1, b]\n"
        "        for k, xt in enumerate(backward_seq):\n"
        "            h, c = lstm_cell(xt[None], h, c, *bwd)\n"
        "            out[L - 1 - k, b, H:] = h[0]\n"
        "        hn[1, b], cn[1, b] = h[0], c[0]\n"
        "    return out, (hn, cn)\n",
    },
    {
        "id": "bll_emil_reverses_x_in_place",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses the real part of x in place: the caller's x is changed",
                "must_mention": [
                    {
                        "any": [
                            "chang",
                            "modif",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "unchanged",
                            "alias",
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]        # (B, 1): is step t real for "
        "row b?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    B = x.shape[1]\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    for b in range(B):                       # reverse every real part\n"
        "        L = lengths[b]\n"
        "        x[:L, b] = x[:L, b][::-1]\n"
        "    out_r, (hb, cb) = lstm_layer_lengths(x, lengths, h0[1], c0[1], *bwd)\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        out_r[:L, b] = out_r[:L, b][::-1].copy()\n"
        "    return np.concatenate([out_f, out_r], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bll_yuki_forward_hn_at_T",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "forward state keeps running over the padding: h_n[0], c_n[0] are taken at "
                "T-1 instead of at each sequence's last step lengths[b]-1",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state", "state"]},
                    {
                        "any": [
                            "padding",
                            "own last",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "last real",
                            "T - 1",
                            "T-1",
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]        # (B, 1): is step t real for "
        "row b?\n"
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
        "    # forward direction: padding comes after the real steps, so only out needs "
        "zeroing\n"
        "    of = np.zeros((T, B, H))\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        "        of[t] = h * (t < lengths)[:, None]\n"
        "    hf, cf = h, c\n"
        "    # reverse direction: per-sequence reversal, through the masked layer\n"
        "    xr = x.copy()\n"
        "    for b in range(B):\n"
        "        xr[:lengths[b], b] = x[:lengths[b], b][::-1]\n"
        "    orr, (hb, cb) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    ob = orr.copy()\n"
        "    for b in range(B):\n"
        "        ob[:lengths[b], b] = orr[:lengths[b], b][::-1]\n"
        "    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bll_d_farah_flip_whole_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses the whole padded sequence: the reverse direction does not start "
                "at each sequence's own last step",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "own last",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "last real",
                            "own length",
                            "each sequence",
                            "whole",
                            "T - 1",
                            "T-1",
                            "shorter",
                        ]
                    }
                ],
            },
            {
                "what": "out's halves swapped: reverse half first",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "halves",
                            "first half",
                            "second half",
                            ":H]",
                            "H:]",
                            "exchanged",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]        # (B, 1): is step t real for "
        "row b?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    # time reversal t -> T-1-t for the backward direction\n"
        "    fo, (fh, fc) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    bo, (bh, bc) = lstm_layer_lengths(np.flip(x, 0), lengths, h0[1], c0[1], *bwd)\n"
        "    bo = np.flip(bo, 0)\n"
        "    out = np.concatenate([bo, fo], axis=-1)\n"
        "    return out, (np.stack([fh, bh]), np.stack([fc, bc]))\n",
    },
    {
        "id": "bll_d_hiro_pad_h0_rows_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse half past each length holds the reverse initial state instead of "
                "zeros",
                "must_mention": [{"any": ["zero", "padding", "pad"]}],
            },
            {
                "what": "initial-state rows swapped: forward starts from row 1, reverse from row 0",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "starting state", "start from", "starts from"]},
                    {"any": ["swap", "row", "exchang", "h0[0]", "h0[1]", "reverse", "forward"]},
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
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    # row 0 = backward, row 1 = forward\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T):\n"
        "        on = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *fwd)\n"
        "        h = np.where(on, hn, h); c = np.where(on, cn, c)\n"
        "        out[t, :, :H] = np.where(on, h, 0.0)\n"
        "    hf, cf = h, c\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in reversed(range(T)):\n"
        "        on = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        h = np.where(on, hn, h); c = np.where(on, cn, c)\n"
        "        out[t, :, H:] = h\n"
        "    return out, (np.stack([hf, h]), np.stack([cf, c]))\n",
    },
    {
        "id": "bll_d_gus_miss_x0_hn_first",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse slice stops before step 0: x_0 is never read by the reverse "
                "direction",
                "must_mention": [
                    {
                        "any": [
                            "x_0",
                            "step 0",
                            "t = 0",
                            "t=0",
                            "x[0]",
                            "first step",
                            "off by one",
                            "off-by-one",
                            "position 0",
                            "out[0",
                            "never read",
                            "not read",
                            "skip",
                        ]
                    }
                ],
            },
            {
                "what": "h_n[1] is the reverse output at position lengths[b]-1 (its first step) "
                "instead of its final state",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "reverse",
                            "backward",
                            "row 1",
                            "h_n[1]",
                            "step 0",
                            "position 0",
                            "first step",
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
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    hn = np.zeros((2, B, H)); cn = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        h, c = h0[0, b:b+1], c0[0, b:b+1]\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(x[t, b:b+1], h, c, *fwd)\n"
        "            out[t, b, :H] = h[0]\n"
        "        hn[0, b], cn[0, b] = h[0], c[0]\n"
        "        h, c = h0[1, b:b+1], c0[1, b:b+1]\n"
        "        rev_hs = []\n"
        "        for xt in x[L - 1:0:-1, b]:\n"
        "            h, c = lstm_cell(xt[None], h, c, *bwd)\n"
        "            rev_hs.append(h[0])\n"
        "        for k, hv in enumerate(rev_hs):\n"
        "            out[L - 1 - k, b, H:] = hv\n"
        "        # the reverse direction's h_n: its output at the sequence's last real step\n"
        "        hn[1, b] = out[L - 1, b, H:]\n"
        "        cn[1, b] = c[0]\n"
        "    return out, (hn, cn)\n",
    },
]
