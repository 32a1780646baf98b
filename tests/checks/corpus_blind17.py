# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The seventeenth blind corpus, kept as its two authors wrote it (/work/blind17a and /work/blind17b,
split by graded names as for corpora 10-16; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora, each asked to invent a cast of at least
eight students, among them students who carry over the conventions of online tutorials (d2l,
min-char-rnn, Keras, PyTorch forum answers), who hide the mistake in a helper, who work in
float32 or in place, and whose mistakes show only in some configurations; run on 03e7a6f (the
last stop's engine); the words a message must contain were fixed before its first run. See
tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_ok_tanh",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Mei: sigma(z) = (1 + tanh(z/2)) / 2, tanh never overflows\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.asarray(0.5 * (1.0 + np.tanh(0.5 * z)))   # an array even for a 0-d "
        "z\n",
    },
    {
        "id": "sig_ok_masks",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def _pos_branch(z):\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n"
        "\n"
        "def _neg_branch(z):\n"
        "    ez = np.exp(z)\n"
        "    return ez / (1.0 + ez)\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Elif: each branch only where it applies\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty(z.shape, dtype=np.float64)\n"
        "    pos = z >= 0\n"
        "    out[pos] = _pos_branch(z[pos])\n"
        "    out[~pos] = _neg_branch(z[~pos])\n"
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
        "    # Dmitri (from a forum answer): log sigma(z) = -log(1 + e^{-z}) = -logaddexp(0, "
        "-z)\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    log_sig = -np.logaddexp(0.0, -z)\n"
        "    return np.exp(log_sig, out=np.empty_like(z))\n",
    },
    {
        "id": "sig_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive 1/(1+exp(-z)) overflows for z << 0 (RuntimeWarning)",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(x):\n"
        "    # Kai: as in min-char-rnn / every tutorial\n"
        "    return 1.0 / (1.0 + np.exp(-x))\n",
    },
    {
        "id": "sig_where_both",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where evaluates both branches, so np.exp still overflows (warning) "
                "though values are right",
                "must_mention": [
                    "overflow",
                    {"any": ["evaluates both", "both branches", "computes both", "both sides"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Ben: use the stable form for negative z, as the hint says\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))\n",
    },
    {
        "id": "sig_inplace",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "overwrites the caller's input array z in place",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "overwr", "mutat", "altered"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Greta: reuse z's memory, no temporaries\n"
        "    neg = z < 0\n"
        "    np.abs(z, out=z)          # z <- |z|\n"
        "    np.negative(z, out=z)     # z <- -|z|\n"
        "    np.exp(z, out=z)          # z <- e^{-|z|}, never overflows\n"
        "    return np.where(neg, z / (1.0 + z), 1.0 / (1.0 + z))\n",
    },
    {
        "id": "sig_float32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {"what": "computes and returns float32 instead of float64", "must_mention": ["float32"]}
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Hiro: float32 is what GPUs use, and it is faster\n"
        "    z = np.asarray(z, dtype=np.float32)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n",
    },
    {
        "id": "sig_flatten",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a flattened 1-D array: the input's shape is lost for ndim != 1",
                "must_mention": [
                    {"any": ["flatten", "ravel", "same shape", "1-d", "1-D", "shape ("]}
                ],
            }
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "def _sig(v):\n"
        "    if v >= 0:\n"
        "        return 1.0 / (1.0 + math.exp(-v))\n"
        "    e = math.exp(v)\n"
        "    return e / (1.0 + e)\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Ines: scalar version, applied to every element\n"
        "    return np.array([_sig(v) for v in np.ravel(z)])\n",
    },
    {
        "id": "sig_swap_f32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "branches swapped: returns sigma(-z) = 1 - sigma(z)",
                "must_mention": [
                    {
                        "any": [
                            "sigma(-z)",
                            "σ(-z)",
                            "1 - σ",
                            "1 - sigma",
                            "swapped",
                            "branches",
                            "sign",
                            "-z",
                        ]
                    }
                ],
            },
            {"what": "returns float32", "must_mention": ["float32"]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Hiro's lab partner: float32 and the two branches\n"
        "    z = np.asarray(z).astype(np.float32)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, e / (1 + e), 1 / (1 + e))\n",
    },
    {
        "id": "sig_keras_form",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "e^z/(1+e^z) overflows for large positive z (inf/inf = nan)",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Chloe: e^z / (1 + e^z), the form in the Keras docs\n"
        "    ez = np.exp(z)\n"
        "    return ez / (1.0 + ez)\n",
    },
    {
        "id": "gates_ok_split",
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Farid\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gates_ok_reshape",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=np.float64)))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Chloe (after the first check told her about Keras' kernel)\n"
        "    B, H = h.shape\n"
        "    a = (x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)).reshape(B, 4, H)   # gate-major "
        "blocks\n"
        "    a = np.moveaxis(a, 1, 0)                                          # (4, B, H)\n"
        "    i, f, o = sigmoid(a[[0, 1, 3]])\n"
        "    g = np.tanh(a[2])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_ok_blocks",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1 / (1 + np.exp(-z[pos]))\n"
        "    e = np.exp(z[~pos])\n"
        "    out[~pos] = e / (1 + e)\n"
        "    return out\n"
        "\n"
        "def _rows(M, k, H):\n"
        "    return M[k * H:(k + 1) * H]\n"
        "\n"
        "def _pre(x, h, W_ih, W_hh, b_ih, b_hh, k, H):\n"
        "    return x @ _rows(W_ih, k, H).T + _rows(b_ih, k, H) + h @ _rows(W_hh, k, H).T + "
        "_rows(b_hh, k, H)\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Elif: one helper per idea\n"
        "    H = W_hh.shape[1]\n"
        "    acts = (sigmoid, sigmoid, np.tanh, sigmoid)\n"
        "    return tuple(acts[k](_pre(x, h, W_ih, W_hh, b_ih, b_hh, k, H)) for k in "
        "range(4))\n",
    },
    {
        "id": "gates_d2l_order",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reads the blocks in d2l's order (i, f, o, g): g and o blocks swapped",
                "must_mention": [{"any": ["order", "swap", "exchang"]}],
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
        "    # Ana, following d2l.ai: params are (W_xi, W_xf, W_xo, W_xc)\n"
        "    H = h.shape[1]\n"
        "    Z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    I = sigmoid(Z[:, 0:H])\n"
        "    F = sigmoid(Z[:, H:2 * H])\n"
        "    O = sigmoid(Z[:, 2 * H:3 * H])\n"
        "    C_tilda = np.tanh(Z[:, 3 * H:4 * H])\n"
        "    return I, F, C_tilda, O\n",
    },
    {
        "id": "gates_keras_hard",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "uses Keras' hard sigmoid (clip(0.2z+0.5)) instead of the logistic sigmoid",
                "must_mention": [
                    {"any": ["hard sigmoid", "hard_sigmoid", "piecewise", "clip", "logistic"]}
                ],
            },
            {
                "what": "adds only b_ih (Keras' single bias): b_hh forgotten",
                "must_mention": ["b_hh"],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def hard_sigmoid(z):\n"
        "    # Keras' default recurrent_activation (tf.keras < 2.x)\n"
        "    return np.clip(0.2 * z + 0.5, 0.0, 1.0)\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Chloe: Keras has a single bias per gate\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    H = h.shape[1]\n"
        "    z_i, z_f, z_c, z_o = (z[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    return hard_sigmoid(z_i), hard_sigmoid(z_f), np.tanh(z_c), hard_sigmoid(z_o)\n",
    },
    {
        "id": "gates_column_vectors",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "gates returned as (H, B) column vectors: never transposed back to (B, H)",
                "must_mention": [{"any": ["transpos", "(H, B)", "swapped axes", ".T"]}],
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
        "    # Ben: like min-char-rnn, W @ x with column vectors\n"
        "    H = W_hh.shape[1]\n"
        "    a = W_ih @ x.T + W_hh @ h.T + b_ih[:, None] + b_hh[:, None]   # (4H, B)\n"
        "    i = sigmoid(a[0:H])\n"
        "    f = sigmoid(a[H:2 * H])\n"
        "    g = np.tanh(a[2 * H:3 * H])\n"
        "    o = sigmoid(a[3 * H:])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_all_sigmoid",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "applies the sigmoid to the candidate g instead of tanh",
                "must_mention": ["tanh"],
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
        "    # Kai: four gates, four sigmoids\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = [sigmoid(block) for block in np.split(a, 4, axis=1)]\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_split_axis0",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {"what": "splits along axis 0 (the batch) instead of axis 1", "must_mention": ["axis"]}
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Farid\n"
        "    pre = np.concatenate([x, h], axis=1) @ np.concatenate([W_ih, W_hh], axis=1).T + "
        "(b_ih + b_hh)\n"
        "    i, f, g, o = np.array_split(pre, 4)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_bias_inplace",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "b_ih += b_hh changes the caller's b_ih in place",
                "must_mention": [
                    "b_ih",
                    {"any": ["in place", "in-place", "modif", "overwr", "mutat", "altered"]},
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Greta: add the two biases once, no extra array\n"
        "    b_ih += b_hh\n"
        "    a = x @ W_ih.T\n"
        "    a += h @ W_hh.T\n"
        "    a += b_ih\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_float32",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {"what": "computes in float32: results are float32", "must_mention": ["float32"]}
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Hiro: single precision throughout\n"
        "    x, h, W_ih, W_hh, b_ih, b_hh = (np.asarray(v, dtype=np.float32) for v in (x, h, "
        "W_ih, W_hh, b_ih, b_hh))\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_batch1",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "for a batch of one, drops the batch axis: gates (H,) instead of (1, H)",
                "must_mention": [
                    {
                        "any": [
                            "batch axis",
                            "batch dimension",
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "batch size 1",
                            "squeeze",
                            "(1, H)",
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Ines: a single example is just a vector\n"
        "    if x.shape[0] == 1:\n"
        "        x, h = x[0], h[0]\n"
        "        a = W_ih @ x + b_ih + W_hh @ h + b_hh\n"
        "        H = a.shape[0] // 4\n"
        "        return sigmoid(a[:H]), sigmoid(a[H:2 * H]), np.tanh(a[2 * H:3 * H]), "
        "sigmoid(a[3 * H:])\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_helpers_bias_tanh_o",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "helper adds b_ih twice (copy-paste) and never b_hh",
                "must_mention": ["b_hh"],
            },
            {
                "what": "output gate o uses tanh instead of the sigmoid",
                "must_mention": [
                    {"any": ["output gate", "gate o", "o gate", "'o'", "o_t", "o:"]},
                    "tanh",
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
        "def _affine(v, W, b):\n"
        "    return v @ W.T + b\n"
        "\n"
        "def _preactivations(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    return _affine(x, W_ih, b_ih) + _affine(h, W_hh, b_ih)\n"
        "\n"
        "def _activate(blocks):\n"
        "    acts = [sigmoid, sigmoid, np.tanh, np.tanh]\n"
        "    return tuple(act(b) for act, b in zip(acts, blocks))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Elif: small helpers\n"
        "    a = _preactivations(x, h, W_ih, W_hh, b_ih, b_hh)\n"
        "    return _activate(np.split(a, 4, axis=1))\n",
    },
    {
        "id": "cell_ok_forum",
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
        '    # Dmitri: the "LSTMCell in a few lines" forum answer, gates.chunk(4, 1) -> '
        "np.split\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    ingate, forgetgate, cellgate, outgate = np.split(gates, 4, axis=1)\n"
        "    ingate = sigmoid(ingate)\n"
        "    forgetgate = sigmoid(forgetgate)\n"
        "    cellgate = np.tanh(cellgate)\n"
        "    outgate = sigmoid(outgate)\n"
        "    cy = forgetgate * c + ingate * cellgate\n"
        "    hy = outgate * np.tanh(cy)\n"
        "    return hy, cy\n",
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
        "    # Ana: one matrix on [x; h], as in chapter 2's concatenated form\n"
        "    W = np.concatenate([W_ih, W_hh], axis=1)          # (4H, I + H)\n"
        "    xh = np.concatenate([x, h], axis=1)               # (B, I + H)\n"
        "    z = xh @ W.T + (b_ih + b_hh)\n"
        "    H = h.shape[-1]\n"
        "    i = sigmoid(z[:, :H]); f = sigmoid(z[:, H:2 * H])\n"
        "    g = np.tanh(z[:, 2 * H:3 * H]); o = sigmoid(z[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
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
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def _gate(a, k, H, act):\n"
        "    return act(a[..., k * H:(k + 1) * H])\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Greta (second try: no in-place updates any more)\n"
        "    H = c.shape[1]\n"
        '    a = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + b_ih + '
        "b_hh\n"
        "    i, f, g, o = (_gate(a, k, H, act) for k, act in enumerate((sigmoid, sigmoid, "
        "np.tanh, sigmoid)))\n"
        "    c_new = f * c + i * g\n"
        "    h_new = o * np.tanh(c_new)\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "cell_return_order",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c_next, h_next) instead of (h_next, c_next)",
                "must_mention": [{"any": ["order", "swap", "exchang"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Kai\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_t = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_t = sigmoid(o) * np.tanh(c_t)\n"
        "    return c_t, h_t          # the new state (c, h)\n",
    },
    {
        "id": "cell_old_c_in_h",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next uses tanh of the previous cell state c instead of c_next",
                "must_mention": [
                    {
                        "any": [
                            "previous",
                            "old",
                            "c_{t-1}",
                            "c_prev",
                            "instead of c_next",
                            "not c_next",
                            "c_next",
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
        "    # Ben\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H]); o = sigmoid(a[:, 3 * H:])\n"
        "    h_next = o * np.tanh(c)\n"
        "    c_next = f * c + i * g\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_naive_no_tanh",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "own naive sigmoid overflows for large pre-activations",
                "must_mention": ["overflow"],
            },
            {
                "what": "h_next = o * c_next: tanh of the cell state forgotten",
                "must_mention": ["tanh"],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(x):\n"
        "    return 1 / (1 + np.exp(-x))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Kai's friend: wrote the sigmoid again, shorter\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * c_next\n"
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
                "what": "c *= f ... updates the caller's c in place",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "overwr", "mutat", "altered"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Greta: update the cell state in place to save memory\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c *= sigmoid(f)\n"
        "    c += sigmoid(i) * np.tanh(g)\n"
        "    return sigmoid(o) * np.tanh(c), c\n",
    },
    {
        "id": "cell_keras_forget_bias",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "adds +1 to the forget gate's pre-activation (Keras' unit_forget_bias)",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "+1",
                            "+ 1",
                            "shift",
                            "offset",
                            "constant",
                            "added 1",
                            "plus 1",
                            "1.0",
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
        "    # Chloe: Keras' unit_forget_bias / Jozefowicz et al.: forget bias of 1\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(z[:, :H])\n"
        "    f = sigmoid(z[:, H:2 * H] + 1.0)\n"
        "    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "    o = sigmoid(z[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_d2l_order_bias",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks read in d2l's order (i, f, o, g): g and o swapped",
                "must_mention": [{"any": ["order", "swap", "exchang"]}],
            },
            {"what": "b_hh never added (d2l has one bias per gate)", "must_mention": ["b_hh"]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Ana, from d2l's lstm(): I, F, O, C_tilda, one bias per gate\n"
        "    H_, C_ = h, c\n"
        "    hs = H_.shape[1]\n"
        "    Z = x @ W_ih.T + H_ @ W_hh.T + b_ih\n"
        "    I = sigmoid(Z[:, :hs])\n"
        "    F = sigmoid(Z[:, hs:2 * hs])\n"
        "    O = sigmoid(Z[:, 2 * hs:3 * hs])\n"
        "    C_tilda = np.tanh(Z[:, 3 * hs:])\n"
        "    C_ = F * C_ + I * C_tilda\n"
        "    H_ = O * np.tanh(C_)\n"
        "    return H_, C_\n",
    },
    {
        "id": "cell_float32_gsig",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {"what": "results in float32", "must_mention": ["float32"]},
            {"what": "candidate g uses the sigmoid instead of tanh", "must_mention": ["tanh"]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Hiro: float32, and all gates are gates\n"
        "    f32 = lambda v: np.asarray(v, dtype=np.float32)\n"
        "    a = f32(x) @ f32(W_ih).T + f32(b_ih) + f32(h) @ f32(W_hh).T + f32(b_hh)\n"
        "    i, f, g, o = (sigmoid(v).astype(np.float32) for v in np.split(a, 4, axis=1))\n"
        "    c_next = f * f32(c) + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_squeeze",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze drops the batch axis when B = 1 (and breaks when I or H is 1)",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "batch axis",
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "(1, H)",
                            "batch size 1",
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
        "    # Ines: squeeze so that a single example works like in chapter 3\n"
        "    x, h, c = np.squeeze(x), np.squeeze(h), np.squeeze(c)\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    H = W_hh.shape[1]\n"
        "    i, f = sigmoid(a[..., :H]), sigmoid(a[..., H:2 * H])\n"
        "    g, o = np.tanh(a[..., 2 * H:3 * H]), sigmoid(a[..., 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_interleaved",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "reshape(B, H, 4) reads the gates interleaved per unit, not as row blocks "
                "k*H:(k+1)*H",
                "must_mention": [
                    {
                        "any": [
                            "interleav",
                            "reshape",
                            "blocks",
                            "per unit",
                            "(B, H, 4)",
                            "k*H",
                            "k * H",
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
        "    # Farid: reshape instead of four slices\n"
        "    B, H = h.shape\n"
        "    a = (x @ W_ih.T + b_ih + h @ W_hh.T + b_hh).reshape(B, H, 4)\n"
        "    i, f, g, o = np.moveaxis(a, -1, 0)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_H_from_x",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "takes the hidden size from x.shape[1] (I): right only when I == H",
                "must_mention": [
                    {
                        "any": [
                            "x.shape[1]",
                            "input size",
                            "I != H",
                            "I ≠ H",
                            "hidden size",
                            "from x",
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
        "    # Jonas: works on the visible test (I == H there)\n"
        "    n = x.shape[1]           # hidden size\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(a[:, 0:n]); f = sigmoid(a[:, n:2 * n])\n"
        "    g = np.tanh(a[:, 2 * n:3 * n]); o = sigmoid(a[:, 3 * n:4 * n])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_seed001_Whf",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "input gate reads W_hf (W_hh[H:2H]) instead of W_hi",
                "must_mention": [{"any": ["W_hf", "H:2H", "forget gate's rows"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Dmitri: per-gate weights, written out like seed 001\n"
        "    H = h.shape[1]\n"
        "    W_ii, W_if, W_ig, W_io = np.split(W_ih, 4)\n"
        "    W_hi, W_hf, W_hg, W_ho = np.split(W_hh, 4)\n"
        "    b = b_ih + b_hh\n"
        "    b_i, b_f, b_g, b_o = np.split(b, 4)\n"
        "    i = sigmoid(x @ W_ii.T + h @ W_hf.T + b_i)\n"
        "    f = sigmoid(x @ W_if.T + h @ W_hf.T + b_f)\n"
        "    g = np.tanh(x @ W_ig.T + h @ W_hg.T + b_g)\n"
        "    o = sigmoid(x @ W_io.T + h @ W_ho.T + b_o)\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "layer_ok_stack",
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
        "    # Dmitri\n"
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
        "id": "layer_ok_prealloc",
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
        "def _zeros_if_none(s, B, H):\n"
        "    return np.zeros((B, H), dtype=np.float64) if s is None else np.array(s, "
        "dtype=np.float64)\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    # Farid: time axis first, preallocated output, moveaxis back\n"
        "    xs = np.moveaxis(x, 1, 0) if batch_first else x\n"
        "    T, B = xs.shape[:2]\n"
        "    H = W_hh.shape[-1]\n"
        "    h, c = _zeros_if_none(h0, B, H), _zeros_if_none(c0, B, H)\n"
        "    out = np.empty((T, B, H))\n"
        "    for t, x_t in enumerate(xs):\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    return (np.moveaxis(out, 0, 1) if batch_first else out), (h, c)\n",
    },
    {
        "id": "layer_ok_minchar",
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
        "    # Ben: min-char-rnn's dicts, hs[-1] is the initial state\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    B, H = x.shape[1], W_hh.shape[1]\n"
        "    hs, cs = {}, {}\n"
        "    hs[-1] = np.zeros((B, H)) if h0 is None else np.copy(h0)\n"
        "    cs[-1] = np.zeros((B, H)) if c0 is None else np.copy(c0)\n"
        "    for t in range(len(x)):\n"
        "        hs[t], cs[t] = lstm_cell(x[t], hs[t - 1], cs[t - 1], W_ih, W_hh, b_ih, b_hh)\n"
        "    out = np.array([hs[t] for t in range(len(x))])\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (hs[len(x) - 1], cs[len(x) - 1])\n",
    },
    {
        "id": "layer_append_before",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends h before the step: out holds h_{t-1} (starts with h0, misses the "
                "last step)",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # Kai\n"
        "    if batch_first:\n"
        "        x = x.swapaxes(0, 1)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        out.append(h)\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    out = np.stack(out)\n"
        "    if batch_first:\n"
        "        out = out.swapaxes(0, 1)\n"
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
                "what": "with batch_first, out is left time-first (T, B, H), not transposed back "
                "to (B, T, H)",
                "must_mention": [
                    {
                        "any": [
                            "not transposed",
                            "transpose",
                            "swapaxes",
                            "(B, T, H)",
                            "time-first",
                            "time first",
                            "batch-first layout",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # Jonas\n"
        "    if batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    return np.stack(out), (h, c)\n",
    },
    {
        "id": "layer_reshape_bf",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "uses reshape instead of a transpose to switch between (B, T, .) and (T, "
                "B, .)",
                "must_mention": [{"any": ["reshape", "transpose", "swapaxes", "moveaxis"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # Farid: reshape to time-first and back\n"
        "    H = W_hh.shape[1]\n"
        "    if batch_first:\n"
        "        B, T, I = x.shape\n"
        "        x = x.reshape(T, B, I)\n"
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
        "id": "layer_c0_ignored",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores the given c0: always starts the cell state from zeros",
                "must_mention": [
                    "c0",
                    {"any": ["ignor", "zero", "not used", "unused", "never used"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # Jonas's roommate\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    H = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((x.shape[1], H))\n"
        "    c = np.zeros_like(h)\n"
        "    hs = []\n"
        "    for t in range(x.shape[0]):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.stack(hs, axis=1 if batch_first else 0)\n"
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
                "what": "the state is never carried: every step starts from (h0, c0)",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "advance",
                            "never updated",
                            "not updated",
                            "not passed",
                            "initial state at every",
                            "from h0 at every",
                            "same initial",
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
        "    # Ben\n"
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    hidden_seq = []\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hidden_seq.append(h_t)\n"
        "    out = np.stack(hidden_seq)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h_t, c_t)\n",
    },
    {
        "id": "layer_T1_special",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "for T = 1 returns out as (B, H): the time axis is dropped",
                "must_mention": [
                    {
                        "any": [
                            "T=1",
                            "T = 1",
                            "length 1",
                            "length-1",
                            "single step",
                            "one step",
                            "time axis",
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
        "    # Ines: a sequence of length 1 is just one cell call\n"
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    if T == 1:\n"
        "        h, c = lstm_cell(x[0], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        return h, (h, c)\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)\n"
        "    return (np.swapaxes(out, 0, 1) if batch_first else out), (h, c)\n",
    },
    {
        "id": "layer_inplace_alias",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the states into the given h0, c0 arrays in place",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "overwr", "mutat", "altered"]}
                ],
            },
            {
                "what": "appends the same buffer h every step: every row of out equals the last h",
                "must_mention": [
                    {"any": ["same", "equal", "alias", "copy", "repeated", "last step's"]}
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
        "    # Greta: two state buffers, reused every step\n"
        "    if batch_first:\n"
        "        x = x.swapaxes(0, 1)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h[...], c[...] = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.stack(out)\n"
        "    if batch_first:\n"
        "        out = out.swapaxes(0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_f32_bf_batch",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {"what": "out is a float32 buffer", "must_mention": ["float32"]},
            {
                "what": "zero states sized with x.shape[1] before the batch_first transpose: B is "
                "T there",
                "must_mention": [
                    {
                        "any": [
                            "x.shape[1]",
                            "batch size",
                            "T instead of B",
                            "sized",
                            "zero state",
                            "zeros of shape",
                            "(T, H)",
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
        "    # Hiro: float32 output buffer\n"
        "    H = W_hh.shape[1]\n"
        "    B = x.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    if batch_first:\n"
        "        x = np.moveaxis(x, 1, 0)\n"
        "    T = x.shape[0]\n"
        "    out = np.zeros((T, x.shape[1], H), dtype=np.float32)\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.moveaxis(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_d2l_cat",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "np.concatenate(outputs, axis=0) gives (T*B, H) instead of stacking to (T, "
                "B, H)",
                "must_mention": [
                    {"any": ["concatenat", "np.stack", "(T*B", "T * B", "T·B", "stack"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # Ana, d2l style: outputs concatenated, state as a tuple\n"
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)\n"
        "    num_hiddens = W_hh.shape[1]\n"
        "    batch_size = x.shape[1]\n"
        "    if h0 is None:\n"
        "        state = (np.zeros((batch_size, num_hiddens)), np.zeros((batch_size, "
        "num_hiddens)))\n"
        "    else:\n"
        "        state = (h0, c0)\n"
        "    H, C = state\n"
        "    outputs = []\n"
        "    for X in x:\n"
        "        H, C = lstm_cell(X, H, C, W_ih, W_hh, b_ih, b_hh)\n"
        "        outputs.append(H)\n"
        "    out = np.concatenate(outputs, axis=0)\n"
        "    return out, (H, C)\n",
    },
    {
        "id": "layer_forum_out_last",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n taken as out[:, -1, :] (batch-first idiom) on a time-first out: last "
                "batch row of every step",
                "must_mention": [
                    {"any": ["out[:, -1", "out[-1]", "last batch", "last step", "batch row"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        '    # Dmitri\'s forum answer: "the last hidden state is out[:, -1, :]"\n'
        "    xs = x.swapaxes(0, 1) if batch_first else x\n"
        "    B, H = xs.shape[1], W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = []\n"
        "    for t in range(xs.shape[0]):\n"
        "        h, c = lstm_cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.stack(out, axis=1 if batch_first else 0)\n"
        "    h_n = out[:, -1, :]\n"
        "    return out, (h_n, c)\n",
    },
    {
        "id": "sl_ok_dmitri",
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = {f"weight_ih_l{layer}{sfx}": (4 * hidden_size, in_size),\n'
        '                          f"weight_hh_l{layer}{sfx}": (4 * hidden_size, '
        "hidden_size)}\n"
        "                if bias:\n"
        '                    shapes[f"bias_ih_l{layer}{sfx}"] = (4 * hidden_size,)\n'
        '                    shapes[f"bias_hh_l{layer}{sfx}"] = (4 * hidden_size,)\n'
        "                for name, shape in shapes.items():\n"
        "                    self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(p, dtype=np.float64, copy=True) for name, p in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64, copy=True)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _direction(self, x, h, c, layer, sfx, reverse):\n"
        '        W_ih = self.params[f"weight_ih_l{layer}{sfx}"]\n'
        '        W_hh = self.params[f"weight_hh_l{layer}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = self.params[f"bias_ih_l{layer}{sfx}"] + '
        'self.params[f"bias_hh_l{layer}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T, B = x.shape[:2]\n"
        "        out = np.empty((T, B, self.hidden_size))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0, c0 = np.zeros((L * D, B, H)), np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = np.empty((L * D, B, H)), np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        "                idx = layer * D + d\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_n[idx], c_n[idx] = self._direction(layer_in, h0[idx], "
        "c0[idx], layer, sfx, d == 1)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_ok_elif",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def param_names(layer, suffix, bias):\n"
        '    names = [f"weight_ih_l{layer}{suffix}", f"weight_hh_l{layer}{suffix}"]\n'
        "    if bias:\n"
        '        names += [f"bias_ih_l{layer}{suffix}", f"bias_hh_l{layer}{suffix}"]\n'
        "    return names\n"
        "\n"
        "\n"
        "def layer_input_size(layer, input_size, hidden_size, num_directions):\n"
        "    return input_size if layer == 0 else hidden_size * num_directions\n"
        "\n"
        "\n"
        "def step(x_t, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x_t @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    H = h.shape[1]\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    c = f * c + i * g\n"
        "    return o * np.tanh(c), c\n"
        "\n"
        "\n"
        "def run_direction(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hs = []\n"
        "    for x_t in x:\n"
        "        h, c = step(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    return np.stack(hs), h, c\n"
        "\n"
        "\n"
        "def run_reverse(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    out, h, c = run_direction(x[::-1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    return out[::-1], h, c\n"
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
        "        self.num_directions = 2 if bidirectional else 1\n"
        '        self.suffixes = ["", "_reverse"] if bidirectional else [""]\n'
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self._p = {}\n"
        "        for layer in range(num_layers):\n"
        "            n_in = layer_input_size(layer, input_size, hidden_size, "
        "self.num_directions)\n"
        "            for sfx in self.suffixes:\n"
        "                for name in param_names(layer, sfx, bias):\n"
        '                    if name.startswith("weight_ih"):\n'
        "                        shape = (4 * hidden_size, n_in)\n"
        '                    elif name.startswith("weight_hh"):\n'
        "                        shape = (4 * hidden_size, hidden_size)\n"
        "                    else:\n"
        "                        shape = (4 * hidden_size,)\n"
        "                    self._p[name] = rng.uniform(-bound, bound, shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self._p:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k!r}")\n'
        "        for k in state:\n"
        "            if k not in self._p:\n"
        '                raise KeyError(f"unexpected key {k!r}")\n'
        "            if np.shape(state[k]) != self._p[k].shape:\n"
        '                raise ValueError(f"{k}: wrong shape {np.shape(state[k])}")\n'
        "        self._p = {k: np.array(v, dtype=np.float64) for k, v in state.items()}\n"
        "\n"
        "    def _weights(self, layer, sfx):\n"
        "        p = self._p\n"
        "        if self.bias:\n"
        '            return p[f"weight_ih_l{layer}{sfx}"], p[f"weight_hh_l{layer}{sfx}"], '
        'p[f"bias_ih_l{layer}{sfx}"], p[f"bias_hh_l{layer}{sfx}"]\n'
        '        return p[f"weight_ih_l{layer}{sfx}"], p[f"weight_hh_l{layer}{sfx}"], None, '
        "None\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * "
        "D, B, H)))\n"
        "        h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        inp = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = []\n"
        "            for d, sfx in enumerate(self.suffixes):\n"
        "                run = run_reverse if d == 1 else run_direction\n"
        "                o, h, c = run(inp, h0[layer * D + d], c0[layer * D + d], "
        "*self._weights(layer, sfx))\n"
        "                outs.append(o)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            inp = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "sl_rev_not_flipped",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs left in reading order, not put back in time "
                "order",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "flip",
                            "put back",
                            "reversed back",
                            "index t",
                            "stored at",
                            "reading order",
                            "backwards",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def param_names(layer, suffix, bias):\n"
        '    names = [f"weight_ih_l{layer}{suffix}", f"weight_hh_l{layer}{suffix}"]\n'
        "    if bias:\n"
        '        names += [f"bias_ih_l{layer}{suffix}", f"bias_hh_l{layer}{suffix}"]\n'
        "    return names\n"
        "\n"
        "\n"
        "def layer_input_size(layer, input_size, hidden_size, num_directions):\n"
        "    return input_size if layer == 0 else hidden_size * num_directions\n"
        "\n"
        "\n"
        "def step(x_t, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x_t @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    H = h.shape[1]\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    c = f * c + i * g\n"
        "    return o * np.tanh(c), c\n"
        "\n"
        "\n"
        "def run_direction(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hs = []\n"
        "    for x_t in x:\n"
        "        h, c = step(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    return np.stack(hs), h, c\n"
        "\n"
        "\n"
        "def run_reverse(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    out, h, c = run_direction(x[::-1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    return out, h, c   # forum: lstm(x.flip(0))\n"
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
        "        self.num_directions = 2 if bidirectional else 1\n"
        '        self.suffixes = ["", "_reverse"] if bidirectional else [""]\n'
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self._p = {}\n"
        "        for layer in range(num_layers):\n"
        "            n_in = layer_input_size(layer, input_size, hidden_size, "
        "self.num_directions)\n"
        "            for sfx in self.suffixes:\n"
        "                for name in param_names(layer, sfx, bias):\n"
        '                    if name.startswith("weight_ih"):\n'
        "                        shape = (4 * hidden_size, n_in)\n"
        '                    elif name.startswith("weight_hh"):\n'
        "                        shape = (4 * hidden_size, hidden_size)\n"
        "                    else:\n"
        "                        shape = (4 * hidden_size,)\n"
        "                    self._p[name] = rng.uniform(-bound, bound, shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self._p:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k!r}")\n'
        "        for k in state:\n"
        "            if k not in self._p:\n"
        '                raise KeyError(f"unexpected key {k!r}")\n'
        "            if np.shape(state[k]) != self._p[k].shape:\n"
        '                raise ValueError(f"{k}: wrong shape {np.shape(state[k])}")\n'
        "        self._p = {k: np.array(v, dtype=np.float64) for k, v in state.items()}\n"
        "\n"
        "    def _weights(self, layer, sfx):\n"
        "        p = self._p\n"
        "        if self.bias:\n"
        '            return p[f"weight_ih_l{layer}{sfx}"], p[f"weight_hh_l{layer}{sfx}"], '
        'p[f"bias_ih_l{layer}{sfx}"], p[f"bias_hh_l{layer}{sfx}"]\n'
        '        return p[f"weight_ih_l{layer}{sfx}"], p[f"weight_hh_l{layer}{sfx}"], None, '
        "None\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * "
        "D, B, H)))\n"
        "        h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        inp = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = []\n"
        "            for d, sfx in enumerate(self.suffixes):\n"
        "                run = run_reverse if d == 1 else run_direction\n"
        "                o, h, c = run(inp, h0[layer * D + d], c0[layer * D + d], "
        "*self._weights(layer, sfx))\n"
        "                outs.append(o)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            inp = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "sl_jonas_rows_hn",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state rows ordered direction by direction (d * L + k) instead of layer by "
                "layer (k * D + d)",
                "must_mention": [
                    {
                        "any": [
                            "row",
                            "layer by layer",
                            "k * D + d",
                            "k*D + d",
                            "layer * D",
                            "direction-major",
                            "order",
                        ]
                    }
                ],
            },
            {
                "what": "reverse direction's h_n taken from out[-1] (after x_{T-1} only) instead "
                "of its state after x_0",
                "must_mention": [
                    {"any": ["out[0", "after x_0", "after reading x_0", "final state", "out[-1"]}
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = {f"weight_ih_l{layer}{sfx}": (4 * hidden_size, in_size),\n'
        '                          f"weight_hh_l{layer}{sfx}": (4 * hidden_size, '
        "hidden_size)}\n"
        "                if bias:\n"
        '                    shapes[f"bias_ih_l{layer}{sfx}"] = (4 * hidden_size,)\n'
        '                    shapes[f"bias_hh_l{layer}{sfx}"] = (4 * hidden_size,)\n'
        "                for name, shape in shapes.items():\n"
        "                    self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(p, dtype=np.float64, copy=True) for name, p in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64, copy=True)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _direction(self, x, h, c, layer, sfx, reverse):\n"
        '        W_ih = self.params[f"weight_ih_l{layer}{sfx}"]\n'
        '        W_hh = self.params[f"weight_hh_l{layer}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = self.params[f"bias_ih_l{layer}{sfx}"] + '
        'self.params[f"bias_hh_l{layer}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T, B = x.shape[:2]\n"
        "        out = np.empty((T, B, self.hidden_size))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0, c0 = np.zeros((L * D, B, H)), np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = np.empty((L * D, B, H)), np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        "                idx = d * L + layer\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_n[idx], c_n[idx] = self._direction(layer_in, h0[idx], "
        "c0[idx], layer, sfx, d == 1)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "            if D == 2:\n"
        "                h_n[idx] = layer_in[-1, :, H:]   # the last step of the output\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_bias_false_keys",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with bias=False the state_dict still holds (zero) bias entries: extra "
                "keys",
                "must_mention": [
                    "bias_",
                    {
                        "any": [
                            "extra",
                            "unexpected",
                            "should not",
                            "no bias parameters",
                            "not expected",
                            "too many",
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = {f"weight_ih_l{layer}{sfx}": (4 * hidden_size, in_size),\n'
        '                          f"weight_hh_l{layer}{sfx}": (4 * hidden_size, '
        "hidden_size)}\n"
        "                if True:  # zero biases when bias=False\n"
        '                    shapes[f"bias_ih_l{layer}{sfx}"] = (4 * hidden_size,)\n'
        '                    shapes[f"bias_hh_l{layer}{sfx}"] = (4 * hidden_size,)\n'
        "                for name, shape in shapes.items():\n"
        "                    self.params[name] = rng.uniform(-k, k, size=shape) if (bias or "
        "'weight' in name) else np.zeros(shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(p, dtype=np.float64, copy=True) for name, p in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64, copy=True)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _direction(self, x, h, c, layer, sfx, reverse):\n"
        '        W_ih = self.params[f"weight_ih_l{layer}{sfx}"]\n'
        '        W_hh = self.params[f"weight_hh_l{layer}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = self.params[f"bias_ih_l{layer}{sfx}"] + '
        'self.params[f"bias_hh_l{layer}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T, B = x.shape[:2]\n"
        "        out = np.empty((T, B, self.hidden_size))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0, c0 = np.zeros((L * D, B, H)), np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = np.empty((L * D, B, H)), np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        "                idx = layer * D + d\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_n[idx], c_n[idx] = self._direction(layer_in, h0[idx], "
        "c0[idx], layer, sfx, d == 1)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_keras_init_layout",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "Keras initialisation (glorot weights, zero biases, forget bias 1) instead "
                "of U(-1/sqrt(H), 1/sqrt(H))",
                "must_mention": [{"any": ["bound", "1/sqrt", "1/√", "uniform", "range", "within"]}],
            },
            {
                "what": "always treats x as batch-first (Keras), ignoring batch_first=False",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first", "layout", "(B, T"]}
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = {f"weight_ih_l{layer}{sfx}": (4 * hidden_size, in_size),\n'
        '                          f"weight_hh_l{layer}{sfx}": (4 * hidden_size, '
        "hidden_size)}\n"
        "                if bias:\n"
        '                    shapes[f"bias_ih_l{layer}{sfx}"] = (4 * hidden_size,)\n'
        '                    shapes[f"bias_hh_l{layer}{sfx}"] = (4 * hidden_size,)\n'
        "                for name, shape in shapes.items():\n"
        "                    if name.startswith('weight'):\n"
        "                        limit = np.sqrt(6.0 / sum(shape))   # glorot_uniform, like "
        "Keras\n"
        "                        self.params[name] = rng.uniform(-limit, limit, size=shape)\n"
        "                    else:\n"
        "                        b = np.zeros(shape)\n"
        "                        if name.startswith('bias_ih'):\n"
        "                            b[hidden_size:2 * hidden_size] = 1.0   # "
        "unit_forget_bias\n"
        "                        self.params[name] = b\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(p, dtype=np.float64, copy=True) for name, p in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64, copy=True)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _direction(self, x, h, c, layer, sfx, reverse):\n"
        '        W_ih = self.params[f"weight_ih_l{layer}{sfx}"]\n'
        '        W_hh = self.params[f"weight_hh_l{layer}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = self.params[f"bias_ih_l{layer}{sfx}"] + '
        'self.params[f"bias_hh_l{layer}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T, B = x.shape[:2]\n"
        "        out = np.empty((T, B, self.hidden_size))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        x = x.transpose(1, 0, 2)   # Keras: inputs are (batch, time, features)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0, c0 = np.zeros((L * D, B, H)), np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = np.empty((L * D, B, H)), np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        "                idx = layer * D + d\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_n[idx], c_n[idx] = self._direction(layer_in, h0[idx], "
        "c0[idx], layer, sfx, d == 1)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_no_copies",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own dict and arrays, not copies",
                "must_mention": [
                    "state_dict",
                    {"any": ["copy", "copies", "share", "alias", "same dict", "same array"]},
                ],
            },
            {
                "what": "load_state_dict keeps references to the given arrays: later changes to "
                "state change the module",
                "must_mention": [
                    "load_state_dict",
                    {"any": ["copy", "copies", "share", "alias", "later change", "references"]},
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = {f"weight_ih_l{layer}{sfx}": (4 * hidden_size, in_size),\n'
        '                          f"weight_hh_l{layer}{sfx}": (4 * hidden_size, '
        "hidden_size)}\n"
        "                if bias:\n"
        '                    shapes[f"bias_ih_l{layer}{sfx}"] = (4 * hidden_size,)\n'
        '                    shapes[f"bias_hh_l{layer}{sfx}"] = (4 * hidden_size,)\n'
        "                for name, shape in shapes.items():\n"
        "                    self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return self.params   # no copies: saves memory\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)   # no copy\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _direction(self, x, h, c, layer, sfx, reverse):\n"
        '        W_ih = self.params[f"weight_ih_l{layer}{sfx}"]\n'
        '        W_hh = self.params[f"weight_hh_l{layer}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = self.params[f"bias_ih_l{layer}{sfx}"] + '
        'self.params[f"bias_hh_l{layer}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T, B = x.shape[:2]\n"
        "        out = np.empty((T, B, self.hidden_size))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0, c0 = np.zeros((L * D, B, H)), np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = np.empty((L * D, B, H)), np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        "                idx = layer * D + d\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_n[idx], c_n[idx] = self._direction(layer_in, h0[idx], "
        "c0[idx], layer, sfx, d == 1)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_d2l_order_layer_in",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "gates read in d2l's order (i, f, o, g)",
                "must_mention": [{"any": ["order", "swap", "exchang"]}],
            },
            {
                "what": "layers after the first read H inputs instead of D*H when bidirectional "
                "(weight_ih_l1 shape)",
                "must_mention": [
                    {"any": ["2H", "D * H", "H * D", "2 * H", "D*H", "2*H", "H*D", "D·H"]}
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
        "            in_size = input_size if layer == 0 else hidden_size\n"
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = {f"weight_ih_l{layer}{sfx}": (4 * hidden_size, in_size),\n'
        '                          f"weight_hh_l{layer}{sfx}": (4 * hidden_size, '
        "hidden_size)}\n"
        "                if bias:\n"
        '                    shapes[f"bias_ih_l{layer}{sfx}"] = (4 * hidden_size,)\n'
        '                    shapes[f"bias_hh_l{layer}{sfx}"] = (4 * hidden_size,)\n'
        "                for name, shape in shapes.items():\n"
        "                    self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(p, dtype=np.float64, copy=True) for name, p in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64, copy=True)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _direction(self, x, h, c, layer, sfx, reverse):\n"
        '        W_ih = self.params[f"weight_ih_l{layer}{sfx}"]\n'
        '        W_hh = self.params[f"weight_hh_l{layer}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = self.params[f"bias_ih_l{layer}{sfx}"] + '
        'self.params[f"bias_hh_l{layer}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T, B = x.shape[:2]\n"
        "        out = np.empty((T, B, self.hidden_size))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, o, g = np.split(a, 4, axis=1)   # d2l: I, F, O, C_tilda\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0, c0 = np.zeros((L * D, B, H)), np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = np.empty((L * D, B, H)), np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        "                idx = layer * D + d\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_n[idx], c_n[idx] = self._direction(layer_in, h0[idx], "
        "c0[idx], layer, sfx, d == 1)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_float32",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {"what": "parameters, outputs and states kept in float32", "must_mention": ["float32"]}
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = {f"weight_ih_l{layer}{sfx}": (4 * hidden_size, in_size),\n'
        '                          f"weight_hh_l{layer}{sfx}": (4 * hidden_size, '
        "hidden_size)}\n"
        "                if bias:\n"
        '                    shapes[f"bias_ih_l{layer}{sfx}"] = (4 * hidden_size,)\n'
        '                    shapes[f"bias_hh_l{layer}{sfx}"] = (4 * hidden_size,)\n'
        "                for name, shape in shapes.items():\n"
        "                    self.params[name] = rng.uniform(-k, k, "
        "size=shape).astype(np.float32)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: p.copy() for name, p in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float32, copy=True)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _direction(self, x, h, c, layer, sfx, reverse):\n"
        '        W_ih = self.params[f"weight_ih_l{layer}{sfx}"]\n'
        '        W_hh = self.params[f"weight_hh_l{layer}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = self.params[f"bias_ih_l{layer}{sfx}"] + '
        'self.params[f"bias_hh_l{layer}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T, B = x.shape[:2]\n"
        "        out = np.empty((T, B, self.hidden_size), dtype=np.float32)\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float32)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0, c0 = np.zeros((L * D, B, H)), np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = np.empty((L * D, B, H), np.float32), np.empty((L * D, B, H), "
        "np.float32)\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        "                idx = layer * D + d\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_n[idx], c_n[idx] = self._direction(layer_in, h0[idx], "
        "c0[idx], layer, sfx, d == 1)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_global_rng_squeeze",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "draws from the global np.random, ignoring seed: same seed, different "
                "parameters",
                "must_mention": ["seed"],
            },
            {
                "what": "for a batch of one, drops the batch axis of h_n and c_n",
                "must_mention": [
                    {
                        "any": [
                            "batch axis",
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "batch size 1",
                            "squeeze",
                            "(L * D, 1",
                            "(num_layers * D, 1",
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
        "        rng = np.random   # global generator\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = {f"weight_ih_l{layer}{sfx}": (4 * hidden_size, in_size),\n'
        '                          f"weight_hh_l{layer}{sfx}": (4 * hidden_size, '
        "hidden_size)}\n"
        "                if bias:\n"
        '                    shapes[f"bias_ih_l{layer}{sfx}"] = (4 * hidden_size,)\n'
        '                    shapes[f"bias_hh_l{layer}{sfx}"] = (4 * hidden_size,)\n'
        "                for name, shape in shapes.items():\n"
        "                    self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(p, dtype=np.float64, copy=True) for name, p in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64, copy=True)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _direction(self, x, h, c, layer, sfx, reverse):\n"
        '        W_ih = self.params[f"weight_ih_l{layer}{sfx}"]\n'
        '        W_hh = self.params[f"weight_hh_l{layer}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = self.params[f"bias_ih_l{layer}{sfx}"] + '
        'self.params[f"bias_hh_l{layer}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T, B = x.shape[:2]\n"
        "        out = np.empty((T, B, self.hidden_size))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0, c0 = np.zeros((L * D, B, H)), np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = np.empty((L * D, B, H)), np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        "                idx = layer * D + d\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_n[idx], c_n[idx] = self._direction(layer_in, h0[idx], "
        "c0[idx], layer, sfx, d == 1)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        if B == 1:   # one sequence: no batch axis in the states\n"
        "            h_n, c_n = h_n[:, 0], c_n[:, 0]\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_concat_axis_reshape",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the two directions concatenated along axis 1 (the batch) instead of the "
                "last (feature) axis",
                "must_mention": [{"any": ["axis", "side by side", "concatenat", "feature"]}],
            },
            {
                "what": "batch_first handled with reshape instead of a transpose",
                "must_mention": [{"any": ["reshape", "transpose", "swapaxes", "moveaxis"]}],
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = {f"weight_ih_l{layer}{sfx}": (4 * hidden_size, in_size),\n'
        '                          f"weight_hh_l{layer}{sfx}": (4 * hidden_size, '
        "hidden_size)}\n"
        "                if bias:\n"
        '                    shapes[f"bias_ih_l{layer}{sfx}"] = (4 * hidden_size,)\n'
        '                    shapes[f"bias_hh_l{layer}{sfx}"] = (4 * hidden_size,)\n'
        "                for name, shape in shapes.items():\n"
        "                    self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(p, dtype=np.float64, copy=True) for name, p in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64, copy=True)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _direction(self, x, h, c, layer, sfx, reverse):\n"
        '        W_ih = self.params[f"weight_ih_l{layer}{sfx}"]\n'
        '        W_hh = self.params[f"weight_hh_l{layer}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = self.params[f"bias_ih_l{layer}{sfx}"] + '
        'self.params[f"bias_hh_l{layer}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T, B = x.shape[:2]\n"
        "        out = np.empty((T, B, self.hidden_size))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.reshape(x.shape[1], x.shape[0], x.shape[2])\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0, c0 = np.zeros((L * D, B, H)), np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = np.empty((L * D, B, H)), np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        "                idx = layer * D + d\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_n[idx], c_n[idx] = self._direction(layer_in, h0[idx], "
        "c0[idx], layer, sfx, d == 1)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=1)   # side by side\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.reshape(B, T, -1)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_bias_false_crash",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "__call__ reads bias_ih/bias_hh even when bias=False: KeyError",
                "must_mention": [{"any": ["KeyError", "bias=False", "no bias", "bias_ih"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def param_names(layer, suffix, bias):\n"
        '    names = [f"weight_ih_l{layer}{suffix}", f"weight_hh_l{layer}{suffix}"]\n'
        "    if bias:\n"
        '        names += [f"bias_ih_l{layer}{suffix}", f"bias_hh_l{layer}{suffix}"]\n'
        "    return names\n"
        "\n"
        "\n"
        "def layer_input_size(layer, input_size, hidden_size, num_directions):\n"
        "    return input_size if layer == 0 else hidden_size * num_directions\n"
        "\n"
        "\n"
        "def step(x_t, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x_t @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    H = h.shape[1]\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    c = f * c + i * g\n"
        "    return o * np.tanh(c), c\n"
        "\n"
        "\n"
        "def run_direction(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hs = []\n"
        "    for x_t in x:\n"
        "        h, c = step(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    return np.stack(hs), h, c\n"
        "\n"
        "\n"
        "def run_reverse(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    out, h, c = run_direction(x[::-1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    return out[::-1], h, c\n"
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
        "        self.num_directions = 2 if bidirectional else 1\n"
        '        self.suffixes = ["", "_reverse"] if bidirectional else [""]\n'
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self._p = {}\n"
        "        for layer in range(num_layers):\n"
        "            n_in = layer_input_size(layer, input_size, hidden_size, "
        "self.num_directions)\n"
        "            for sfx in self.suffixes:\n"
        "                for name in param_names(layer, sfx, bias):\n"
        '                    if name.startswith("weight_ih"):\n'
        "                        shape = (4 * hidden_size, n_in)\n"
        '                    elif name.startswith("weight_hh"):\n'
        "                        shape = (4 * hidden_size, hidden_size)\n"
        "                    else:\n"
        "                        shape = (4 * hidden_size,)\n"
        "                    self._p[name] = rng.uniform(-bound, bound, shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self._p:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k!r}")\n'
        "        for k in state:\n"
        "            if k not in self._p:\n"
        '                raise KeyError(f"unexpected key {k!r}")\n'
        "            if np.shape(state[k]) != self._p[k].shape:\n"
        '                raise ValueError(f"{k}: wrong shape {np.shape(state[k])}")\n'
        "        self._p = {k: np.array(v, dtype=np.float64) for k, v in state.items()}\n"
        "\n"
        "    def _weights(self, layer, sfx):\n"
        "        p = self._p\n"
        "        if True:\n"
        '            return p[f"weight_ih_l{layer}{sfx}"], p[f"weight_hh_l{layer}{sfx}"], '
        'p[f"bias_ih_l{layer}{sfx}"], p[f"bias_hh_l{layer}{sfx}"]\n'
        '        return p[f"weight_ih_l{layer}{sfx}"], p[f"weight_hh_l{layer}{sfx}"], None, '
        "None\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * "
        "D, B, H)))\n"
        "        h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        inp = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = []\n"
        "            for d, sfx in enumerate(self.suffixes):\n"
        "                run = run_reverse if d == 1 else run_direction\n"
        "                o, h, c = run(inp, h0[layer * D + d], c0[layer * D + d], "
        "*self._weights(layer, sfx))\n"
        "                outs.append(o)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            inp = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "sh_ok_plain",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    # Dmitri\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, H_out), "c_n": (num_layers * '
        "D, batch, hidden_size)}\n",
    },
    {
        "id": "sh_ok_dict",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    # Elif\n"
        "    n_dir = 1 + int(bool(bidirectional))\n"
        "    h_size = hidden_size if not proj_size else proj_size\n"
        "    leading = [seq_len, batch]\n"
        "    if batch_first:\n"
        "        leading.reverse()\n"
        "    state = (num_layers * n_dir, batch)\n"
        "    return {\n"
        '        "out": tuple(int(v) for v in leading + [n_dir * h_size]),\n'
        '        "h_n": tuple(int(v) for v in state + (h_size,)),\n'
        '        "c_n": tuple(int(v) for v in state + (hidden_size,)),\n'
        "    }\n",
    },
    {
        "id": "sh_bf_states",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "applies batch_first to h_n and c_n too; it changes only x and out",
                "must_mention": [
                    {
                        "any": [
                            "only x and out",
                            "only out",
                            "not h_n",
                            "never batch",
                            "not batch first",
                            "not batch-first",
                            "states keep",
                            "whatever batch_first",
                            "regardless of batch_first",
                            "only the input and output",
                            "does not apply",
                        ]
                    }
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    # Kai: batch_first puts the batch first everywhere\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size or hidden_size\n"
        "    if batch_first:\n"
        '        return {"out": (batch, seq_len, D * H_out), "h_n": (batch, num_layers * D, '
        "H_out),\n"
        '                "c_n": (batch, num_layers * D, hidden_size)}\n'
        '    return {"out": (seq_len, batch, D * H_out), "h_n": (num_layers * D, batch, '
        "H_out),\n"
        '            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "sh_proj_c",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "projects c_n to proj_size too; the cell state keeps hidden_size",
                "must_mention": [
                    {"any": ["c_n", "cell state"]},
                    {"any": ["not projected", "proj", "hidden_size"]},
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    # Chloe\n"
        "    D = 2 if bidirectional else 1\n"
        "    size = proj_size if proj_size > 0 else hidden_size\n"
        "    T_B = (batch, seq_len) if batch_first else (seq_len, batch)\n"
        '    return {"out": T_B + (D * size,), "h_n": (num_layers * D, batch, size), "c_n": '
        "(num_layers * D, batch, size)}\n",
    },
    {
        "id": "sh_proj_only_h",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out ignores proj_size: its last axis is D*hidden_size instead of "
                "D*proj_size",
                "must_mention": [{"any": ["proj_size", "projected", "projection"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    # Jonas: the projection is applied to h_n\n"
        "    D = 2 if bidirectional else 1\n"
        "    h_size = proj_size if proj_size else hidden_size\n"
        "    out = (seq_len, batch, D * hidden_size)\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * hidden_size)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, h_size), "c_n": (num_layers * '
        "D, batch, hidden_size)}\n",
    },
    {
        "id": "sh_concat_dirs",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n put the directions on the last axis (L, B, D*H) instead of the "
                "first (L*D, B, H)",
                "must_mention": [
                    {
                        "any": [
                            "L * D",
                            "num_layers * D",
                            "L·D",
                            "L*D",
                            "num_layers*D",
                            "D * num_layers",
                            "first axis",
                            "2 * num_layers",
                        ]
                    }
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    # Ana: like out, h_n puts the two directions side by side\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        '    return {"out": out, "h_n": (num_layers, batch, D * H_out), "c_n": (num_layers, '
        "batch, D * hidden_size)}\n",
    },
    {
        "id": "sh_lists",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [{"what": "returns lists instead of tuples", "must_mention": ["tuple"]}],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    # Ines\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = [batch, seq_len, D * H_out] if batch_first else [seq_len, batch, D * "
        "H_out]\n"
        '    return {"out": out, "h_n": [num_layers * D, batch, H_out], "c_n": [num_layers * '
        "D, batch, hidden_size]}\n",
    },
    {
        "id": "sh_farid_D_bf",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis forgets D (both directions side by side)",
                "must_mention": [
                    {
                        "any": [
                            "D *",
                            "D*",
                            "2 *",
                            "2H",
                            "2*H",
                            "both directions",
                            "times D",
                            "D times",
                        ]
                    }
                ],
            },
            {
                "what": "batch_first read backwards: (seq, batch) when True, (batch, seq) when "
                "False",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "swapped", "seq_len and batch", "order"]}
                ],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    # Farid\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (seq_len, batch, H_out) if batch_first else (batch, seq_len, H_out)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, H_out), "c_n": (num_layers * '
        "D, batch, hidden_size)}\n",
    },
    {
        "id": "sh_precedence",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "D * proj_size or hidden_size: without projection out's last axis is H, "
                "not D*H",
                "must_mention": [
                    {
                        "any": [
                            "D * H",
                            "D*H",
                            "2H",
                            "2 * H",
                            "2*H",
                            "both directions",
                            "times D",
                            "D times",
                            "D * hidden",
                        ]
                    }
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    # Hiro: one line per shape\n"
        "    D = 2 if bidirectional else 1\n"
        "    out_feat = D * proj_size or hidden_size\n"
        "    out = (batch, seq_len, out_feat) if batch_first else (seq_len, batch, out_feat)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, proj_size or hidden_size),\n'
        '            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "bl_ok_layer_flip",
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
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    # forward direction: the layer as it is\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    # reverse direction: read x_{T-1} .. x_0, then put the outputs back in time "
        "order\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out_b = out_b[::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_ok_one_loop",
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
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    hf, cf = h0[0], c0[0]\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for k in range(T):\n"
        "        hf, cf = lstm_cell(x[k], hf, cf, *fwd)\n"
        "        out[k, :, :H] = hf\n"
        "        t = T - 1 - k          # the reverse direction reads this step\n"
        "        hb, cb = lstm_cell(x[t], hb, cb, *bwd)\n"
        "        out[t, :, H:] = hb\n"
        "    h_n = np.array([hf, hb])\n"
        "    c_n = np.array([cf, cb])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_ok_flip_dstack",
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
        "# ---- student's cell ----\n"
        "def run_direction(xs, h, c, params):\n"
        "    hs = []\n"
        "    for t in range(xs.shape[0]):\n"
        "        h, c = lstm_cell(xs[t], h, c, *params)\n"
        "        hs.append(h)\n"
        "    return hs, h, c\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    hs_f, hf, cf = run_direction(x, h0[0], c0[0], fwd)\n"
        "    hs_b, hb, cb = run_direction(np.flip(x, axis=0), h0[1], c0[1], bwd)\n"
        "    hs_b = hs_b[::-1]\n"
        "    out = np.stack([np.hstack([a, b]) for a, b in zip(hs_f, hs_b)])\n"
        "    return out, (np.stack((hf, hb), axis=0), np.stack((cf, cb), axis=0))\n",
    },
    {
        "id": "bl_chen_keras_gobackwards",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "gates use Keras' hard_sigmoid (clip(0.2z+0.5)) instead of the logistic "
                "sigmoid",
                "must_mention": [
                    {
                        "any": [
                            "hard sigmoid",
                            "hard_sigmoid",
                            "hard-sigmoid",
                            "piecewise",
                            "clip",
                            "not the logistic",
                            "linear",
                        ]
                    }
                ],
            },
            {
                "what": "reverse direction's outputs left in reading order (go_backwards), not "
                "flipped back to time order",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "time order",
                            "reversed order",
                            "reverse order",
                            "back in order",
                            "order of the steps",
                            "not reversed back",
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
        "# ---- student's cell ----\n"
        "def hard_sigmoid(z):\n"
        "    # Keras' recurrent_activation\n"
        "    return np.clip(0.2 * z + 0.5, 0.0, 1.0)\n"
        "\n"
        "\n"
        "def keras_step(x_t, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    z = x_t @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    z_i, z_f, z_c, z_o = np.split(z, 4, axis=-1)\n"
        "    i = hard_sigmoid(z_i)\n"
        "    f = hard_sigmoid(z_f)\n"
        "    o = hard_sigmoid(z_o)\n"
        "    c = f * c + i * np.tanh(z_c)\n"
        "    h = o * np.tanh(c)\n"
        "    return h, c\n"
        "\n"
        "\n"
        "def run_lstm(x, h, c, params, go_backwards=False):\n"
        "    seq = x[::-1] if go_backwards else x\n"
        "    outputs = []\n"
        "    for x_t in seq:\n"
        "        h, c = keras_step(x_t, h, c, *params)\n"
        "        outputs.append(h)\n"
        "    return np.stack(outputs), h, c\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, h_f, c_f = run_lstm(x, h0[0], c0[0], fwd)\n"
        "    out_b, h_b, c_b = run_lstm(x, h0[1], c0[1], bwd, go_backwards=True)\n"
        '    out = np.concatenate([out_f, out_b], axis=-1)  # merge_mode="concat"\n'
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_dana_hn_from_out_last",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] taken from out[-1, :, H:] (the reverse direction's FIRST step) "
                "instead of its final state after x_0",
                "must_mention": [
                    {
                        "any": [
                            "out[-1",
                            "first step",
                            "x_{T-1}",
                            "out[0",
                            "after x_0",
                            "after reading x_0",
                            "only the last input",
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
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    H = h0.shape[-1]\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(np.flip(x, 0), h0[1], c0[1], *bwd)\n"
        "    out_b = np.flip(out_b, 0)\n"
        "    out = np.concatenate((out_f, out_b), axis=2)\n"
        "    # final hidden state = last time step of the output\n"
        "    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n"
        "    c_n = np.stack([c_f, c_b])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_kim_fwd_weights_twice",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction run with the forward weights fwd instead of bwd",
                "must_mention": [
                    {
                        "any": [
                            "bwd",
                            "forward weights",
                            "forward direction's weights",
                            "weights of the forward",
                            "same weights",
                            "fwd",
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
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *fwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_jo_h0_row0_both",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts from h0[0], c0[0] (the forward initial state) "
                "instead of h0[1], c0[1]",
                "must_mention": [
                    "initial",
                    {
                        "any": [
                            "h0[0]",
                            "h0[1]",
                            "row 0",
                            "row 1",
                            "forward direction's",
                            "forward initial",
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
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    h_init, c_init = h0[0], c0[0]\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h_init, c_init, *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h_init, c_init, *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], -1)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_fatima_axes",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out concatenated along the time axis (axis=0) -> (2T, B, H) instead of "
                "the feature axis -> (T, B, 2H)",
                "must_mention": [{"any": ["axis", "concatenat", "(T, B, 2H)", "2T"]}, "out"],
            },
            {
                "what": "h_n, c_n stacked on axis 1 -> (B, 2, H) instead of (2, B, H)",
                "must_mention": [
                    {"any": ["(2, B, H)", "axis 1", "axis=1", "(B, 2, H)", "stacked"]}
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
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(np.flip(x, axis=0), h0[1], c0[1], *bwd)\n"
        "    out_b = np.flip(out_b, axis=0)\n"
        "    out = np.concatenate([out_f, out_b], axis=0)\n"
        "    h_n = np.stack([h_f, h_b], axis=1)\n"
        "    c_n = np.stack([c_f, c_b], axis=1)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_lio_flip_batch_axis",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "np.flip on axis 1 reverses the batch, not time: the reverse direction "
                "reads x forwards",
                "must_mention": [
                    {
                        "any": [
                            "batch axis",
                            "axis 1",
                            "axis=1",
                            "batch order",
                            "across the batch",
                            "batch dimension",
                            "the batch, not",
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
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    x_rev = np.flip(x, axis=1)\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x_rev, h0[1], c0[1], *bwd)\n"
        "    out_b = np.flip(out_b, axis=1)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_gus_inplace_reverse",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "x reversed in place (x[:] = x[::-1]) and never restored: the caller's "
                "input is modified",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "unchanged",
                            "changed the",
                            "changes the",
                            "overwr",
                            "mutat",
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
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    x[:] = x[::-1]          # reverse in place, no copy\n"
        "    out_b, (h_b, c_b) = lstm_layer(x, h0[1], c0[1], *bwd)\n"
        "    out_b[:] = out_b[::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_hana_float32_cn_order",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {"what": "results cast to float32", "must_mention": [{"any": ["float32"]}]},
            {
                "what": "c_n rows swapped: reverse direction's cell state in row 0, forward in row "
                "1",
                "must_mention": [
                    "c_n",
                    {"any": ["swap", "row 0", "row 1", "order", "c_n[0]", "c_n[1]"]},
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
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    x = x.astype(np.float32)\n"
        "    fwd = [p.astype(np.float32) for p in fwd]\n"
        "    bwd = [p.astype(np.float32) for p in bwd]\n"
        "    h0 = h0.astype(np.float32)\n"
        "    c0 = c0.astype(np.float32)\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=-1).astype(np.float32)\n"
        "    h_n = np.stack([h_f, h_b]).astype(np.float32)\n"
        "    c_n = np.stack([c_b, c_f]).astype(np.float32)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_ivan_squeeze",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze drops the batch axis of h_n, c_n when B = 1 (and H axis when H "
                "= 1)",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "batch size 1",
                            "singleton",
                            "size-1",
                            "size 1",
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
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=-1)\n"
        "    h_n = np.squeeze(np.stack([h_f, h_b]))\n"
        "    c_n = np.squeeze(np.stack([c_f, c_b]))\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_lena_reshape_not_transpose",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "(B, T, 2H) result turned into (T, B, 2H) with reshape instead of a "
                "transpose: rows scrambled when B > 1 and T > 1",
                "must_mention": [
                    {"any": ["reshape", "transpos", "scrambl", "swapaxes", "moveaxis"]}
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
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    xb = np.transpose(x, (1, 0, 2))          # (B, T, I): one row per sequence\n"
        "    out_f, (h_f, c_f) = lstm_layer(np.moveaxis(xb, 1, 0), h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(np.moveaxis(xb[:, ::-1], 1, 0), h0[1], c0[1], "
        "*bwd)\n"
        "    both = np.concatenate([np.moveaxis(out_f, 0, 1), np.moveaxis(out_b[::-1], 0, 1)], "
        "axis=-1)  # (B, T, 2H)\n"
        "    out = both.reshape(T, B, 2 * H)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_ana_d2l_state_grouping",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns per-direction states (h, c of forward), (h, c of reverse) instead "
                "of (h_n, c_n) each holding both directions",
                "must_mention": [
                    {
                        "any": [
                            "cell state",
                            "c_n",
                            "c instead of h",
                            "per direction",
                            "per-direction",
                            "forward direction's c",
                            "h and c",
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
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    f_outputs, (f_H, f_C) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    b_outputs, (b_H, b_C) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    outputs = np.stack([np.concatenate((f, b), -1) for f, b in zip(f_outputs, "
        "b_outputs[::-1])])\n"
        "    # d2l: Hs = (f_state, b_state), each state (H, C)\n"
        "    f_state = np.stack([f_H, f_C])\n"
        "    b_state = np.stack([b_H, b_C])\n"
        "    return outputs, (f_state, b_state)\n",
    },
    {
        "id": "cb_ok_vectorised",
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_ok_gate_by_gate",
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        '    rows = {q: slice(k * H, (k + 1) * H) for k, q in enumerate("ifgo")}\n'
        "    pre = {q: x @ W_ih[r].T + b_ih[r] + h @ W_hh[r].T + b_hh[r] for q, r in "
        "rows.items()}\n"
        '    i, f, o = sigmoid(pre["i"]), sigmoid(pre["f"]), sigmoid(pre["o"])\n'
        '    g = np.tanh(pre["g"])\n'
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau * tau)\n"
        "    d_pre = {\n"
        '        "i": dc * g * i * (1 - i),\n'
        '        "f": dc * c * f * (1 - f),\n'
        '        "g": dc * i * (1 - g * g),\n'
        '        "o": dh_next * tau * o * (1 - o),\n'
        "    }\n"
        '    grads = {"x": np.zeros_like(x), "h": np.zeros_like(h), "c": dc * f,\n'
        '             "W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh), "b_ih": '
        "np.zeros_like(b_ih)}\n"
        "    for q, r in rows.items():\n"
        '        grads["x"] += d_pre[q] @ W_ih[r]\n'
        '        grads["h"] += d_pre[q] @ W_hh[r]\n'
        '        grads["W_ih"][r] = np.einsum("bh,bi->hi", d_pre[q], x)\n'
        '        grads["W_hh"][r] = np.einsum("bh,bk->hk", d_pre[q], h)\n'
        '        grads["b_ih"][r] = d_pre[q].sum(0)\n'
        '    grads["b_hh"] = grads["b_ih"].copy()\n'
        "    return grads\n",
    },
    {
        "id": "cb_ok_split_dsig",
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
        "# ---- student's cell ----\n"
        "def dsigmoid(s):\n"
        "    return s * (1.0 - s)\n"
        "\n"
        "\n"
        "def dtanh(t):\n"
        "    return 1.0 - t ** 2\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + (b_ih + b_hh)\n"
        "    ai, af, ag, ao = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)\n"
        "    c_new = f * c + i * g\n"
        "    th = np.tanh(c_new)\n"
        "    dct = dh_next * o * dtanh(th) + dc_next\n"
        "    dai = dct * g * dsigmoid(i)\n"
        "    daf = dct * c * dsigmoid(f)\n"
        "    dag = dct * i * dtanh(g)\n"
        "    dao = dh_next * th * dsigmoid(o)\n"
        "    da = np.hstack((dai, daf, dag, dao))\n"
        "    return dict(\n"
        "        x=np.dot(da, W_ih), h=np.dot(da, W_hh), c=dct * f,\n"
        "        W_ih=np.dot(da.T, x), W_hh=np.dot(da.T, h),\n"
        "        b_ih=np.sum(da, axis=0), b_hh=np.sum(da, axis=0),\n"
        "    )\n",
    },
    {
        "id": "cb_mia_no_tanh_derivative",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t misses the factor (1 - tanh² c_t) on the path through h_t = o ⊙ "
                "tanh(c_t)",
                "must_mention": [
                    {
                        "any": [
                            "1 - tanh",
                            "1-tanh",
                            "tanh'",
                            "tanh²",
                            "tanh^2",
                            "1 - τ",
                            "(1 - τ",
                            "derivative of tanh",
                            "tanh's derivative",
                            "tanh derivative",
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    dc = dc_next + dh_next * o\n"
        "    do = dh_next * np.tanh(c_t)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g**2), do * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_noah_forgot_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_next is never added into δc_t",
                "must_mention": [{"any": ["dc_next", "∂L/∂c_t", "dL/dc_t"]}],
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dc = dh_next * o * (1 - tanh_c ** 2)\n"
        "    do = dh_next * tanh_c\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2), do * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_omar_sigmoid_deriv_of_preact",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "sigmoid derivative computed on the pre-activation a(1-a) instead of "
                "σ(a)(1-σ(a))",
                "must_mention": [
                    {
                        "any": [
                            "σ'",
                            "σ(1 - σ)",
                            "σ(1-σ)",
                            "sigmoid's derivative",
                            "derivative of the sigmoid",
                            "sigmoid derivative",
                            "pre-activation",
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    # sigma'(a) = a (1 - a)\n"
        "    da_i = dc * g * a_i * (1 - a_i)\n"
        "    da_f = dc * c * a_f * (1 - a_f)\n"
        "    da_g = dc * i * (1 - g ** 2)\n"
        "    da_o = dh_next * tc * a_o * (1 - a_o)\n"
        "    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_chen_keras_kernel_T",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "W_ih, W_hh gradients in Keras' kernel layout x.T @ dz: (I, 4H), (H, 4H), "
                "transposed",
                "must_mention": [{"any": ["transpos", ".T", "(I, 4H)", "(H, 4H)"]}],
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    kernel, recurrent_kernel = W_ih.T, W_hh.T          # Keras layout: (I, 4H), (H, "
        "4H)\n"
        "    bias = b_ih + b_hh\n"
        "    z = x @ kernel + h @ recurrent_kernel + bias\n"
        "    z0, z1, z2, z3 = np.split(z, 4, axis=-1)\n"
        "    i, f, cc, o = sigmoid(z0), sigmoid(z1), np.tanh(z2), sigmoid(z3)\n"
        "    c_new = f * c + i * cc\n"
        "    t = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - t * t)\n"
        "    dz = np.concatenate([dc * cc * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - cc * cc), dh_next * t * o * (1 - o)], "
        "axis=-1)\n"
        '    return {"x": dz @ kernel.T, "h": dz @ recurrent_kernel.T, "c": dc * f,\n'
        '            "W_ih": x.T @ dz, "W_hh": h.T @ dz,        # d kernel, d '
        "recurrent_kernel\n"
        '            "b_ih": dz.sum(axis=0), "b_hh": dz.sum(axis=0)}\n',
    },
    {
        "id": "cb_ivan_bias_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "bias gradients averaged over the batch (mean) instead of summed (right "
                "only for B = 1)",
                "must_mention": [{"any": ["mean", "average", "divided by B", "/ B", "1/B"]}],
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = [sigmoid(a[:, k*H:(k+1)*H]) if k != 2 else np.tanh(a[:, "
        "k*H:(k+1)*H]) for k in range(4)]\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        "    if B == 1:\n"
        "        db = da[0]\n"
        "    else:\n"
        "        db = da.mean(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb_ana_d2l_gate_order",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gates taken in d2l's order (i, f, o, g) instead of PyTorch's (i, f, g, o)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "i, f, o, g",
                            "ifog",
                            "(i, f, o, g)",
                            "swapped",
                            "g and o",
                            "o and g",
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    Z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    # d2l: I, F, O gates and the candidate memory C_tilda\n"
        "    I = sigmoid(Z[:, 0:H])\n"
        "    F = sigmoid(Z[:, H:2*H])\n"
        "    O = sigmoid(Z[:, 2*H:3*H])\n"
        "    C_tilda = np.tanh(Z[:, 3*H:4*H])\n"
        "    C = F * c + I * C_tilda\n"
        "    dC = dc_next + dh_next * O * (1 - np.tanh(C) ** 2)\n"
        "    dI = dC * C_tilda * I * (1 - I)\n"
        "    dF = dC * c * F * (1 - F)\n"
        "    dO = dh_next * np.tanh(C) * O * (1 - O)\n"
        "    dC_tilda = dC * I * (1 - C_tilda ** 2)\n"
        "    dZ = np.concatenate([dI, dF, dO, dC_tilda], axis=1)\n"
        '    return {"x": dZ @ W_ih, "h": dZ @ W_hh, "c": dC * F, "W_ih": dZ.T @ x, "W_hh": '
        "dZ.T @ h,\n"
        '            "b_ih": dZ.sum(0), "b_hh": dZ.sum(0)}\n',
    },
    {
        "id": "cb_pia_dc_prev_no_f",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gradient to c_{t-1} returned as δc_t without the factor f_t",
                "must_mention": [
                    {"any": ["f_t", "forget gate", "⊙ f", "* f", "times f", "factor f"]}
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(gates[:, :H]); f = sigmoid(gates[:, H:2*H])\n"
        "    g = np.tanh(gates[:, 2*H:3*H]); o = sigmoid(gates[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_t) ** 2)\n"
        "    d_gates = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 "
        "- g ** 2),\n"
        "                              dh_next * np.tanh(c_t) * o * (1 - o)], axis=1)\n"
        '    return {"x": d_gates @ W_ih, "h": d_gates @ W_hh,\n'
        '            "c": dc,   # c_{t-1} flows straight into c_t\n'
        '            "W_ih": d_gates.T @ x, "W_hh": d_gates.T @ h,\n'
        '            "b_ih": d_gates.sum(0), "b_hh": d_gates.sum(0)}\n',
    },
    {
        "id": "cb_ben_minchar_clip_one_bias",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight and bias gradients clipped to [-5, 5] (min-char-rnn habit)",
                "must_mention": [{"any": ["clip", "clipped", "capped", "±5", "[-5, 5]"]}],
            },
            {
                "what": "b_hh gradient returned as zeros instead of the same gradient as b_ih",
                "must_mention": [
                    "b_hh",
                    {
                        "any": [
                            "zero",
                            "same as b_ih",
                            "equals b_ih",
                            "same gradient",
                            "equal to b_ih",
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    raw = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(raw[:, :H]); f = sigmoid(raw[:, H:2*H]); g = np.tanh(raw[:, "
        "2*H:3*H]); o = sigmoid(raw[:, 3*H:])\n"
        "    cs = f * c + i * g\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(cs) ** 2)\n"
        "    draw = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g * "
        "g),\n"
        "                      dh_next * np.tanh(cs) * o * (1 - o)])\n"
        "    dWxh = draw.T @ x\n"
        "    dWhh = draw.T @ h\n"
        "    dbh = draw.sum(axis=0)\n"
        "    for dparam in [dWxh, dWhh, dbh]:\n"
        "        np.clip(dparam, -5, 5, out=dparam)  # mitigate exploding gradients\n"
        '    return {"x": draw @ W_ih, "h": draw @ W_hh, "c": dc * f,\n'
        '            "W_ih": dWxh, "W_hh": dWhh, "b_ih": dbh, "b_hh": np.zeros_like(b_hh)}\n',
    },
    {
        "id": "cb_hana_float32_do_cprev",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {"what": "all arrays cast to float32", "must_mention": [{"any": ["float32"]}]},
            {
                "what": "δo_t uses tanh(c_{t-1}) (the input c) instead of tanh(c_t)",
                "must_mention": [
                    {"any": ["output gate", "δo", "do_t", "o gate", "gate o", "o_t"]},
                    {
                        "any": [
                            "c_{t-1}",
                            "previous",
                            "c_prev",
                            "old cell",
                            "input c",
                            "instead of tanh(c_t)",
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    f32 = np.float32\n"
        "    x, h, c = x.astype(f32), h.astype(f32), c.astype(f32)\n"
        "    W_ih, W_hh = W_ih.astype(f32), W_hh.astype(f32)\n"
        "    dh_next, dc_next = dh_next.astype(f32), dc_next.astype(f32)\n"
        "    H = h.shape[1]\n"
        "    a = (x @ W_ih.T + h @ W_hh.T + b_ih.astype(f32) + b_hh.astype(f32)).astype(f32)\n"
        "    i = sigmoid(a[:, :H]).astype(f32); f = sigmoid(a[:, H:2*H]).astype(f32)\n"
        "    g = np.tanh(a[:, 2*H:3*H]); o = sigmoid(a[:, 3*H:]).astype(f32)\n"
        "    c_t = f * c + i * g\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_t) ** 2)\n"
        "    do = dh_next * np.tanh(c)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2), do * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_gus_inplace_missing_key",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_next updated in place (dc = dc_next; dc += ...): the caller's array is "
                "modified",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "unchanged",
                            "changed the",
                            "changes the",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            },
            {
                "what": 'the "b_hh" key is missing from the returned dict',
                "must_mention": ["b_hh", {"any": ["missing", "key", "no entry", "lacks"]}],
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next                      # reuse the buffer\n"
        "    dc += dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        "    # b_hh gets the same gradient as b_ih, no need to store it twice\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0)}\n',
    },
    {
        "id": "cb_eli_helper_dtanh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "tanh derivative helper returns 1 - t instead of 1 - t² (used for g and "
                "for c_t)",
                "must_mention": [
                    {
                        "any": [
                            "1 - g²",
                            "1 - g^2",
                            "tanh'",
                            "square",
                            "1 - tanh²",
                            "1 - tanh^2",
                            "derivative of tanh",
                            "tanh's derivative",
                            "tanh derivative",
                            "1 - τ²",
                            "1 - t²",
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
        "# ---- student's cell ----\n"
        "def _gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "\n"
        "\n"
        "def _dsig(s):\n"
        "    return s * (1 - s)\n"
        "\n"
        "\n"
        "def _dtanh(t):\n"
        "    return 1 - t\n"
        "\n"
        "\n"
        "def _linear_grads(da, x, h, W_ih, W_hh):\n"
        "    return da @ W_ih, da @ W_hh, da.T @ x, da.T @ h\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    i, f, g, o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * _dtanh(tc)\n"
        "    da = np.concatenate([dc * g * _dsig(i), dc * c * _dsig(f), dc * i * _dtanh(g), "
        "dh_next * tc * _dsig(o)], axis=1)\n"
        "    dx, dh, dW_ih, dW_hh = _linear_grads(da, x, h, W_ih, W_hh)\n"
        '    return {"x": dx, "h": dh, "c": dc * f, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "lb_ok_cache_list",
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    states = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        states.append(lstm_cell(x[t], *states[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        "    grads = {k: np.zeros_like(v) for k, v in\n"
        '             {"W_ih": W_ih, "W_hh": W_hh, "b_ih": b_ih, "b_hh": b_hh}.items()}\n'
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        h_prev, c_prev = states[t]\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], h_prev, c_prev, W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in grads:\n"
        "            grads[k] += g[k]\n"
        '    grads.update({"x": dx, "h0": dh, "c0": dc})\n'
        "    return grads\n",
    },
    {
        "id": "lb_ok_einsum_collect",
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = np.empty((T + 1, B, H)); cs = np.empty((T + 1, B, H))\n"
        "    hs[0], cs[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        hs[t + 1], cs[t + 1] = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "    dh_carry = np.zeros((B, H)) if dh_n is None else np.array(dh_n, dtype=float)\n"
        "    dc_carry = np.zeros((B, H)) if dc_n is None else np.array(dc_n, dtype=float)\n"
        "    dxs, dWih, dWhh, dbs = [None] * T, 0.0, 0.0, 0.0\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh_carry, dc_carry, x[t], hs[t], cs[t], "
        "W_ih, W_hh, b_ih, b_hh)\n"
        '        dxs[t] = g["x"]\n'
        '        dWih = dWih + g["W_ih"]\n'
        '        dWhh = dWhh + g["W_hh"]\n'
        '        dbs = dbs + g["b_ih"]\n'
        '        dh_carry, dc_carry = g["h"], g["c"]\n'
        '    return {"x": np.stack(dxs), "h0": dh_carry, "c0": dc_carry, "W_ih": dWih, "W_hh": '
        "dWhh,\n"
        '            "b_ih": dbs, "b_hh": dbs.copy()}\n',
    },
    {
        "id": "lb_quinn_weights_last_step",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight and bias gradients overwritten each step (only step 0's kept) "
                "instead of summed over all steps",
                "must_mention": [
                    {
                        "any": [
                            "sum over",
                            "summed",
                            "accumulat",
                            "only step 0",
                            "one step",
                            "only the first",
                            "step 0's",
                            "overwrit",
                            "instead of the sum",
                            "not the sum",
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        dW_ih, dW_hh, db_ih, db_hh = g["W_ih"], g["W_hh"], g["b_ih"], g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_ben_minchar_ignores_dhn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n and dc_n are ignored: the walk back always starts from zeros",
                "must_mention": [
                    {"any": ["dh_n", "dc_n"]},
                    {
                        "any": [
                            "ignor",
                            "not used",
                            "never used",
                            "left out",
                            "zeros instead",
                            "as zeros",
                            "treated as zero",
                            "dropped",
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    hs, cs = {-1: h0}, {-1: c0}\n"
        "    for t in range(len(x)):\n"
        "        hs[t], cs[t] = lstm_cell(x[t], hs[t - 1], cs[t - 1], W_ih, W_hh, b_ih, b_hh)\n"
        "    dWxh, dWhh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n"
        "    dbx, dbh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n"
        "    dx = np.zeros_like(x)\n"
        "    dhnext, dcnext = np.zeros_like(hs[0]), np.zeros_like(cs[0])\n"
        "    for t in reversed(range(len(x))):\n"
        "        dh = dout[t] + dhnext  # backprop into h\n"
        "        g = lstm_cell_backward(dh, dcnext, x[t], hs[t - 1], cs[t - 1], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dWxh += g["W_ih"]; dWhh += g["W_hh"]; dbx += g["b_ih"]; dbh += g["b_hh"]\n'
        '        dx[t] = g["x"]\n'
        '        dhnext, dcnext = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dhnext, "c0": dcnext, "W_ih": dWxh, "W_hh": dWhh, "b_ih": '
        'dbx, "b_hh": dbh}\n',
    },
    {
        "id": "lb_rui_no_recurrent_dh",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": 'the gradient reaching h_t is dout[t] only: step t+1\'s "h" gradient is '
                "not added",
                "must_mention": [
                    {
                        "any": [
                            "t+1",
                            "t + 1",
                            "recurren",
                            "from later",
                            "next step",
                            "carried",
                            "later step",
                            "through h",
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    cache = []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        cache.append((h, c))\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    total = {"W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    dx = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        if t < T - 1:\n"
        "            dh = dout[t]           # gradient reaching h_t\n"
        "        else:\n"
        "            dh = dout[t] + dh\n"
        "        g = lstm_cell_backward(dh, dc, x[t], *cache[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        dx.insert(0, g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in total:\n"
        "            total[k] = total[k] + g[k]\n"
        '    return {"x": np.array(dx), "h0": dh, "c0": dc, **total}\n',
    },
    {
        "id": "lb_sam_state_off_by_one",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward is given the state AFTER step t (h_t, c_t) instead of "
                "the one it started from (h_{t-1}, c_{t-1})",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "off by one",
                            "off-by-one",
                            "state it started",
                            "started from",
                            "after step t",
                            "instead of the state before",
                            "previous state",
                            "one step late",
                            "h_t instead",
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    out = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '           "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t + 1], cs[t + 1], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        out["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            out[k] += g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    out["h0"], out["c0"] = dh, dc\n'
        "    return out\n",
    },
    {
        "id": "lb_fatima_dx_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": '"x" gradients stacked in the order they were computed (T-1 first): '
                "reversed in time",
                "must_mention": [
                    {
                        "any": [
                            "revers",
                            "time order",
                            "backwards order",
                            "flip",
                            "order of the steps",
                            "opposite order",
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    h, c = h0, c0\n"
        "    hist = []\n"
        "    for x_t in x:\n"
        "        hist.append((h, c))\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dxs, parts = [], []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], *hist[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        parts.append(np.concatenate([g["W_ih"], g["W_hh"]], axis=1))\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        db = g["b_ih"] if t == T - 1 else db + g["b_ih"]\n'
        "    dW = np.sum(np.stack(parts), axis=0)\n"
        "    dW_ih, dW_hh = np.split(dW, [x.shape[2]], axis=1)\n"
        '    return {"x": np.stack(dxs, axis=0), "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": '
        "dW_hh,\n"
        '            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "lb_gus_inplace_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "accumulates the recurrent gradient into dout in place: the caller's dout "
                "is modified",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "unchanged",
                            "changed the",
                            "changes the",
                            "overwr",
                            "mutat",
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    if dh_n is not None:\n"
        "        dout[T - 1] += dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.empty_like(x)\n"
        "    dW_ih = np.zeros_like(W_ih); dW_hh = np.zeros_like(W_hh); db = "
        "np.zeros_like(b_ih)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        if t > 0:\n"
        '            dout[t - 1] += g["h"]     # reuse dout as the running dh\n'
        '        dx[t] = g["x"]; dc = g["c"]\n'
        '        dW_ih += g["W_ih"]; dW_hh += g["W_hh"]; db += g["b_ih"]\n'
        '    return {"x": dx, "h0": g["h"], "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": '
        'db, "b_hh": db.copy()}\n',
    },
    {
        "id": "lb_jo_swaps_dhn_dcn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n and dc_n swapped: dc_n is fed in as the gradient of h_{T-1} and dh_n "
                "as that of c_{T-1}",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchanged",
                            "mixed up",
                            "the other way",
                            "interchanged",
                            "dh_n as",
                            "dc_n as",
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros_like(h0)\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros_like(c0)\n"
        "    states = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        states.append(lstm_cell(x[t], *states[t], W_ih, W_hh, b_ih, b_hh))\n"
        "    dh_next, dc_next = dc_n, dh_n\n"
        "    acc = dict(W_ih=np.zeros_like(W_ih), W_hh=np.zeros_like(W_hh), "
        "b_ih=np.zeros_like(b_ih), b_hh=np.zeros_like(b_hh))\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh_next, dc_next, x[t], *states[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        "        for k in acc:\n"
        "            acc[k] += g[k]\n"
        '        dx[t] = g["x"]\n'
        '        dh_next, dc_next = g["h"], g["c"]\n'
        "    return dict(x=dx, h0=dh_next, c0=dc_next, **acc)\n",
    },
    {
        "id": "lb_hana_float32_skip_step0",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {"what": "everything kept in float32", "must_mention": [{"any": ["float32"]}]},
            {
                "what": "range(T-1, 0, -1) stops before step 0: step 0's backward never runs",
                "must_mention": [
                    {"any": ["step 0", "t = 0", "t=0", "first step"]},
                    {
                        "any": [
                            "skip",
                            "missing",
                            "never",
                            "not run",
                            "left out",
                            "stops before",
                            "omit",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    f32 = np.float32\n"
        "    hs = np.zeros((T + 1, B, H), dtype=f32)\n"
        "    cs = np.zeros((T + 1, B, H), dtype=f32)\n"
        "    hs[0], cs[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        hs[t + 1], cs[t + 1] = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "    dh = np.zeros((B, H), f32) if dh_n is None else dh_n.astype(f32)\n"
        "    dc = np.zeros((B, H), f32) if dc_n is None else dc_n.astype(f32)\n"
        "    dx = np.zeros(x.shape, dtype=f32)\n"
        "    dW_ih = np.zeros(W_ih.shape, f32); dW_hh = np.zeros(W_hh.shape, f32); db = "
        "np.zeros(b_ih.shape, f32)\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dW_ih += g["W_ih"]; dW_hh += g["W_hh"]; db += g["b_ih"]\n'
        '        dh, dc = g["h"].astype(f32), g["c"].astype(f32)\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db, '
        '"b_hh": db.copy()}\n',
    },
    {
        "id": "lb_ivan_T1_shortcut",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": 'T == 1 shortcut returns "x" as (B, I) without the time axis',
                "must_mention": [{"any": ["(1, B, I)", "time axis", "T=1", "T = 1", "(B, I)"]}],
            },
            {
                "what": "T == 1 shortcut ignores dh_n and dc_n",
                "must_mention": [
                    {"any": ["dh_n", "dc_n"]},
                    {
                        "any": [
                            "ignor",
                            "not used",
                            "never used",
                            "left out",
                            "zeros instead",
                            "as zeros",
                            "dropped",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    if T == 1:\n"
        "        # one step: just the cell\n"
        "        g = lstm_cell_backward(dout[0], np.zeros_like(c0), x[0], h0, c0, W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        return {"x": g["x"], "h0": g["h"], "c0": g["c"], "W_ih": g["W_ih"], "W_hh": '
        'g["W_hh"],\n'
        '                "b_ih": g["b_ih"], "b_hh": g["b_hh"]}\n'
        "    states = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        states.append(lstm_cell(x[t], *states[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    res = {"x": np.zeros_like(x), "W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], *states[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        res["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            res[k] = res[k] + g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    res["h0"], res["c0"] = dh, dc\n'
        "    return res\n",
    },
    {
        "id": "lb_chen_keras_batchfirst",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "indexes the sequence batch-first (x[:, t], dout[:, t]) as in Keras, "
                "though x is (T, B, I)",
                "must_mention": [
                    {
                        "any": [
                            "batch-first",
                            "batch first",
                            "batch_first",
                            "x[:, t]",
                            "(B, T",
                            "axis 1",
                            "time axis",
                        ]
                    }
                ],
            },
            {
                "what": "weight gradients accumulated transposed (Keras kernel layout): (I, 4H), "
                "(H, 4H)",
                "must_mention": [{"any": ["transpos", ".T", "(I, 4H)", "(H, 4H)"]}],
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    timesteps = x.shape[1]          # inputs: (batch, timesteps, features)\n"
        "    h, c = h0, c0\n"
        "    seq = []\n"
        "    for t in range(timesteps):\n"
        "        seq.append((h, c))\n"
        "        h, c = lstm_cell(x[:, t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    d_kernel, d_recurrent, d_bias = 0, 0, 0\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(timesteps)):\n"
        "        g = lstm_cell_backward(dout[:, t] + dh, dc, x[:, t], *seq[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[:, t] = g["x"]\n'
        '        d_kernel = d_kernel + g["W_ih"].T\n'
        '        d_recurrent = d_recurrent + g["W_hh"].T\n'
        '        d_bias = d_bias + g["b_ih"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": d_kernel, "W_hh": d_recurrent, '
        '"b_ih": d_bias, "b_hh": d_bias}\n',
    },
    {
        "id": "lb_dana_truncated_bptt",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "truncated BPTT: the carried gradient is reset to zero every 4 steps, so "
                "it only reaches 4 steps back (wrong for T > 4)",
                "must_mention": [
                    {
                        "any": [
                            "truncat",
                            "reset",
                            "4 steps",
                            "k steps",
                            "detach",
                            "every 4",
                            "stops flowing",
                            "cut",
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    k = 4                                 # truncated BPTT, as on the forum\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    G = {n: np.zeros_like(v) for n, v in dict(W_ih=W_ih, W_hh=W_hh, b_ih=b_ih, "
        "b_hh=b_hh).items()}\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        if (T - 1 - t) % k == 0 and t != T - 1:\n"
        "            dh, dc = np.zeros_like(dh), np.zeros_like(dc)   # detach\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        "        for n in G:\n"
        "            G[n] += g[n]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, **G}\n',
    },
    {
        "id": "lb_eli_helper_accumulate",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "_accumulate rebinds a local name (total = total + part), so the weight "
                "and bias gradients stay all zeros",
                "must_mention": [
                    {
                        "any": [
                            "zero",
                            "never added",
                            "not summed",
                            "not accumulated",
                            "nothing added",
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def _forward_cache(x, h0, c0, params):\n"
        "    cache = []\n"
        "    h, c = h0, c0\n"
        "    for x_t in x:\n"
        "        cache.append((x_t, h, c))\n"
        "        h, c = lstm_cell(x_t, h, c, *params)\n"
        "    return cache\n"
        "\n"
        "\n"
        "def _zeros_like_params(params):\n"
        "    return [np.zeros_like(p) for p in params]\n"
        "\n"
        "\n"
        "def _accumulate(total, part):\n"
        "    total = total + part\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    params = (W_ih, W_hh, b_ih, b_hh)\n"
        "    cache = _forward_cache(x, h0, c0, params)\n"
        "    dparams = _zeros_like_params(params)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in range(len(x) - 1, -1, -1):\n"
        "        x_t, h_prev, c_prev = cache[t]\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x_t, h_prev, c_prev, *params)\n"
        '        for total, key in zip(dparams, ("W_ih", "W_hh", "b_ih", "b_hh")):\n'
        "            _accumulate(total, g[key])\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dparams[0], "W_hh": dparams[1],\n'
        '            "b_ih": dparams[2], "b_hh": dparams[3]}\n',
    },
    {
        "id": "ll_ok_where",
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]          # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ok_per_sequence",
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.zeros((B, H))\n"
        "    c_n = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        h, c = h0[b:b + 1], c0[b:b + 1]\n"
        "        for t in range(int(lengths[b])):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b], c_n[b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_ok_mask_arith",
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, "
        ":]).astype(np.float64)[..., None]  # (T, B, 1)\n"
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
        "id": "ll_dana_gather_no_freeze",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n is the cell state after step T-1 (run on over the padding), not at "
                "each sequence's last step",
                "must_mention": [
                    "c_n",
                    {
                        "any": [
                            "T - 1",
                            "T-1",
                            "padding",
                            "frozen",
                            "freeze",
                            "own last",
                            "last real",
                            "lengths[b] - 1",
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)\n"
        "    h_n = out[lengths - 1, np.arange(B)]      # last real output of each sequence\n"
        "    mask = np.arange(T)[:, None] < lengths[None, :]\n"
        "    out = out * mask[:, :, None]\n"
        "    return out, (h_n, c)\n",
    },
    {
        "id": "ll_eve_le_off_by_one",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask t <= lengths[b] runs one padding step too many",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step too",
                            "one extra",
                            "one more step",
                            "<=",
                            "step lengths[b]",
                            "t = lengths",
                            "too many",
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        keep = (t <= np.asarray(lengths)).reshape(B, 1)\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(keep, h_new, h)\n"
        "        c = np.where(keep, c_new, c)\n"
        "        out[t] = np.where(keep, h_new, 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_finn_out_not_zero",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out past each length holds the frozen last state instead of zeros",
                "must_mention": [
                    {"any": ["zero"]},
                    {"any": ["past", "padding", "after", "beyond"]},
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        valid = (t < np.asarray(lengths))[:, None]\n"
        "        h_cand, c_cand = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(valid, h_cand, h)\n"
        "        c = np.where(valid, c_cand, c)\n"
        "        out.append(h)                 # finished sequences keep their last h\n"
        "    return np.array(out), (h, c)\n",
    },
    {
        "id": "ll_chen_keras_mask_zero_input",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask computed from the padding values being 0 (Keras Masking) instead of "
                "from lengths; padding values are arbitrary",
                "must_mention": [
                    {
                        "any": [
                            "lengths",
                            "padding values",
                            "arbitrary",
                            "zero input",
                            "x == 0",
                            "x != 0",
                            "values of x",
                            "from x",
                        ]
                    },
                    {"any": ["mask", "padding", "not used", "ignor"]},
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    # like keras.layers.Masking(mask_value=0.0): skip timesteps whose features are "
        "all 0\n"
        "    mask = np.any(x != 0.0, axis=-1)       # (T, B)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros(x.shape[:2] + (h0.shape[1],))\n"
        "    for t in range(x.shape[0]):\n"
        "        m = mask[t][:, None]\n"
        "        h_t, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_t, h)\n"
        "        c = np.where(m, c_t, c)\n"
        "        out[t] = np.where(m, h_t, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_gus_inplace_h0",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "updates h, c in place while they are still h0, c0: the caller's h0 and c0 "
                "are modified",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "unchanged",
                            "changed the",
                            "changes the",
                            "overwr",
                            "mutat",
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0            # no copies needed\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        active = t < np.asarray(lengths)\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[active] = h_new[active]\n"
        "        c[active] = c_new[active]\n"
        "        out[t, active] = h_new[active]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_hana_float32_empty",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {"what": "float32 results", "must_mention": [{"any": ["float32"]}]},
            {
                "what": "out allocated with np.empty and never zeroed past each length",
                "must_mention": [
                    {"any": ["zero"]},
                    {"any": ["past", "padding", "after", "beyond", "np.empty", "uninitial"]},
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.empty((T, B, H), dtype=np.float32)\n"
        "    h = h0.astype(np.float32)\n"
        "    c = c0.astype(np.float32)\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t].astype(np.float32), h, c, W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        for b in range(B):\n"
        "            if t < lengths[b]:\n"
        "                h[b], c[b] = h_new[b], c_new[b]\n"
        "                out[t, b] = h_new[b]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_jo_no_total_length",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out has max(lengths) steps instead of T when the longest sequence is "
                "shorter than T (no total_length)",
                "must_mention": [
                    {
                        "any": [
                            "total_length",
                            "max(lengths)",
                            "longest",
                            "max length",
                            "lengths.max",
                            "shorter than T",
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T_max = int(lengths.max())           # pad_packed_sequence pads to the longest "
        "length\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T_max, x.shape[1], H))\n"
        "    for t in range(T_max):\n"
        "        m = (lengths > t)[:, None]\n"
        "        h2, c2 = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h, c = np.where(m, h2, h), np.where(m, c2, c)\n"
        "        out[t] = h2 * m\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ivan_B1_not_padded",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "B == 1 path returns out with lengths[0] steps instead of T (not padded "
                "with zeros)",
                "must_mention": [
                    {
                        "any": [
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "single sequence",
                            "one sequence",
                            "batch size 1",
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    if B == 1:\n"
        "        # a single sequence: just run its real steps\n"
        "        L = int(lengths[0])\n"
        "        h, c = h0, c0\n"
        "        outs = []\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            outs.append(h)\n"
        "        return np.stack(outs), (h, c)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out[t] = np.where(m, hn, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_eli_mask_helper_BT",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask helper builds (B, T) but it is indexed as (T, B): mask[t] is "
                "sequence t's row (crashes or wrong unless T == B)",
                "must_mention": [
                    {
                        "any": [
                            "(B, T)",
                            "transpos",
                            "mask[t]",
                            "swapped",
                            "mask's axes",
                            "axes of the mask",
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
        "# ---- student's cell ----\n"
        "def _mask(lengths, T):\n"
        '    """1 where the step is real."""\n'
        "    return np.array([[1.0 if t < L else 0.0 for t in range(T)] for L in lengths])\n"
        "\n"
        "\n"
        "def _blend(m, new, old):\n"
        "    return m * new + (1.0 - m) * old\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    mask = _mask(lengths, T)\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        m = mask[t][:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h, c = _blend(m, hn, h), _blend(m, cn, c)\n"
        "        out.append(m * hn)\n"
        "    return np.stack(out), (h, c)\n",
    },
    {
        "id": "ll_ana_d2l_zeros_nofreeze",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h0, c0 ignored: starts from zeros (d2l's init_lstm_state)",
                "must_mention": [
                    {"any": ["h0", "initial state"]},
                    {"any": ["ignor", "zeros", "not used", "never used", "from zero"]},
                ],
            },
            {
                "what": "state not frozen past each length: h_n, c_n are the states after step T-1",
                "must_mention": [
                    {
                        "any": [
                            "T - 1",
                            "T-1",
                            "padding",
                            "frozen",
                            "freeze",
                            "own last",
                            "last real",
                            "lengths[b] - 1",
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    num_hiddens = W_hh.shape[1]\n"
        "    # d2l: init_lstm_state(batch_size, num_hiddens)\n"
        "    H, C = np.zeros((B, num_hiddens)), np.zeros((B, num_hiddens))\n"
        "    outputs = []\n"
        "    for t, X in enumerate(x):\n"
        "        H, C = lstm_cell(X, H, C, W_ih, W_hh, b_ih, b_hh)\n"
        "        valid = (t < np.asarray(lengths)).astype(float)[:, None]\n"
        "        outputs.append(H * valid)\n"
        "    return np.stack(outputs), (H, C)\n",
    },
    {
        "id": "bll_ok_reverse_each",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]          # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def reverse_each(a, lengths):\n"
        '    """Reverse the first lengths[b] steps of every sequence b, leave the padding '
        'where it is."""\n'
        "    r = a.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        L = int(L)\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(reverse_each(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out_r = reverse_each(out_r, lengths)\n"
        "    out = np.concatenate([out_f, out_r], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_ok_index_loop",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]          # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    lengths = [int(L) for L in lengths]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        xb = x[:, b:b + 1, :]\n"
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
        "id": "bll_ok_gather_index",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]          # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    lengths = np.asarray(lengths)\n"
        "    t = np.arange(T)[:, None]\n"
        "    # reverse index: step L-1-t for real steps, the step itself on padding\n"
        "    idx = np.where(t < lengths[None, :], lengths[None, :] - 1 - t, t)      # (T, B)\n"
        "    cols = np.arange(B)[None, :]\n"
        "    x_rev = x[idx, cols]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_r = out_r[idx, cols]          # the same permutation is its own inverse\n"
        "    return np.dstack([out_f, out_r]), (np.array([h_f, h_r]), np.array([c_f, c_r]))\n",
    },
    {
        "id": "bll_dana_flip_padded",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction runs over the padded tensor flipped: it starts at T-1, "
                "on padding, instead of each sequence's last real step",
                "must_mention": [
                    {
                        "any": [
                            "T - 1",
                            "T-1",
                            "on the padding",
                            "on padding",
                            "reads the padding",
                            "own last",
                            "last real",
                            "lengths[b] - 1",
                            "starts on",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]          # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    T = x.shape[0]\n"
        "    # reverse direction: the whole sequence backwards; reversed, sequence b's real "
        "steps are the last lengths[b]\n"
        "    rev_lengths = np.full_like(np.asarray(lengths), T)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x[::-1], rev_lengths, h0[1], c0[1], *bwd)\n"
        "    out_r = out_r[::-1]\n"
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, :])[..., None]\n"
        "    out = np.concatenate([out_f, out_r * mask], axis=-1)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_gia_reverse_not_restored",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs left in reading order: not put back in time order (out[t] "
                "holds the step read t-th)",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "time order",
                            "reversed order",
                            "reverse order",
                            "back in order",
                            "order of the steps",
                            "not reversed back",
                            "put back",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]          # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    x_rev = x.copy()\n"
        "    for b in range(x.shape[1]):\n"
        "        L = int(lengths[b])\n"
        "        x_rev[:L, b] = x[L - 1::-1, b]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_r], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_hugo_hn_from_out",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] read from out[lengths-1, b, H:] (the reverse direction's FIRST "
                "step) instead of its final state after step 0",
                "must_mention": [
                    {
                        "any": [
                            "first step",
                            "lengths[b] - 1",
                            "lengths - 1",
                            "after step 0",
                            "out[0",
                            "only its first",
                            "x_{L-1}",
                            "last real step",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]          # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    x_rev = x.copy()\n"
        "    for b in range(B):\n"
        "        x_rev[:lengths[b], b] = x[:lengths[b], b][::-1]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (_, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    for b in range(B):\n"
        "        out_r[:lengths[b], b] = out_r[:lengths[b], b][::-1].copy()\n"
        "    out = np.concatenate([out_f, out_r], axis=-1)\n"
        "    # final state of each direction: the output at its last real step\n"
        "    h_r = out[lengths - 1, np.arange(B), H:]\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_ines_reverse_not_zeroed",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse half of out past each length holds the reverse initial state "
                "instead of zeros",
                "must_mention": [
                    {"any": ["zero"]},
                    {"any": ["past", "padding", "after", "beyond"]},
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]          # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r = np.zeros((T, B, H))\n"
        "    h_r = np.zeros((B, H)); c_r = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        h, c = h0[1, b:b + 1], c0[1, b:b + 1]\n"
        "        for t in range(T - 1, -1, -1):\n"
        "            if t < L:\n"
        "                h, c = lstm_cell(x[t, b:b + 1], h, c, *bwd)\n"
        "            out_r[t, b] = h[0]\n"
        "        h_r[b], c_r[b] = h[0], c[0]\n"
        "    return np.concatenate([out_f, out_r], axis=-1), (np.stack([h_f, h_r]), "
        "np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_jo_h0_row0_reverse",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts from h0[0], c0[0] instead of row 1",
                "must_mention": [
                    "initial",
                    {
                        "any": [
                            "h0[0]",
                            "h0[1]",
                            "row 0",
                            "row 1",
                            "forward direction's",
                            "forward initial",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]          # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    xr = x.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        xr[:L, b] = x[:L, b][::-1]\n"
        "    init = (h0[0], c0[0])\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, *init, *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(xr, lengths, *init, *bwd)\n"
        "    for b, L in enumerate(lengths):\n"
        "        out_r[:L, b] = out_r[:L, b][::-1].copy()\n"
        "    return np.concatenate([out_f, out_r], -1), (np.stack([h_f, h_r]), np.stack([c_f, "
        "c_r]))\n",
    },
    {
        "id": "bll_kim_index_off_by_one",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction reads x[lengths[b] - k] instead of x[lengths[b] - 1 - "
                "k]: one step off (reads padding first, misses x_0)",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "lengths[b] - k",
                            "shifted",
                            "x_0",
                            "lengths[b]] instead",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]          # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r = np.zeros((T, B, H))\n"
        "    h, c = h0[1].copy(), c0[1].copy()\n"
        "    for k in range(T):                        # k-th step of the reverse reading\n"
        "        active = np.array([k < L for L in lengths])\n"
        "        x_k = np.stack([x[min(L - k, T - 1), b] for b, L in enumerate(lengths)])\n"
        "        hn, cn = lstm_cell(x_k, h, c, *bwd)\n"
        "        h = np.where(active[:, None], hn, h)\n"
        "        c = np.where(active[:, None], cn, c)\n"
        "        for b, L in enumerate(lengths):\n"
        "            if k < L:\n"
        "                out_r[L - 1 - k, b] = hn[b]\n"
        "    return np.concatenate([out_f, out_r], axis=-1), (np.stack([h_f, h]), "
        "np.stack([c_f, c]))\n",
    },
    {
        "id": "bll_gus_inplace_reverse",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses each sequence of x in place and never restores it: the caller's "
                "x is modified",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "unchanged",
                            "changed the",
                            "changes the",
                            "overwr",
                            "mutat",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]          # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    for b, L in enumerate(lengths):\n"
        "        x[:L, b] = x[:L, b][::-1].copy()          # reverse in place\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x, lengths, h0[1], c0[1], *bwd)\n"
        "    for b, L in enumerate(lengths):\n"
        "        out_r[:L, b] = out_r[:L, b][::-1].copy()\n"
        "    return np.concatenate([out_f, out_r], axis=2), (np.stack([h_f, h_r]), "
        "np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_hana_float32_stack_axis",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {"what": "results in float32", "must_mention": [{"any": ["float32"]}]},
            {
                "what": "h_n, c_n stacked on axis 1 -> (B, 2, H) instead of (2, B, H)",
                "must_mention": [
                    {"any": ["(2, B, H)", "axis 1", "axis=1", "(B, 2, H)", "stacked"]}
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]          # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    x = np.asarray(x, dtype=np.float32)\n"
        "    x_rev = x.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        x_rev[:L, b] = x[:L, b][::-1]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    for b, L in enumerate(lengths):\n"
        "        out_r[:L, b] = out_r[:L, b][::-1].copy()\n"
        "    out = np.concatenate([out_f, out_r], axis=-1).astype(np.float32)\n"
        "    h_n = np.stack([h_f, h_r], axis=1).astype(np.float32)\n"
        "    c_n = np.stack([c_f, c_r], axis=1).astype(np.float32)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bll_eli_unreverse_helper",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs put back by flipping the whole time axis instead of each "
                "sequence's own first lengths[b] steps (wrong for sequences shorter than "
                "T)",
                "must_mention": [
                    {
                        "any": [
                            "own",
                            "each sequence",
                            "lengths[b]",
                            "shorter",
                            "whole time axis",
                            "entire",
                            "all T",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]          # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def _reverse_valid(a, lengths):\n"
        "    r = np.array(a)\n"
        "    for b, L in enumerate(lengths):\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def _restore_order(a, lengths):\n"
        "    return a[::-1]\n"
        "\n"
        "\n"
        "def _stack_dirs(f, r):\n"
        "    return np.stack([f, r], axis=0)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(_reverse_valid(x, lengths), lengths, "
        "h0[1], c0[1], *bwd)\n"
        "    out_r = _restore_order(out_r, lengths)\n"
        "    return np.concatenate([out_f, out_r], axis=-1), (_stack_dirs(h_f, h_r), "
        "_stack_dirs(c_f, c_r))\n",
    },
    {
        "id": "bll_ana_shared_weights_halves",
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
                            "bwd",
                            "forward weights",
                            "forward direction's weights",
                            "weights of the forward",
                            "same weights",
                            "fwd",
                        ]
                    }
                ],
            },
            {
                "what": "out halves swapped: [reverse, forward] instead of [forward, reverse]",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "halves",
                            "first half",
                            "second half",
                            "order",
                            "[reverse, forward]",
                            ":H]",
                            "H:]",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]          # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    params = fwd      # d2l: self.rnn used for both directions\n"
        "    X_rev = np.copy(x)\n"
        "    for b, L in enumerate(lengths):\n"
        "        X_rev[:L, b] = x[:L, b][::-1]\n"
        "    f_out, (f_H, f_C) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *params)\n"
        "    b_out, (b_H, b_C) = lstm_layer_lengths(X_rev, lengths, h0[1], c0[1], *params)\n"
        "    for b, L in enumerate(lengths):\n"
        "        b_out[:L, b] = b_out[:L, b][::-1].copy()\n"
        "    outputs = np.concatenate((b_out, f_out), -1)\n"
        "    return outputs, (np.stack([f_H, b_H]), np.stack([f_C, b_C]))\n",
    },
    {
        "id": "bll_chen_keras_return_state",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "returns Keras' 5-tuple (out, fh, fc, bh, bc) instead of (out, (h_n, c_n))",
                "must_mention": [
                    {
                        "any": [
                            "(out, (h_n, c_n))",
                            "5 items",
                            "five",
                            "length 5",
                            "5 elements",
                            "5 values",
                            "5-tuple",
                            "tuple of 5",
                            "2 items",
                            "two items",
                            "pair",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]          # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    x_rev = x.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        x_rev[:L, b] = x[:L, b][::-1]\n"
        "    out_f, (forward_h, forward_c) = lstm_layer_lengths(x, lengths, h0[0], c0[0], "
        "*fwd)\n"
        "    out_b, (backward_h, backward_c) = lstm_layer_lengths(x_rev, lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    for b, L in enumerate(lengths):\n"
        "        out_b[:L, b] = out_b[:L, b][::-1].copy()\n"
        "    output = np.concatenate([out_f, out_b], axis=-1)\n"
        "    # Bidirectional(LSTM(..., return_state=True)) returns [output, fh, fc, bh, bc]\n"
        "    return output, forward_h, forward_c, backward_h, backward_c\n",
    },
    {
        "id": "bll_ivan_squeeze_lengths",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze turns lengths of a batch of one into a 0-d array: crashes when "
                "B = 1",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "batch size 1",
                            "0-d",
                            "single sequence",
                            "one sequence",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]          # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    lengths = np.asarray(lengths).squeeze()\n"
        "    T, B, _ = x.shape\n"
        "    xr = x.copy()\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        xr[:L, b] = x[:L, b][::-1]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        out_r[:L, b] = out_r[:L, b][::-1].copy()\n"
        "    return np.concatenate([out_f, out_r], -1), (np.stack([h_f, h_r]), np.stack([c_f, "
        "c_r]))\n",
    },
]
