# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The twenty-sixth blind corpus, kept as its two authors wrote it (/work/blind26a and /work/blind26b,
split by graded names as for corpora 10-25; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora (they imported a frozen copy of lstm_ref
alone, with no tests or corpora beside it, for their single run, and both report having read
nothing else), each asked to invent a cast of at least ten students in a large first-year class
graded in week 6: equations copied with one index or sign mistyped, rows and columns of the
weights confused, one gate written right and copy-pasted for the others, only the notebook's
shapes handled, early returns from inside a loop, Python lists and math.exp, h and c mixed up,
a ScratchLSTM built on one's own lstm_layer with the bookkeeping wrong, chapter 8's backward
equations with one factor mistyped, directions' halves and rows mixed up, lengths handled only
when sorted; run on fdd9dcf (after the twenty-third round); the words a message must contain
were fixed before its first run (author A's eighteen wrong ScratchLSTM versions are scripted
edits of three implementations, as its README says). See tests/checks/test_corpus_blind5_10.py."""

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
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=float)\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    neg = ~pos\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[neg])          # z < 0 here, so exp(z) <= 1\n"
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
        "def sigmoid(z):\n"
        "    # sigma(z) = exp(-log(1 + e^{-z})) and logaddexp(0, -z) = log(1 + e^{-z}) without "
        "overflow\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.asarray(np.exp(-np.logaddexp(0.0, -z)))\n",
    },
    {
        "id": "sig_ok_where_num",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))              # in (0, 1], never overflows\n"
        "    num = np.where(z >= 0, 1.0, e)      # 1/(1+e^-z)  or  e^z/(1+e^z)\n"
        "    return np.divide(num, 1.0 + e, out=np.empty_like(z))\n",
    },
    {
        "id": "sig_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive 1/(1+exp(-z)): exp(-z) overflows (RuntimeWarning) for large "
                "negative z; values are right",
                "must_mention": [{"any": ["overflow", "warning", "stable"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # logistic function from the lecture\n"
        "    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "sig_mathexp_list",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "Python loop with math.exp over the first axis: returns a Python list, not "
                "an array, and fails for 0-d and 2-D inputs",
                "must_mention": [
                    {
                        "any": [
                            "list",
                            "ndarray",
                            "numpy array",
                            "np.ndarray",
                            "1-d",
                            "one-dimensional",
                            "scalar",
                            "iterat",
                            "not an array",
                        ]
                    }
                ],
            }
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    result = []\n"
        "    for v in z:\n"
        "        if v >= 0:\n"
        "            result.append(1 / (1 + math.exp(-v)))\n"
        "        else:\n"
        "            result.append(math.exp(v) / (1 + math.exp(v)))\n"
        "    return result\n",
    },
    {
        "id": "sig_ravel_shape",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "flattens z with ravel and never reshapes back: returns a 1-D array "
                "instead of z's shape",
                "must_mention": [{"any": ["shape", "flat", "ravel", "1-d"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    orig = np.shape(z)   # TODO reshape back?\n"
        "    z = np.asarray(z, dtype=np.float64).ravel()\n"
        "    s = np.zeros(len(z))\n"
        "    for k in range(len(z)):\n"
        "        if z[k] >= 0:\n"
        "            s[k] = 1.0 / (1.0 + np.exp(-z[k]))\n"
        "        else:\n"
        "            ez = np.exp(z[k])\n"
        "            s[k] = ez / (1.0 + ez)\n"
        "    return s\n",
    },
    {
        "id": "sig_where_both_branches",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where evaluates both branches on all of z: np.exp(z) overflows for "
                "large positive z (and np.exp(-z) for large negative), giving overflow "
                "warnings though the selected values are right",
                "must_mention": [{"any": ["overflow", "warning", "stable"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    # stable: use the second form for negative z\n"
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
                "what": "negative branch computes 1/(1+exp(z)) = sigma(-z) instead of "
                "exp(z)/(1+exp(z)): wrong for z < 0",
                "must_mention": [{"any": ["negative", "z < 0", "z<0", "sign", "1 - "]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.array(z, dtype=np.float64)\n"
        "    out = np.zeros_like(z)\n"
        "    mask = z >= 0\n"
        "    out[mask] = 1. / (1. + np.exp(-z[mask]))\n"
        "    # for z<0 use the other form so exp never gets a big argument\n"
        "    out[~mask] = 1. / (1. + np.exp(z[~mask]))\n"
        "    return out\n",
    },
    {
        "id": "sig_float32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "casts z to float32 'to save memory': result is float32, not float64",
                "must_mention": [{"any": ["float32", "float64", "dtype", "precision", "single"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)   # save memory\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n",
    },
    {
        "id": "sig_inplace_abs",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "writes -z into z's negative entries (z[neg] = -z[neg]): changes the "
                "caller's array in place",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "mutat",
                            "unchanged",
                            "overwr",
                            "changes the",
                            "changed the",
                            "changes its",
                            "changed its",
                            "input changed",
                            "changes your input",
                            "argument",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    neg = z < 0\n"
        "    z[neg] = -z[neg]           # now z = |z|\n"
        "    e = np.exp(-z)\n"
        "    return np.where(neg, e / (1.0 + e), 1.0 / (1.0 + e))\n",
    },
    {
        "id": "sig_clip10",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips z to [-10, 10] before the naive formula: wrong values for |z| > 10 "
                "(saturates at sigma(10) = 0.99995)",
                "must_mention": [{"any": ["clip", "large", "saturat", "|z|", "big", "extreme"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # clip so exp can't overflow\n"
        "    z = np.clip(z, -10, 10)\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_atleast1d",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.atleast_1d turns a 0-d (scalar) input into shape (1,): returned shape "
                "differs for scalars",
                "must_mention": [{"any": ["shape", "scalar", "0-d", "0-dim"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.atleast_1d(z).astype(np.float64)\n"
        "    pos = z >= 0\n"
        "    res = np.empty(z.shape)\n"
        "    res[pos] = 1 / (1 + np.exp(-z[pos]))\n"
        "    t = np.exp(z[~pos])\n"
        "    res[~pos] = t / (1 + t)\n"
        "    return res\n",
    },
    {
        "id": "sig_dbl_naive_f32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive 1/(1+exp(-z)): exp overflows (in float32 already past |z| ~ 88)",
                "must_mention": [{"any": ["overflow", "warning", "stable"]}],
            },
            {
                "what": "converts z to float32: result is float32, not float64",
                "must_mention": [{"any": ["float32", "float64", "dtype", "precision", "single"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = z.astype('float32')\n"
        "    return 1/(1+np.exp(-z))\n",
    },
    {
        "id": "sig_dbl_sign_atleast1d",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "negative branch is 1/(1+exp(z)) = sigma(-z): wrong for z < 0",
                "must_mention": [{"any": ["negative", "z < 0", "z<0", "sign", "1 - "]}],
            },
            {
                "what": "np.atleast_1d: a scalar input comes back with shape (1,)",
                "must_mention": [{"any": ["shape", "scalar", "0-d", "0-dim"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    x = np.atleast_1d(np.asarray(z, dtype=np.float64))\n"
        "    y = np.zeros(x.shape)\n"
        "    p = x >= 0\n"
        "    y[p] = 1 / (1 + np.exp(-x[p]))\n"
        "    y[~p] = 1 / (1 + np.exp(x[~p]))     # same thing mirrored for negatives\n"
        "    return y\n",
    },
    {
        "id": "gates_ok_slices",
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
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh      # (B, 4H)\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(pre[:, :H])\n"
        "    f = sigmoid(pre[:, H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_ok_loop",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-z[p]))\n"
        "    ez = np.exp(z[~p])\n"
        "    out[~p] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    hidden = W_hh.shape[1]\n"
        "    acts = []\n"
        '    for k, name in enumerate("ifgo"):\n'
        "        rows = slice(k * hidden, (k + 1) * hidden)\n"
        "        z = x.dot(W_ih[rows].T) + h.dot(W_hh[rows].T) + b_ih[rows] + b_hh[rows]\n"
        '        acts.append(np.tanh(z) if name == "g" else sigmoid(z))\n'
        "    return tuple(acts)\n",
    },
    {
        "id": "gates_ok_einsum",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -np.asarray(z, dtype=np.float64)))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    z = np.einsum('bi,gi->bg', x, W_ih) + np.einsum('bh,gh->bg', h, W_hh) + (b_ih + "
        "b_hh)\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=-1)\n"
        "    return sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n",
    },
    {
        "id": "gates_order_ifog",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "splits the stacked pre-activations as (i, f, o, g) instead of PyTorch's "
                "(i, f, g, o): g and o read each other's rows",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "exchang",
                            "rows of o",
                            "rows of g",
                            "o's rows",
                            "g's rows",
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
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    pre = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    # input, forget, output, cell  (like colah's blog)\n"
        "    i, f, o, g = np.split(pre, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_transposed_out",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "computes W @ x.T (column layout) and never transposes back: every gate is "
                "(H, B) instead of (B, H)",
                "must_mention": [
                    {"any": ["transpos", "(H, B)", "rows and columns", "swapped axes", ".T"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-z[p]))\n"
        "    ez = np.exp(z[~p])\n"
        "    out[~p] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # W x_t like in the equations -> (4H, B)\n"
        "    Z = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]\n"
        "    H = W_hh.shape[1]\n"
        "    i = sigmoid(Z[0:H])\n"
        "    f = sigmoid(Z[H:2*H])\n"
        "    g = np.tanh(Z[2*H:3*H])\n"
        "    o = sigmoid(Z[3*H:4*H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_reshape_whh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "makes h @ W_hh fit by W_hh.reshape(H, 4H) instead of transposing: the "
                "recurrent weights are scrambled (right only for H = 1)",
                "must_mention": [
                    {"any": ["W_hh", "recurrent", "hidden"]},
                    {"any": ["reshape", "transpos", "layout", "scrambl", ".T"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih\n"
        "    # W_hh is (4H, H) -> reshape so it multiplies h\n"
        "    a = a + h @ W_hh.reshape(H, 4 * H) + b_hh\n"
        "    i, f, g, o = a[:, :H], a[:, H:2*H], a[:, 2*H:3*H], a[:, 3*H:]\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_forget_bias_copypaste",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "forget gate adds b_if twice (copy-paste) instead of b_if + b_hf: b_hh's "
                "forget block is never used",
                "must_mention": ["forget", {"any": ["bias", "b_hh", "b_hf", "b_if"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-z[p]))\n"
        "    ez = np.exp(z[~p])\n"
        "    out[~p] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        "    W_ii, W_if, W_ig, W_io = W_ih[:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:]\n"
        "    W_hi, W_hf, W_hg, W_ho = W_hh[:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:]\n"
        "    b_ii, b_if, b_ig, b_io = b_ih[:H], b_ih[H:2*H], b_ih[2*H:3*H], b_ih[3*H:]\n"
        "    b_hi, b_hf, b_hg, b_ho = b_hh[:H], b_hh[H:2*H], b_hh[2*H:3*H], b_hh[3*H:]\n"
        "\n"
        "    i = sigmoid(x @ W_ii.T + b_ii + h @ W_hi.T + b_hi)\n"
        "    f = sigmoid(x @ W_if.T + b_if + h @ W_hf.T + b_if)\n"
        "    g = np.tanh(x @ W_ig.T + b_ig + h @ W_hg.T + b_hg)\n"
        "    o = sigmoid(x @ W_io.T + b_io + h @ W_ho.T + b_ho)\n"
        "    return (i, f, g, o)\n",
    },
    {
        "id": "gates_output_reads_g_rows",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "output gate reads W_hh[2H:3H] (the candidate g's recurrent rows) instead "
                "of W_hh[3H:4H]",
                "must_mention": [
                    "output",
                    {"any": ["W_hh", "rows", "recurrent", "weight", "W_ho", "W_hg"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    i = sigmoid(x @ W_ih[0:H].T + h @ W_hh[0:H].T + b_ih[0:H] + b_hh[0:H])\n"
        "    f = sigmoid(x @ W_ih[H:2*H].T + h @ W_hh[H:2*H].T + b_ih[H:2*H] + b_hh[H:2*H])\n"
        "    g = np.tanh(x @ W_ih[2*H:3*H].T + h @ W_hh[2*H:3*H].T + b_ih[2*H:3*H] + "
        "b_hh[2*H:3*H])\n"
        "    o = sigmoid(x @ W_ih[3*H:4*H].T + h @ W_hh[2*H:3*H].T + b_ih[3*H:4*H] + "
        "b_hh[3*H:4*H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_g_sigmoid",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "applies sigmoid to the candidate g as well; g needs tanh",
                "must_mention": [{"any": ["tanh"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    gates = sigmoid(z)            # all gates are sigmoids\n"
        "    i, f, g, o = np.split(gates, 4, axis=1)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_no_bhh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "adds only b_ih: the recurrent bias b_hh is missing",
                "must_mention": [{"any": ["b_hh", "bias"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-z[p]))\n"
        "    ez = np.exp(z[~p])\n"
        "    out[~p] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih   # bias\n"
        "    n = pre.shape[1] // 4\n"
        "    i = sigmoid(pre[:, 0*n:1*n])\n"
        "    f = sigmoid(pre[:, 1*n:2*n])\n"
        "    g = np.tanh(pre[:, 2*n:3*n])\n"
        "    o = sigmoid(pre[:, 3*n:4*n])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_hardcoded_H2",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "slices hard-coded for H = 2 (the notebook's example): wrong gates for any "
                "other hidden size",
                "must_mention": [
                    {"any": ["hard", "hidden size", "fixed size", "only for", "size 2", "assumes"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(a[:, 0:2])\n"
        "    f = sigmoid(a[:, 2:4])\n"
        "    g = np.tanh(a[:, 4:6])\n"
        "    o = sigmoid(a[:, 6:8])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_H_from_x",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "takes the hidden size from x.shape[1] (the input size I): slices are "
                "wrong whenever I != H",
                "must_mention": [
                    {
                        "any": [
                            "input size",
                            "x.shape",
                            "hidden size",
                            "I = H",
                            "I == H",
                            "I=H",
                            "I != H",
                            "I ≠ H",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-z[p]))\n"
        "    ez = np.exp(z[~p])\n"
        "    out[~p] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = x.shape          # hidden size\n"
        "    lin = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(lin[:, :H])\n"
        "    f = sigmoid(lin[:, H:2*H])\n"
        "    g = np.tanh(lin[:, 2*H:3*H])\n"
        "    o = sigmoid(lin[:, 3*H:4*H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_squeeze",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze on every gate: with B = 1 (or H = 1) the gates lose an axis, "
                "(H,) instead of (1, H)",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "batch size 1",
                            "lost an axis",
                            "dropped",
                            "(H,)",
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
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    H = z.shape[1] // 4\n"
        "    i, f, g, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2*H]), np.tanh(z[:, 2*H:3*H]), "
        "sigmoid(z[:, 3*H:])\n"
        "    return tuple(np.squeeze(v) for v in (i, f, g, o))   # get rid of extra dims\n",
    },
    {
        "id": "gates_stack_not_tuple",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "returns np.stack([i, f, g, o]), one (4, B, H) array, instead of the tuple "
                "(i, f, g, o)",
                "must_mention": [
                    {"any": ["tuple", "4 arrays", "four arrays", "array of shape (4"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-z[p]))\n"
        "    ez = np.exp(z[~p])\n"
        "    out[~p] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    parts = np.split(z, 4, axis=1)\n"
        "    i = sigmoid(parts[0]); f = sigmoid(parts[1]); g = np.tanh(parts[2]); o = "
        "sigmoid(parts[3])\n"
        "    return np.stack([i, f, g, o])\n",
    },
    {
        "id": "gates_naive_sigmoid",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "uses a naive sigmoid 1/(1+exp(-z)): overflows (RuntimeWarning) for large "
                "negative pre-activations",
                "must_mention": [{"any": ["overflow", "warning", "stable"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    H = h.shape[1]\n"
        "    return sigmoid(z[:, :H]), sigmoid(z[:, H:2*H]), np.tanh(z[:, 2*H:3*H]), "
        "sigmoid(z[:, 3*H:])\n",
    },
    {
        "id": "gates_bias_inplace",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "b_ih += b_hh ('only their sum matters') changes the caller's b_ih in "
                "place",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "mutat",
                            "unchanged",
                            "overwr",
                            "changes the",
                            "changed the",
                            "changes its",
                            "changed its",
                            "input changed",
                            "changes your input",
                            "argument",
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
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    b_ih += b_hh     # only the sum matters (book ch. 2)\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    i, f, g, o = np.split(pre, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_dbl_order_nobhh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "splits as (i, f, o, g) instead of (i, f, g, o)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "exchang",
                            "rows of o",
                            "rows of g",
                            "o's rows",
                            "g's rows",
                        ]
                    }
                ],
            },
            {"what": "b_hh is never added", "must_mention": [{"any": ["b_hh", "bias"]}]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + "
        "np.exp(-np.abs(z))))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    hs = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    ig = sigmoid(a[:, :hs])\n"
        "    fg = sigmoid(a[:, hs:2*hs])\n"
        "    og = sigmoid(a[:, 2*hs:3*hs])\n"
        "    gg = np.tanh(a[:, 3*hs:])\n"
        "    return ig, fg, gg, og\n",
    },
    {
        "id": "gates_dbl_gsig_inplace",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {"what": "sigmoid applied to g instead of tanh", "must_mention": [{"any": ["tanh"]}]},
            {
                "what": "b_ih += b_hh modifies the caller's b_ih in place",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "mutat",
                            "unchanged",
                            "overwr",
                            "changes the",
                            "changed the",
                            "changes its",
                            "changed its",
                            "input changed",
                            "changes your input",
                            "argument",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-z[p]))\n"
        "    ez = np.exp(z[~p])\n"
        "    out[~p] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    bias = b_ih\n"
        "    bias += b_hh\n"
        "    z = x @ W_ih.T + h @ W_hh.T + bias\n"
        "    i, f, g, o = (sigmoid(blk) for blk in np.split(z, 4, axis=1))\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_dbl_fbias_squeeze",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "forget gate adds b_if twice instead of b_if + b_hf",
                "must_mention": ["forget", {"any": ["bias", "b_hh", "b_hf", "b_if"]}],
            },
            {
                "what": "np.squeeze on the results: with B = 1 (or H = 1) the gates lose an axis",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "batch size 1",
                            "lost an axis",
                            "dropped",
                            "(H,)",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    s = lambda k: slice(k * H, (k + 1) * H)\n"
        "    xi, xf, xg, xo = (x @ W_ih[s(k)].T for k in range(4))\n"
        "    hi, hf, hg, ho = (h @ W_hh[s(k)].T for k in range(4))\n"
        "    i = sigmoid(xi + hi + b_ih[s(0)] + b_hh[s(0)])\n"
        "    f = sigmoid(xf + hf + b_ih[s(1)] + b_ih[s(1)])\n"
        "    g = np.tanh(xg + hg + b_ih[s(2)] + b_hh[s(2)])\n"
        "    o = sigmoid(xo + ho + b_ih[s(3)] + b_hh[s(3)])\n"
        "    return np.squeeze(i), np.squeeze(f), np.squeeze(g), np.squeeze(o)\n",
    },
    {
        "id": "cell_ok_slices",
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
        "    H = h.shape[1]\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(gates[:, 0:H])\n"
        "    f = sigmoid(gates[:, H:2*H])\n"
        "    g = np.tanh(gates[:, 2*H:3*H])\n"
        "    o = sigmoid(gates[:, 3*H:4*H])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_ok_dict",
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
        "    n = W_hh.shape[1]\n"
        "    act = {}\n"
        '    for k, gate in enumerate(["i", "f", "g", "o"]):\n'
        "        r = slice(k * n, (k + 1) * n)\n"
        "        pre = np.matmul(x, W_ih[r].T) + np.matmul(h, W_hh[r].T) + b_ih[r] + b_hh[r]\n"
        '        act[gate] = np.tanh(pre) if gate == "g" else sigmoid(pre)\n'
        '    new_c = act["f"] * c + act["i"] * act["g"]\n'
        '    new_h = act["o"] * np.tanh(new_c)\n'
        "    return new_h, new_c\n",
    },
    {
        "id": "cell_ok_concat",
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
        "    # one big matrix: [x, h] @ [W_ih, W_hh]^T\n"
        "    xh = np.concatenate([x, h], axis=1)\n"
        "    W = np.concatenate([W_ih, W_hh], axis=1)\n"
        "    z = xh @ W.T + (b_ih + b_hh)\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=1)\n"
        "    c_t = sigmoid(zf) * c + sigmoid(zi) * np.tanh(zg)\n"
        "    h_t = sigmoid(zo) * np.tanh(c_t)\n"
        "    return h_t, c_t\n",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    h_new = o * c_new\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "cell_h_uses_old_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = o * tanh(c) uses the previous cell state c instead of the new "
                "c_next",
                "must_mention": [
                    {
                        "any": [
                            "old",
                            "previous",
                            "c_next",
                            "new cell",
                            "c_{t-1}",
                            "input c",
                            "given c",
                            "updated c",
                            "instead of the new",
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
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(pre[:, :H]); f = sigmoid(pre[:, H:2*H])\n"
        "    g = np.tanh(pre[:, 2*H:3*H]); o = sigmoid(pre[:, 3*H:])\n"
        "    h_next = o * np.tanh(c)\n"
        "    c_next = f * c + i * g\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_return_swapped",
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
                            "swap",
                            "order",
                            "h_next first",
                            "h first",
                            "exchang",
                            "reversed",
                            "the other way",
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
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=1)\n"
        "    c_t = sigmoid(zf) * c + sigmoid(zi) * np.tanh(zg)\n"
        "    h_t = sigmoid(zo) * np.tanh(c_t)\n"
        "    return c_t, h_t\n",
    },
    {
        "id": "cell_c_uses_o",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "cell update adds i * o instead of i * g: the output gate takes the "
                "candidate's place",
                "must_mention": [
                    {
                        "any": [
                            "output gate",
                            "o instead",
                            "o_t",
                            "candidate",
                            "g_t",
                            "i * o",
                            "i ⊙ o",
                            "i*o",
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
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(pre[:, 0:H])\n"
        "    f = sigmoid(pre[:, H:2*H])\n"
        "    g = np.tanh(pre[:, 2*H:3*H])\n"
        "    o = sigmoid(pre[:, 3*H:4*H])\n"
        "    c_next = f * c + i * o\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_forgot_input_gate",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = f * c + g: the candidate is not multiplied by the input gate i",
                "must_mention": [{"any": ["input gate", "i_t", "i *", "i ⊙"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
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
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    f = sigmoid(pre[:, H:2*H])\n"
        "    g = np.tanh(pre[:, 2*H:3*H])\n"
        "    o = sigmoid(pre[:, 3*H:4*H])\n"
        "    c_next = f * c + g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_preact_reads_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "the recurrent term is c @ W_hh.T: the gates read the cell state c instead "
                "of the hidden state h",
                "must_mention": [
                    {
                        "any": [
                            "cell state",
                            "c instead",
                            "instead of h",
                            "c @",
                            "reads c",
                            "c_{t-1}",
                            "uses c",
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
        "    hid = h.shape[1]\n"
        "    z = x @ W_ih.T + c @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(z[:, :hid])\n"
        "    f = sigmoid(z[:, hid:2 * hid])\n"
        "    g = np.tanh(z[:, 2 * hid:3 * hid])\n"
        "    o = sigmoid(z[:, 3 * hid:])\n"
        "    c2 = f * c + i * g\n"
        "    return o * np.tanh(c2), c2\n",
    },
    {
        "id": "cell_c_inplace",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c *= f; c += i * g updates the caller's c in place (and returns it)",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "mutat",
                            "unchanged",
                            "overwr",
                            "changes the",
                            "changed the",
                            "changes its",
                            "changed its",
                            "input changed",
                            "changes your input",
                            "argument",
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
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2*H]), np.tanh(z[:, 2*H:3*H]), "
        "sigmoid(z[:, 3*H:])\n"
        "    c *= f\n"
        "    c += i * g\n"
        "    h_next = o * np.tanh(c)\n"
        "    return h_next, c\n",
    },
    {
        "id": "cell_column_layout",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "works with columns (W @ x.T) and returns (H, B) arrays without "
                "transposing back",
                "must_mention": [
                    {"any": ["transpos", "(H, B)", "rows and columns", "swapped axes", ".T"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # column vectors like in the book's equations\n"
        "    xt, ht, ct = x.T, h.T, c.T\n"
        "    H = ht.shape[0]\n"
        "    z = W_ih @ xt + W_hh @ ht + b_ih[:, None] + b_hh[:, None]\n"
        "    i = sigmoid(z[:H]); f = sigmoid(z[H:2*H]); g = np.tanh(z[2*H:3*H]); o = "
        "sigmoid(z[3*H:])\n"
        "    c_next = f * ct + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_batch_of_one_only",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "flattens x, h and c into vectors and returns (1, H): works only for a "
                "batch of one (B = 1)",
                "must_mention": [
                    {
                        "any": [
                            "B>1",
                            "B > 1",
                            "batch size",
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "several examples",
                            "flatten",
                            "reshape(-1)",
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
        "    xv = x.reshape(-1)\n"
        "    hv = h.reshape(-1)\n"
        "    cv = c.reshape(-1)\n"
        "    z = W_ih @ xv + W_hh @ hv + b_ih + b_hh\n"
        "    H = hv.shape[0]\n"
        "    i = sigmoid(z[:H]); f = sigmoid(z[H:2*H]); g = np.tanh(z[2*H:3*H]); o = "
        "sigmoid(z[3*H:])\n"
        "    c_new = f * cv + i * g\n"
        "    h_new = o * np.tanh(c_new)\n"
        "    return h_new.reshape(1, -1), c_new.reshape(1, -1)\n",
    },
    {
        "id": "cell_output_gate_tanh",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "output gate o uses tanh (copied from g) instead of sigmoid",
                "must_mention": ["output", {"any": ["sigmoid", "tanh"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
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
        "    i = sigmoid(z[:, 0*H:1*H])\n"
        "    f = sigmoid(z[:, 1*H:2*H])\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    o = np.tanh(z[:, 3*H:4*H])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_float32_buffer",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "pre-activations stored in a float32 buffer: the results lose precision "
                "(errors ~1e-8)",
                "must_mention": [{"any": ["float32", "float64", "dtype", "precision", "single"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
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
        "    gates = np.empty((B, 4 * H), dtype=np.float32)\n"
        "    gates[:] = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(gates[:, :H])\n"
        "    f = sigmoid(gates[:, H:2*H])\n"
        "    g = np.tanh(gates[:, 2*H:3*H]).astype(np.float64)\n"
        "    o = sigmoid(gates[:, 3*H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_coupled_gates",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = f * c + (1 - f) * g (coupled gates from a blog) instead of using "
                "the input gate i",
                "must_mention": [
                    {"any": ["input gate", "1 - f", "1-f", "coupled", "i_t", "(1 - f)"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
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
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    o = sigmoid(z[:, 3*H:])\n"
        "    c_next = f * c + (1 - f) * g    # what we forget we replace\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_split_no_axis",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "np.split(z, 4) without axis=1 splits the batch axis, not the gate axis "
                "(fails or mixes examples)",
                "must_mention": [{"any": ["axis", "split", "batch"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
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
        "    zi, zf, zg, zo = np.split(z, 4)\n"
        "    c_next = sigmoid(zf) * c + sigmoid(zi) * np.tanh(zg)\n"
        "    return sigmoid(zo) * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_naive_sigmoid",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "redefines a naive sigmoid 1/(1+exp(-z)) in the cell: overflows for large "
                "negative pre-activations",
                "must_mention": [{"any": ["overflow", "warning", "stable"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "sig = lambda z: 1 / (1 + np.exp(-z))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, o = sig(z[:, :H]), sig(z[:, H:2*H]), sig(z[:, 3*H:])\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_h_c_mixed",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h and c swapped throughout: the gates read c through W_hh and the cell "
                "update keeps f * h",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "c instead",
                            "instead of h",
                            "cell state",
                            "mix",
                            "h instead",
                            "instead of c",
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
        "    # c = hidden memory, h = cell (I think?)\n"
        "    H = c.shape[1]\n"
        "    z = x @ W_ih.T + b_ih + c @ W_hh.T + b_hh\n"
        "    i = sigmoid(z[:, :H]); f = sigmoid(z[:, H:2*H]); g = np.tanh(z[:, 2*H:3*H]); o = "
        "sigmoid(z[:, 3*H:])\n"
        "    h_new = f * h + i * g\n"
        "    c_new = o * np.tanh(h_new)\n"
        "    return c_new, h_new\n",
    },
    {
        "id": "cell_dbl_notanh_swapret",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {"what": "h_next = o * c_next: missing tanh", "must_mention": [{"any": ["tanh"]}]},
            {
                "what": "returns (c_next, h_next) instead of (h_next, c_next)",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "h_next first",
                            "h first",
                            "exchang",
                            "reversed",
                            "the other way",
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
        "    nh = h.shape[-1]\n"
        "    pre = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    ig, fg, gg, og = [pre[:, k*nh:(k+1)*nh] for k in range(4)]\n"
        "    ig, fg, gg, og = sigmoid(ig), sigmoid(fg), np.tanh(gg), sigmoid(og)\n"
        "    cn = fg * c + ig * gg\n"
        "    hn = og * cn\n"
        "    return cn, hn\n",
    },
    {
        "id": "cell_dbl_inplace_otanh",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c *= f; c += i*g changes the caller's c in place",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "mutat",
                            "unchanged",
                            "overwr",
                            "changes the",
                            "changed the",
                            "changes its",
                            "changed its",
                            "input changed",
                            "changes your input",
                            "argument",
                        ]
                    }
                ],
            },
            {
                "what": "output gate uses tanh instead of sigmoid",
                "must_mention": ["output", {"any": ["sigmoid", "tanh"]}],
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
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(z[:, :H])\n"
        "    f = sigmoid(z[:, H:2*H])\n"
        "    g, o = np.tanh(z[:, 2*H:3*H]), np.tanh(z[:, 3*H:])\n"
        "    c *= f\n"
        "    c += i * g\n"
        "    return o * np.tanh(c), c\n",
    },
    {
        "id": "cell_dbl_oldc_float32",
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
                            "old",
                            "previous",
                            "c_next",
                            "new cell",
                            "c_{t-1}",
                            "input c",
                            "given c",
                            "updated c",
                            "instead of the new",
                        ]
                    }
                ],
            },
            {
                "what": "pre-activations kept in float32: precision lost",
                "must_mention": [{"any": ["float32", "float64", "dtype", "precision", "single"]}],
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
        "    z = (x @ W_ih.T + h @ W_hh.T + b_ih + b_hh).astype(np.float32)\n"
        "    i = sigmoid(z[:, :H]); f = sigmoid(z[:, H:2*H]); g = np.tanh(z[:, "
        "2*H:3*H]).astype(float)\n"
        "    o = sigmoid(z[:, 3*H:])\n"
        "    h_next = o * np.tanh(c)\n"
        "    c_next = f * c + i * g\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "layer_ok_list",
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
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
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
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = np.moveaxis(x, 1, 0) if batch_first else x     # (T, B, I)\n"
        "    T, B = xs.shape[0], xs.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h_t = np.zeros((B, H)) if h0 is None else h0.copy()\n"
        "    c_t = np.zeros((B, H)) if c0 is None else c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    b = b_ih + b_hh\n"
        "    for t in range(T):\n"
        "        z = xs[t] @ W_ih.T + h_t @ W_hh.T + b\n"
        "        i, f, g, o = np.split(z, 4, axis=1)\n"
        "        c_t = sigmoid(f) * c_t + sigmoid(i) * np.tanh(g)\n"
        "        h_t = sigmoid(o) * np.tanh(c_t)\n"
        "        out[t] = h_t\n"
        "    if batch_first:\n"
        "        out = np.moveaxis(out, 0, 1)\n"
        "    return out, (h_t, c_t)\n",
    },
    {
        "id": "layer_ok_swapaxes_enumerate",
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
        "    seq = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    batch = seq.shape[1]\n"
        "    hidden = W_hh.shape[-1]\n"
        "    state = (np.zeros((batch, hidden)) if h0 is None else h0,\n"
        "             np.zeros((batch, hidden)) if c0 is None else c0)\n"
        "    hs = [None] * len(seq)\n"
        "    for t, x_t in enumerate(seq):\n"
        "        state = lstm_cell(x_t, *state, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs[t] = state[0]\n"
        "    out = np.array(hs)\n"
        "    return (np.swapaxes(out, 0, 1) if batch_first else out), state\n",
    },
    {
        "id": "layer_out_collects_c",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out stacks the cell states c_t instead of the hidden states h_t",
                "must_mention": [
                    {"any": ["cell state", "c_t", "c instead", "instead of h", "of c"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(c)\n"
        "    out = np.array(out)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_return_in_loop",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the return statement is indented inside the loop: the layer stops after "
                "the first step (t = 0)",
                "must_mention": [
                    {
                        "any": [
                            "first step",
                            "only one",
                            "one step",
                            "t = 0",
                            "t=0",
                            "single step",
                            "1 step",
                            "inside the loop",
                            "indent",
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
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "        out = np.stack(outs)\n"
        "        if batch_first:\n"
        "            out = out.swapaxes(0, 1)\n"
        "        return out, (h, c)\n",
    },
    {
        "id": "layer_range_T_minus_1",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "loops over range(T - 1): the last step t = T-1 is never computed (off by "
                "one)",
                "must_mention": [
                    {
                        "any": [
                            "last step",
                            "T-1",
                            "T - 1",
                            "off-by-one",
                            "off by one",
                            "final step",
                            "one step short",
                            "missing step",
                            "one fewer",
                            "T-1 steps",
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
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    hs = []\n"
        "    for t in range(T - 1):          # steps 0..T-1\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.stack(hs)\n"
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
                "what": "with batch_first=True the input is transposed but out is returned "
                "time-major (T, B, H), not (B, T, H)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "transpos", "(B, T", "batch-first"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "        x = x.transpose(1, 0, 2)   # -> (T, B, I)\n"
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
        "id": "layer_bf_reshape",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first handled with reshape instead of transpose: (B, T, I) -> (T, "
                "B, I) by reshape scrambles examples and steps",
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
        "    if batch_first:\n"
        "        B, T, I = x.shape\n"
        "        x = x.reshape(T, B, I)\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.reshape(B, T, H)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_none_zeros_like_x",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "for h0 = None it builds zeros_like(x[0]), of shape (B, I) instead of (B, "
                "H): fails when I != H",
                "must_mention": [{"any": ["None", "zero", "initial", "h0", "zeros_like"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    if h0 is None:\n"
        "        h0 = np.zeros_like(x[0])\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros_like(x[0])\n"
        "    h, c = h0, c0\n"
        "    hs = []\n"
        "    for xt in x:\n"
        "        h, c = lstm_cell(xt, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.stack(hs)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
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
                "what": "every step starts from (h0, c0) instead of the previous step's state: the "
                "state is not carried",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "previous step",
                            "initial state",
                            "reset",
                            "not updated",
                            "previous state",
                            "starts from h0",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    if h0 is None:\n"
        "        h0, c0 = np.zeros((B, H)), np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h_t\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h_t, c_t)\n",
    },
    {
        "id": "layer_alias_append",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "updates one buffer in place (h[:] = ...) and appends that same array "
                "every step: all of out equals the last h",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "same array",
                            "copy",
                            "overwr",
                            "same object",
                            "all steps equal",
                            "every step holds",
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
        "    h = np.zeros((B, H)) if h0 is None else h0.copy()\n"
        "    c = np.zeros((B, H)) if c0 is None else c0.copy()\n"
        "    hs = []\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[:] = hn\n"
        "        c[:] = cn\n"
        "        hs.append(h)\n"
        "    out = np.stack(hs)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_cn_returns_c0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns c0 (the initial cell state) as c_n instead of the last step's c",
                "must_mention": [{"any": ["c_n", "final cell", "last c", "c0", "initial cell"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.stack(out, axis=0)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    h_n, c_n = out[-1] if not batch_first else out[:, -1], c0\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "layer_reversed_time",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "runs the steps in reverse time order (t = T-1 down to 0), like a backward "
                "direction",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward",
                            "from the end",
                            "T-1 down",
                            "time order",
                            "wrong direction",
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
        "    out = np.zeros((T, B, H))\n"
        "    for t in reversed(range(T)):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_bf_T_before_transpose",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reads T, B from x.shape before transposing the batch-first input: with "
                "batch_first=True it runs B steps instead of T",
                "must_mention": [
                    {
                        "any": [
                            "batch_first",
                            "batch first",
                            "batch-first",
                            "number of steps",
                            "sequence length",
                            "T and B",
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
        "    T, B, I = x.shape\n"
        "    if batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))\n"
        "        B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    res = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        res.append(h)\n"
        "    out = np.stack(res)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_out_zeros_like_x",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "allocates out with np.zeros_like(x), of shape (T, B, I) instead of (T, B, "
                "H): fails when I != H",
                "must_mention": [
                    {"any": ["zeros_like", "input size", "(T, B, I)", "I != H", "size of x"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    out = np.zeros_like(x)\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_h0_inplace",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h = h0 without a copy, then h[...] = ... each step: the caller's h0 and "
                "c0 are overwritten",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "mutat",
                            "unchanged",
                            "overwr",
                            "changes the",
                            "changed the",
                            "changes its",
                            "changed its",
                            "input changed",
                            "changes your input",
                            "argument",
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
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[...] = h_new\n"
        "        c[...] = c_new\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h.copy(), c.copy())\n",
    },
    {
        "id": "layer_dbl_offbyone_bf",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "loops over range(T - 1): misses the last step",
                "must_mention": [
                    {
                        "any": [
                            "last step",
                            "T-1",
                            "T - 1",
                            "off-by-one",
                            "off by one",
                            "final step",
                            "one step short",
                            "missing step",
                            "one fewer",
                            "T-1 steps",
                        ]
                    }
                ],
            },
            {
                "what": "batch_first output not transposed back to (B, T, H)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "transpos", "(B, T", "batch-first"]}
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
        "    X = x.transpose(1, 0, 2) if batch_first else x\n"
        "    n_steps, n_batch = X.shape[0], X.shape[1]\n"
        "    n_hidden = W_hh.shape[1]\n"
        "    h = np.zeros((n_batch, n_hidden)) if h0 is None else h0\n"
        "    c = np.zeros((n_batch, n_hidden)) if c0 is None else c0\n"
        "    H_all = np.zeros((n_steps, n_batch, n_hidden))\n"
        "    for t in range(n_steps - 1):\n"
        "        h, c = lstm_cell(X[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        H_all[t] = h\n"
        "    return H_all, (h, c)\n",
    },
    {
        "id": "layer_dbl_outc_nonezeros",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out stacks c_t instead of h_t",
                "must_mention": [
                    {"any": ["cell state", "c_t", "c instead", "instead of h", "of c"]}
                ],
            },
            {
                "what": "h0 = None gives zeros_like(x[0]), shape (B, I) not (B, H)",
                "must_mention": [{"any": ["None", "zero", "initial", "h0", "zeros_like"]}],
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
        "    seq = x.swapaxes(0, 1) if batch_first else x\n"
        "    h = np.zeros_like(seq[0]) if h0 is None else h0\n"
        "    c = np.zeros_like(seq[0]) if c0 is None else c0\n"
        "    cs = []\n"
        "    for t in range(seq.shape[0]):\n"
        "        h, c = lstm_cell(seq[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        cs.append(c)\n"
        "    out = np.stack(cs)\n"
        "    return (out.swapaxes(0, 1) if batch_first else out), (h, c)\n",
    },
    {
        "id": "layer_dbl_cn_c0_reshape",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns c0 as c_n instead of the final c",
                "must_mention": [{"any": ["c_n", "final cell", "last c", "c0", "initial cell"]}],
            },
            {
                "what": "batch_first handled with reshape instead of transpose",
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
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.reshape(x.shape[1], x.shape[0], x.shape[2])\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h0 = np.zeros((B, H)) if h0 is None else h0\n"
        "    c0 = np.zeros((B, H)) if c0 is None else c0\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.reshape(B, T, H)\n"
        "    return out, (h, c0)\n",
    },
    {
        "id": "scratch_ok_dict_loops",
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
        "        draw = lambda *shape: rng.uniform(-k, k, size=shape)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                self.params["weight_ih" + sfx] = draw(4 * H, in_size)\n'
        '                self.params["weight_hh" + sfx] = draw(4 * H, H)\n'
        "                if bias:\n"
        '                    self.params["bias_ih" + sfx] = draw(4 * H)\n'
        '                    self.params["bias_hh" + sfx] = draw(4 * H)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self.params:\n"
        "            self.params[k] = np.array(state[k], dtype=np.float64, copy=True)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        layer_in = x\n"
        "        hn, cn = [], []\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                W_ih = self.params["weight_ih" + sfx]\n'
        '                W_hh = self.params["weight_hh" + sfx]\n'
        '                b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if '
        "self.bias else 0.0\n"
        "                h = h0[layer * D + d]\n"
        "                c = c0[layer * D + d]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    z = layer_in[t] @ W_ih.T + h @ W_hh.T + b\n"
        "                    i = sigmoid(z[:, :H])\n"
        "                    f = sigmoid(z[:, H:2 * H])\n"
        "                    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "                    o = sigmoid(z[:, 3 * H:])\n"
        "                    c = f * c + i * g\n"
        "                    h = o * np.tanh(c)\n"
        "                    seq[t] = h\n"
        "                outs.append(seq)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_ok_setattr",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(v):\n"
        "    v = np.asarray(v, dtype=float)\n"
        "    out = np.empty_like(v)\n"
        "    p = v >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-v[p]))\n"
        "    e = np.exp(v[~p])\n"
        "    out[~p] = e / (1.0 + e)\n"
        "    return out\n"
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
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = 1 / np.sqrt(hidden_size)\n"
        "        self._names = []\n"
        "        for layer in range(num_layers):\n"
        "            layer_in = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [("weight_ih", (4 * hidden_size, layer_in)),\n'
        '                          ("weight_hh", (4 * hidden_size, hidden_size))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * '
        "hidden_size,))]\n"
        "                for base, shape in shapes:\n"
        '                    name = f"{base}_l{layer}{suffix}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, size=shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(getattr(self, name), dtype=np.float64) for name in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self._names:\n"
        "            setattr(self, name, np.array(state[name], dtype=np.float64))\n"
        "\n"
        "    @staticmethod\n"
        "    def _step(x, h, c, W_ih, W_hh, b):\n"
        "        z = x @ W_ih.T + h @ W_hh.T + b\n"
        "        i, f, g, o = np.split(z, 4, axis=1)\n"
        "        c = _sig(f) * c + _sig(i) * np.tanh(g)\n"
        "        h = _sig(o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _run(self, seq, h, c, sfx, layer):\n"
        '        W_ih = getattr(self, f"weight_ih_l{layer}{sfx}")\n'
        '        W_hh = getattr(self, f"weight_hh_l{layer}{sfx}")\n'
        "        if self.bias:\n"
        '            b = getattr(self, f"bias_ih_l{layer}{sfx}") + getattr(self, '
        'f"bias_hh_l{layer}{sfx}")\n'
        "        else:\n"
        "            b = 0.0\n"
        "        hs = []\n"
        "        for x_t in seq:\n"
        "            h, c = self._step(x_t, h, c, W_ih, W_hh, b)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        inp = x\n"
        "        h_n, c_n = [], []\n"
        "        for layer in range(self.num_layers):\n"
        "            row = layer * D\n"
        '            fw, hf, cf = self._run(inp, h0[row], c0[row], "", layer)\n'
        "            h_n.append(hf)\n"
        "            c_n.append(cf)\n"
        "            if D == 2:\n"
        "                bw, hb, cb = self._run(inp[::-1], h0[row + 1], c0[row + 1], "
        '"_reverse", layer)\n'
        "                bw = bw[::-1]          # back to time order\n"
        "                h_n.append(hb)\n"
        "                c_n.append(cb)\n"
        "                inp = np.concatenate([fw, bw], axis=-1)\n"
        "            else:\n"
        "                inp = fw\n"
        "        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_ok_own_layer",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0, -z))\n"
        "\n"
        "\n"
        "def _lstm_layer(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """my lstm_layer from exercise 3 (time-major, no None handling)"""\n'
        "    outs = []\n"
        "    H = h.shape[1]\n"
        "    for t in range(x.shape[0]):\n"
        "        z = x[t] @ W_ih.T + h @ W_hh.T\n"
        "        if b_ih is not None:\n"
        "            z = z + b_ih + b_hh\n"
        "        i = _sigmoid(z[:, :H]); f = _sigmoid(z[:, H:2*H])\n"
        "        g = np.tanh(z[:, 2*H:3*H]); o = _sigmoid(z[:, 3*H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        outs.append(h)\n"
        "    return np.array(outs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = hidden_size ** -0.5\n"
        "        self.params = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else self.D * hidden_size\n"
        "            for d in range(self.D):\n"
        '                tag = f"_l{l}" + ("_reverse" if d else "")\n'
        '                self.params["weight_ih" + tag] = rng.uniform(-k, k, size=(4 * '
        "hidden_size, n_in))\n"
        '                self.params["weight_hh" + tag] = rng.uniform(-k, k, size=(4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + tag] = rng.uniform(-k, k, size=4 * '
        "hidden_size)\n"
        '                    self.params["bias_hh" + tag] = rng.uniform(-k, k, size=4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: arr.copy() for name, arr in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        self.params = {name: np.array(arr, dtype=np.float64) for name, arr in "
        "state.items()}\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        B = x.shape[1]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, self.H)), np.zeros((self.L * self.D, "
        "B, self.H)))\n"
        "        h0, c0 = hx\n"
        "        layer_input = x\n"
        "        hn, cn = [], []\n"
        "        for l in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        '                tag = f"_l{l}" + ("_reverse" if d else "")\n'
        "                p = self.params\n"
        '                b_ih, b_hh = p.get("bias_ih" + tag), p.get("bias_hh" + tag)\n'
        "                seq = layer_input if d == 0 else layer_input[::-1]\n"
        "                o, h, c = _lstm_layer(seq, h0[l * self.D + d], c0[l * self.D + d],\n"
        '                                      p["weight_ih" + tag], p["weight_hh" + tag], '
        "b_ih, b_hh)\n"
        "                if d == 1:\n"
        "                    o = o[::-1]\n"
        "                outs.append(o)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input.transpose(1, 0, 2) if self.batch_first else layer_input\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_rev_not_flipped",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs are left in reading order (not flipped back "
                "to time order)",
                "must_mention": [
                    "reverse",
                    {"any": ["time order", "flip", "order", "index", "[::-1]", "put back"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(v):\n"
        "    v = np.asarray(v, dtype=float)\n"
        "    out = np.empty_like(v)\n"
        "    p = v >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-v[p]))\n"
        "    e = np.exp(v[~p])\n"
        "    out[~p] = e / (1.0 + e)\n"
        "    return out\n"
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
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = 1 / np.sqrt(hidden_size)\n"
        "        self._names = []\n"
        "        for layer in range(num_layers):\n"
        "            layer_in = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [("weight_ih", (4 * hidden_size, layer_in)),\n'
        '                          ("weight_hh", (4 * hidden_size, hidden_size))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * '
        "hidden_size,))]\n"
        "                for base, shape in shapes:\n"
        '                    name = f"{base}_l{layer}{suffix}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, size=shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(getattr(self, name), dtype=np.float64) for name in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self._names:\n"
        "            setattr(self, name, np.array(state[name], dtype=np.float64))\n"
        "\n"
        "    @staticmethod\n"
        "    def _step(x, h, c, W_ih, W_hh, b):\n"
        "        z = x @ W_ih.T + h @ W_hh.T + b\n"
        "        i, f, g, o = np.split(z, 4, axis=1)\n"
        "        c = _sig(f) * c + _sig(i) * np.tanh(g)\n"
        "        h = _sig(o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _run(self, seq, h, c, sfx, layer):\n"
        '        W_ih = getattr(self, f"weight_ih_l{layer}{sfx}")\n'
        '        W_hh = getattr(self, f"weight_hh_l{layer}{sfx}")\n'
        "        if self.bias:\n"
        '            b = getattr(self, f"bias_ih_l{layer}{sfx}") + getattr(self, '
        'f"bias_hh_l{layer}{sfx}")\n'
        "        else:\n"
        "            b = 0.0\n"
        "        hs = []\n"
        "        for x_t in seq:\n"
        "            h, c = self._step(x_t, h, c, W_ih, W_hh, b)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        inp = x\n"
        "        h_n, c_n = [], []\n"
        "        for layer in range(self.num_layers):\n"
        "            row = layer * D\n"
        '            fw, hf, cf = self._run(inp, h0[row], c0[row], "", layer)\n'
        "            h_n.append(hf)\n"
        "            c_n.append(cf)\n"
        "            if D == 2:\n"
        "                bw, hb, cb = self._run(inp[::-1], h0[row + 1], c0[row + 1], "
        '"_reverse", layer)\n'
        "                h_n.append(hb)\n"
        "                c_n.append(cb)\n"
        "                inp = np.concatenate([fw, bw], axis=-1)\n"
        "            else:\n"
        "                inp = fw\n"
        "        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_rev_hn_from_out_last",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n takes the direction's output at the last time index (seq[-1]); for "
                "the reverse direction the final state is the one after x_0, stored at t = "
                "0",
                "must_mention": [
                    "reverse",
                    {"any": ["final", "h_n", "last", "state", "out[0", "t = 0", "t=0"]},
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
        "        draw = lambda *shape: rng.uniform(-k, k, size=shape)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                self.params["weight_ih" + sfx] = draw(4 * H, in_size)\n'
        '                self.params["weight_hh" + sfx] = draw(4 * H, H)\n'
        "                if bias:\n"
        '                    self.params["bias_ih" + sfx] = draw(4 * H)\n'
        '                    self.params["bias_hh" + sfx] = draw(4 * H)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self.params:\n"
        "            self.params[k] = np.array(state[k], dtype=np.float64, copy=True)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        layer_in = x\n"
        "        hn, cn = [], []\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                W_ih = self.params["weight_ih" + sfx]\n'
        '                W_hh = self.params["weight_hh" + sfx]\n'
        '                b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if '
        "self.bias else 0.0\n"
        "                h = h0[layer * D + d]\n"
        "                c = c0[layer * D + d]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    z = layer_in[t] @ W_ih.T + h @ W_hh.T + b\n"
        "                    i = sigmoid(z[:, :H])\n"
        "                    f = sigmoid(z[:, H:2 * H])\n"
        "                    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "                    o = sigmoid(z[:, 3 * H:])\n"
        "                    c = f * c + i * g\n"
        "                    h = o * np.tanh(c)\n"
        "                    seq[t] = h\n"
        "                outs.append(seq)\n"
        "                hn.append(seq[-1])   # final hidden = last output\n"
        "                cn.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_h0_rows_dir_major",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reads h_0/c_0 rows as d * L + layer (direction-major) instead of layer * "
                "D + d",
                "must_mention": [
                    {"any": ["row", "order", "index"]},
                    {"any": ["h_0", "h0", "hx", "initial", "state"]},
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
        "        draw = lambda *shape: rng.uniform(-k, k, size=shape)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                self.params["weight_ih" + sfx] = draw(4 * H, in_size)\n'
        '                self.params["weight_hh" + sfx] = draw(4 * H, H)\n'
        "                if bias:\n"
        '                    self.params["bias_ih" + sfx] = draw(4 * H)\n'
        '                    self.params["bias_hh" + sfx] = draw(4 * H)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self.params:\n"
        "            self.params[k] = np.array(state[k], dtype=np.float64, copy=True)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        layer_in = x\n"
        "        hn, cn = [], []\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                W_ih = self.params["weight_ih" + sfx]\n'
        '                W_hh = self.params["weight_hh" + sfx]\n'
        '                b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if '
        "self.bias else 0.0\n"
        "                h = h0[d * L + layer]\n"
        "                c = c0[d * L + layer]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    z = layer_in[t] @ W_ih.T + h @ W_hh.T + b\n"
        "                    i = sigmoid(z[:, :H])\n"
        "                    f = sigmoid(z[:, H:2 * H])\n"
        "                    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "                    o = sigmoid(z[:, 3 * H:])\n"
        "                    c = f * c + i * g\n"
        "                    h = o * np.tanh(c)\n"
        "                    seq[t] = h\n"
        "                outs.append(seq)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_l1_input_size",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "every layer's weight_ih is (4H, input_size); layers after the first "
                "should read D * H features",
                "must_mention": [
                    {"any": ["weight_ih_l1", "layer 1", "input size", "D * H", "H * D"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0, -z))\n"
        "\n"
        "\n"
        "def _lstm_layer(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """my lstm_layer from exercise 3 (time-major, no None handling)"""\n'
        "    outs = []\n"
        "    H = h.shape[1]\n"
        "    for t in range(x.shape[0]):\n"
        "        z = x[t] @ W_ih.T + h @ W_hh.T\n"
        "        if b_ih is not None:\n"
        "            z = z + b_ih + b_hh\n"
        "        i = _sigmoid(z[:, :H]); f = _sigmoid(z[:, H:2*H])\n"
        "        g = np.tanh(z[:, 2*H:3*H]); o = _sigmoid(z[:, 3*H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        outs.append(h)\n"
        "    return np.array(outs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = hidden_size ** -0.5\n"
        "        self.params = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size\n"
        "            for d in range(self.D):\n"
        '                tag = f"_l{l}" + ("_reverse" if d else "")\n'
        '                self.params["weight_ih" + tag] = rng.uniform(-k, k, size=(4 * '
        "hidden_size, n_in))\n"
        '                self.params["weight_hh" + tag] = rng.uniform(-k, k, size=(4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + tag] = rng.uniform(-k, k, size=4 * '
        "hidden_size)\n"
        '                    self.params["bias_hh" + tag] = rng.uniform(-k, k, size=4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: arr.copy() for name, arr in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        self.params = {name: np.array(arr, dtype=np.float64) for name, arr in "
        "state.items()}\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        B = x.shape[1]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, self.H)), np.zeros((self.L * self.D, "
        "B, self.H)))\n"
        "        h0, c0 = hx\n"
        "        layer_input = x\n"
        "        hn, cn = [], []\n"
        "        for l in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        '                tag = f"_l{l}" + ("_reverse" if d else "")\n'
        "                p = self.params\n"
        '                b_ih, b_hh = p.get("bias_ih" + tag), p.get("bias_hh" + tag)\n'
        "                seq = layer_input if d == 0 else layer_input[::-1]\n"
        "                o, h, c = _lstm_layer(seq, h0[l * self.D + d], c0[l * self.D + d],\n"
        '                                      p["weight_ih" + tag], p["weight_hh" + tag], '
        "b_ih, b_hh)\n"
        "                if d == 1:\n"
        "                    o = o[::-1]\n"
        "                outs.append(o)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input.transpose(1, 0, 2) if self.batch_first else layer_input\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_bias_false_keeps_bias",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with bias=False it still creates bias_ih/bias_hh parameters (extra "
                "state_dict keys)",
                "must_mention": [
                    "bias",
                    {"any": ["key", "extra", "state_dict", "bias=False", "bias_ih"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(v):\n"
        "    v = np.asarray(v, dtype=float)\n"
        "    out = np.empty_like(v)\n"
        "    p = v >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-v[p]))\n"
        "    e = np.exp(v[~p])\n"
        "    out[~p] = e / (1.0 + e)\n"
        "    return out\n"
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
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = 1 / np.sqrt(hidden_size)\n"
        "        self._names = []\n"
        "        for layer in range(num_layers):\n"
        "            layer_in = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [("weight_ih", (4 * hidden_size, layer_in)),\n'
        '                          ("weight_hh", (4 * hidden_size, hidden_size)),\n'
        '                          ("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * '
        "hidden_size,))]\n"
        "                for base, shape in shapes:\n"
        '                    name = f"{base}_l{layer}{suffix}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, size=shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(getattr(self, name), dtype=np.float64) for name in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self._names:\n"
        "            setattr(self, name, np.array(state[name], dtype=np.float64))\n"
        "\n"
        "    @staticmethod\n"
        "    def _step(x, h, c, W_ih, W_hh, b):\n"
        "        z = x @ W_ih.T + h @ W_hh.T + b\n"
        "        i, f, g, o = np.split(z, 4, axis=1)\n"
        "        c = _sig(f) * c + _sig(i) * np.tanh(g)\n"
        "        h = _sig(o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _run(self, seq, h, c, sfx, layer):\n"
        '        W_ih = getattr(self, f"weight_ih_l{layer}{sfx}")\n'
        '        W_hh = getattr(self, f"weight_hh_l{layer}{sfx}")\n'
        "        if self.bias:\n"
        '            b = getattr(self, f"bias_ih_l{layer}{sfx}") + getattr(self, '
        'f"bias_hh_l{layer}{sfx}")\n'
        "        else:\n"
        "            b = 0.0\n"
        "        hs = []\n"
        "        for x_t in seq:\n"
        "            h, c = self._step(x_t, h, c, W_ih, W_hh, b)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        inp = x\n"
        "        h_n, c_n = [], []\n"
        "        for layer in range(self.num_layers):\n"
        "            row = layer * D\n"
        '            fw, hf, cf = self._run(inp, h0[row], c0[row], "", layer)\n'
        "            h_n.append(hf)\n"
        "            c_n.append(cf)\n"
        "            if D == 2:\n"
        "                bw, hb, cb = self._run(inp[::-1], h0[row + 1], c0[row + 1], "
        '"_reverse", layer)\n'
        "                bw = bw[::-1]          # back to time order\n"
        "                h_n.append(hb)\n"
        "                c_n.append(cb)\n"
        "                inp = np.concatenate([fw, bw], axis=-1)\n"
        "            else:\n"
        "                inp = fw\n"
        "        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_init_normal",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initial values drawn from a normal distribution with std 1/sqrt(H) "
                "instead of uniform in [-1/sqrt(H), 1/sqrt(H)]: many fall outside the "
                "bound",
                "must_mention": [
                    {
                        "any": [
                            "bound",
                            "uniform",
                            "range",
                            "init",
                            "1/sqrt",
                            "distribution",
                            "outside",
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
        "        draw = lambda *shape: rng.normal(0.0, k, size=shape)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                self.params["weight_ih" + sfx] = draw(4 * H, in_size)\n'
        '                self.params["weight_hh" + sfx] = draw(4 * H, H)\n'
        "                if bias:\n"
        '                    self.params["bias_ih" + sfx] = draw(4 * H)\n'
        '                    self.params["bias_hh" + sfx] = draw(4 * H)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self.params:\n"
        "            self.params[k] = np.array(state[k], dtype=np.float64, copy=True)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        layer_in = x\n"
        "        hn, cn = [], []\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                W_ih = self.params["weight_ih" + sfx]\n'
        '                W_hh = self.params["weight_hh" + sfx]\n'
        '                b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if '
        "self.bias else 0.0\n"
        "                h = h0[layer * D + d]\n"
        "                c = c0[layer * D + d]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    z = layer_in[t] @ W_ih.T + h @ W_hh.T + b\n"
        "                    i = sigmoid(z[:, :H])\n"
        "                    f = sigmoid(z[:, H:2 * H])\n"
        "                    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "                    o = sigmoid(z[:, 3 * H:])\n"
        "                    c = f * c + i * g\n"
        "                    h = o * np.tanh(c)\n"
        "                    seq[t] = h\n"
        "                outs.append(seq)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_state_dict_no_copy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own arrays (a shallow dict), not copies",
                "must_mention": [
                    "state_dict",
                    {"any": ["copy", "copies", "reference", "alias", "same array", "share"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0, -z))\n"
        "\n"
        "\n"
        "def _lstm_layer(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """my lstm_layer from exercise 3 (time-major, no None handling)"""\n'
        "    outs = []\n"
        "    H = h.shape[1]\n"
        "    for t in range(x.shape[0]):\n"
        "        z = x[t] @ W_ih.T + h @ W_hh.T\n"
        "        if b_ih is not None:\n"
        "            z = z + b_ih + b_hh\n"
        "        i = _sigmoid(z[:, :H]); f = _sigmoid(z[:, H:2*H])\n"
        "        g = np.tanh(z[:, 2*H:3*H]); o = _sigmoid(z[:, 3*H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        outs.append(h)\n"
        "    return np.array(outs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = hidden_size ** -0.5\n"
        "        self.params = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else self.D * hidden_size\n"
        "            for d in range(self.D):\n"
        '                tag = f"_l{l}" + ("_reverse" if d else "")\n'
        '                self.params["weight_ih" + tag] = rng.uniform(-k, k, size=(4 * '
        "hidden_size, n_in))\n"
        '                self.params["weight_hh" + tag] = rng.uniform(-k, k, size=(4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + tag] = rng.uniform(-k, k, size=4 * '
        "hidden_size)\n"
        '                    self.params["bias_hh" + tag] = rng.uniform(-k, k, size=4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return dict(self.params)\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        self.params = {name: np.array(arr, dtype=np.float64) for name, arr in "
        "state.items()}\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        B = x.shape[1]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, self.H)), np.zeros((self.L * self.D, "
        "B, self.H)))\n"
        "        h0, c0 = hx\n"
        "        layer_input = x\n"
        "        hn, cn = [], []\n"
        "        for l in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        '                tag = f"_l{l}" + ("_reverse" if d else "")\n'
        "                p = self.params\n"
        '                b_ih, b_hh = p.get("bias_ih" + tag), p.get("bias_hh" + tag)\n'
        "                seq = layer_input if d == 0 else layer_input[::-1]\n"
        "                o, h, c = _lstm_layer(seq, h0[l * self.D + d], c0[l * self.D + d],\n"
        '                                      p["weight_ih" + tag], p["weight_hh" + tag], '
        "b_ih, b_hh)\n"
        "                if d == 1:\n"
        "                    o = o[::-1]\n"
        "                outs.append(o)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input.transpose(1, 0, 2) if self.batch_first else layer_input\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_load_no_copy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict keeps references to the given arrays (np.asarray), so "
                "later changes to state change the module",
                "must_mention": [
                    {"any": ["load", "later change", "state"]},
                    {"any": ["copy", "copies", "reference", "alias", "same array", "share"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(v):\n"
        "    v = np.asarray(v, dtype=float)\n"
        "    out = np.empty_like(v)\n"
        "    p = v >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-v[p]))\n"
        "    e = np.exp(v[~p])\n"
        "    out[~p] = e / (1.0 + e)\n"
        "    return out\n"
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
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = 1 / np.sqrt(hidden_size)\n"
        "        self._names = []\n"
        "        for layer in range(num_layers):\n"
        "            layer_in = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [("weight_ih", (4 * hidden_size, layer_in)),\n'
        '                          ("weight_hh", (4 * hidden_size, hidden_size))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * '
        "hidden_size,))]\n"
        "                for base, shape in shapes:\n"
        '                    name = f"{base}_l{layer}{suffix}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, size=shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(getattr(self, name), dtype=np.float64) for name in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self._names:\n"
        "            setattr(self, name, np.asarray(state[name], dtype=np.float64))\n"
        "\n"
        "    @staticmethod\n"
        "    def _step(x, h, c, W_ih, W_hh, b):\n"
        "        z = x @ W_ih.T + h @ W_hh.T + b\n"
        "        i, f, g, o = np.split(z, 4, axis=1)\n"
        "        c = _sig(f) * c + _sig(i) * np.tanh(g)\n"
        "        h = _sig(o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _run(self, seq, h, c, sfx, layer):\n"
        '        W_ih = getattr(self, f"weight_ih_l{layer}{sfx}")\n'
        '        W_hh = getattr(self, f"weight_hh_l{layer}{sfx}")\n'
        "        if self.bias:\n"
        '            b = getattr(self, f"bias_ih_l{layer}{sfx}") + getattr(self, '
        'f"bias_hh_l{layer}{sfx}")\n'
        "        else:\n"
        "            b = 0.0\n"
        "        hs = []\n"
        "        for x_t in seq:\n"
        "            h, c = self._step(x_t, h, c, W_ih, W_hh, b)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        inp = x\n"
        "        h_n, c_n = [], []\n"
        "        for layer in range(self.num_layers):\n"
        "            row = layer * D\n"
        '            fw, hf, cf = self._run(inp, h0[row], c0[row], "", layer)\n'
        "            h_n.append(hf)\n"
        "            c_n.append(cf)\n"
        "            if D == 2:\n"
        "                bw, hb, cb = self._run(inp[::-1], h0[row + 1], c0[row + 1], "
        '"_reverse", layer)\n'
        "                bw = bw[::-1]          # back to time order\n"
        "                h_n.append(hb)\n"
        "                c_n.append(cb)\n"
        "                inp = np.concatenate([fw, bw], axis=-1)\n"
        "            else:\n"
        "                inp = fw\n"
        "        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_bf_out_not_back",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first: the input is transposed but out is returned time-major",
                "must_mention": [{"any": ["batch_first", "batch first", "batch-first", "(B, T"]}],
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
        "        draw = lambda *shape: rng.uniform(-k, k, size=shape)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                self.params["weight_ih" + sfx] = draw(4 * H, in_size)\n'
        '                self.params["weight_hh" + sfx] = draw(4 * H, H)\n'
        "                if bias:\n"
        '                    self.params["bias_ih" + sfx] = draw(4 * H)\n'
        '                    self.params["bias_hh" + sfx] = draw(4 * H)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self.params:\n"
        "            self.params[k] = np.array(state[k], dtype=np.float64, copy=True)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        layer_in = x\n"
        "        hn, cn = [], []\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                W_ih = self.params["weight_ih" + sfx]\n'
        '                W_hh = self.params["weight_hh" + sfx]\n'
        '                b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if '
        "self.bias else 0.0\n"
        "                h = h0[layer * D + d]\n"
        "                c = c0[layer * D + d]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    z = layer_in[t] @ W_ih.T + h @ W_hh.T + b\n"
        "                    i = sigmoid(z[:, :H])\n"
        "                    f = sigmoid(z[:, H:2 * H])\n"
        "                    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "                    o = sigmoid(z[:, 3 * H:])\n"
        "                    c = f * c + i * g\n"
        "                    h = o * np.tanh(c)\n"
        "                    seq[t] = h\n"
        "                outs.append(seq)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_hn_only_last_layer",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "hn, cn are reset inside the layer loop: h_n/c_n hold only the last "
                "layer's rows",
                "must_mention": [{"any": ["h_n", "c_n"]}, {"any": ["layer", "shape", "rows"]}],
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
        "        draw = lambda *shape: rng.uniform(-k, k, size=shape)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                self.params["weight_ih" + sfx] = draw(4 * H, in_size)\n'
        '                self.params["weight_hh" + sfx] = draw(4 * H, H)\n'
        "                if bias:\n"
        '                    self.params["bias_ih" + sfx] = draw(4 * H)\n'
        '                    self.params["bias_hh" + sfx] = draw(4 * H)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self.params:\n"
        "            self.params[k] = np.array(state[k], dtype=np.float64, copy=True)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            hn, cn = [], []\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                W_ih = self.params["weight_ih" + sfx]\n'
        '                W_hh = self.params["weight_hh" + sfx]\n'
        '                b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if '
        "self.bias else 0.0\n"
        "                h = h0[layer * D + d]\n"
        "                c = c0[layer * D + d]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    z = layer_in[t] @ W_ih.T + h @ W_hh.T + b\n"
        "                    i = sigmoid(z[:, :H])\n"
        "                    f = sigmoid(z[:, H:2 * H])\n"
        "                    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "                    o = sigmoid(z[:, 3 * H:])\n"
        "                    c = f * c + i * g\n"
        "                    h = o * np.tanh(c)\n"
        "                    seq[t] = h\n"
        "                outs.append(seq)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_layers_read_x",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "every layer reads the original x instead of the previous layer's out",
                "must_mention": [
                    {
                        "any": [
                            "layer 1",
                            "previous layer",
                            "layer k-1",
                            "layer 0",
                            "input of layer",
                            "output of layer",
                            "each layer",
                            "later layer",
                            "second layer",
                            "layer's out",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0, -z))\n"
        "\n"
        "\n"
        "def _lstm_layer(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """my lstm_layer from exercise 3 (time-major, no None handling)"""\n'
        "    outs = []\n"
        "    H = h.shape[1]\n"
        "    for t in range(x.shape[0]):\n"
        "        z = x[t] @ W_ih.T + h @ W_hh.T\n"
        "        if b_ih is not None:\n"
        "            z = z + b_ih + b_hh\n"
        "        i = _sigmoid(z[:, :H]); f = _sigmoid(z[:, H:2*H])\n"
        "        g = np.tanh(z[:, 2*H:3*H]); o = _sigmoid(z[:, 3*H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        outs.append(h)\n"
        "    return np.array(outs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = hidden_size ** -0.5\n"
        "        self.params = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else self.D * hidden_size\n"
        "            for d in range(self.D):\n"
        '                tag = f"_l{l}" + ("_reverse" if d else "")\n'
        '                self.params["weight_ih" + tag] = rng.uniform(-k, k, size=(4 * '
        "hidden_size, n_in))\n"
        '                self.params["weight_hh" + tag] = rng.uniform(-k, k, size=(4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + tag] = rng.uniform(-k, k, size=4 * '
        "hidden_size)\n"
        '                    self.params["bias_hh" + tag] = rng.uniform(-k, k, size=4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: arr.copy() for name, arr in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        self.params = {name: np.array(arr, dtype=np.float64) for name, arr in "
        "state.items()}\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        B = x.shape[1]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, self.H)), np.zeros((self.L * self.D, "
        "B, self.H)))\n"
        "        h0, c0 = hx\n"
        "        layer_input = x\n"
        "        hn, cn = [], []\n"
        "        for l in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        '                tag = f"_l{l}" + ("_reverse" if d else "")\n'
        "                p = self.params\n"
        '                b_ih, b_hh = p.get("bias_ih" + tag), p.get("bias_hh" + tag)\n'
        "                seq = x if d == 0 else x[::-1]\n"
        "                o, h, c = _lstm_layer(seq, h0[l * self.D + d], c0[l * self.D + d],\n"
        '                                      p["weight_ih" + tag], p["weight_hh" + tag], '
        "b_ih, b_hh)\n"
        "                if d == 1:\n"
        "                    o = o[::-1]\n"
        "                outs.append(o)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input.transpose(1, 0, 2) if self.batch_first else layer_input\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_concat_reverse_first",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "puts the reverse direction's outputs first: out[t] = [reverse, forward] "
                "instead of [forward, reverse]",
                "must_mention": [
                    {
                        "any": [
                            "forward first",
                            "concat",
                            "order",
                            "swap",
                            "halves",
                            "side by side",
                            "first half",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(v):\n"
        "    v = np.asarray(v, dtype=float)\n"
        "    out = np.empty_like(v)\n"
        "    p = v >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-v[p]))\n"
        "    e = np.exp(v[~p])\n"
        "    out[~p] = e / (1.0 + e)\n"
        "    return out\n"
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
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = 1 / np.sqrt(hidden_size)\n"
        "        self._names = []\n"
        "        for layer in range(num_layers):\n"
        "            layer_in = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [("weight_ih", (4 * hidden_size, layer_in)),\n'
        '                          ("weight_hh", (4 * hidden_size, hidden_size))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * '
        "hidden_size,))]\n"
        "                for base, shape in shapes:\n"
        '                    name = f"{base}_l{layer}{suffix}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, size=shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(getattr(self, name), dtype=np.float64) for name in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self._names:\n"
        "            setattr(self, name, np.array(state[name], dtype=np.float64))\n"
        "\n"
        "    @staticmethod\n"
        "    def _step(x, h, c, W_ih, W_hh, b):\n"
        "        z = x @ W_ih.T + h @ W_hh.T + b\n"
        "        i, f, g, o = np.split(z, 4, axis=1)\n"
        "        c = _sig(f) * c + _sig(i) * np.tanh(g)\n"
        "        h = _sig(o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _run(self, seq, h, c, sfx, layer):\n"
        '        W_ih = getattr(self, f"weight_ih_l{layer}{sfx}")\n'
        '        W_hh = getattr(self, f"weight_hh_l{layer}{sfx}")\n'
        "        if self.bias:\n"
        '            b = getattr(self, f"bias_ih_l{layer}{sfx}") + getattr(self, '
        'f"bias_hh_l{layer}{sfx}")\n'
        "        else:\n"
        "            b = 0.0\n"
        "        hs = []\n"
        "        for x_t in seq:\n"
        "            h, c = self._step(x_t, h, c, W_ih, W_hh, b)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        inp = x\n"
        "        h_n, c_n = [], []\n"
        "        for layer in range(self.num_layers):\n"
        "            row = layer * D\n"
        '            fw, hf, cf = self._run(inp, h0[row], c0[row], "", layer)\n'
        "            h_n.append(hf)\n"
        "            c_n.append(cf)\n"
        "            if D == 2:\n"
        "                bw, hb, cb = self._run(inp[::-1], h0[row + 1], c0[row + 1], "
        '"_reverse", layer)\n'
        "                bw = bw[::-1]          # back to time order\n"
        "                h_n.append(hb)\n"
        "                c_n.append(cb)\n"
        "                inp = np.concatenate([bw, fw], axis=-1)\n"
        "            else:\n"
        "                inp = fw\n"
        "        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_rev_uses_fwd_whh",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction reads weight_hh_l{k} (the forward one) instead of "
                "weight_hh_l{k}_reverse",
                "must_mention": [
                    "reverse",
                    {"any": ["weight_hh", "W_hh", "recurrent", "hidden-to-hidden"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0, -z))\n"
        "\n"
        "\n"
        "def _lstm_layer(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """my lstm_layer from exercise 3 (time-major, no None handling)"""\n'
        "    outs = []\n"
        "    H = h.shape[1]\n"
        "    for t in range(x.shape[0]):\n"
        "        z = x[t] @ W_ih.T + h @ W_hh.T\n"
        "        if b_ih is not None:\n"
        "            z = z + b_ih + b_hh\n"
        "        i = _sigmoid(z[:, :H]); f = _sigmoid(z[:, H:2*H])\n"
        "        g = np.tanh(z[:, 2*H:3*H]); o = _sigmoid(z[:, 3*H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        outs.append(h)\n"
        "    return np.array(outs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = hidden_size ** -0.5\n"
        "        self.params = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else self.D * hidden_size\n"
        "            for d in range(self.D):\n"
        '                tag = f"_l{l}" + ("_reverse" if d else "")\n'
        '                self.params["weight_ih" + tag] = rng.uniform(-k, k, size=(4 * '
        "hidden_size, n_in))\n"
        '                self.params["weight_hh" + tag] = rng.uniform(-k, k, size=(4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + tag] = rng.uniform(-k, k, size=4 * '
        "hidden_size)\n"
        '                    self.params["bias_hh" + tag] = rng.uniform(-k, k, size=4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: arr.copy() for name, arr in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        self.params = {name: np.array(arr, dtype=np.float64) for name, arr in "
        "state.items()}\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        B = x.shape[1]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, self.H)), np.zeros((self.L * self.D, "
        "B, self.H)))\n"
        "        h0, c0 = hx\n"
        "        layer_input = x\n"
        "        hn, cn = [], []\n"
        "        for l in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        '                tag = f"_l{l}" + ("_reverse" if d else "")\n'
        "                p = self.params\n"
        '                b_ih, b_hh = p.get("bias_ih" + tag), p.get("bias_hh" + tag)\n'
        "                seq = layer_input if d == 0 else layer_input[::-1]\n"
        "                o, h, c = _lstm_layer(seq, h0[l * self.D + d], c0[l * self.D + d],\n"
        '                                      p["weight_ih" + tag], p[f"weight_hh_l{l}"], '
        "b_ih, b_hh)\n"
        "                if d == 1:\n"
        "                    o = o[::-1]\n"
        "                outs.append(o)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input.transpose(1, 0, 2) if self.batch_first else layer_input\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_seed_ignored",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "np.random.default_rng() without the seed: the same seed does not give the "
                "same parameters",
                "must_mention": ["seed"],
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
        "        rng = np.random.default_rng()\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        draw = lambda *shape: rng.uniform(-k, k, size=shape)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                self.params["weight_ih" + sfx] = draw(4 * H, in_size)\n'
        '                self.params["weight_hh" + sfx] = draw(4 * H, H)\n'
        "                if bias:\n"
        '                    self.params["bias_ih" + sfx] = draw(4 * H)\n'
        '                    self.params["bias_hh" + sfx] = draw(4 * H)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self.params:\n"
        "            self.params[k] = np.array(state[k], dtype=np.float64, copy=True)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        layer_in = x\n"
        "        hn, cn = [], []\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                W_ih = self.params["weight_ih" + sfx]\n'
        '                W_hh = self.params["weight_hh" + sfx]\n'
        '                b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if '
        "self.bias else 0.0\n"
        "                h = h0[layer * D + d]\n"
        "                c = c0[layer * D + d]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    z = layer_in[t] @ W_ih.T + h @ W_hh.T + b\n"
        "                    i = sigmoid(z[:, :H])\n"
        "                    f = sigmoid(z[:, H:2 * H])\n"
        "                    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "                    o = sigmoid(z[:, 3 * H:])\n"
        "                    c = f * c + i * g\n"
        "                    h = o * np.tanh(c)\n"
        "                    seq[t] = h\n"
        "                outs.append(seq)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_rev_reads_fwd_h0_row",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "both directions start from row l * D of h_0/c_0: the reverse direction "
                "ignores its own initial state",
                "must_mention": [
                    {"any": ["reverse", "direction"]},
                    {"any": ["h_0", "h0", "hx", "initial", "row"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0, -z))\n"
        "\n"
        "\n"
        "def _lstm_layer(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """my lstm_layer from exercise 3 (time-major, no None handling)"""\n'
        "    outs = []\n"
        "    H = h.shape[1]\n"
        "    for t in range(x.shape[0]):\n"
        "        z = x[t] @ W_ih.T + h @ W_hh.T\n"
        "        if b_ih is not None:\n"
        "            z = z + b_ih + b_hh\n"
        "        i = _sigmoid(z[:, :H]); f = _sigmoid(z[:, H:2*H])\n"
        "        g = np.tanh(z[:, 2*H:3*H]); o = _sigmoid(z[:, 3*H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        outs.append(h)\n"
        "    return np.array(outs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = hidden_size ** -0.5\n"
        "        self.params = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else self.D * hidden_size\n"
        "            for d in range(self.D):\n"
        '                tag = f"_l{l}" + ("_reverse" if d else "")\n'
        '                self.params["weight_ih" + tag] = rng.uniform(-k, k, size=(4 * '
        "hidden_size, n_in))\n"
        '                self.params["weight_hh" + tag] = rng.uniform(-k, k, size=(4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + tag] = rng.uniform(-k, k, size=4 * '
        "hidden_size)\n"
        '                    self.params["bias_hh" + tag] = rng.uniform(-k, k, size=4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: arr.copy() for name, arr in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        self.params = {name: np.array(arr, dtype=np.float64) for name, arr in "
        "state.items()}\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        B = x.shape[1]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, self.H)), np.zeros((self.L * self.D, "
        "B, self.H)))\n"
        "        h0, c0 = hx\n"
        "        layer_input = x\n"
        "        hn, cn = [], []\n"
        "        for l in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        '                tag = f"_l{l}" + ("_reverse" if d else "")\n'
        "                p = self.params\n"
        '                b_ih, b_hh = p.get("bias_ih" + tag), p.get("bias_hh" + tag)\n'
        "                seq = layer_input if d == 0 else layer_input[::-1]\n"
        "                o, h, c = _lstm_layer(seq, h0[l * self.D], c0[l * self.D],\n"
        '                                      p["weight_ih" + tag], p["weight_hh" + tag], '
        "b_ih, b_hh)\n"
        "                if d == 1:\n"
        "                    o = o[::-1]\n"
        "                outs.append(o)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input.transpose(1, 0, 2) if self.batch_first else layer_input\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_dbl_sdcopy_revflip",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own arrays (a shallow dict), not copies",
                "must_mention": [
                    "state_dict",
                    {"any": ["copy", "copies", "reference", "alias", "same array", "share"]},
                ],
            },
            {
                "what": "reverse direction's outputs are left in reading order (not flipped back "
                "to time order)",
                "must_mention": [
                    "reverse",
                    {"any": ["time order", "flip", "order", "index", "[::-1]", "put back"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0, -z))\n"
        "\n"
        "\n"
        "def _lstm_layer(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """my lstm_layer from exercise 3 (time-major, no None handling)"""\n'
        "    outs = []\n"
        "    H = h.shape[1]\n"
        "    for t in range(x.shape[0]):\n"
        "        z = x[t] @ W_ih.T + h @ W_hh.T\n"
        "        if b_ih is not None:\n"
        "            z = z + b_ih + b_hh\n"
        "        i = _sigmoid(z[:, :H]); f = _sigmoid(z[:, H:2*H])\n"
        "        g = np.tanh(z[:, 2*H:3*H]); o = _sigmoid(z[:, 3*H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        outs.append(h)\n"
        "    return np.array(outs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = hidden_size ** -0.5\n"
        "        self.params = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else self.D * hidden_size\n"
        "            for d in range(self.D):\n"
        '                tag = f"_l{l}" + ("_reverse" if d else "")\n'
        '                self.params["weight_ih" + tag] = rng.uniform(-k, k, size=(4 * '
        "hidden_size, n_in))\n"
        '                self.params["weight_hh" + tag] = rng.uniform(-k, k, size=(4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + tag] = rng.uniform(-k, k, size=4 * '
        "hidden_size)\n"
        '                    self.params["bias_hh" + tag] = rng.uniform(-k, k, size=4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return dict(self.params)\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        self.params = {name: np.array(arr, dtype=np.float64) for name, arr in "
        "state.items()}\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        B = x.shape[1]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, self.H)), np.zeros((self.L * self.D, "
        "B, self.H)))\n"
        "        h0, c0 = hx\n"
        "        layer_input = x\n"
        "        hn, cn = [], []\n"
        "        for l in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        '                tag = f"_l{l}" + ("_reverse" if d else "")\n'
        "                p = self.params\n"
        '                b_ih, b_hh = p.get("bias_ih" + tag), p.get("bias_hh" + tag)\n'
        "                seq = layer_input if d == 0 else layer_input[::-1]\n"
        "                o, h, c = _lstm_layer(seq, h0[l * self.D + d], c0[l * self.D + d],\n"
        '                                      p["weight_ih" + tag], p["weight_hh" + tag], '
        "b_ih, b_hh)\n"
        "                outs.append(o)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input.transpose(1, 0, 2) if self.batch_first else layer_input\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_dbl_biaskeys_bf",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with bias=False it still creates bias_ih/bias_hh parameters (extra "
                "state_dict keys)",
                "must_mention": [
                    "bias",
                    {"any": ["key", "extra", "state_dict", "bias=False", "bias_ih"]},
                ],
            },
            {
                "what": "batch_first: the input is transposed but out is returned time-major",
                "must_mention": [{"any": ["batch_first", "batch first", "batch-first", "(B, T"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(v):\n"
        "    v = np.asarray(v, dtype=float)\n"
        "    out = np.empty_like(v)\n"
        "    p = v >= 0\n"
        "    out[p] = 1.0 / (1.0 + np.exp(-v[p]))\n"
        "    e = np.exp(v[~p])\n"
        "    out[~p] = e / (1.0 + e)\n"
        "    return out\n"
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
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = 1 / np.sqrt(hidden_size)\n"
        "        self._names = []\n"
        "        for layer in range(num_layers):\n"
        "            layer_in = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [("weight_ih", (4 * hidden_size, layer_in)),\n'
        '                          ("weight_hh", (4 * hidden_size, hidden_size)),\n'
        '                          ("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * '
        "hidden_size,))]\n"
        "                for base, shape in shapes:\n"
        '                    name = f"{base}_l{layer}{suffix}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, size=shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(getattr(self, name), dtype=np.float64) for name in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self._names:\n"
        "            setattr(self, name, np.array(state[name], dtype=np.float64))\n"
        "\n"
        "    @staticmethod\n"
        "    def _step(x, h, c, W_ih, W_hh, b):\n"
        "        z = x @ W_ih.T + h @ W_hh.T + b\n"
        "        i, f, g, o = np.split(z, 4, axis=1)\n"
        "        c = _sig(f) * c + _sig(i) * np.tanh(g)\n"
        "        h = _sig(o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _run(self, seq, h, c, sfx, layer):\n"
        '        W_ih = getattr(self, f"weight_ih_l{layer}{sfx}")\n'
        '        W_hh = getattr(self, f"weight_hh_l{layer}{sfx}")\n'
        "        if self.bias:\n"
        '            b = getattr(self, f"bias_ih_l{layer}{sfx}") + getattr(self, '
        'f"bias_hh_l{layer}{sfx}")\n'
        "        else:\n"
        "            b = 0.0\n"
        "        hs = []\n"
        "        for x_t in seq:\n"
        "            h, c = self._step(x_t, h, c, W_ih, W_hh, b)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        inp = x\n"
        "        h_n, c_n = [], []\n"
        "        for layer in range(self.num_layers):\n"
        "            row = layer * D\n"
        '            fw, hf, cf = self._run(inp, h0[row], c0[row], "", layer)\n'
        "            h_n.append(hf)\n"
        "            c_n.append(cf)\n"
        "            if D == 2:\n"
        "                bw, hb, cb = self._run(inp[::-1], h0[row + 1], c0[row + 1], "
        '"_reverse", layer)\n'
        "                bw = bw[::-1]          # back to time order\n"
        "                h_n.append(hb)\n"
        "                c_n.append(cb)\n"
        "                inp = np.concatenate([fw, bw], axis=-1)\n"
        "            else:\n"
        "                inp = fw\n"
        "        out = inp\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_dbl_h0rows_normal",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reads h_0/c_0 rows as d * L + layer (direction-major) instead of layer * "
                "D + d",
                "must_mention": [
                    {"any": ["row", "order", "index"]},
                    {"any": ["h_0", "h0", "hx", "initial", "state"]},
                ],
            },
            {
                "what": "initial values drawn from a normal distribution with std 1/sqrt(H) "
                "instead of uniform in [-1/sqrt(H), 1/sqrt(H)]: many fall outside the "
                "bound",
                "must_mention": [
                    {
                        "any": [
                            "bound",
                            "uniform",
                            "range",
                            "init",
                            "1/sqrt",
                            "distribution",
                            "outside",
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
        "        draw = lambda *shape: rng.normal(0.0, k, size=shape)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                self.params["weight_ih" + sfx] = draw(4 * H, in_size)\n'
        '                self.params["weight_hh" + sfx] = draw(4 * H, H)\n'
        "                if bias:\n"
        '                    self.params["bias_ih" + sfx] = draw(4 * H)\n'
        '                    self.params["bias_hh" + sfx] = draw(4 * H)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self.params:\n"
        "            self.params[k] = np.array(state[k], dtype=np.float64, copy=True)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        layer_in = x\n"
        "        hn, cn = [], []\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                W_ih = self.params["weight_ih" + sfx]\n'
        '                W_hh = self.params["weight_hh" + sfx]\n'
        '                b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if '
        "self.bias else 0.0\n"
        "                h = h0[d * L + layer]\n"
        "                c = c0[d * L + layer]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    z = layer_in[t] @ W_ih.T + h @ W_hh.T + b\n"
        "                    i = sigmoid(z[:, :H])\n"
        "                    f = sigmoid(z[:, H:2 * H])\n"
        "                    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "                    o = sigmoid(z[:, 3 * H:])\n"
        "                    c = f * c + i * g\n"
        "                    h = o * np.tanh(c)\n"
        "                    seq[t] = h\n"
        "                outs.append(seq)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "shapes_ok_plain",
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
        "    h_n = (D * num_layers, batch, H_out)\n"
        "    c_n = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_ok_branchy",
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
        "    num_dirs = 1\n"
        "    if bidirectional:\n"
        "        num_dirs = 2\n"
        "    h_size = hidden_size\n"
        "    if proj_size:\n"
        "        h_size = proj_size      # h is projected, c is not\n"
        "    first_two = [seq_len, batch]\n"
        "    if batch_first:\n"
        "        first_two.reverse()\n"
        "    shapes = {}\n"
        '    shapes["out"] = tuple(first_two + [num_dirs * h_size])\n'
        '    shapes["h_n"] = (num_layers * num_dirs, batch, h_size)\n'
        '    shapes["c_n"] = (num_layers * num_dirs, batch, hidden_size)\n'
        "    return shapes\n",
    },
    {
        "id": "shapes_param_shapes",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the shapes of nn.LSTM's parameters (weight_ih_l0, ...) instead of "
                "the shapes of out, h_n, c_n",
                "must_mention": [{"any": ["parameter", "weight", "key"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    # shapes of what nn.LSTM holds, layer by layer\n"
        "    shapes = {}\n"
        '    dirs = ["", "_reverse"] if bidirectional else [""]\n'
        "    for k in range(num_layers):\n"
        "        in_k = input_size if k == 0 else hidden_size * len(dirs)\n"
        "        for sfx in dirs:\n"
        '            shapes[f"weight_ih_l{k}{sfx}"] = (4 * hidden_size, in_k)\n'
        '            shapes[f"weight_hh_l{k}{sfx}"] = (4 * hidden_size, hidden_size)\n'
        '            shapes[f"bias_ih_l{k}{sfx}"] = (4 * hidden_size,)\n'
        '            shapes[f"bias_hh_l{k}{sfx}"] = (4 * hidden_size,)\n'
        "    return shapes\n",
    },
    {
        "id": "shapes_bf_on_states",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "applies batch_first to h_n and c_n as well; the states are always (L*D, "
                "B, H)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["h_n", "c_n", "state"]},
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hh = proj_size or hidden_size\n"
        "    if batch_first:\n"
        '        return {"out": (batch, seq_len, D * Hh),\n'
        '                "h_n": (batch, D * num_layers, Hh),\n'
        '                "c_n": (batch, D * num_layers, hidden_size)}\n'
        '    return {"out": (seq_len, batch, D * Hh),\n'
        '            "h_n": (D * num_layers, batch, Hh),\n'
        '            "c_n": (D * num_layers, batch, hidden_size)}\n',
    },
    {
        "id": "shapes_proj_on_c",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "projects c_n to proj_size as well; only h is projected, c_n keeps "
                "hidden_size",
                "must_mention": ["c_n", {"any": ["proj", "hidden_size", "hidden size"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    if proj_size > 0:\n"
        "        hidden_size = proj_size\n"
        "    T, B = seq_len, batch\n"
        "    out = (B, T, D * hidden_size) if batch_first else (T, B, D * hidden_size)\n"
        "    state = (num_layers * D, B, hidden_size)\n"
        '    return {"out": out, "h_n": state, "c_n": state}\n',
    },
    {
        "id": "shapes_out_no_D",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis is H, not D * H: the two directions' features are not "
                "counted",
                "must_mention": [
                    {"any": ["bidirectional", "direction", "D * H", "2 * H", "D*H", "2*H", "2H"]}
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size else hidden_size\n"
        "    out = (batch, seq_len, H) if batch_first else (seq_len, batch, H)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, H), "c_n": (num_layers * D, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "shapes_hn_no_D",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n have num_layers rows, not num_layers * D: the reverse "
                "direction's states are missing",
                "must_mention": [
                    {
                        "any": [
                            "bidirectional",
                            "direction",
                            "num_layers * D",
                            "2 * num_layers",
                            "L * D",
                            "L*D",
                            "D * L",
                            "num_layers*D",
                        ]
                    }
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    n_dir = 2 if bidirectional else 1\n"
        "    h_dim = hidden_size if proj_size == 0 else proj_size\n"
        "    out = (seq_len, batch, n_dir * h_dim)\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, n_dir * h_dim)\n"
        '    return {"out": out, "h_n": (num_layers, batch, h_dim), "c_n": (num_layers, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "shapes_lists",
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
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    P = proj_size if proj_size > 0 else hidden_size\n"
        "    out = [batch, seq_len, D * P] if batch_first else [seq_len, batch, D * P]\n"
        '    return {"out": out, "h_n": [D * num_layers, batch, P], "c_n": [D * num_layers, '
        "batch, hidden_size]}\n",
    },
    {
        "id": "shapes_hn_ignores_proj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n's last axis is hidden_size even with proj_size > 0 (only out was "
                "projected)",
                "must_mention": [{"any": ["proj"]}, {"any": ["h_n"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    feat = D * (proj_size if proj_size > 0 else hidden_size)\n"
        "    out = (batch, seq_len, feat) if batch_first else (seq_len, batch, feat)\n"
        "    states = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": states, "c_n": states}\n',
    },
    {
        "id": "shapes_bf_ignored",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores batch_first: out is always (seq_len, batch, ...)",
                "must_mention": [{"any": ["batch_first", "batch first", "batch-first"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    hout = proj_size if proj_size > 0 else hidden_size\n"
        "    return {\n"
        '        "out": (seq_len, batch, D * hout),\n'
        '        "h_n": (num_layers * D, batch, hout),\n'
        '        "c_n": (num_layers * D, batch, hidden_size),\n'
        "    }\n",
    },
    {
        "id": "shapes_out_times_layers",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis multiplies by num_layers too: out is only the top layer's "
                "output",
                "must_mention": [{"any": ["num_layers", "layers", "top layer", "last layer"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size > 0 else hidden_size\n"
        "    feats = num_layers * D * H      # every layer's h, stacked\n"
        "    out = (batch, seq_len, feats) if batch_first else (seq_len, batch, feats)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, H), "c_n": (num_layers * D, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "shapes_dbl_bfstates_projc",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "applies batch_first to h_n and c_n as well; the states are always (L*D, "
                "B, H)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["h_n", "c_n", "state"]},
                ],
            },
            {
                "what": "projects c_n to proj_size as well; only h is projected, c_n keeps "
                "hidden_size",
                "must_mention": ["c_n", {"any": ["proj", "hidden_size", "hidden size"]}],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    size = proj_size if proj_size > 0 else hidden_size\n"
        "    LD = num_layers * D\n"
        "    if batch_first:\n"
        '        return {"out": (batch, seq_len, D * size), "h_n": (batch, LD, size), "c_n": '
        "(batch, LD, size)}\n"
        '    return {"out": (seq_len, batch, D * size), "h_n": (LD, batch, size), "c_n": (LD, '
        "batch, size)}\n",
    },
    {
        "id": "shapes_dbl_lists_noD",
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
                "what": "out's last axis is H, not D * H: the two directions' features are not "
                "counted",
                "must_mention": [
                    {"any": ["bidirectional", "direction", "D * H", "2 * H", "D*H", "2*H", "2H"]}
                ],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    if bidirectional:\n"
        "        num_layers = num_layers * 2\n"
        "    h = proj_size if proj_size else hidden_size\n"
        "    res = {}\n"
        '    res["out"] = [batch, seq_len, h] if batch_first else [seq_len, batch, h]\n'
        '    res["h_n"] = [num_layers, batch, h]\n'
        '    res["c_n"] = [num_layers, batch, hidden_size]\n'
        "    return res\n",
    },
    {
        "id": "bi_ok_amira_flip",
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
        "    # forward direction: just the layer from exercise 3\n"
        "    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    # reverse direction: read x_{T-1} ... x_0, then put the outputs back in time "
        "order\n"
        "    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out_b = out_b[::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    h_n = np.stack([hf, hb])\n"
        "    c_n = np.stack([cf, cb])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_ok_tom_loops",
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
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "\n"
        "    W_ih, W_hh, b_ih, b_hh = fwd\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t, :, :H] = h\n"
        "    h_fwd, c_fwd = h, c\n"
        "\n"
        "    W_ih, W_hh, b_ih, b_hh = bwd\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in reversed(range(T)):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t, :, H:] = h\n"
        "\n"
        "    h_n = np.array([h_fwd, h])\n"
        "    c_n = np.array([c_fwd, c])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_ok_kenji_gates",
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
        "def run_one_direction(xs, h, c, params):\n"
        '    """xs: list of (B, I) inputs in the order this direction reads them."""\n'
        "    Wi, Wh, bi, bh = params\n"
        "    H = h.shape[1]\n"
        "    Wii, Wif, Wig, Wio = [Wi[k * H:(k + 1) * H] for k in range(4)]\n"
        "    Whi, Whf, Whg, Who = [Wh[k * H:(k + 1) * H] for k in range(4)]\n"
        "    bb = bi + bh\n"
        "    states = []\n"
        "    for xt in xs:\n"
        "        i_g = sigmoid(xt @ Wii.T + h @ Whi.T + bb[0:H])\n"
        "        f_g = sigmoid(xt @ Wif.T + h @ Whf.T + bb[H:2 * H])\n"
        "        g_g = np.tanh(xt @ Wig.T + h @ Whg.T + bb[2 * H:3 * H])\n"
        "        o_g = sigmoid(xt @ Wio.T + h @ Who.T + bb[3 * H:])\n"
        "        c = f_g * c + i_g * g_g\n"
        "        h = o_g * np.tanh(c)\n"
        "        states.append(h)\n"
        "    return states, h, c\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    fw_states, hF, cF = run_one_direction([x[t] for t in range(T)], h0[0], c0[0], "
        "fwd)\n"
        "    bw_states, hB, cB = run_one_direction([x[t] for t in range(T - 1, -1, -1)], "
        "h0[1], c0[1], bwd)\n"
        "    bw_states = bw_states[::-1]  # bw_states[k] belonged to step T-1-k\n"
        "    out = np.stack([np.hstack([fw_states[t], bw_states[t]]) for t in range(T)])\n"
        "    return out, (np.stack([hF, hB]), np.stack([cF, cB]))\n",
    },
    {
        "id": "bi_lucas_noflip",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are stored in the order it read them "
                "(out[t] holds the reverse state after reading x_{T-1}..x_{T-1-t}); they "
                "are never flipped back to time order",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd"]},
                    {
                        "any": [
                            "flip",
                            "time order",
                            "reversed order",
                            "order",
                            "back in",
                            "align",
                            "position",
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
        "    out1, (h1, c1) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    x_rev = np.flip(x, axis=0)\n"
        "    out2, (h2, c2) = lstm_layer(x_rev, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate((out1, out2), axis=2)\n"
        "    return out, (np.stack((h1, h2)), np.stack((c1, c2)))\n",
    },
    {
        "id": "bi_priya_hn_from_out_last",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] is read from out[-1, :, H:] (the reverse direction's state after "
                "reading only x_{T-1}) instead of its final state after x_0 (out[0, :, "
                "H:])",
                "must_mention": [
                    "h_n",
                    {"any": ["reverse", "backward", "bwd"]},
                    {
                        "any": [
                            "out[-1",
                            "out[0",
                            "x_0",
                            "final",
                            "first step",
                            "last step",
                            "t = 0",
                            "step 0",
                            "T-1",
                            "T - 1",
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
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([of, ob[::-1]], axis=2)\n"
        "    H = of.shape[-1]\n"
        "    # final hidden states = the last time step of out (as in exercise 3)\n"
        "    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n"
        "    c_n = np.stack([cf, cb])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_marco_fwd_weights_twice",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs with the forward direction's weights (fwd) "
                "instead of bwd",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd"]},
                    {
                        "any": [
                            "fwd",
                            "forward's weights",
                            "forward weights",
                            "forward direction's weights",
                            "weights of the forward",
                            "parameters",
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
        "    # forward\n"
        "    out_fwd, (h_fwd, c_fwd) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    # backward\n"
        "    out_bwd, (h_bwd, c_bwd) = lstm_layer(x[::-1], h0[1], c0[1], *fwd)\n"
        "    out_bwd = out_bwd[::-1]\n"
        "    out = np.concatenate([out_fwd, out_bwd], axis=2)\n"
        "    return out, (np.stack([h_fwd, h_bwd]), np.stack([c_fwd, c_bwd]))\n",
    },
    {
        "id": "bi_sofia_h0_row0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from h0[0], c0[0] (the forward direction's "
                "initial state) instead of h0[1], c0[1]",
                "must_mention": [
                    {"any": ["initial", "h0", "c0"]},
                    {"any": ["h0[1]", "row 1", "reverse", "backward", "index 1"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    fw_out, (fw_h, fw_c) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    bw_out, (bw_h, bw_c) = lstm_layer(x[T - 1::-1], h0[0], c0[0], *bwd)\n"
        "    bw_out = bw_out[T - 1::-1]\n"
        "    out = np.dstack([fw_out, bw_out])\n"
        "    h_n = np.stack([fw_h, bw_h])\n"
        "    c_n = np.stack([fw_c, bw_c])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_jonas_halves_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out's two halves are swapped: the reverse direction's h is put in "
                "out[..., :H] and the forward's in out[..., H:]",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "halves",
                            "half",
                            "first H",
                            "order of the",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    forward_out, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    backward_out, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    backward_out = backward_out[::-1]\n"
        "    # out[t] = [backward, forward]\n"
        "    out = np.concatenate([backward_out, forward_out], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_hana_hn_rows_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n have their two rows swapped: row 0 holds the reverse "
                "direction's final state and row 1 the forward's",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["swap", "exchang", "row 0", "row 1", "order", "h_n[0]", "h_n[1]"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    o_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    o_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([o_f, o_b[::-1]], axis=2)\n"
        "    # backward first because it finishes at t = 0 ?\n"
        "    h_n = np.stack([h_b, h_f])\n"
        "    c_n = np.stack([c_b, c_f])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_dario_range_skips_x0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse loop is range(T-1, 0, -1), which stops before t = 0: the "
                "reverse direction never reads x_0, so out[0, :, H:] stays zero and "
                "h_n[1], c_n[1] are the states after x_1",
                "must_mention": [
                    {
                        "any": [
                            "x_0",
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "range",
                            "off-by-one",
                            "off by one",
                            "stops",
                            "never reads",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    hf, cf = h0[0], c0[0]\n"
        "    for t in range(0, T):\n"
        "        hf, cf = lstm_cell(x[t], hf, cf, *fwd)\n"
        "        out[t, :, 0:H] = hf\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        hb, cb = lstm_cell(x[t], hb, cb, *bwd)\n"
        "        out[t, :, H:2 * H] = hb\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_elif_return_in_loop",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the return statement is inside the reverse time loop: the function "
                "returns after the reverse direction's first step (x_{T-1}), so the rest "
                "of the reverse half is zero and h_n[1], c_n[1] are wrong (right only when "
                "T = 1)",
                "must_mention": [
                    {
                        "any": [
                            "return",
                            "loop",
                            "early",
                            "only one step",
                            "first step",
                            "stops after",
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
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h1, c1 = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h1, c1 = lstm_cell(x[t], h1, c1, *fwd)\n"
        "        out[t, :, :H] = h1\n"
        "    h2, c2 = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h2, c2 = lstm_cell(x[t], h2, c2, *bwd)\n"
        "        out[t, :, H:] = h2\n"
        "        return out, (np.stack([h1, h2]), np.stack([c1, c2]))\n",
    },
    {
        "id": "bi_mateo_flip_batch_axis",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the input is reversed along axis 1 (the batch) instead of axis 0 (time): "
                "the reverse direction reads the sequence forwards",
                "must_mention": [{"any": ["batch", "axis 1", "axis=1", "wrong axis", "axis"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    x_back = x[:, ::-1]   # reverse the sequence\n"
        "    out_b, (h_b, c_b) = lstm_layer(x_back, h0[1], c0[1], *bwd)\n"
        "    out_b = out_b[:, ::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_noah_reverses_x_in_place",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "x[:] = x[::-1] reverses the caller's input array in place (results are "
                "right, but x is changed)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "changed",
                            "changes",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    x[:] = x[::-1]  # now reverse time for the backward LSTM\n"
        "    out_b, (h_b, c_b) = lstm_layer(x, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_chen_batchloop_c0_from_h0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's initial cell state is taken from h0[1] instead of "
                "c0[1]",
                "must_mention": [{"any": ["c0", "initial cell", "initial c"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    outs = []\n"
        "    hn_f, hn_b, cn_f, cn_b = [], [], [], []\n"
        "    for b in range(B):\n"
        "        xb = x[:, b:b + 1, :]  # (T, 1, I)\n"
        "        of, (hf, cf) = lstm_layer(xb, h0[0, b:b + 1], c0[0, b:b + 1], *fwd)\n"
        "        ob, (hb, cb) = lstm_layer(xb[::-1], h0[1, b:b + 1], h0[1, b:b + 1], *bwd)\n"
        "        outs.append(np.concatenate([of, ob[::-1]], axis=2))\n"
        "        hn_f.append(hf); hn_b.append(hb)\n"
        "        cn_f.append(cf); cn_b.append(cb)\n"
        "    out = np.concatenate(outs, axis=1)\n"
        "    h_n = np.stack([np.concatenate(hn_f), np.concatenate(hn_b)])\n"
        "    c_n = np.stack([np.concatenate(cn_f), np.concatenate(cn_b)])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_lea_flat_return",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a flat tuple (out, h_n, c_n) instead of (out, (h_n, c_n))",
                "must_mention": [
                    {
                        "any": [
                            "tuple",
                            "nested",
                            "(h_n, c_n)",
                            "structure",
                            "three",
                            "3 ",
                            "pair",
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
        "    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    h_n = np.stack([hf, hb])\n"
        "    c_n = np.stack([cf, cb])\n"
        "    return out, h_n, c_n\n",
    },
    {
        "id": "bi_ravi_stack_axis1",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are stacked along axis 1, giving (B, 2, H) instead of (2, B, "
                "H) (same shape only when B = 2, then transposed)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {
                        "any": [
                            "axis",
                            "transpos",
                            "shape",
                            "(2, B, H)",
                            "(B, 2, H)",
                            "direction first",
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
        "    fo, (fh, fc) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    bo, (bh, bc) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([fo, bo[::-1]], axis=-1)\n"
        "    h_n = np.stack([fh, bh], axis=1)\n"
        "    c_n = np.stack([fc, bc], axis=1)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_ines_float32_out",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out is preallocated with dtype float32, so it is rounded to single "
                "precision instead of float64",
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H), dtype=np.float32)  # save memory\n"
        "    f_out, (f_h, f_c) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    b_out, (b_h, b_c) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out[:, :, :H] = f_out\n"
        "    out[:, :, H:] = b_out[::-1]\n"
        "    return out, (np.stack([f_h, b_h]), np.stack([f_c, b_c]))\n",
    },
    {
        "id": "bi_omar_fwdweights_and_swap",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs with the forward direction's weights (fwd) "
                "instead of bwd",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd"]},
                    {
                        "any": [
                            "fwd",
                            "forward's weights",
                            "forward weights",
                            "forward direction's weights",
                            "weights of the forward",
                            "parameters",
                        ]
                    },
                ],
            },
            {
                "what": "out's two halves are swapped (reverse first, forward second)",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "halves",
                            "half",
                            "first H",
                            "order of the",
                            "other way",
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
        "    Wih, Whh, bih, bhh = fwd\n"
        "    o1, (hA, cA) = lstm_layer(x, h0[0], c0[0], Wih, Whh, bih, bhh)\n"
        "    o2, (hB, cB) = lstm_layer(x[::-1], h0[1], c0[1], Wih, Whh, bih, bhh)\n"
        "    o2 = o2[::-1]\n"
        "    out = np.concatenate([o2, o1], axis=2)\n"
        "    return out, (np.stack([hA, hB]), np.stack([cA, cB]))\n",
    },
    {
        "id": "bi_yuki_h0row0_and_hn_swap",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from h0[0], c0[0] instead of h0[1], c0[1]",
                "must_mention": [
                    {"any": ["initial", "h0", "c0"]},
                    {"any": ["h0[1]", "row 1", "reverse", "backward", "index 1"]},
                ],
            },
            {
                "what": "h_n and c_n rows are swapped (reverse direction in row 0)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["swap", "exchang", "row 0", "row 1", "order", "h_n[0]", "h_n[1]"]},
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
        "    H = h0.shape[-1]\n"
        "    out = np.empty((T, B, 2 * H))\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        "        out[t, :, :H] = h\n"
        "    hf, cf = h, c\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, *bwd)\n"
        "        out[t, :, H:] = h\n"
        "    hb, cb = h, c\n"
        "    return out, (np.array([hb, hf]), np.array([cb, cf]))\n",
    },
    {
        "id": "bi_felix_noflip_and_cn_copy",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are never flipped back to time order",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd"]},
                    {
                        "any": [
                            "flip",
                            "time order",
                            "reversed order",
                            "order",
                            "back in",
                            "align",
                            "position",
                        ]
                    },
                ],
            },
            {
                "what": "c_n's row 1 is the forward direction's final cell state again "
                "(copy-paste) instead of the reverse direction's",
                "must_mention": [
                    "c_n",
                    {"any": ["reverse", "backward", "row 1", "c_n[1]", "forward", "copy"]},
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
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    h_n = np.stack([h_f, h_b])\n"
        "    c_n = np.stack([c_f, c_f])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "cb_ok_amira_split",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)   # total gradient reaching c_t\n"
        "    d_o = dh_next * tau\n"
        "    d_i = dc * g\n"
        "    d_g = dc * i\n"
        "    d_f = dc * c\n"
        "    da = np.concatenate([d_i * i * (1 - i),\n"
        "                         d_f * f * (1 - f),\n"
        "                         d_g * (1 - g ** 2),\n"
        "                         d_o * o * (1 - o)], axis=1)   # (B, 4H)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n",
    },
    {
        "id": "cb_ok_kenji_gate_blocks",
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
        '    rows = {q: slice(k * H, (k + 1) * H) for k, q in enumerate("ifgo")}\n'
        "    pre = {q: x @ W_ih[r].T + b_ih[r] + h @ W_hh[r].T + b_hh[r] for q, r in "
        "rows.items()}\n"
        '    gi, gf, go = sigmoid(pre["i"]), sigmoid(pre["f"]), sigmoid(pre["o"])\n'
        '    gg = np.tanh(pre["g"])\n'
        "    new_c = gf * c + gi * gg\n"
        "    th = np.tanh(new_c)\n"
        "\n"
        "    dC = dc_next + dh_next * go * (1.0 - th * th)\n"
        "    dpre = {\n"
        '        "i": dC * gg * gi * (1.0 - gi),\n'
        '        "f": dC * c * gf * (1.0 - gf),\n'
        '        "g": dC * gi * (1.0 - gg * gg),\n'
        '        "o": dh_next * th * go * (1.0 - go),\n'
        "    }\n"
        "    gx = np.zeros_like(x)\n"
        "    gh = np.zeros_like(h)\n"
        "    gWih = np.zeros_like(W_ih)\n"
        "    gWhh = np.zeros_like(W_hh)\n"
        "    gb = np.zeros_like(b_ih)\n"
        "    for q, r in rows.items():\n"
        "        gx += dpre[q] @ W_ih[r]\n"
        "        gh += dpre[q] @ W_hh[r]\n"
        "        gWih[r] = dpre[q].T @ x\n"
        "        gWhh[r] = dpre[q].T @ h\n"
        "        gb[r] = dpre[q].sum(axis=0)\n"
        '    return {"x": gx, "h": gh, "c": dC * gf, "W_ih": gWih, "W_hh": gWhh,\n'
        '            "b_ih": gb, "b_hh": gb.copy()}\n',
    },
    {
        "id": "cb_ok_tom_batch_loop",
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
        "def one_example(dh, dcn, xv, hv, cv, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = hv.shape[0]\n"
        "    z = W_ih @ xv + b_ih + W_hh @ hv + b_hh\n"
        "    i = sigmoid(z[0:H]); f = sigmoid(z[H:2*H]); g = np.tanh(z[2*H:3*H]); o = "
        "sigmoid(z[3*H:4*H])\n"
        "    cn = f * cv + i * g\n"
        "    tc = np.tanh(cn)\n"
        "    dc = dcn + dh * o * (1 - tc**2)\n"
        "    dz = np.concatenate([dc * g * i * (1 - i), dc * cv * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh * tc * o * (1 - o)])\n"
        "    return dict(x=W_ih.T @ dz, h=W_hh.T @ dz, c=dc * f,\n"
        "                W_ih=np.outer(dz, xv), W_hh=np.outer(dz, hv), b=dz)\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B = x.shape[0]\n"
        "    results = []\n"
        "    for n in range(B):\n"
        "        results.append(one_example(dh_next[n], dc_next[n], x[n], h[n], c[n], W_ih, "
        "W_hh, b_ih, b_hh))\n"
        "    grads = {}\n"
        '    grads["x"] = np.stack([r["x"] for r in results])\n'
        '    grads["h"] = np.stack([r["h"] for r in results])\n'
        '    grads["c"] = np.stack([r["c"] for r in results])\n'
        '    grads["W_ih"] = sum(r["W_ih"] for r in results)\n'
        '    grads["W_hh"] = sum(r["W_hh"] for r in results)\n'
        '    grads["b_ih"] = sum(r["b"] for r in results)\n'
        '    grads["b_hh"] = sum(r["b"] for r in results)\n'
        "    return grads\n",
    },
    {
        "id": "cb_lucas_no_tanh_prime",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t = dc_next + dh_next ⊙ o_t, missing the factor (1 - tanh²(c_t)) of "
                "the path through tanh",
                "must_mention": [
                    {
                        "any": [
                            "1 - tanh",
                            "1-tanh",
                            "tanh'",
                            "tanh^2",
                            "tanh²",
                            "tanh**2",
                            "derivative of tanh",
                            "tanh derivative",
                            "(1 - τ",
                            "1 - τ",
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
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    ig = sigmoid(gates[:, :H])\n"
        "    fg = sigmoid(gates[:, H:2*H])\n"
        "    gg = np.tanh(gates[:, 2*H:3*H])\n"
        "    og = sigmoid(gates[:, 3*H:])\n"
        "    c_new = fg * c + ig * gg\n"
        "\n"
        "    dc = dc_next + dh_next * og\n"
        "    do = dh_next * np.tanh(c_new)\n"
        "    di = dc * gg\n"
        "    dg = dc * ig\n"
        "    df = dc * c\n"
        "    dgates = np.hstack([di * ig * (1 - ig), df * fg * (1 - fg), dg * (1 - gg**2), do "
        "* og * (1 - og)])\n"
        '    return {"x": dgates @ W_ih, "h": dgates @ W_hh, "c": dc * fg,\n'
        '            "W_ih": dgates.T @ x, "W_hh": dgates.T @ h,\n'
        '            "b_ih": np.sum(dgates, axis=0), "b_hh": np.sum(dgates, axis=0)}\n',
    },
    {
        "id": "cb_priya_do_uses_c_prev",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δo_t is computed with tanh(c_{t-1}) (the argument c) instead of tanh(c_t)",
                "must_mention": [
                    {"any": ["output gate", "δo", "o_t", "gate o", "'o'", "o gate", "d_o", "dO"]},
                    {"any": ["c_{t-1}", "previous", "old", "tanh(c", "new cell", "argument c"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    i, f, g, o = sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)\n"
        "    c_t = f * c + i * g\n"
        "    t_c = np.tanh(c_t)\n"
        "    # backward, line by line (chapter 8)\n"
        "    d_o = dh_next * np.tanh(c)\n"
        "    d_c = dc_next + dh_next * o * (1 - t_c ** 2)\n"
        "    d_f = d_c * c\n"
        "    d_i = d_c * g\n"
        "    d_g = d_c * i\n"
        "    d_a = np.concatenate((d_i * i * (1 - i), d_f * f * (1 - f), d_g * (1 - g ** 2), "
        "d_o * o * (1 - o)), axis=1)\n"
        "    out = {}\n"
        '    out["x"] = d_a @ W_ih\n'
        '    out["h"] = d_a @ W_hh\n'
        '    out["c"] = d_c * f\n'
        '    out["W_ih"] = d_a.T @ x\n'
        '    out["W_hh"] = d_a.T @ h\n'
        '    out["b_ih"] = d_a.sum(0)\n'
        '    out["b_hh"] = d_a.sum(0)\n'
        "    return out\n",
    },
    {
        "id": "cb_marco_df_uses_c_new",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δf_t = δc_t ⊙ c_t (the new cell state) instead of δc_t ⊙ c_{t-1}",
                "must_mention": [
                    {"any": ["forget", "δf", "f_t", "gate f", "f gate", "d_f", "df"]},
                    {"any": ["c_{t-1}", "previous", "old", "new cell", "argument c", "c_next"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    i = sigmoid(z[:, 0:H])\n"
        "    f = sigmoid(z[:, H:2 * H])\n"
        "    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "    o = sigmoid(z[:, 3 * H:4 * H])\n"
        "    c_next = f * c + i * g\n"
        "    tanh_c = np.tanh(c_next)\n"
        "\n"
        "    dc_total = dc_next + dh_next * o * (1 - tanh_c * tanh_c)\n"
        "    dzo = dh_next * tanh_c * o * (1 - o)\n"
        "    dzf = dc_total * c_next * f * (1 - f)\n"
        "    dzi = dc_total * g * i * (1 - i)\n"
        "    dzg = dc_total * i * (1 - g * g)\n"
        "    dz = np.concatenate([dzi, dzf, dzg, dzo], axis=1)\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dc_total * f,\n'
        '            "W_ih": dz.T @ x, "W_hh": dz.T @ h, "b_ih": dz.sum(axis=0), "b_hh": '
        "dz.sum(axis=0)}\n",
    },
    {
        "id": "cb_sofia_dcprev_times_i",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": 'the returned "c" gradient is δc_t ⊙ i_t instead of δc_t ⊙ f_t (wrong gate '
                "factor)",
                "must_mention": [
                    {"any": ["forget", "f_t", "⊙ f", "* f", "δc_t ⊙ f"]},
                    {
                        "any": [
                            '"c"',
                            "'c'",
                            "c_{t-1}",
                            "dc",
                            "c gradient",
                            "gradient of c",
                            "cell",
                            "key c",
                            "δc",
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
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    H = pre.shape[1] // 4\n"
        "    inp = sigmoid(pre[:, :H]); forg = sigmoid(pre[:, H:2*H])\n"
        "    cand = np.tanh(pre[:, 2*H:3*H]); outg = sigmoid(pre[:, 3*H:])\n"
        "    cell = forg * c + inp * cand\n"
        "    tcell = np.tanh(cell)\n"
        "    dcell = dc_next + dh_next * outg * (1 - tcell**2)\n"
        "    d_pre = np.concatenate([\n"
        "        dcell * cand * inp * (1 - inp),\n"
        "        dcell * c * forg * (1 - forg),\n"
        "        dcell * inp * (1 - cand**2),\n"
        "        dh_next * tcell * outg * (1 - outg),\n"
        "    ], axis=1)\n"
        "    grads = dict()\n"
        '    grads["x"] = d_pre @ W_ih\n'
        '    grads["h"] = d_pre @ W_hh\n'
        '    grads["c"] = dcell * inp\n'
        '    grads["W_ih"] = d_pre.T @ x\n'
        '    grads["W_hh"] = d_pre.T @ h\n'
        '    grads["b_ih"] = d_pre.sum(0)\n'
        '    grads["b_hh"] = d_pre.sum(0)\n'
        "    return grads\n",
    },
    {
        "id": "cb_jonas_input_gate_tanh_derivative",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the input gate's pre-activation gradient uses (1 - i²) (tanh's "
                "derivative) instead of σ' = i(1 - i)",
                "must_mention": [
                    {"any": ["input gate", "δi", "i_t", "gate i", "i gate", "'i'", "d_i", "input"]},
                    {
                        "any": [
                            "derivative",
                            "σ'",
                            "sigmoid",
                            "i(1 - i)",
                            "i * (1 - i)",
                            "1 - i",
                            "tanh",
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
        "    A = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    Ai, Af, Ag, Ao = np.split(A, 4, axis=1)\n"
        "    I_, F_, G_, O_ = sigmoid(Ai), sigmoid(Af), np.tanh(Ag), sigmoid(Ao)\n"
        "    C = F_ * c + I_ * G_\n"
        "    TC = np.tanh(C)\n"
        "    dC = dc_next + dh_next * O_ * (1 - TC**2)\n"
        "    dAi = dC * G_ * (1 - I_**2)\n"
        "    dAf = dC * c * F_ * (1 - F_)\n"
        "    dAg = dC * I_ * (1 - G_**2)\n"
        "    dAo = dh_next * TC * O_ * (1 - O_)\n"
        "    dA = np.concatenate([dAi, dAf, dAg, dAo], axis=1)\n"
        '    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC * F_, "W_ih": dA.T @ x,\n'
        '            "W_hh": dA.T @ h, "b_ih": dA.sum(axis=0), "b_hh": dA.sum(axis=0)}\n',
    },
    {
        "id": "cb_hana_dWih_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the W_ih gradient is computed as x.T @ δa, shape (I, 4H), the transpose "
                "of what W_ih's gradient must be (4H, I)",
                "must_mention": [
                    "W_ih",
                    {"any": ["transpos", "shape", "(4H, I)", "(I, 4H)", ".T"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    i, f, o = sigmoid(i), sigmoid(f), sigmoid(o)\n"
        "    g = np.tanh(g)\n"
        "    c2 = f * c + i * g\n"
        "    t2 = np.tanh(c2)\n"
        "    dc = dc_next + dh_next * o * (1 - t2**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g**2),\n"
        "                         dh_next * t2 * o * (1 - o)], axis=1)\n"
        "    dW_ih = x.T @ da\n"
        "    dW_hh = da.T @ h\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": dW_ih, "W_hh": '
        "dW_hh,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_dario_h_c_keys_swapped",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": 'the gradients under the keys "h" and "c" are swapped: "h" holds δc_t ⊙ '
                'f_t and "c" holds δa W_hh',
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            '"h" and "c"',
                            "'h' and 'c'",
                            "h and c",
                            "c and h",
                            "other's",
                            "mixed up",
                            "confus",
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
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    cc = f * c + i * g\n"
        "    tc = np.tanh(cc)\n"
        "    dcc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dcc * g * i * (1 - i), dcc * c * f * (1 - f), dcc * i * (1 - "
        "g**2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        "    dh_prev = dcc * f          # gradient for the previous state\n"
        "    dc_prev = da @ W_hh\n"
        '    return {"x": da @ W_ih, "h": dh_prev, "c": dc_prev, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_elif_bias_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the bias gradients are the mean of δa over the batch instead of the sum",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {"any": ["mean", "average", "divided", "sum", "/ B", "by B"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i = sigmoid(a_i); f = sigmoid(a_f); g = np.tanh(a_g); o = sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    th = np.tanh(c_t)\n"
        "    dct = dc_next + dh_next * o * (1 - th ** 2)\n"
        "    da = np.concatenate([dct * g * i * (1 - i), dct * c * f * (1 - f),\n"
        "                         dct * i * (1 - g ** 2), dh_next * th * o * (1 - o)], "
        "axis=1)\n"
        "    db = da.mean(axis=0)  # average over the batch\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dct * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_mateo_bhh_zero",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the b_hh gradient is returned as zeros; it equals the b_ih gradient (the "
                "sum of δa over the batch)",
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
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i_t = sigmoid(pre[:, :H]); f_t = sigmoid(pre[:, H:2*H])\n"
        "    g_t = np.tanh(pre[:, 2*H:3*H]); o_t = sigmoid(pre[:, 3*H:])\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    delta_c = dc_next + dh_next * o_t * (1 - tanh_c**2)\n"
        "    delta_a = np.concatenate([delta_c * g_t * i_t * (1 - i_t), delta_c * c * f_t * (1 "
        "- f_t),\n"
        "                              delta_c * i_t * (1 - g_t**2), dh_next * tanh_c * o_t * "
        "(1 - o_t)], axis=1)\n"
        '    grads = {"x": delta_a @ W_ih, "h": delta_a @ W_hh, "c": delta_c * f_t,\n'
        '             "W_ih": delta_a.T @ x, "W_hh": delta_a.T @ h, "b_ih": '
        "delta_a.sum(axis=0)}\n"
        '    grads["b_hh"] = np.zeros_like(b_hh)  # b_hh is only added, nothing to learn?\n'
        "    return grads\n",
    },
    {
        "id": "cb_noah_gate_order_ifog",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gate gradients are concatenated in the order (i, f, o, g) instead of "
                "(i, f, g, o): the g and o blocks are swapped",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "exchang",
                            "g and o",
                            "o and g",
                            "i, f, o, g",
                            "ifog",
                            "block",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2*H])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:4*H])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    di = dc * g * i * (1 - i)\n"
        "    df = dc * c * f * (1 - f)\n"
        "    do = dh_next * tc * o * (1 - o)\n"
        "    dg = dc * i * (1 - g**2)\n"
        "    da = np.concatenate([di, df, do, dg], axis=1)   # the three sigmoids, then tanh\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_chen_g_derivative_sign",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the g gate's derivative is written (1 + g²) instead of (1 - g²) (sign "
                "slip)",
                "must_mention": [
                    {
                        "any": [
                            "g_t",
                            "cell gate",
                            "candidate",
                            "δg",
                            "gate g",
                            "g gate",
                            "'g'",
                            "d_g",
                            "dg",
                        ]
                    },
                    {"any": ["1 - g", "1-g", "sign", "derivative", "tanh", "1 + g"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    Wi_i, Wi_f, Wi_g, Wi_o = np.split(W_ih, 4, axis=0)\n"
        "    Wh_i, Wh_f, Wh_g, Wh_o = np.split(W_hh, 4, axis=0)\n"
        "    bi = b_ih + b_hh\n"
        "    bi_i, bi_f, bi_g, bi_o = np.split(bi, 4)\n"
        "    i = sigmoid(x @ Wi_i.T + h @ Wh_i.T + bi_i)\n"
        "    f = sigmoid(x @ Wi_f.T + h @ Wh_f.T + bi_f)\n"
        "    g = np.tanh(x @ Wi_g.T + h @ Wh_g.T + bi_g)\n"
        "    o = sigmoid(x @ Wi_o.T + h @ Wh_o.T + bi_o)\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da_i = dc_t * g * i * (1 - i)\n"
        "    da_f = dc_t * c * f * (1 - f)\n"
        "    da_g = dc_t * i * (1 + g ** 2)\n"
        "    da_o = dh_next * tc * o * (1 - o)\n"
        "    da = np.hstack([da_i, da_f, da_g, da_o])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb_lea_ignores_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t leaves out dc_next (the gradient reaching c_t from later): only "
                "dh_next ⊙ o_t ⊙ (1 - tanh²c_t) is used",
                "must_mention": [
                    {
                        "any": [
                            "dc_next",
                            "dL/dc",
                            "∂L/∂c",
                            "incoming",
                            "from later",
                            "δc_t^next",
                            "upstream",
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
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(pre[:, :H])\n"
        "    f = sigmoid(pre[:, H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:])\n"
        "    ct = f * c + i * g\n"
        "    # gradient into c_t through h_t = o * tanh(c_t)\n"
        "    dct = dh_next * o * (1 - np.tanh(ct) ** 2)\n"
        "    d_pre = np.concatenate([dct * g * i * (1 - i), dct * c * f * (1 - f), dct * i * "
        "(1 - g ** 2),\n"
        "                            dh_next * np.tanh(ct) * o * (1 - o)], axis=1)\n"
        '    return {"x": d_pre @ W_ih, "h": d_pre @ W_hh, "c": dct * f,\n'
        '            "W_ih": d_pre.T @ x, "W_hh": d_pre.T @ h,\n'
        '            "b_ih": d_pre.sum(axis=0), "b_hh": d_pre.sum(axis=0)}\n',
    },
    {
        "id": "cb_ravi_dc_next_in_place",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_next += ... adds into the caller's dc_next array in place (the "
                "gradients are right, but an input is changed)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "changed",
                            "changes",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    dc = dc_next\n"
        "    dc += dh_next * o * (1 - tc * tc)     # total gradient on c_t\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "* g),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_ines_dWhh_uses_h_new",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the W_hh gradient is δa^T h_t (the new hidden state) instead of δa^T "
                "h_{t-1} (the argument h)",
                "must_mention": [
                    "W_hh",
                    {
                        "any": [
                            "h_{t-1}",
                            "previous",
                            "old",
                            "new hidden",
                            "argument h",
                            "h_next",
                            "new h",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    ai, af, ag, ao = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)\n"
        "    c_new = f * c + i * g\n"
        "    h_new = o * np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_new) ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * np.tanh(c_new) * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h_new,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_omar_no_tanh_prime_and_bias_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t misses the factor (1 - tanh²(c_t)) on the path from h_t",
                "must_mention": [
                    {
                        "any": [
                            "1 - tanh",
                            "1-tanh",
                            "tanh'",
                            "tanh^2",
                            "tanh²",
                            "tanh**2",
                            "derivative of tanh",
                            "tanh derivative",
                            "(1 - τ",
                            "1 - τ",
                        ]
                    }
                ],
            },
            {
                "what": "the bias gradients are averaged over the batch instead of summed",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {"any": ["mean", "average", "divided", "sum", "/ B", "by B"]},
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
        "    B = x.shape[0]\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    zi, zf, zg, zo = z[:, :H], z[:, H:2*H], z[:, 2*H:3*H], z[:, 3*H:]\n"
        "    i, f, g, o = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n"
        "    c1 = f * c + i * g\n"
        "    dc1 = dc_next + dh_next * o\n"
        "    dz = np.concatenate([dc1 * g * i * (1 - i), dc1 * c * f * (1 - f), dc1 * i * (1 - "
        "g * g),\n"
        "                         dh_next * np.tanh(c1) * o * (1 - o)], axis=1)\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dc1 * f,\n'
        '            "W_ih": dz.T @ x, "W_hh": dz.T @ h,\n'
        '            "b_ih": dz.sum(0) / B, "b_hh": dz.sum(0) / B}\n',
    },
    {
        "id": "cb_yuki_df_cnew_and_dcprev_i",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δf_t uses the new cell state c_t instead of c_{t-1}",
                "must_mention": [
                    {"any": ["forget", "δf", "f_t", "gate f", "f gate", "d_f", "df"]},
                    {"any": ["c_{t-1}", "previous", "old", "new cell", "argument c", "c_next"]},
                ],
            },
            {
                "what": 'the "c" gradient is δc_t ⊙ i_t instead of δc_t ⊙ f_t',
                "must_mention": [
                    {"any": ["forget", "f_t", "⊙ f", "* f", "δc_t ⊙ f"]},
                    {
                        "any": [
                            '"c"',
                            "'c'",
                            "c_{t-1}",
                            "dc",
                            "c gradient",
                            "gradient of c",
                            "cell",
                            "key c",
                            "δc",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    i = sigmoid(i); f = sigmoid(f); g = np.tanh(g); o = sigmoid(o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    delta_f = dc * c_t\n"
        "    delta_i = dc * g\n"
        "    delta_g = dc * i\n"
        "    delta_o = dh_next * tau\n"
        "    dc_prev = dc * i\n"
        "    da = np.concatenate([delta_i * i * (1 - i), delta_f * f * (1 - f),\n"
        "                         delta_g * (1 - g ** 2), delta_o * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_prev, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_felix_do_cprev_and_bhh_zero",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δo_t uses tanh(c_{t-1}) instead of tanh(c_t)",
                "must_mention": [
                    {"any": ["output gate", "δo", "o_t", "gate o", "'o'", "o gate", "d_o", "dO"]},
                    {"any": ["c_{t-1}", "previous", "old", "tanh(c", "new cell", "argument c"]},
                ],
            },
            {
                "what": "the b_hh gradient is returned as zeros instead of the sum of δa over the "
                "batch",
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
        "    H = h.shape[1]\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(gates[:, :H]); f = sigmoid(gates[:, H:2*H])\n"
        "    g = np.tanh(gates[:, 2*H:3*H]); o = sigmoid(gates[:, 3*H:])\n"
        "    c_next = f * c + i * g\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_next)**2)\n"
        "    d_o = dh_next * np.tanh(c)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g**2),\n"
        "                         d_o * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": np.zeros(b_hh.shape)}\n',
    },
    {
        "id": "cb_zara_input_deriv_and_no_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the input gate's derivative is written (1 - i²) instead of i(1 - i)",
                "must_mention": [
                    {"any": ["input gate", "δi", "i_t", "gate i", "i gate", "'i'", "d_i", "input"]},
                    {
                        "any": [
                            "derivative",
                            "σ'",
                            "sigmoid",
                            "i(1 - i)",
                            "i * (1 - i)",
                            "1 - i",
                            "tanh",
                        ]
                    },
                ],
            },
            {
                "what": "δc_t leaves out dc_next, the gradient reaching c_t from later",
                "must_mention": [
                    {
                        "any": [
                            "dc_next",
                            "dL/dc",
                            "∂L/∂c",
                            "incoming",
                            "from later",
                            "δc_t^next",
                            "upstream",
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
        "    # forward again\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    parts = np.split(a, 4, axis=1)\n"
        "    i = sigmoid(parts[0]); f = sigmoid(parts[1]); g = np.tanh(parts[2]); o = "
        "sigmoid(parts[3])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    # backward\n"
        "    d_c = dh_next * o * (1 - tc ** 2)\n"
        "    d_a = np.concatenate([d_c * g * (1 - i ** 2),\n"
        "                          d_c * c * f * (1 - f),\n"
        "                          d_c * i * (1 - g ** 2),\n"
        "                          dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": d_a @ W_ih, "h": d_a @ W_hh, "c": d_c * f,\n'
        '            "W_ih": d_a.T @ x, "W_hh": d_a.T @ h, "b_ih": d_a.sum(0), "b_hh": '
        "d_a.sum(0)}\n",
    },
    {
        "id": "lb_ok_amira_lists",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    # forward again, keeping the state each step starts from\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()\n"
        '    grads = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in range(T - 1, -1, -1):\n"
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
        "id": "lb_ok_kenji_inline_cache",
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    cache = []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        a = x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "        i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H])\n"
        "        g = np.tanh(a[:, 2*H:3*H]); o = sigmoid(a[:, 3*H:])\n"
        "        c_new = f * c + i * g\n"
        "        tc = np.tanh(c_new)\n"
        "        cache.append((h, c, i, f, g, o, tc))\n"
        "        h, c = o * tc, c_new\n"
        "    dWih = np.zeros((4 * H, I)); dWhh = np.zeros((4 * H, H)); db = np.zeros(4 * H)\n"
        "    dx = np.zeros((T, B, I))\n"
        "    dh_carry = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc_carry = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    for t in reversed(range(T)):\n"
        "        h_prev, c_prev, i, f, g, o, tc = cache[t]\n"
        "        dh = dout[t] + dh_carry\n"
        "        dc = dc_carry + dh * o * (1 - tc**2)\n"
        "        da = np.concatenate([dc * g * i * (1 - i), dc * c_prev * f * (1 - f),\n"
        "                             dc * i * (1 - g**2), dh * tc * o * (1 - o)], axis=1)\n"
        "        dx[t] = da @ W_ih\n"
        "        dWih += da.T @ x[t]\n"
        "        dWhh += da.T @ h_prev\n"
        "        db += da.sum(axis=0)\n"
        "        dh_carry = da @ W_hh\n"
        "        dc_carry = dc * f\n"
        '    return {"x": dx, "h0": dh_carry, "c0": dc_carry, "W_ih": dWih, "W_hh": dWhh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "lb_ok_tom_state_arrays",
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
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    ig, fg = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H])\n"
        "    gg, og = np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:])\n"
        "    cn = fg * c + ig * gg\n"
        "    tn = np.tanh(cn)\n"
        "    dC = dc_next + dh_next * og * (1.0 - tn * tn)\n"
        "    dz = np.hstack([dC * gg * ig * (1.0 - ig), dC * c * fg * (1.0 - fg),\n"
        "                    dC * ig * (1.0 - gg * gg), dh_next * tn * og * (1.0 - og)])\n"
        '    out = {"x": dz @ W_ih, "h": dz @ W_hh, "c": dC * fg, "W_ih": dz.T @ x, "W_hh": '
        "dz.T @ h}\n"
        '    out["b_ih"] = dz.sum(axis=0)\n'
        '    out["b_hh"] = dz.sum(axis=0)\n'
        "    return out\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    Hs = np.zeros((T + 1, B, H))\n"
        "    Cs = np.zeros((T + 1, B, H))\n"
        "    Hs[0], Cs[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        Hs[t + 1], Cs[t + 1] = lstm_cell(x[t], Hs[t], Cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros((B, H))\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros((B, H))\n"
        "    total = {}\n"
        "    dxs = [None] * T\n"
        "    dh_from_later, dc_from_later = dh_n, dc_n\n"
        "    t = T - 1\n"
        "    while t >= 0:\n"
        "        step = lstm_cell_backward(dout[t] + dh_from_later, dc_from_later, x[t], "
        "Hs[t], Cs[t],\n"
        "                                  W_ih, W_hh, b_ih, b_hh)\n"
        '        dxs[t] = step["x"]\n'
        '        for name in ["W_ih", "W_hh", "b_ih", "b_hh"]:\n'
        "            total[name] = total.get(name, 0) + step[name]\n"
        '        dh_from_later, dc_from_later = step["h"], step["c"]\n'
        "        t -= 1\n"
        '    total["x"] = np.stack(dxs)\n'
        '    total["h0"] = dh_from_later\n'
        '    total["c0"] = dc_from_later\n'
        "    return total\n",
    },
    {
        "id": "lb_lucas_weights_overwritten",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are overwritten at every step instead of "
                "summed over the steps, so they hold step 0's gradient only",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "every step",
                            "all steps",
                            "each step",
                            "only one step",
                            "overwr",
                            "step 0",
                            "last step",
                            "single step",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    H_all = [h0]; C_all = [c0]\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], H_all[t], C_all[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        H_all.append(hn); C_all.append(cn)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        step = lstm_cell_backward(dout[t] + dh, dc, x[t], H_all[t], C_all[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = step["x"]\n'
        '        dW_ih = step["W_ih"]\n'
        '        dW_hh = step["W_hh"]\n'
        '        db_ih = step["b_ih"]\n'
        '        db_hh = step["b_hh"]\n'
        '        dh, dc = step["h"], step["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_priya_state_after_step",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward is given the state after step t, (h_t, c_t), instead of "
                "the state it started from, (h_{t-1}, c_{t-1}): off by one in the stored "
                "states",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "previous",
                            "started from",
                            "state before",
                            "before the step",
                            "off by one",
                            "off-by-one",
                            "wrong step",
                            "one step",
                            "stored state",
                            "hs[t",
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
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    ig, fg = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H])\n"
        "    gg, og = np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:])\n"
        "    cn = fg * c + ig * gg\n"
        "    tn = np.tanh(cn)\n"
        "    dC = dc_next + dh_next * og * (1.0 - tn * tn)\n"
        "    dz = np.hstack([dC * gg * ig * (1.0 - ig), dC * c * fg * (1.0 - fg),\n"
        "                    dC * ig * (1.0 - gg * gg), dh_next * tn * og * (1.0 - og)])\n"
        '    out = {"x": dz @ W_ih, "h": dz @ W_hh, "c": dC * fg, "W_ih": dz.T @ x, "W_hh": '
        "dz.T @ h}\n"
        '    out["b_ih"] = dz.sum(axis=0)\n'
        '    out["b_hh"] = dz.sum(axis=0)\n'
        "    return out\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs = [h0]\n"
        "    cs = [c0]\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh_next = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc_next = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dW_ih = np.zeros_like(W_ih); dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih); db_hh = np.zeros_like(b_hh)\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        gr = lstm_cell_backward(dout[t] + dh_next, dc_next, x[t], hs[t + 1], cs[t + "
        "1],\n"
        "                                W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = gr["x"]\n'
        '        dW_ih += gr["W_ih"]; dW_hh += gr["W_hh"]\n'
        '        db_ih += gr["b_ih"]; db_hh += gr["b_hh"]\n'
        '        dh_next, dc_next = gr["h"], gr["c"]\n'
        '    return {"x": dx, "h0": dh_next, "c0": dc_next, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_marco_dout_last_only",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "only dout[T-1] is used (added once at the start); dout[t] for the earlier "
                "steps is never added to the gradient reaching h_t",
                "must_mention": [
                    "dout",
                    {
                        "any": [
                            "every step",
                            "each step",
                            "dout[t]",
                            "earlier steps",
                            "all steps",
                            "only the last",
                            "last step",
                            "step t",
                            "sum",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hist = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        hist.append(lstm_cell(x[t], *hist[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    # the loss comes from the output at the end\n"
        "    dh = dout[-1].copy()\n"
        "    if dh_n is not None:\n"
        "        dh = dh + dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()\n"
        '    res = {k: 0.0 for k in ["W_ih", "W_hh", "b_ih", "b_hh"]}\n'
        "    dx = np.zeros((T, B, I))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h_prev, c_prev = hist[t]\n"
        "        g = lstm_cell_backward(dh, dc, x[t], h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        "        for k in res:\n"
        "            res[k] = res[k] + g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    res["x"] = dx\n'
        '    res["h0"] = dh\n'
        '    res["c0"] = dc\n'
        "    return res\n",
    },
    {
        "id": "lb_sofia_ignores_dh_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n is ignored: the gradient reaching h_{T-1} starts from zeros (plus "
                "dout[T-1]) even when dh_n is given",
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
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    ig, fg = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H])\n"
        "    gg, og = np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:])\n"
        "    cn = fg * c + ig * gg\n"
        "    tn = np.tanh(cn)\n"
        "    dC = dc_next + dh_next * og * (1.0 - tn * tn)\n"
        "    dz = np.hstack([dC * gg * ig * (1.0 - ig), dC * c * fg * (1.0 - fg),\n"
        "                    dC * ig * (1.0 - gg * gg), dh_next * tn * og * (1.0 - og)])\n"
        '    out = {"x": dz @ W_ih, "h": dz @ W_hh, "c": dC * fg, "W_ih": dz.T @ x, "W_hh": '
        "dz.T @ h}\n"
        '    out["b_ih"] = dz.sum(axis=0)\n'
        '    out["b_hh"] = dz.sum(axis=0)\n'
        "    return out\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros((B, H))  # nothing comes after the last step\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dx = np.empty_like(x)\n"
        "    acc = [np.zeros_like(W_ih), np.zeros_like(W_hh), np.zeros_like(b_ih), "
        "np.zeros_like(b_hh)]\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        acc[0] += g["W_ih"]; acc[1] += g["W_hh"]; acc[2] += g["b_ih"]; acc[3] += '
        'g["b_hh"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": acc[0], "W_hh": acc[1], "b_ih": '
        'acc[2], "b_hh": acc[3]}\n',
    },
    {
        "id": "lb_jonas_dc_not_carried",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell-state gradient is not carried from step t+1 to step t: every "
                'step gets dc_n (or zeros) as its dc_next instead of step t+1\'s "c" '
                "gradient",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "chain",
                            "propagat",
                            "through time",
                            "t+1",
                            "t + 1",
                            "cell state gradient",
                            "δc",
                            '"c"',
                            "'c'",
                            "cell-state",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    if dh_n is None: dh_n = np.zeros((B, H))\n"
        "    if dc_n is None: dc_n = np.zeros((B, H))\n"
        "    states = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        states.append(lstm_cell(x[t], states[t][0], states[t][1], W_ih, W_hh, b_ih, "
        "b_hh))\n"
        '    grads = {"x": np.zeros_like(x), "W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    dh = dh_n\n"
        "    dc = dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        step = lstm_cell_backward(dh + dout[t], dc, x[t], states[t][0], states[t][1], "
        "W_ih, W_hh, b_ih, b_hh)\n"
        '        grads["x"][t] = step["x"]\n'
        '        grads["W_ih"] = grads["W_ih"] + step["W_ih"]\n'
        '        grads["W_hh"] = grads["W_hh"] + step["W_hh"]\n'
        '        grads["b_ih"] = grads["b_ih"] + step["b_ih"]\n'
        '        grads["b_hh"] = grads["b_hh"] + step["b_hh"]\n'
        '        dh = step["h"]\n'
        '        dc_prev = step["c"]\n'
        '    grads["h0"] = dh\n'
        '    grads["c0"] = dc_prev\n'
        "    return grads\n",
    },
    {
        "id": "lb_hana_dx_reversed_order",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the per-step x gradients are appended while walking back from T-1 to 0 "
                'and stacked without reversing: "x" is in reversed time order',
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "reversed",
                            "flip",
                            "time order",
                            "backwards",
                            "x[T-1-t]",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    ig, fg = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H])\n"
        "    gg, og = np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:])\n"
        "    cn = fg * c + ig * gg\n"
        "    tn = np.tanh(cn)\n"
        "    dC = dc_next + dh_next * og * (1.0 - tn * tn)\n"
        "    dz = np.hstack([dC * gg * ig * (1.0 - ig), dC * c * fg * (1.0 - fg),\n"
        "                    dC * ig * (1.0 - gg * gg), dh_next * tn * og * (1.0 - og)])\n"
        '    out = {"x": dz @ W_ih, "h": dz @ W_hh, "c": dC * fg, "W_ih": dz.T @ x, "W_hh": '
        "dz.T @ h}\n"
        '    out["b_ih"] = dz.sum(axis=0)\n'
        '    out["b_hh"] = dz.sum(axis=0)\n'
        "    return out\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = [h0]; cs = [c0]\n"
        "    for t in range(T):\n"
        "        h_, c_ = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h_); cs.append(c_)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dWi = np.zeros_like(W_ih); dWh = np.zeros_like(W_hh); dbi = np.zeros_like(b_ih); "
        "dbh = np.zeros_like(b_hh)\n"
        "    dxs = []\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dWi += g["W_ih"]; dWh += g["W_hh"]; dbi += g["b_ih"]; dbh += g["b_hh"]\n'
        '        dh = g["h"]; dc = g["c"]\n'
        '    return {"x": np.stack(dxs), "h0": dh, "c0": dc, "W_ih": dWi, "W_hh": dWh, "b_ih": '
        'dbi, "b_hh": dbh}\n',
    },
    {
        "id": "lb_dario_eq_none",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "`if dh_n == None:` compares the array elementwise when dh_n is given, and "
                "`if` on that array raises (truth value of an array is ambiguous); it "
                "should be `dh_n is None`",
                "must_mention": [
                    {"any": ["is None", "== None", "None", "ambiguous", "truth value"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    if dh_n == None:\n"
        "        dh_n = np.zeros((B, H))\n"
        "    if dc_n == None:\n"
        "        dc_n = np.zeros((B, H))\n"
        "    hs = [h0]; cs = [c0]\n"
        "    for t in range(T):\n"
        "        a, b = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(a); cs.append(b)\n"
        '    out = {"x": np.zeros((T, B, I)), "W_ih": np.zeros(W_ih.shape), "W_hh": '
        "np.zeros(W_hh.shape),\n"
        '           "b_ih": np.zeros(b_ih.shape), "b_hh": np.zeros(b_hh.shape)}\n'
        "    dh, dc = dh_n, dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        s = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        out["x"][t] = s["x"]\n'
        '        out["W_ih"] += s["W_ih"]; out["W_hh"] += s["W_hh"]\n'
        '        out["b_ih"] += s["b_ih"]; out["b_hh"] += s["b_hh"]\n'
        '        dh, dc = s["h"], s["c"]\n'
        '    out["h0"], out["c0"] = dh, dc\n'
        "    return out\n",
    },
    {
        "id": "lb_elif_dout_aliased",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh = dout[t]; dh += ... adds into a view of dout, so the caller's dout is "
                "changed in place (the gradients are right)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "changed",
                            "changes",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = [h0]; cs = [c0]\n"
        "    for t in range(T):\n"
        "        hh, cc = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(hh); cs.append(cc)\n"
        "    dh_next = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc_next = np.zeros((B, H)) if dc_n is None else dc_n\n"
        '    grads = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        dh = dout[t]\n"
        "        dh += dh_next          # total gradient reaching h_t\n"
        "        s = lstm_cell_backward(dh, dc_next, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        grads["x"][t] = s["x"]\n'
        '        for k in ["W_ih", "W_hh", "b_ih", "b_hh"]:\n'
        "            grads[k] += s[k]\n"
        '        dh_next, dc_next = s["h"], s["c"]\n'
        '    grads["h0"] = dh_next\n'
        '    grads["c0"] = dc_next\n'
        "    return grads\n",
    },
    {
        "id": "lb_mateo_range_misses_step0",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": 'the backward loop is range(T-1, 0, -1), which never runs step 0: "x"[0] '
                'stays zero, the weight gradients miss step 0, and "h0", "c0" are the '
                "gradients reaching h_0, c_0 instead of h0, c0",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "x_0",
                            "range",
                            "off-by-one",
                            "off by one",
                            "never runs",
                            "skip",
                            "stops",
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
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    ig, fg = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H])\n"
        "    gg, og = np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:])\n"
        "    cn = fg * c + ig * gg\n"
        "    tn = np.tanh(cn)\n"
        "    dC = dc_next + dh_next * og * (1.0 - tn * tn)\n"
        "    dz = np.hstack([dC * gg * ig * (1.0 - ig), dC * c * fg * (1.0 - fg),\n"
        "                    dC * ig * (1.0 - gg * gg), dh_next * tn * og * (1.0 - og)])\n"
        '    out = {"x": dz @ W_ih, "h": dz @ W_hh, "c": dC * fg, "W_ih": dz.T @ x, "W_hh": '
        "dz.T @ h}\n"
        '    out["b_ih"] = dz.sum(axis=0)\n'
        '    out["b_hh"] = dz.sum(axis=0)\n'
        "    return out\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h_list, c_list = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h_list[t], c_list[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        h_list.append(h_new); c_list.append(c_new)\n"
        "    dh = dh_n if dh_n is not None else np.zeros((B, H))\n"
        "    dc = dc_n if dc_n is not None else np.zeros((B, H))\n"
        "    dx = np.zeros((T, B, I))\n"
        "    gW_ih, gW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n"
        "    gb_ih, gb_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        d = lstm_cell_backward(dh + dout[t], dc, x[t], h_list[t], c_list[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = d["x"]\n'
        '        gW_ih += d["W_ih"]; gW_hh += d["W_hh"]; gb_ih += d["b_ih"]; gb_hh += '
        'd["b_hh"]\n'
        '        dh, dc = d["h"], d["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": gW_ih, "W_hh": gW_hh, "b_ih": gb_ih, '
        '"b_hh": gb_hh}\n',
    },
    {
        "id": "lb_noah_weights_averaged",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are divided by T (averaged over the steps) "
                "instead of summed",
                "must_mention": [{"any": ["mean", "average", "divid", "/ T", "by T", "sum"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        nh, nc = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(nh); cs.append(nc)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    per_step = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        "        per_step.append(g)\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    res = {"x": dx, "h0": dh, "c0": dc}\n'
        '    for k in ["W_ih", "W_hh", "b_ih", "b_hh"]:\n'
        "        res[k] = np.mean([g[k] for g in per_step], axis=0)  # shared weights: average "
        "over time\n"
        "    return res\n",
    },
    {
        "id": "lb_chen_list_mult_alias",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "hs = [np.zeros(...)] * (T + 1) makes every list entry the same array, so "
                "all stored states end up equal to the final state and every step's "
                "backward uses (h_{T-1}, c_{T-1}) instead of its own previous state",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "same array",
                            "same object",
                            "copy",
                            "stored state",
                            "same state",
                            "final state",
                            "list",
                            "h_{t-1}",
                            "previous state",
                            "state it started",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = [np.zeros((B, H))] * (T + 1)\n"
        "    cs = [np.zeros((B, H))] * (T + 1)\n"
        "    hs[0][:] = h0\n"
        "    cs[0][:] = c0\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs[t + 1][:] = h_new\n"
        "        cs[t + 1][:] = c_new\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        '    grads = {"x": np.zeros_like(x)}\n'
        '    for k in ["W_ih", "W_hh", "b_ih", "b_hh"]:\n'
        "        grads[k] = 0\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        s = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        grads["x"][t] = s["x"]\n'
        '        for k in ["W_ih", "W_hh", "b_ih", "b_hh"]:\n'
        "            grads[k] = grads[k] + s[k]\n"
        '        dh, dc = s["h"], s["c"]\n'
        '    grads["h0"] = dh\n'
        '    grads["c0"] = dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_lea_dh_n_every_step",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n is added to the gradient reaching h_t at every step instead of only "
                "at t = T-1",
                "must_mention": [
                    "dh_n",
                    {
                        "any": [
                            "every step",
                            "each step",
                            "once",
                            "only at",
                            "last step",
                            "T-1",
                            "T - 1",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    ig, fg = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H])\n"
        "    gg, og = np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:])\n"
        "    cn = fg * c + ig * gg\n"
        "    tn = np.tanh(cn)\n"
        "    dC = dc_next + dh_next * og * (1.0 - tn * tn)\n"
        "    dz = np.hstack([dC * gg * ig * (1.0 - ig), dC * c * fg * (1.0 - fg),\n"
        "                    dC * ig * (1.0 - gg * gg), dh_next * tn * og * (1.0 - og)])\n"
        '    out = {"x": dz @ W_ih, "h": dz @ W_hh, "c": dC * fg, "W_ih": dz.T @ x, "W_hh": '
        "dz.T @ h}\n"
        '    out["b_ih"] = dz.sum(axis=0)\n'
        '    out["b_hh"] = dz.sum(axis=0)\n'
        "    return out\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    extra_h = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        hh, cc = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(hh); cs.append(cc)\n"
        "    dh_carry = np.zeros((B, H))\n"
        "    dx = np.zeros_like(x)\n"
        "    sums = dict(W_ih=np.zeros_like(W_ih), W_hh=np.zeros_like(W_hh), "
        "b_ih=np.zeros_like(b_ih), b_hh=np.zeros_like(b_hh))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dh_total = dout[t] + dh_carry + extra_h\n"
        "        g = lstm_cell_backward(dh_total, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = g["x"]\n'
        "        for k in sums:\n"
        "            sums[k] += g[k]\n"
        '        dh_carry, dc = g["h"], g["c"]\n'
        "    return dict(x=dx, h0=dh_carry, c0=dc, **sums)\n",
    },
    {
        "id": "lb_omar_overwrite_and_dx_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are overwritten at every step instead of "
                "summed (they hold step 0's only)",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "every step",
                            "all steps",
                            "each step",
                            "only one step",
                            "overwr",
                            "step 0",
                            "last step",
                            "single step",
                        ]
                    }
                ],
            },
            {
                "what": "the x gradients are stacked in the order they were computed (T-1 down to "
                '0): "x" is in reversed time order',
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "reversed",
                            "flip",
                            "time order",
                            "backwards",
                            "x[T-1-t]",
                            "mirror",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    states = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        states.append(lstm_cell(x[t], *states[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    dh = dh_n if dh_n is not None else np.zeros((B, H))\n"
        "    dc = dc_n if dc_n is not None else np.zeros((B, H))\n"
        "    dx_list = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], states[t][0], states[t][1], "
        "W_ih, W_hh, b_ih, b_hh)\n"
        '        dx_list.append(g["x"])\n'
        '        grads = {"W_ih": g["W_ih"], "W_hh": g["W_hh"], "b_ih": g["b_ih"], "b_hh": '
        'g["b_hh"]}\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["x"] = np.array(dx_list)\n'
        '    grads["h0"] = dh\n'
        '    grads["c0"] = dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_yuki_no_dh_n_and_state_after",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n is ignored (the gradient reaching h_{T-1} does not include it)",
                "must_mention": ["dh_n"],
            },
            {
                "what": "step t's backward gets the state after step t (h_t, c_t) instead of "
                "(h_{t-1}, c_{t-1})",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "previous",
                            "started from",
                            "state before",
                            "before the step",
                            "off by one",
                            "off-by-one",
                            "wrong step",
                            "one step",
                            "stored state",
                            "hs[t",
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
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    ig, fg = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H])\n"
        "    gg, og = np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:])\n"
        "    cn = fg * c + ig * gg\n"
        "    tn = np.tanh(cn)\n"
        "    dC = dc_next + dh_next * og * (1.0 - tn * tn)\n"
        "    dz = np.hstack([dC * gg * ig * (1.0 - ig), dC * c * fg * (1.0 - fg),\n"
        "                    dC * ig * (1.0 - gg * gg), dh_next * tn * og * (1.0 - og)])\n"
        '    out = {"x": dz @ W_ih, "h": dz @ W_hh, "c": dC * fg, "W_ih": dz.T @ x, "W_hh": '
        "dz.T @ h}\n"
        '    out["b_ih"] = dz.sum(axis=0)\n'
        '    out["b_hh"] = dz.sum(axis=0)\n'
        "    return out\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = np.zeros((T + 1, B, H)); cs = np.zeros((T + 1, B, H))\n"
        "    hs[0] = h0; cs[0] = c0\n"
        "    for t in range(T):\n"
        "        hs[t + 1], cs[t + 1] = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "    dh = np.zeros((B, H))\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    tot = [0, 0, 0, 0]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t + 1], cs[t + 1], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        tot = [tot[0] + g["W_ih"], tot[1] + g["W_hh"], tot[2] + g["b_ih"], tot[3] + '
        'g["b_hh"]]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": tot[0], "W_hh": tot[1], "b_ih": '
        'tot[2], "b_hh": tot[3]}\n',
    },
    {
        "id": "lb_felix_no_dc_n_and_average",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_n is ignored: the cell-state gradient at the last step starts from "
                "zeros even when dc_n is given",
                "must_mention": ["dc_n"],
            },
            {
                "what": "the weight and bias gradients are divided by T instead of summed over the "
                "steps",
                "must_mention": [{"any": ["mean", "average", "divid", "/ T", "by T", "sum"]}],
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
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        a, b = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(a); cs.append(b)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros((B, H))\n"
        "    dx = np.zeros_like(x)\n"
        '    gw = {"W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh), "b_ih": '
        'np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        "        for k in gw:\n"
        "            gw[k] += g[k] / T\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    gw.update({"x": dx, "h0": dh, "c0": dc})\n'
        "    return gw\n",
    },
    {
        "id": "lb_zara_dout_last_and_skip_step0",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "only dout[T-1] is used; dout[t] for earlier steps is never added",
                "must_mention": [
                    "dout",
                    {
                        "any": [
                            "every step",
                            "each step",
                            "dout[t]",
                            "earlier steps",
                            "all steps",
                            "only the last",
                            "last step",
                            "step t",
                            "sum",
                        ]
                    },
                ],
            },
            {
                "what": "the backward loop range(T-1, 0, -1) never runs step 0",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "x_0",
                            "range",
                            "off-by-one",
                            "off by one",
                            "never runs",
                            "skip",
                            "stops",
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
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    ig, fg = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H])\n"
        "    gg, og = np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:])\n"
        "    cn = fg * c + ig * gg\n"
        "    tn = np.tanh(cn)\n"
        "    dC = dc_next + dh_next * og * (1.0 - tn * tn)\n"
        "    dz = np.hstack([dC * gg * ig * (1.0 - ig), dC * c * fg * (1.0 - fg),\n"
        "                    dC * ig * (1.0 - gg * gg), dh_next * tn * og * (1.0 - og)])\n"
        '    out = {"x": dz @ W_ih, "h": dz @ W_hh, "c": dC * fg, "W_ih": dz.T @ x, "W_hh": '
        "dz.T @ h}\n"
        '    out["b_ih"] = dz.sum(axis=0)\n'
        '    out["b_hh"] = dz.sum(axis=0)\n'
        "    return out\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h1, c1 = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h1); cs.append(c1)\n"
        "    dh = dout[T - 1] + (0 if dh_n is None else dh_n)\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        '    G = {k: 0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    for t in range(T - 1, 0, -1):\n"
        "        g = lstm_cell_backward(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        "        for k in G:\n"
        "            G[k] = G[k] + g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        "    G.update(x=dx, h0=dh, c0=dc)\n"
        "    return G\n",
    },
    {
        "id": "ll_ok_amira_where",
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]          # (B, 1): is step t real for row b?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ok_tom_per_sequence",
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
        "    for b in range(B):\n"
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
        "id": "ll_ok_kenji_float_mask",
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
        "    T = x.shape[0]\n"
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, :]).astype(np.float64)  "
        "# (T, B)\n"
        "    h = h0.copy()\n"
        "    c = c0.copy()\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        m = mask[t][:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = m * hn + (1 - m) * h\n"
        "        c = m * cn + (1 - m) * c\n"
        "        outs.append(m * hn)\n"
        "    return np.stack(outs), (h, c)\n",
    },
    {
        "id": "ll_lucas_zero_init_like_chapter",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the state starts from zeros (copied from chapter 7's masked_lstm) instead "
                "of h0, c0",
                "must_mention": [
                    {"any": ["h0", "c0", "initial"]},
                    {"any": ["zero", "ignor", "not used", "unused", "instead"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "        m = (t < lengths)[:, None]  # (B, 1): 1 where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_priya_out_not_zeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out[t] holds the frozen state (the last real h) on padding steps instead "
                "of zeros",
                "must_mention": [
                    {"any": ["zero", "pad"]},
                    {"any": ["out", "past", "after", "t >= lengths", "beyond"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    outputs = []\n"
        "    for t in range(T):\n"
        "        active = (t < lengths).reshape(-1, 1)\n"
        "        hh, cc = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(active, hh, h)\n"
        "        c = np.where(active, cc, c)\n"
        "        outputs.append(h)\n"
        "    return np.array(outputs), (h, c)\n",
    },
    {
        "id": "ll_marco_mask_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask is t <= lengths[b] instead of t < lengths[b]: each shorter "
                "sequence runs one extra step, on padding",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "<=",
                            "one step too",
                            "one extra",
                            "extra step",
                            "one step",
                            "lengths[b] - 1",
                            "one more",
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        valid = lengths >= t   # sequence b still running at step t\n"
        "        h_cand, c_cand = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(valid[:, None], h_cand, h)\n"
        "        c = np.where(valid[:, None], c_cand, c)\n"
        "        out[t] = np.where(valid[:, None], h_cand, 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_sofia_mask_only_out",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask is applied to out only: the state keeps updating on the padding, "
                "so h_n and c_n are the states at T-1, not at each row's own last step",
                "must_mention": [
                    {"any": ["h_n", "c_n", "state"]},
                    {
                        "any": [
                            "padding",
                            "T-1",
                            "T - 1",
                            "own last",
                            "last real",
                            "freeze",
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h * (t < lengths)[:, None]   # zeros past each length\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_jonas_sorted_only",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "at step t the first n rows (n = number of sequences longer than t) are "
                "updated, as in a packed batch sorted by length: right only when lengths "
                "are sorted in decreasing order",
                "must_mention": [{"any": ["sort", "order", "decreasing", "descending"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    h = h0.copy()\n"
        "    c = c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    # like pack_padded_sequence: batch_sizes[t] = how many sequences are still "
        "running at step t\n"
        "    batch_sizes = [int(np.sum(lengths > t)) for t in range(T)]\n"
        "    for t in range(T):\n"
        "        n = batch_sizes[t]\n"
        "        if n == 0:\n"
        "            break\n"
        "        h_new, c_new = lstm_cell(x[t, :n], h[:n], c[:n], W_ih, W_hh, b_ih, b_hh)\n"
        "        h[:n] = h_new\n"
        "        c[:n] = c_new\n"
        "        out[t, :n] = h_new\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_hana_out_len_max",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out has max(lengths) steps instead of T (like pad_packed_sequence without "
                "total_length): wrong shape when the longest length is shorter than T",
                "must_mention": [
                    {"any": ["shape", "longest", "max(lengths)", "total_length", "shorter"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    T_max = int(max(lengths))\n"
        "    out = np.zeros((T_max, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T_max):\n"
        "        keep = (lengths > t)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(keep, hn, h)\n"
        "        c = np.where(keep, cn, c)\n"
        "        out[t] = np.where(keep, hn, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_dario_cn_unmasked",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n is gathered from out at lengths-1, but c_n is the cell state after "
                "step T-1 (it ran over the padding)",
                "must_mention": [
                    "c_n",
                    {"any": ["padding", "T-1", "T - 1", "own last", "last real"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    # every sequence's last real output\n"
        "    idx = np.asarray(lengths) - 1\n"
        "    h_n = out[idx, np.arange(B)]\n"
        "    c_n = c\n"
        "    for b in range(B):\n"
        "        out[lengths[b]:, b] = 0\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_elif_return_in_loop",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "return is inside the time loop: the function returns after step 0 (right "
                "only when T = 1)",
                "must_mention": [
                    {
                        "any": [
                            "return",
                            "loop",
                            "early",
                            "only one step",
                            "first step",
                            "stops after",
                            "one step",
                            "step 0",
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h = h0\n"
        "    c = c0\n"
        "    for t in range(T):\n"
        "        running = t < lengths\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(running[:, None], h_new, h)\n"
        "        c = np.where(running[:, None], c_new, c)\n"
        "        out[t, running] = h_new[running]\n"
        "        return out, (h, c)\n",
    },
    {
        "id": "ll_mateo_mask_broadcast",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask (t < lengths)[None, :] has shape (1, B) and broadcasts along the "
                "hidden units instead of the batch rows (a broadcasting error when B != H, "
                "wrong values when B == H)",
                "must_mention": [
                    {"any": ["broadcast", "mask", "(1, B)", "(B, 1)", "axis", "units", "shape"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    out = []\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[None, :]\n"
        "        h2, c2 = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h2, h)\n"
        "        c = np.where(m, c2, c)\n"
        "        out.append(np.where(m, h2, 0.0))\n"
        "    return np.stack(out), (h, c)\n",
    },
    {
        "id": "ll_noah_h0_in_place",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h = h0 then h[keep] = ... writes into the caller's h0 and c0 arrays in "
                "place (the results are right, but the inputs change)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "changed",
                            "changes",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "        keep = t < lengths\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[keep] = h_new[keep]\n"
        "        c[keep] = c_new[keep]\n"
        "        out[t][keep] = h_new[keep]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_omar_zero_init_and_no_zero_out",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the state starts from zeros instead of h0, c0",
                "must_mention": [
                    {"any": ["h0", "c0", "initial"]},
                    {"any": ["zero", "ignor", "not used", "unused", "instead"]},
                ],
            },
            {
                "what": "out holds the frozen state on padding steps instead of zeros",
                "must_mention": [
                    {"any": ["zero", "pad"]},
                    {"any": ["out", "past", "after", "t >= lengths", "beyond"]},
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
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)); c = np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, hn, h)\n"
        "        c = np.where(m, cn, c)\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_yuki_le_mask_and_cn_unmasked",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask used for out and h is t <= lengths[b]: one extra step on padding",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "<=",
                            "one step too",
                            "one extra",
                            "extra step",
                            "one step",
                            "lengths[b] - 1",
                            "one more",
                        ]
                    }
                ],
            },
            {
                "what": "c is never masked: c_n is the cell state after step T-1",
                "must_mention": [
                    "c_n",
                    {"any": ["padding", "T-1", "T - 1", "own last", "last real", "mask"]},
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    c_run = c0\n"
        "    for t in range(T):\n"
        "        m = (t <= lengths)[:, None]\n"
        "        h_new, c_run = lstm_cell(x[t], h, c_run, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c_run)\n",
    },
    {
        "id": "ll_felix_sorted_and_no_zero_out",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "updates the first n rows at step t, as a packed batch sorted by "
                "decreasing length: right only for sorted lengths",
                "must_mention": [{"any": ["sort", "order", "decreasing", "descending"]}],
            },
            {
                "what": "out[t] holds the whole state array, frozen values included, on padding "
                "steps instead of zeros",
                "must_mention": [
                    {"any": ["zero", "pad"]},
                    {"any": ["out", "past", "after", "t >= lengths", "beyond"]},
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
        "    h = np.array(h0, copy=True)\n"
        "    c = np.array(c0, copy=True)\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        n_alive = int((lengths > t).sum())\n"
        "        if n_alive > 0:\n"
        "            h[:n_alive], c[:n_alive] = lstm_cell(x[t, :n_alive], h[:n_alive], "
        "c[:n_alive], W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h.copy())\n"
        "    return np.stack(out), (h, c)\n",
    },
    {
        "id": "bl_ok_amira_per_seq_flip",
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
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse each sequence inside its own length, leave the padding where it is\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        x_rev[:L, b] = x[:L, b][::-1]\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        out_b[:L, b] = out_r[:L, b][::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_ok_kenji_index_arrays",
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
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    hN = np.zeros((B, H)); cN = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        hb, cb = h0[b:b + 1], c0[b:b + 1]\n"
        "        for t in range(int(lengths[b])):\n"
        "            hb, cb = lstm_cell(x[t, b:b + 1], hb, cb, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = hb[0]\n"
        "        hN[b], cN[b] = hb[0], cb[0]\n"
        "    return out, (hN, cN)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    t = np.arange(T)[:, None]                 # (T, 1)\n"
        "    L = np.asarray(lengths)[None, :]          # (1, B)\n"
        "    # position read by the reverse direction at its k-th step: L-1-k inside the "
        "sequence,\n"
        "    # the padding stays put (this map is its own inverse)\n"
        "    idx = np.where(t < L, L - 1 - t, t)       # (T, B)\n"
        "    x_r = np.take_along_axis(x, idx[:, :, None], axis=0)\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    orr, (hr, cr) = lstm_layer_lengths(x_r, lengths, h0[1], c0[1], *bwd)\n"
        "    ob = np.take_along_axis(orr, idx[:, :, None], axis=0)\n"
        "    return np.concatenate([of, ob], axis=-1), (np.stack([hf, hr]), np.stack([cf, "
        "cr]))\n",
    },
    {
        "id": "bl_ok_tom_batch_loop",
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        # forward: steps 0 .. n-1\n"
        "        h, c = h0[0, b:b+1], c0[0, b:b+1]\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, b:b+1], h, c, *fwd)\n"
        "            out[t, b, :H] = h[0]\n"
        "        h_n[0, b], c_n[0, b] = h[0], c[0]\n"
        "        # reverse: steps n-1 .. 0\n"
        "        h, c = h0[1, b:b+1], c0[1, b:b+1]\n"
        "        for t in range(n - 1, -1, -1):\n"
        "            h, c = lstm_cell(x[t, b:b+1], h, c, *bwd)\n"
        "            out[t, b, H:] = h[0]\n"
        "        h_n[1, b], c_n[1, b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_ok_ines_descending_mask",
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
        "    H = h0.shape[-1]\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse: walk t = T-1 .. 0 on the padded tensor; on padding (t >= length) the "
        "state\n"
        "    # stays the initial one, so each row really starts at its own last step\n"
        "    out_b = np.zeros((T, B, H))\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        real = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        h = np.where(real, hn, h)\n"
        "        c = np.where(real, cn, c)\n"
        "        out_b[t] = np.where(real, hn, 0.0)\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([hf, h]), np.stack([cf, "
        "c]))\n",
    },
    {
        "id": "bl_lucas_flip_whole_padded",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction reads x[::-1], the whole padded tensor flipped: for "
                "a sequence shorter than T it starts on padding (reads x[T-1] .. x[T-L]) "
                "instead of at its own last step lengths[b]-1",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "pad",
                            "own last",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "last real",
                            "T-1",
                            "T - 1",
                            "own length",
                            "each sequence",
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
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (hr, cr) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_r[::-1]], axis=2)\n"
        "    return out, (np.stack([hf, hr]), np.stack([cf, cr]))\n",
    },
    {
        "id": "bl_priya_slice_drops_x0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reversed slice x[L-1:0:-1, b] stops before index 0: the reverse "
                "direction never reads x_0 and reads a zero (padding) step in its place",
                "must_mention": [
                    {
                        "any": [
                            "x_0",
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "boundar",
                            "off-by-one",
                            "off by one",
                            "slice",
                            "index 0",
                            "never reads",
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
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    xr = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        seg = x[L - 1:0:-1, b]          # steps L-1 down to 0\n"
        "        xr[:len(seg), b] = seg\n"
        "    orv, (hr, cr) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    ob = np.zeros_like(orv)\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        ob[:L, b] = orv[:L, b][::-1]\n"
        "    return np.concatenate([of, ob], axis=2), (np.stack([hf, hr]), np.stack([cf, "
        "cr]))\n",
    },
    {
        "id": "bl_marco_output_global_flip",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the input is reversed within each sequence, but the reverse outputs are "
                "put back with a global [::-1] over all T steps instead of within each "
                "sequence's own length, so for shorter sequences they land at the wrong "
                "steps",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd"]},
                    {
                        "any": [
                            "order",
                            "flip",
                            "position",
                            "align",
                            "wrong step",
                            "each sequence",
                            "own length",
                            "within",
                            "shift",
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
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    hN = np.zeros((B, H)); cN = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        hb, cb = h0[b:b + 1], c0[b:b + 1]\n"
        "        for t in range(int(lengths[b])):\n"
        "            hb, cb = lstm_cell(x[t, b:b + 1], hb, cb, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = hb[0]\n"
        "        hN[b], cN[b] = hb[0], cb[0]\n"
        "    return out, (hN, cN)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    fw, (h_fw, c_fw) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_bw = x.copy()\n"
        "    for b in range(B):\n"
        "        n = lengths[b]\n"
        "        x_bw[:n, b] = x[n - 1::-1, b]\n"
        "    bw, (h_bw, c_bw) = lstm_layer_lengths(x_bw, lengths, h0[1], c0[1], *bwd)\n"
        "    bw = bw[::-1]   # back to time order\n"
        "    return np.concatenate((fw, bw), axis=2), (np.stack((h_fw, h_bw)), np.stack((c_fw, "
        "c_bw)))\n",
    },
    {
        "id": "bl_sofia_hn_reverse_from_out",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] is read from the reverse half of out at step lengths[b]-1 (the "
                "reverse direction's first step) instead of its final state, at step 0",
                "must_mention": [
                    "h_n",
                    {"any": ["reverse", "backward", "bwd"]},
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "out[0",
                            "final",
                            "first step",
                            "x_0",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "last step",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    x_r = x.copy()\n"
        "    for b in range(B):\n"
        "        x_r[:lengths[b], b] = x[:lengths[b], b][::-1]\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_r, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b in range(B):\n"
        "        out_b[:lengths[b], b] = out_r[:lengths[b], b][::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    last = np.asarray(lengths) - 1\n"
        "    cols = np.arange(B)\n"
        "    h_n = np.stack([out[last, cols, :H], out[last, cols, H:]])  # each row's last "
        "real step\n"
        "    c_n = np.stack([c_f, c_r])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_jonas_equal_lengths_only",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the input is reversed over the first max(lengths) steps for every row, "
                "which is right only when all lengths are equal: shorter sequences start "
                "the reverse direction on padding",
                "must_mention": [
                    {
                        "any": [
                            "each sequence",
                            "own",
                            "per sequence",
                            "different lengths",
                            "lengths[b]",
                            "same length",
                            "shorter",
                            "equal",
                            "padding",
                            "max",
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
        "    Lmax = int(lengths.max())\n"
        "    o_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # flip only the real part (padding at the end stays at the end)\n"
        "    x_b = x.copy()\n"
        "    x_b[:Lmax] = x[:Lmax][::-1]\n"
        "    o_r, (h_r, c_r) = lstm_layer_lengths(x_b, lengths, h0[1], c0[1], *bwd)\n"
        "    o_b = o_r.copy()\n"
        "    o_b[:Lmax] = o_r[:Lmax][::-1]\n"
        "    return np.concatenate([o_f, o_b], 2), (np.stack([h_f, h_r]), np.stack([c_f, "
        "c_r]))\n",
    },
    {
        "id": "bl_hana_rev_h0_row0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from h0[0], c0[0] (the forward's initial "
                "state) instead of h0[1], c0[1]",
                "must_mention": [
                    {"any": ["initial", "h0", "c0"]},
                    {"any": ["h0[1]", "row 1", "reverse", "backward", "index 1"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    hN = np.zeros((B, H)); cN = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        hb, cb = h0[b:b + 1], c0[b:b + 1]\n"
        "        for t in range(int(lengths[b])):\n"
        "            hb, cb = lstm_cell(x[t, b:b + 1], hb, cb, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = hb[0]\n"
        "        hN[b], cN[b] = hb[0], cb[0]\n"
        "    return out, (hN, cN)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    f_out, (f_h, f_c) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    rx = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        rx[:lengths[b], b] = np.flip(x[:lengths[b], b], axis=0)\n"
        "    r_out, (r_h, r_c) = lstm_layer_lengths(rx, lengths, h0[0], c0[0], *bwd)\n"
        "    b_out = np.zeros_like(r_out)\n"
        "    for b in range(B):\n"
        "        b_out[:lengths[b], b] = np.flip(r_out[:lengths[b], b], axis=0)\n"
        "    return np.concatenate([f_out, b_out], axis=2), (np.stack([f_h, r_h]), "
        "np.stack([f_c, r_c]))\n",
    },
    {
        "id": "bl_dario_reverse_half_not_zeroed",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "in the reverse loop out[t, :, H:] = h for every t, so on padding steps (t "
                ">= lengths[b]) the reverse half holds the initial state h0[1] instead of "
                "zeros",
                "must_mention": [
                    {"any": ["zero", "pad"]},
                    {"any": ["reverse", "backward", "second half", "H:", "half"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    out[:, :, :H], (h_fw, c_fw) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in reversed(range(T)):\n"
        "        on = (t < lengths)[:, None]\n"
        "        h_try, c_try = lstm_cell(x[t], h, c, *bwd)\n"
        "        h = np.where(on, h_try, h)\n"
        "        c = np.where(on, c_try, c)\n"
        "        out[t, :, H:] = h\n"
        "    return out, (np.stack([h_fw, h]), np.stack([c_fw, c]))\n",
    },
    {
        "id": "bl_elif_halves_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out's two halves are swapped: reverse direction first, forward second",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "halves",
                            "half",
                            "first H",
                            "order of the",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    y_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    xr = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        xr[:lengths[b], b] = x[:lengths[b], b][::-1]\n"
        "    y_r, (hr, cr) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    y_b = np.zeros_like(y_r)\n"
        "    for b in range(B):\n"
        "        y_b[:lengths[b], b] = y_r[:lengths[b], b][::-1]\n"
        "    return np.concatenate([y_b, y_f], axis=2), (np.stack([hf, hr]), np.stack([cf, "
        "cr]))\n",
    },
    {
        "id": "bl_mateo_sorted_only",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse loop updates the first n rows at step t (n = number of "
                "sequences longer than t), which is right only when lengths are sorted in "
                "decreasing order",
                "must_mention": [{"any": ["sort", "order", "decreasing", "descending"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    H = h0.shape[-1]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b = np.zeros((T, B, H))\n"
        "    h = h0[1].copy(); c = c0[1].copy()\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        n = int(np.sum(lengths > t))   # sequences that have a real step t\n"
        "        if n == 0:\n"
        "            continue\n"
        "        hn, cn = lstm_cell(x[t, :n], h[:n], c[:n], *bwd)\n"
        "        h[:n] = hn\n"
        "        c[:n] = cn\n"
        "        out_b[t, :n] = hn\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([h_f, h]), "
        "np.stack([c_f, c]))\n",
    },
    {
        "id": "bl_noah_forward_uses_bwd",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the forward direction runs with the reverse direction's weights (bwd) "
                "instead of fwd",
                "must_mention": [
                    {"any": ["forward"]},
                    {"any": ["bwd", "weights", "reverse direction's", "parameters"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    hN = np.zeros((B, H)); cN = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        hb, cb = h0[b:b + 1], c0[b:b + 1]\n"
        "        for t in range(int(lengths[b])):\n"
        "            hb, cb = lstm_cell(x[t, b:b + 1], hb, cb, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = hb[0]\n"
        "        hN[b], cN[b] = hb[0], cb[0]\n"
        "    return out, (hN, cN)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *bwd)\n"
        "    xr = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        xr[:lengths[b], b] = x[:lengths[b], b][::-1]\n"
        "    orr, (hr, cr) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    ob = np.zeros_like(orr)\n"
        "    for b in range(B):\n"
        "        ob[:lengths[b], b] = orr[:lengths[b], b][::-1]\n"
        "    return np.concatenate([of, ob], axis=2), (np.stack([hf, hr]), np.stack([cf, "
        "cr]))\n",
    },
    {
        "id": "bl_chen_cn_copy_forward",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n's row 1 is the forward direction's final cell state again "
                "(copy-paste) instead of the reverse direction's",
                "must_mention": [
                    "c_n",
                    {"any": ["reverse", "backward", "row 1", "c_n[1]", "forward", "copy"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    results = []\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        for t in range(lengths[b]):\n"
        "            x_rev[t, b] = x[lengths[b] - 1 - t, b]\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b in range(B):\n"
        "        for t in range(lengths[b]):\n"
        "            out_b[t, b] = out_r[lengths[b] - 1 - t, b]\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    h_n = np.stack([h_f, h_r])\n"
        "    c_n = np.stack([c_f, c_f])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_lea_hn_concatenated",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are built with np.concatenate, giving (2B, H) instead of "
                "stacking to (2, B, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["shape", "(2, B, H)", "(2B, H)", "stack", "concaten", "dimension"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    hN = np.zeros((B, H)); cN = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        hb, cb = h0[b:b + 1], c0[b:b + 1]\n"
        "        for t in range(int(lengths[b])):\n"
        "            hb, cb = lstm_cell(x[t, b:b + 1], hb, cb, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = hb[0]\n"
        "        hN[b], cN[b] = hb[0], cb[0]\n"
        "    return out, (hN, cN)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    a, (ha, ca) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    xr = x.copy()\n"
        "    for b in range(B):\n"
        "        xr[:lengths[b], b] = x[:lengths[b], b][::-1]\n"
        "    r, (hr, cr) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    rb = np.zeros_like(r)\n"
        "    for b in range(B):\n"
        "        rb[:lengths[b], b] = r[:lengths[b], b][::-1]\n"
        "    out = np.concatenate([a, rb], axis=2)\n"
        "    return out, (np.concatenate([ha, hr]), np.concatenate([ca, cr]))\n",
    },
    {
        "id": "bl_omar_padded_flip_and_swap",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction reads the whole padded tensor flipped (x[::-1]) and "
                "so starts on padding for shorter sequences",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "pad",
                            "own last",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "last real",
                            "T-1",
                            "T - 1",
                            "own length",
                            "each sequence",
                        ]
                    }
                ],
            },
            {
                "what": "out's halves are swapped (reverse first)",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "halves",
                            "half",
                            "first H",
                            "order of the",
                            "other way",
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
        "    o1, (h1, c1) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    o2, (h2, c2) = lstm_layer_lengths(np.flip(x, 0), lengths, h0[1], c0[1], *bwd)\n"
        "    o2 = np.flip(o2, 0)\n"
        "    return np.concatenate([o2, o1], axis=-1), (np.stack([h1, h2]), np.stack([c1, "
        "c2]))\n",
    },
    {
        "id": "bl_yuki_h0row0_and_cn_copy",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from h0[0], c0[0] instead of h0[1], c0[1]",
                "must_mention": [
                    {"any": ["initial", "h0", "c0"]},
                    {"any": ["h0[1]", "row 1", "reverse", "backward", "index 1"]},
                ],
            },
            {
                "what": "c_n's row 1 is the forward direction's final cell state again",
                "must_mention": [
                    "c_n",
                    {"any": ["reverse", "backward", "row 1", "c_n[1]", "forward", "copy"]},
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    hN = np.zeros((2, B, H)); cN = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        h, c = h0[0, b:b+1], c0[0, b:b+1]\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(x[t, b:b+1], h, c, *fwd)\n"
        "            out[t, b, :H] = h[0]\n"
        "        hN[0, b] = h[0]; cN[0, b] = c[0]\n"
        "        cN[1, b] = c[0]\n"
        "        h, c = h0[0, b:b+1], c0[0, b:b+1]\n"
        "        for t in range(L - 1, -1, -1):\n"
        "            h, c = lstm_cell(x[t, b:b+1], h, c, *bwd)\n"
        "            out[t, b, H:] = h[0]\n"
        "        hN[1, b] = h[0]\n"
        "    return out, (hN, cN)\n",
    },
    {
        "id": "bl_felix_global_unflip_and_hn_swap",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse outputs are put back with a global [::-1] over T instead of "
                "within each sequence's length",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd"]},
                    {
                        "any": [
                            "order",
                            "flip",
                            "position",
                            "align",
                            "wrong step",
                            "each sequence",
                            "own length",
                            "within",
                            "shift",
                        ]
                    },
                ],
            },
            {
                "what": "h_n and c_n rows are swapped (reverse direction's final state in row 0)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["swap", "exchang", "row 0", "row 1", "order", "h_n[0]", "h_n[1]"]},
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
        "    fo, (fh, fc) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    xb = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        xb[:lengths[b], b] = x[lengths[b] - 1::-1, b]\n"
        "    bo, (bh, bc) = lstm_layer_lengths(xb, lengths, h0[1], c0[1], *bwd)\n"
        "    return np.concatenate([fo, bo[::-1]], axis=2), (np.stack([bh, fh]), np.stack([bc, "
        "fc]))\n",
    },
    {
        "id": "bl_zara_equal_lengths_and_fwd_bwd",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the input is reversed over max(lengths) steps for every row: right only "
                "when all lengths are equal",
                "must_mention": [
                    {
                        "any": [
                            "each sequence",
                            "own",
                            "per sequence",
                            "different lengths",
                            "lengths[b]",
                            "same length",
                            "shorter",
                            "equal",
                            "padding",
                            "max",
                        ]
                    }
                ],
            },
            {
                "what": "the forward direction runs with the bwd weights",
                "must_mention": [
                    {"any": ["forward"]},
                    {"any": ["bwd", "weights", "reverse direction's", "parameters"]},
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    hN = np.zeros((B, H)); cN = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        hb, cb = h0[b:b + 1], c0[b:b + 1]\n"
        "        for t in range(int(lengths[b])):\n"
        "            hb, cb = lstm_cell(x[t, b:b + 1], hb, cb, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = hb[0]\n"
        "        hN[b], cN[b] = hb[0], cb[0]\n"
        "    return out, (hN, cN)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T_real = int(np.max(lengths))\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *bwd)\n"
        "    x_rev = x.copy()\n"
        "    x_rev[:T_real] = x[T_real - 1::-1]\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_r[:T_real] = out_r[T_real - 1::-1].copy()\n"
        "    out = np.concatenate([out_f, out_r], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
]
