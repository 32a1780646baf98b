# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The thirty-third blind corpus, kept as its two authors wrote it (/work/blind33a and /work/blind33b,
split by graded names as for corpora 10-32; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora (they imported a frozen copy of lstm_ref
alone for their single run; both report having read nothing else; author A dry-ran its harness
on a stub checks module of its own), each asked to invent a cast of at least ten students in a
second-year course of CS, physics, biology and economics majors who learned LSTMs from blog
posts and papers: row-vector layouts, other libraries' gate orders, peepholes and coupled gates,
a forget bias of 1, hard sigmoids, np.matrix, in-place updates, helper classes per gate;
ScratchLSTM with other key suffixes, layer-0 weights reused, reshape for batch_first; CS231n-style
backward passes (caches unpacked in another order, derivatives from the wrong variable, = for
+=, truncated BPTT, finite differences), hand-packed sorted batches, reversed padding. Run on
7152415 (the last stop); the words a message must contain were fixed before its first run.
First run there, by the word test at seed 7: 167 of 179 wrong versions named (93%: author A 88
of 95, author B 79 of 84), none passing, no false alarm. By its authors' reading (every mistake
of an entry named, the checks called with their default cases): 84 of 95 (88%) and 77 of 84
(92%), doubles with both named 18 of 22 and 17 of 20, no wrong cause. See
tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_priya_masks_ok",
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
        "    # z >= 0: exp(-z) <= 1, safe\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    # z < 0: rewrite as e^z / (1 + e^z), and exp(z) <= 1 there\n"
        "    ez = np.exp(z[neg])\n"
        "    out[neg] = ez / (1.0 + ez)\n"
        "    return out\n",
    },
    {
        "id": "sig_tomasz_tanh_identity_ok",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # sigma(z) = (1 + tanh(z/2)) / 2 ; tanh saturates at +-1 instead of overflowing\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.asarray(0.5 * (1.0 + np.tanh(0.5 * z)))\n",
    },
    {
        "id": "sig_kwame_logaddexp_ok",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # log sigma(z) = -log(1 + e^{-z}) = -logaddexp(0, -z); logaddexp never overflows\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.asarray(np.exp(-np.logaddexp(0.0, -z)))\n",
    },
    {
        "id": "sig_lena_piecewise_ok",
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
        "    # two stable forms, one for each sign (see the hint in the exercise)\n"
        "    return np.piecewise(\n"
        "        z,\n"
        "        [z >= 0, z < 0],\n"
        "        [lambda a: 1.0 / (1.0 + np.exp(-a)), lambda a: np.exp(a) / (1.0 + "
        "np.exp(a))],\n"
        "    )\n",
    },
    {
        "id": "sig_lena_float32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "converts the input to float32, so the result is float32 and only ~1e-7 "
                "accurate",
                "must_mention": [{"any": ["float32", "dtype", "precision", "single"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)  # saves memory\n"
        "    # two stable forms, one for each sign (see the hint in the exercise)\n"
        "    return np.piecewise(\n"
        "        z,\n"
        "        [z >= 0, z < 0],\n"
        "        [lambda a: 1.0 / (1.0 + np.exp(-a)), lambda a: np.exp(a) / (1.0 + "
        "np.exp(a))],\n"
        "    )\n",
    },
    {
        "id": "sig_marcus_naive_overflow",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "textbook formula 1/(1+exp(-z)) on the whole array: exp overflows "
                "(RuntimeWarning) for z near -1000",
                "must_mention": [{"any": ["overflow", "warn"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.array(z, dtype=np.float64)  # my own copy\n"
        "    # the textbook formula\n"
        "    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "sig_marcus_keras_hard_sigmoid",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "uses Keras' hard_sigmoid, the piecewise-linear clip(0.2 z + 0.5, 0, 1), "
                "instead of the logistic function",
                "must_mention": [
                    {"any": ["hard", "linear", "approximat", "piecewise", "clip", "0.2"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.array(z, dtype=np.float64)  # my own copy\n"
        "    # Keras' hard_sigmoid: cheap and cannot overflow\n"
        "    return np.clip(0.2 * z + 0.5, 0.0, 1.0)\n",
    },
    {
        "id": "sig_sofia_branches_swapped",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "the np.where condition is flipped, so the two stable branches are "
                "swapped: for z<0 it returns sigma(-z) = 1 - sigma(z)",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "branch",
                            "sign",
                            "sigma(-z)",
                            "σ(-z)",
                            "σ(−z)",
                            "sigmoid(-z)",
                            "1 - σ",
                            "1-σ",
                            "1 − σ",
                            "mirror",
                            "revers",
                            "negative",
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
        "    # e = exp(-|z|) is always in (0, 1] so nothing can blow up\n"
        "    e = np.exp(-np.abs(z))\n"
        "    pos_branch = 1.0 / (1.0 + e)      # = sigma(z) when z >= 0\n"
        "    neg_branch = e / (1.0 + e)        # = sigma(z) when z < 0\n"
        "    return np.where(z < 0, pos_branch, neg_branch)\n",
    },
    {
        "id": "sig_jamal_where_evaluates_both",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where evaluates both branches on every element: np.exp(z) overflows "
                "for z=1000 and np.exp(-z) for z=-1000 (RuntimeWarning), although the "
                "selected values are right",
                "must_mention": [{"any": ["overflow", "warn"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    # the two stable forms from the hint, np.where picks the right one\n"
        "    pos_branch = 1.0 / (1.0 + np.exp(-z))        # for z >= 0\n"
        "    neg_branch = np.exp(z) / (1.0 + np.exp(z))   # for z < 0\n"
        "    return np.where(z >= 0, pos_branch, neg_branch)\n",
    },
    {
        "id": "sig_dmitri_clip15",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips z to [-15, 15] before the formula, so large |z| give wrong values "
                "(sigma(15) = 1 - 3e-7, not 1)",
                "must_mention": [
                    {"any": ["clip", "clamp", "cap", "cut", "truncat", "limit", "saturat", "15"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    lim = 15.0    # sigma is flat past 15 anyway\n"
        "    z = np.clip(z, -lim, lim)\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_dmitri_inplace_clip15",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.clip(..., out=z) on np.asarray(z) writes the clipped values into the "
                "caller's array",
                "must_mention": [
                    {"any": ["modif", "chang", "mutat", "in place", "in-place", "overwr", "alter"]},
                    {"any": ["input", "argument", "given", "passed", "caller"]},
                ],
            },
            {
                "what": "clips z to [-15, 15], so large |z| give wrong values",
                "must_mention": [
                    {"any": ["clip", "clamp", "cap", "cut", "truncat", "limit", "saturat", "15"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    lim = 15.0    # sigma is flat past 15 anyway\n"
        "    np.clip(z, -lim, lim, out=z)  # in place, no extra array\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_aiko_flips_input_in_place",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.asarray does not copy a float64 array, so z[negative] = -z[negative] "
                "overwrites the caller's input",
                "must_mention": [
                    {"any": ["modif", "chang", "mutat", "in place", "in-place", "overwr", "alter"]},
                    {"any": ["input", "argument", "given", "passed", "caller"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # asarray: no copy needed\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    negative = z < 0\n"
        "    # sigma(-a) = 1 - sigma(a): flip the negatives so exp() only ever sees -|z|\n"
        "    z[negative] = -z[negative]          # now z = |z|\n"
        "    e = np.exp(-z)                      # <= 1\n"
        "    s = 1.0 / (1.0 + e)\n"
        "    s[negative] = e[negative] / (1.0 + e[negative])\n"
        "    return s\n",
    },
    {
        "id": "sig_kwame_loop_flattens",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "loops over arr.ravel() and returns the flat 1-D list as an array: the "
                "input's shape is lost",
                "must_mention": [
                    {"any": ["shape", "flat", "1-d", "1d", "ravel", "one-dimensional"]}
                ],
            }
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    arr = np.asarray(z, dtype=np.float64)\n"
        "    vals = []\n"
        "    for v in arr.ravel():\n"
        "        if v >= 0:\n"
        "            vals.append(1.0 / (1.0 + math.exp(-v)))\n"
        "        else:\n"
        "            ev = math.exp(v)\n"
        "            vals.append(ev / (1.0 + ev))\n"
        "    return np.array(vals)\n",
    },
    {
        "id": "sig_hannah_float32_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "casts to float32: the result is float32, not float64",
                "must_mention": [{"any": ["float32", "dtype", "precision", "single"]}],
            },
            {
                "what": "uses the naive 1/(1+exp(-z)), which overflows (RuntimeWarning) for large "
                "negative z",
                "must_mention": [{"any": ["overflow", "warn"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)   # GPUs use float32\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "gates_priya_split_ok",
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
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh          # (B, 4H)\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)         # blocks in the order i, f, "
        "g, o\n"
        "    i = sigmoid(a_i)\n"
        "    f = sigmoid(a_f)\n"
        "    g = np.tanh(a_g)\n"
        "    o = sigmoid(a_o)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_sofia_cs231n_ifog",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reads the blocks in CS231n's order (i, f, o, g): g and o are swapped (g "
                "from rows 3H:4H, o from 2H:3H)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "exchang",
                            "interchang",
                            "permut",
                            "mixed up",
                            "wrong gate",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(x):\n"
        "    # stable version from the CS231n starter code\n"
        "    pos = x >= 0\n"
        "    z = np.where(pos, np.exp(-np.where(pos, x, 0.0)), np.exp(np.where(pos, 0.0, x)))\n"
        "    return np.where(pos, 1.0 / (1.0 + z), z / (1.0 + z))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    N, H = h.shape\n"
        "    # one big affine, like the CS231n LSTM assignment\n"
        "    a = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh   # (N, 4H)\n"
        "    ai = a[:, 0:H]\n"
        "    af = a[:, H:2 * H]\n"
        "    ao = a[:, 2 * H:3 * H]   # CS231n order: i, f, o, g\n"
        "    ag = a[:, 3 * H:4 * H]\n"
        "    i = sigmoid(ai)\n"
        "    f = sigmoid(af)\n"
        "    o = sigmoid(ao)\n"
        "    g = np.tanh(ag)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_sofia_ifog_naive_sigmoid",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reads the blocks in CS231n's order (i, f, o, g): g and o swapped",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "exchang",
                            "interchang",
                            "permut",
                            "mixed up",
                            "wrong gate",
                        ]
                    }
                ],
            },
            {
                "what": "replaced the stable sigmoid with 1/(1+exp(-x)), which overflows "
                "(RuntimeWarning) for large negative pre-activations",
                "must_mention": [{"any": ["overflow", "warn"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(x):\n"
        "    return 1.0 / (1.0 + np.exp(-x))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    N, H = h.shape\n"
        "    # one big affine, like the CS231n LSTM assignment\n"
        "    a = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh   # (N, 4H)\n"
        "    ai = a[:, 0:H]\n"
        "    af = a[:, H:2 * H]\n"
        "    ao = a[:, 2 * H:3 * H]   # CS231n order: i, f, o, g\n"
        "    ag = a[:, 3 * H:4 * H]\n"
        "    i = sigmoid(ai)\n"
        "    f = sigmoid(af)\n"
        "    o = sigmoid(ao)\n"
        "    g = np.tanh(ag)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_aiko_named_blocks_ok",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.array(z, dtype=np.float64)\n"
        "    negative = z < 0\n"
        "    z[negative] = -z[negative]\n"
        "    e = np.exp(-z)\n"
        "    s = 1.0 / (1.0 + e)\n"
        "    s[negative] = e[negative] / (1.0 + e[negative])\n"
        "    return s\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]          # W_hh is (4H, H)\n"
        "    # input-to-hidden weights, one block per gate (order i, f, g, o)\n"
        "    W_ii, W_if, W_ig, W_io = W_ih[0:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:4*H]\n"
        "    # hidden-to-hidden weights\n"
        "    W_hi, W_hf, W_hg, W_ho = W_hh[0:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:4*H]\n"
        "    # biases\n"
        "    b_ii, b_if, b_ig, b_io = b_ih[0:H], b_ih[H:2*H], b_ih[2*H:3*H], b_ih[3*H:4*H]\n"
        "    b_hi, b_hf, b_hg, b_ho = b_hh[0:H], b_hh[H:2*H], b_hh[2*H:3*H], b_hh[3*H:4*H]\n"
        "\n"
        "    # input gate: how much of the new candidate gets written\n"
        "    i = sigmoid(x @ W_ii.T + b_ii + h @ W_hi.T + b_hi)\n"
        "    # forget gate: how much of the old memory is kept\n"
        "    f = sigmoid(x @ W_if.T + b_if + h @ W_hf.T + b_hf)\n"
        "    # candidate (cell gate)\n"
        "    g = np.tanh(x @ W_ig.T + b_ig + h @ W_hg.T + b_hg)\n"
        "    # output gate\n"
        "    o = sigmoid(x @ W_io.T + b_io + h @ W_ho.T + b_ho)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_aiko_copy_paste_blocks",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "copy-paste slip: the forget gate multiplies h by W_hi (W_hh[0:H], the "
                "input gate's rows) instead of W_hf (W_hh[H:2H])",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "W_hh",
                            "W_hf",
                            "W_hi",
                            "recurrent",
                            "hidden-to-hidden",
                            "hidden weight",
                        ]
                    },
                ],
            },
            {
                "what": "copy-paste slip: the output gate adds b_hg (b_hh[2H:3H], the cell gate's "
                "bias) instead of b_ho (b_hh[3H:4H])",
                "must_mention": [
                    {"any": ["output", "b_ho", "gate o", "o gate", "o:"]},
                    {"any": ["b_hh", "b_hg", "b_ho", "bias"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.array(z, dtype=np.float64)\n"
        "    negative = z < 0\n"
        "    z[negative] = -z[negative]\n"
        "    e = np.exp(-z)\n"
        "    s = 1.0 / (1.0 + e)\n"
        "    s[negative] = e[negative] / (1.0 + e[negative])\n"
        "    return s\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]          # W_hh is (4H, H)\n"
        "    # input-to-hidden weights, one block per gate (order i, f, g, o)\n"
        "    W_ii, W_if, W_ig, W_io = W_ih[0:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:4*H]\n"
        "    # hidden-to-hidden weights\n"
        "    W_hi, W_hf, W_hg, W_ho = W_hh[0:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:4*H]\n"
        "    # biases\n"
        "    b_ii, b_if, b_ig, b_io = b_ih[0:H], b_ih[H:2*H], b_ih[2*H:3*H], b_ih[3*H:4*H]\n"
        "    b_hi, b_hf, b_hg, b_ho = b_hh[0:H], b_hh[H:2*H], b_hh[2*H:3*H], b_hh[3*H:4*H]\n"
        "\n"
        "    # input gate: how much of the new candidate gets written\n"
        "    i = sigmoid(x @ W_ii.T + b_ii + h @ W_hi.T + b_hi)\n"
        "    # forget gate: how much of the old memory is kept\n"
        "    f = sigmoid(x @ W_if.T + b_if + h @ W_hi.T + b_hf)\n"
        "    # candidate (cell gate)\n"
        "    g = np.tanh(x @ W_ig.T + b_ig + h @ W_hg.T + b_hg)\n"
        "    # output gate\n"
        "    o = sigmoid(x @ W_io.T + b_io + h @ W_ho.T + b_hg)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_tomasz_batch_loop_ok",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # sigma(z) = (1 + tanh(z/2)) / 2\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=np.float64)))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    B = x.shape[0]\n"
        "    H = W_hh.shape[1]\n"
        "    i = np.zeros((B, H))\n"
        "    f = np.zeros((B, H))\n"
        "    g = np.zeros((B, H))\n"
        "    o = np.zeros((B, H))\n"
        "    for n in range(B):\n"
        "        # column-vector form, as on the board: a = W_ih x + b_ih + W_hh h + b_hh\n"
        "        a = np.dot(W_ih, x[n]) + b_ih + np.dot(W_hh, h[n]) + b_hh   # (4H,)\n"
        "        i[n] = sigmoid(a[0:H])\n"
        "        f[n] = sigmoid(a[H:2 * H])\n"
        "        g[n] = np.tanh(a[2 * H:3 * H])\n"
        "        o[n] = sigmoid(a[3 * H:])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_tomasz_float32_no_bhh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "the gate arrays are preallocated as float32, so the results are float32 "
                "(rounded to ~1e-8)",
                "must_mention": [{"any": ["float32", "dtype", "precision", "single"]}],
            },
            {
                "what": "b_hh is never added (only b_ih)",
                "must_mention": [{"any": ["b_hh", "bias"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # sigma(z) = (1 + tanh(z/2)) / 2\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=np.float64)))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    B = x.shape[0]\n"
        "    H = W_hh.shape[1]\n"
        "    i = np.zeros((B, H), dtype=np.float32)\n"
        "    f = np.zeros((B, H), dtype=np.float32)\n"
        "    g = np.zeros((B, H), dtype=np.float32)\n"
        "    o = np.zeros((B, H), dtype=np.float32)\n"
        "    for n in range(B):\n"
        "        # column-vector form, as on the board: a = W_ih x + b_ih + W_hh h + b_hh\n"
        "        a = np.dot(W_ih, x[n]) + np.dot(W_hh, h[n]) + b_ih   # (4H,)\n"
        "        i[n] = sigmoid(a[0:H])\n"
        "        f[n] = sigmoid(a[H:2 * H])\n"
        "        g[n] = np.tanh(a[2 * H:3 * H])\n"
        "        o[n] = sigmoid(a[3 * H:])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_marcus_forget_bias_plus1",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "adds +1 to the forget gate's pre-activation ('unit forget bias', as "
                "Keras/Jozefowicz recommend), which nn.LSTM does not do",
                "must_mention": [
                    "forget",
                    {"any": ["bias", "+1", "+ 1", "1.0", "offset", "constant"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.array(z, dtype=np.float64)\n"
        "    s = np.zeros_like(z)\n"
        "    big = z >= 0\n"
        "    s[big] = 1 / (1 + np.exp(-z[big]))\n"
        "    s[~big] = np.exp(z[~big]) / (1 + np.exp(z[~big]))\n"
        "    return s\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    units = h.shape[-1]\n"
        "    kernel = W_ih.T              # (I, 4H), Keras layout\n"
        "    recurrent_kernel = W_hh.T    # (H, 4H)\n"
        "    bias = b_ih + b_hh\n"
        "    z = x @ kernel + h @ recurrent_kernel + bias\n"
        "    z_i = z[:, :units]\n"
        "    z_f = z[:, units:2 * units]\n"
        "    z_c = z[:, 2 * units:3 * units]\n"
        "    z_o = z[:, 3 * units:]\n"
        "    recurrent_activation = sigmoid   # for i, f, o\n"
        "    i = recurrent_activation(z_i)\n"
        "    f = recurrent_activation(z_f + 1.0)   # unit_forget_bias=True, as recommended\n"
        "    c_tilde = np.tanh(z_c)\n"
        "    o = recurrent_activation(z_o)\n"
        "    return i, f, c_tilde, o\n",
    },
    {
        "id": "gates_marcus_hard_sigmoid_forget_bias",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "uses Keras' hard_sigmoid (clip(0.2 z + 0.5, 0, 1)) for i, f, o instead of "
                "the logistic sigmoid",
                "must_mention": [
                    {"any": ["hard", "linear", "approximat", "piecewise", "clip", "0.2"]}
                ],
            },
            {
                "what": "adds +1 to the forget gate's pre-activation ('unit forget bias', as "
                "Keras/Jozefowicz recommend), which nn.LSTM does not do",
                "must_mention": [
                    "forget",
                    {"any": ["bias", "+1", "+ 1", "1.0", "offset", "constant"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.array(z, dtype=np.float64)\n"
        "    s = np.zeros_like(z)\n"
        "    big = z >= 0\n"
        "    s[big] = 1 / (1 + np.exp(-z[big]))\n"
        "    s[~big] = np.exp(z[~big]) / (1 + np.exp(z[~big]))\n"
        "    return s\n"
        "\n"
        "\n"
        "def hard_sigmoid(x):\n"
        "    return np.clip(0.2 * x + 0.5, 0.0, 1.0)\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    units = h.shape[-1]\n"
        "    kernel = W_ih.T              # (I, 4H), Keras layout\n"
        "    recurrent_kernel = W_hh.T    # (H, 4H)\n"
        "    bias = b_ih + b_hh\n"
        "    z = x @ kernel + h @ recurrent_kernel + bias\n"
        "    z_i = z[:, :units]\n"
        "    z_f = z[:, units:2 * units]\n"
        "    z_c = z[:, 2 * units:3 * units]\n"
        "    z_o = z[:, 3 * units:]\n"
        "    recurrent_activation = hard_sigmoid   # Keras default for i, f, o\n"
        "    i = recurrent_activation(z_i)\n"
        "    f = recurrent_activation(z_f + 1.0)   # unit_forget_bias=True, as recommended\n"
        "    c_tilde = np.tanh(z_c)\n"
        "    o = recurrent_activation(z_o)\n"
        "    return i, f, c_tilde, o\n",
    },
    {
        "id": "gates_marcus_tf_order_ijfo",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "takes the blocks in TensorFlow's order (i, j=g, f, o): f and g swapped (f "
                "from rows 2H:3H, g from H:2H)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "exchang",
                            "interchang",
                            "permut",
                            "mixed up",
                            "wrong gate",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.array(z, dtype=np.float64)\n"
        "    s = np.zeros_like(z)\n"
        "    big = z >= 0\n"
        "    s[big] = 1 / (1 + np.exp(-z[big]))\n"
        "    s[~big] = np.exp(z[~big]) / (1 + np.exp(z[~big]))\n"
        "    return s\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    units = h.shape[-1]\n"
        "    kernel = W_ih.T              # (I, 4H), Keras layout\n"
        "    recurrent_kernel = W_hh.T    # (H, 4H)\n"
        "    bias = b_ih + b_hh\n"
        "    z = x @ kernel + h @ recurrent_kernel + bias\n"
        "    z_i = z[:, :units]\n"
        "    z_c = z[:, units:2 * units]        # TF BasicLSTMCell: i, j, f, o\n"
        "    z_f = z[:, 2 * units:3 * units]\n"
        "    z_o = z[:, 3 * units:]\n"
        "    recurrent_activation = sigmoid   # for i, f, o\n"
        "    i = recurrent_activation(z_i)\n"
        "    f = recurrent_activation(z_f)\n"
        "    c_tilde = np.tanh(z_c)\n"
        "    o = recurrent_activation(z_o)\n"
        "    return i, f, c_tilde, o\n",
    },
    {
        "id": "gates_lena_concat_ok",
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
        "    return np.piecewise(z, [z >= 0, z < 0],\n"
        "                        [lambda a: 1.0 / (1.0 + np.exp(-a)), lambda a: np.exp(a) / "
        "(1.0 + np.exp(a))])\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # colah: every gate looks at [h_{t-1}, x_t]\n"
        "    hx = np.concatenate([h, x], axis=1)              # (B, H + I)\n"
        "    W = np.concatenate([W_hh, W_ih], axis=1)         # (4H, H + I), same column "
        "order\n"
        "    b = b_ih + b_hh\n"
        "    pre = hx @ W.T + b\n"
        "    H = h.shape[1]\n"
        "    i, f, g, o = (pre[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_lena_colah_fi_order",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "takes the blocks as (f, i, g, o), the order colah's post writes the "
                "equations in: i and f swapped",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "exchang",
                            "interchang",
                            "permut",
                            "mixed up",
                            "wrong gate",
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
        "    return np.piecewise(z, [z >= 0, z < 0],\n"
        "                        [lambda a: 1.0 / (1.0 + np.exp(-a)), lambda a: np.exp(a) / "
        "(1.0 + np.exp(a))])\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # colah: every gate looks at [h_{t-1}, x_t]\n"
        "    hx = np.concatenate([h, x], axis=1)              # (B, H + I)\n"
        "    W = np.concatenate([W_hh, W_ih], axis=1)         # (4H, H + I), same column "
        "order\n"
        "    b = b_ih + b_hh\n"
        "    pre = hx @ W.T + b\n"
        "    H = h.shape[1]\n"
        "    f, i, g, o = (pre[:, k * H:(k + 1) * H] for k in range(4))   # colah: f_t comes "
        "first\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_lena_concat_mismatch",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "concatenates [x, h] but the weights as [W_hh, W_ih]: x is multiplied by "
                "W_hh's columns and h by W_ih's (x and h swapped relative to the weights)",
                "must_mention": [
                    {"any": ["W_ih", "W_hh", "weight"]},
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "concat",
                            "order",
                            "mix",
                            "x and h",
                            "h and x",
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
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.piecewise(z, [z >= 0, z < 0],\n"
        "                        [lambda a: 1.0 / (1.0 + np.exp(-a)), lambda a: np.exp(a) / "
        "(1.0 + np.exp(a))])\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # colah: every gate looks at [h_{t-1}, x_t]\n"
        "    hx = np.concatenate([x, h], axis=1)              # (B, I + H)\n"
        "    W = np.concatenate([W_hh, W_ih], axis=1)         # (4H, H + I), same column "
        "order\n"
        "    b = b_ih + b_hh\n"
        "    pre = hx @ W.T + b\n"
        "    H = h.shape[1]\n"
        "    i, f, g, o = (pre[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_dmitri_column_gates_transposed",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "works with column vectors (W @ x.T) and returns each gate as (H, B), "
                "transposed, instead of (B, H)",
                "must_mention": [{"any": ["transpos", "(h, b)", "shape", "swapped axes"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    lim = 700.0\n"
        "    return 1.0 / (1.0 + np.exp(-np.clip(z, -lim, lim)))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # physics convention: columns are examples, a = W x + b\n"
        "    X = x.T                                   # (I, B)\n"
        "    Hc = h.T                                  # (H, B)\n"
        "    A = W_ih @ X + W_hh @ Hc + (b_ih + b_hh)[:, None]   # (4H, B)\n"
        "    n = W_hh.shape[1]\n"
        "    i = sigmoid(A[0:n])\n"
        "    f = sigmoid(A[n:2 * n])\n"
        "    g = np.tanh(A[2 * n:3 * n])\n"
        "    o = sigmoid(A[3 * n:4 * n])\n"
        "    return i, f, g, o   # each (H, B)\n",
    },
    {
        "id": "gates_hannah_coupled_forget",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "couples the forget gate to the input gate, f = 1 - i (CIFG variant from "
                "the papers), instead of computing it from its own rows H:2H",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "1 - i",
                            "1-i",
                            "1 − i",
                            "coupl",
                            "input gate",
                            "complement",
                            "own weights",
                            "rows h:2h",
                            "W_if",
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
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0, ez) / (1.0 + ez)\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        "    gates = {}\n"
        '    for k, name in enumerate("ifgo"):\n'
        "        gates[name] = pre[:, k * H:(k + 1) * H]\n"
        '    i = sigmoid(gates["i"])\n'
        "    f = 1.0 - i   # coupled input-forget gate (Greff et al., CIFG)\n"
        '    g = np.tanh(gates["g"])\n'
        '    o = sigmoid(gates["o"])\n'
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_oliver_helper_drops_bhh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "the GateLinear helper stores b_h but never adds it: b_hh is missing from "
                "every gate",
                "must_mention": [{"any": ["b_hh", "bias"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class GateLinear:\n"
        '    """x, h -> x W_x^T + b_x + h W_h^T + b_h for one gate (a tiny nn.Linear)."""\n'
        "\n"
        "    def __init__(self, W_x, W_h, b_x, b_h):\n"
        "        self.W_x, self.W_h, self.b_x, self.b_h = W_x, W_h, b_x, b_h\n"
        "\n"
        "    def __call__(self, x, h):\n"
        "        return x @ self.W_x.T + h @ self.W_h.T + self.b_x\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    rows = lambda k: slice(k * H, (k + 1) * H)\n"
        "    lin = [GateLinear(W_ih[rows(k)], W_hh[rows(k)], b_ih[rows(k)], b_hh[rows(k)]) for "
        "k in range(4)]\n"
        "    i = sigmoid(lin[0](x, h))\n"
        "    f = sigmoid(lin[1](x, h))\n"
        "    g = np.tanh(lin[2](x, h))\n"
        "    o = sigmoid(lin[3](x, h))\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_kwame_all_sigmoid",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "applies the sigmoid to all four blocks: g must use tanh",
                "must_mention": ["tanh"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.asarray(np.exp(-np.logaddexp(0.0, -z)))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    blocks = np.split(pre, 4, axis=-1)\n"
        "    acts = [sigmoid] * 4   # gates squash to (0, 1)\n"
        "    return tuple(act(blk) for act, blk in zip(acts, blocks))\n",
    },
    {
        "id": "gates_mei_bias_alias_inplace",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "bias = b_ih; bias += b_hh adds b_hh into the caller's b_ih array (alias, "
                "in-place)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "alter",
                            "alias",
                        ]
                    },
                    {"any": ["b_ih", "bias", "input", "argument"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    m = z >= 0\n"
        "    out[m] = 1.0 / (1.0 + np.exp(-z[m]))\n"
        "    e = np.exp(z[~m])\n"
        "    out[~m] = e / (1.0 + e)\n"
        "    return out\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[-1]\n"
        "    bias = b_ih\n"
        "    bias += b_hh                            # (4H,), in place too\n"
        "    act = x @ W_ih.T\n"
        "    act += h @ W_hh.T\n"
        "    act += bias                             # in place: fewer temporaries\n"
        "    sig = sigmoid\n"
        "    i, f, o = sig(act[:, :H]), sig(act[:, H:2 * H]), sig(act[:, 3 * H:])\n"
        "    g = np.tanh(act[:, 2 * H:3 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_jamal_blocks_of_I",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "splits the pre-activations in blocks of I (the input size) instead of H: "
                "right only when I == H",
                "must_mention": [
                    {
                        "any": [
                            "input size",
                            "input_size",
                            "instead of h",
                            "blocks of i",
                            "i columns",
                            "not h",
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
        "    B, I = x.shape\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    assert z.shape == (B, 4 * H)\n"
        "    blk = lambda k: z[:, k * I:(k + 1) * I]\n"
        "    return sigmoid(blk(0)), sigmoid(blk(1)), np.tanh(blk(2)), sigmoid(blk(3))\n",
    },
    {
        "id": "cell_priya_einsum_ok",
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
        '    pre = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bj,gj->bg", h, W_hh) + b_ih + '
        "b_hh\n"
        "    i = sigmoid(pre[:, 0 * H:1 * H])\n"
        "    f = sigmoid(pre[:, 1 * H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_tomasz_batch_loop_ok",
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
        "    B, H = h.shape\n"
        "    h_new = np.empty((B, H))\n"
        "    c_new = np.empty((B, H))\n"
        "    for b in range(B):\n"
        "        a = np.dot(W_ih, x[b]) + b_ih + np.dot(W_hh, h[b]) + b_hh      # (4H,)\n"
        "        i_g = sigmoid(a[:H])\n"
        "        f_g = sigmoid(a[H:2*H])\n"
        "        g_g = np.tanh(a[2*H:3*H])\n"
        "        o_g = sigmoid(a[3*H:])\n"
        "        c_new[b] = f_g * c[b] + i_g * g_g\n"
        "        h_new[b] = o_g * np.tanh(c_new[b])\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "cell_tomasz_row0_hidden",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "inside the batch loop every row reads h[0] (the first example's hidden "
                "state) instead of h[b]: wrong for B > 1",
                "must_mention": [
                    {
                        "any": [
                            "row 0",
                            "first row",
                            "h[0]",
                            "first example",
                            "batch row",
                            "every row",
                            "each row",
                            "same row",
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
        "    B, H = h.shape\n"
        "    h_new = np.empty((B, H))\n"
        "    c_new = np.empty((B, H))\n"
        "    for b in range(B):\n"
        "        a = np.dot(W_ih, x[b]) + b_ih + np.dot(W_hh, h[0]) + b_hh      # (4H,)\n"
        "        i_g = sigmoid(a[:H])\n"
        "        f_g = sigmoid(a[H:2*H])\n"
        "        g_g = np.tanh(a[2*H:3*H])\n"
        "        o_g = sigmoid(a[3*H:])\n"
        "        c_new[b] = f_g * c[b] + i_g * g_g\n"
        "        h_new[b] = o_g * np.tanh(c_new[b])\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "cell_oliver_gate_class_ok",
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
        "class Gate:\n"
        '    """One gate: its rows of the stacked weights and its activation (like a small '
        'nn.Linear)."""\n'
        "\n"
        "    def __init__(self, k, H, W_ih, W_hh, b_ih, b_hh, act):\n"
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        self.Wx, self.Wh = W_ih[rows], W_hh[rows]\n"
        "        self.b = b_ih[rows] + b_hh[rows]\n"
        "        self.act = act\n"
        "\n"
        "    def __call__(self, x, h):\n"
        "        return self.act(x @ self.Wx.T + h @ self.Wh.T + self.b)\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    input_gate = Gate(0, H, W_ih, W_hh, b_ih, b_hh, sigmoid)\n"
        "    forget_gate = Gate(1, H, W_ih, W_hh, b_ih, b_hh, sigmoid)\n"
        "    cell_gate = Gate(2, H, W_ih, W_hh, b_ih, b_hh, np.tanh)\n"
        "    output_gate = Gate(3, H, W_ih, W_hh, b_ih, b_hh, sigmoid)\n"
        "    i, f, g, o = input_gate(x, h), forget_gate(x, h), cell_gate(x, h), output_gate(x, "
        "h)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_oliver_gates_read_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "feeds the cell state c instead of the hidden state h to the gates' "
                "recurrent weights (W_hh @ c)",
                "must_mention": [
                    {
                        "any": [
                            "cell state",
                            "c_{t-1}",
                            "c instead",
                            "instead of h",
                            "c_prev",
                            "uses c",
                            "reads c",
                            "h and c",
                            "c and h",
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
        "class Gate:\n"
        '    """One gate: its rows of the stacked weights and its activation (like a small '
        'nn.Linear)."""\n'
        "\n"
        "    def __init__(self, k, H, W_ih, W_hh, b_ih, b_hh, act):\n"
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        self.Wx, self.Wh = W_ih[rows], W_hh[rows]\n"
        "        self.b = b_ih[rows] + b_hh[rows]\n"
        "        self.act = act\n"
        "\n"
        "    def __call__(self, x, h):\n"
        "        return self.act(x @ self.Wx.T + h @ self.Wh.T + self.b)\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    input_gate = Gate(0, H, W_ih, W_hh, b_ih, b_hh, sigmoid)\n"
        "    forget_gate = Gate(1, H, W_ih, W_hh, b_ih, b_hh, sigmoid)\n"
        "    cell_gate = Gate(2, H, W_ih, W_hh, b_ih, b_hh, np.tanh)\n"
        "    output_gate = Gate(3, H, W_ih, W_hh, b_ih, b_hh, sigmoid)\n"
        "    i, f, g, o = input_gate(x, c), forget_gate(x, c), cell_gate(x, c), output_gate(x, "
        "c)   # memory\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_lena_returns_c_then_h",
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
                            "c first",
                            "(c_next, h_next)",
                            "(c, h)",
                            "revers",
                            "h and c",
                            "c and h",
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
        "    z = np.hstack([h, x])                       # [h_{t-1}, x_t]\n"
        "    W = np.hstack([W_hh, W_ih])                 # matching columns\n"
        "    gates = z @ W.T + b_ih + b_hh\n"
        "    i_t = sigmoid(gates[:, :H])\n"
        "    f_t = sigmoid(gates[:, H:2 * H])\n"
        "    C_tilde = np.tanh(gates[:, 2 * H:3 * H])\n"
        "    o_t = sigmoid(gates[:, 3 * H:])\n"
        "    C_t = f_t * c + i_t * C_tilde\n"
        "    h_t = o_t * np.tanh(C_t)\n"
        "    return C_t, h_t   # (cell, hidden), as in colah's diagram\n",
    },
    {
        "id": "cell_lena_c_h_order_forget_bias",
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
                            "c first",
                            "(c_next, h_next)",
                            "(c, h)",
                            "revers",
                            "h and c",
                            "c and h",
                        ]
                    }
                ],
            },
            {
                "what": "adds 1 to the forget gate's pre-activation (forget bias 1 from Gers et "
                "al. 2000)",
                "must_mention": [
                    "forget",
                    {"any": ["bias", "+1", "+ 1", "1.0", "offset", "constant"]},
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
        "    z = np.hstack([h, x])                       # [h_{t-1}, x_t]\n"
        "    W = np.hstack([W_hh, W_ih])                 # matching columns\n"
        "    gates = z @ W.T + b_ih + b_hh\n"
        "    i_t = sigmoid(gates[:, :H])\n"
        "    f_t = sigmoid(gates[:, H:2 * H] + 1.0)   # forget bias of 1 (Gers 2000)\n"
        "    C_tilde = np.tanh(gates[:, 2 * H:3 * H])\n"
        "    o_t = sigmoid(gates[:, 3 * H:])\n"
        "    C_t = f_t * c + i_t * C_tilde\n"
        "    h_t = o_t * np.tanh(C_t)\n"
        "    return C_t, h_t   # (cell, hidden), as in colah's diagram\n",
    },
    {
        "id": "cell_kwame_h_from_old_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next uses tanh of the old cell state c (c_{t-1}) instead of the new "
                "c_next",
                "must_mention": [
                    {
                        "any": [
                            "old",
                            "previous",
                            "c_{t-1}",
                            "c_prev",
                            "c instead",
                            "instead of c_next",
                            "instead of c_t",
                            "given c",
                            "input c",
                            "not the new",
                            "new c",
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
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.asarray(np.exp(-np.logaddexp(0.0, -z)))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = np.split(pre, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_kwame_naive_sigmoid",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "his own sigmoid is 1/(1+exp(-z)), which overflows (RuntimeWarning) for "
                "large negative pre-activations",
                "must_mention": [{"any": ["overflow", "warn"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = np.split(pre, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_kwame_naive_sigmoid_tanh_outside",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "his own sigmoid is 1/(1+exp(-z)), which overflows (RuntimeWarning) for "
                "large negative pre-activations",
                "must_mention": [{"any": ["overflow", "warn"]}],
            },
            {
                "what": "h_next = tanh(o * c_next): the tanh is applied after multiplying by o "
                "instead of o * tanh(c_next)",
                "must_mention": [
                    "tanh",
                    {
                        "any": [
                            "o *",
                            "o*",
                            "o ⊙",
                            "output gate",
                            "outside",
                            "inside",
                            "after",
                            "before",
                            "place",
                        ]
                    },
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = np.split(pre, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = np.tanh(o * c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_dmitri_no_tanh_on_c",
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
        "    # keep everything as 2-D arrays; W x in row form is x W^T\n"
        "    A = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    H = W_hh.shape[1]\n"
        "    i = sigmoid(A[:, :H]); f = sigmoid(A[:, H:2*H])\n"
        "    g = np.tanh(A[:, 2*H:3*H]); o = sigmoid(A[:, 3*H:])\n"
        "    c_new = np.multiply(f, c) + np.multiply(i, g)\n"
        "    h_new = np.multiply(o, c_new)\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "cell_dmitri_np_matrix_star",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "uses np.matrix, so '*' is a matrix product, not elementwise: i * g (g is "
                "an np.matrix after np.tanh) becomes a matrix product (fails or gives "
                "wrong values)",
                "must_mention": [
                    {"any": ["matrix", "elementwise", "element-wise", "matmul", "product"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # keep everything as 2-D arrays; W x in row form is x W^T\n"
        "    X, Hm = np.matrix(x), np.matrix(h)\n"
        "    A = X * np.matrix(W_ih).T + Hm * np.matrix(W_hh).T + b_ih + b_hh\n"
        "    H = W_hh.shape[1]\n"
        "    i = sigmoid(A[:, :H]); f = sigmoid(A[:, H:2*H])\n"
        "    g = np.tanh(A[:, 2*H:3*H]); o = sigmoid(A[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    h_new = o * np.tanh(c_new)\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "cell_mei_inplace_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = c; c_next *= f; c_next += i*g updates the caller's c array in "
                "place (and returns it)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "alter",
                            "alias",
                        ]
                    },
                    {
                        "any": [
                            "cell state",
                            "input",
                            "argument",
                            "given",
                            "caller",
                            "`c`",
                            "array c",
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
        "    H = c.shape[1]\n"
        "    z = x @ W_ih.T\n"
        "    z += h @ W_hh.T\n"
        "    z += b_ih\n"
        "    z += b_hh\n"
        "    i = sigmoid(z[:, :H]); f = sigmoid(z[:, H:2 * H])\n"
        "    g = np.tanh(z[:, 2 * H:3 * H]); o = sigmoid(z[:, 3 * H:])\n"
        "    c_next = c\n"
        "    c_next *= f              # reuse the buffer\n"
        "    c_next += i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_mei_inplace_c_no_bhh",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = c; c_next *= f; c_next += i*g updates the caller's c array in "
                "place (and returns it)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "alter",
                            "alias",
                        ]
                    },
                    {
                        "any": [
                            "cell state",
                            "input",
                            "argument",
                            "given",
                            "caller",
                            "`c`",
                            "array c",
                        ]
                    },
                ],
            },
            {
                "what": "b_hh is never added to the pre-activations",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = c.shape[1]\n"
        "    z = x @ W_ih.T\n"
        "    z += h @ W_hh.T\n"
        "    z += b_ih\n"
        "    i = sigmoid(z[:, :H]); f = sigmoid(z[:, H:2 * H])\n"
        "    g = np.tanh(z[:, 2 * H:3 * H]); o = sigmoid(z[:, 3 * H:])\n"
        "    c_next = c\n"
        "    c_next *= f              # reuse the buffer\n"
        "    c_next += i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_hannah_paper_notation_ok",
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
        "    # Gers & Schmidhuber (2000) notation: net inputs, gate activations y, cell state "
        "s_c\n"
        "    H = h.shape[-1]\n"
        "    net = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    net_in, net_phi, net_c, net_out = (net[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    y_in = sigmoid(net_in)\n"
        "    y_phi = sigmoid(net_phi)\n"
        "    y_out = sigmoid(net_out)\n"
        "    s_c = y_phi * c + y_in * np.tanh(net_c)\n"
        "    y_c = y_out * np.tanh(s_c)\n"
        "    return y_c, s_c\n",
    },
    {
        "id": "cell_hannah_peepholes",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "adds peephole terms: the input and output gates also see the old cell "
                "state (+ c, unit peephole weights), which nn.LSTMCell does not have",
                "must_mention": [
                    {
                        "any": [
                            "peephole",
                            "cell state",
                            "c_{t-1}",
                            "c_prev",
                            "+ c",
                            "extra term",
                            "reads c",
                            "sees c",
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
        "    # Gers & Schmidhuber (2000) notation: net inputs, gate activations y, cell state "
        "s_c\n"
        "    H = h.shape[-1]\n"
        "    net = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    net_in, net_phi, net_c, net_out = (net[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    y_in = sigmoid(net_in + c)      # peephole from s_c(t-1)\n"
        "    y_phi = sigmoid(net_phi)\n"
        "    y_out = sigmoid(net_out + c)    # peephole\n"
        "    s_c = y_phi * c + y_in * np.tanh(net_c)\n"
        "    y_c = y_out * np.tanh(s_c)\n"
        "    return y_c, s_c\n",
    },
    {
        "id": "cell_hannah_peepholes_coupled_forget",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "adds peephole terms: the input and output gates also see the old cell "
                "state (+ c, unit peephole weights), which nn.LSTMCell does not have",
                "must_mention": [
                    {
                        "any": [
                            "peephole",
                            "cell state",
                            "c_{t-1}",
                            "c_prev",
                            "+ c",
                            "extra term",
                            "reads c",
                            "sees c",
                        ]
                    }
                ],
            },
            {
                "what": "couples the forget gate to the input gate, y_phi = 1 - y_in, instead of "
                "using its own rows",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "1 - i",
                            "1-i",
                            "1 − i",
                            "coupl",
                            "input gate",
                            "complement",
                            "own weights",
                            "rows h:2h",
                            "W_if",
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
        "    # Gers & Schmidhuber (2000) notation: net inputs, gate activations y, cell state "
        "s_c\n"
        "    H = h.shape[-1]\n"
        "    net = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    net_in, net_phi, net_c, net_out = (net[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    y_in = sigmoid(net_in + c)      # peephole from s_c(t-1)\n"
        "    y_phi = 1.0 - y_in               # coupled forget gate (CIFG)\n"
        "    y_out = sigmoid(net_out + c)    # peephole\n"
        "    s_c = y_phi * c + y_in * np.tanh(net_c)\n"
        "    y_c = y_out * np.tanh(s_c)\n"
        "    return y_c, s_c\n",
    },
    {
        "id": "cell_sofia_cs231n_ifog",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "takes the blocks in CS231n's order (i, f, o, g): g and o swapped",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "exchang",
                            "interchang",
                            "permut",
                            "mixed up",
                            "wrong gate",
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
        "    N, H = h.shape\n"
        "    a = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n"
        "    ai, af, ao, ag = a[:, :H], a[:, H:2*H], a[:, 2*H:3*H], a[:, 3*H:]\n"
        "    i, f, g, o = sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)\n"
        "    next_c = f * c + i * g\n"
        "    next_h = o * np.tanh(next_c)\n"
        "    return next_h, next_c\n",
    },
    {
        "id": "cell_sofia_ifog_h_from_old_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "takes the blocks in CS231n's order (i, f, o, g): g and o swapped",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "exchang",
                            "interchang",
                            "permut",
                            "mixed up",
                            "wrong gate",
                        ]
                    }
                ],
            },
            {
                "what": "next_h uses tanh of the old c instead of next_c",
                "must_mention": [
                    {
                        "any": [
                            "old",
                            "previous",
                            "c_{t-1}",
                            "c_prev",
                            "c instead",
                            "instead of c_next",
                            "instead of c_t",
                            "given c",
                            "input c",
                            "not the new",
                            "new c",
                            "updated",
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
        "    N, H = h.shape\n"
        "    a = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n"
        "    ai, af, ao, ag = a[:, :H], a[:, H:2*H], a[:, 2*H:3*H], a[:, 3*H:]\n"
        "    i, f, g, o = sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)\n"
        "    next_c = f * c + i * g\n"
        "    next_h = o * np.tanh(c)\n"
        "    return next_h, next_c\n",
    },
    {
        "id": "cell_aiko_no_input_gate",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = f * c + g: the candidate is added without the input gate i",
                "must_mention": [
                    {
                        "any": [
                            "input gate",
                            "i_t",
                            "i ⊙",
                            "i *",
                            "i*g",
                            "i * g",
                            "without i",
                            "missing i",
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
        "    H = W_hh.shape[1]\n"
        "    # all four pre-activations at once, rows in the order i, f, g, o\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    input_gate = sigmoid(pre[:, 0:H])\n"
        "    forget_gate = sigmoid(pre[:, H:2 * H])\n"
        "    candidate = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    output_gate = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    # new memory: keep part of the old, add part of the candidate\n"
        "    c_next = forget_gate * c + candidate\n"
        "    # new hidden state\n"
        "    h_next = output_gate * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_jamal_H_from_batch_axis",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "takes the hidden size from c.shape[0], which is the batch size B: the "
                "gate blocks are B wide (right only when B == H)",
                "must_mention": [
                    {
                        "any": [
                            "shape[0]",
                            "batch size",
                            "batch axis",
                            "B instead of H",
                            "instead of H",
                            "hidden size",
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
        "    nh = c.shape[0]                       # hidden size\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    in_g = sigmoid(gates[:, :nh])\n"
        "    fg_g = sigmoid(gates[:, nh:2 * nh])\n"
        "    ce_g = np.tanh(gates[:, 2 * nh:3 * nh])\n"
        "    ou_g = sigmoid(gates[:, 3 * nh:])\n"
        "    c_out = fg_g * c + in_g * ce_g\n"
        "    return ou_g * np.tanh(c_out), c_out\n",
    },
    {
        "id": "layer_priya_swapaxes_ok",
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
        "        x = np.swapaxes(x, 0, 1)             # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outputs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outputs.append(h)\n"
        "    out = np.stack(outputs)                   # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_sofia_out_before_step",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends h to out before the step, so out[t] holds h_{t-1} (h0 at t=0) and "
                "the last h_t is missing: out is shifted by one step",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "shift",
                            "h_{t-1}",
                            "previous step",
                            "one step",
                            "lag",
                            "before the step",
                            "delayed",
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
        "        x = np.swapaxes(x, 0, 1)             # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outputs = []\n"
        "    for t in range(T):\n"
        "        outputs.append(h)\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    out = np.stack(outputs)                   # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_lena_out_not_batch_first",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True, x is transposed in but out is never transposed "
                "back: out is (T, B, H) instead of (B, T, H)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["out", "transpos", "(b, t, h)", "(t, b, h)", "back"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "        x = np.swapaxes(x, 0, 1)             # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outputs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outputs.append(h)\n"
        "    out = np.stack(outputs)                   # (T, B, H)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_sofia_out_before_step_not_batch_first",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends h to out before the step, so out[t] holds h_{t-1} (h0 at t=0) and "
                "the last h_t is missing: out is shifted by one step",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "shift",
                            "h_{t-1}",
                            "previous step",
                            "one step",
                            "lag",
                            "before the step",
                            "delayed",
                        ]
                    }
                ],
            },
            {
                "what": "with batch_first=True, x is transposed in but out is never transposed "
                "back: out is (T, B, H) instead of (B, T, H)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["out", "transpos", "(b, t, h)", "(t, b, h)", "back"]},
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
        "        x = np.swapaxes(x, 0, 1)             # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outputs = []\n"
        "    for t in range(T):\n"
        "        outputs.append(h)\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    out = np.stack(outputs)                   # (T, B, H)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_marcus_starts_at_step1",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "loops over range(1, T), skipping step 0 (thinking steps start at 1): x_0 "
                "is never read and out has T-1 steps",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "first step",
                            "t=0",
                            "t = 0",
                            "x_0",
                            "x[0]",
                            "off by one",
                            "off-by-one",
                            "t-1 steps",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)             # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outputs = []\n"
        "    for t in range(1, T):   # t = 1..T as in the equations\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outputs.append(h)\n"
        "    out = np.stack(outputs)                   # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_kwame_iterate_time_ok",
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
        "    H = W_hh.shape[-1]\n"
        "    B = seq.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    hs = []\n"
        "    for x_t in seq:                      # iterate over time\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs += [h]\n"
        "    out = np.array(hs)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_kwame_zeros_4H",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "when h0/c0 are None, the zeros are (B, 4H): H is read from W_ih.shape[0], "
                "which is 4H",
                "must_mention": [
                    {"any": ["none", "zero", "initial", "default"]},
                    {"any": ["4h", "4 * h", "4*h", "w_ih.shape[0]", "shape", "hidden size"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    H = W_ih.shape[0]\n"
        "    B = seq.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    hs = []\n"
        "    for x_t in seq:                      # iterate over time\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs += [h]\n"
        "    out = np.array(hs)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_kwame_zeros_4H_flat_return",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "when h0/c0 are None, the zeros are (B, 4H): H is read from W_ih.shape[0], "
                "which is 4H",
                "must_mention": [
                    {"any": ["none", "zero", "initial", "default"]},
                    {"any": ["4h", "4 * h", "4*h", "w_ih.shape[0]", "shape", "hidden size"]},
                ],
            },
            {
                "what": "returns the flat tuple (out, h_n, c_n) instead of (out, (h_n, c_n))",
                "must_mention": [
                    {
                        "any": [
                            "tuple",
                            "nested",
                            "(h_n, c_n)",
                            "structure",
                            "three",
                            "3 values",
                            "pair",
                            "unpack",
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
        "    seq = x.transpose(1, 0, 2) if batch_first else x\n"
        "    H = W_ih.shape[0]\n"
        "    B = seq.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    hs = []\n"
        "    for x_t in seq:                      # iterate over time\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs += [h]\n"
        "    out = np.array(hs)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, h, c\n",
    },
    {
        "id": "layer_tomasz_prealloc_index_ok",
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
        "    t_axis = 1 if batch_first else 0\n"
        "    T = x.shape[t_axis]\n"
        "    B = x.shape[1 - t_axis]\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((B, T, H) if batch_first else (T, B, H))\n"
        "    h = np.zeros((B, H)) if h0 is None else h0.copy()\n"
        "    c = np.zeros((B, H)) if c0 is None else c0.copy()\n"
        "    for t in range(T):\n"
        "        x_t = x[:, t, :] if batch_first else x[t]\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        if batch_first:\n"
        "            out[:, t, :] = h\n"
        "        else:\n"
        "            out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_tomasz_float32_out",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out is preallocated as float32, so it is float32 (and rounded) while h_n "
                "is float64",
                "must_mention": [{"any": ["float32", "dtype", "precision", "single"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    t_axis = 1 if batch_first else 0\n"
        "    T = x.shape[t_axis]\n"
        "    B = x.shape[1 - t_axis]\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((B, T, H) if batch_first else (T, B, H), dtype=np.float32)\n"
        "    h = np.zeros((B, H)) if h0 is None else h0.copy()\n"
        "    c = np.zeros((B, H)) if c0 is None else c0.copy()\n"
        "    for t in range(T):\n"
        "        x_t = x[:, t, :] if batch_first else x[t]\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        if batch_first:\n"
        "            out[:, t, :] = h\n"
        "        else:\n"
        "            out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_mei_history_aliases_buffer",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends the state buffer h itself (no copy) and then overwrites it in "
                "place: every out[t] is the same array, equal to the last step's h",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "same array",
                            "same object",
                            "reference",
                            "copy",
                            "overwrit",
                            "last step",
                            "every step",
                            "all steps",
                            "view",
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
        "    h = np.zeros((B, H)) if h0 is None else h0.copy()\n"
        "    c = np.zeros((B, H)) if c0 is None else c0.copy()\n"
        "    history = []\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[...] = h_new            # update the state buffers in place\n"
        "        c[...] = c_new\n"
        "        history.append(h)\n"
        "    out = np.stack(history, axis=0)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_mei_overwrites_h0_c0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "uses h0 and c0 themselves as the state buffers (no copy) and writes into "
                "them: the caller's h0, c0 are changed",
                "must_mention": [
                    {"any": ["modif", "chang", "mutat", "in place", "in-place", "overwr", "alter"]},
                    {
                        "any": [
                            "h0",
                            "c0",
                            "h_0",
                            "c_0",
                            "input",
                            "argument",
                            "initial state",
                            "given",
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
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    history = []\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[...] = h_new            # update the state buffers in place\n"
        "        c[...] = c_new\n"
        "        history.append(h.copy())\n"
        "    out = np.stack(history, axis=0)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_jamal_eq_none",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "tests `h0 == None` instead of `h0 is None`: with an array h0 the "
                "comparison is elementwise and `if` raises 'truth value of an array is "
                "ambiguous' (except when B*H == 1)",
                "must_mention": [{"any": ["none", "ambiguous", "truth value"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    T, B = xs.shape[:2]\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 == None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 == None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h, c = h0, c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.moveaxis(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_hannah_state_not_carried",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "never carries the state: every step starts again from h0, c0 (the update "
                "line h_prev, c_prev = h_t, c_t is missing)",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "propagat",
                            "every step",
                            "each step",
                            "not updated",
                            "reset",
                            "initial state",
                            "previous step",
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
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h_prev = np.zeros((B, H)) if h0 is None else h0\n"
        "    c_prev = np.zeros((B, H)) if c0 is None else c0\n"
        "    hs, cs = [], []\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h_t)\n"
        "        cs.append(c_t)\n"
        "        # (h_t, c_t are kept in hs, cs)\n"
        "    out = np.stack(hs)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (hs[-1], cs[-1])\n",
    },
    {
        "id": "layer_aiko_final_state_from_step0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns hs[0], cs[0] (the state after the first step) as (h_n, c_n) "
                "instead of the state after the last step",
                "must_mention": [
                    {"any": ["h_n", "final", "last step", "t = t-1", "t=t-1", "t-1"]},
                    {"any": ["first", "step 0", "t=0", "t = 0", "[0]", "last"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    h_prev = np.zeros((B, H)) if h0 is None else h0\n"
        "    c_prev = np.zeros((B, H)) if c0 is None else c0\n"
        "    hs, cs = [], []\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h_t)\n"
        "        cs.append(c_t)\n"
        "        h_prev, c_prev = h_t, c_t\n"
        "    out = np.stack(hs)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (hs[0], cs[0])\n",
    },
    {
        "id": "layer_hannah_c_not_carried_hn_first",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "carries h but not c: every step starts from c0 again",
                "must_mention": [
                    {
                        "any": [
                            "c0",
                            "c_0",
                            "cell state",
                            "c_prev",
                            "c is not",
                            "c not",
                            "carr",
                            "reset",
                        ]
                    }
                ],
            },
            {
                "what": "returns the state after the first step as (h_n, c_n)",
                "must_mention": [
                    {"any": ["h_n", "final", "last step", "t-1"]},
                    {"any": ["first", "step 0", "t=0", "t = 0", "[0]", "last"]},
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
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h_prev = np.zeros((B, H)) if h0 is None else h0\n"
        "    c_prev = np.zeros((B, H)) if c0 is None else c0\n"
        "    hs, cs = [], []\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h_t)\n"
        "        cs.append(c_t)\n"
        "        h_prev = h_t\n"
        "    out = np.stack(hs)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (hs[0], cs[0])\n",
    },
    {
        "id": "layer_dmitri_reshape_batch_first",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "handles batch_first with reshape instead of a transpose: (B, T, I) -> (T, "
                "B, I) by reshape scrambles the batch and time axes (and the same on the "
                "way out)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {
                        "any": [
                            "reshape",
                            "transpos",
                            "swapaxes",
                            "axes",
                            "view",
                            "scrambl",
                            "permut",
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
        "    X = x.reshape(x.shape[1], x.shape[0], -1) if batch_first else x\n"
        "    T, B, I = X.shape\n"
        "    H = W_hh.shape[1]\n"
        "    state = (np.zeros((B, H)) if h0 is None else h0,\n"
        "             np.zeros((B, H)) if c0 is None else c0)\n"
        "    H_seq = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        state = lstm_cell(X[t], *state, W_ih, W_hh, b_ih, b_hh)\n"
        "        H_seq[t] = state[0]\n"
        "    h_n, c_n = state\n"
        "    if batch_first:\n"
        "        H_seq = H_seq.reshape(B, T, H)\n"
        "    return H_seq, (h_n, c_n)\n",
    },
    {
        "id": "layer_dmitri_reshape_hn_cn_swapped",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "handles batch_first with reshape instead of a transpose: (B, T, I) -> (T, "
                "B, I) by reshape scrambles the batch and time axes (and the same on the "
                "way out)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {
                        "any": [
                            "reshape",
                            "transpos",
                            "swapaxes",
                            "axes",
                            "view",
                            "scrambl",
                            "permut",
                        ]
                    },
                ],
            },
            {
                "what": "unpacks the final state as c_n, h_n = state: h_n and c_n are swapped",
                "must_mention": [
                    {"any": ["swap", "order", "exchang", "c_n", "revers", "h and c", "c and h"]}
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
        "    X = x.reshape(x.shape[1], x.shape[0], -1) if batch_first else x\n"
        "    T, B, I = X.shape\n"
        "    H = W_hh.shape[1]\n"
        "    state = (np.zeros((B, H)) if h0 is None else h0,\n"
        "             np.zeros((B, H)) if c0 is None else c0)\n"
        "    H_seq = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        state = lstm_cell(X[t], *state, W_ih, W_hh, b_ih, b_hh)\n"
        "        H_seq[t] = state[0]\n"
        "    c_n, h_n = state\n"
        "    if batch_first:\n"
        "        H_seq = H_seq.reshape(B, T, H)\n"
        "    return H_seq, (h_n, c_n)\n",
    },
    {
        "id": "layer_dmitri_reads_time_backwards",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "runs over the sequence from the last step to the first "
                "(reversed(range(T))), like a reverse direction",
                "must_mention": [
                    {"any": ["revers", "backward", "order", "last to first", "end", "flip"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    X = np.transpose(x, (1, 0, 2)) if batch_first else x\n"
        "    T, B, I = X.shape\n"
        "    H = W_hh.shape[1]\n"
        "    state = (np.zeros((B, H)) if h0 is None else h0,\n"
        "             np.zeros((B, H)) if c0 is None else c0)\n"
        "    H_seq = np.zeros((T, B, H))\n"
        "    for t in reversed(range(T)):   # most recent input first\n"
        "        state = lstm_cell(X[t], *state, W_ih, W_hh, b_ih, b_hh)\n"
        "        H_seq[t] = state[0]\n"
        "    h_n, c_n = state\n"
        "    if batch_first:\n"
        "        H_seq = np.transpose(H_seq, (1, 0, 2))\n"
        "    return H_seq, (h_n, c_n)\n",
    },
    {
        "id": "layer_oliver_state_object_ok",
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
        "class _State:\n"
        "    def __init__(self, h, c):\n"
        "        self.h, self.c = h, c\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = x.swapaxes(0, 1) if batch_first else x\n"
        "    B = xs.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    st = _State(np.zeros((B, H)) if h0 is None else h0, np.zeros((B, H)) if c0 is "
        "None else c0)\n"
        "    out = []\n"
        "    for x_t in xs:\n"
        "        st = _State(*lstm_cell(x_t, st.h, st.c, W_ih, W_hh, b_ih, b_hh))\n"
        "        out.append(st.h)\n"
        "    out = np.stack(out, axis=1 if batch_first else 0)\n"
        "    return out, (st.h, st.c)\n",
    },
    {
        "id": "layer_oliver_flat_tuple",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the flat tuple (out, h_n, c_n) instead of (out, (h_n, c_n))",
                "must_mention": [
                    {
                        "any": [
                            "tuple",
                            "nested",
                            "(h_n, c_n)",
                            "structure",
                            "three",
                            "3 values",
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
        "class _State:\n"
        "    def __init__(self, h, c):\n"
        "        self.h, self.c = h, c\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = x.swapaxes(0, 1) if batch_first else x\n"
        "    B = xs.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    st = _State(np.zeros((B, H)) if h0 is None else h0, np.zeros((B, H)) if c0 is "
        "None else c0)\n"
        "    out = []\n"
        "    for x_t in xs:\n"
        "        st = _State(*lstm_cell(x_t, st.h, st.c, W_ih, W_hh, b_ih, b_hh))\n"
        "        out.append(st.h)\n"
        "    out = np.stack(out, axis=1 if batch_first else 0)\n"
        "    return out, st.h, st.c\n",
    },
    {
        "id": "scratch_priya_dict_ok",
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
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for sfx in self._suffixes():\n"
        '                self._params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self._params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self._params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def _suffixes(self):\n"
        '        return ["", "_reverse"] if self.bidirectional else [""]\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: value.copy() for name, value in self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: expected shape {self._params[name].shape}, '
        'got {value.shape}")\n'
        "            self._params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{layer}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
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
        "            for d, sfx in enumerate(self._suffixes()):\n"
        "                row = layer * D + d\n"
        "                o, h, c = self._run_direction(layer_in, h0[row], c0[row], layer, sfx, "
        "reverse=(d == 1))\n"
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
        "id": "scratch_sofia_bound_sqrt_input",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initialises with the bound 1/sqrt(input_size) (fan-in) instead of "
                "1/sqrt(hidden_size): values exceed the bound when input_size < "
                "hidden_size",
                "must_mention": [
                    {
                        "any": [
                            "bound",
                            "1/sqrt",
                            "1/√",
                            "sqrt",
                            "range",
                            "input_size",
                            "input size",
                            "uniform",
                            "initiali",
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
        "        k = 1.0 / np.sqrt(input_size)   # fan-in, like Glorot\n"
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for sfx in self._suffixes():\n"
        '                self._params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self._params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self._params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def _suffixes(self):\n"
        '        return ["", "_reverse"] if self.bidirectional else [""]\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: value.copy() for name, value in self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: expected shape {self._params[name].shape}, '
        'got {value.shape}")\n'
        "            self._params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{layer}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
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
        "            for d, sfx in enumerate(self._suffixes()):\n"
        "                row = layer * D + d\n"
        "                o, h, c = self._run_direction(layer_in, h0[row], c0[row], layer, sfx, "
        "reverse=(d == 1))\n"
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
        "id": "scratch_lena_rev_suffix",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "names the reverse direction's parameters with the suffix '_rev' instead "
                "of '_reverse' (keys differ from nn.LSTM's)",
                "must_mention": [{"any": ["key", "name"]}, {"any": ["_rev", "reverse"]}],
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
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for sfx in self._suffixes():\n"
        '                self._params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self._params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self._params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def _suffixes(self):\n"
        '        return ["", "_rev"] if self.bidirectional else [""]\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: value.copy() for name, value in self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: expected shape {self._params[name].shape}, '
        'got {value.shape}")\n'
        "            self._params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{layer}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
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
        "            for d, sfx in enumerate(self._suffixes()):\n"
        "                row = layer * D + d\n"
        "                o, h, c = self._run_direction(layer_in, h0[row], c0[row], layer, sfx, "
        "reverse=(d == 1))\n"
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
        "id": "scratch_lena_rev_suffix_reverse_misplaced",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "names the reverse direction's parameters with the suffix '_rev' instead "
                "of '_reverse' (keys differ from nn.LSTM's)",
                "must_mention": [{"any": ["key", "name"]}, {"any": ["_rev", "reverse"]}],
            },
            {
                "what": "stores the reverse direction's output at the index of the step counter "
                "(out[n] for the n-th step processed) instead of at time t, so the reverse "
                "half of out is in reversed time order",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {
                        "any": [
                            "order",
                            "flip",
                            "put back",
                            "position",
                            "index t",
                            "at t",
                            "time step",
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
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for sfx in self._suffixes():\n"
        '                self._params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self._params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self._params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def _suffixes(self):\n"
        '        return ["", "_rev"] if self.bidirectional else [""]\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: value.copy() for name, value in self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: expected shape {self._params[name].shape}, '
        'got {value.shape}")\n'
        "            self._params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{layer}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for n, t in enumerate(steps):\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[n] = h   # n-th step processed\n"
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
        "            for d, sfx in enumerate(self._suffixes()):\n"
        "                row = layer * D + d\n"
        "                o, h, c = self._run_direction(layer_in, h0[row], c0[row], layer, sfx, "
        "reverse=(d == 1))\n"
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
        "id": "scratch_aiko_layer0_recurrent_weights",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "every layer uses layer 0's recurrent weights weight_hh_l0 (typo in the "
                "key), so layers > 0 ignore their own weight_hh_l{k}",
                "must_mention": [
                    {
                        "any": [
                            "layer 0",
                            "_l0",
                            "l0",
                            "weight_hh_l1",
                            "layer 1",
                            "same weights",
                            "every layer",
                            "later layer",
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
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for sfx in self._suffixes():\n"
        '                self._params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self._params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self._params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def _suffixes(self):\n"
        '        return ["", "_reverse"] if self.bidirectional else [""]\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: value.copy() for name, value in self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: expected shape {self._params[name].shape}, '
        'got {value.shape}")\n'
        "            self._params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{layer}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l0{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
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
        "            for d, sfx in enumerate(self._suffixes()):\n"
        "                row = layer * D + d\n"
        "                o, h, c = self._run_direction(layer_in, h0[row], c0[row], layer, sfx, "
        "reverse=(d == 1))\n"
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
        "id": "scratch_dmitri_batch_first_reshape",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first handled with reshape instead of a transpose: (B, T, I) "
                "reshaped to (T, B, I) scrambles batch and time (same for out)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {
                        "any": [
                            "reshape",
                            "transpos",
                            "swapaxes",
                            "axes",
                            "view",
                            "scrambl",
                            "permut",
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
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for sfx in self._suffixes():\n"
        '                self._params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self._params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self._params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def _suffixes(self):\n"
        '        return ["", "_reverse"] if self.bidirectional else [""]\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: value.copy() for name, value in self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: expected shape {self._params[name].shape}, '
        'got {value.shape}")\n'
        "            self._params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{layer}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
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
        "            x = x.reshape(x.shape[1], x.shape[0], x.shape[2])\n"
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
        "            for d, sfx in enumerate(self._suffixes()):\n"
        "                row = layer * D + d\n"
        "                o, h, c = self._run_direction(layer_in, h0[row], c0[row], layer, sfx, "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.reshape(out.shape[1], out.shape[0], out.shape[2])\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_tomasz_nested_lists_ok",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
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
        "        H = hidden_size\n"
        "        bound = 1.0 / np.sqrt(H)\n"
        "        # w_ih[layer][direction] etc.\n"
        "        self.w_ih, self.w_hh, self.b_ih, self.b_hh = [], [], [], []\n"
        "        for layer in range(num_layers):\n"
        "            n_in = input_size if layer == 0 else H * self.num_directions\n"
        "            wi, wh, bi, bh = [], [], [], []\n"
        "            for d in range(self.num_directions):\n"
        "                wi.append(rng.uniform(-bound, bound, size=(4 * H, n_in)))\n"
        "                wh.append(rng.uniform(-bound, bound, size=(4 * H, H)))\n"
        "                if bias:\n"
        "                    bi.append(rng.uniform(-bound, bound, size=4 * H))\n"
        "                    bh.append(rng.uniform(-bound, bound, size=4 * H))\n"
        "            self.w_ih.append(wi)\n"
        "            self.w_hh.append(wh)\n"
        "            self.b_ih.append(bi)\n"
        "            self.b_hh.append(bh)\n"
        "\n"
        "    def _names(self):\n"
        "        for layer in range(self.num_layers):\n"
        "            for d in range(self.num_directions):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                yield "weight_ih" + sfx, self.w_ih, layer, d\n'
        '                yield "weight_hh" + sfx, self.w_hh, layer, d\n'
        "                if self.bias:\n"
        '                    yield "bias_ih" + sfx, self.b_ih, layer, d\n'
        '                    yield "bias_hh" + sfx, self.b_hh, layer, d\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: store[layer][d].copy() for name, store, layer, d in "
        "self._names()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name, store, layer, d in self._names():\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            arr = np.array(state[name], dtype=np.float64)\n"
        "            if arr.shape != store[layer][d].shape:\n"
        '                raise ValueError(f"{name}: shape {arr.shape}, expected '
        '{store[layer][d].shape}")\n'
        "            store[layer][d] = arr\n"
        "        extra = set(state) - {n for n, *_ in self._names()}\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys {sorted(extra)}")\n'
        "\n"
        "    def _step(self, x_t, h, c, layer, d):\n"
        "        H = self.hidden_size\n"
        "        a = x_t @ self.w_ih[layer][d].T + h @ self.w_hh[layer][d].T\n"
        "        if self.bias:\n"
        "            a = a + self.b_ih[layer][d] + self.b_hh[layer][d]\n"
        "        i = sig(a[:, 0:H])\n"
        "        f = sig(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = sig(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        L, D, H = self.num_layers, self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((L * D, B, H))\n"
        "            c_0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        inp = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                idx = layer * D + d\n"
        "                h, c = h_0[idx], c_0[idx]\n"
        "                seq = inp[::-1] if d == 1 else inp      # reverse reads x_{T-1} "
        "first\n"
        "                hs = []\n"
        "                for t in range(T):\n"
        "                    h, c = self._step(seq[t], h, c, layer, d)\n"
        "                    hs.append(h)\n"
        "                hs = np.stack(hs)\n"
        "                if d == 1:\n"
        "                    hs = hs[::-1]                        # back to time order\n"
        "                dir_outs.append(hs)\n"
        "                h_n[idx] = h\n"
        "                c_n[idx] = c\n"
        "            inp = np.concatenate(dir_outs, axis=-1)\n"
        "        out = inp\n"
        "        if self.batch_first:\n"
        "            out = np.transpose(out, (1, 0, 2))\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_tomasz_bound_1_over_H",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "draws the initial values in [-1/H, 1/H] instead of [-1/sqrt(H), "
                "1/sqrt(H)]",
                "must_mention": [
                    {
                        "any": [
                            "1/h",
                            "1/sqrt",
                            "1/√",
                            "sqrt",
                            "bound",
                            "range",
                            "initiali",
                            "uniform",
                            "spread",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
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
        "        H = hidden_size\n"
        "        bound = 1.0 / H\n"
        "        # w_ih[layer][direction] etc.\n"
        "        self.w_ih, self.w_hh, self.b_ih, self.b_hh = [], [], [], []\n"
        "        for layer in range(num_layers):\n"
        "            n_in = input_size if layer == 0 else H * self.num_directions\n"
        "            wi, wh, bi, bh = [], [], [], []\n"
        "            for d in range(self.num_directions):\n"
        "                wi.append(rng.uniform(-bound, bound, size=(4 * H, n_in)))\n"
        "                wh.append(rng.uniform(-bound, bound, size=(4 * H, H)))\n"
        "                if bias:\n"
        "                    bi.append(rng.uniform(-bound, bound, size=4 * H))\n"
        "                    bh.append(rng.uniform(-bound, bound, size=4 * H))\n"
        "            self.w_ih.append(wi)\n"
        "            self.w_hh.append(wh)\n"
        "            self.b_ih.append(bi)\n"
        "            self.b_hh.append(bh)\n"
        "\n"
        "    def _names(self):\n"
        "        for layer in range(self.num_layers):\n"
        "            for d in range(self.num_directions):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                yield "weight_ih" + sfx, self.w_ih, layer, d\n'
        '                yield "weight_hh" + sfx, self.w_hh, layer, d\n'
        "                if self.bias:\n"
        '                    yield "bias_ih" + sfx, self.b_ih, layer, d\n'
        '                    yield "bias_hh" + sfx, self.b_hh, layer, d\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: store[layer][d].copy() for name, store, layer, d in "
        "self._names()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name, store, layer, d in self._names():\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            arr = np.array(state[name], dtype=np.float64)\n"
        "            if arr.shape != store[layer][d].shape:\n"
        '                raise ValueError(f"{name}: shape {arr.shape}, expected '
        '{store[layer][d].shape}")\n'
        "            store[layer][d] = arr\n"
        "        extra = set(state) - {n for n, *_ in self._names()}\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys {sorted(extra)}")\n'
        "\n"
        "    def _step(self, x_t, h, c, layer, d):\n"
        "        H = self.hidden_size\n"
        "        a = x_t @ self.w_ih[layer][d].T + h @ self.w_hh[layer][d].T\n"
        "        if self.bias:\n"
        "            a = a + self.b_ih[layer][d] + self.b_hh[layer][d]\n"
        "        i = sig(a[:, 0:H])\n"
        "        f = sig(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = sig(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        L, D, H = self.num_layers, self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((L * D, B, H))\n"
        "            c_0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        inp = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                idx = layer * D + d\n"
        "                h, c = h_0[idx], c_0[idx]\n"
        "                seq = inp[::-1] if d == 1 else inp      # reverse reads x_{T-1} "
        "first\n"
        "                hs = []\n"
        "                for t in range(T):\n"
        "                    h, c = self._step(seq[t], h, c, layer, d)\n"
        "                    hs.append(h)\n"
        "                hs = np.stack(hs)\n"
        "                if d == 1:\n"
        "                    hs = hs[::-1]                        # back to time order\n"
        "                dir_outs.append(hs)\n"
        "                h_n[idx] = h\n"
        "                c_n[idx] = c\n"
        "            inp = np.concatenate(dir_outs, axis=-1)\n"
        "        out = inp\n"
        "        if self.batch_first:\n"
        "            out = np.transpose(out, (1, 0, 2))\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_tomasz_bound_1_over_H_state_rows",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "draws the initial values in [-1/H, 1/H] instead of [-1/sqrt(H), "
                "1/sqrt(H)]",
                "must_mention": [
                    {
                        "any": [
                            "1/h",
                            "1/sqrt",
                            "1/√",
                            "sqrt",
                            "bound",
                            "range",
                            "initiali",
                            "uniform",
                            "spread",
                        ]
                    }
                ],
            },
            {
                "what": "orders the rows of h_0/h_n/c_n direction-major (row d*L + k) instead of "
                "layer by layer (row k*D + d)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "layout",
                            "layer by layer",
                            "direction-major",
                            "layer-major",
                            "* d + d",
                            "interleav",
                        ]
                    },
                    {"any": ["h_n", "h_0", "c_n", "state"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
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
        "        H = hidden_size\n"
        "        bound = 1.0 / H\n"
        "        # w_ih[layer][direction] etc.\n"
        "        self.w_ih, self.w_hh, self.b_ih, self.b_hh = [], [], [], []\n"
        "        for layer in range(num_layers):\n"
        "            n_in = input_size if layer == 0 else H * self.num_directions\n"
        "            wi, wh, bi, bh = [], [], [], []\n"
        "            for d in range(self.num_directions):\n"
        "                wi.append(rng.uniform(-bound, bound, size=(4 * H, n_in)))\n"
        "                wh.append(rng.uniform(-bound, bound, size=(4 * H, H)))\n"
        "                if bias:\n"
        "                    bi.append(rng.uniform(-bound, bound, size=4 * H))\n"
        "                    bh.append(rng.uniform(-bound, bound, size=4 * H))\n"
        "            self.w_ih.append(wi)\n"
        "            self.w_hh.append(wh)\n"
        "            self.b_ih.append(bi)\n"
        "            self.b_hh.append(bh)\n"
        "\n"
        "    def _names(self):\n"
        "        for layer in range(self.num_layers):\n"
        "            for d in range(self.num_directions):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                yield "weight_ih" + sfx, self.w_ih, layer, d\n'
        '                yield "weight_hh" + sfx, self.w_hh, layer, d\n'
        "                if self.bias:\n"
        '                    yield "bias_ih" + sfx, self.b_ih, layer, d\n'
        '                    yield "bias_hh" + sfx, self.b_hh, layer, d\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: store[layer][d].copy() for name, store, layer, d in "
        "self._names()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name, store, layer, d in self._names():\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            arr = np.array(state[name], dtype=np.float64)\n"
        "            if arr.shape != store[layer][d].shape:\n"
        '                raise ValueError(f"{name}: shape {arr.shape}, expected '
        '{store[layer][d].shape}")\n'
        "            store[layer][d] = arr\n"
        "        extra = set(state) - {n for n, *_ in self._names()}\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys {sorted(extra)}")\n'
        "\n"
        "    def _step(self, x_t, h, c, layer, d):\n"
        "        H = self.hidden_size\n"
        "        a = x_t @ self.w_ih[layer][d].T + h @ self.w_hh[layer][d].T\n"
        "        if self.bias:\n"
        "            a = a + self.b_ih[layer][d] + self.b_hh[layer][d]\n"
        "        i = sig(a[:, 0:H])\n"
        "        f = sig(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = sig(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        L, D, H = self.num_layers, self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((L * D, B, H))\n"
        "            c_0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        inp = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                idx = d * L + layer\n"
        "                h, c = h_0[idx], c_0[idx]\n"
        "                seq = inp[::-1] if d == 1 else inp      # reverse reads x_{T-1} "
        "first\n"
        "                hs = []\n"
        "                for t in range(T):\n"
        "                    h, c = self._step(seq[t], h, c, layer, d)\n"
        "                    hs.append(h)\n"
        "                hs = np.stack(hs)\n"
        "                if d == 1:\n"
        "                    hs = hs[::-1]                        # back to time order\n"
        "                dir_outs.append(hs)\n"
        "                h_n[idx] = h\n"
        "                c_n[idx] = c\n"
        "            inp = np.concatenate(dir_outs, axis=-1)\n"
        "        out = inp\n"
        "        if self.batch_first:\n"
        "            out = np.transpose(out, (1, 0, 2))\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_kwame_state_dict_no_copy",
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
                            "alias",
                            "same array",
                            "reference",
                            "shar",
                            "view",
                            "linked",
                        ]
                    },
                    {"any": ["state_dict", "returned", "dict"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
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
        "        H = hidden_size\n"
        "        bound = 1.0 / np.sqrt(H)\n"
        "        # w_ih[layer][direction] etc.\n"
        "        self.w_ih, self.w_hh, self.b_ih, self.b_hh = [], [], [], []\n"
        "        for layer in range(num_layers):\n"
        "            n_in = input_size if layer == 0 else H * self.num_directions\n"
        "            wi, wh, bi, bh = [], [], [], []\n"
        "            for d in range(self.num_directions):\n"
        "                wi.append(rng.uniform(-bound, bound, size=(4 * H, n_in)))\n"
        "                wh.append(rng.uniform(-bound, bound, size=(4 * H, H)))\n"
        "                if bias:\n"
        "                    bi.append(rng.uniform(-bound, bound, size=4 * H))\n"
        "                    bh.append(rng.uniform(-bound, bound, size=4 * H))\n"
        "            self.w_ih.append(wi)\n"
        "            self.w_hh.append(wh)\n"
        "            self.b_ih.append(bi)\n"
        "            self.b_hh.append(bh)\n"
        "\n"
        "    def _names(self):\n"
        "        for layer in range(self.num_layers):\n"
        "            for d in range(self.num_directions):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                yield "weight_ih" + sfx, self.w_ih, layer, d\n'
        '                yield "weight_hh" + sfx, self.w_hh, layer, d\n'
        "                if self.bias:\n"
        '                    yield "bias_ih" + sfx, self.b_ih, layer, d\n'
        '                    yield "bias_hh" + sfx, self.b_hh, layer, d\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: store[layer][d] for name, store, layer, d in self._names()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name, store, layer, d in self._names():\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            arr = np.array(state[name], dtype=np.float64)\n"
        "            if arr.shape != store[layer][d].shape:\n"
        '                raise ValueError(f"{name}: shape {arr.shape}, expected '
        '{store[layer][d].shape}")\n'
        "            store[layer][d] = arr\n"
        "        extra = set(state) - {n for n, *_ in self._names()}\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys {sorted(extra)}")\n'
        "\n"
        "    def _step(self, x_t, h, c, layer, d):\n"
        "        H = self.hidden_size\n"
        "        a = x_t @ self.w_ih[layer][d].T + h @ self.w_hh[layer][d].T\n"
        "        if self.bias:\n"
        "            a = a + self.b_ih[layer][d] + self.b_hh[layer][d]\n"
        "        i = sig(a[:, 0:H])\n"
        "        f = sig(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = sig(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        L, D, H = self.num_layers, self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((L * D, B, H))\n"
        "            c_0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        inp = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                idx = layer * D + d\n"
        "                h, c = h_0[idx], c_0[idx]\n"
        "                seq = inp[::-1] if d == 1 else inp      # reverse reads x_{T-1} "
        "first\n"
        "                hs = []\n"
        "                for t in range(T):\n"
        "                    h, c = self._step(seq[t], h, c, layer, d)\n"
        "                    hs.append(h)\n"
        "                hs = np.stack(hs)\n"
        "                if d == 1:\n"
        "                    hs = hs[::-1]                        # back to time order\n"
        "                dir_outs.append(hs)\n"
        "                h_n[idx] = h\n"
        "                c_n[idx] = c\n"
        "            inp = np.concatenate(dir_outs, axis=-1)\n"
        "        out = inp\n"
        "        if self.batch_first:\n"
        "            out = np.transpose(out, (1, 0, 2))\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_lena_reverse_not_flipped_back",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are kept in processing order (not flipped "
                "back), so out[t, :, H:] holds the reverse state after x_{T-1-t}",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {
                        "any": [
                            "order",
                            "flip",
                            "put back",
                            "position",
                            "index t",
                            "at t",
                            "time step",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
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
        "        H = hidden_size\n"
        "        bound = 1.0 / np.sqrt(H)\n"
        "        # w_ih[layer][direction] etc.\n"
        "        self.w_ih, self.w_hh, self.b_ih, self.b_hh = [], [], [], []\n"
        "        for layer in range(num_layers):\n"
        "            n_in = input_size if layer == 0 else H * self.num_directions\n"
        "            wi, wh, bi, bh = [], [], [], []\n"
        "            for d in range(self.num_directions):\n"
        "                wi.append(rng.uniform(-bound, bound, size=(4 * H, n_in)))\n"
        "                wh.append(rng.uniform(-bound, bound, size=(4 * H, H)))\n"
        "                if bias:\n"
        "                    bi.append(rng.uniform(-bound, bound, size=4 * H))\n"
        "                    bh.append(rng.uniform(-bound, bound, size=4 * H))\n"
        "            self.w_ih.append(wi)\n"
        "            self.w_hh.append(wh)\n"
        "            self.b_ih.append(bi)\n"
        "            self.b_hh.append(bh)\n"
        "\n"
        "    def _names(self):\n"
        "        for layer in range(self.num_layers):\n"
        "            for d in range(self.num_directions):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                yield "weight_ih" + sfx, self.w_ih, layer, d\n'
        '                yield "weight_hh" + sfx, self.w_hh, layer, d\n'
        "                if self.bias:\n"
        '                    yield "bias_ih" + sfx, self.b_ih, layer, d\n'
        '                    yield "bias_hh" + sfx, self.b_hh, layer, d\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: store[layer][d].copy() for name, store, layer, d in "
        "self._names()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name, store, layer, d in self._names():\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            arr = np.array(state[name], dtype=np.float64)\n"
        "            if arr.shape != store[layer][d].shape:\n"
        '                raise ValueError(f"{name}: shape {arr.shape}, expected '
        '{store[layer][d].shape}")\n'
        "            store[layer][d] = arr\n"
        "        extra = set(state) - {n for n, *_ in self._names()}\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys {sorted(extra)}")\n'
        "\n"
        "    def _step(self, x_t, h, c, layer, d):\n"
        "        H = self.hidden_size\n"
        "        a = x_t @ self.w_ih[layer][d].T + h @ self.w_hh[layer][d].T\n"
        "        if self.bias:\n"
        "            a = a + self.b_ih[layer][d] + self.b_hh[layer][d]\n"
        "        i = sig(a[:, 0:H])\n"
        "        f = sig(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = sig(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        L, D, H = self.num_layers, self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((L * D, B, H))\n"
        "            c_0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        inp = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                idx = layer * D + d\n"
        "                h, c = h_0[idx], c_0[idx]\n"
        "                seq = inp[::-1] if d == 1 else inp      # reverse reads x_{T-1} "
        "first\n"
        "                hs = []\n"
        "                for t in range(T):\n"
        "                    h, c = self._step(seq[t], h, c, layer, d)\n"
        "                    hs.append(h)\n"
        "                hs = np.stack(hs)\n"
        "                # hs is (T, B, H) for both directions\n"
        "                dir_outs.append(hs)\n"
        "                h_n[idx] = h\n"
        "                c_n[idx] = c\n"
        "            inp = np.concatenate(dir_outs, axis=-1)\n"
        "        out = inp\n"
        "        if self.batch_first:\n"
        "            out = np.transpose(out, (1, 0, 2))\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_hannah_hx_c0_ignored",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "treats hx as if it held only the hidden state: c_0 is set to zeros and "
                "the given c_0 is ignored",
                "must_mention": [
                    {"any": ["c_0", "c0", "cell state", "hx"]},
                    {"any": ["ignor", "zero", "not used", "unused", "hx[1]", "given"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
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
        "        H = hidden_size\n"
        "        bound = 1.0 / np.sqrt(H)\n"
        "        # w_ih[layer][direction] etc.\n"
        "        self.w_ih, self.w_hh, self.b_ih, self.b_hh = [], [], [], []\n"
        "        for layer in range(num_layers):\n"
        "            n_in = input_size if layer == 0 else H * self.num_directions\n"
        "            wi, wh, bi, bh = [], [], [], []\n"
        "            for d in range(self.num_directions):\n"
        "                wi.append(rng.uniform(-bound, bound, size=(4 * H, n_in)))\n"
        "                wh.append(rng.uniform(-bound, bound, size=(4 * H, H)))\n"
        "                if bias:\n"
        "                    bi.append(rng.uniform(-bound, bound, size=4 * H))\n"
        "                    bh.append(rng.uniform(-bound, bound, size=4 * H))\n"
        "            self.w_ih.append(wi)\n"
        "            self.w_hh.append(wh)\n"
        "            self.b_ih.append(bi)\n"
        "            self.b_hh.append(bh)\n"
        "\n"
        "    def _names(self):\n"
        "        for layer in range(self.num_layers):\n"
        "            for d in range(self.num_directions):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                yield "weight_ih" + sfx, self.w_ih, layer, d\n'
        '                yield "weight_hh" + sfx, self.w_hh, layer, d\n'
        "                if self.bias:\n"
        '                    yield "bias_ih" + sfx, self.b_ih, layer, d\n'
        '                    yield "bias_hh" + sfx, self.b_hh, layer, d\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: store[layer][d].copy() for name, store, layer, d in "
        "self._names()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name, store, layer, d in self._names():\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            arr = np.array(state[name], dtype=np.float64)\n"
        "            if arr.shape != store[layer][d].shape:\n"
        '                raise ValueError(f"{name}: shape {arr.shape}, expected '
        '{store[layer][d].shape}")\n'
        "            store[layer][d] = arr\n"
        "        extra = set(state) - {n for n, *_ in self._names()}\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys {sorted(extra)}")\n'
        "\n"
        "    def _step(self, x_t, h, c, layer, d):\n"
        "        H = self.hidden_size\n"
        "        a = x_t @ self.w_ih[layer][d].T + h @ self.w_hh[layer][d].T\n"
        "        if self.bias:\n"
        "            a = a + self.b_ih[layer][d] + self.b_hh[layer][d]\n"
        "        i = sig(a[:, 0:H])\n"
        "        f = sig(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = sig(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        L, D, H = self.num_layers, self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((L * D, B, H))\n"
        "            c_0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h_0 = np.asarray(hx[0])\n"
        "            c_0 = np.zeros((L * D, B, H))   # c starts at zero\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        inp = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                idx = layer * D + d\n"
        "                h, c = h_0[idx], c_0[idx]\n"
        "                seq = inp[::-1] if d == 1 else inp      # reverse reads x_{T-1} "
        "first\n"
        "                hs = []\n"
        "                for t in range(T):\n"
        "                    h, c = self._step(seq[t], h, c, layer, d)\n"
        "                    hs.append(h)\n"
        "                hs = np.stack(hs)\n"
        "                if d == 1:\n"
        "                    hs = hs[::-1]                        # back to time order\n"
        "                dir_outs.append(hs)\n"
        "                h_n[idx] = h\n"
        "                c_n[idx] = c\n"
        "            inp = np.concatenate(dir_outs, axis=-1)\n"
        "        out = inp\n"
        "        if self.batch_first:\n"
        "            out = np.transpose(out, (1, 0, 2))\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_hannah_forget_bias_init_hx_c0",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "adds +1 to the forget-gate block of bias_hh at initialisation ('as "
                "recommended'): those values leave the [-1/sqrt(H), 1/sqrt(H)] bound",
                "must_mention": ["forget", {"any": ["bias", "+1", "+ 1", "1.0", "bound", "range"]}],
            },
            {
                "what": "treats hx as if it held only the hidden state: c_0 is set to zeros and "
                "the given c_0 is ignored",
                "must_mention": [
                    {"any": ["c_0", "c0", "cell state", "hx"]},
                    {"any": ["ignor", "zero", "not used", "unused", "hx[1]", "given"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
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
        "        H = hidden_size\n"
        "        bound = 1.0 / np.sqrt(H)\n"
        "        # w_ih[layer][direction] etc.\n"
        "        self.w_ih, self.w_hh, self.b_ih, self.b_hh = [], [], [], []\n"
        "        for layer in range(num_layers):\n"
        "            n_in = input_size if layer == 0 else H * self.num_directions\n"
        "            wi, wh, bi, bh = [], [], [], []\n"
        "            for d in range(self.num_directions):\n"
        "                wi.append(rng.uniform(-bound, bound, size=(4 * H, n_in)))\n"
        "                wh.append(rng.uniform(-bound, bound, size=(4 * H, H)))\n"
        "                if bias:\n"
        "                    bi.append(rng.uniform(-bound, bound, size=4 * H))\n"
        "                    bh.append(rng.uniform(-bound, bound, size=4 * H))\n"
        "                    bh[-1][H:2 * H] += 1.0       # forget-gate bias 1, as "
        "recommended\n"
        "            self.w_ih.append(wi)\n"
        "            self.w_hh.append(wh)\n"
        "            self.b_ih.append(bi)\n"
        "            self.b_hh.append(bh)\n"
        "\n"
        "    def _names(self):\n"
        "        for layer in range(self.num_layers):\n"
        "            for d in range(self.num_directions):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                yield "weight_ih" + sfx, self.w_ih, layer, d\n'
        '                yield "weight_hh" + sfx, self.w_hh, layer, d\n'
        "                if self.bias:\n"
        '                    yield "bias_ih" + sfx, self.b_ih, layer, d\n'
        '                    yield "bias_hh" + sfx, self.b_hh, layer, d\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: store[layer][d].copy() for name, store, layer, d in "
        "self._names()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name, store, layer, d in self._names():\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            arr = np.array(state[name], dtype=np.float64)\n"
        "            if arr.shape != store[layer][d].shape:\n"
        '                raise ValueError(f"{name}: shape {arr.shape}, expected '
        '{store[layer][d].shape}")\n'
        "            store[layer][d] = arr\n"
        "        extra = set(state) - {n for n, *_ in self._names()}\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys {sorted(extra)}")\n'
        "\n"
        "    def _step(self, x_t, h, c, layer, d):\n"
        "        H = self.hidden_size\n"
        "        a = x_t @ self.w_ih[layer][d].T + h @ self.w_hh[layer][d].T\n"
        "        if self.bias:\n"
        "            a = a + self.b_ih[layer][d] + self.b_hh[layer][d]\n"
        "        i = sig(a[:, 0:H])\n"
        "        f = sig(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = sig(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        L, D, H = self.num_layers, self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((L * D, B, H))\n"
        "            c_0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h_0 = np.asarray(hx[0])\n"
        "            c_0 = np.zeros((L * D, B, H))   # c starts at zero\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        inp = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                idx = layer * D + d\n"
        "                h, c = h_0[idx], c_0[idx]\n"
        "                seq = inp[::-1] if d == 1 else inp      # reverse reads x_{T-1} "
        "first\n"
        "                hs = []\n"
        "                for t in range(T):\n"
        "                    h, c = self._step(seq[t], h, c, layer, d)\n"
        "                    hs.append(h)\n"
        "                hs = np.stack(hs)\n"
        "                if d == 1:\n"
        "                    hs = hs[::-1]                        # back to time order\n"
        "                dir_outs.append(hs)\n"
        "                h_n[idx] = h\n"
        "                c_n[idx] = c\n"
        "            inp = np.concatenate(dir_outs, axis=-1)\n"
        "        out = inp\n"
        "        if self.batch_first:\n"
        "            out = np.transpose(out, (1, 0, 2))\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_marcus_tf_gate_order",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reads the gate blocks in TensorFlow's order (i, j=g, f, o): f and g "
                "swapped",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "exchang",
                            "interchang",
                            "permut",
                            "mixed up",
                            "wrong gate",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
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
        "        H = hidden_size\n"
        "        bound = 1.0 / np.sqrt(H)\n"
        "        # w_ih[layer][direction] etc.\n"
        "        self.w_ih, self.w_hh, self.b_ih, self.b_hh = [], [], [], []\n"
        "        for layer in range(num_layers):\n"
        "            n_in = input_size if layer == 0 else H * self.num_directions\n"
        "            wi, wh, bi, bh = [], [], [], []\n"
        "            for d in range(self.num_directions):\n"
        "                wi.append(rng.uniform(-bound, bound, size=(4 * H, n_in)))\n"
        "                wh.append(rng.uniform(-bound, bound, size=(4 * H, H)))\n"
        "                if bias:\n"
        "                    bi.append(rng.uniform(-bound, bound, size=4 * H))\n"
        "                    bh.append(rng.uniform(-bound, bound, size=4 * H))\n"
        "            self.w_ih.append(wi)\n"
        "            self.w_hh.append(wh)\n"
        "            self.b_ih.append(bi)\n"
        "            self.b_hh.append(bh)\n"
        "\n"
        "    def _names(self):\n"
        "        for layer in range(self.num_layers):\n"
        "            for d in range(self.num_directions):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                yield "weight_ih" + sfx, self.w_ih, layer, d\n'
        '                yield "weight_hh" + sfx, self.w_hh, layer, d\n'
        "                if self.bias:\n"
        '                    yield "bias_ih" + sfx, self.b_ih, layer, d\n'
        '                    yield "bias_hh" + sfx, self.b_hh, layer, d\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: store[layer][d].copy() for name, store, layer, d in "
        "self._names()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name, store, layer, d in self._names():\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            arr = np.array(state[name], dtype=np.float64)\n"
        "            if arr.shape != store[layer][d].shape:\n"
        '                raise ValueError(f"{name}: shape {arr.shape}, expected '
        '{store[layer][d].shape}")\n'
        "            store[layer][d] = arr\n"
        "        extra = set(state) - {n for n, *_ in self._names()}\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys {sorted(extra)}")\n'
        "\n"
        "    def _step(self, x_t, h, c, layer, d):\n"
        "        H = self.hidden_size\n"
        "        a = x_t @ self.w_ih[layer][d].T + h @ self.w_hh[layer][d].T\n"
        "        if self.bias:\n"
        "            a = a + self.b_ih[layer][d] + self.b_hh[layer][d]\n"
        "        i = sig(a[:, 0:H])\n"
        "        g = np.tanh(a[:, H:2 * H])      # TF order: i, j, f, o\n"
        "        f = sig(a[:, 2 * H:3 * H])\n"
        "        o = sig(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        L, D, H = self.num_layers, self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((L * D, B, H))\n"
        "            c_0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        inp = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                idx = layer * D + d\n"
        "                h, c = h_0[idx], c_0[idx]\n"
        "                seq = inp[::-1] if d == 1 else inp      # reverse reads x_{T-1} "
        "first\n"
        "                hs = []\n"
        "                for t in range(T):\n"
        "                    h, c = self._step(seq[t], h, c, layer, d)\n"
        "                    hs.append(h)\n"
        "                hs = np.stack(hs)\n"
        "                if d == 1:\n"
        "                    hs = hs[::-1]                        # back to time order\n"
        "                dir_outs.append(hs)\n"
        "                h_n[idx] = h\n"
        "                c_n[idx] = c\n"
        "            inp = np.concatenate(dir_outs, axis=-1)\n"
        "        out = inp\n"
        "        if self.batch_first:\n"
        "            out = np.transpose(out, (1, 0, 2))\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_oliver_direction_objects_ok",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class _Direction:\n"
        '    """The four parameters of one layer and one direction (like a small '
        'ParameterList)."""\n'
        "\n"
        "    def __init__(self, n_in, H, bias, rng, bound):\n"
        "        self.weight_ih = rng.uniform(-bound, bound, (4 * H, n_in))\n"
        "        self.weight_hh = rng.uniform(-bound, bound, (4 * H, H))\n"
        "        if bias:\n"
        "            self.bias_ih = rng.uniform(-bound, bound, 4 * H)\n"
        "            self.bias_hh = rng.uniform(-bound, bound, 4 * H)\n"
        "        else:\n"
        "            self.bias_ih = self.bias_hh = None\n"
        "\n"
        "    def run(self, xs, h, c, reverse=False):\n"
        "        T = xs.shape[0]\n"
        "        out = [None] * T\n"
        "        order = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in order:\n"
        "            a = xs[t] @ self.weight_ih.T + h @ self.weight_hh.T\n"
        "            if self.bias_ih is not None:\n"
        "                a = a + self.bias_ih + self.bias_hh\n"
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return np.stack(out), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size = input_size, hidden_size\n"
        "        self.num_layers, self.bias = num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        D = 2 if bidirectional else 1\n"
        "        self.D = D\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self.cells = []          # index layer * D + d\n"
        "        for layer in range(num_layers):\n"
        "            n_in = input_size if layer == 0 else D * hidden_size\n"
        "            for d in range(D):\n"
        "                self.cells.append(_Direction(n_in, hidden_size, bias, rng, bound))\n"
        "\n"
        "    def _keys(self):\n"
        '        fields = ["weight_ih", "weight_hh"] + (["bias_ih", "bias_hh"] if self.bias '
        "else [])\n"
        "        for idx, cell in enumerate(self.cells):\n"
        "            layer, d = divmod(idx, self.D)\n"
        "            for fld in fields:\n"
        '                yield f"{fld}_l{layer}" + ("_reverse" if d else ""), cell, fld\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {key: np.array(getattr(cell, fld), dtype=np.float64) for key, cell, "
        "fld in self._keys()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = {key for key, _, _ in self._keys()}\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"missing: {sorted(expected - set(state))}, extra: '
        '{sorted(set(state) - expected)}")\n'
        "        for key, cell, fld in self._keys():\n"
        "            new = np.array(state[key], dtype=np.float64)\n"
        "            if new.shape != getattr(cell, fld).shape:\n"
        '                raise ValueError(f"{key}: got {new.shape}, expected {getattr(cell, '
        'fld).shape}")\n'
        "            setattr(cell, fld, new)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.swapaxes(0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        n = self.num_layers * self.D\n"
        "        H = self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((n, B, H)), np.zeros((n, B, H)))\n"
        "        h_0, c_0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                idx = layer * self.D + d\n"
        "                seq, h, c = self.cells[idx].run(layer_input, h_0[idx], c_0[idx], "
        "reverse=(d == 1))\n"
        "                outs.append(seq)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input.swapaxes(0, 1) if self.batch_first else layer_input\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_oliver_empty_never_initialised",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "creates the parameters with np.empty and never draws them "
                "('load_state_dict fills them'): the initial values are whatever memory "
                "held (zeros/garbage), not uniform in the bound",
                "must_mention": [
                    {
                        "any": [
                            "initiali",
                            "empty",
                            "uninit",
                            "not drawn",
                            "never drawn",
                            "random",
                            "uniform",
                            "all equal",
                            "zero",
                            "garbage",
                            "bound",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class _Direction:\n"
        '    """The four parameters of one layer and one direction (like a small '
        'ParameterList)."""\n'
        "\n"
        "    def __init__(self, n_in, H, bias, rng, bound):\n"
        "        self.weight_ih = np.empty((4 * H, n_in))   # filled by load_state_dict\n"
        "        self.weight_hh = np.empty((4 * H, H))\n"
        "        if bias:\n"
        "            self.bias_ih = np.empty(4 * H)\n"
        "            self.bias_hh = np.empty(4 * H)\n"
        "        else:\n"
        "            self.bias_ih = self.bias_hh = None\n"
        "\n"
        "    def run(self, xs, h, c, reverse=False):\n"
        "        T = xs.shape[0]\n"
        "        out = [None] * T\n"
        "        order = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in order:\n"
        "            a = xs[t] @ self.weight_ih.T + h @ self.weight_hh.T\n"
        "            if self.bias_ih is not None:\n"
        "                a = a + self.bias_ih + self.bias_hh\n"
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return np.stack(out), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size = input_size, hidden_size\n"
        "        self.num_layers, self.bias = num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        D = 2 if bidirectional else 1\n"
        "        self.D = D\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self.cells = []          # index layer * D + d\n"
        "        for layer in range(num_layers):\n"
        "            n_in = input_size if layer == 0 else D * hidden_size\n"
        "            for d in range(D):\n"
        "                self.cells.append(_Direction(n_in, hidden_size, bias, rng, bound))\n"
        "\n"
        "    def _keys(self):\n"
        '        fields = ["weight_ih", "weight_hh"] + (["bias_ih", "bias_hh"] if self.bias '
        "else [])\n"
        "        for idx, cell in enumerate(self.cells):\n"
        "            layer, d = divmod(idx, self.D)\n"
        "            for fld in fields:\n"
        '                yield f"{fld}_l{layer}" + ("_reverse" if d else ""), cell, fld\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {key: np.array(getattr(cell, fld), dtype=np.float64) for key, cell, "
        "fld in self._keys()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = {key for key, _, _ in self._keys()}\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"missing: {sorted(expected - set(state))}, extra: '
        '{sorted(set(state) - expected)}")\n'
        "        for key, cell, fld in self._keys():\n"
        "            new = np.array(state[key], dtype=np.float64)\n"
        "            if new.shape != getattr(cell, fld).shape:\n"
        '                raise ValueError(f"{key}: got {new.shape}, expected {getattr(cell, '
        'fld).shape}")\n'
        "            setattr(cell, fld, new)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.swapaxes(0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        n = self.num_layers * self.D\n"
        "        H = self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((n, B, H)), np.zeros((n, B, H)))\n"
        "        h_0, c_0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                idx = layer * self.D + d\n"
        "                seq, h, c = self.cells[idx].run(layer_input, h_0[idx], c_0[idx], "
        "reverse=(d == 1))\n"
        "                outs.append(seq)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input.swapaxes(0, 1) if self.batch_first else layer_input\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_mei_load_no_copy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict keeps the caller's arrays (np.asarray, no copy): later "
                "changes to state change the module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "alias",
                            "same array",
                            "reference",
                            "shar",
                            "view",
                            "linked",
                        ]
                    },
                    {"any": ["load_state_dict", "load", "state"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class _Direction:\n"
        '    """The four parameters of one layer and one direction (like a small '
        'ParameterList)."""\n'
        "\n"
        "    def __init__(self, n_in, H, bias, rng, bound):\n"
        "        self.weight_ih = rng.uniform(-bound, bound, (4 * H, n_in))\n"
        "        self.weight_hh = rng.uniform(-bound, bound, (4 * H, H))\n"
        "        if bias:\n"
        "            self.bias_ih = rng.uniform(-bound, bound, 4 * H)\n"
        "            self.bias_hh = rng.uniform(-bound, bound, 4 * H)\n"
        "        else:\n"
        "            self.bias_ih = self.bias_hh = None\n"
        "\n"
        "    def run(self, xs, h, c, reverse=False):\n"
        "        T = xs.shape[0]\n"
        "        out = [None] * T\n"
        "        order = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in order:\n"
        "            a = xs[t] @ self.weight_ih.T + h @ self.weight_hh.T\n"
        "            if self.bias_ih is not None:\n"
        "                a = a + self.bias_ih + self.bias_hh\n"
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return np.stack(out), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size = input_size, hidden_size\n"
        "        self.num_layers, self.bias = num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        D = 2 if bidirectional else 1\n"
        "        self.D = D\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self.cells = []          # index layer * D + d\n"
        "        for layer in range(num_layers):\n"
        "            n_in = input_size if layer == 0 else D * hidden_size\n"
        "            for d in range(D):\n"
        "                self.cells.append(_Direction(n_in, hidden_size, bias, rng, bound))\n"
        "\n"
        "    def _keys(self):\n"
        '        fields = ["weight_ih", "weight_hh"] + (["bias_ih", "bias_hh"] if self.bias '
        "else [])\n"
        "        for idx, cell in enumerate(self.cells):\n"
        "            layer, d = divmod(idx, self.D)\n"
        "            for fld in fields:\n"
        '                yield f"{fld}_l{layer}" + ("_reverse" if d else ""), cell, fld\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {key: np.array(getattr(cell, fld), dtype=np.float64) for key, cell, "
        "fld in self._keys()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = {key for key, _, _ in self._keys()}\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"missing: {sorted(expected - set(state))}, extra: '
        '{sorted(set(state) - expected)}")\n'
        "        for key, cell, fld in self._keys():\n"
        "            new = np.asarray(state[key], dtype=np.float64)\n"
        "            if new.shape != getattr(cell, fld).shape:\n"
        '                raise ValueError(f"{key}: got {new.shape}, expected {getattr(cell, '
        'fld).shape}")\n'
        "            setattr(cell, fld, new)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.swapaxes(0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        n = self.num_layers * self.D\n"
        "        H = self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((n, B, H)), np.zeros((n, B, H)))\n"
        "        h_0, c_0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                idx = layer * self.D + d\n"
        "                seq, h, c = self.cells[idx].run(layer_input, h_0[idx], c_0[idx], "
        "reverse=(d == 1))\n"
        "                outs.append(seq)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input.swapaxes(0, 1) if self.batch_first else layer_input\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_oliver_load_no_copy_batch_first_reshape",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict keeps the caller's arrays (np.asarray, no copy): later "
                "changes to state change the module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "alias",
                            "same array",
                            "reference",
                            "shar",
                            "view",
                            "linked",
                        ]
                    },
                    {"any": ["load_state_dict", "load", "state"]},
                ],
            },
            {
                "what": "batch_first handled with reshape instead of swapaxes (in and out): batch "
                "and time scrambled",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {
                        "any": [
                            "reshape",
                            "transpos",
                            "swapaxes",
                            "axes",
                            "view",
                            "scrambl",
                            "permut",
                        ]
                    },
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class _Direction:\n"
        '    """The four parameters of one layer and one direction (like a small '
        'ParameterList)."""\n'
        "\n"
        "    def __init__(self, n_in, H, bias, rng, bound):\n"
        "        self.weight_ih = rng.uniform(-bound, bound, (4 * H, n_in))\n"
        "        self.weight_hh = rng.uniform(-bound, bound, (4 * H, H))\n"
        "        if bias:\n"
        "            self.bias_ih = rng.uniform(-bound, bound, 4 * H)\n"
        "            self.bias_hh = rng.uniform(-bound, bound, 4 * H)\n"
        "        else:\n"
        "            self.bias_ih = self.bias_hh = None\n"
        "\n"
        "    def run(self, xs, h, c, reverse=False):\n"
        "        T = xs.shape[0]\n"
        "        out = [None] * T\n"
        "        order = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in order:\n"
        "            a = xs[t] @ self.weight_ih.T + h @ self.weight_hh.T\n"
        "            if self.bias_ih is not None:\n"
        "                a = a + self.bias_ih + self.bias_hh\n"
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return np.stack(out), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size = input_size, hidden_size\n"
        "        self.num_layers, self.bias = num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        D = 2 if bidirectional else 1\n"
        "        self.D = D\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self.cells = []          # index layer * D + d\n"
        "        for layer in range(num_layers):\n"
        "            n_in = input_size if layer == 0 else D * hidden_size\n"
        "            for d in range(D):\n"
        "                self.cells.append(_Direction(n_in, hidden_size, bias, rng, bound))\n"
        "\n"
        "    def _keys(self):\n"
        '        fields = ["weight_ih", "weight_hh"] + (["bias_ih", "bias_hh"] if self.bias '
        "else [])\n"
        "        for idx, cell in enumerate(self.cells):\n"
        "            layer, d = divmod(idx, self.D)\n"
        "            for fld in fields:\n"
        '                yield f"{fld}_l{layer}" + ("_reverse" if d else ""), cell, fld\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {key: np.array(getattr(cell, fld), dtype=np.float64) for key, cell, "
        "fld in self._keys()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = {key for key, _, _ in self._keys()}\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"missing: {sorted(expected - set(state))}, extra: '
        '{sorted(set(state) - expected)}")\n'
        "        for key, cell, fld in self._keys():\n"
        "            new = np.asarray(state[key], dtype=np.float64)\n"
        "            if new.shape != getattr(cell, fld).shape:\n"
        '                raise ValueError(f"{key}: got {new.shape}, expected {getattr(cell, '
        'fld).shape}")\n'
        "            setattr(cell, fld, new)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.reshape(x.shape[1], x.shape[0], -1)\n"
        "        T, B, _ = x.shape\n"
        "        n = self.num_layers * self.D\n"
        "        H = self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((n, B, H)), np.zeros((n, B, H)))\n"
        "        h_0, c_0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                idx = layer * self.D + d\n"
        "                seq, h, c = self.cells[idx].run(layer_input, h_0[idx], c_0[idx], "
        "reverse=(d == 1))\n"
        "                outs.append(seq)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input.reshape(B, T, -1) if self.batch_first else layer_input\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_jamal_reverse_final_is_last_output",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "returns out[-1] as each direction's final hidden state: for the reverse "
                "direction that is its state after x_{T-1} only, not after x_0 (h_n's "
                "reverse rows wrong; c_n right)",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["h_n", "final", "out[0", "out[-1", "x_0", "last"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class _Direction:\n"
        '    """The four parameters of one layer and one direction (like a small '
        'ParameterList)."""\n'
        "\n"
        "    def __init__(self, n_in, H, bias, rng, bound):\n"
        "        self.weight_ih = rng.uniform(-bound, bound, (4 * H, n_in))\n"
        "        self.weight_hh = rng.uniform(-bound, bound, (4 * H, H))\n"
        "        if bias:\n"
        "            self.bias_ih = rng.uniform(-bound, bound, 4 * H)\n"
        "            self.bias_hh = rng.uniform(-bound, bound, 4 * H)\n"
        "        else:\n"
        "            self.bias_ih = self.bias_hh = None\n"
        "\n"
        "    def run(self, xs, h, c, reverse=False):\n"
        "        T = xs.shape[0]\n"
        "        out = [None] * T\n"
        "        order = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in order:\n"
        "            a = xs[t] @ self.weight_ih.T + h @ self.weight_hh.T\n"
        "            if self.bias_ih is not None:\n"
        "                a = a + self.bias_ih + self.bias_hh\n"
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return np.stack(out), out[-1], c   # last output = final hidden state\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size = input_size, hidden_size\n"
        "        self.num_layers, self.bias = num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        D = 2 if bidirectional else 1\n"
        "        self.D = D\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self.cells = []          # index layer * D + d\n"
        "        for layer in range(num_layers):\n"
        "            n_in = input_size if layer == 0 else D * hidden_size\n"
        "            for d in range(D):\n"
        "                self.cells.append(_Direction(n_in, hidden_size, bias, rng, bound))\n"
        "\n"
        "    def _keys(self):\n"
        '        fields = ["weight_ih", "weight_hh"] + (["bias_ih", "bias_hh"] if self.bias '
        "else [])\n"
        "        for idx, cell in enumerate(self.cells):\n"
        "            layer, d = divmod(idx, self.D)\n"
        "            for fld in fields:\n"
        '                yield f"{fld}_l{layer}" + ("_reverse" if d else ""), cell, fld\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {key: np.array(getattr(cell, fld), dtype=np.float64) for key, cell, "
        "fld in self._keys()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = {key for key, _, _ in self._keys()}\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"missing: {sorted(expected - set(state))}, extra: '
        '{sorted(set(state) - expected)}")\n'
        "        for key, cell, fld in self._keys():\n"
        "            new = np.array(state[key], dtype=np.float64)\n"
        "            if new.shape != getattr(cell, fld).shape:\n"
        '                raise ValueError(f"{key}: got {new.shape}, expected {getattr(cell, '
        'fld).shape}")\n'
        "            setattr(cell, fld, new)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.swapaxes(0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        n = self.num_layers * self.D\n"
        "        H = self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((n, B, H)), np.zeros((n, B, H)))\n"
        "        h_0, c_0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                idx = layer * self.D + d\n"
        "                seq, h, c = self.cells[idx].run(layer_input, h_0[idx], c_0[idx], "
        "reverse=(d == 1))\n"
        "                outs.append(seq)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input.swapaxes(0, 1) if self.batch_first else layer_input\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_aiko_bias_false_zero_biases",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with bias=False still keeps zero bias arrays and lists bias_ih/bias_hh "
                "keys in state_dict (nn.LSTM(bias=False) has no bias parameters), so "
                "loading a bias-free state dict fails",
                "must_mention": [
                    {"any": ["bias"]},
                    {"any": ["bias=false", "key", "extra", "missing", "unexpected", "no bias"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class _Direction:\n"
        '    """The four parameters of one layer and one direction (like a small '
        'ParameterList)."""\n'
        "\n"
        "    def __init__(self, n_in, H, bias, rng, bound):\n"
        "        self.weight_ih = rng.uniform(-bound, bound, (4 * H, n_in))\n"
        "        self.weight_hh = rng.uniform(-bound, bound, (4 * H, H))\n"
        "        if bias:\n"
        "            self.bias_ih = rng.uniform(-bound, bound, 4 * H)\n"
        "            self.bias_hh = rng.uniform(-bound, bound, 4 * H)\n"
        "        else:\n"
        "            self.bias_ih = np.zeros(4 * H)   # no bias = zero bias\n"
        "            self.bias_hh = np.zeros(4 * H)\n"
        "\n"
        "    def run(self, xs, h, c, reverse=False):\n"
        "        T = xs.shape[0]\n"
        "        out = [None] * T\n"
        "        order = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in order:\n"
        "            a = xs[t] @ self.weight_ih.T + h @ self.weight_hh.T\n"
        "            if self.bias_ih is not None:\n"
        "                a = a + self.bias_ih + self.bias_hh\n"
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return np.stack(out), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size = input_size, hidden_size\n"
        "        self.num_layers, self.bias = num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        D = 2 if bidirectional else 1\n"
        "        self.D = D\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self.cells = []          # index layer * D + d\n"
        "        for layer in range(num_layers):\n"
        "            n_in = input_size if layer == 0 else D * hidden_size\n"
        "            for d in range(D):\n"
        "                self.cells.append(_Direction(n_in, hidden_size, bias, rng, bound))\n"
        "\n"
        "    def _keys(self):\n"
        '        fields = ["weight_ih", "weight_hh", "bias_ih", "bias_hh"]\n'
        "        for idx, cell in enumerate(self.cells):\n"
        "            layer, d = divmod(idx, self.D)\n"
        "            for fld in fields:\n"
        '                yield f"{fld}_l{layer}" + ("_reverse" if d else ""), cell, fld\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {key: np.array(getattr(cell, fld), dtype=np.float64) for key, cell, "
        "fld in self._keys()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = {key for key, _, _ in self._keys()}\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"missing: {sorted(expected - set(state))}, extra: '
        '{sorted(set(state) - expected)}")\n'
        "        for key, cell, fld in self._keys():\n"
        "            new = np.array(state[key], dtype=np.float64)\n"
        "            if new.shape != getattr(cell, fld).shape:\n"
        '                raise ValueError(f"{key}: got {new.shape}, expected {getattr(cell, '
        'fld).shape}")\n'
        "            setattr(cell, fld, new)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.swapaxes(0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        n = self.num_layers * self.D\n"
        "        H = self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((n, B, H)), np.zeros((n, B, H)))\n"
        "        h_0, c_0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                idx = layer * self.D + d\n"
        "                seq, h, c = self.cells[idx].run(layer_input, h_0[idx], c_0[idx], "
        "reverse=(d == 1))\n"
        "                outs.append(seq)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input.swapaxes(0, 1) if self.batch_first else layer_input\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_kwame_states_as_lists",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "returns h_n and c_n as Python lists of (B, H) arrays instead of stacked "
                "(L*D, B, H) arrays",
                "must_mention": [
                    {
                        "any": [
                            "list",
                            "ndarray",
                            "type",
                            "stack",
                            "not an array",
                            "not a numpy array",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class _Direction:\n"
        '    """The four parameters of one layer and one direction (like a small '
        'ParameterList)."""\n'
        "\n"
        "    def __init__(self, n_in, H, bias, rng, bound):\n"
        "        self.weight_ih = rng.uniform(-bound, bound, (4 * H, n_in))\n"
        "        self.weight_hh = rng.uniform(-bound, bound, (4 * H, H))\n"
        "        if bias:\n"
        "            self.bias_ih = rng.uniform(-bound, bound, 4 * H)\n"
        "            self.bias_hh = rng.uniform(-bound, bound, 4 * H)\n"
        "        else:\n"
        "            self.bias_ih = self.bias_hh = None\n"
        "\n"
        "    def run(self, xs, h, c, reverse=False):\n"
        "        T = xs.shape[0]\n"
        "        out = [None] * T\n"
        "        order = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in order:\n"
        "            a = xs[t] @ self.weight_ih.T + h @ self.weight_hh.T\n"
        "            if self.bias_ih is not None:\n"
        "                a = a + self.bias_ih + self.bias_hh\n"
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return np.stack(out), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size = input_size, hidden_size\n"
        "        self.num_layers, self.bias = num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        D = 2 if bidirectional else 1\n"
        "        self.D = D\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self.cells = []          # index layer * D + d\n"
        "        for layer in range(num_layers):\n"
        "            n_in = input_size if layer == 0 else D * hidden_size\n"
        "            for d in range(D):\n"
        "                self.cells.append(_Direction(n_in, hidden_size, bias, rng, bound))\n"
        "\n"
        "    def _keys(self):\n"
        '        fields = ["weight_ih", "weight_hh"] + (["bias_ih", "bias_hh"] if self.bias '
        "else [])\n"
        "        for idx, cell in enumerate(self.cells):\n"
        "            layer, d = divmod(idx, self.D)\n"
        "            for fld in fields:\n"
        '                yield f"{fld}_l{layer}" + ("_reverse" if d else ""), cell, fld\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {key: np.array(getattr(cell, fld), dtype=np.float64) for key, cell, "
        "fld in self._keys()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = {key for key, _, _ in self._keys()}\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"missing: {sorted(expected - set(state))}, extra: '
        '{sorted(set(state) - expected)}")\n'
        "        for key, cell, fld in self._keys():\n"
        "            new = np.array(state[key], dtype=np.float64)\n"
        "            if new.shape != getattr(cell, fld).shape:\n"
        '                raise ValueError(f"{key}: got {new.shape}, expected {getattr(cell, '
        'fld).shape}")\n'
        "            setattr(cell, fld, new)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.swapaxes(0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        n = self.num_layers * self.D\n"
        "        H = self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((n, B, H)), np.zeros((n, B, H)))\n"
        "        h_0, c_0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                idx = layer * self.D + d\n"
        "                seq, h, c = self.cells[idx].run(layer_input, h_0[idx], c_0[idx], "
        "reverse=(d == 1))\n"
        "                outs.append(seq)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input.swapaxes(0, 1) if self.batch_first else layer_input\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_jamal_setattr_ok",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    _PARAMS = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self._rng = np.random.default_rng(seed)\n"
        "        self._names = []\n"
        "        D = 2 if bidirectional else 1\n"
        "        stdv = 1.0 / np.sqrt(hidden_size)\n"
        "        for k in range(num_layers):\n"
        "            layer_in = input_size if k == 0 else hidden_size * D\n"
        '            for suffix in ["", "_reverse"][:D]:\n'
        "                shapes = {\n"
        '                    "weight_ih": (4 * hidden_size, layer_in),\n'
        '                    "weight_hh": (4 * hidden_size, hidden_size),\n'
        '                    "bias_ih": (4 * hidden_size,),\n'
        '                    "bias_hh": (4 * hidden_size,),\n'
        "                }\n"
        "                for p in self._PARAMS:\n"
        '                    if p.startswith("bias") and not bias:\n'
        "                        continue\n"
        '                    name = f"{p}_l{k}{suffix}"\n'
        "                    setattr(self, name, self._rng.uniform(-stdv, stdv, "
        "size=shapes[p]))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).copy() for n in self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for n in self._names:\n"
        "            if n not in state:\n"
        '                raise KeyError(f"state_dict is missing {n!r}")\n'
        "            if np.shape(state[n]) != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: expected {getattr(self, n).shape}, got '
        '{np.shape(state[n])}")\n'
        "        for n in state:\n"
        "            if n not in self._names:\n"
        '                raise KeyError(f"unexpected key {n!r}")\n'
        "        for n in self._names:\n"
        "            setattr(self, n, np.array(state[n], dtype=np.float64, copy=True))\n"
        "\n"
        "    def _cell(self, x, h, c, k, suffix):\n"
        '        W_ih = getattr(self, f"weight_ih_l{k}{suffix}")\n'
        '        W_hh = getattr(self, f"weight_hh_l{k}{suffix}")\n'
        "        gates = x @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            gates = gates + getattr(self, f"bias_ih_l{k}{suffix}") + getattr(self, '
        'f"bias_hh_l{k}{suffix}")\n'
        "        H = self.hidden_size\n"
        "        i, f = _sig(gates[:, :H]), _sig(gates[:, H:2 * H])\n"
        "        g, o = np.tanh(gates[:, 2 * H:3 * H]), _sig(gates[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.moveaxis(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D = 2 if self.bidirectional else 1\n"
        "        H = self.hidden_size\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros_like(h_0)\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.empty((self.num_layers * D, B, H))\n"
        "        c_n = np.empty_like(h_n)\n"
        "        seq = x\n"
        "        for k in range(self.num_layers):\n"
        "            layer_out = np.empty((T, B, D * H))\n"
        "            for d in range(D):\n"
        '                suffix = "_reverse" if d else ""\n'
        "                row = k * D + d\n"
        "                h, c = h_0[row], c_0[row]\n"
        "                steps = reversed(range(T)) if d else range(T)\n"
        "                for t in steps:\n"
        "                    h, c = self._cell(seq[t], h, c, k, suffix)\n"
        "                    layer_out[t, :, d * H:(d + 1) * H] = h\n"
        "                h_n[row], c_n[row] = h, c\n"
        "            seq = layer_out\n"
        "        out = np.moveaxis(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_marcus_global_np_random",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "draws the initial values from the global np.random instead of "
                "np.random.default_rng(seed): the same seed does not give the same "
                "parameters",
                "must_mention": [
                    {"any": ["seed", "default_rng", "reproduc", "same param", "np.random"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    _PARAMS = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self._rng = np.random.default_rng(seed)\n"
        "        self._names = []\n"
        "        D = 2 if bidirectional else 1\n"
        "        stdv = 1.0 / np.sqrt(hidden_size)\n"
        "        for k in range(num_layers):\n"
        "            layer_in = input_size if k == 0 else hidden_size * D\n"
        '            for suffix in ["", "_reverse"][:D]:\n'
        "                shapes = {\n"
        '                    "weight_ih": (4 * hidden_size, layer_in),\n'
        '                    "weight_hh": (4 * hidden_size, hidden_size),\n'
        '                    "bias_ih": (4 * hidden_size,),\n'
        '                    "bias_hh": (4 * hidden_size,),\n'
        "                }\n"
        "                for p in self._PARAMS:\n"
        '                    if p.startswith("bias") and not bias:\n'
        "                        continue\n"
        '                    name = f"{p}_l{k}{suffix}"\n'
        "                    setattr(self, name, np.random.uniform(-stdv, stdv, "
        "size=shapes[p]))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).copy() for n in self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for n in self._names:\n"
        "            if n not in state:\n"
        '                raise KeyError(f"state_dict is missing {n!r}")\n'
        "            if np.shape(state[n]) != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: expected {getattr(self, n).shape}, got '
        '{np.shape(state[n])}")\n'
        "        for n in state:\n"
        "            if n not in self._names:\n"
        '                raise KeyError(f"unexpected key {n!r}")\n'
        "        for n in self._names:\n"
        "            setattr(self, n, np.array(state[n], dtype=np.float64, copy=True))\n"
        "\n"
        "    def _cell(self, x, h, c, k, suffix):\n"
        '        W_ih = getattr(self, f"weight_ih_l{k}{suffix}")\n'
        '        W_hh = getattr(self, f"weight_hh_l{k}{suffix}")\n'
        "        gates = x @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            gates = gates + getattr(self, f"bias_ih_l{k}{suffix}") + getattr(self, '
        'f"bias_hh_l{k}{suffix}")\n'
        "        H = self.hidden_size\n"
        "        i, f = _sig(gates[:, :H]), _sig(gates[:, H:2 * H])\n"
        "        g, o = np.tanh(gates[:, 2 * H:3 * H]), _sig(gates[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.moveaxis(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D = 2 if self.bidirectional else 1\n"
        "        H = self.hidden_size\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros_like(h_0)\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.empty((self.num_layers * D, B, H))\n"
        "        c_n = np.empty_like(h_n)\n"
        "        seq = x\n"
        "        for k in range(self.num_layers):\n"
        "            layer_out = np.empty((T, B, D * H))\n"
        "            for d in range(D):\n"
        '                suffix = "_reverse" if d else ""\n'
        "                row = k * D + d\n"
        "                h, c = h_0[row], c_0[row]\n"
        "                steps = reversed(range(T)) if d else range(T)\n"
        "                for t in steps:\n"
        "                    h, c = self._cell(seq[t], h, c, k, suffix)\n"
        "                    layer_out[t, :, d * H:(d + 1) * H] = h\n"
        "                h_n[row], c_n[row] = h, c\n"
        "            seq = layer_out\n"
        "        out = np.moveaxis(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_dmitri_layer_width_no_D",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layers after the first read hidden_size features instead of D * "
                "hidden_size: wrong weight_ih_l{k} shape when bidirectional (and a shape "
                "error in the call)",
                "must_mention": [
                    {
                        "any": [
                            "d * h",
                            "h * d",
                            "d*h",
                            "h*d",
                            "2h",
                            "2 * h",
                            "2*h",
                            "hidden_size * d",
                            "weight_ih_l1",
                            "layer 1",
                            "later layer",
                            "layers after",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    _PARAMS = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self._rng = np.random.default_rng(seed)\n"
        "        self._names = []\n"
        "        D = 2 if bidirectional else 1\n"
        "        stdv = 1.0 / np.sqrt(hidden_size)\n"
        "        for k in range(num_layers):\n"
        "            layer_in = input_size if k == 0 else hidden_size\n"
        '            for suffix in ["", "_reverse"][:D]:\n'
        "                shapes = {\n"
        '                    "weight_ih": (4 * hidden_size, layer_in),\n'
        '                    "weight_hh": (4 * hidden_size, hidden_size),\n'
        '                    "bias_ih": (4 * hidden_size,),\n'
        '                    "bias_hh": (4 * hidden_size,),\n'
        "                }\n"
        "                for p in self._PARAMS:\n"
        '                    if p.startswith("bias") and not bias:\n'
        "                        continue\n"
        '                    name = f"{p}_l{k}{suffix}"\n'
        "                    setattr(self, name, self._rng.uniform(-stdv, stdv, "
        "size=shapes[p]))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).copy() for n in self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for n in self._names:\n"
        "            if n not in state:\n"
        '                raise KeyError(f"state_dict is missing {n!r}")\n'
        "            if np.shape(state[n]) != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: expected {getattr(self, n).shape}, got '
        '{np.shape(state[n])}")\n'
        "        for n in state:\n"
        "            if n not in self._names:\n"
        '                raise KeyError(f"unexpected key {n!r}")\n'
        "        for n in self._names:\n"
        "            setattr(self, n, np.array(state[n], dtype=np.float64, copy=True))\n"
        "\n"
        "    def _cell(self, x, h, c, k, suffix):\n"
        '        W_ih = getattr(self, f"weight_ih_l{k}{suffix}")\n'
        '        W_hh = getattr(self, f"weight_hh_l{k}{suffix}")\n'
        "        gates = x @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            gates = gates + getattr(self, f"bias_ih_l{k}{suffix}") + getattr(self, '
        'f"bias_hh_l{k}{suffix}")\n'
        "        H = self.hidden_size\n"
        "        i, f = _sig(gates[:, :H]), _sig(gates[:, H:2 * H])\n"
        "        g, o = np.tanh(gates[:, 2 * H:3 * H]), _sig(gates[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.moveaxis(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D = 2 if self.bidirectional else 1\n"
        "        H = self.hidden_size\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros_like(h_0)\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.empty((self.num_layers * D, B, H))\n"
        "        c_n = np.empty_like(h_n)\n"
        "        seq = x\n"
        "        for k in range(self.num_layers):\n"
        "            layer_out = np.empty((T, B, D * H))\n"
        "            for d in range(D):\n"
        '                suffix = "_reverse" if d else ""\n'
        "                row = k * D + d\n"
        "                h, c = h_0[row], c_0[row]\n"
        "                steps = reversed(range(T)) if d else range(T)\n"
        "                for t in steps:\n"
        "                    h, c = self._cell(seq[t], h, c, k, suffix)\n"
        "                    layer_out[t, :, d * H:(d + 1) * H] = h\n"
        "                h_n[row], c_n[row] = h, c\n"
        "            seq = layer_out\n"
        "        out = np.moveaxis(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_dmitri_layer_width_global_random",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layers after the first read hidden_size features instead of D * "
                "hidden_size: wrong weight_ih_l{k} shape when bidirectional (and a shape "
                "error in the call)",
                "must_mention": [
                    {
                        "any": [
                            "d * h",
                            "h * d",
                            "d*h",
                            "h*d",
                            "2h",
                            "2 * h",
                            "2*h",
                            "hidden_size * d",
                            "weight_ih_l1",
                            "layer 1",
                            "later layer",
                            "layers after",
                        ]
                    }
                ],
            },
            {
                "what": "draws the initial values from the global np.random instead of "
                "np.random.default_rng(seed): the same seed does not give the same "
                "parameters",
                "must_mention": [
                    {"any": ["seed", "default_rng", "reproduc", "same param", "np.random"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    _PARAMS = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self._rng = np.random.default_rng(seed)\n"
        "        self._names = []\n"
        "        D = 2 if bidirectional else 1\n"
        "        stdv = 1.0 / np.sqrt(hidden_size)\n"
        "        for k in range(num_layers):\n"
        "            layer_in = input_size if k == 0 else hidden_size\n"
        '            for suffix in ["", "_reverse"][:D]:\n'
        "                shapes = {\n"
        '                    "weight_ih": (4 * hidden_size, layer_in),\n'
        '                    "weight_hh": (4 * hidden_size, hidden_size),\n'
        '                    "bias_ih": (4 * hidden_size,),\n'
        '                    "bias_hh": (4 * hidden_size,),\n'
        "                }\n"
        "                for p in self._PARAMS:\n"
        '                    if p.startswith("bias") and not bias:\n'
        "                        continue\n"
        '                    name = f"{p}_l{k}{suffix}"\n'
        "                    setattr(self, name, np.random.uniform(-stdv, stdv, "
        "size=shapes[p]))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).copy() for n in self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for n in self._names:\n"
        "            if n not in state:\n"
        '                raise KeyError(f"state_dict is missing {n!r}")\n'
        "            if np.shape(state[n]) != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: expected {getattr(self, n).shape}, got '
        '{np.shape(state[n])}")\n'
        "        for n in state:\n"
        "            if n not in self._names:\n"
        '                raise KeyError(f"unexpected key {n!r}")\n'
        "        for n in self._names:\n"
        "            setattr(self, n, np.array(state[n], dtype=np.float64, copy=True))\n"
        "\n"
        "    def _cell(self, x, h, c, k, suffix):\n"
        '        W_ih = getattr(self, f"weight_ih_l{k}{suffix}")\n'
        '        W_hh = getattr(self, f"weight_hh_l{k}{suffix}")\n'
        "        gates = x @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            gates = gates + getattr(self, f"bias_ih_l{k}{suffix}") + getattr(self, '
        'f"bias_hh_l{k}{suffix}")\n'
        "        H = self.hidden_size\n"
        "        i, f = _sig(gates[:, :H]), _sig(gates[:, H:2 * H])\n"
        "        g, o = np.tanh(gates[:, 2 * H:3 * H]), _sig(gates[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.moveaxis(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D = 2 if self.bidirectional else 1\n"
        "        H = self.hidden_size\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros_like(h_0)\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.empty((self.num_layers * D, B, H))\n"
        "        c_n = np.empty_like(h_n)\n"
        "        seq = x\n"
        "        for k in range(self.num_layers):\n"
        "            layer_out = np.empty((T, B, D * H))\n"
        "            for d in range(D):\n"
        '                suffix = "_reverse" if d else ""\n'
        "                row = k * D + d\n"
        "                h, c = h_0[row], c_0[row]\n"
        "                steps = reversed(range(T)) if d else range(T)\n"
        "                for t in steps:\n"
        "                    h, c = self._cell(seq[t], h, c, k, suffix)\n"
        "                    layer_out[t, :, d * H:(d + 1) * H] = h\n"
        "                h_n[row], c_n[row] = h, c\n"
        "            seq = layer_out\n"
        "        out = np.moveaxis(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_sofia_state_rows_direction_major",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "orders the rows of h_0/h_n/c_n direction-major (row d*L + k) instead of "
                "layer by layer (k*D + d)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "layout",
                            "layer by layer",
                            "direction-major",
                            "layer-major",
                            "* d + d",
                            "interleav",
                        ]
                    },
                    {"any": ["h_n", "h_0", "c_n", "state"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    _PARAMS = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self._rng = np.random.default_rng(seed)\n"
        "        self._names = []\n"
        "        D = 2 if bidirectional else 1\n"
        "        stdv = 1.0 / np.sqrt(hidden_size)\n"
        "        for k in range(num_layers):\n"
        "            layer_in = input_size if k == 0 else hidden_size * D\n"
        '            for suffix in ["", "_reverse"][:D]:\n'
        "                shapes = {\n"
        '                    "weight_ih": (4 * hidden_size, layer_in),\n'
        '                    "weight_hh": (4 * hidden_size, hidden_size),\n'
        '                    "bias_ih": (4 * hidden_size,),\n'
        '                    "bias_hh": (4 * hidden_size,),\n'
        "                }\n"
        "                for p in self._PARAMS:\n"
        '                    if p.startswith("bias") and not bias:\n'
        "                        continue\n"
        '                    name = f"{p}_l{k}{suffix}"\n'
        "                    setattr(self, name, self._rng.uniform(-stdv, stdv, "
        "size=shapes[p]))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).copy() for n in self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for n in self._names:\n"
        "            if n not in state:\n"
        '                raise KeyError(f"state_dict is missing {n!r}")\n'
        "            if np.shape(state[n]) != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: expected {getattr(self, n).shape}, got '
        '{np.shape(state[n])}")\n'
        "        for n in state:\n"
        "            if n not in self._names:\n"
        '                raise KeyError(f"unexpected key {n!r}")\n'
        "        for n in self._names:\n"
        "            setattr(self, n, np.array(state[n], dtype=np.float64, copy=True))\n"
        "\n"
        "    def _cell(self, x, h, c, k, suffix):\n"
        '        W_ih = getattr(self, f"weight_ih_l{k}{suffix}")\n'
        '        W_hh = getattr(self, f"weight_hh_l{k}{suffix}")\n'
        "        gates = x @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            gates = gates + getattr(self, f"bias_ih_l{k}{suffix}") + getattr(self, '
        'f"bias_hh_l{k}{suffix}")\n'
        "        H = self.hidden_size\n"
        "        i, f = _sig(gates[:, :H]), _sig(gates[:, H:2 * H])\n"
        "        g, o = np.tanh(gates[:, 2 * H:3 * H]), _sig(gates[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.moveaxis(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D = 2 if self.bidirectional else 1\n"
        "        H = self.hidden_size\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros_like(h_0)\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.empty((self.num_layers * D, B, H))\n"
        "        c_n = np.empty_like(h_n)\n"
        "        seq = x\n"
        "        for k in range(self.num_layers):\n"
        "            layer_out = np.empty((T, B, D * H))\n"
        "            for d in range(D):\n"
        '                suffix = "_reverse" if d else ""\n'
        "                row = d * self.num_layers + k\n"
        "                h, c = h_0[row], c_0[row]\n"
        "                steps = reversed(range(T)) if d else range(T)\n"
        "                for t in steps:\n"
        "                    h, c = self._cell(seq[t], h, c, k, suffix)\n"
        "                    layer_out[t, :, d * H:(d + 1) * H] = h\n"
        "                h_n[row], c_n[row] = h, c\n"
        "            seq = layer_out\n"
        "        out = np.moveaxis(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_jamal_reverse_starts_from_forward_row",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from the forward direction's initial state "
                "h_0[k*D], c_0[k*D] instead of its own row k*D + 1",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["h_0", "c_0", "initial", "hx", "own row", "forward row", "k * d + 1"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    _PARAMS = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self._rng = np.random.default_rng(seed)\n"
        "        self._names = []\n"
        "        D = 2 if bidirectional else 1\n"
        "        stdv = 1.0 / np.sqrt(hidden_size)\n"
        "        for k in range(num_layers):\n"
        "            layer_in = input_size if k == 0 else hidden_size * D\n"
        '            for suffix in ["", "_reverse"][:D]:\n'
        "                shapes = {\n"
        '                    "weight_ih": (4 * hidden_size, layer_in),\n'
        '                    "weight_hh": (4 * hidden_size, hidden_size),\n'
        '                    "bias_ih": (4 * hidden_size,),\n'
        '                    "bias_hh": (4 * hidden_size,),\n'
        "                }\n"
        "                for p in self._PARAMS:\n"
        '                    if p.startswith("bias") and not bias:\n'
        "                        continue\n"
        '                    name = f"{p}_l{k}{suffix}"\n'
        "                    setattr(self, name, self._rng.uniform(-stdv, stdv, "
        "size=shapes[p]))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).copy() for n in self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for n in self._names:\n"
        "            if n not in state:\n"
        '                raise KeyError(f"state_dict is missing {n!r}")\n'
        "            if np.shape(state[n]) != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: expected {getattr(self, n).shape}, got '
        '{np.shape(state[n])}")\n'
        "        for n in state:\n"
        "            if n not in self._names:\n"
        '                raise KeyError(f"unexpected key {n!r}")\n'
        "        for n in self._names:\n"
        "            setattr(self, n, np.array(state[n], dtype=np.float64, copy=True))\n"
        "\n"
        "    def _cell(self, x, h, c, k, suffix):\n"
        '        W_ih = getattr(self, f"weight_ih_l{k}{suffix}")\n'
        '        W_hh = getattr(self, f"weight_hh_l{k}{suffix}")\n'
        "        gates = x @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            gates = gates + getattr(self, f"bias_ih_l{k}{suffix}") + getattr(self, '
        'f"bias_hh_l{k}{suffix}")\n'
        "        H = self.hidden_size\n"
        "        i, f = _sig(gates[:, :H]), _sig(gates[:, H:2 * H])\n"
        "        g, o = np.tanh(gates[:, 2 * H:3 * H]), _sig(gates[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.moveaxis(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D = 2 if self.bidirectional else 1\n"
        "        H = self.hidden_size\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros_like(h_0)\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.empty((self.num_layers * D, B, H))\n"
        "        c_n = np.empty_like(h_n)\n"
        "        seq = x\n"
        "        for k in range(self.num_layers):\n"
        "            layer_out = np.empty((T, B, D * H))\n"
        "            for d in range(D):\n"
        '                suffix = "_reverse" if d else ""\n'
        "                row = k * D + d\n"
        "                h, c = h_0[k * D], c_0[k * D]   # layer k's initial state\n"
        "                steps = reversed(range(T)) if d else range(T)\n"
        "                for t in steps:\n"
        "                    h, c = self._cell(seq[t], h, c, k, suffix)\n"
        "                    layer_out[t, :, d * H:(d + 1) * H] = h\n"
        "                h_n[row], c_n[row] = h, c\n"
        "            seq = layer_out\n"
        "        out = np.moveaxis(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_hannah_bias_false_crash",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the step always adds bias_ih/bias_hh: with bias=False those attributes do "
                "not exist and the call fails (AttributeError)",
                "must_mention": [
                    {"any": ["bias"]},
                    {"any": ["false", "missing", "attribute", "no bias", "without"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    _PARAMS = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self._rng = np.random.default_rng(seed)\n"
        "        self._names = []\n"
        "        D = 2 if bidirectional else 1\n"
        "        stdv = 1.0 / np.sqrt(hidden_size)\n"
        "        for k in range(num_layers):\n"
        "            layer_in = input_size if k == 0 else hidden_size * D\n"
        '            for suffix in ["", "_reverse"][:D]:\n'
        "                shapes = {\n"
        '                    "weight_ih": (4 * hidden_size, layer_in),\n'
        '                    "weight_hh": (4 * hidden_size, hidden_size),\n'
        '                    "bias_ih": (4 * hidden_size,),\n'
        '                    "bias_hh": (4 * hidden_size,),\n'
        "                }\n"
        "                for p in self._PARAMS:\n"
        '                    if p.startswith("bias") and not bias:\n'
        "                        continue\n"
        '                    name = f"{p}_l{k}{suffix}"\n'
        "                    setattr(self, name, self._rng.uniform(-stdv, stdv, "
        "size=shapes[p]))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).copy() for n in self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for n in self._names:\n"
        "            if n not in state:\n"
        '                raise KeyError(f"state_dict is missing {n!r}")\n'
        "            if np.shape(state[n]) != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: expected {getattr(self, n).shape}, got '
        '{np.shape(state[n])}")\n'
        "        for n in state:\n"
        "            if n not in self._names:\n"
        '                raise KeyError(f"unexpected key {n!r}")\n'
        "        for n in self._names:\n"
        "            setattr(self, n, np.array(state[n], dtype=np.float64, copy=True))\n"
        "\n"
        "    def _cell(self, x, h, c, k, suffix):\n"
        '        W_ih = getattr(self, f"weight_ih_l{k}{suffix}")\n'
        '        W_hh = getattr(self, f"weight_hh_l{k}{suffix}")\n'
        '        gates = x @ W_ih.T + h @ W_hh.T + getattr(self, f"bias_ih_l{k}{suffix}") + '
        'getattr(self, f"bias_hh_l{k}{suffix}")\n'
        "        H = self.hidden_size\n"
        "        i, f = _sig(gates[:, :H]), _sig(gates[:, H:2 * H])\n"
        "        g, o = np.tanh(gates[:, 2 * H:3 * H]), _sig(gates[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.moveaxis(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D = 2 if self.bidirectional else 1\n"
        "        H = self.hidden_size\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros_like(h_0)\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.empty((self.num_layers * D, B, H))\n"
        "        c_n = np.empty_like(h_n)\n"
        "        seq = x\n"
        "        for k in range(self.num_layers):\n"
        "            layer_out = np.empty((T, B, D * H))\n"
        "            for d in range(D):\n"
        '                suffix = "_reverse" if d else ""\n'
        "                row = k * D + d\n"
        "                h, c = h_0[row], c_0[row]\n"
        "                steps = reversed(range(T)) if d else range(T)\n"
        "                for t in steps:\n"
        "                    h, c = self._cell(seq[t], h, c, k, suffix)\n"
        "                    layer_out[t, :, d * H:(d + 1) * H] = h\n"
        "                h_n[row], c_n[row] = h, c\n"
        "            seq = layer_out\n"
        "        out = np.moveaxis(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_marcus_wraps_torch",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "wraps torch.nn.LSTM instead of writing it in NumPy: torch is not "
                "available when the exercise is graded",
                "must_mention": [{"any": ["torch"]}],
            }
        ],
        "source": "import numpy as np\n"
        "import torch\n"
        "from torch import nn\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """Thin wrapper: torch does the maths, NumPy at the edges."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        if seed is not None:\n"
        "            torch.manual_seed(seed)\n"
        "        self.lstm = nn.LSTM(input_size, hidden_size, num_layers=num_layers, "
        "bias=bias,\n"
        "                            batch_first=batch_first, "
        "bidirectional=bidirectional).double()\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.detach().numpy().copy() for k, v in "
        "self.lstm.state_dict().items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        self.lstm.load_state_dict({k: torch.tensor(np.array(v, dtype=np.float64)) for "
        "k, v in state.items()})\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xt = torch.from_numpy(np.asarray(x, dtype=np.float64))\n"
        "        if hx is not None:\n"
        "            hx = tuple(torch.from_numpy(np.asarray(s, dtype=np.float64)) for s in "
        "hx)\n"
        "        with torch.no_grad():\n"
        "            out, (h_n, c_n) = self.lstm(xt, hx)\n"
        "        return out.numpy(), (h_n.numpy(), c_n.numpy())\n",
    },
    {
        "id": "shapes_priya_ok",
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
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * H_out)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * H_out)\n"
        "    h_n = (D * num_layers, batch, H_out)\n"
        "    c_n = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_marcus_states_forget_directions",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n have num_layers rows instead of num_layers * D: the "
                "directions are not counted in the states",
                "must_mention": [
                    {"any": ["h_n", "c_n", "state"]},
                    {
                        "any": [
                            "direction",
                            "bidirectional",
                            "num_layers * 2",
                            "2 * num_layers",
                            "num_layers * d",
                            "d * num_layers",
                            "l * d",
                            "d * l",
                            "num_layers*d",
                            "d*num_layers",
                            "* 2",
                            "2 *",
                            "times 2",
                            "twice",
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
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * H_out)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * H_out)\n"
        "    h_n = (num_layers, batch, H_out)\n"
        "    c_n = (num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_tomasz_out_forget_directions",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis is H (or P) instead of D * H: the two directions are not "
                "concatenated",
                "must_mention": [
                    "out",
                    {
                        "any": [
                            "direction",
                            "bidirectional",
                            "num_layers * 2",
                            "2 * num_layers",
                            "num_layers * d",
                            "d * num_layers",
                            "l * d",
                            "d * l",
                            "num_layers*d",
                            "d*num_layers",
                            "* 2",
                            "2 *",
                            "times 2",
                            "twice",
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
        "    if batch_first:\n"
        "        out = (batch, seq_len, H_out)\n"
        "    else:\n"
        "        out = (seq_len, batch, H_out)\n"
        "    h_n = (D * num_layers, batch, H_out)\n"
        "    c_n = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_tomasz_out_no_D_states_batch_first",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis is H (or P) instead of D * H: the two directions are not "
                "concatenated",
                "must_mention": [
                    "out",
                    {
                        "any": [
                            "direction",
                            "bidirectional",
                            "num_layers * 2",
                            "2 * num_layers",
                            "num_layers * d",
                            "d * num_layers",
                            "l * d",
                            "d * l",
                            "num_layers*d",
                            "d*num_layers",
                            "* 2",
                            "2 *",
                            "times 2",
                            "twice",
                        ]
                    },
                ],
            },
            {
                "what": "with batch_first=True also puts the batch first in h_n and c_n (they are "
                "never batch first)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["h_n", "c_n", "state"]},
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
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, H_out)\n"
        "    else:\n"
        "        out = (seq_len, batch, H_out)\n"
        "    if batch_first:\n"
        "        h_n = (batch, D * num_layers, H_out)\n"
        "        c_n = (batch, D * num_layers, hidden_size)\n"
        "    else:\n"
        "        h_n = (D * num_layers, batch, H_out)\n"
        "        c_n = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_kwame_compact_ok",
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
        "    dirs = 1 + int(bidirectional)\n"
        "    h_size = proj_size or hidden_size\n"
        "    time_batch = (batch, seq_len) if batch_first else (seq_len, batch)\n"
        "    return {\n"
        '        "out": (*time_batch, dirs * h_size),\n'
        '        "h_n": (num_layers * dirs, batch, h_size),\n'
        '        "c_n": (num_layers * dirs, batch, hidden_size),\n'
        "    }\n",
    },
    {
        "id": "shapes_kwame_c_n_projected",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n's last axis uses proj_size: the cell state is never projected, it "
                "keeps hidden_size",
                "must_mention": ["c_n", {"any": ["proj", "hidden_size", "hidden size"]}],
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
        "    dirs = 1 + int(bidirectional)\n"
        "    h_size = proj_size or hidden_size\n"
        "    time_batch = (batch, seq_len) if batch_first else (seq_len, batch)\n"
        "    return {\n"
        '        "out": (*time_batch, dirs * h_size),\n'
        '        "h_n": (num_layers * dirs, batch, h_size),\n'
        '        "c_n": (num_layers * dirs, batch, h_size),\n'
        "    }\n",
    },
    {
        "id": "shapes_sofia_out_not_projected",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis uses hidden_size even with proj_size > 0: out holds the "
                "projected h_t, D * proj_size wide",
                "must_mention": ["out", {"any": ["proj"]}],
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
        "    dirs = 1 + int(bidirectional)\n"
        "    h_size = proj_size or hidden_size\n"
        "    time_batch = (batch, seq_len) if batch_first else (seq_len, batch)\n"
        "    return {\n"
        '        "out": (*time_batch, dirs * hidden_size),\n'
        '        "h_n": (num_layers * dirs, batch, h_size),\n'
        '        "c_n": (num_layers * dirs, batch, hidden_size),\n'
        "    }\n",
    },
    {
        "id": "shapes_kwame_c_n_projected_ignores_batch_first",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n's last axis uses proj_size: the cell state is never projected, it "
                "keeps hidden_size",
                "must_mention": ["c_n", {"any": ["proj", "hidden_size", "hidden size"]}],
            },
            {
                "what": "ignores batch_first for out: always (seq_len, batch, ...)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["out", "(batch, seq_len", "(b, t"]},
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
        "    dirs = 1 + int(bidirectional)\n"
        "    h_size = proj_size or hidden_size\n"
        "    time_batch = (seq_len, batch)   # nn.LSTM's layout\n"
        "    return {\n"
        '        "out": (*time_batch, dirs * h_size),\n'
        '        "h_n": (num_layers * dirs, batch, h_size),\n'
        '        "c_n": (num_layers * dirs, batch, h_size),\n'
        "    }\n",
    },
    {
        "id": "shapes_aiko_lists_then_tuples_ok",
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
        "    num_directions = 2 if bidirectional else 1\n"
        "    # size of h_t after the optional projection\n"
        "    if proj_size > 0:\n"
        "        h_features = proj_size\n"
        "    else:\n"
        "        h_features = hidden_size\n"
        "    # out holds the last layer's h_t for every step, both directions side by side\n"
        "    out_shape = [seq_len, batch, num_directions * h_features]\n"
        "    if batch_first:\n"
        "        out_shape[0], out_shape[1] = out_shape[1], out_shape[0]\n"
        "    # final states: one row per layer and direction\n"
        "    h_n_shape = [num_layers * num_directions, batch, h_features]\n"
        "    c_n_shape = [num_layers * num_directions, batch, hidden_size]   # c is never "
        "projected\n"
        '    return {"out": tuple(out_shape), "h_n": tuple(h_n_shape), "c_n": '
        "tuple(c_n_shape)}\n",
    },
    {
        "id": "shapes_hannah_states_batch_first",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True swaps the first two axes of h_n and c_n too (they "
                "are never batch first)",
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
        "    num_directions = 2 if bidirectional else 1\n"
        "    # size of h_t after the optional projection\n"
        "    if proj_size > 0:\n"
        "        h_features = proj_size\n"
        "    else:\n"
        "        h_features = hidden_size\n"
        "    # out holds the last layer's h_t for every step, both directions side by side\n"
        "    out_shape = [seq_len, batch, num_directions * h_features]\n"
        "    if batch_first:\n"
        "        out_shape[0], out_shape[1] = out_shape[1], out_shape[0]\n"
        "    # final states: one row per layer and direction\n"
        "    h_n_shape = [num_layers * num_directions, batch, h_features]\n"
        "    c_n_shape = [num_layers * num_directions, batch, hidden_size]   # c is never "
        "projected\n"
        "    if batch_first:\n"
        "        h_n_shape[0], h_n_shape[1] = h_n_shape[1], h_n_shape[0]\n"
        "        c_n_shape[0], c_n_shape[1] = c_n_shape[1], c_n_shape[0]\n"
        '    return {"out": tuple(out_shape), "h_n": tuple(h_n_shape), "c_n": '
        "tuple(c_n_shape)}\n",
    },
    {
        "id": "shapes_lena_out_ignores_batch_first",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "never swaps out's first two axes: batch_first is ignored for out",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["out", "(batch, seq_len", "(b, t"]},
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
        "    num_directions = 2 if bidirectional else 1\n"
        "    # size of h_t after the optional projection\n"
        "    if proj_size > 0:\n"
        "        h_features = proj_size\n"
        "    else:\n"
        "        h_features = hidden_size\n"
        "    # out holds the last layer's h_t for every step, both directions side by side\n"
        "    out_shape = [seq_len, batch, num_directions * h_features]\n"
        "    # nn.LSTM works time-major inside\n"
        "    # final states: one row per layer and direction\n"
        "    h_n_shape = [num_layers * num_directions, batch, h_features]\n"
        "    c_n_shape = [num_layers * num_directions, batch, hidden_size]   # c is never "
        "projected\n"
        '    return {"out": tuple(out_shape), "h_n": tuple(h_n_shape), "c_n": '
        "tuple(c_n_shape)}\n",
    },
    {
        "id": "shapes_mei_returns_lists",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the shapes as lists instead of tuples",
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
        "    num_directions = 2 if bidirectional else 1\n"
        "    # size of h_t after the optional projection\n"
        "    if proj_size > 0:\n"
        "        h_features = proj_size\n"
        "    else:\n"
        "        h_features = hidden_size\n"
        "    # out holds the last layer's h_t for every step, both directions side by side\n"
        "    out_shape = [seq_len, batch, num_directions * h_features]\n"
        "    if batch_first:\n"
        "        out_shape[0], out_shape[1] = out_shape[1], out_shape[0]\n"
        "    # final states: one row per layer and direction\n"
        "    h_n_shape = [num_layers * num_directions, batch, h_features]\n"
        "    c_n_shape = [num_layers * num_directions, batch, hidden_size]   # c is never "
        "projected\n"
        '    return {"out": out_shape, "h_n": h_n_shape, "c_n": c_n_shape}\n',
    },
    {
        "id": "shapes_jamal_proj_is_none",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "tests `proj_size is None` but the default is 0: without projection h is "
                "given 0 features (out and h_n end in 0)",
                "must_mention": [
                    {"any": ["proj"]},
                    {
                        "any": [
                            "proj_size=0",
                            "proj_size = 0",
                            "zero",
                            "none",
                            "default",
                            "no projection",
                            "without projection",
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
        "    real_h = hidden_size if proj_size is None else proj_size\n"
        "    T_B = [seq_len, batch]\n"
        "    if batch_first:\n"
        "        T_B.reverse()\n"
        '    return {"out": tuple(T_B) + (D * real_h,),\n'
        '            "h_n": (num_layers * D, batch, real_h),\n'
        '            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shapes_dmitri_dict_ok",
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
        "    n_dir = 2 if bidirectional else 1\n"
        "    feat = hidden_size if not proj_size else proj_size\n"
        "    out = (seq_len, batch, n_dir * feat)\n"
        "    if batch_first:\n"
        "        out = (out[1], out[0], out[2])\n"
        "    h_n = (num_layers * n_dir, batch, feat)\n"
        "    c_n = (num_layers * n_dir, batch, hidden_size)\n"
        "    return dict(out=out, h_n=h_n, c_n=c_n)\n",
    },
    {
        "id": "shapes_dmitri_directions_on_feature_axis",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "counts the directions on the feature axis of h_n/c_n (num_layers, B, D*H) "
                "like out, instead of on the first axis (num_layers*D, B, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n", "state"]},
                    {
                        "any": [
                            "direction",
                            "first axis",
                            "first dim",
                            "num_layers * d",
                            "d * num_layers",
                            "num_layers * 2",
                            "2 * num_layers",
                            "last axis",
                            "feature",
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
        "    n_dir = 2 if bidirectional else 1\n"
        "    feat = hidden_size if not proj_size else proj_size\n"
        "    out = (seq_len, batch, n_dir * feat)\n"
        "    if batch_first:\n"
        "        out = (out[1], out[0], out[2])\n"
        "    h_n = (num_layers, batch, n_dir * feat)   # directions side by side, like out\n"
        "    c_n = (num_layers, batch, n_dir * hidden_size)\n"
        "    return dict(out=out, h_n=h_n, c_n=c_n)\n",
    },
    {
        "id": "bl_ok_lukas_flip_reuse",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
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
        "    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    # backward: feed the sequence reversed, then reverse its outputs again\n"
        "    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out_b = out_b[::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_ok_priya_gatewise_loops",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def _step(x_t, h, c, params):\n"
        '    """one step, gate by gate (rows k*H:(k+1)*H of the stacked weights)"""\n'
        "    W_ih, W_hh, b_ih, b_hh = params\n"
        "    H = h.shape[1]\n"
        "\n"
        "    def pre(k):\n"
        "        r = slice(k * H, (k + 1) * H)\n"
        "        return x_t @ W_ih[r].T + b_ih[r] + h @ W_hh[r].T + b_hh[r]\n"
        "\n"
        "    i_gate = sigmoid(pre(0))\n"
        "    f_gate = sigmoid(pre(1))\n"
        "    g_cand = np.tanh(pre(2))\n"
        "    o_gate = sigmoid(pre(3))\n"
        "    c_new = f_gate * c + i_gate * g_cand\n"
        "    return o_gate * np.tanh(c_new), c_new\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "\n"
        "    # forward direction, t = 0 .. T-1\n"
        "    h_f, c_f = h0[0].copy(), c0[0].copy()\n"
        "    for t in range(T):\n"
        "        h_f, c_f = _step(x[t], h_f, c_f, fwd)\n"
        "        out[t, :, :H] = h_f\n"
        "\n"
        "    # reverse direction, t = T-1 .. 0, with its own weights and initial state (row "
        "1)\n"
        "    h_r, c_r = h0[1].copy(), c0[1].copy()\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h_r, c_r = _step(x[t], h_r, c_r, bwd)\n"
        "        out[t, :, H:] = h_r\n"
        "\n"
        "    h_n = np.stack([h_f, h_r], axis=0)\n"
        "    c_n = np.stack([c_f, c_r], axis=0)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_ok_oliver_functional",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
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
        "    run = lambda seq, d, p: lstm_layer(seq, h0[d], c0[d], *p)\n"
        "    of, (hf, cf) = run(x, 0, fwd)\n"
        "    ob, (hb, cb) = run(np.flip(x, axis=0), 1, bwd)\n"
        "    out = np.dstack((of, np.flip(ob, axis=0)))   # dstack = concat on the last axis "
        "for 3-D\n"
        "    return out, (np.array([hf, hb]), np.array([cf, cb]))\n",
    },
    {
        "id": "bl_tomas_no_unflip",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are left in reversed time order (not "
                "flipped back), so out[t, :, H:] holds the reverse state at step T-1-t",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["flip", "order", "position", "un-revers", "back to"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
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
        "    # forward LSTM\n"
        "    out_forward, (h_forward, c_forward) = lstm_layer(x, h0[0], c0[0], fwd[0], fwd[1], "
        "fwd[2], fwd[3])\n"
        "    # backward LSTM reads the sequence from the end\n"
        "    x_reversed = x[::-1]\n"
        "    out_backward, (h_backward, c_backward) = lstm_layer(x_reversed, h0[1], c0[1], "
        "bwd[0], bwd[1], bwd[2], bwd[3])\n"
        "    # put the two next to each other\n"
        "    out = np.concatenate((out_forward, out_backward), axis=2)\n"
        "    h_n = np.stack((h_forward, h_backward))\n"
        "    c_n = np.stack((c_forward, c_backward))\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_kwame_init_from_forward",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from the forward direction's initial state "
                "h0[0], c0[0] instead of row 1",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "start"]},
                    {"any": ["reverse", "backward", "row 1", "[1]"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    Wf_ih, Wf_hh, bf_ih, bf_hh = fwd\n"
        "    Wb_ih, Wb_hh, bb_ih, bb_hh = bwd\n"
        "    hf = h0[0]; cf = c0[0]\n"
        "    hb = h0[0]; cb = c0[0]   # both directions start from the initial state\n"
        "    fwd_outs = [None] * T\n"
        "    bwd_outs = [None] * T\n"
        "    for t in range(T):\n"
        "        hf, cf = lstm_cell(x[t], hf, cf, Wf_ih, Wf_hh, bf_ih, bf_hh)\n"
        "        fwd_outs[t] = hf\n"
        "        s = T - 1 - t\n"
        "        hb, cb = lstm_cell(x[s], hb, cb, Wb_ih, Wb_hh, bb_ih, bb_hh)\n"
        "        bwd_outs[s] = hb\n"
        "    out = np.concatenate([np.array(fwd_outs), np.array(bwd_outs)], axis=2)\n"
        "    return out, (np.array([hf, hb]), np.array([cf, cb]))\n",
    },
    {
        "id": "bl_mei_stack_new_axis",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the two directions' outputs are stacked on a new axis, giving (T, B, 2, "
                "H), instead of concatenated to (T, B, 2H)",
                "must_mention": [
                    {"any": ["shape"]},
                    {"any": ["concat", "stack", "axis", "dimension", "2H", "2 * H", "2*H"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
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
        "    outs_f, (hT_f, cT_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    outs_b_rev, (hT_b, cT_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    outs_b = outs_b_rev[::-1]\n"
        "    # out[t] = [h_fwd, h_bwd]  -> stack the two directions side by side\n"
        "    out = np.stack([outs_f, outs_b], axis=2)\n"
        "    return out, (np.stack([hT_f, hT_b]), np.stack([cT_f, cT_b]))\n",
    },
    {
        "id": "bl_hana_hn_from_out_last",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n's reverse row is taken from out[-1, :, H:] (the reverse direction's "
                "first step, after x_{T-1} only) instead of its final state after x_0 "
                "(out[0, :, H:])",
                "must_mention": [
                    "h_n",
                    {"any": ["reverse", "backward", "[1]"]},
                    {
                        "any": [
                            "x_0",
                            "step 0",
                            "out[0",
                            "first step",
                            "last step",
                            "T-1",
                            "T - 1",
                            "after x",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
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
        "    H = h0.shape[-1]\n"
        "    out_f, (_, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (_, c_b) = lstm_layer(x[::-1].copy(), h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=-1)\n"
        "    # final hidden states = last time step of out, for both directions\n"
        "    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n"
        "    c_n = np.stack([c_f, c_b])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_yusuf_fwd_weights_twice",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction is run with the forward direction's weights (fwd) "
                "instead of bwd",
                "must_mention": [
                    {"any": ["weight", "fwd", "bwd", "parameter"]},
                    {"any": ["reverse", "backward"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
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
        "    o1, (h1, c1) = lstm_layer(x, h0[0], c0[0], W_ih_f, W_hh_f, b_ih_f, b_hh_f)\n"
        "    o2, (h2, c2) = lstm_layer(x[::-1], h0[1], c0[1], W_ih_f, W_hh_f, b_ih_f, b_hh_f)\n"
        "    o2 = o2[::-1]\n"
        "    out = np.concatenate([o1, o2], 2)\n"
        "    return out, (np.stack([h1, h2]), np.stack([c1, c2]))\n",
    },
    {
        "id": "bl_ben_halves_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out puts the reverse direction's half first: [h_bwd, h_fwd] instead of "
                "[h_fwd, h_bwd]",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "first half",
                            "halves",
                            "exchang",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
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
        "    forward_out, forward_state = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    backward_out, backward_state = lstm_layer(np.flip(x, 0), h0[1], c0[1], *bwd)\n"
        "    backward_out = np.flip(backward_out, 0)\n"
        "    # the context from the right, then from the left\n"
        "    out = np.concatenate([backward_out, forward_out], axis=2)   # (T, B, 2H)\n"
        "    h_n = np.stack([forward_state[0], backward_state[0]])\n"
        "    c_n = np.stack([forward_state[1], backward_state[1]])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_arjun_hn_concatenated",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are returned as (B, 2H), the two final states concatenated, "
                "instead of stacked to (2, B, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["shape", "(2, B, H)", "stack", "concat"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
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
        "    fwd_h, (next_h_f, next_c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    bwd_h, (next_h_b, next_c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate((fwd_h, bwd_h[::-1]), axis=2)\n"
        "    # final states side by side, ready for a classifier\n"
        "    h_n = np.concatenate((next_h_f, next_h_b), axis=1)\n"
        "    c_n = np.concatenate((next_c_f, next_c_b), axis=1)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_sofia_reverse_reads_forward",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction is fed x in forward order (only its outputs are "
                "flipped), so it never reads x_{T-1} .. x_0 backwards",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["input", "read", "x[::-1]", "flip", "order", "x_{T-1}"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
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
        "    fwd_out, (fwd_h, fwd_c) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    rev_out, (rev_h, rev_c) = lstm_layer(x, h0[1], c0[1], *bwd)   # run reverse LSTM\n"
        "    rev_out = rev_out[::-1]                                        # reverse "
        "direction: flip time\n"
        "    out = np.concatenate([fwd_out, rev_out], axis=-1)\n"
        "    return out, (np.stack([fwd_h, rev_h]), np.stack([fwd_c, rev_c]))\n",
    },
    {
        "id": "bl_fatima_flat_triple",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a flat triple (out, h_n, c_n) instead of (out, (h_n, c_n))",
                "must_mention": [
                    {
                        "any": [
                            "tuple",
                            "pair",
                            "nested",
                            "(h_n, c_n)",
                            "three",
                            "3 ",
                            "structure",
                            "return",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
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
        "    # forward\n"
        "    y_f, (hn_f, cn_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    # backward (time-reversed)\n"
        "    y_b, (hn_b, cn_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    y_b = y_b[::-1]\n"
        "    out = np.concatenate([y_f, y_b], axis=2)\n"
        "    h_n = np.stack([hn_f, hn_b])\n"
        "    c_n = np.stack([cn_f, cn_b])\n"
        "    return out, h_n, c_n\n",
    },
    {
        "id": "bl_yusuf_state_aliases_h0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the state arrays are the caller's h0 and c0 (h, c = h0, c0) updated row "
                "by row in place, so the function overwrites its inputs h0 and c0",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "mutat",
                            "overwr",
                            "unchanged",
                            "changes the",
                            "changed",
                        ]
                    },
                    {"any": ["h0", "c0", "input", "argument"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.empty((T, B, 2 * H))\n"
        "    h, c = h0, c0            # (2, B, H): row 0 forward, row 1 backward\n"
        "    for t in range(T):\n"
        "        h[0], c[0] = lstm_cell(x[t], h[0], c[0], *fwd)\n"
        "        out[t, :, :H] = h[0]\n"
        "    for t in reversed(range(T)):\n"
        "        h[1], c[1] = lstm_cell(x[t], h[1], c[1], *bwd)\n"
        "        out[t, :, H:] = h[1]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "bl_sofia_skips_step0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse loop range(T - 1, 0, -1) stops before t = 0: the reverse "
                "direction never reads x_0, out[0, :, H:] stays zero and h_n[1], c_n[1] "
                "are the state after x_1",
                "must_mention": [
                    {
                        "any": [
                            "x_0",
                            "step 0",
                            "t = 0",
                            "t=0",
                            "out[0",
                            "off-by-one",
                            "off by one",
                            "first step",
                            "never read",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        "        out[t, :, :H] = h\n"
        "    hr, cr = h0[1], c0[1]\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        hr, cr = lstm_cell(x[t], hr, cr, *bwd)\n"
        "        out[t, :, H:] = hr\n"
        "    return out, (np.stack([h, hr]), np.stack([c, cr]))\n",
    },
    {
        "id": "bl2_fatima_noflip_initfwd",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are not flipped back to time order",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["flip", "order", "position", "un-revers", "back to"]},
                ],
            },
            {
                "what": "the reverse direction starts from h0[0], c0[0] (the forward row) instead "
                "of h0[1], c0[1]",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "start"]},
                    {"any": ["reverse", "backward", "row 1", "[1]"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
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
        "    y_f, (hn_f, cn_f) = lstm_layer(x, h_init, c_init, *fwd)\n"
        "    y_b, (hn_b, cn_b) = lstm_layer(x[::-1], h_init, c_init, *bwd)\n"
        "    out = np.concatenate([y_f, y_b], axis=2)\n"
        "    return out, (np.stack([hn_f, hn_b]), np.stack([cn_f, cn_b]))\n",
    },
    {
        "id": "bl2_arjun_hnlast_fwdweights",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n's reverse row is out[-1, :, H:] (after x_{T-1} only) instead of the "
                "reverse direction's final state after x_0",
                "must_mention": [
                    "h_n",
                    {"any": ["reverse", "backward", "[1]"]},
                    {
                        "any": [
                            "x_0",
                            "step 0",
                            "out[0",
                            "first step",
                            "last step",
                            "T-1",
                            "T - 1",
                            "after x",
                        ]
                    },
                ],
            },
            {
                "what": "the reverse direction uses the forward weights fwd instead of bwd",
                "must_mention": [
                    {"any": ["weight", "fwd", "bwd", "parameter"]},
                    {"any": ["reverse", "backward"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
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
        "    H = h0.shape[2]\n"
        "    Wx, Wh, bx, bh = fwd\n"
        "    h_fwd, (_, next_c_f) = lstm_layer(x, h0[0], c0[0], Wx, Wh, bx, bh)\n"
        "    Wx, Wh, bx, bh = fwd\n"
        "    h_bwd, (_, next_c_b) = lstm_layer(x[::-1], h0[1], c0[1], Wx, Wh, bx, bh)\n"
        "    out = np.concatenate((h_fwd, h_bwd[::-1]), axis=2)\n"
        "    h_n = np.stack((out[-1, :, :H], out[-1, :, H:]))\n"
        "    c_n = np.stack((next_c_f, next_c_b))\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl2_yusuf_swap_and_alias",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out has the halves in the wrong order: reverse half first",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "first half",
                            "halves",
                            "exchang",
                            "wrong half",
                            "other half",
                        ]
                    }
                ],
            },
            {
                "what": "h0 and c0 are updated in place (h, c = h0, c0 then h[d] = ...), changing "
                "the caller's arrays",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "mutat",
                            "overwr",
                            "unchanged",
                            "changes the",
                            "changed",
                        ]
                    },
                    {"any": ["h0", "c0", "input", "argument"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.empty((T, B, 2 * H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h[0], c[0] = lstm_cell(x[t], h[0], c[0], *fwd)\n"
        "        out[t, :, H:] = h[0]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h[1], c[1] = lstm_cell(x[t], h[1], c[1], *bwd)\n"
        "        out[t, :, :H] = h[1]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "bl2_ben_readsfwd_hncat",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction reads x in forward order; only its outputs are "
                "flipped",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["input", "read", "x[::-1]", "flip", "order", "x_{T-1}"]},
                ],
            },
            {
                "what": "h_n and c_n are concatenated to (B, 2H) instead of stacked to (2, B, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["shape", "(2, B, H)", "stack", "concat"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
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
        "    left_to_right, (hl, cl) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    right_to_left, (hr, cr) = lstm_layer(x, h0[1], c0[1], *bwd)\n"
        "    right_to_left = np.flip(right_to_left, axis=0)\n"
        "    out = np.concatenate([left_to_right, right_to_left], axis=2)\n"
        "    h_n = np.hstack([hl, hr])\n"
        "    c_n = np.hstack([cl, cr])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "cb_ok_arjun_cs231n",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # --- forward again, keep a cache like in cs231n ---\n"
        "    N, H = h.shape\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    ai, af, ag, ao = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "    i = sigmoid(ai); f = sigmoid(af); g = np.tanh(ag); o = sigmoid(ao)\n"
        "    next_c = f * c + i * g\n"
        "    tanh_c = np.tanh(next_c)\n"
        "    cache = (x, h, c, i, f, g, o, tanh_c)\n"
        "\n"
        "    # --- backward ---\n"
        "    x, prev_h, prev_c, i, f, g, o, tanh_c = cache\n"
        "    dnext_h, dnext_c = dh_next, dc_next\n"
        "    dnext_c_total = dnext_c + dnext_h * o * (1 - tanh_c ** 2)\n"
        "    di = dnext_c_total * g\n"
        "    df = dnext_c_total * prev_c\n"
        "    dg = dnext_c_total * i\n"
        "    do = dnext_h * tanh_c\n"
        "    dprev_c = dnext_c_total * f\n"
        "    dai = di * i * (1 - i)\n"
        "    daf = df * f * (1 - f)\n"
        "    dag = dg * (1 - g ** 2)\n"
        "    dao = do * o * (1 - o)\n"
        "    da = np.hstack((dai, daf, dag, dao))   # (N, 4H)\n"
        "    dx = da @ W_ih\n"
        "    dprev_h = da @ W_hh\n"
        "    dWx = x.T @ da          # (I, 4H)  cs231n layout\n"
        "    dWh = prev_h.T @ da     # (H, 4H)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": dx, "h": dprev_h, "c": dprev_c,\n'
        '            "W_ih": dWx.T, "W_hh": dWh.T, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_ok_priya_gatewise",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    blocks = [slice(k * H, (k + 1) * H) for k in range(4)]   # i, f, g, o\n"
        "    W_xi, W_xf, W_xg, W_xo = (W_ih[r] for r in blocks)\n"
        "    W_hi, W_hf, W_hg, W_ho = (W_hh[r] for r in blocks)\n"
        "    b = b_ih + b_hh\n"
        "    # forward, one gate at a time\n"
        "    i_t = sigmoid(x @ W_xi.T + h @ W_hi.T + b[blocks[0]])\n"
        "    f_t = sigmoid(x @ W_xf.T + h @ W_hf.T + b[blocks[1]])\n"
        "    g_t = np.tanh(x @ W_xg.T + h @ W_hg.T + b[blocks[2]])\n"
        "    o_t = sigmoid(x @ W_xo.T + h @ W_ho.T + b[blocks[3]])\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    tc = np.tanh(c_t)\n"
        "    # backward\n"
        "    delta_c = dc_next + dh_next * o_t * (1.0 - tc ** 2)\n"
        "    d_i = delta_c * g_t * i_t * (1.0 - i_t)\n"
        "    d_f = delta_c * c * f_t * (1.0 - f_t)\n"
        "    d_g = delta_c * i_t * (1.0 - g_t ** 2)\n"
        "    d_o = dh_next * tc * o_t * (1.0 - o_t)\n"
        '    grads = {"x": np.zeros_like(x), "h": np.zeros_like(h), "c": delta_c * f_t,\n'
        '             "W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh)}\n'
        "    for r, d in zip(blocks, (d_i, d_f, d_g, d_o)):\n"
        '        grads["x"] += d @ W_ih[r]\n'
        '        grads["h"] += d @ W_hh[r]\n'
        '        grads["W_ih"][r] = d.T @ x\n'
        '        grads["W_hh"][r] = d.T @ h\n'
        '    grads["b_ih"] = np.concatenate([d_i.sum(0), d_f.sum(0), d_g.sum(0), d_o.sum(0)])\n'
        '    grads["b_hh"] = grads["b_ih"].copy()\n'
        "    return grads\n",
    },
    {
        "id": "cb_ok_oliver_einsum",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        '    a = np.einsum("bi,ki->bk", x, W_ih) + np.einsum("bh,kh->bk", h, W_hh) + b_ih + '
        "b_hh\n"
        "    i, f, o = (sigmoid(a[:, k * H:(k + 1) * H]) for k in (0, 1, 3))\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        "    return {\n"
        '        "x": np.einsum("bk,ki->bi", da, W_ih),\n'
        '        "h": np.einsum("bk,kh->bh", da, W_hh),\n'
        '        "c": dc * f,\n'
        '        "W_ih": np.einsum("bk,bi->ki", da, x),\n'
        '        "W_hh": np.einsum("bk,bh->kh", da, h),\n'
        '        "b_ih": np.einsum("bk->k", da),\n'
        '        "b_hh": np.einsum("bk->k", da),\n'
        "    }\n",
    },
    {
        "id": "cb_ok_lukas_tanh_sigmoid",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def _sig(z):\n"
        "    # sigma(z) = (1 + tanh(z/2)) / 2 : never overflows\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    pre = np.split(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh, 4, axis=1)\n"
        "    i, f, g, o = [fn(p) for fn, p in zip((_sig, _sig, np.tanh, _sig), pre)]\n"
        "    th = np.tanh(f * c + i * g)\n"
        "    dC = dc_next + dh_next * o * (1 - th * th)\n"
        '    local = {"i": dC * g * i * (1 - i), "f": dC * c * f * (1 - f),\n'
        '             "g": dC * i * (1 - g * g), "o": dh_next * th * o * (1 - o)}\n'
        '    dA = np.concatenate([local[k] for k in "ifgo"], axis=1)\n'
        '    grads = {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC * f,\n'
        '             "W_ih": dA.T @ x, "W_hh": dA.T @ h}\n'
        '    grads.update({k: dA.sum(axis=0) for k in ("b_ih", "b_hh")})\n'
        "    return grads\n",
    },
    {
        "id": "cb_fatima_tanh_deriv_of_c",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the derivative of tanh(c_t) is written 1 - c_t**2 (from c_t itself) "
                "instead of 1 - tanh(c_t)**2",
                "must_mention": [
                    "tanh",
                    {
                        "any": [
                            "deriv",
                            "1 - c",
                            "1-c",
                            "c**2",
                            "c_t**2",
                            "c²",
                            "c_t²",
                            "squared",
                            "tau",
                            "τ",
                            "c_t ** 2",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n"
        "    c_new = f * c + i * g\n"
        "    # h = o * tanh(c_new)  =>  dh/dc_new = o * tanh'(c_new) = o * (1 - c_new^2)\n"
        "    dc_tot = dc_next + dh_next * o * (1 - c_new ** 2)\n"
        "    dzi = dc_tot * g * i * (1 - i)\n"
        "    dzf = dc_tot * c * f * (1 - f)\n"
        "    dzg = dc_tot * i * (1 - g ** 2)\n"
        "    dzo = dh_next * np.tanh(c_new) * o * (1 - o)\n"
        "    dz = np.concatenate([dzi, dzf, dzg, dzo], axis=1)\n"
        "    db = dz.sum(axis=0)\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dc_tot * f,\n'
        '            "W_ih": dz.T @ x, "W_hh": dz.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_fatima2_sigmoid_deriv_preact",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the sigmoid derivative of the i, f and o gates is computed from the "
                "pre-activations (a*(1-a)) instead of the gate values (σ(a)(1-σ(a)))",
                "must_mention": [
                    {"any": ["sigmoid", "σ", "sigma"]},
                    {
                        "any": [
                            "pre-activation",
                            "preactivation",
                            "pre activation",
                            "deriv",
                            "σ'",
                            "a(1",
                            "a*(1",
                            "a_",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def dsigmoid(a):\n"
        "    return a * (1 - a)\n"
        "\n"
        "\n"
        "def dtanh(a):\n"
        "    return 1 - np.tanh(a) ** 2\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    dc_t = dc_next + dh_next * o * dtanh(c_t)\n"
        "    da_i = dc_t * g * dsigmoid(a_i)\n"
        "    da_f = dc_t * c * dsigmoid(a_f)\n"
        "    da_g = dc_t * i * dtanh(a_g)\n"
        "    da_o = dh_next * np.tanh(c_t) * dsigmoid(a_o)\n"
        "    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_hana_dWx_cs231n_layout",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "W_ih's and W_hh's gradients are returned in the CS231n layout x.T @ da, "
                "(I, 4H) and (H, 4H), i.e. transposed with respect to W_ih (4H, I) and "
                "W_hh (4H, H)",
                "must_mention": [{"any": ["W_ih", "W_hh"]}, {"any": ["shape", "transpos"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # karpathy / cs231n style\n"
        "    H = h.shape[1]\n"
        "    ifgo = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(ifgo[:, :H])\n"
        "    f = sigmoid(ifgo[:, H:2 * H])\n"
        "    g = np.tanh(ifgo[:, 2 * H:3 * H])\n"
        "    o = sigmoid(ifgo[:, 3 * H:])\n"
        "    ct = f * c + i * g\n"
        "    tct = np.tanh(ct)\n"
        "    dct = dc_next + dh_next * o * (1 - tct ** 2)\n"
        "    dIFGO = np.zeros_like(ifgo)\n"
        "    dIFGO[:, :H] = dct * g * i * (1 - i)\n"
        "    dIFGO[:, H:2 * H] = dct * c * f * (1 - f)\n"
        "    dIFGO[:, 2 * H:3 * H] = dct * i * (1 - g ** 2)\n"
        "    dIFGO[:, 3 * H:] = dh_next * tct * o * (1 - o)\n"
        "    dWx = x.T @ dIFGO\n"
        "    dWh = h.T @ dIFGO\n"
        "    db = np.sum(dIFGO, axis=0)\n"
        '    return {"x": dIFGO @ W_ih, "h": dIFGO @ W_hh, "c": dct * f,\n'
        '            "W_ih": dWx, "W_hh": dWh, "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb_kwame_block_dh_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient to h_{t-1} uses each gate's square block of W_hh transposed "
                "(d_k @ W_hh[block].T instead of d_k @ W_hh[block])",
                "must_mention": [
                    {"any": ["transpos", ".T"]},
                    {"any": ["W_hh", "W_h", "recurrent", '"h"', "h_{t-1}", "dh", "δh"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    gate = {}\n"
        '    for k, name in enumerate(["i", "f", "g", "o"]):\n'
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        gate[name] = x @ W_ih[rows].T + h @ W_hh[rows].T + b_ih[rows] + b_hh[rows]\n"
        '    i = sigmoid(gate["i"]); f = sigmoid(gate["f"]); g = np.tanh(gate["g"]); o = '
        'sigmoid(gate["o"])\n'
        "    c_t = f * c + i * g\n"
        "    T_c = np.tanh(c_t)\n"
        "    dC = dc_next + dh_next * o * (1 - T_c ** 2)\n"
        '    dpre = {"i": dC * g * i * (1 - i), "f": dC * c * f * (1 - f),\n'
        '            "g": dC * i * (1 - g ** 2), "o": dh_next * T_c * o * (1 - o)}\n'
        "    dx = np.zeros(x.shape)\n"
        "    dh = np.zeros(h.shape)\n"
        "    dW_ih = np.zeros(W_ih.shape)\n"
        "    dW_hh = np.zeros(W_hh.shape)\n"
        "    db = np.zeros(4 * H)\n"
        '    for k, name in enumerate(["i", "f", "g", "o"]):\n'
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        d = dpre[name]\n"
        "        dx = dx + d @ W_ih[rows]\n"
        "        dh = dh + d @ W_hh[rows].T       # W_hh block is H x H\n"
        "        dW_ih[rows] = d.T @ x\n"
        "        dW_hh[rows] = d.T @ h\n"
        "        db[rows] = d.sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": dC * f, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_tomas_db_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the bias gradients are averaged over the batch (mean) instead of summed",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {
                        "any": [
                            "mean",
                            "average",
                            "divid",
                            "/ B",
                            "1/B",
                            "batch size",
                            "sum over the batch",
                            "summed over the batch",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    # forward pass again\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    input_gate = sigmoid(gates[:, 0:H])\n"
        "    forget_gate = sigmoid(gates[:, H:2 * H])\n"
        "    candidate = np.tanh(gates[:, 2 * H:3 * H])\n"
        "    output_gate = sigmoid(gates[:, 3 * H:4 * H])\n"
        "    new_c = forget_gate * c + input_gate * candidate\n"
        "    # backward pass\n"
        "    d_new_c = dc_next + dh_next * output_gate * (1 - np.tanh(new_c) ** 2)\n"
        "    d_input = d_new_c * candidate * input_gate * (1 - input_gate)\n"
        "    d_forget = d_new_c * c * forget_gate * (1 - forget_gate)\n"
        "    d_candidate = d_new_c * input_gate * (1 - candidate ** 2)\n"
        "    d_output = dh_next * np.tanh(new_c) * output_gate * (1 - output_gate)\n"
        "    d_gates = np.concatenate([d_input, d_forget, d_candidate, d_output], axis=1)\n"
        "    result = {}\n"
        '    result["x"] = d_gates @ W_ih\n'
        '    result["h"] = d_gates @ W_hh\n'
        '    result["c"] = d_new_c * forget_gate\n'
        '    result["W_ih"] = d_gates.T @ x\n'
        '    result["W_hh"] = d_gates.T @ h\n'
        '    result["b_ih"] = np.mean(d_gates, axis=0)   # average over the batch\n'
        '    result["b_hh"] = np.mean(d_gates, axis=0)\n'
        "    return result\n",
    },
    {
        "id": "cb_ben_db_axis1",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the bias gradients are summed over axis 1 (the gate units) instead of "
                "axis 0 (the batch), giving shape (B,) instead of (4H,)",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {"any": ["axis", "shape", "(4H,)", "batch"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    A = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    I_, F_, G_, O_ = sigmoid(A[:, :H]), sigmoid(A[:, H:2 * H]), np.tanh(A[:, 2 * H:3 "
        "* H]), sigmoid(A[:, 3 * H:])\n"
        "    C = F_ * c + I_ * G_\n"
        "    tC = np.tanh(C)\n"
        "    dC = dc_next + dh_next * O_ * (1 - tC ** 2)\n"
        "    dA = np.hstack([dC * G_ * I_ * (1 - I_), dC * c * F_ * (1 - F_), dC * I_ * (1 - "
        "G_ ** 2), dh_next * tC * O_ * (1 - O_)])\n"
        "    dB = dA.sum(axis=1)\n"
        '    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC * F_,\n'
        '            "W_ih": dA.T @ x, "W_hh": dA.T @ h, "b_ih": dB, "b_hh": dB}\n',
    },
    {
        "id": "cb_mei_dc_prev_no_forget",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient to c_{t-1} is returned as δc_t without the factor f_t "
                "(forget gate)",
                "must_mention": [{"any": ["forget", "f_t", "⊙ f", "* f", "times f", "factor f"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    s = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(s[:, :H]); f = sigmoid(s[:, H:2 * H])\n"
        "    g = np.tanh(s[:, 2 * H:3 * H]); o = sigmoid(s[:, 3 * H:])\n"
        "    cn = f * c + i * g\n"
        "    tn = np.tanh(cn)\n"
        "    delta_c = dc_next + dh_next * o * (1 - tn ** 2)\n"
        "    ds = np.concatenate([delta_c * g * i * (1 - i), delta_c * c * f * (1 - f),\n"
        "                         delta_c * i * (1 - g ** 2), dh_next * tn * o * (1 - o)], "
        "axis=1)\n"
        '    # c_{t-1} -> c_t is an identity path (the "constant error carousel")\n'
        "    dc_prev = delta_c\n"
        '    return {"x": ds @ W_ih, "h": ds @ W_hh, "c": dc_prev, "W_ih": ds.T @ x,\n'
        '            "W_hh": ds.T @ h, "b_ih": ds.sum(0), "b_hh": ds.sum(0)}\n',
    },
    {
        "id": "cb_lukas_dc_without_dh_path",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t leaves out the path through h_t: it is dc_next alone, without + "
                "dh_next * o_t * (1 - tanh²(c_t))",
                "must_mention": [
                    {"any": ["δc", "dc", "cell", "c_t", '"c"']},
                    {
                        "any": [
                            "h_t",
                            "dh",
                            "∂L/∂h",
                            "dL/dh",
                            "o_t",
                            "output gate",
                            "through h",
                            "δh",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    pre = np.split(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh, 4, axis=1)\n"
        "    i, f, g, o = [fn(p) for fn, p in zip((_sig, _sig, np.tanh, _sig), pre)]\n"
        "    th = np.tanh(f * c + i * g)\n"
        "    dC = dc_next\n"
        "    dA = np.concatenate([dC * g * i * (1 - i), dC * c * f * (1 - f),\n"
        "                         dC * i * (1 - g * g), dh_next * th * o * (1 - o)], axis=1)\n"
        '    out = {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC * f, "W_ih": dA.T @ x, "W_hh": '
        "dA.T @ h}\n"
        '    out.update({k: dA.sum(axis=0) for k in ("b_ih", "b_hh")})\n'
        "    return out\n",
    },
    {
        "id": "cb_arjun2_cache_unpacked_wrong",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the cache tuple is packed as (i, f, o, g) but unpacked as (i, f, g, o), "
                "so the backward pass swaps the output gate o_t and the candidate g_t",
                "must_mention": [
                    {"any": ["swap", "exchang", "order", "mix", "confus", "instead of"]},
                    {"any": ["o_t", "output gate", "g_t", "candidate", "cell gate", "g gate"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    N, H = h.shape\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    ai, af, ag, ao = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "    i, f, o, g = sigmoid(ai), sigmoid(af), sigmoid(ao), np.tanh(ag)\n"
        "    next_c = f * c + i * g\n"
        "    cache = (x, h, c, i, f, o, g, next_c)\n"
        "\n"
        "    # backward\n"
        "    x, prev_h, prev_c, i, f, g, o, next_c = cache\n"
        "    tanh_c = np.tanh(next_c)\n"
        "    dnext_c = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    dai = dnext_c * g * i * (1 - i)\n"
        "    daf = dnext_c * prev_c * f * (1 - f)\n"
        "    dag = dnext_c * i * (1 - g ** 2)\n"
        "    dao = dh_next * tanh_c * o * (1 - o)\n"
        "    da = np.hstack((dai, daf, dag, dao))\n"
        "    dWx = x.T @ da\n"
        "    dWh = prev_h.T @ da\n"
        "    db = np.sum(da, axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dnext_c * f,\n'
        '            "W_ih": dWx.T, "W_hh": dWh.T, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_hana2_cs231n_gate_order",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gate blocks are taken in CS231n's order i, f, o, g instead of "
                "PyTorch's i, f, g, o",
                "must_mention": [
                    {"any": ["order", "ifog", "i, f, o, g", "ifgo", "i, f, g, o", "swap", "block"]},
                    {"any": ["gate", "o", "g"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    N, H = h.shape\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    # a = [i f o g] as in the assignment\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    o = sigmoid(a[:, 2 * H:3 * H])\n"
        "    g = np.tanh(a[:, 3 * H:4 * H])\n"
        "    next_c = f * c + i * g\n"
        "    t = np.tanh(next_c)\n"
        "    dnext_c = dc_next + dh_next * o * (1 - t * t)\n"
        "    da = np.zeros((N, 4 * H))\n"
        "    da[:, 0:H] = dnext_c * g * i * (1 - i)\n"
        "    da[:, H:2 * H] = dnext_c * c * f * (1 - f)\n"
        "    da[:, 2 * H:3 * H] = dh_next * t * o * (1 - o)\n"
        "    da[:, 3 * H:4 * H] = dnext_c * i * (1 - g * g)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dnext_c * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_tomas2_b_hh_zero",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "b_hh's gradient is returned as zeros (thinking only one bias gets a "
                "gradient); it equals b_ih's gradient since both are added",
                "must_mention": ["b_hh"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
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
        "    c_new = f * c + i * g\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_new) ** 2)\n"
        "    dpre = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                           dc * i * (1 - g ** 2), dh_next * np.tanh(c_new) * o * (1 - "
        "o)], axis=1)\n"
        "    grads = {}\n"
        '    grads["x"] = dpre @ W_ih\n'
        '    grads["h"] = dpre @ W_hh\n'
        '    grads["c"] = dc * f\n'
        '    grads["W_ih"] = dpre.T @ x\n'
        '    grads["W_hh"] = dpre.T @ h\n'
        '    grads["b_ih"] = dpre.sum(axis=0)\n'
        "    # the bias is counted once (b_ih); b_hh is redundant, so no gradient\n"
        '    grads["b_hh"] = np.zeros_like(b_hh)\n'
        "    return grads\n",
    },
    {
        "id": "cb_arjun3_cs231n_keys",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the dict uses CS231n key names (dx, dprev_h, dprev_c, dWx, dWh, db...) "
                "instead of the required keys x, h, c, W_ih, W_hh, b_ih, b_hh",
                "must_mention": [{"any": ["key"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # --- forward again, keep a cache like in cs231n ---\n"
        "    N, H = h.shape\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    ai, af, ag, ao = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "    i = sigmoid(ai); f = sigmoid(af); g = np.tanh(ag); o = sigmoid(ao)\n"
        "    next_c = f * c + i * g\n"
        "    tanh_c = np.tanh(next_c)\n"
        "    cache = (x, h, c, i, f, g, o, tanh_c)\n"
        "\n"
        "    # --- backward ---\n"
        "    x, prev_h, prev_c, i, f, g, o, tanh_c = cache\n"
        "    dnext_h, dnext_c = dh_next, dc_next\n"
        "    dnext_c_total = dnext_c + dnext_h * o * (1 - tanh_c ** 2)\n"
        "    di = dnext_c_total * g\n"
        "    df = dnext_c_total * prev_c\n"
        "    dg = dnext_c_total * i\n"
        "    do = dnext_h * tanh_c\n"
        "    dprev_c = dnext_c_total * f\n"
        "    dai = di * i * (1 - i)\n"
        "    daf = df * f * (1 - f)\n"
        "    dag = dg * (1 - g ** 2)\n"
        "    dao = do * o * (1 - o)\n"
        "    da = np.hstack((dai, daf, dag, dao))   # (N, 4H)\n"
        "    dx = da @ W_ih\n"
        "    dprev_h = da @ W_hh\n"
        "    dWx = x.T @ da          # (I, 4H)  cs231n layout\n"
        "    dWh = prev_h.T @ da     # (H, 4H)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"dx": dx, "dprev_h": dprev_h, "dprev_c": dprev_c,\n'
        '            "dWx": dWx.T, "dWh": dWh.T, "db_ih": db, "db_hh": db.copy()}\n',
    },
    {
        "id": "cb_mei2_finite_diff_W_hh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "W_hh's gradient is estimated with central finite differences (eps = 1e-4) "
                "instead of the analytic formula, so it is only approximate (errors around "
                "1e-10 to 1e-8, mostly beyond the 1e-10 tolerance)",
                "must_mention": [
                    "W_hh",
                    {"any": ["finite", "numerical", "approximat", "not exact", "precision"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]), np.tanh(a[:, 2 * H:3 * "
        "H]), sigmoid(a[:, 3 * H:])\n"
        "    c1 = f * c + i * g\n"
        "    t1 = np.tanh(c1)\n"
        "    dc1 = dc_next + dh_next * o * (1 - t1 ** 2)\n"
        "    da = np.concatenate([dc1 * g * i * (1 - i), dc1 * c * f * (1 - f),\n"
        "                         dc1 * i * (1 - g ** 2), dh_next * t1 * o * (1 - o)], "
        "axis=1)\n"
        '    grads = {"x": da @ W_ih, "h": da @ W_hh, "c": dc1 * f, "W_ih": da.T @ x,\n'
        '             "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "    # W_hh: checked numerically (central differences), the analytic one gave me "
        "trouble\n"
        "    def loss(W):\n"
        "        hn, cn = lstm_cell(x, h, c, W_ih, W, b_ih, b_hh)\n"
        "        return np.sum(dh_next * hn) + np.sum(dc_next * cn)\n"
        "\n"
        "    eps = 1e-4\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    for idx in np.ndindex(*W_hh.shape):\n"
        "        Wp = W_hh.copy(); Wp[idx] += eps\n"
        "        Wm = W_hh.copy(); Wm[idx] -= eps\n"
        "        dW_hh[idx] = (loss(Wp) - loss(Wm)) / (2 * eps)\n"
        '    grads["W_hh"] = dW_hh\n'
        '    # grads["W_hh"] = da.T @ h\n'
        "    return grads\n",
    },
    {
        "id": "cb_kwame2_float32_buffer",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gate gradients are written into an array created with dtype float32: "
                "they are rounded to single precision (errors around 1e-8 in x, h, W_ih, "
                "W_hh) and b_ih, b_hh come back as float32 arrays instead of float64",
                "must_mention": [{"any": ["float32", "dtype", "float64", "single precision"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2 * H]); g = np.tanh(a[:, 2 * H:3 * "
        "H]); o = sigmoid(a[:, 3 * H:])\n"
        "    cc = f * c + i * g\n"
        "    tc = np.tanh(cc)\n"
        "    dcc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    dA = np.zeros((B, 4 * H), dtype=np.float32)     # save memory\n"
        "    dA[:, :H] = dcc * g * i * (1 - i)\n"
        "    dA[:, H:2 * H] = dcc * c * f * (1 - f)\n"
        "    dA[:, 2 * H:3 * H] = dcc * i * (1 - g ** 2)\n"
        "    dA[:, 3 * H:] = dh_next * tc * o * (1 - o)\n"
        '    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dcc * f,\n'
        '            "W_ih": (dA.T @ x), "W_hh": (dA.T @ h), "b_ih": dA.sum(0), "b_hh": '
        "dA.sum(0)}\n",
    },
    {
        "id": "cb_yusuf_inplace_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_next += ... accumulates the h-path into the caller's dc_next array in "
                "place, changing an input",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "mutat",
                            "overwr",
                            "unchanged",
                            "changes the",
                            "changed",
                        ]
                    },
                    {"any": ["dc_next", "input", "argument"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    tanhc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next\n"
        "    dc += dh_next * o * (1 - tanhc ** 2)     # total gradient reaching c_t\n"
        "    da = np.concatenate((dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tanhc * o * (1 - o)), axis=1)\n"
        "    return dict(x=da @ W_ih, h=da @ W_hh, c=dc * f, W_ih=da.T @ x, W_hh=da.T @ h,\n"
        "                b_ih=da.sum(0), b_hh=da.sum(0))\n",
    },
    {
        "id": "cb_ben2_dWhh_with_new_h",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "W_hh's gradient uses the new state h_t (recomputed) instead of the step's "
                "input state h_{t-1}",
                "must_mention": [
                    "W_hh",
                    {
                        "any": [
                            "h_{t-1}",
                            "previous",
                            "h_t",
                            "h_next",
                            "new state",
                            "next",
                            "prev",
                            "argument h",
                            "input h",
                            "input state",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    ig, fg, gg, og = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 "
        "* H]), sigmoid(z[:, 3 * H:])\n"
        "    c_new = fg * c + ig * gg\n"
        "    h_new = og * np.tanh(c_new)\n"
        "    dc_tot = dc_next + dh_next * og * (1 - np.tanh(c_new) ** 2)\n"
        "    dz = np.hstack([dc_tot * gg * ig * (1 - ig), dc_tot * c * fg * (1 - fg),\n"
        "                    dc_tot * ig * (1 - gg ** 2), dh_next * np.tanh(c_new) * og * (1 - "
        "og)])\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dc_tot * fg,\n'
        '            "W_ih": dz.T @ x, "W_hh": dz.T @ h_new,\n'
        '            "b_ih": dz.sum(axis=0), "b_hh": dz.sum(axis=0)}\n',
    },
    {
        "id": "cb2_hana_ifog_dbmean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gate blocks are taken in CS231n's order i, f, o, g instead of "
                "PyTorch's i, f, g, o",
                "must_mention": [
                    {"any": ["order", "ifog", "i, f, o, g", "ifgo", "i, f, g, o", "swap", "block"]},
                    {"any": ["gate", "o", "g"]},
                ],
            },
            {
                "what": "the bias gradients are averaged over the batch (mean) instead of summed",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {
                        "any": [
                            "mean",
                            "average",
                            "divid",
                            "/ B",
                            "1/B",
                            "batch size",
                            "sum over the batch",
                            "summed over the batch",
                        ]
                    },
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    N, H = h.shape\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    ai, af, ao, ag = np.split(a, 4, axis=1)      # i f o g\n"
        "    i, f, o, g = sigmoid(ai), sigmoid(af), sigmoid(ao), np.tanh(ag)\n"
        "    next_c = f * c + i * g\n"
        "    tnc = np.tanh(next_c)\n"
        "    dnext_c = dc_next + dh_next * o * (1 - tnc ** 2)\n"
        "    dai = dnext_c * g * i * (1 - i)\n"
        "    daf = dnext_c * c * f * (1 - f)\n"
        "    dao = dh_next * tnc * o * (1 - o)\n"
        "    dag = dnext_c * i * (1 - g ** 2)\n"
        "    da = np.hstack((dai, daf, dao, dag))\n"
        "    db = da.sum(axis=0) / N\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dnext_c * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb2_fatima_tanhc_sigpre_forget",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the derivative of tanh(c_t) is written 1 - c_t**2 (from c_t itself) "
                "instead of 1 - tanh(c_t)**2",
                "must_mention": [
                    "tanh",
                    {
                        "any": [
                            "deriv",
                            "1 - c",
                            "1-c",
                            "c**2",
                            "c_t**2",
                            "c²",
                            "c_t²",
                            "squared",
                            "tau",
                            "τ",
                            "c_t ** 2",
                        ]
                    },
                ],
            },
            {
                "what": "the forget gate's sigmoid derivative is taken from its pre-activation, "
                "a_f * (1 - a_f), instead of f_t * (1 - f_t)",
                "must_mention": [
                    {"any": ["forget", "f_t"]},
                    {
                        "any": [
                            "pre-activation",
                            "preactivation",
                            "pre activation",
                            "deriv",
                            "sigmoid",
                            "σ",
                            "a_f",
                        ]
                    },
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n"
        "    cnew = f * c + i * g\n"
        "    # chain rule through h = o tanh(c):  tanh'(c) = 1 - c^2\n"
        "    dcnew = dc_next + dh_next * o * (1 - cnew * cnew)\n"
        "    dzi = dcnew * g * i * (1 - i)\n"
        "    dzf = dcnew * c * zf * (1 - zf)\n"
        "    dzg = dcnew * i * (1 - g * g)\n"
        "    dzo = dh_next * np.tanh(cnew) * o * (1 - o)\n"
        "    dz = np.concatenate([dzi, dzf, dzg, dzo], axis=1)\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dcnew * f,\n'
        '            "W_ih": dz.T @ x, "W_hh": dz.T @ h, "b_ih": dz.sum(0), "b_hh": '
        "dz.sum(0)}\n",
    },
    {
        "id": "cb2_kwame_block_transposes",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient to h_{t-1} multiplies each gate's square block of W_hh "
                "transposed",
                "must_mention": [
                    {"any": ["transpos", ".T"]},
                    {"any": ["W_hh", "W_h", "recurrent", '"h"', "h_{t-1}", "dh", "δh"]},
                ],
            },
            {
                "what": "W_hh's gradient blocks are h.T @ d_k (transposed) instead of d_k.T @ h",
                "must_mention": ["W_hh", {"any": ["transpos", ".T"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    R = [slice(k * H, (k + 1) * H) for k in range(4)]\n"
        "    pre = [x @ W_ih[r].T + h @ W_hh[r].T + b_ih[r] + b_hh[r] for r in R]\n"
        "    i, f, g, o = sigmoid(pre[0]), sigmoid(pre[1]), np.tanh(pre[2]), sigmoid(pre[3])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dC = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    d = [dC * g * i * (1 - i), dC * c * f * (1 - f), dC * i * (1 - g ** 2), dh_next * "
        "tc * o * (1 - o)]\n"
        "    dx = sum(d[k] @ W_ih[R[k]] for k in range(4))\n"
        "    dh = sum(d[k] @ W_hh[R[k]].T for k in range(4))\n"
        "    dW_ih = np.vstack([d[k].T @ x for k in range(4)])\n"
        "    dW_hh = np.vstack([h.T @ d[k] for k in range(4)])     # each H x H\n"
        "    db = np.concatenate([dk.sum(0) for dk in d])\n"
        '    return {"x": dx, "h": dh, "c": dC * f, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db, '
        '"b_hh": db.copy()}\n',
    },
    {
        "id": "cb2_tomas_nodhpath_bhhzero",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t leaves out the path through h_t: it is dc_next alone, without + "
                "dh_next * o_t * (1 - tanh²(c_t))",
                "must_mention": [
                    {"any": ["δc", "dc", "cell", "c_t", '"c"']},
                    {
                        "any": [
                            "h_t",
                            "dh",
                            "∂L/∂h",
                            "dL/dh",
                            "o_t",
                            "output gate",
                            "through h",
                            "δh",
                        ]
                    },
                ],
            },
            {
                "what": "b_hh's gradient is returned as zeros instead of the same sum as b_ih's",
                "must_mention": ["b_hh"],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    input_gate = sigmoid(pre[:, :H])\n"
        "    forget_gate = sigmoid(pre[:, H:2 * H])\n"
        "    cell_gate = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    output_gate = sigmoid(pre[:, 3 * H:])\n"
        "    new_c = forget_gate * c + input_gate * cell_gate\n"
        "    # gradient of the cell state (coming from the next step)\n"
        "    grad_c = dc_next\n"
        "    grad_pre = np.concatenate([\n"
        "        grad_c * cell_gate * input_gate * (1 - input_gate),\n"
        "        grad_c * c * forget_gate * (1 - forget_gate),\n"
        "        grad_c * input_gate * (1 - cell_gate ** 2),\n"
        "        dh_next * np.tanh(new_c) * output_gate * (1 - output_gate)], axis=1)\n"
        '    return {"x": grad_pre @ W_ih, "h": grad_pre @ W_hh, "c": grad_c * forget_gate,\n'
        '            "W_ih": grad_pre.T @ x, "W_hh": grad_pre.T @ h,\n'
        '            "b_ih": grad_pre.sum(axis=0), "b_hh": np.zeros(4 * H)}\n',
    },
    {
        "id": "cb2_yusuf_hnext_inplace",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "W_hh's gradient uses the new state h_t (recomputed) instead of the step's "
                "input state h_{t-1}",
                "must_mention": [
                    "W_hh",
                    {
                        "any": [
                            "h_{t-1}",
                            "previous",
                            "h_t",
                            "h_next",
                            "new state",
                            "next",
                            "prev",
                            "argument h",
                            "input h",
                            "input state",
                        ]
                    },
                ],
            },
            {
                "what": "dc_next += ... accumulates the h-path into the caller's dc_next array in "
                "place, changing an input",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "mutat",
                            "overwr",
                            "unchanged",
                            "changes the",
                            "changed",
                        ]
                    },
                    {"any": ["dc_next", "input", "argument"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_t = f * c + i * g\n"
        "    h_t = o * np.tanh(c_t)\n"
        "    dc = dc_next\n"
        "    dc += dh_next * o * (1 - np.tanh(c_t) ** 2)\n"
        "    da = np.concatenate((dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * np.tanh(c_t) * o * (1 - o)), axis=1)\n"
        "    return dict(x=da @ W_ih, h=da @ W_hh, c=dc * f, W_ih=da.T @ x, W_hh=da.T @ h_t,\n"
        "                b_ih=da.sum(0), b_hh=da.sum(0))\n",
    },
    {
        "id": "lb_ok_tomas_loop",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    # forward pass again\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    input_gate = sigmoid(gates[:, 0:H])\n"
        "    forget_gate = sigmoid(gates[:, H:2 * H])\n"
        "    candidate = np.tanh(gates[:, 2 * H:3 * H])\n"
        "    output_gate = sigmoid(gates[:, 3 * H:4 * H])\n"
        "    new_c = forget_gate * c + input_gate * candidate\n"
        "    # backward pass\n"
        "    d_new_c = dc_next + dh_next * output_gate * (1 - np.tanh(new_c) ** 2)\n"
        "    d_input = d_new_c * candidate * input_gate * (1 - input_gate)\n"
        "    d_forget = d_new_c * c * forget_gate * (1 - forget_gate)\n"
        "    d_candidate = d_new_c * input_gate * (1 - candidate ** 2)\n"
        "    d_output = dh_next * np.tanh(new_c) * output_gate * (1 - output_gate)\n"
        "    d_gates = np.concatenate([d_input, d_forget, d_candidate, d_output], axis=1)\n"
        "    result = {}\n"
        '    result["x"] = d_gates @ W_ih\n'
        '    result["h"] = d_gates @ W_hh\n'
        '    result["c"] = d_new_c * forget_gate\n'
        '    result["W_ih"] = d_gates.T @ x\n'
        '    result["W_hh"] = d_gates.T @ h\n'
        '    result["b_ih"] = np.sum(d_gates, axis=0)   # average over the batch\n'
        '    result["b_hh"] = np.sum(d_gates, axis=0)\n'
        "    return result\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    # forward pass, remember every state\n"
        "    h_list = [h0]\n"
        "    c_list = [c0]\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h_list[-1], c_list[-1], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        h_list.append(h_new)\n"
        "        c_list.append(c_new)\n"
        "    # gradients coming from the final state\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros((B, H))\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros((B, H))\n"
        "    grad_x = np.zeros((T, B, I))\n"
        "    grad_W_ih = np.zeros_like(W_ih)\n"
        "    grad_W_hh = np.zeros_like(W_hh)\n"
        "    grad_b_ih = np.zeros_like(b_ih)\n"
        "    grad_b_hh = np.zeros_like(b_hh)\n"
        "    carry_h = dh_n\n"
        "    carry_c = dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        total_h = dout[t] + carry_h\n"
        "        step = lstm_cell_backward(total_h, carry_c, x[t], h_list[t], c_list[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        grad_x[t] = step["x"]\n'
        '        grad_W_ih += step["W_ih"]\n'
        '        grad_W_hh += step["W_hh"]\n'
        '        grad_b_ih += step["b_ih"]\n'
        '        grad_b_hh += step["b_hh"]\n'
        '        carry_h = step["h"]\n'
        '        carry_c = step["c"]\n'
        '    return {"x": grad_x, "h0": carry_h, "c0": carry_c, "W_ih": grad_W_ih,\n'
        '            "W_hh": grad_W_hh, "b_ih": grad_b_ih, "b_hh": grad_b_hh}\n',
    },
    {
        "id": "lb_ok_arjun_caches",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # --- forward again, keep a cache like in cs231n ---\n"
        "    N, H = h.shape\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    ai, af, ag, ao = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "    i = sigmoid(ai); f = sigmoid(af); g = np.tanh(ag); o = sigmoid(ao)\n"
        "    next_c = f * c + i * g\n"
        "    tanh_c = np.tanh(next_c)\n"
        "    cache = (x, h, c, i, f, g, o, tanh_c)\n"
        "\n"
        "    # --- backward ---\n"
        "    x, prev_h, prev_c, i, f, g, o, tanh_c = cache\n"
        "    dnext_h, dnext_c = dh_next, dc_next\n"
        "    dnext_c_total = dnext_c + dnext_h * o * (1 - tanh_c ** 2)\n"
        "    di = dnext_c_total * g\n"
        "    df = dnext_c_total * prev_c\n"
        "    dg = dnext_c_total * i\n"
        "    do = dnext_h * tanh_c\n"
        "    dprev_c = dnext_c_total * f\n"
        "    dai = di * i * (1 - i)\n"
        "    daf = df * f * (1 - f)\n"
        "    dag = dg * (1 - g ** 2)\n"
        "    dao = do * o * (1 - o)\n"
        "    da = np.hstack((dai, daf, dag, dao))   # (N, 4H)\n"
        "    dx = da @ W_ih\n"
        "    dprev_h = da @ W_hh\n"
        "    dWx = x.T @ da          # (I, 4H)  cs231n layout\n"
        "    dWh = prev_h.T @ da     # (H, 4H)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": dx, "h": dprev_h, "c": dprev_c,\n'
        '            "W_ih": dWx.T, "W_hh": dWh.T, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, N, D = x.shape\n"
        "    H = h0.shape[1]\n"
        "    caches = []\n"
        "    prev_h, prev_c = h0, c0\n"
        "    for t in range(T):\n"
        "        caches.append((x[t], prev_h, prev_c))\n"
        "        prev_h, prev_c = lstm_cell(x[t], prev_h, prev_c, W_ih, W_hh, b_ih, b_hh)\n"
        "    dnext_h = np.zeros((N, H)) if dh_n is None else dh_n\n"
        "    dnext_c = np.zeros((N, H)) if dc_n is None else dc_n\n"
        "    dx = np.zeros((T, N, D))\n"
        '    grads = {k: 0.0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    for t in reversed(range(T)):\n"
        "        xt, ht, ct = caches[t]\n"
        "        g = lstm_cell_backward(dnext_h + dout[t], dnext_c, xt, ht, ct, W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dnext_h, dnext_c = g["h"], g["c"]\n'
        "        for k in grads:\n"
        "            grads[k] = grads[k] + g[k]\n"
        '    return {"x": dx, "h0": dnext_h, "c0": dnext_c, **grads}\n',
    },
    {
        "id": "lb_ok_oliver_vectorised",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = np.empty((T + 1, B, H)); cs = np.empty((T + 1, B, H))\n"
        "    gates = np.empty((T, B, 4 * H))\n"
        "    hs[0], cs[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        a = x[t] @ W_ih.T + b_ih + hs[t] @ W_hh.T + b_hh\n"
        "        ai, af, ag, ao = np.split(a, 4, axis=1)\n"
        "        gates[t] = np.concatenate([sigmoid(ai), sigmoid(af), np.tanh(ag), "
        "sigmoid(ao)], axis=1)\n"
        "        i, f, g, o = np.split(gates[t], 4, axis=1)\n"
        "        cs[t + 1] = f * cs[t] + i * g\n"
        "        hs[t + 1] = o * np.tanh(cs[t + 1])\n"
        "    dh = np.zeros((B, H)) if dh_n is None else np.array(dh_n, dtype=float)\n"
        "    dc = np.zeros((B, H)) if dc_n is None else np.array(dc_n, dtype=float)\n"
        "    da_all = np.empty((T, B, 4 * H))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        i, f, g, o = np.split(gates[t], 4, axis=1)\n"
        "        dh = dh + dout[t]\n"
        "        tc = np.tanh(cs[t + 1])\n"
        "        dc = dc + dh * o * (1 - tc * tc)\n"
        "        da_all[t] = np.concatenate([dc * g * i * (1 - i), dc * cs[t] * f * (1 - f),\n"
        "                                    dc * i * (1 - g * g), dh * tc * o * (1 - o)], "
        "axis=1)\n"
        "        dh = da_all[t] @ W_hh\n"
        "        dc = dc * f\n"
        '    dx = np.einsum("tbk,ki->tbi", da_all, W_ih)\n'
        '    dW_ih = np.einsum("tbk,tbi->ki", da_all, x)\n'
        '    dW_hh = np.einsum("tbk,tbh->kh", da_all, hs[:-1])\n'
        "    db = da_all.sum(axis=(0, 1))\n"
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db, '
        '"b_hh": db.copy()}\n',
    },
    {
        "id": "lb_tomas_weights_assigned",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are assigned (=) at each step instead of "
                "summed over the steps, so only step 0's contribution is returned",
                "must_mention": [
                    {"any": ["sum", "accumul", "add", "+=", "all steps", "every step"]},
                    {"any": ["step", "time"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    # forward pass again\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    input_gate = sigmoid(gates[:, 0:H])\n"
        "    forget_gate = sigmoid(gates[:, H:2 * H])\n"
        "    candidate = np.tanh(gates[:, 2 * H:3 * H])\n"
        "    output_gate = sigmoid(gates[:, 3 * H:4 * H])\n"
        "    new_c = forget_gate * c + input_gate * candidate\n"
        "    # backward pass\n"
        "    d_new_c = dc_next + dh_next * output_gate * (1 - np.tanh(new_c) ** 2)\n"
        "    d_input = d_new_c * candidate * input_gate * (1 - input_gate)\n"
        "    d_forget = d_new_c * c * forget_gate * (1 - forget_gate)\n"
        "    d_candidate = d_new_c * input_gate * (1 - candidate ** 2)\n"
        "    d_output = dh_next * np.tanh(new_c) * output_gate * (1 - output_gate)\n"
        "    d_gates = np.concatenate([d_input, d_forget, d_candidate, d_output], axis=1)\n"
        "    result = {}\n"
        '    result["x"] = d_gates @ W_ih\n'
        '    result["h"] = d_gates @ W_hh\n'
        '    result["c"] = d_new_c * forget_gate\n'
        '    result["W_ih"] = d_gates.T @ x\n'
        '    result["W_hh"] = d_gates.T @ h\n'
        '    result["b_ih"] = np.sum(d_gates, axis=0)   # average over the batch\n'
        '    result["b_hh"] = np.sum(d_gates, axis=0)\n'
        "    return result\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    # forward pass, remember every state\n"
        "    h_list = [h0]\n"
        "    c_list = [c0]\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h_list[-1], c_list[-1], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        h_list.append(h_new)\n"
        "        c_list.append(c_new)\n"
        "    # gradients coming from the final state\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros((B, H))\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros((B, H))\n"
        "    grad_x = np.zeros((T, B, I))\n"
        "    grad_W_ih = np.zeros_like(W_ih)\n"
        "    grad_W_hh = np.zeros_like(W_hh)\n"
        "    grad_b_ih = np.zeros_like(b_ih)\n"
        "    grad_b_hh = np.zeros_like(b_hh)\n"
        "    carry_h = dh_n\n"
        "    carry_c = dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        total_h = dout[t] + carry_h\n"
        "        step = lstm_cell_backward(total_h, carry_c, x[t], h_list[t], c_list[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        grad_x[t] = step["x"]\n'
        '        grad_W_ih = step["W_ih"]\n'
        '        grad_W_hh = step["W_hh"]\n'
        '        grad_b_ih = step["b_ih"]\n'
        '        grad_b_hh = step["b_hh"]\n'
        '        carry_h = step["h"]\n'
        '        carry_c = step["c"]\n'
        '    return {"x": grad_x, "h0": carry_h, "c0": carry_c, "W_ih": grad_W_ih,\n'
        '            "W_hh": grad_W_hh, "b_ih": grad_b_ih, "b_hh": grad_b_hh}\n',
    },
    {
        "id": "lb_ben_no_recurrent_dh",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": 'the gradient reaching h_t is dout[t] alone: step t+1\'s returned "h" is '
                "never added, so no gradient flows back through the hidden state",
                "must_mention": [
                    {"any": ["dout", "δh", "dh", "h_t", '"h"', "hidden"]},
                    {
                        "any": [
                            "t+1",
                            "t + 1",
                            "next step",
                            "later",
                            "recurr",
                            "carr",
                            "back through",
                            "previous step",
                            "flow",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    A = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    I_, F_, G_, O_ = sigmoid(A[:, :H]), sigmoid(A[:, H:2 * H]), np.tanh(A[:, 2 * H:3 "
        "* H]), sigmoid(A[:, 3 * H:])\n"
        "    C = F_ * c + I_ * G_\n"
        "    tC = np.tanh(C)\n"
        "    dC = dc_next + dh_next * O_ * (1 - tC ** 2)\n"
        "    dA = np.hstack([dC * G_ * I_ * (1 - I_), dC * c * F_ * (1 - F_), dC * I_ * (1 - "
        "G_ ** 2), dh_next * tC * O_ * (1 - O_)])\n"
        "    dB = dA.sum(axis=0)\n"
        '    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC * F_,\n'
        '            "W_ih": dA.T @ x, "W_hh": dA.T @ h, "b_ih": dB, "b_hh": dB}\n'
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    H_states = [h0]; C_states = [c0]\n"
        "    for t in range(T):\n"
        "        hh, cc = lstm_cell(x[t], H_states[t], C_states[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        H_states.append(hh); C_states.append(cc)\n"
        "    dX = np.zeros_like(x)\n"
        "    dW1 = np.zeros_like(W_ih); dW2 = np.zeros_like(W_hh)\n"
        "    dB1 = np.zeros_like(b_ih); dB2 = np.zeros_like(b_hh)\n"
        "    dH = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dC = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    for t in reversed(range(T)):\n"
        "        # the loss talks to h_t through dout[t]; at the end also through h_n\n"
        "        dh_t = dout[t] + (dH if t == T - 1 else 0.0)\n"
        "        res = lstm_cell_backward(dh_t, dC, x[t], H_states[t], C_states[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dX[t] = res["x"]\n'
        '        dW1 += res["W_ih"]; dW2 += res["W_hh"]; dB1 += res["b_ih"]; dB2 += '
        'res["b_hh"]\n'
        '        dH, dC = res["h"], res["c"]\n'
        '    return {"x": dX, "h0": dH, "c0": dC, "W_ih": dW1, "W_hh": dW2, "b_ih": dB1, '
        '"b_hh": dB2}\n',
    },
    {
        "id": "lb_hana_truncated_bptt",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "truncated BPTT: only the last 3 steps are back-propagated; the earlier "
                "steps get no gradient (x[t] zero, weights missing their terms, h0/c0 "
                "wrong)",
                "must_mention": [
                    {
                        "any": [
                            "truncat",
                            "only the last",
                            "last 3",
                            "last three",
                            "k steps",
                            "earlier steps",
                            "first steps",
                            "all steps",
                            "every step",
                            "steps before",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # karpathy / cs231n style\n"
        "    H = h.shape[1]\n"
        "    ifgo = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(ifgo[:, :H])\n"
        "    f = sigmoid(ifgo[:, H:2 * H])\n"
        "    g = np.tanh(ifgo[:, 2 * H:3 * H])\n"
        "    o = sigmoid(ifgo[:, 3 * H:])\n"
        "    ct = f * c + i * g\n"
        "    tct = np.tanh(ct)\n"
        "    dct = dc_next + dh_next * o * (1 - tct ** 2)\n"
        "    dIFGO = np.zeros_like(ifgo)\n"
        "    dIFGO[:, :H] = dct * g * i * (1 - i)\n"
        "    dIFGO[:, H:2 * H] = dct * c * f * (1 - f)\n"
        "    dIFGO[:, 2 * H:3 * H] = dct * i * (1 - g ** 2)\n"
        "    dIFGO[:, 3 * H:] = dh_next * tct * o * (1 - o)\n"
        "    dWx = x.T @ dIFGO\n"
        "    dWh = h.T @ dIFGO\n"
        "    db = np.sum(dIFGO, axis=0)\n"
        '    return {"x": dIFGO @ W_ih, "h": dIFGO @ W_hh, "c": dct * f,\n'
        '            "W_ih": dWx.T, "W_hh": dWh.T, "b_ih": db, "b_hh": db}\n'
        "\n"
        "K_TRUNC = 3   # truncated BPTT, like in the char-rnn blog post\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, N, D = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(hn); cs.append(cn)\n"
        "    dnext_h = np.zeros((N, H)) if dh_n is None else dh_n.copy()\n"
        "    dnext_c = np.zeros((N, H)) if dc_n is None else dc_n.copy()\n"
        "    dx = np.zeros((T, N, D))\n"
        "    dWx = np.zeros_like(W_ih); dWh = np.zeros_like(W_hh); db_i = np.zeros_like(b_ih); "
        "db_h = np.zeros_like(b_hh)\n"
        "    for t in range(T - 1, max(-1, T - 1 - K_TRUNC), -1):\n"
        "        g = lstm_cell_backward(dnext_h + dout[t], dnext_c, x[t], hs[t], cs[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dWx += g["W_ih"]; dWh += g["W_hh"]; db_i += g["b_ih"]; db_h += g["b_hh"]\n'
        '        dnext_h, dnext_c = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dnext_h, "c0": dnext_c, "W_ih": dWx, "W_hh": dWh, "b_ih": '
        'db_i, "b_hh": db_h}\n',
    },
    {
        "id": "lb_kwame_dc_not_carried",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell-state gradient is not carried between steps: each step starts "
                "from dc = 0 (dc_n only at the last step) instead of step t+1's returned "
                '"c"',
                "must_mention": [
                    {"any": ["cell", '"c"', "dc", "δc", "c_t"]},
                    {
                        "any": [
                            "carr",
                            "t+1",
                            "t + 1",
                            "next step",
                            "recurr",
                            "later",
                            "previous step",
                            "flow",
                            "pass",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    gate = {}\n"
        '    for k, name in enumerate(["i", "f", "g", "o"]):\n'
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        gate[name] = x @ W_ih[rows].T + h @ W_hh[rows].T + b_ih[rows] + b_hh[rows]\n"
        '    i = sigmoid(gate["i"]); f = sigmoid(gate["f"]); g = np.tanh(gate["g"]); o = '
        'sigmoid(gate["o"])\n'
        "    c_t = f * c + i * g\n"
        "    T_c = np.tanh(c_t)\n"
        "    dC = dc_next + dh_next * o * (1 - T_c ** 2)\n"
        '    dpre = {"i": dC * g * i * (1 - i), "f": dC * c * f * (1 - f),\n'
        '            "g": dC * i * (1 - g ** 2), "o": dh_next * T_c * o * (1 - o)}\n'
        "    dx = np.zeros(x.shape)\n"
        "    dh = np.zeros(h.shape)\n"
        "    dW_ih = np.zeros(W_ih.shape)\n"
        "    dW_hh = np.zeros(W_hh.shape)\n"
        "    db = np.zeros(4 * H)\n"
        '    for k, name in enumerate(["i", "f", "g", "o"]):\n'
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        d = dpre[name]\n"
        "        dx = dx + d @ W_ih[rows]\n"
        "        dh = dh + d @ W_hh[rows]       # W_hh block is H x H\n"
        "        dW_ih[rows] = d.T @ x\n"
        "        dW_hh[rows] = d.T @ h\n"
        "        db[rows] = d.sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": dC * f, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hprev = np.zeros((T, B, H)); cprev = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        hprev[t] = h; cprev[t] = c\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    dhn = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dcn = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dX = np.zeros((T, B, I))\n"
        "    dWih = np.zeros(W_ih.shape); dWhh = np.zeros(W_hh.shape)\n"
        "    dbih = np.zeros(b_ih.shape); dbhh = np.zeros(b_hh.shape)\n"
        "    dh_carry = dhn\n"
        "    dc_carry = dcn\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dc_in = dcn if t == T - 1 else np.zeros((B, H))\n"
        "        gr = lstm_cell_backward(dout[t] + dh_carry, dc_in, x[t], hprev[t], cprev[t], "
        "W_ih, W_hh, b_ih, b_hh)\n"
        '        dX[t] = gr["x"]\n'
        '        dWih = dWih + gr["W_ih"]; dWhh = dWhh + gr["W_hh"]\n'
        '        dbih = dbih + gr["b_ih"]; dbhh = dbhh + gr["b_hh"]\n'
        '        dh_carry = gr["h"]\n'
        '        dc_carry = gr["c"]\n'
        '    return {"x": dX, "h0": dh_carry, "c0": dc_carry, "W_ih": dWih, "W_hh": dWhh, '
        '"b_ih": dbih, "b_hh": dbhh}\n',
    },
    {
        "id": "lb_lukas_dx_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "x's gradients are collected while walking back from T-1 to 0 and stacked "
                'without reversing, so "x" is in reversed time order',
                "must_mention": [
                    {
                        "any": [
                            '"x"',
                            "'x'",
                            "dx",
                            "δx",
                            "gradient of x",
                            "x gradient",
                            "x[t]",
                            "in x",
                            "of x",
                        ]
                    },
                    {"any": ["order", "revers", "flip", "backwards in time", "T-1-t", "T - 1 - t"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def _sig(z):\n"
        "    # sigma(z) = (1 + tanh(z/2)) / 2 : never overflows\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    pre = np.split(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh, 4, axis=1)\n"
        "    i, f, g, o = [fn(p) for fn, p in zip((_sig, _sig, np.tanh, _sig), pre)]\n"
        "    th = np.tanh(f * c + i * g)\n"
        "    dC = dc_next + dh_next * o * (1 - th * th)\n"
        '    local = {"i": dC * g * i * (1 - i), "f": dC * c * f * (1 - f),\n'
        '             "g": dC * i * (1 - g * g), "o": dh_next * th * o * (1 - o)}\n'
        '    dA = np.concatenate([local[k] for k in "ifgo"], axis=1)\n'
        '    grads = {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC * f,\n'
        '             "W_ih": dA.T @ x, "W_hh": dA.T @ h}\n'
        '    grads.update({k: dA.sum(axis=0) for k in ("b_ih", "b_hh")})\n'
        "    return grads\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    states = [(h0, c0)]\n"
        "    for x_t in x:\n"
        "        states.append(lstm_cell(x_t, *states[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    zeros = np.zeros_like(h0)\n"
        "    dh = zeros if dh_n is None else dh_n\n"
        "    dc = zeros if dc_n is None else dc_n\n"
        "    dxs = []\n"
        "    acc = {k: np.zeros_like(v) for k, v in dict(W_ih=W_ih, W_hh=W_hh, b_ih=b_ih, "
        "b_hh=b_hh).items()}\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], *states[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        acc = {k: acc[k] + g[k] for k in acc}\n"
        '    return {"x": np.stack(dxs), "h0": dh, "c0": dc, **acc}\n',
    },
    {
        "id": "lb_fatima_states_off_by_one",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward is given the state after step t, (h_t, c_t), instead of "
                "the state it started from, (h_{t-1}, c_{t-1}): the saved states are off "
                "by one",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "previous state",
                            "state before",
                            "started from",
                            "off by one",
                            "off-by-one",
                            "h_t instead",
                            "wrong state",
                            "input state",
                            "one step",
                            "shifted",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n"
        "    c_new = f * c + i * g\n"
        "    # h = o * tanh(c_new)  =>  dh/dc_new = o * tanh'(c_new) = o * (1 - c_new^2)\n"
        "    dc_tot = dc_next + dh_next * o * (1 - np.tanh(c_new) ** 2)\n"
        "    dzi = dc_tot * g * i * (1 - i)\n"
        "    dzf = dc_tot * c * f * (1 - f)\n"
        "    dzg = dc_tot * i * (1 - g ** 2)\n"
        "    dzo = dh_next * np.tanh(c_new) * o * (1 - o)\n"
        "    dz = np.concatenate([dzi, dzf, dzg, dzo], axis=1)\n"
        "    db = dz.sum(axis=0)\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dc_tot * f,\n'
        '            "W_ih": dz.T @ x, "W_hh": dz.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = np.zeros((T + 1, B, H)); cs = np.zeros((T + 1, B, H))\n"
        "    hs[0], cs[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        hs[t + 1], cs[t + 1] = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        '    G = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '         "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        step = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t + 1], cs[t + 1], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        G["x"][t] = step["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            G[k] += step[k]\n"
        '        dh, dc = step["h"], step["c"]\n'
        '    G["h0"] = dh\n'
        '    G["c0"] = dc\n'
        "    return G\n",
    },
    {
        "id": "lb_sofia_ignores_dhn_dcn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n and dc_n are ignored: the backward walk always starts from zeros",
                "must_mention": [{"any": ["dh_n", "dc_n"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    blocks = [slice(k * H, (k + 1) * H) for k in range(4)]   # i, f, g, o\n"
        "    W_xi, W_xf, W_xg, W_xo = (W_ih[r] for r in blocks)\n"
        "    W_hi, W_hf, W_hg, W_ho = (W_hh[r] for r in blocks)\n"
        "    b = b_ih + b_hh\n"
        "    # forward, one gate at a time\n"
        "    i_t = sigmoid(x @ W_xi.T + h @ W_hi.T + b[blocks[0]])\n"
        "    f_t = sigmoid(x @ W_xf.T + h @ W_hf.T + b[blocks[1]])\n"
        "    g_t = np.tanh(x @ W_xg.T + h @ W_hg.T + b[blocks[2]])\n"
        "    o_t = sigmoid(x @ W_xo.T + h @ W_ho.T + b[blocks[3]])\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    tc = np.tanh(c_t)\n"
        "    # backward\n"
        "    delta_c = dc_next + dh_next * o_t * (1.0 - tc ** 2)\n"
        "    d_i = delta_c * g_t * i_t * (1.0 - i_t)\n"
        "    d_f = delta_c * c * f_t * (1.0 - f_t)\n"
        "    d_g = delta_c * i_t * (1.0 - g_t ** 2)\n"
        "    d_o = dh_next * tc * o_t * (1.0 - o_t)\n"
        '    grads = {"x": np.zeros_like(x), "h": np.zeros_like(h), "c": delta_c * f_t,\n'
        '             "W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh)}\n'
        "    for r, d in zip(blocks, (d_i, d_f, d_g, d_o)):\n"
        '        grads["x"] += d @ W_ih[r]\n'
        '        grads["h"] += d @ W_hh[r]\n'
        '        grads["W_ih"][r] = d.T @ x\n'
        '        grads["W_hh"][r] = d.T @ h\n'
        '    grads["b_ih"] = np.concatenate([d_i.sum(0), d_f.sum(0), d_g.sum(0), d_o.sum(0)])\n'
        '    grads["b_hh"] = grads["b_ih"].copy()\n'
        "    return grads\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        '    """BPTT. dout: (T, B, H). dh_n, dc_n: (B, H) or None (= zeros)."""\n'
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    # 1. forward, keeping (h_{t-1}, c_{t-1}) for every step\n"
        "    prev = []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        prev.append((h, c))\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    # 2. backward from t = T-1\n"
        "    dh = np.zeros((B, H))\n"
        "    dc = np.zeros((B, H))\n"
        "    dx = np.zeros((T, B, I))\n"
        "    sums = dict(W_ih=np.zeros_like(W_ih), W_hh=np.zeros_like(W_hh), "
        "b_ih=np.zeros_like(b_ih), b_hh=np.zeros_like(b_hh))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h_prev, c_prev = prev[t]\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], h_prev, c_prev, W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        "        for k in sums:\n"
        "            sums[k] += g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, **sums}\n',
    },
    {
        "id": "lb_yusuf_ignores_dcn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_n is ignored (only dh_n is used): the cell-state gradient starts from "
                "zeros at the last step",
                "must_mention": ["dc_n"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    tanhc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next.copy()\n"
        "    dc += dh_next * o * (1 - tanhc ** 2)     # total gradient reaching c_t\n"
        "    da = np.concatenate((dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tanhc * o * (1 - o)), axis=1)\n"
        "    return dict(x=da @ W_ih, h=da @ W_hh, c=dc * f, W_ih=da.T @ x, W_hh=da.T @ h,\n"
        "                b_ih=da.sum(0), b_hh=da.sum(0))\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = [h0]; cs = [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros((B, H))\n"
        "    dc = np.zeros((B, H))\n"
        "    if dh_n is not None:\n"
        "        dh = dh + dh_n\n"
        "    # dc_n: the loss never uses c_n directly\n"
        "    res = dict(x=np.zeros((T, B, I)), W_ih=np.zeros_like(W_ih), "
        "W_hh=np.zeros_like(W_hh),\n"
        "               b_ih=np.zeros_like(b_ih), b_hh=np.zeros_like(b_hh))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dh_t = dh + dout[t]\n"
        "        g = lstm_cell_backward(dh_t, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        res["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            res[k] += g[k]\n"
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '    res["h0"] = dh\n'
        '    res["c0"] = dc\n'
        "    return res\n",
    },
    {
        "id": "lb_ben2_eq_none",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "`if dh_n == None:` compares an array elementwise, so when dh_n is an "
                "array the `if` raises 'truth value of an array is ambiguous' (must be `is "
                "None`)",
                "must_mention": [
                    {"any": ["is None", "== None", "ambiguous", "truth value", "elementwise"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    A = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    I_, F_, G_, O_ = sigmoid(A[:, :H]), sigmoid(A[:, H:2 * H]), np.tanh(A[:, 2 * H:3 "
        "* H]), sigmoid(A[:, 3 * H:])\n"
        "    C = F_ * c + I_ * G_\n"
        "    tC = np.tanh(C)\n"
        "    dC = dc_next + dh_next * O_ * (1 - tC ** 2)\n"
        "    dA = np.hstack([dC * G_ * I_ * (1 - I_), dC * c * F_ * (1 - F_), dC * I_ * (1 - "
        "G_ ** 2), dh_next * tC * O_ * (1 - O_)])\n"
        "    dB = dA.sum(axis=0)\n"
        '    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC * F_,\n'
        '            "W_ih": dA.T @ x, "W_hh": dA.T @ h, "b_ih": dB, "b_hh": dB}\n'
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    if dh_n == None:\n"
        "        dh_n = np.zeros((B, H))\n"
        "    if dc_n == None:\n"
        "        dc_n = np.zeros((B, H))\n"
        "    H_states = [h0]; C_states = [c0]\n"
        "    for t in range(T):\n"
        "        hh, cc = lstm_cell(x[t], H_states[t], C_states[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        H_states.append(hh); C_states.append(cc)\n"
        "    dX = np.zeros_like(x)\n"
        "    dW1 = np.zeros_like(W_ih); dW2 = np.zeros_like(W_hh)\n"
        "    dB1 = np.zeros_like(b_ih); dB2 = np.zeros_like(b_hh)\n"
        "    dH, dC = dh_n, dc_n\n"
        "    for t in reversed(range(T)):\n"
        "        res = lstm_cell_backward(dout[t] + dH, dC, x[t], H_states[t], C_states[t], "
        "W_ih, W_hh, b_ih, b_hh)\n"
        '        dX[t] = res["x"]\n'
        '        dW1 += res["W_ih"]; dW2 += res["W_hh"]; dB1 += res["b_ih"]; dB2 += '
        'res["b_hh"]\n'
        '        dH, dC = res["h"], res["c"]\n'
        '    return {"x": dX, "h0": dH, "c0": dC, "W_ih": dW1, "W_hh": dW2, "b_ih": dB1, '
        '"b_hh": dB2}\n',
    },
    {
        "id": "lb_yusuf2_mutates_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dout[t] += dh adds the carried gradient into the caller's dout array in "
                "place, changing an input",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "mutat",
                            "overwr",
                            "unchanged",
                            "changes the",
                            "changed",
                        ]
                    },
                    {"any": ["dout", "input", "argument"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    tanhc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next.copy()\n"
        "    dc += dh_next * o * (1 - tanhc ** 2)     # total gradient reaching c_t\n"
        "    da = np.concatenate((dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tanhc * o * (1 - o)), axis=1)\n"
        "    return dict(x=da @ W_ih, h=da @ W_hh, c=dc * f, W_ih=da.T @ x, W_hh=da.T @ h,\n"
        "                b_ih=da.sum(0), b_hh=da.sum(0))\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = [h0]; cs = [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros((B, H))\n"
        "    dc = np.zeros((B, H))\n"
        "    if dh_n is not None:\n"
        "        dh = dh + dh_n\n"
        "    if dc_n is not None:\n"
        "        dc = dc + dc_n\n"
        "    res = dict(x=np.zeros((T, B, I)), W_ih=np.zeros_like(W_ih), "
        "W_hh=np.zeros_like(W_hh),\n"
        "               b_ih=np.zeros_like(b_ih), b_hh=np.zeros_like(b_hh))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dout[t] += dh\n"
        "        dh_t = dout[t]\n"
        "        g = lstm_cell_backward(dh_t, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        res["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            res[k] += g[k]\n"
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '    res["h0"] = dh\n'
        '    res["c0"] = dc\n'
        "    return res\n",
    },
    {
        "id": "lb_kwame2_h0_grad_before_step0",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": '"h0" is the total gradient reaching h at step 0 (dout[0] + carried), i.e. '
                "the gradient of h_0 (the output of step 0), instead of what step 0's "
                "backward returns for its input state h_{-1} = h0",
                "must_mention": [
                    "h0",
                    {
                        "any": [
                            "step 0's",
                            "returned",
                            "backward of step 0",
                            '"h"',
                            "dout[0]",
                            "out[0]",
                            "h_0",
                            "output of step 0",
                            "input state",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    gate = {}\n"
        '    for k, name in enumerate(["i", "f", "g", "o"]):\n'
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        gate[name] = x @ W_ih[rows].T + h @ W_hh[rows].T + b_ih[rows] + b_hh[rows]\n"
        '    i = sigmoid(gate["i"]); f = sigmoid(gate["f"]); g = np.tanh(gate["g"]); o = '
        'sigmoid(gate["o"])\n'
        "    c_t = f * c + i * g\n"
        "    T_c = np.tanh(c_t)\n"
        "    dC = dc_next + dh_next * o * (1 - T_c ** 2)\n"
        '    dpre = {"i": dC * g * i * (1 - i), "f": dC * c * f * (1 - f),\n'
        '            "g": dC * i * (1 - g ** 2), "o": dh_next * T_c * o * (1 - o)}\n'
        "    dx = np.zeros(x.shape)\n"
        "    dh = np.zeros(h.shape)\n"
        "    dW_ih = np.zeros(W_ih.shape)\n"
        "    dW_hh = np.zeros(W_hh.shape)\n"
        "    db = np.zeros(4 * H)\n"
        '    for k, name in enumerate(["i", "f", "g", "o"]):\n'
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        d = dpre[name]\n"
        "        dx = dx + d @ W_ih[rows]\n"
        "        dh = dh + d @ W_hh[rows]       # W_hh block is H x H\n"
        "        dW_ih[rows] = d.T @ x\n"
        "        dW_hh[rows] = d.T @ h\n"
        "        db[rows] = d.sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": dC * f, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hprev = np.zeros((T, B, H)); cprev = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        hprev[t] = h; cprev[t] = c\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    dh_carry = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc_carry = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dX = np.zeros((T, B, I))\n"
        "    dWih = np.zeros(W_ih.shape); dWhh = np.zeros(W_hh.shape)\n"
        "    dbih = np.zeros(b_ih.shape); dbhh = np.zeros(b_hh.shape)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dh_total = dout[t] + dh_carry\n"
        "        gr = lstm_cell_backward(dh_total, dc_carry, x[t], hprev[t], cprev[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dX[t] = gr["x"]\n'
        '        dWih = dWih + gr["W_ih"]; dWhh = dWhh + gr["W_hh"]\n'
        '        dbih = dbih + gr["b_ih"]; dbhh = dbhh + gr["b_hh"]\n'
        '        dh_carry = gr["h"]\n'
        '        dc_carry = gr["c"]\n'
        "    # gradient w.r.t. the hidden state at t = 0\n"
        '    return {"x": dX, "h0": dh_total, "c0": dc_carry, "W_ih": dWih, "W_hh": dWhh, '
        '"b_ih": dbih, "b_hh": dbhh}\n',
    },
    {
        "id": "lb_mei_mean_over_time",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are divided by T (averaged over time) "
                "instead of summed over the steps",
                "must_mention": [
                    {"any": ["mean", "average", "divid", "/ T", "/T", "1/T", "scale", "factor"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    s = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(s[:, :H]); f = sigmoid(s[:, H:2 * H])\n"
        "    g = np.tanh(s[:, 2 * H:3 * H]); o = sigmoid(s[:, 3 * H:])\n"
        "    cn = f * c + i * g\n"
        "    tn = np.tanh(cn)\n"
        "    delta_c = dc_next + dh_next * o * (1 - tn ** 2)\n"
        "    ds = np.concatenate([delta_c * g * i * (1 - i), delta_c * c * f * (1 - f),\n"
        "                         delta_c * i * (1 - g ** 2), dh_next * tn * o * (1 - o)], "
        "axis=1)\n"
        '    # c_{t-1} -> c_t is an identity path (the "constant error carousel")\n'
        "    dc_prev = delta_c * f\n"
        '    return {"x": ds @ W_ih, "h": ds @ W_hh, "c": dc_prev, "W_ih": ds.T @ x,\n'
        '            "W_hh": ds.T @ h, "b_ih": ds.sum(0), "b_hh": ds.sum(0)}\n'
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    traj = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        traj.append(lstm_cell(x[t], traj[t][0], traj[t][1], W_ih, W_hh, b_ih, b_hh))\n"
        "    lam_h = np.zeros((B, H)) if dh_n is None else dh_n      # adjoint variables\n"
        "    lam_c = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    gx = np.zeros((T, B, I))\n"
        "    gW = [np.zeros_like(W_ih), np.zeros_like(W_hh), np.zeros_like(b_ih), "
        "np.zeros_like(b_hh)]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        d = lstm_cell_backward(dout[t] + lam_h, lam_c, x[t], traj[t][0], traj[t][1], "
        "W_ih, W_hh, b_ih, b_hh)\n"
        '        gx[t] = d["x"]\n'
        '        for j, k in enumerate(("W_ih", "W_hh", "b_ih", "b_hh")):\n'
        "            gW[j] += d[k]\n"
        '        lam_h, lam_c = d["h"], d["c"]\n'
        "    gW = [g / T for g in gW]     # time average, shared weights\n"
        '    return {"x": gx, "h0": lam_h, "c0": lam_c, "W_ih": gW[0], "W_hh": gW[1], "b_ih": '
        'gW[2], "b_hh": gW[3]}\n',
    },
    {
        "id": "lb_fatima2_cell_tanh_bug",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the derivative of tanh(c_t) is written 1 - c_t**2 (from c_t itself) "
                "instead of 1 - tanh(c_t)**2",
                "must_mention": [
                    "tanh",
                    {
                        "any": [
                            "deriv",
                            "1 - c",
                            "1-c",
                            "c**2",
                            "c_t**2",
                            "c²",
                            "c_t²",
                            "squared",
                            "tau",
                            "τ",
                            "c_t ** 2",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n"
        "    c_new = f * c + i * g\n"
        "    # h = o * tanh(c_new)  =>  dh/dc_new = o * tanh'(c_new) = o * (1 - c_new^2)\n"
        "    dc_tot = dc_next + dh_next * o * (1 - c_new ** 2)\n"
        "    dzi = dc_tot * g * i * (1 - i)\n"
        "    dzf = dc_tot * c * f * (1 - f)\n"
        "    dzg = dc_tot * i * (1 - g ** 2)\n"
        "    dzo = dh_next * np.tanh(c_new) * o * (1 - o)\n"
        "    dz = np.concatenate([dzi, dzf, dzg, dzo], axis=1)\n"
        "    db = dz.sum(axis=0)\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dc_tot * f,\n'
        '            "W_ih": dz.T @ x, "W_hh": dz.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = np.zeros((T + 1, B, H)); cs = np.zeros((T + 1, B, H))\n"
        "    hs[0], cs[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        hs[t + 1], cs[t + 1] = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        '    G = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '         "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        step = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        G["x"][t] = step["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            G[k] += step[k]\n"
        '        dh, dc = step["h"], step["c"]\n'
        '    G["h0"] = dh\n'
        '    G["c0"] = dc\n'
        "    return G\n",
    },
    {
        "id": "lb_oliver2_dWhh_shifted",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "W_hh's gradient pairs step t's δa with h_t (hs[1:]) instead of h_{t-1} "
                "(hs[:-1]): the states are shifted by one step",
                "must_mention": [
                    "W_hh",
                    {
                        "any": [
                            "h_{t-1}",
                            "previous",
                            "off by one",
                            "off-by-one",
                            "shift",
                            "h_t",
                            "wrong state",
                            "one step",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = np.empty((T + 1, B, H)); cs = np.empty((T + 1, B, H))\n"
        "    gates = np.empty((T, B, 4 * H))\n"
        "    hs[0], cs[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        a = x[t] @ W_ih.T + b_ih + hs[t] @ W_hh.T + b_hh\n"
        "        ai, af, ag, ao = np.split(a, 4, axis=1)\n"
        "        gates[t] = np.concatenate([sigmoid(ai), sigmoid(af), np.tanh(ag), "
        "sigmoid(ao)], axis=1)\n"
        "        i, f, g, o = np.split(gates[t], 4, axis=1)\n"
        "        cs[t + 1] = f * cs[t] + i * g\n"
        "        hs[t + 1] = o * np.tanh(cs[t + 1])\n"
        "    dh = np.zeros((B, H)) if dh_n is None else np.array(dh_n, dtype=float)\n"
        "    dc = np.zeros((B, H)) if dc_n is None else np.array(dc_n, dtype=float)\n"
        "    da_all = np.empty((T, B, 4 * H))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        i, f, g, o = np.split(gates[t], 4, axis=1)\n"
        "        dh = dh + dout[t]\n"
        "        tc = np.tanh(cs[t + 1])\n"
        "        dc = dc + dh * o * (1 - tc * tc)\n"
        "        da_all[t] = np.concatenate([dc * g * i * (1 - i), dc * cs[t] * f * (1 - f),\n"
        "                                    dc * i * (1 - g * g), dh * tc * o * (1 - o)], "
        "axis=1)\n"
        "        dh = da_all[t] @ W_hh\n"
        "        dc = dc * f\n"
        '    dx = np.einsum("tbk,ki->tbi", da_all, W_ih)\n'
        '    dW_ih = np.einsum("tbk,tbi->ki", da_all, x)\n'
        '    dW_hh = np.einsum("tbk,tbh->kh", da_all, hs[1:])\n'
        "    db = da_all.sum(axis=(0, 1))\n"
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db, '
        '"b_hh": db.copy()}\n',
    },
    {
        "id": "lb2_tomas_assign_truncated",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are assigned (=) at each step instead of "
                "summed over the steps, so only step 0's contribution is returned",
                "must_mention": [
                    {"any": ["sum", "accumul", "add", "+=", "all steps", "every step"]},
                    {"any": ["step", "time"]},
                ],
            },
            {
                "what": "truncated BPTT: only the last 3 steps are back-propagated; the earlier "
                "steps get no gradient (x[t] zero, weights missing their terms, h0/c0 "
                "wrong)",
                "must_mention": [
                    {
                        "any": [
                            "truncat",
                            "only the last",
                            "last 3",
                            "last three",
                            "k steps",
                            "earlier steps",
                            "first steps",
                            "all steps",
                            "every step",
                            "steps before",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    # forward pass again\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    input_gate = sigmoid(gates[:, 0:H])\n"
        "    forget_gate = sigmoid(gates[:, H:2 * H])\n"
        "    candidate = np.tanh(gates[:, 2 * H:3 * H])\n"
        "    output_gate = sigmoid(gates[:, 3 * H:4 * H])\n"
        "    new_c = forget_gate * c + input_gate * candidate\n"
        "    # backward pass\n"
        "    d_new_c = dc_next + dh_next * output_gate * (1 - np.tanh(new_c) ** 2)\n"
        "    d_input = d_new_c * candidate * input_gate * (1 - input_gate)\n"
        "    d_forget = d_new_c * c * forget_gate * (1 - forget_gate)\n"
        "    d_candidate = d_new_c * input_gate * (1 - candidate ** 2)\n"
        "    d_output = dh_next * np.tanh(new_c) * output_gate * (1 - output_gate)\n"
        "    d_gates = np.concatenate([d_input, d_forget, d_candidate, d_output], axis=1)\n"
        "    result = {}\n"
        '    result["x"] = d_gates @ W_ih\n'
        '    result["h"] = d_gates @ W_hh\n'
        '    result["c"] = d_new_c * forget_gate\n'
        '    result["W_ih"] = d_gates.T @ x\n'
        '    result["W_hh"] = d_gates.T @ h\n'
        '    result["b_ih"] = np.sum(d_gates, axis=0)   # average over the batch\n'
        '    result["b_hh"] = np.sum(d_gates, axis=0)\n'
        "    return result\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    # forward pass, remember every state\n"
        "    h_list = [h0]\n"
        "    c_list = [c0]\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h_list[-1], c_list[-1], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        h_list.append(h_new)\n"
        "        c_list.append(c_new)\n"
        "    # gradients coming from the final state\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros((B, H))\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros((B, H))\n"
        "    grad_x = np.zeros((T, B, I))\n"
        "    grad_W_ih = np.zeros_like(W_ih)\n"
        "    grad_W_hh = np.zeros_like(W_hh)\n"
        "    grad_b_ih = np.zeros_like(b_ih)\n"
        "    grad_b_hh = np.zeros_like(b_hh)\n"
        "    carry_h = dh_n\n"
        "    carry_c = dc_n\n"
        "    for t in range(T - 1, max(T - 4, -1), -1):   # 3 steps back is enough\n"
        "        total_h = dout[t] + carry_h\n"
        "        step = lstm_cell_backward(total_h, carry_c, x[t], h_list[t], c_list[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        grad_x[t] = step["x"]\n'
        '        grad_W_ih = step["W_ih"]\n'
        '        grad_W_hh = step["W_hh"]\n'
        '        grad_b_ih = step["b_ih"]\n'
        '        grad_b_hh = step["b_hh"]\n'
        '        carry_h = step["h"]\n'
        '        carry_c = step["c"]\n'
        '    return {"x": grad_x, "h0": carry_h, "c0": carry_c, "W_ih": grad_W_ih,\n'
        '            "W_hh": grad_W_hh, "b_ih": grad_b_ih, "b_hh": grad_b_hh}\n',
    },
    {
        "id": "lb2_ben_noflow_dcn_ignored",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": 'the gradient reaching h_t is dout[t] alone: step t+1\'s returned "h" is '
                "never added, so no gradient flows back through the hidden state",
                "must_mention": [
                    {"any": ["dout", "δh", "dh", "h_t", '"h"', "hidden"]},
                    {
                        "any": [
                            "t+1",
                            "t + 1",
                            "next step",
                            "later",
                            "recurr",
                            "carr",
                            "back through",
                            "previous step",
                            "flow",
                        ]
                    },
                ],
            },
            {
                "what": "dc_n is ignored (only dh_n is used): the cell-state gradient starts from "
                "zeros at the last step",
                "must_mention": ["dc_n"],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    A = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    I_, F_, G_, O_ = sigmoid(A[:, :H]), sigmoid(A[:, H:2 * H]), np.tanh(A[:, 2 * H:3 "
        "* H]), sigmoid(A[:, 3 * H:])\n"
        "    C = F_ * c + I_ * G_\n"
        "    tC = np.tanh(C)\n"
        "    dC = dc_next + dh_next * O_ * (1 - tC ** 2)\n"
        "    dA = np.hstack([dC * G_ * I_ * (1 - I_), dC * c * F_ * (1 - F_), dC * I_ * (1 - "
        "G_ ** 2), dh_next * tC * O_ * (1 - O_)])\n"
        "    dB = dA.sum(axis=0)\n"
        '    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC * F_,\n'
        '            "W_ih": dA.T @ x, "W_hh": dA.T @ h, "b_ih": dB, "b_hh": dB}\n'
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    H_states = [h0]; C_states = [c0]\n"
        "    for t in range(T):\n"
        "        hh, cc = lstm_cell(x[t], H_states[t], C_states[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        H_states.append(hh); C_states.append(cc)\n"
        "    dX = np.zeros_like(x)\n"
        "    dW1 = np.zeros_like(W_ih); dW2 = np.zeros_like(W_hh)\n"
        "    dB1 = np.zeros_like(b_ih); dB2 = np.zeros_like(b_hh)\n"
        "    dH = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dC = np.zeros((B, H))\n"
        "    for t in reversed(range(T)):\n"
        "        # the loss talks to h_t through dout[t]; at the end also through h_n\n"
        "        dh_t = dout[t] + (dH if t == T - 1 else 0.0)\n"
        "        res = lstm_cell_backward(dh_t, dC, x[t], H_states[t], C_states[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dX[t] = res["x"]\n'
        '        dW1 += res["W_ih"]; dW2 += res["W_hh"]; dB1 += res["b_ih"]; dB2 += '
        'res["b_hh"]\n'
        '        dH, dC = res["h"], res["c"]\n'
        '    return {"x": dX, "h0": dH, "c0": dC, "W_ih": dW1, "W_hh": dW2, "b_ih": dB1, '
        '"b_hh": dB2}\n',
    },
    {
        "id": "lb2_lukas_xrev_mean",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "x's gradients are collected while walking back from T-1 to 0 and stacked "
                'without reversing, so "x" is in reversed time order',
                "must_mention": [
                    {
                        "any": [
                            '"x"',
                            "'x'",
                            "dx",
                            "δx",
                            "gradient of x",
                            "x gradient",
                            "x[t]",
                            "in x",
                            "of x",
                        ]
                    },
                    {"any": ["order", "revers", "flip", "backwards in time", "T-1-t", "T - 1 - t"]},
                ],
            },
            {
                "what": "the weight and bias gradients are divided by T (averaged over time) "
                "instead of summed over the steps",
                "must_mention": [
                    {"any": ["mean", "average", "divid", "/ T", "/T", "1/T", "scale", "factor"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def _sig(z):\n"
        "    # sigma(z) = (1 + tanh(z/2)) / 2 : never overflows\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    pre = np.split(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh, 4, axis=1)\n"
        "    i, f, g, o = [fn(p) for fn, p in zip((_sig, _sig, np.tanh, _sig), pre)]\n"
        "    th = np.tanh(f * c + i * g)\n"
        "    dC = dc_next + dh_next * o * (1 - th * th)\n"
        '    local = {"i": dC * g * i * (1 - i), "f": dC * c * f * (1 - f),\n'
        '             "g": dC * i * (1 - g * g), "o": dh_next * th * o * (1 - o)}\n'
        '    dA = np.concatenate([local[k] for k in "ifgo"], axis=1)\n'
        '    grads = {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC * f,\n'
        '             "W_ih": dA.T @ x, "W_hh": dA.T @ h}\n'
        '    grads.update({k: dA.sum(axis=0) for k in ("b_ih", "b_hh")})\n'
        "    return grads\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    states = [(h0, c0)]\n"
        "    for x_t in x:\n"
        "        states.append(lstm_cell(x_t, *states[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    zeros = np.zeros_like(h0)\n"
        "    dh = zeros if dh_n is None else dh_n\n"
        "    dc = zeros if dc_n is None else dc_n\n"
        "    dxs = []\n"
        "    acc = {k: np.zeros_like(v) for k, v in dict(W_ih=W_ih, W_hh=W_hh, b_ih=b_ih, "
        "b_hh=b_hh).items()}\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], *states[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        acc = {k: acc[k] + g[k] for k in acc}\n"
        "    acc = {k: v / T for k, v in acc.items()}   # average over time\n"
        '    return {"x": np.stack(dxs), "h0": dh, "c0": dc, **acc}\n',
    },
    {
        "id": "lb2_kwame_dcreset_mutates",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell-state gradient is not carried between steps: each step starts "
                "from dc = 0 (dc_n only at the last step) instead of step t+1's returned "
                '"c"',
                "must_mention": [
                    {"any": ["cell", '"c"', "dc", "δc", "c_t"]},
                    {
                        "any": [
                            "carr",
                            "t+1",
                            "t + 1",
                            "next step",
                            "recurr",
                            "later",
                            "previous step",
                            "flow",
                            "pass",
                        ]
                    },
                ],
            },
            {
                "what": "dout[t] += dh adds the carried gradient into the caller's dout array in "
                "place, changing an input",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "mutat",
                            "overwr",
                            "unchanged",
                            "changes the",
                            "changed",
                        ]
                    },
                    {"any": ["dout", "input", "argument"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    gate = {}\n"
        '    for k, name in enumerate(["i", "f", "g", "o"]):\n'
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        gate[name] = x @ W_ih[rows].T + h @ W_hh[rows].T + b_ih[rows] + b_hh[rows]\n"
        '    i = sigmoid(gate["i"]); f = sigmoid(gate["f"]); g = np.tanh(gate["g"]); o = '
        'sigmoid(gate["o"])\n'
        "    c_t = f * c + i * g\n"
        "    T_c = np.tanh(c_t)\n"
        "    dC = dc_next + dh_next * o * (1 - T_c ** 2)\n"
        '    dpre = {"i": dC * g * i * (1 - i), "f": dC * c * f * (1 - f),\n'
        '            "g": dC * i * (1 - g ** 2), "o": dh_next * T_c * o * (1 - o)}\n'
        "    dx = np.zeros(x.shape)\n"
        "    dh = np.zeros(h.shape)\n"
        "    dW_ih = np.zeros(W_ih.shape)\n"
        "    dW_hh = np.zeros(W_hh.shape)\n"
        "    db = np.zeros(4 * H)\n"
        '    for k, name in enumerate(["i", "f", "g", "o"]):\n'
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        d = dpre[name]\n"
        "        dx = dx + d @ W_ih[rows]\n"
        "        dh = dh + d @ W_hh[rows]       # W_hh block is H x H\n"
        "        dW_ih[rows] = d.T @ x\n"
        "        dW_hh[rows] = d.T @ h\n"
        "        db[rows] = d.sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": dC * f, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hprev = np.zeros((T, B, H)); cprev = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        hprev[t] = h; cprev[t] = c\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    dhn = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dcn = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dX = np.zeros((T, B, I))\n"
        "    dWih = np.zeros(W_ih.shape); dWhh = np.zeros(W_hh.shape)\n"
        "    dbih = np.zeros(b_ih.shape); dbhh = np.zeros(b_hh.shape)\n"
        "    dh_carry = dhn\n"
        "    dc_carry = dcn\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dc_in = dcn if t == T - 1 else np.zeros((B, H))\n"
        "        dout[t] += dh_carry\n"
        "        gr = lstm_cell_backward(dout[t], dc_in, x[t], hprev[t], cprev[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dX[t] = gr["x"]\n'
        '        dWih = dWih + gr["W_ih"]; dWhh = dWhh + gr["W_hh"]\n'
        '        dbih = dbih + gr["b_ih"]; dbhh = dbhh + gr["b_hh"]\n'
        '        dh_carry = gr["h"]\n'
        '        dc_carry = gr["c"]\n'
        '    return {"x": dX, "h0": dh_carry, "c0": dc_carry, "W_ih": dWih, "W_hh": dWhh, '
        '"b_ih": dbih, "b_hh": dbhh}\n',
    },
    {
        "id": "lb2_fatima_sigpre_offbyone",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "her step backward takes the sigmoid derivative of i, f, o from the "
                "pre-activations, a*(1-a), instead of σ(a)(1-σ(a))",
                "must_mention": [
                    {"any": ["sigmoid", "σ", "sigma"]},
                    {
                        "any": [
                            "pre-activation",
                            "preactivation",
                            "pre activation",
                            "deriv",
                            "σ'",
                            "a(1",
                            "a*(1",
                            "a_",
                        ]
                    },
                ],
            },
            {
                "what": "step t's backward is given the state after step t, (h_t, c_t), instead of "
                "the state it started from, (h_{t-1}, c_{t-1}): the saved states are off "
                "by one",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "previous state",
                            "state before",
                            "started from",
                            "off by one",
                            "off-by-one",
                            "h_t instead",
                            "wrong state",
                            "input state",
                            "one step",
                            "shifted",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def dsigmoid(a):\n"
        "    return a * (1 - a)\n"
        "\n"
        "\n"
        "def dtanh(a):\n"
        "    return 1 - np.tanh(a) ** 2\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    dc_t = dc_next + dh_next * o * dtanh(c_t)\n"
        "    da_i = dc_t * g * dsigmoid(a_i)\n"
        "    da_f = dc_t * c * dsigmoid(a_f)\n"
        "    da_g = dc_t * i * dtanh(a_g)\n"
        "    da_o = dh_next * np.tanh(c_t) * dsigmoid(a_o)\n"
        "    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = np.zeros((T + 1, B, H)); cs = np.zeros((T + 1, B, H))\n"
        "    hs[0], cs[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        hs[t + 1], cs[t + 1] = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        '    G = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '         "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        step = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t + 1], cs[t + 1], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        G["x"][t] = step["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            G[k] += step[k]\n"
        '        dh, dc = step["h"], step["c"]\n'
        '    G["h0"] = dh\n'
        '    G["c0"] = dc\n'
        "    return G\n",
    },
    {
        "id": "ll_ok_priya_where",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]            # (B, 1): is step t real for row b?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)             # frozen once the sequence has ended\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ok_tomas_per_sequence",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        "    # run every sequence on its own, only over its real steps\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        h = h0[b:b + 1]\n"
        "        c = c0[b:b + 1]\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b] = h[0]\n"
        "        c_n[b] = c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_ok_mei_float_mask",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    steps = np.arange(T)[:, None, None]\n"
        "    M = (steps < np.asarray(lengths)[None, :, None]).astype(float)   # (T, B, 1) "
        "mask\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = M[t]\n"
        "        h = m * h_t + (1.0 - m) * h\n"
        "        c = m * c_t + (1.0 - m) * c\n"
        "        out.append(m * h_t)\n"
        "    return np.array(out), (h, c)\n",
    },
    {
        "id": "ll_ok_ben_pack_by_hand",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        '    order = np.argsort(-lengths, kind="stable")      # longest first, like '
        "pack_padded_sequence\n"
        "    lens = lengths[order]\n"
        "    xs = x[:, order]\n"
        "    h = h0[order].copy(); c = c0[order].copy()\n"
        "    out_sorted = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        n = int(np.sum(lens > t))     # batch_size at step t\n"
        "        if n == 0:\n"
        "            break\n"
        "        h_new, c_new = lstm_cell(xs[t, :n], h[:n], c[:n], W_ih, W_hh, b_ih, b_hh)\n"
        "        h[:n], c[:n] = h_new, c_new\n"
        "        out_sorted[t, :n] = h_new\n"
        "    inv = np.argsort(order)\n"
        "    return out_sorted[:, inv], (h[inv], c[inv])\n",
    },
    {
        "id": "ll_ben_sort_no_unsort",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the batch is sorted by length (packing by hand) but the outputs and final "
                "states are returned in sorted order, never unsorted back to the caller's "
                "batch order",
                "must_mention": [
                    {
                        "any": [
                            "sort",
                            "permut",
                            "reorder",
                            "batch order",
                            "order of the batch",
                            "order of the rows",
                            "rows are",
                            "shuffl",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        '    order = np.argsort(-lengths, kind="stable")      # longest first, like '
        "pack_padded_sequence\n"
        "    lens = lengths[order]\n"
        "    xs = x[:, order]\n"
        "    h = h0[order].copy(); c = c0[order].copy()\n"
        "    out_sorted = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        n = int(np.sum(lens > t))     # batch_size at step t\n"
        "        if n == 0:\n"
        "            break\n"
        "        h_new, c_new = lstm_cell(xs[t, :n], h[:n], c[:n], W_ih, W_hh, b_ih, b_hh)\n"
        "        h[:n], c[:n] = h_new, c_new\n"
        "        out_sorted[t, :n] = h_new\n"
        "    return out_sorted, (h, c)\n",
    },
    {
        "id": "ll_hana_states_not_masked",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only the outputs are masked: the state keeps being updated on the padding "
                "steps, so h_n and c_n are the states after step T-1 instead of at each "
                "row's last real step",
                "must_mention": [
                    {"any": ["h_n", "c_n", "state"]},
                    {
                        "any": [
                            "pad",
                            "last real",
                            "own last",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "T - 1",
                            "T-1",
                            "after the end",
                            "frozen",
                            "freeze",
                            "past",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, N, D = x.shape\n"
        "    H = h0.shape[1]\n"
        "    mask = np.arange(T)[:, None] < lengths[None, :]     # (T, N)\n"
        "    out = np.zeros((T, N, H))\n"
        "    prev_h, prev_c = h0, c0\n"
        "    for t in range(T):\n"
        "        next_h, next_c = lstm_cell(x[t], prev_h, prev_c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = next_h * mask[t][:, None]     # zero the padded outputs\n"
        "        prev_h, prev_c = next_h, next_c\n"
        "    return out, (prev_h, prev_c)\n",
    },
    {
        "id": "ll_kwame_length_as_last_index",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "lengths[b] is treated as the last index (t <= lengths[b]): every shorter "
                "sequence runs one padding step too many (its output there is not zero and "
                "its final state is one step late)",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "extra step",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "last index",
                            "<=",
                            "one too many",
                            "one more",
                            "one padding step",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h = h0; c = c0\n"
        "    for t in range(T):\n"
        "        keep = (t <= lengths).reshape(B, 1)      # sequence b runs up to its length\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(keep, hn, h)\n"
        "        c = np.where(keep, cn, c)\n"
        "        out[t] = np.where(keep, hn, 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_tomas_out_not_zeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "past each length, out holds the frozen state instead of zeros",
                "must_mention": ["zero", {"any": ["past", "after", "beyond", "pad", ">="]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        "    h = h0.copy()\n"
        "    c = c0.copy()\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        for b in range(B):\n"
        "            if t < lengths[b]:\n"
        "                h[b] = h_new[b]\n"
        "                c[b] = c_new[b]\n"
        "        # the output at step t is the hidden state\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_lukas_hn_from_out_last",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n is read from out[-1] (step T-1, zeros for shorter rows) instead of "
                "each row's state at its last real step",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "last real",
                            "own last",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "lengths - 1",
                            "out[-1]",
                            "T - 1",
                            "T-1",
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
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    m = lambda t: (t < lengths)[:, None]\n"
        "    h, c, ys = h0, c0, []\n"
        "    for t, x_t in enumerate(x):\n"
        "        h2, c2 = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h, c = np.where(m(t), h2, h), np.where(m(t), c2, c)\n"
        "        ys.append(np.where(m(t), h2, 0.0))\n"
        "    out = np.stack(ys)\n"
        "    return out, (out[-1], c)\n",
    },
    {
        "id": "ll_yusuf_gather_at_length",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the final states are gathered at index lengths[b] instead of lengths[b] - "
                "1 (length used as the last index): one padding step late, and an "
                "IndexError when a length equals T",
                "must_mention": [
                    {
                        "any": [
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "lengths - 1",
                            "lengths-1",
                            "last index",
                            "off by one",
                            "off-by-one",
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
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        "    hs = np.zeros((T, B, H)); cs = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs[t], cs[t] = h, c\n"
        "    valid = np.arange(T)[:, None] < lengths[None, :]\n"
        "    out = hs * valid[:, :, None]\n"
        "    rows = np.arange(B)\n"
        "    h_n = hs[lengths, rows]\n"
        "    c_n = cs[lengths, rows]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_oliver_out_maxlen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out has max(lengths) steps instead of T (like pad_packed_sequence without "
                "total_length=T)",
                "must_mention": [
                    {"any": ["shape", "total_length", "steps"]},
                    {"any": ["max", "longest", "T"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    L = np.asarray(lengths)\n"
        "    T_eff = int(L.max())                       # padding beyond the longest sequence "
        "is useless\n"
        "    M = np.arange(T_eff)[:, None, None] < L[None, :, None]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T_eff,) + h0.shape)\n"
        "    for t in range(T_eff):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h, c = np.where(M[t], hn, h), np.where(M[t], cn, c)\n"
        "        out[t] = np.where(M[t], hn, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_fatima_mask_broadcast",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask (t < lengths) has shape (B,) and is used without [:, None], so "
                "it broadcasts along the hidden units instead of the batch rows (an error "
                "when B != H, silently wrong when B == H; right only for B = 1)",
                "must_mention": [{"any": ["broadcast", "[:, None]", "None]", "(B, 1)", "reshape"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = t < lengths                      # m_t = 1 on real steps\n"
        "        h_tilde, c_tilde = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = m * h_tilde + (1 - m) * h\n"
        "        c = m * c_tilde + (1 - m) * c\n"
        "        out[t] = m * h_tilde\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_sofia_ignores_h0",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the given h0, c0 are ignored: the state starts from zeros (copied from "
                "the chapter's masked_lstm)",
                "must_mention": [{"any": ["h0", "c0", "initial"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """masked time loop, chapter 7"""\n'
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
        "id": "ll_yusuf2_zeroes_x_padding",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the padding of x is zeroed in place (x[lengths[b]:, b] = 0), changing the "
                "caller's input",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "mutat",
                            "overwr",
                            "unchanged",
                            "changes the",
                            "changed",
                        ]
                    },
                    {"any": ["x", "input", "argument"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        "    for b in range(B):\n"
        "        x[lengths[b]:, b] = 0.0            # clean the padding first\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        alive = (t < lengths)[:, None]\n"
        "        hh, cc = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(alive, hh, h)\n"
        "        c = np.where(alive, cc, c)\n"
        "        out[t] = np.where(alive, hh, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_mei2_c_not_masked",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only h is frozen on padding steps; c keeps updating, so c_n (and h after "
                "a padding step) is wrong for shorter rows",
                "must_mention": [
                    {"any": ["c_n", "cell state", "c_t", '"c"', " c "]},
                    {"any": ["pad", "mask", "freez", "frozen", "past", "after", "last real"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    steps = np.arange(T)[:, None, None]\n"
        "    M = (steps < np.asarray(lengths)[None, :, None]).astype(float)   # (T, B, 1) "
        "mask\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = M[t]\n"
        "        h = m * h_t + (1.0 - m) * h\n"
        "        c = c_t\n"
        "        out.append(m * h_t)\n"
        "    return np.array(out), (h, c)\n",
    },
    {
        "id": "ll_ben2_sort_h0_not_permuted",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the batch is sorted by length but h0 and c0 are not permuted with it, so "
                "each row starts from another row's initial state",
                "must_mention": [
                    {"any": ["h0", "c0", "initial"]},
                    {"any": ["sort", "permut", "order", "row"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        '    order = np.argsort(-lengths, kind="stable")      # longest first, like '
        "pack_padded_sequence\n"
        "    lens = lengths[order]\n"
        "    xs = x[:, order]\n"
        "    h = h0.copy(); c = c0.copy()\n"
        "    out_sorted = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        n = int(np.sum(lens > t))     # batch_size at step t\n"
        "        if n == 0:\n"
        "            break\n"
        "        h_new, c_new = lstm_cell(xs[t, :n], h[:n], c[:n], W_ih, W_hh, b_ih, b_hh)\n"
        "        h[:n], c[:n] = h_new, c_new\n"
        "        out_sorted[t, :n] = h_new\n"
        "    inv = np.argsort(order)\n"
        "    return out_sorted[:, inv], (h[inv], c[inv])\n",
    },
    {
        "id": "ll2_ben_nounsort_lastindex",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the batch is sorted by length (packing by hand) but the outputs and final "
                "states are returned in sorted order, never unsorted back to the caller's "
                "batch order",
                "must_mention": [
                    {
                        "any": [
                            "sort",
                            "permut",
                            "reorder",
                            "batch order",
                            "order of the batch",
                            "order of the rows",
                            "rows are",
                            "shuffl",
                        ]
                    }
                ],
            },
            {
                "what": "batch_sizes counts lens >= t (length taken as the last index), so every "
                "sequence runs one padding step too many",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "extra step",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "last index",
                            ">=",
                            "one too many",
                            "one more",
                            "one padding step",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        '    order = np.argsort(-lengths, kind="stable")      # longest first, like '
        "pack_padded_sequence\n"
        "    lens = lengths[order]\n"
        "    xs = x[:, order]\n"
        "    h = h0[order].copy(); c = c0[order].copy()\n"
        "    out_sorted = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        n = int(np.sum(lens >= t))     # batch_size at step t\n"
        "        if n == 0:\n"
        "            break\n"
        "        n = min(n, B)\n"
        "        h_new, c_new = lstm_cell(xs[t, :n], h[:n], c[:n], W_ih, W_hh, b_ih, b_hh)\n"
        "        h[:n], c[:n] = h_new, c_new\n"
        "        out_sorted[t, :n] = h_new\n"
        "    return out_sorted, (h, c)\n",
    },
    {
        "id": "ll2_hana_unmasked_states_zero_init",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only the outputs are masked: the state keeps being updated on the padding "
                "steps, so h_n and c_n are the states after step T-1 instead of at each "
                "row's last real step",
                "must_mention": [
                    {"any": ["h_n", "c_n", "state"]},
                    {
                        "any": [
                            "pad",
                            "last real",
                            "own last",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "T - 1",
                            "T-1",
                            "after the end",
                            "frozen",
                            "freeze",
                            "past",
                        ]
                    },
                ],
            },
            {
                "what": "the given h0, c0 are ignored: the state starts from zeros (copied from "
                "the chapter's masked_lstm)",
                "must_mention": [{"any": ["h0", "c0", "initial"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, N, D = x.shape\n"
        "    H = h0.shape[1]\n"
        "    mask = np.arange(T)[:, None] < lengths[None, :]     # (T, N)\n"
        "    out = np.zeros((T, N, H))\n"
        "    prev_h = np.zeros((N, H)); prev_c = np.zeros((N, H))\n"
        "    for t in range(T):\n"
        "        next_h, next_c = lstm_cell(x[t], prev_h, prev_c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = next_h * mask[t][:, None]     # zero the padded outputs\n"
        "        prev_h, prev_c = next_h, next_c\n"
        "    return out, (prev_h, prev_c)\n",
    },
    {
        "id": "ll2_kwame_nozero_c_unmasked",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "past each length, out holds the frozen state instead of zeros",
                "must_mention": ["zero", {"any": ["past", "after", "beyond", "pad", ">="]}],
            },
            {
                "what": "only h is frozen on padding steps; c keeps updating, so c_n (and h after "
                "a padding step) is wrong for shorter rows",
                "must_mention": [
                    {"any": ["c_n", "cell state", "c_t", '"c"', " c "]},
                    {"any": ["pad", "mask", "freez", "frozen", "past", "after", "last real"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h = h0; c = c0\n"
        "    for t in range(T):\n"
        "        keep = (t < lengths).reshape(B, 1)\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(keep, hn, h)\n"
        "        c = cn\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "bll_ok_ben_reuse_per_row",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        '    order = np.argsort(-lengths, kind="stable")      # longest first, like '
        "pack_padded_sequence\n"
        "    lens = lengths[order]\n"
        "    xs = x[:, order]\n"
        "    h = h0[order].copy(); c = c0[order].copy()\n"
        "    out_sorted = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        n = int(np.sum(lens > t))     # batch_size at step t\n"
        "        if n == 0:\n"
        "            break\n"
        "        h_new, c_new = lstm_cell(xs[t, :n], h[:n], c[:n], W_ih, W_hh, b_ih, b_hh)\n"
        "        h[:n], c[:n] = h_new, c_new\n"
        "        out_sorted[t, :n] = h_new\n"
        "    inv = np.argsort(order)\n"
        "    return out_sorted[:, inv], (h[inv], c[inv])\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse every sequence's real steps; the padding stays where it is\n"
        "    x_rev = x.copy()\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        x_rev[:L, b] = x[:L, b][::-1]\n"
        "    out_r, (hr, cr) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        out_b[:L, b] = out_r[:L, b][::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([hf, hr]), np.stack([cf, cr]))\n",
    },
    {
        "id": "bll_ok_oliver_gather_index",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    steps = np.arange(T)[:, None, None]\n"
        "    M = (steps < np.asarray(lengths)[None, :, None]).astype(float)   # (T, B, 1) "
        "mask\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = M[t]\n"
        "        h = m * h_t + (1.0 - m) * h\n"
        "        c = m * c_t + (1.0 - m) * c\n"
        "        out.append(m * h_t)\n"
        "    return np.array(out), (h, c)\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    t = np.arange(T)[:, None]\n"
        "    L = np.asarray(lengths)[None, :]\n"
        "    idx = np.where(t < L, L - 1 - t, t)     # (T, B): reverse the real part, padding "
        "stays put\n"
        "    cols = np.arange(B)[None, :]\n"
        "    x_rev = x[idx, cols]\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    orv, (hr, cr) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    ob = orv[idx, cols]                     # the same permutation undoes itself\n"
        "    return np.concatenate((of, ob), -1), (np.stack((hf, hr)), np.stack((cf, cr)))\n",
    },
    {
        "id": "bll_ok_priya_direct_loops",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    L = np.asarray(lengths)\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    # forward: masked loop from t = 0\n"
        "    h, c = h0[0].copy(), c0[0].copy()\n"
        "    for t in range(T):\n"
        "        real = (t < L)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *fwd)\n"
        "        h = np.where(real, hn, h); c = np.where(real, cn, c)\n"
        "        out[t, :, :H] = np.where(real, hn, 0.0)\n"
        "    # reverse: walk from T-1 down; on padding the state stays at h0[1], so each row "
        "really\n"
        "    # starts at its own step lengths[b] - 1\n"
        "    hr, cr = h0[1].copy(), c0[1].copy()\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        real = (t < L)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], hr, cr, *bwd)\n"
        "        hr = np.where(real, hn, hr); cr = np.where(real, cn, cr)\n"
        "        out[t, :, H:] = np.where(real, hn, 0.0)\n"
        "    return out, (np.stack([h, hr]), np.stack([c, cr]))\n",
    },
    {
        "id": "bll_tomas_reverse_whole_padded",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction gets the whole padded sequence reversed (x[::-1]), "
                "padding included, so it starts on padding instead of at each row's last "
                "real step",
                "must_mention": [{"any": ["pad"]}, {"any": ["reverse", "backward"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        "    # run every sequence on its own, only over its real steps\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        h = h0[b:b + 1]\n"
        "        c = c0[b:b + 1]\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b] = h[0]\n"
        "        c_n[b] = c[0]\n"
        "    return out, (h_n, c_n)\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    # forward direction\n"
        "    out_fwd, (h_fwd, c_fwd) = lstm_layer_lengths(x, lengths, h0[0], c0[0], fwd[0], "
        "fwd[1], fwd[2], fwd[3])\n"
        "    # reverse direction: reverse the time axis, run, reverse back\n"
        "    x_backwards = x[::-1]\n"
        "    out_bwd, (h_bwd, c_bwd) = lstm_layer_lengths(x_backwards, lengths, h0[1], c0[1], "
        "bwd[0], bwd[1], bwd[2], bwd[3])\n"
        "    out_bwd = out_bwd[::-1]\n"
        "    out = np.concatenate((out_fwd, out_bwd), axis=2)\n"
        "    h_n = np.stack((h_fwd, h_bwd))\n"
        "    c_n = np.stack((c_fwd, c_bwd))\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bll_lukas_no_unflip",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "each row's real steps are reversed for the reverse direction, but its "
                "outputs are not reversed back, so out[t, b, H:] holds the reverse state "
                "of step lengths[b]-1-t",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["flip", "order", "position", "un-revers", "back to", "align"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    steps = np.arange(T)[:, None, None]\n"
        "    M = (steps < np.asarray(lengths)[None, :, None]).astype(float)   # (T, B, 1) "
        "mask\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = M[t]\n"
        "        h = m * h_t + (1.0 - m) * h\n"
        "        c = m * c_t + (1.0 - m) * c\n"
        "        out.append(m * h_t)\n"
        "    return np.array(out), (h, c)\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    flip_real = lambda a: np.stack([np.concatenate([a[:n, b][::-1], a[n:, b]]) for b, "
        "n in enumerate(lengths)], axis=1)\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(flip_real(x), lengths, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([of, ob], axis=-1)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bll_kwame_init_from_forward",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from h0[0], c0[0] (the forward row) instead "
                "of h0[1], c0[1]",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "start"]},
                    {"any": ["reverse", "backward", "row 1", "[1]"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    hf = h0[0]; cf = c0[0]\n"
        "    for t in range(T):\n"
        "        keep = (t < lengths).reshape(B, 1)\n"
        "        hn, cn = lstm_cell(x[t], hf, cf, *fwd)\n"
        "        hf = np.where(keep, hn, hf); cf = np.where(keep, cn, cf)\n"
        "        out[t, :, :H] = np.where(keep, hn, 0)\n"
        "    hb = h0[0]; cb = c0[0]\n"
        "    for t in reversed(range(T)):\n"
        "        keep = (t < lengths).reshape(B, 1)\n"
        "        hn, cn = lstm_cell(x[t], hb, cb, *bwd)\n"
        "        hb = np.where(keep, hn, hb); cb = np.where(keep, cn, cb)\n"
        "        out[t, :, H:] = np.where(keep, hn, 0)\n"
        "    return out, (np.array([hf, hb]), np.array([cf, cb]))\n",
    },
    {
        "id": "bll_hana_reverse_not_masked",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only the forward direction is masked (as in chapter 7's code): the "
                "reverse direction is a plain LSTM over the whole padded x reversed, so it "
                "starts on padding and its half of out is not zero past each length "
                "(h_n[1] also wrong)",
                "must_mention": [{"any": ["pad", "mask"]}, {"any": ["reverse", "backward"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]            # (B, 1): is step t real for row b?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)             # frozen once the sequence has ended\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
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
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (hn_f, cn_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b, (hn_b, cn_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    return out, (np.stack([hn_f, hn_b]), np.stack([cn_f, cn_b]))\n",
    },
    {
        "id": "bll_arjun_hn_rev_wrong_position",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n's reverse row is read from the reverse outputs at step lengths[b]-1 "
                "(its first step) instead of its final state after step 0",
                "must_mention": [
                    "h_n",
                    {"any": ["reverse", "backward", "[1]"]},
                    {
                        "any": [
                            "step 0",
                            "x_0",
                            "first step",
                            "last step",
                            "out[0",
                            "position 0",
                            "after step",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]            # (B, 1): is step t real for row b?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)             # frozen once the sequence has ended\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, N, D = x.shape\n"
        "    H = h0.shape[2]\n"
        "    rows = np.arange(N)\n"
        "    h_fwd, (hn_f, cn_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = x.copy()\n"
        "    for n in range(N):\n"
        "        x_rev[:lengths[n], n] = x[lengths[n] - 1::-1, n]\n"
        "    h_rev, (_, cn_b) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    h_bwd = np.zeros_like(h_rev)\n"
        "    for n in range(N):\n"
        "        h_bwd[:lengths[n], n] = h_rev[lengths[n] - 1::-1, n]\n"
        "    out = np.concatenate((h_fwd, h_bwd), axis=2)\n"
        "    # last hidden state of every direction: at the last real step of the sequence\n"
        "    hn_b = h_bwd[lengths - 1, rows]\n"
        "    return out, (np.stack((hn_f, hn_b)), np.stack((cn_f, cn_b)))\n",
    },
    {
        "id": "bll_mei_stack_new_axis",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the two directions are stacked on a new axis, (T, B, 2, H), instead of "
                "concatenated to (T, B, 2H)",
                "must_mention": [
                    {"any": ["shape"]},
                    {"any": ["concat", "stack", "axis", "dimension", "2H", "2 * H", "2*H"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    steps = np.arange(T)[:, None, None]\n"
        "    M = (steps < np.asarray(lengths)[None, :, None]).astype(float)   # (T, B, 1) "
        "mask\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = M[t]\n"
        "        h = m * h_t + (1.0 - m) * h\n"
        "        c = m * c_t + (1.0 - m) * c\n"
        "        out.append(m * h_t)\n"
        "    return np.array(out), (h, c)\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    t = np.arange(T)[:, None]\n"
        "    L = np.asarray(lengths)[None, :]\n"
        "    idx = np.where(t < L, L - 1 - t, t)     # (T, B): reverse the real part, padding "
        "stays put\n"
        "    cols = np.arange(B)[None, :]\n"
        "    x_rev = x[idx, cols]\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    orv, (hr, cr) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    ob = orv[idx, cols]                     # the same permutation undoes itself\n"
        "    return np.stack((of, ob), axis=2), (np.stack((hf, hr)), np.stack((cf, cr)))\n",
    },
    {
        "id": "bll_sofia_unflip_whole_T",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's input is reversed per row, but its outputs are "
                "flipped back over the whole T ([::-1]) instead of over each row's own "
                "length, so shorter rows' reverse outputs land at the wrong steps",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {
                        "any": [
                            "position",
                            "order",
                            "flip",
                            "align",
                            "shift",
                            "place",
                            "wrong step",
                            "lengths[b]",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]            # (B, 1): is step t real for row b?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)             # frozen once the sequence has ended\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    xr = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        n = lengths[b]\n"
        "        xr[:n, b] = x[n - 1::-1, b]   # the reverse direction starts at the last real "
        "step\n"
        "    yf, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    yr, (hr, cr) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    y = np.concatenate([yf, yr[::-1]], axis=-1)\n"
        "    return y, (np.stack([hf, hr]), np.stack([cf, cr]))\n",
    },
    {
        "id": "bll_fatima_reverse_index_off_by_one",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reversed index is lengths[b] - t instead of lengths[b] - 1 - t: the "
                "reverse direction starts one step past the last real one (on padding, or "
                "out of range when lengths[b] == T) and never reads step 0",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "L - 1",
                            "L-1",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    steps = np.arange(T)[:, None, None]\n"
        "    M = (steps < np.asarray(lengths)[None, :, None]).astype(float)   # (T, B, 1) "
        "mask\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = M[t]\n"
        "        h = m * h_t + (1.0 - m) * h\n"
        "        c = m * c_t + (1.0 - m) * c\n"
        "        out.append(m * h_t)\n"
        "    return np.array(out), (h, c)\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    tt = np.arange(T)[:, None]\n"
        "    L = lengths[None, :]\n"
        "    # reversed time: tau = L - t  (for t < L); padding unchanged\n"
        "    rev = np.where(tt < L, L - tt, tt)\n"
        "    bb = np.arange(B)[None, :]\n"
        "    x_r = x[rev, bb]\n"
        "    y_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    y_r, (h_r, c_r) = lstm_layer_lengths(x_r, lengths, h0[1], c0[1], *bwd)\n"
        "    y = np.concatenate([y_f, y_r[rev, bb]], axis=2)\n"
        "    return y, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_yusuf_reverses_x_in_place",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "each row's real steps are reversed in place in x, so the function changes "
                "the caller's input",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "mutat",
                            "overwr",
                            "unchanged",
                            "changes the",
                            "changed",
                        ]
                    },
                    {"any": ["x", "input", "argument"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]            # (B, 1): is step t real for row b?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)             # frozen once the sequence has ended\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # now turn every sequence around (padding stays at the end)\n"
        "    for b in range(B):\n"
        "        x[:lengths[b], b] = x[:lengths[b], b][::-1]\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x, lengths, h0[1], c0[1], *bwd)\n"
        "    for b in range(B):\n"
        "        out_r[:lengths[b], b] = out_r[:lengths[b], b][::-1]\n"
        "    out = np.concatenate([out_f, out_r], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_ben_halves_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out puts the reverse half first: [reverse h_t, forward h_t]",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "first half",
                            "halves",
                            "exchang",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        '    order = np.argsort(-lengths, kind="stable")      # longest first, like '
        "pack_padded_sequence\n"
        "    lens = lengths[order]\n"
        "    xs = x[:, order]\n"
        "    h = h0[order].copy(); c = c0[order].copy()\n"
        "    out_sorted = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        n = int(np.sum(lens > t))     # batch_size at step t\n"
        "        if n == 0:\n"
        "            break\n"
        "        h_new, c_new = lstm_cell(xs[t, :n], h[:n], c[:n], W_ih, W_hh, b_ih, b_hh)\n"
        "        h[:n], c[:n] = h_new, c_new\n"
        "        out_sorted[t, :n] = h_new\n"
        "    inv = np.argsort(order)\n"
        "    return out_sorted[:, inv], (h[inv], c[inv])\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse every sequence's real steps; the padding stays where it is\n"
        "    x_rev = x.copy()\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        x_rev[:L, b] = x[:L, b][::-1]\n"
        "    out_r, (hr, cr) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        out_b[:L, b] = out_r[:L, b][::-1]\n"
        "    out = np.concatenate([out_b, out_f], axis=2)\n"
        "    return out, (np.stack([hf, hr]), np.stack([cf, cr]))\n",
    },
    {
        "id": "bll_priya2_reverse_half_not_zeroed",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse half of out is written on every step, so past each length it "
                "holds the reverse initial state h0[1] instead of zeros",
                "must_mention": ["zero", {"any": ["past", "after", "beyond", "pad", ">="]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    L = np.asarray(lengths)\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    # forward: masked loop from t = 0\n"
        "    h, c = h0[0].copy(), c0[0].copy()\n"
        "    for t in range(T):\n"
        "        real = (t < L)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *fwd)\n"
        "        h = np.where(real, hn, h); c = np.where(real, cn, c)\n"
        "        out[t, :, :H] = np.where(real, hn, 0.0)\n"
        "    # reverse: walk from T-1 down; on padding the state stays at h0[1], so each row "
        "really\n"
        "    # starts at its own step lengths[b] - 1\n"
        "    hr, cr = h0[1].copy(), c0[1].copy()\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        real = (t < L)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], hr, cr, *bwd)\n"
        "        hr = np.where(real, hn, hr); cr = np.where(real, cn, cr)\n"
        "        out[t, :, H:] = hr\n"
        "    return out, (np.stack([h, hr]), np.stack([c, cr]))\n",
    },
    {
        "id": "bll2_tomas_wholepad_initfwd",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction gets the whole padded sequence reversed (x[::-1]), "
                "padding included, so it starts on padding instead of at each row's last "
                "real step",
                "must_mention": [{"any": ["pad"]}, {"any": ["reverse", "backward"]}],
            },
            {
                "what": "the reverse direction starts from h0[0], c0[0] instead of h0[1], c0[1]",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "start"]},
                    {"any": ["reverse", "backward", "row 1", "[1]"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
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
        "    # run every sequence on its own, only over its real steps\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        h = h0[b:b + 1]\n"
        "        c = c0[b:b + 1]\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b] = h[0]\n"
        "        c_n[b] = c[0]\n"
        "    return out, (h_n, c_n)\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    # forward direction\n"
        "    out_fwd, (h_fwd, c_fwd) = lstm_layer_lengths(x, lengths, h0[0], c0[0], fwd[0], "
        "fwd[1], fwd[2], fwd[3])\n"
        "    # reverse direction: reverse the time axis, run, reverse back\n"
        "    x_backwards = x[::-1]\n"
        "    out_bwd, (h_bwd, c_bwd) = lstm_layer_lengths(x_backwards, lengths, h0[0], c0[0], "
        "bwd[0], bwd[1], bwd[2], bwd[3])\n"
        "    out_bwd = out_bwd[::-1]\n"
        "    out = np.concatenate((out_fwd, out_bwd), axis=2)\n"
        "    h_n = np.stack((h_fwd, h_bwd))\n"
        "    c_n = np.stack((c_fwd, c_bwd))\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bll2_lukas_noflip_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "each row's real steps are reversed for the reverse direction, but its "
                "outputs are not reversed back, so out[t, b, H:] holds the reverse state "
                "of step lengths[b]-1-t",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["flip", "order", "position", "un-revers", "back to", "align"]},
                ],
            },
            {
                "what": "out puts the reverse half first: [reverse h_t, forward h_t]",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "first half",
                            "halves",
                            "exchang",
                            "wrong half",
                            "other half",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    steps = np.arange(T)[:, None, None]\n"
        "    M = (steps < np.asarray(lengths)[None, :, None]).astype(float)   # (T, B, 1) "
        "mask\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = M[t]\n"
        "        h = m * h_t + (1.0 - m) * h\n"
        "        c = m * c_t + (1.0 - m) * c\n"
        "        out.append(m * h_t)\n"
        "    return np.array(out), (h, c)\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    flip_real = lambda a: np.stack([np.concatenate([a[:n, b][::-1], a[n:, b]]) for b, "
        "n in enumerate(lengths)], axis=1)\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(flip_real(x), lengths, h0[1], c0[1], *bwd)\n"
        "    ob_t = ob      # reverse outputs, time-aligned\n"
        "    out = np.concatenate([ob_t, of], axis=-1)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bll2_priya_notzeroed_fwdweights",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse half of out is written on every step, so past each length it "
                "holds the reverse initial state h0[1] instead of zeros",
                "must_mention": ["zero", {"any": ["past", "after", "beyond", "pad", ">="]}],
            },
            {
                "what": "the reverse loop uses the forward weights (fwd) instead of bwd",
                "must_mention": [
                    {"any": ["weight", "fwd", "bwd", "parameter"]},
                    {"any": ["reverse", "backward"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step forward (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, '
        'c_next)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    L = np.asarray(lengths)\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    # forward: masked loop from t = 0\n"
        "    h, c = h0[0].copy(), c0[0].copy()\n"
        "    for t in range(T):\n"
        "        real = (t < L)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *fwd)\n"
        "        h = np.where(real, hn, h); c = np.where(real, cn, c)\n"
        "        out[t, :, :H] = np.where(real, hn, 0.0)\n"
        "    # reverse: walk from T-1 down; on padding the state stays at h0[1], so each row "
        "really\n"
        "    # starts at its own step lengths[b] - 1\n"
        "    hr, cr = h0[1].copy(), c0[1].copy()\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        real = (t < L)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], hr, cr, *fwd)\n"
        "        hr = np.where(real, hn, hr); cr = np.where(real, cn, cr)\n"
        "        out[t, :, H:] = hr\n"
        "    return out, (np.stack([h, hr]), np.stack([c, cr]))\n",
    },
]
