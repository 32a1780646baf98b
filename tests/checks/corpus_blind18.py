# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The eighteenth blind corpus, kept as its two authors wrote it (/work/blind18a and /work/blind18b,
split by graded names as for corpora 10-17; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora, each asked to invent a cast of at least
eight students, among them students who adapt the book's own cells, leave debugging code in,
write one-liners, over-engineer, carry over another framework's habits (Keras, JAX/Flax,
PyTorch's .view/.permute), slip in handling the arguments, and whose mistakes show only in some
configurations; run on 29f5556 (after the fifteenth round); the words a message must contain
were fixed before its first run. See tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_ok_dmitri",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Stable logistic function. Works for scalars and arrays of any shape."""\n'
        "    z = np.array(z, dtype=np.float64, copy=True)\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    neg = ~pos\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[neg])\n"
        "    out[neg] = ez / (1.0 + ez)\n"
        "    return out\n",
    },
    {
        "id": "sig_ok_chen",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "sigmoid = lambda z: np.exp(-np.logaddexp(0.0, -np.asarray(z, dtype=float)))\n",
    },
    {
        "id": "sig_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive formula: np.exp(-z) overflows for z << 0 (RuntimeWarning)",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # logistic function\n"
        "    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "sig_clip10_elena",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips z to [-10, 10]: saturated, wrong values for |z| > 10",
                "must_mention": [
                    {"any": ["clip", "saturat", "large |z|", "large z", "|z| >", "|z|>"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # like tf.clip_by_value before the activation, keeps exp() in range\n"
        "    z = np.clip(z, -10.0, 10.0)\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_hard_elena",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "hard (piecewise-linear) sigmoid instead of the logistic function",
                "must_mention": [
                    {"any": ["hard sigmoid", "hard_sigmoid", "linear", "not the logistic"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Keras' fast sigmoid: piecewise linear, never overflows\n"
        "    return np.clip(0.2 * z + 0.5, 0.0, 1.0)\n",
    },
    {
        "id": "sig_branches_jonas",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "branches swapped: computes sigma(-z) = 1 - sigma(z)",
                "must_mention": [
                    {
                        "any": [
                            "σ(-z)",
                            "sigma(-z)",
                            "1 - σ",
                            "1 - sigma",
                            "1-σ",
                            "swapped",
                            "branches",
                            "sign",
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
        "    # for z < 0: e^z / (1 + e^z)\n"
        "    return np.where(z < 0, 1.0 / (1.0 + e), e / (1.0 + e))\n",
    },
    {
        "id": "sig_inplace_dmitri",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "overwrites the caller's array z with |z| (np.abs(z, out=z))",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "in-place", "overwr", "unchanged"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Memory-friendly: reuse the input buffer for |z|."""\n'
        "    z = np.asarray(z, dtype=np.float64)   # no copy needed, already float64\n"
        "    neg = z < 0\n"
        "    np.abs(z, out=z)                     # z now holds |z|\n"
        "    e = np.exp(-z)\n"
        "    out = 1.0 / (1.0 + e)\n"
        "    out[neg] = e[neg] / (1.0 + e[neg])\n"
        "    return out\n",
    },
    {
        "id": "sig_float32_farid",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "converts to float32 (JAX default): result float32, not float64",
                "must_mention": ["float32"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # jax.nn.sigmoid style; float32 like jnp's default\n"
        "    z = np.asarray(z, dtype=np.float32)\n"
        "    return np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + "
        "np.exp(-np.abs(z))))\n",
    },
    {
        "id": "sig_flat_grace",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "flattens z (reshape(-1)) and never restores its shape: result is 1-D",
                "must_mention": [
                    {"any": ["flat", "ravel", "1-d", "one-dimensional", "reshape", "same shape"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64).reshape(-1)   # like z.view(-1)\n"
        "    out = np.empty_like(z)\n"
        "    for n, v in enumerate(z):\n"
        "        out[n] = 1 / (1 + np.exp(-v)) if v >= 0 else np.exp(v) / (1 + np.exp(v))\n"
        "    return out\n",
    },
    {
        "id": "sig_d_naive32_chen",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {"what": "naive formula overflows for large negative z", "must_mention": ["overflow"]},
            {"what": "np.float32(z): float32 result", "must_mention": ["float32"]},
        ],
        "source": "import numpy as np\nsigmoid = lambda z: 1 / (1 + np.exp(-np.float32(z)))\n",
    },
    {
        "id": "sig_d_clipinplace_hiro",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips to [-10, 10]: wrong values for |z| > 10",
                "must_mention": [
                    {"any": ["clip", "saturat", "large |z|", "large z", "|z| >", "|z|>"]}
                ],
            },
            {
                "what": "clips the caller's array in place (out=z)",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "in-place", "overwr", "unchanged"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    np.clip(z, -10, 10, out=z)   # keep exp in range\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "gates_ok_jonas",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gates_ok_aiko",
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
        'GATES = ("i", "f", "g", "o")  # the order of PyTorch\'s stacked blocks\n'
        "\n"
        "\n"
        "def gate_blocks(W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    blocks = {}\n"
        "    for k, gate in enumerate(GATES):\n"
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        blocks[gate] = (W_ih[rows], W_hh[rows], b_ih[rows] + b_hh[rows])\n"
        "    return blocks\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    blocks = gate_blocks(W_ih, W_hh, b_ih, b_hh)\n"
        "    z = {gate: x @ W_x.T + h @ W_h.T + b for gate, (W_x, W_h, b) in blocks.items()}\n"
        '    return sigmoid(z["i"]), sigmoid(z["f"]), np.tanh(z["g"]), sigmoid(z["o"])\n',
    },
    {
        "id": "gates_ok_farid",
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
        "    B, H = h.shape\n"
        '    z = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + (b_ih + '
        "b_hh)\n"
        "    z = z.reshape(B, 4, H)\n"
        "    i, f, g, o = (z[:, k] for k in range(4))\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_ifog_jonas",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "blocks read in the order (i, f, o, g): g and o exchanged",
                "must_mention": [
                    {"any": ["order", "swapped", "exchanged"]},
                    {
                        "any": [
                            "i, f, o, g",
                            "ifog",
                            "(i, f, o, g)",
                            "g and o",
                            "o and g",
                            "W_io",
                            "W_ig",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_o, a_g = np.split(a, 4, axis=1)   # i, f, o, g\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gates_notanh_jonas",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {"what": "sigmoid on the candidate g instead of tanh", "must_mention": ["tanh"]}
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(sigmoid(a), 4, axis=1)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_nobhh_aiko",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [{"what": "b_hh never added", "must_mention": ["b_hh"]}],
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
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    i = sigmoid(z[:, 0:H])\n"
        "    f = sigmoid(z[:, H:2*H])\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    o = sigmoid(z[:, 3*H:4*H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_view_grace",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "W_ih.reshape(I, 4H) (a .view) instead of the transpose W_ih.T",
                "must_mention": [{"any": ["reshape", "transpos", ".T", "view"]}],
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
        "    I, H = x.shape[1], h.shape[1]\n"
        "    # torch: W.view(I, 4H) so we can do x @ W\n"
        "    Wx = W_ih.reshape(I, 4 * H)\n"
        "    Wh = W_hh.reshape(H, 4 * H)\n"
        "    z = x @ Wx + h @ Wh + b_ih + b_hh\n"
        "    i, f, g, o = np.split(z, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_chunk0_grace",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "splits along axis 0 (the batch, torch.chunk's default dim) instead of "
                "axis 1",
                "must_mention": [{"any": ["axis", "dim", "batch"]}],
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
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.array_split(gates, 4)   # gates.chunk(4)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_Hwrong_hiro",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "H taken from W_ih.shape[1] (= I): wrong slices whenever I != H",
                "must_mention": [
                    {
                        "any": [
                            "W_ih.shape[1]",
                            "input size",
                            "input_size",
                            "I != H",
                            "I ≠ H",
                            "I instead of H",
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
        "    H = W_ih.shape[1]   # columns of W_ih are the hidden units\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    return (sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H]),\n"
        "            np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:]))\n",
    },
    {
        "id": "gates_assert_bruno",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "leftover debug assert x.shape == h.shape: crashes whenever I != H",
                "must_mention": ["assert"],
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
        '    print("x", x.shape, "h", h.shape)\n'
        '    assert x.shape == h.shape, "x and h should match"\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    H = h.shape[1]\n"
        "    return (sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:]))\n",
    },
    {
        "id": "gates_d_colvec_farid",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the gates transposed, (H, B) instead of (B, H)",
                "must_mention": [{"any": ["transpos", "(H, B)", "swapaxes", "axes"]}],
            },
            {
                "what": "tanh applied to o and sigmoid to g (activations exchanged)",
                "must_mention": ["tanh"],
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
        "    # column convention: z = W x + b, examples as columns\n"
        "    z = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]   # (4H, B)\n"
        "    i, f, g, o = np.split(z, 4, axis=0)\n"
        "    return sigmoid(i), sigmoid(f), sigmoid(g), np.tanh(o)\n",
    },
    {
        "id": "gates_d_keras_elena",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "b_ih modified in place (b = b_ih; b += b_hh)",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "in-place", "overwr", "unchanged"]}
                ],
            },
            {
                "what": "adds 1 to the forget gate's bias (Keras unit_forget_bias)",
                "must_mention": [
                    {"any": ["forget"]},
                    {"any": ["+1", "+ 1", "1.0", "unit_forget_bias", "bias"]},
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh, unit_forget_bias=True):\n"
        "    H = W_hh.shape[1]\n"
        "    b = b_ih\n"
        "    b += b_hh                     # one bias, like Keras\n"
        "    if unit_forget_bias:          # Keras default\n"
        "        b[H:2 * H] += 1.0\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b\n"
        "    i, f, c, o = np.split(z, 4, axis=-1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(c), sigmoid(o)\n",
    },
    {
        "id": "cell_ok_aiko",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
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
        'GATES = ("i", "f", "g", "o")\n'
        "\n"
        "\n"
        "def gate_blocks(W_ih, W_hh, b_ih, b_hh):\n"
        '    """PyTorch\'s stacked parameters, cut into {gate: (W_i?, W_h?, b_i? + b_h?)}."""\n'
        "    H = W_hh.shape[1]\n"
        "    blocks = {}\n"
        "    for k, gate in enumerate(GATES):\n"
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        blocks[gate] = (W_ih[rows], W_hh[rows], b_ih[rows] + b_hh[rows])\n"
        "    return blocks\n"
        "\n"
        "\n"
        "def lstm_step(x, h, c, blocks):\n"
        "    z = {gate: W_x @ x + W_h @ h + b for gate, (W_x, W_h, b) in blocks.items()}\n"
        '    i, f, o = sigmoid(z["i"]), sigmoid(z["f"]), sigmoid(z["o"])\n'
        '    g = np.tanh(z["g"])\n'
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    blocks = gate_blocks(W_ih, W_hh, b_ih, b_hh)\n"
        "    steps = [lstm_step(x[n], h[n], c[n], blocks) for n in range(x.shape[0])]\n"
        "    return np.stack([s[0] for s in steps]), np.stack([s[1] for s in steps])\n",
    },
    {
        "id": "cell_ok_dmitri",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class _LSTMCellMath:\n"
        '    """Small helper object so the maths is testable piece by piece."""\n'
        "\n"
        "    @staticmethod\n"
        "    def sigmoid(z):\n"
        "        out = np.empty_like(z, dtype=np.float64)\n"
        "        pos = z >= 0\n"
        "        out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "        ez = np.exp(z[~pos])\n"
        "        out[~pos] = ez / (1.0 + ez)\n"
        "        return out\n"
        "\n"
        "    def __call__(self, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "        x, h, c = (np.asarray(a, dtype=np.float64) for a in (x, h, c))\n"
        "        if x.ndim != 2 or h.shape != c.shape:\n"
        '            raise ValueError(f"bad shapes x={x.shape} h={h.shape} c={c.shape}")\n'
        "        H = h.shape[1]\n"
        "        if W_ih.shape != (4 * H, x.shape[1]) or W_hh.shape != (4 * H, H):\n"
        '            raise ValueError("weights do not match the state size")\n'
        "        pre = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        "        i = self.sigmoid(pre[:, :H])\n"
        "        f = self.sigmoid(pre[:, H:2 * H])\n"
        "        g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "        o = self.sigmoid(pre[:, 3 * H:])\n"
        "        c_next = f * c + i * g\n"
        "        return o * np.tanh(c_next), c_next\n"
        "\n"
        "\n"
        "_cell = _LSTMCellMath()\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    return _cell(x, h, c, W_ih, W_hh, b_ih, b_hh)\n",
    },
    {
        "id": "cell_ok_chen",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    i, f, g, o = (fn(a) for fn, a in zip((sigmoid, sigmoid, np.tanh, sigmoid),\n"
        "                                          np.split(x @ W_ih.T + h @ W_hh.T + b_ih + "
        "b_hh, 4, 1)))\n"
        "    return o * np.tanh(c2 := f * c + i * g), c2\n",
    },
    {
        "id": "cell_notanh_jonas",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = o * c_next: the tanh of the cell state is missing",
                "must_mention": [{"any": ["tanh(c", "tanh of c", "tanh(c_t)", "tanh(c_next)"]}],
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * c_next\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_oldc_ines",
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
                            "c_{t-1}",
                            "previous",
                            "old",
                            "tanh(c)",
                            "before it is updated",
                            "instead of c_next",
                            "c_prev",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    H = h.shape[1]\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    h_next = o * np.tanh(c)\n"
        "    c_next = f * c + i * g\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_naivesig_aiko",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "the book's naive sigmoid 1/(1+exp(-z)): overflow warning for large "
                "pre-activations",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 1 / (1 + np.exp(-z))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, o = sigmoid(z[:, 0:H]), sigmoid(z[:, H:2*H]), sigmoid(z[:, 3*H:4*H])\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_inplace_grace",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "updates the caller's c in place (c *= f; c += i*g)",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "in-place", "overwr", "unchanged"]}
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(gates, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c *= f            # c.mul_(f)\n"
        "    c += i * g        # c.add_(i * g)\n"
        "    h_next = o * np.tanh(c)\n"
        "    return h_next, c\n",
    },
    {
        "id": "cell_coupled_ines",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = f*c + (1-f)*g: coupled gates, the input gate i is not used",
                "must_mention": [{"any": ["1 - f", "1-f", "(1 − f)", "coupled", "input gate"]}],
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_next = f * c + (1 - f) * g     # forget what we overwrite\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_squeeze_grace",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "squeeze() drops the batch axis for B = 1 (and the unit axis for H = 1)",
                "must_mention": [
                    {"any": ["squeeze", "B=1", "B = 1", "batch of one", "H=1", "H = 1", "dropped"]}
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = np.split(gates, 4, axis=-1)\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next.squeeze(), c_next.squeeze()\n",
    },
    {
        "id": "cell_zeroshortcut_bruno",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "early return of zeros when h and c are zero: the input x is ignored at a "
                "zero state",
                "must_mention": [
                    {
                        "any": [
                            "zero state",
                            "zero initial",
                            "h and c are zero",
                            "h = c = 0",
                            "zeros",
                            "all zero",
                            "early return",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    if not h.any() and not c.any():\n"
        "        # nothing to remember yet -> state stays zero (saves time at t=0)\n"
        "        return np.zeros_like(h), np.zeros_like(c)\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    H = h.shape[1]\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_next = f * c + i * g\n"
        '    #print("c_next", c_next)\n'
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_d_keras_elena",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "adds 1 to the forget gate pre-activation (Keras unit_forget_bias)",
                "must_mention": [
                    "forget",
                    {"any": ["+1", "+ 1", "1.0", "unit_forget_bias", "bias"]},
                ],
            },
            {
                "what": "c_next = f*c + g: the input gate i never multiplies the candidate",
                "must_mention": [
                    {"any": ["input gate", "i ⊙ g", "i * g", "i*g", "without i", "i_t"]}
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    z_i, z_f, z_c, z_o = (z[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    i = sigmoid(z_i)\n"
        "    f = sigmoid(z_f + 1.0)        # unit_forget_bias=True\n"
        "    c_new = f * c + np.tanh(z_c)  # candidate\n"
        "    o = sigmoid(z_o)\n"
        "    return o * np.tanh(c_new), c_new\n",
    },
    {
        "id": "cell_d_flax_farid",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c_next, h_next), the Flax carry order, instead of (h_next, "
                "c_next)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swapped",
                            "exchanged",
                            "c_next first",
                            "reversed",
                            "h_next and c_next",
                        ]
                    }
                ],
            },
            {"what": "computes in float32", "must_mention": ["float32"]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # flax.linen.LSTMCell style: carry = (c, h); compute in float32 like jnp\n"
        "    carry = (c.astype(np.float32), h.astype(np.float32))\n"
        "    c_, h_ = carry\n"
        "    z = x.astype(np.float32) @ W_ih.T.astype(np.float32) + h_ @ "
        "W_hh.T.astype(np.float32) \\\n"
        "        + (b_ih + b_hh).astype(np.float32)\n"
        "    i, f, g, o = np.split(z, 4, axis=-1)\n"
        "    new_c = sigmoid(f) * c_ + sigmoid(i) * np.tanh(g)\n"
        "    new_h = sigmoid(o) * np.tanh(new_c)\n"
        "    return new_c, new_h\n",
    },
    {
        "id": "cell_d_typo_bruno",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {"what": "b_ih added twice, b_hh never (typo)", "must_mention": ["b_hh"]},
            {
                "what": "h_next uses tanh of the previous c instead of c_next",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "previous",
                            "old",
                            "tanh(c)",
                            "before it is updated",
                            "instead of c_next",
                            "c_prev",
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
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    print("DEBUG shapes", x.shape, h.shape, c.shape)\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_ih\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, 0:H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    h_next = o * np.tanh(c)\n"
        "    c_next = f * c + i * g\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "layer_ok_jonas",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
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
        "id": "layer_ok_chen",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "from functools import reduce\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    z = np.zeros((xs.shape[1], W_hh.shape[1]))\n"
        "    step = lambda acc, x_t: acc + [lstm_cell(x_t, *acc[-1], W_ih, W_hh, b_ih, b_hh)]\n"
        "    states = reduce(step, xs, [(z if h0 is None else h0, z if c0 is None else "
        "c0)])[1:]\n"
        "    out = np.stack([h for h, _ in states], axis=1 if batch_first else 0)\n"
        "    return out, states[-1]\n",
    },
    {
        "id": "layer_ok_dmitri",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    x = np.asarray(x, dtype=np.float64)\n"
        "    if x.ndim != 3:\n"
        '        raise ValueError(f"x must be 3-D, got {x.shape}")\n'
        "    seq = x.swapaxes(0, 1) if batch_first else x          # (T, B, I) view\n"
        "    T, B, I = seq.shape\n"
        "    H = W_hh.shape[1]\n"
        "    if W_ih.shape != (4 * H, I):\n"
        '        raise ValueError(f"W_ih has shape {W_ih.shape}, expected {(4 * H, I)}")\n'
        "    h = np.zeros((B, H)) if h0 is None else np.array(h0, dtype=np.float64)\n"
        "    c = np.zeros((B, H)) if c0 is None else np.array(c0, dtype=np.float64)\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(seq[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.ascontiguousarray(out.swapaxes(0, 1))\n"
        "    return out, (h.copy(), c.copy())\n",
    },
    {
        "id": "layer_bfview_grace",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first handled with reshape (a .view) instead of a transpose of the "
                "axes",
                "must_mention": [{"any": ["reshape", "transpos", "swapaxes", "view"]}],
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        B, T, I = x.shape\n"
        "        x = x.reshape(T, B, I)      # x.view(T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)\n"
        "    if batch_first:\n"
        "        out = out.reshape(B, T, H)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_bfout_ines",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first, out is returned (T, B, H), not transposed back to (B, "
                "T, H)",
                "must_mention": [
                    "batch_first",
                    {"any": ["(B, T, H)", "back", "transpos", "time-major", "(T, B, H)"]},
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)   # to (T, B, I)\n"
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
        "id": "layer_shift_jonas",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends h before the step: out[t] holds h_{t-1} (shifted by one step, "
                "starts with h0)",
                "must_mention": [
                    {
                        "any": [
                            "shift",
                            "one step",
                            "off by one",
                            "off-by-one",
                            "h_{t-1}",
                            "previous step",
                            "before the step",
                            "h0 at",
                            "lag",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h, c = h0, c0\n"
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
        "id": "layer_or_hiro",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h0 or zeros: crashes (truth value of an array) whenever an initial state "
                "is given",
                "must_mention": [{"any": ["`or`", "h0 or", " or ", "truth value", "is None"]}],
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = h0 or np.zeros((B, H))\n"
        "    c = c0 or np.zeros((B, H))\n"
        "    out = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.stack(out)\n"
        "    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)\n",
    },
    {
        "id": "layer_nocarryc_ines",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell state is not carried: every step starts again from c0",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "cell state",
                            "not updated",
                            "passed on",
                            "c0 at every",
                            "every step",
                            "each step",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = np.moveaxis(x, 1, 0)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c0 = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c0, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.stack(out)\n"
        "    if batch_first:\n"
        "        out = np.moveaxis(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_cn_jonas",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n returned as out[-1], i.e. h_{T-1}, not the cell state",
                "must_mention": [
                    "c_n",
                    {"any": ["h_n", "h_{T-1}", "out[-1]", "equals h", "hidden state"]},
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
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
        "    out = np.stack(out)\n"
        "    h_n = out[-1]\n"
        "    c_n = out[-1]\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "layer_h0inplace_dmitri",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "writes every step's state into the caller's h0 and c0 (in place)",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "in-place", "overwr", "unchanged"]}
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """Keeps the running state in one preallocated buffer per state (no '
        'reallocation)."""\n'
        "    if batch_first:\n"
        "        x = x.swapaxes(0, 1)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h_buf = np.zeros((B, H)) if h0 is None else h0\n"
        "    c_buf = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h_buf, c_buf, W_ih, W_hh, b_ih, b_hh)\n"
        "        h_buf[...] = h_new\n"
        "        c_buf[...] = c_new\n"
        "        out[t] = h_buf\n"
        "    if batch_first:\n"
        "        out = out.swapaxes(0, 1)\n"
        "    return out, (h_buf.copy(), c_buf.copy())\n",
    },
    {
        "id": "layer_TB_bruno",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "T read from x.shape before the batch_first transpose: loops B steps "
                "instead of T (batch_first, T != B)",
                "must_mention": [
                    {
                        "any": [
                            "T != B",
                            "T ≠ B",
                            "before the transpose",
                            "number of steps",
                            "B steps",
                            "range(B)",
                            "x.shape[0]",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    T, B, I = x.shape\n"
        '    print("T, B, I =", T, B, I)\n'
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((x.shape[1], H)) if h0 is None else h0\n"
        "    c = np.zeros((x.shape[1], H)) if c0 is None else c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.array(out)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_d_reduce_chen",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell state is never carried: every step uses c0, and c_n is returned "
                "as c0",
                "must_mention": [
                    {"any": ["carr", "cell state", "c0", "not updated", "every step"]}
                ],
            },
            {"what": "batch_first ignored", "must_mention": ["batch_first"]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
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
        "from functools import reduce\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    B, H = x.shape[1], W_hh.shape[1]\n"
        "    h0 = np.zeros((B, H)) if h0 is None else h0\n"
        "    c0 = np.zeros((B, H)) if c0 is None else c0\n"
        "    hs = reduce(lambda acc, xt: acc + [lstm_cell(xt, acc[-1], c0, W_ih, W_hh, b_ih, "
        "b_hh)[0]], x, [h0])[1:]\n"
        "    return np.stack(hs), (hs[-1], c0)\n",
    },
    {
        "id": "layer_d_keras_elena",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first logic inverted: transposes x when batch_first is False and "
                "returns out batch-major",
                "must_mention": ["batch_first"],
            },
            {
                "what": "ignores c0: the cell state always starts from zeros",
                "must_mention": [
                    {
                        "any": [
                            "c0 ignored",
                            "ignores c0",
                            "c0 is ignored",
                            "given c0",
                            "initial cell state",
                            "c0 not used",
                            "zeros instead of c0",
                            "c0",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    # Keras layers are batch-major: (batch, timesteps, features)\n"
        "    if not batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    B, T, _ = x.shape\n"
        "    units = W_hh.shape[1]\n"
        "    state_h = np.zeros((B, units)) if h0 is None else h0\n"
        "    state_c = np.zeros((B, units))               # initial_state=[h] only\n"
        "    seq = []\n"
        "    for t in range(T):\n"
        "        state_h, state_c = lstm_cell(x[:, t], state_h, state_c, W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        seq.append(state_h)\n"
        "    out = np.stack(seq, axis=1)                   # return_sequences=True\n"
        "    return out, (state_h, state_c)\n",
    },
    {
        "id": "layer_d_cache_dmitri",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {"what": "casts everything to float32", "must_mention": ["float32"]},
            {
                "what": "caches the weights by shape: a second call with new weights of the same "
                "shapes reuses the old ones",
                "must_mention": [
                    {
                        "any": [
                            "cache",
                            "stale",
                            "previous call",
                            "earlier call",
                            "first call",
                            "same weights",
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
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "_weights_cache = {}\n"
        "\n"
        "\n"
        "def _prepared(W_ih, W_hh, b_ih, b_hh):\n"
        '    """Transpose the weights once per layer shape and reuse them (saves time)."""\n'
        "    key = (W_ih.shape, W_hh.shape)\n"
        "    if key not in _weights_cache:\n"
        "        _weights_cache[key] = (W_ih.T.astype(np.float32), W_hh.T.astype(np.float32),\n"
        "                               (b_ih + b_hh).astype(np.float32))\n"
        "    return _weights_cache[key]\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    x = np.asarray(x, dtype=np.float32)\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, I = x.shape\n"
        "    WxT, WhT, b = _prepared(W_ih, W_hh, b_ih, b_hh)\n"
        "    H = WhT.shape[0]\n"
        "    h = np.zeros((B, H), np.float32) if h0 is None else np.asarray(h0, np.float32)\n"
        "    c = np.zeros((B, H), np.float32) if c0 is None else np.asarray(c0, np.float32)\n"
        "    out = np.empty((T, B, H), dtype=np.float32)\n"
        "    for t in range(T):\n"
        "        a = x[t] @ WxT + h @ WhT + b\n"
        "        i, f, g, o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(f).astype(np.float32) * c + sigmoid(i).astype(np.float32) * "
        "np.tanh(g)\n"
        "        h = sigmoid(o).astype(np.float32) * np.tanh(c)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "scr_ok_jonas",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
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
        "        H = hidden_size\n"
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
        "        return {name: value.copy() for name, value in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            if state[name].shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {state[name].shape}, expected '
        '{self.params[name].shape}")\n'
        "        for name in state:\n"
        "            if name not in self.params:\n"
        '                raise KeyError(f"unexpected key {name}")\n'
        "        for name in self.params:\n"
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n'
        '        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n'
        "        T = x.shape[0]\n"
        "        out = np.zeros((T, h.shape[0], self.hidden_size))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                out, h, c = self._run(layer_in, h0[layer * D + d], c0[layer * D + d], "
        "layer, suffix)\n"
        "                outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_ok_dmitri",
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
        "    pos = z >= 0\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "class _Direction:\n"
        '    """One direction of one layer: its parameters and its loop over time."""\n'
        "\n"
        "    def __init__(self, in_size, hidden, bias, rng, reverse):\n"
        "        k = hidden ** -0.5\n"
        "        self.reverse = reverse\n"
        "        self.w_ih = rng.uniform(-k, k, size=(4 * hidden, in_size))\n"
        "        self.w_hh = rng.uniform(-k, k, size=(4 * hidden, hidden))\n"
        "        self.b_ih = rng.uniform(-k, k, size=4 * hidden) if bias else None\n"
        "        self.b_hh = rng.uniform(-k, k, size=4 * hidden) if bias else None\n"
        "\n"
        "    def named(self, layer):\n"
        '        s = "_reverse" if self.reverse else ""\n'
        '        names = {f"weight_ih_l{layer}{s}": "w_ih", f"weight_hh_l{layer}{s}": "w_hh"}\n'
        "        if self.b_ih is not None:\n"
        '            names[f"bias_ih_l{layer}{s}"] = "b_ih"\n'
        '            names[f"bias_hh_l{layer}{s}"] = "b_hh"\n'
        "        return names\n"
        "\n"
        "    def run(self, xs, h, c):\n"
        "        H = self.w_hh.shape[1]\n"
        "        T = xs.shape[0]\n"
        "        hs = np.empty((T,) + h.shape)\n"
        "        order = reversed(range(T)) if self.reverse else range(T)\n"
        "        for t in order:\n"
        "            z = xs[t] @ self.w_ih.T + h @ self.w_hh.T\n"
        "            if self.b_ih is not None:\n"
        "                z = z + self.b_ih + self.b_hh\n"
        "            i, f = _sigmoid(z[:, :H]), _sigmoid(z[:, H:2 * H])\n"
        "            g, o = np.tanh(z[:, 2 * H:3 * H]), _sigmoid(z[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            hs[t] = h\n"
        "        return hs, h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        if hidden_size <= 0 or num_layers <= 0:\n"
        '            raise ValueError("hidden_size and num_layers must be positive")\n'
        "        self.hidden_size, self.num_layers = int(hidden_size), int(num_layers)\n"
        "        self.batch_first = bool(batch_first)\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        self.layers = []\n"
        "        for k in range(self.num_layers):\n"
        "            in_size = input_size if k == 0 else self.D * self.hidden_size\n"
        "            self.layers.append([_Direction(in_size, self.hidden_size, bias, rng, "
        "rev)\n"
        "                                for rev in (False, True)[: self.D]])\n"
        "\n"
        "    def _slots(self):\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            for d in dirs:\n"
        "                for name, attr in d.named(k).items():\n"
        "                    yield name, d, attr\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(getattr(d, attr), dtype=np.float64) for name, d, attr "
        "in self._slots()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        slots = list(self._slots())\n"
        "        expected = {name for name, _, _ in slots}\n"
        "        missing, extra = expected - set(state), set(state) - expected\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, d, attr in slots:\n"
        "            value = np.array(state[name], dtype=np.float64)\n"
        "            if value.shape != getattr(d, attr).shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected {getattr(d, '
        'attr).shape}")\n'
        "            setattr(d, attr, value)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        seq = np.swapaxes(x, 0, 1) if self.batch_first else x\n"
        "        T, B, _ = seq.shape\n"
        "        n = self.num_layers * self.D\n"
        "        if hx is None:\n"
        "            h0 = c0 = np.zeros((n, B, self.hidden_size))\n"
        "        else:\n"
        "            h0, c0 = (np.asarray(a, dtype=np.float64) for a in hx)\n"
        "        hn, cn = np.empty((n, B, self.hidden_size)), np.empty((n, B, "
        "self.hidden_size))\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            outs = []\n"
        "            for d, direction in enumerate(dirs):\n"
        "                row = k * self.D + d\n"
        "                hs, hn[row], cn[row] = direction.run(seq, h0[row], c0[row])\n"
        "                outs.append(hs)\n"
        "            seq = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return np.ascontiguousarray(out), (hn, cn)\n",
    },
    {
        "id": "scr_revnotflipped_ines",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs stored in processing order, not put back in "
                "time order",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "flip",
                            "not put back",
                            "reversed order",
                            "[::-1]",
                            "in the order it reads",
                            "order of processing",
                            "processing order",
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
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
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
        "        H = hidden_size\n"
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
        "        return {name: value.copy() for name, value in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            if state[name].shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {state[name].shape}, expected '
        '{self.params[name].shape}")\n'
        "        for name in state:\n"
        "            if name not in self.params:\n"
        '                raise KeyError(f"unexpected key {name}")\n'
        "        for name in self.params:\n"
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n'
        '        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n'
        "        T = x.shape[0]\n"
        "        out = np.zeros((T, h.shape[0], self.hidden_size))\n"
        '        xs = x[::-1] if suffix == "_reverse" else x\n'
        "        for t in range(T):\n"
        "            h, c = lstm_cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                out, h, c = self._run(layer_in, h0[layer * D + d], c0[layer * D + d], "
        "layer, suffix)\n"
        "                outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_revhn_ines",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's h_n taken from out[-1] (its state after x_{T-1}) "
                "instead of its state after x_0",
                "must_mention": [
                    {"any": ["out[0", "x_0", "step 0", "out[-1", "after reading x_0", "first step"]}
                ],
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
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
        "        H = hidden_size\n"
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
        "        return {name: value.copy() for name, value in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            if state[name].shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {state[name].shape}, expected '
        '{self.params[name].shape}")\n'
        "        for name in state:\n"
        "            if name not in self.params:\n"
        '                raise KeyError(f"unexpected key {name}")\n'
        "        for name in self.params:\n"
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n'
        '        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n'
        "        T = x.shape[0]\n"
        "        out = np.zeros((T, h.shape[0], self.hidden_size))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t] = h\n"
        "        return out, out[-1], c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                out, h, c = self._run(layer_in, h0[layer * D + d], c0[layer * D + d], "
        "layer, suffix)\n"
        "                outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_fwdonly_input_jonas",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layer k reads only the forward direction's out of layer k-1 (crashes: "
                "W_ih expects 2H)",
                "must_mention": [
                    {
                        "any": [
                            "both directions",
                            "D * H",
                            "2H",
                            "2 * H",
                            "concaten",
                            "D*H",
                            "forward direction only",
                            "only the forward",
                        ]
                    }
                ],
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
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
        "        H = hidden_size\n"
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
        "        return {name: value.copy() for name, value in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            if state[name].shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {state[name].shape}, expected '
        '{self.params[name].shape}")\n'
        "        for name in state:\n"
        "            if name not in self.params:\n"
        '                raise KeyError(f"unexpected key {name}")\n'
        "        for name in self.params:\n"
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n'
        '        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n'
        "        T = x.shape[0]\n"
        "        out = np.zeros((T, h.shape[0], self.hidden_size))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                out, h, c = self._run(layer_in, h0[layer * D + d], c0[layer * D + d], "
        "layer, suffix)\n"
        "                outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = outs[0]   # next layer reads this layer's output\n"
        "        out = np.concatenate(outs, axis=2)\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_hxrows_ines",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state rows direction-major (d * L + k) instead of layer by layer (k * D + "
                "d), for h_0 and h_n",
                "must_mention": [
                    {"any": ["row", "k * D + d", "layer by layer", "direction-major", "rows"]}
                ],
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
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
        "        H = hidden_size\n"
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
        "        return {name: value.copy() for name, value in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            if state[name].shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {state[name].shape}, expected '
        '{self.params[name].shape}")\n'
        "        for name in state:\n"
        "            if name not in self.params:\n"
        '                raise KeyError(f"unexpected key {name}")\n'
        "        for name in self.params:\n"
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n'
        '        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n'
        "        T = x.shape[0]\n"
        "        out = np.zeros((T, h.shape[0], self.hidden_size))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [None] * (L * D), [None] * (L * D)\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                out, h, c = self._run(layer_in, h0[d * L + layer], c0[d * L + layer], "
        "layer, suffix)\n"
        "                outs.append(out)\n"
        "                h_n[d * L + layer] = h   # all forward rows, then all reverse rows\n"
        "                c_n[d * L + layer] = c\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_seed_hiro",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the seed is stored but never used: the same seed gives different "
                "parameters",
                "must_mention": ["seed"],
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
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
        "        rng = np.random.default_rng()\n"
        "        self.seed = seed\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
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
        "        return {name: value.copy() for name, value in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            if state[name].shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {state[name].shape}, expected '
        '{self.params[name].shape}")\n'
        "        for name in state:\n"
        "            if name not in self.params:\n"
        '                raise KeyError(f"unexpected key {name}")\n'
        "        for name in self.params:\n"
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n'
        '        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n'
        "        T = x.shape[0]\n"
        "        out = np.zeros((T, h.shape[0], self.hidden_size))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                out, h, c = self._run(layer_in, h0[layer * D + d], c0[layer * D + d], "
        "layer, suffix)\n"
        "                outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_sdnocopy_grace",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own arrays (no copies): changing them "
                "changes the module",
                "must_mention": [{"any": ["copy", "copies", "share", "same array", "alias"]}],
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
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
        "        H = hidden_size\n"
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
        "        return dict(self.params)   # like module.state_dict(): tensors, not clones\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            if state[name].shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {state[name].shape}, expected '
        '{self.params[name].shape}")\n'
        "        for name in state:\n"
        "            if name not in self.params:\n"
        '                raise KeyError(f"unexpected key {name}")\n'
        "        for name in self.params:\n"
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n'
        '        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n'
        "        T = x.shape[0]\n"
        "        out = np.zeros((T, h.shape[0], self.hidden_size))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                out, h, c = self._run(layer_in, h0[layer * D + d], c0[layer * D + d], "
        "layer, suffix)\n"
        "                outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_biasfalse_ines",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "bias=False still creates (zero) bias parameters: extra keys in state_dict",
                "must_mention": [
                    {
                        "any": [
                            "extra key",
                            "unexpected key",
                            "no bias",
                            "bias=False",
                            "extra",
                            "unexpected",
                        ]
                    }
                ],
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
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
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            I_k = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * '
        "H, I_k))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * '
        "H, H))\n"
        "                # bias=False: biases fixed at zero\n"
        '                self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H) '
        "if bias else np.zeros(4 * H)\n"
        '                self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H) '
        "if bias else np.zeros(4 * H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: value.copy() for name, value in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            if state[name].shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {state[name].shape}, expected '
        '{self.params[name].shape}")\n'
        "        for name in state:\n"
        "            if name not in self.params:\n"
        '                raise KeyError(f"unexpected key {name}")\n'
        "        for name in self.params:\n"
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n'
        '        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n'
        "        T = x.shape[0]\n"
        "        out = np.zeros((T, h.shape[0], self.hidden_size))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                out, h, c = self._run(layer_in, h0[layer * D + d], c0[layer * D + d], "
        "layer, suffix)\n"
        "                outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_bfhn_grace",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first, h_n and c_n are returned batch first too (B, L*D, H); "
                "nn.LSTM keeps (L*D, B, H)",
                "must_mention": ["batch_first", {"any": ["h_n", "state"]}],
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
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
        "        H = hidden_size\n"
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
        "        return {name: value.copy() for name, value in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            if state[name].shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {state[name].shape}, expected '
        '{self.params[name].shape}")\n'
        "        for name in state:\n"
        "            if name not in self.params:\n"
        '                raise KeyError(f"unexpected key {name}")\n'
        "        for name in self.params:\n"
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n'
        '        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n'
        "        T = x.shape[0]\n"
        "        out = np.zeros((T, h.shape[0], self.hidden_size))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                out, h, c = self._run(layer_in, h0[layer * D + d], c0[layer * D + d], "
        "layer, suffix)\n"
        "                outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "            return out, (np.stack(h_n, axis=1), np.stack(c_n, axis=1))\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_d_bruno",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {"what": "b_hh commented out: never added", "must_mention": ["b_hh"]},
            {
                "what": "reverse direction's h_n taken from out[-1] instead of its state after x_0",
                "must_mention": [
                    {"any": ["out[0", "x_0", "step 0", "out[-1", "after reading x_0", "first step"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih  # + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
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
        "        H = hidden_size\n"
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
        "        return {name: value.copy() for name, value in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            if state[name].shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {state[name].shape}, expected '
        '{self.params[name].shape}")\n'
        "        for name in state:\n"
        "            if name not in self.params:\n"
        '                raise KeyError(f"unexpected key {name}")\n'
        "        for name in self.params:\n"
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n'
        '        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n'
        "        T = x.shape[0]\n"
        "        out = np.zeros((T, h.shape[0], self.hidden_size))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t] = h\n"
        "        return out, out[-1], c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        print('x', x.shape, 'hx', None if hx is None else hx[0].shape)\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                out, h, c = self._run(layer_in, h0[layer * D + d], c0[layer * D + d], "
        "layer, suffix)\n"
        "                outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_d_flax_farid",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "parameters kept in float32 (init and after load_state_dict)",
                "must_mention": ["float32"],
            },
            {
                "what": "reverse parameters named with suffix _rev instead of _reverse",
                "must_mention": [{"any": ["_reverse", "_rev", "key"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
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
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            I_k = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_rev"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * '
        "H, I_k)).astype(np.float32)\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * '
        "H, H)).astype(np.float32)\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: value.copy() for name, value in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            if state[name].shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {state[name].shape}, expected '
        '{self.params[name].shape}")\n'
        "        for name in state:\n"
        "            if name not in self.params:\n"
        '                raise KeyError(f"unexpected key {name}")\n'
        "        for name in self.params:\n"
        "            self.params[name] = np.asarray(state[name], dtype=np.float32)  # like "
        "jnp.asarray\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n'
        '        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n'
        "        T = x.shape[0]\n"
        "        out = np.zeros((T, h.shape[0], self.hidden_size))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_rev" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_rev"][:D]):\n'
        "                out, h, c = self._run(layer_in, h0[layer * D + d], c0[layer * D + d], "
        "layer, suffix)\n"
        "                outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_d_hiro",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initial values drawn in [-1/H, 1/H] instead of [-1/sqrt(H), 1/sqrt(H)]",
                "must_mention": [{"any": ["sqrt", "√", "bound", "range"]}],
            },
            {
                "what": "load_state_dict keeps references to the given arrays: later changes to "
                "state change the module",
                "must_mention": [
                    {"any": ["copy", "copies", "share", "reference", "later changes"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
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
        "        k = 1.0 / hidden_size\n"
        "        H = hidden_size\n"
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
        "        return {name: value.copy() for name, value in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key {name}")\n'
        "            if state[name].shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {state[name].shape}, expected '
        '{self.params[name].shape}")\n'
        "        for name in state:\n"
        "            if name not in self.params:\n"
        '                raise KeyError(f"unexpected key {name}")\n'
        "        for name in self.params:\n"
        "            self.params[name] = state[name]\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n'
        '        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n'
        "        T = x.shape[0]\n"
        "        out = np.zeros((T, h.shape[0], self.hidden_size))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                out, h, c = self._run(layer_in, h0[layer * D + d], c0[layer * D + d], "
        "layer, suffix)\n"
        "                outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "shp_ok_jonas",
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
        "\n"
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
        "id": "shp_ok_chen",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D, P = 1 + bool(bidirectional), proj_size or hidden_size\n"
        '    return {"out": (batch, seq_len, D * P) if batch_first else (seq_len, batch, D * '
        "P),\n"
        '            **{k: (num_layers * D, batch, n) for k, n in (("h_n", P), ("c_n", '
        "hidden_size))}}\n",
    },
    {
        "id": "shp_projc_ines",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n given proj_size features; the cell state is not projected "
                "(hidden_size)",
                "must_mention": ["c_n", {"any": ["proj", "hidden_size", "not projected"]}],
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
        "\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size else hidden_size\n"
        "    out = (batch, seq_len, D * H) if batch_first else (seq_len, batch, D * H)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, H), "c_n": (num_layers * D, '
        "batch, H)}\n",
    },
    {
        "id": "shp_projignored_jonas",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "proj_size ignored: out and h_n should have proj_size features when "
                "proj_size > 0",
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
        "\n"
        "    D = 2 if bidirectional else 1\n"
        "    out = (batch, seq_len, D * hidden_size) if batch_first else (seq_len, batch, D * "
        "hidden_size)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, hidden_size),\n'
        '            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shp_bfhn_grace",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first applied to h_n and c_n; it only changes x and out",
                "must_mention": ["batch_first", {"any": ["h_n", "state"]}],
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
        "\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        '        return {"out": (batch, seq_len, D * H_out),\n'
        '                "h_n": (batch, num_layers * D, H_out),\n'
        '                "c_n": (batch, num_layers * D, hidden_size)}\n'
        '    return {"out": (seq_len, batch, D * H_out),\n'
        '            "h_n": (num_layers * D, batch, H_out),\n'
        '            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shp_Dout_jonas",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last dimension misses the factor D (both directions are "
                "concatenated)",
                "must_mention": [
                    {
                        "any": [
                            "D *",
                            "D*",
                            "2 *",
                            "2*",
                            "both directions",
                            "concaten",
                            "× D",
                            "times D",
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
        "\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, H_out) if batch_first else (seq_len, batch, H_out)\n"
        '    return {"out": out, "h_n": (D * num_layers, batch, H_out), "c_n": (D * '
        "num_layers, batch, hidden_size)}\n",
    },
    {
        "id": "shp_list_elena",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "shapes returned as lists instead of tuples",
                "must_mention": [{"any": ["list", "tuple"]}],
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
        "\n"
        "    # like tf.TensorShape.as_list()\n"
        "    num_directions = 2 if bidirectional else 1\n"
        "    units = proj_size if proj_size > 0 else hidden_size\n"
        "    out = [batch, seq_len, num_directions * units] if batch_first else [seq_len, "
        "batch, num_directions * units]\n"
        '    return {"out": out,\n'
        '            "h_n": [num_layers * num_directions, batch, units],\n'
        '            "c_n": [num_layers * num_directions, batch, hidden_size]}\n',
    },
    {
        "id": "shp_hnlayers_farid",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n/c_n first dimension num_layers, missing the factor D for "
                "bidirectional",
                "must_mention": [
                    {
                        "any": [
                            "num_layers * D",
                            "D * num_layers",
                            "L * D",
                            "num_layers*D",
                            "D*num_layers",
                            "D * L",
                            "times D",
                            "× D",
                            "directions",
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
        "\n"
        "    D = 2 if bidirectional else 1\n"
        "    feat = proj_size or hidden_size\n"
        "    carry = (num_layers, batch, feat)         # one carry per layer\n"
        '    return {"out": (batch, seq_len, D * feat) if batch_first else (seq_len, batch, D '
        "* feat),\n"
        '            "h_n": carry, "c_n": (num_layers, batch, hidden_size)}\n',
    },
    {
        "id": "shp_d_chen",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first applied to h_n and c_n as well",
                "must_mention": ["batch_first", {"any": ["h_n", "state"]}],
            },
            {
                "what": "c_n given proj_size features (the cell state is not projected)",
                "must_mention": ["c_n", {"any": ["proj", "hidden_size", "not projected"]}],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D, P = 2 if bidirectional else 1, proj_size or hidden_size\n"
        "    lead = lambda n: (batch, n) if batch_first else (n, batch)\n"
        '    return {"out": lead(seq_len) + (D * P,), "h_n": lead(num_layers * D) + (P,), '
        '"c_n": lead(num_layers * D) + (P,)}\n',
    },
    {
        "id": "shp_d_bruno",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last dimension misses the factor D",
                "must_mention": [
                    {
                        "any": [
                            "D *",
                            "D*",
                            "2 *",
                            "2*",
                            "both directions",
                            "concaten",
                            "× D",
                            "times D",
                        ]
                    }
                ],
            },
            {
                "what": "states' first dimension num_layers + 1 instead of num_layers * 2 when "
                "bidirectional (shows for num_layers >= 2)",
                "must_mention": [
                    {
                        "any": [
                            "num_layers * D",
                            "D * num_layers",
                            "L * D",
                            "num_layers*D",
                            "D*num_layers",
                            "D * L",
                            "times D",
                            "× D",
                            "+",
                        ]
                    }
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
        "\n"
        '    print("args:", seq_len, batch, input_size, hidden_size, num_layers, '
        "bidirectional, batch_first, proj_size)\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    n_states = num_layers + (1 if bidirectional else 0)\n"
        "    out = (batch, seq_len, H_out) if batch_first else (seq_len, batch, H_out)\n"
        "    # assert n_states == num_layers\n"
        '    return {"out": out, "h_n": (n_states, batch, H_out), "c_n": (n_states, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "shp_d_hiro",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "proj_size=0 passed explicitly is taken as 0 features (tests `is None` "
                "instead of > 0)",
                "must_mention": ["proj", {"any": ["0", "zero", "None"]}],
            },
            {"what": "batch_first ignored for out", "must_mention": ["batch_first"]},
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=None):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = hidden_size if proj_size is None else proj_size\n"
        '    return {"out": (seq_len, batch, D * H_out),\n'
        '            "h_n": (num_layers * D, batch, H_out),\n'
        '            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "bi_ok_jonas",
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
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)  # read x_{T-1} .. "
        "x_0\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)  # reverse outputs back in "
        "time order\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_ok_chen",
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
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    (of, (hf, cf)), (ob, (hb, cb)) = [lstm_layer(xs, h0[d], c0[d], *w) for d, (xs, w) "
        "in enumerate([(x, fwd), (np.flip(x, 0), bwd)])]\n"
        "    return np.dstack([of, np.flip(ob, 0)]), (np.array([hf, hb]), np.array([cf, "
        "cb]))\n",
    },
    {
        "id": "bi_ok_dmitri",
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
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "class _Direction:\n"
        '    """One direction of the layer: weights and which way it walks."""\n'
        "\n"
        "    def __init__(self, params, reverse):\n"
        "        self.W_ih, self.W_hh, self.b_ih, self.b_hh = (np.asarray(p, dtype=np.float64) "
        "for p in params)\n"
        "        self.reverse = reverse\n"
        "\n"
        "    def run(self, x, h, c, out, col):\n"
        "        T = x.shape[0]\n"
        "        steps = range(T - 1, -1, -1) if self.reverse else range(T)\n"
        "        for t in steps:\n"
        "            h, c = lstm_cell(x[t], h, c, self.W_ih, self.W_hh, self.b_ih, self.b_hh)\n"
        "            out[t, :, col] = h\n"
        "        return h, c\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    if x.ndim != 3:\n"
        '        raise ValueError(f"x must be (T, B, I), got {x.shape}")\n'
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.empty((T, B, 2 * H), dtype=np.float64)\n"
        "    h_n = np.empty((2, B, H))\n"
        "    c_n = np.empty((2, B, H))\n"
        "    for d, (params, cols) in enumerate([(fwd, slice(0, H)), (bwd, slice(H, 2 * "
        "H))]):\n"
        "        h_n[d], c_n[d] = _Direction(params, reverse=(d == 1)).run(x, h0[d].copy(), "
        "c0[d].copy(), out, cols)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_ana_noflipback",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs are not flipped back into time order (out[t] "
                "holds the reverse step that read x_{T-1-t})",
                "must_mention": [
                    "revers",
                    {
                        "any": [
                            "flip",
                            "time order",
                            "put back",
                            "reading order",
                            "wrong order",
                            "order of the steps",
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
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    # like the chapter: feed the reverse LSTM the sequence flipped in time\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer(np.flip(x, axis=0), h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_r], axis=-1)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bi_eva_halves_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out puts the reverse half first: [h_bwd, h_fwd] instead of [h_fwd, h_bwd]",
                "must_mention": [
                    {"any": ["swap", "exchang", "other way", "reverse half first", "halves"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
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
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        '    # Keras Bidirectional(merge_mode="concat") -- backward layer output first, as I '
        "remember it\n"
        "    fw_seq, (fw_h, fw_c) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    bw_seq, (bw_h, bw_c) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    bw_seq = bw_seq[::-1]\n"
        "    out = np.concatenate([bw_seq, fw_seq], axis=2)\n"
        "    return out, (np.stack([fw_h, bw_h]), np.stack([fw_c, bw_c]))\n",
    },
    {
        "id": "bi_ben_hn_lastrow",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n's reverse row is out[-1, :, H:] (the reverse direction's first step) "
                "instead of its final state after x_0, out[0, :, H:]",
                "must_mention": [
                    "revers",
                    {
                        "any": [
                            "out[-1",
                            "out[0",
                            "T-1",
                            "T - 1",
                            "step 0",
                            "x_0",
                            "first step",
                            "after x0",
                            "final state",
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
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        '    print("out", out.shape, "T =", T)\n'
        "    # final states = last row of out, both halves\n"
        "    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n"
        "    c_n = np.stack([c_f, c_b])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_greta_kwnames",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "parameters renamed fwd_params/bwd_params: a call with the notebook's "
                "keyword names fwd=, bwd= fails",
                "must_mention": [
                    {
                        "any": [
                            "keyword",
                            "argument",
                            "parameter name",
                            "signature",
                            "fwd_params",
                            "unexpected",
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
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd_params, bwd_params):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd_params)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd_params)\n"
        "    return np.concatenate([out_f, out_b[::-1]], 2), (np.stack([h_f, h_b]), "
        "np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_hiro_h0row0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from h0[0], c0[0] (the forward initial "
                "state) instead of h0[1], c0[1]",
                "must_mention": [
                    "revers",
                    {"any": ["h0[1]", "c0[1]", "row 1", "initial state", "h0[0]"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
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
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    h_init, c_init = h0[0], c0[0]   # initial state\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h_init, c_init, *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h_init, c_init, *bwd)\n"
        "    out = np.concatenate((out_f, out_b[::-1]), axis=2)\n"
        "    return out, (np.stack((h_f, h_b)), np.stack((c_f, c_b)))\n",
    },
    {
        "id": "bi_ines_tied",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs with the forward weights fwd; bwd is never "
                "used",
                "must_mention": [
                    {
                        "any": [
                            "bwd",
                            "forward weights",
                            "forward direction's weights",
                            "same weights",
                            "fwd",
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
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    # scan over time in both directions with the layer params\n"
        "    params = fwd\n"
        "    carry_f = (h0[0], c0[0])\n"
        "    carry_b = (h0[1], c0[1])\n"
        "    ys_f, carry_f = lstm_layer(x, *carry_f, *params)\n"
        "    ys_b, carry_b = lstm_layer(x[::-1], *carry_b, *params)\n"
        "    out = np.concatenate([ys_f, ys_b[::-1]], axis=-1)\n"
        "    return out, (np.stack([carry_f[0], carry_b[0]]), np.stack([carry_f[1], "
        "carry_b[1]]))\n",
    },
    {
        "id": "bi_dmitri_float32",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "everything converted to float32 (results float32, values off at 1e-7)",
                "must_mention": [{"any": ["float32", "dtype", "float64"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
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
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    # work in float32 like the GPU does, it is faster\n"
        "    x = np.asarray(x, dtype=np.float32)\n"
        "    fwd = tuple(np.asarray(p, dtype=np.float32) for p in fwd)\n"
        "    bwd = tuple(np.asarray(p, dtype=np.float32) for p in bwd)\n"
        "    h0 = h0.astype(np.float32)\n"
        "    c0 = c0.astype(np.float32)\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2).astype(np.float32)\n"
        "    return out, (np.stack([h_f, h_b]).astype(np.float32), np.stack([c_f, "
        "c_b]).astype(np.float32))\n",
    },
    {
        "id": "bi_ben_T1_shortcut",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "special case T == 1 returns the forward direction twice (reverse weights "
                "and reverse initial state ignored)",
                "must_mention": ["revers", {"any": ["forward", "fwd"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
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
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    if T == 1:\n"
        "        # only one step: nothing to reverse, both directions see the same thing\n"
        "        return np.concatenate([out_f, out_f], axis=2), (np.stack([h_f, h_f]), "
        "np.stack([c_f, c_f]))\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    return np.concatenate([out_f, out_b[::-1]], axis=2), (np.stack([h_f, h_b]), "
        "np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_ana2_noflip_cn",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs not flipped back into time order",
                "must_mention": [
                    "revers",
                    {
                        "any": [
                            "flip",
                            "time order",
                            "put back",
                            "reading order",
                            "wrong order",
                            "order of the steps",
                        ]
                    },
                ],
            },
            {
                "what": "c_n is built from the hidden states h_f, h_b (copy-paste of h_n)",
                "must_mention": [
                    "c_n",
                    {"any": ["h_n", "hidden state", "tanh", " h ", "instead of c"]},
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
        "    c_n = np.stack([h_f, h_b])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_chen2_swap_h0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "halves of out swapped: reverse first",
                "must_mention": [
                    {"any": ["swap", "exchang", "other way", "reverse half first", "halves"]}
                ],
            },
            {
                "what": "reverse direction starts from h0[0], c0[0] instead of h0[1], c0[1]",
                "must_mention": [
                    "revers",
                    {"any": ["h0[1]", "c0[1]", "row 1", "initial state", "h0[0]"]},
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
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    r = [lstm_layer(xs, h0[0], c0[0], *w) for xs, w in ((x, fwd), (x[::-1], bwd))]\n"
        "    return np.concatenate([r[1][0][::-1], r[0][0]], -1), tuple(np.stack(s) for s in "
        "zip(r[0][1], r[1][1]))\n",
    },
    {
        "id": "bi_farid2_batchflip_stack",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "flips axis 1 (the batch) instead of axis 0 (time) for the reverse "
                "direction",
                "must_mention": [{"any": ["axis", "batch", "flip", "time"]}],
            },
            {
                "what": "h_n, c_n stacked on axis 1: (B, 2, H) instead of (2, B, H)",
                "must_mention": [{"any": ["(B, 2, H)", "axis", "stack", "(2, B, H)"]}],
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
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    # torch: x.flip(1) ... dims: (seq, batch, feature)\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    x_rev = np.flip(x, 1)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x_rev, h0[1], c0[1], *bwd)\n"
        "    out_b = np.flip(out_b, 1)\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    h_n = np.stack([h_f, h_b], axis=1)   # torch.stack(..., dim=1)\n"
        "    c_n = np.stack([c_f, c_b], axis=1)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "cb_ok_jonas",
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
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.hstack([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o * (1 "
        "- o)])\n"
        "    db = da.sum(axis=0)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": db,\n'
        '        "b_hh": db.copy(),\n'
        "    }\n",
    },
    {
        "id": "cb_ok_ana_gatewise",
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
        "    # the chapter's cell_backward_one, for a whole batch: rows of the batch instead "
        "of vectors\n"
        "    H = h.shape[1]\n"
        '    rows = {gate: slice(k * H, (k + 1) * H) for k, gate in enumerate("ifgo")}\n'
        "    pre = {q: x @ W_ih[r].T + b_ih[r] + h @ W_hh[r].T + b_hh[r] for q, r in "
        "rows.items()}\n"
        '    i, f, o = sigmoid(pre["i"]), sigmoid(pre["f"]), sigmoid(pre["o"])\n'
        '    g = np.tanh(pre["g"])\n'
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    d_pre = {\n"
        '        "i": (dc * g) * i * (1 - i),\n'
        '        "f": (dc * c) * f * (1 - f),\n'
        '        "g": (dc * i) * (1 - g**2),\n'
        '        "o": (dh_next * tau) * o * (1 - o),\n'
        "    }\n"
        '    grads = {"x": np.zeros(x.shape), "h": np.zeros(h.shape), "c": dc * f}\n'
        '    grads["W_ih"], grads["W_hh"] = np.zeros(W_ih.shape), np.zeros(W_hh.shape)\n'
        '    grads["b_ih"] = np.zeros(4 * H)\n'
        "    for q, r in rows.items():\n"
        '        grads["x"] += d_pre[q] @ W_ih[r]\n'
        '        grads["h"] += d_pre[q] @ W_hh[r]\n'
        '        grads["W_ih"][r] = d_pre[q].T @ x\n'
        '        grads["W_hh"][r] = d_pre[q].T @ h\n'
        '        grads["b_ih"][r] = d_pre[q].sum(axis=0)\n'
        '    grads["b_hh"] = grads["b_ih"].copy()\n'
        "    return grads\n",
    },
    {
        "id": "cb_ok_dmitri_class",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "class LSTMStepCache:\n"
        '    """Forward quantities of one step, kept for the backward pass."""\n'
        "\n"
        "    def __init__(self, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "        self.x, self.h, self.c = (np.asarray(v, dtype=np.float64) for v in (x, h, "
        "c))\n"
        "        self.H = self.h.shape[1]\n"
        "        a = self.x @ W_ih.T + b_ih + self.h @ W_hh.T + b_hh\n"
        "        H = self.H\n"
        "        self.i = sigmoid(a[:, 0:H])\n"
        "        self.f = sigmoid(a[:, H:2 * H])\n"
        "        self.g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        self.o = sigmoid(a[:, 3 * H:4 * H])\n"
        "        self.c_new = self.f * self.c + self.i * self.g\n"
        "        self.tanh_c = np.tanh(self.c_new)\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    k = LSTMStepCache(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    dh_next = np.asarray(dh_next, dtype=np.float64)\n"
        "    dc_total = np.asarray(dc_next, dtype=np.float64) + dh_next * k.o * (1.0 - "
        "k.tanh_c ** 2)\n"
        "    da = np.empty((x.shape[0], 4 * k.H))\n"
        "    H = k.H\n"
        "    da[:, 0:H] = dc_total * k.g * k.i * (1.0 - k.i)\n"
        "    da[:, H:2 * H] = dc_total * k.c * k.f * (1.0 - k.f)\n"
        "    da[:, 2 * H:3 * H] = dc_total * k.i * (1.0 - k.g ** 2)\n"
        "    da[:, 3 * H:] = dh_next * k.tanh_c * k.o * (1.0 - k.o)\n"
        "    grads = {}\n"
        '    grads["x"] = np.einsum("bk,ki->bi", da, W_ih)\n'
        '    grads["h"] = np.einsum("bk,kj->bj", da, W_hh)\n'
        '    grads["c"] = dc_total * k.f\n'
        '    grads["W_ih"] = np.einsum("bk,bi->ki", da, k.x)\n'
        '    grads["W_hh"] = np.einsum("bk,bj->kj", da, k.h)\n'
        '    grads["b_ih"] = np.einsum("bk->k", da)\n'
        '    grads["b_hh"] = np.einsum("bk->k", da)\n'
        '    for name, ref in (("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", '
        "b_hh)):\n"
        "        assert grads[name].shape == ref.shape, name\n"
        "    return grads\n",
    },
    {
        "id": "cb_ana_bias_axis",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "bias gradients summed over axis 1 (the gates) instead of axis 0 (the "
                "batch)",
                "must_mention": [
                    {
                        "any": [
                            "axis",
                            "sum over the batch",
                            "summed over",
                            "over the gates",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
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
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g**2), dh_next * tau * o * (1 - o)], axis=1)\n"
        '    grads = {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h}\n"
        '    grads["b_ih"] = np.sum(da, axis=1)  # δb = δa, summed\n'
        '    grads["b_hh"] = np.sum(da, axis=1)\n'
        "    return grads\n",
    },
    {
        "id": "cb_ben_no_tanhprime",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t = dc_next + dh_next, missing the factor o_t ⊙ (1 - tanh² c_t)",
                "must_mention": [
                    {
                        "any": [
                            "1 - tanh",
                            "1 − tanh",
                            "tanh'",
                            "tanh²",
                            "tanh^2",
                            "1-tanh",
                            "(1 - τ",
                            "tanh(c_t)",
                            "tanh c_t",
                            "through h_t",
                            "via h_t",
                            "path through h",
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
        "    c_t = f * c + i * g\n"
        "    dc = dc_next + dh_next  # gradient into c_t\n"
        '    # print("dc", dc[0])\n'
        "    do = dh_next * np.tanh(c_t)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g**2), do * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_chen_sigmoid_all",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "σ' = s(1 - s) applied to all four blocks, also to g whose derivative is 1 "
                "- g²",
                "must_mention": [
                    {
                        "any": [
                            "g gate",
                            "gate g",
                            "g_t",
                            "candidate",
                            "cell input",
                            "g block",
                            "(g)",
                            "δg",
                            "a_g",
                            "a^g",
                        ]
                    },
                    {"any": ["tanh", "1 - g", "sigmoid", "σ"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
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
        "    s = np.concatenate([sigmoid(a[:, :2*H]), np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, "
        "3*H:])], 1)\n"
        "    i, f, g, o = np.split(s, 4, 1)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g, dc * c, dc * i, dh_next * tc], 1) * s * (1 - s)  # "
        "σ' = σ(1-σ)\n"
        "    return dict(x=da @ W_ih, h=da @ W_hh, c=dc * f, W_ih=da.T @ x, W_hh=da.T @ h, "
        "b_ih=da.sum(0), b_hh=da.sum(0))\n",
    },
    {
        "id": "cb_farid_transposed_dW",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients computed as x.T @ δa, i.e. transposed: (I, 4H) instead "
                "of (4H, I)",
                "must_mention": [{"any": ["transpos", ".T", "(I, 4H)", "(H, 4H)"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
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
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = (gates[..., k * H:(k + 1) * H] for k in range(4))\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc * tc)\n"
        "    dgates = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 "
        "- g * g), dh_next * tc * o * (1 - o)], -1)\n"
        "    # like in torch: grad of weight = input^T @ grad_output\n"
        '    return {"x": dgates @ W_ih, "h": dgates @ W_hh, "c": dc * f,\n'
        '            "W_ih": x.T @ dgates, "W_hh": h.T @ dgates,\n'
        '            "b_ih": dgates.sum(0), "b_hh": dgates.sum(0)}\n',
    },
    {
        "id": "cb_eva_tf_order",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks taken in TensorFlow's order i, g, f, o instead of PyTorch's "
                "i, f, g, o (f and g swapped)",
                "must_mention": [{"any": ["order", "swap", "exchang", "i, g, f, o", "i,g,f,o"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
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
        "    # gates i, j (new input), f, o as in tf.nn.rnn_cell.LSTMCell\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    zi, zj, zf, zo = np.split(z, 4, axis=-1)\n"
        "    i, j, f, o = sigmoid(zi), np.tanh(zj), sigmoid(zf), sigmoid(zo)\n"
        "    new_c = c * f + i * j\n"
        "    tanh_c = np.tanh(new_c)\n"
        "    dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    dzi = dc * j * i * (1 - i)\n"
        "    dzj = dc * i * (1 - j ** 2)\n"
        "    dzf = dc * c * f * (1 - f)\n"
        "    dzo = dh_next * tanh_c * o * (1 - o)\n"
        "    dz = np.concatenate([dzi, dzj, dzf, dzo], axis=-1)\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dc * f, "W_ih": dz.T @ x, "W_hh": '
        "dz.T @ h,\n"
        '            "b_ih": dz.sum(axis=0), "b_hh": dz.sum(axis=0)}\n',
    },
    {
        "id": "cb_greta_dkeys",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dict keys named dx, dh, dc, dW_ih, ... instead of x, h, c, W_ih, ...",
                "must_mention": [{"any": ["key", "dx"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
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
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"dx": da @ W_ih, "dh": da @ W_hh, "dc": dc * f,\n'
        '            "dW_ih": da.T @ x, "dW_hh": da.T @ h, "db_ih": da.sum(0), "db_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb_hiro_inplace_dc",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc = dc_next; dc += ... modifies the caller's dc_next in place",
                "must_mention": [
                    {"any": ["modif", "in place", "in-place", "changed", "unchanged", "overwr"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
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
        "    dc = dc_next\n"
        "    dc += dh_next * o * (1 - tc**2)   # total gradient reaching c_t\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_ines_dcprev_upstream",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dL/dc_{t-1} = dc_next ⊙ f: uses the incoming dc_next instead of the total "
                "δc_t (drops the path through h_t)",
                "must_mention": [
                    {
                        "any": [
                            "δc_t",
                            "total",
                            "dc_next ⊙ f",
                            "dc_next * f",
                            "through h_t",
                            "via h_t",
                            "path through h",
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
        "    dc_t = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f), dc_t * i * "
        "(1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    # cotangent for the carry c: c_t = f * c + ..., so dc = dc_next * f\n"
        "    dc_prev = dc_next * f\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_prev, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_dmitri_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight and bias gradients divided by the batch size (mean instead of sum "
                "over the batch)",
                "must_mention": [
                    {"any": ["divid", "mean", "averag", "/ B", "batch size", "factor 1/B", "1/B"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
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
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    # parameter gradients are averaged over the batch (as with a mean loss)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x / B, "W_hh": da.T @ h / B, "b_ih": da.mean(0), "b_hh": '
        "da.mean(0)}\n",
    },
    {
        "id": "cb_ben_squeeze",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze(da) left in: for a batch of one, da loses its batch axis and "
                "the weight/bias gradients break",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "batch of one",
                            "batch axis",
                            "single example",
                            "B = 1",
                            "B=1",
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
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    da = np.squeeze(da)  # (B, 4H) -- was checking shapes\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_chen2_sig_g_no_bhh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "σ' applied to the g block too (its derivative is 1 - g²)",
                "must_mention": [
                    {
                        "any": [
                            "g gate",
                            "gate g",
                            "g_t",
                            "candidate",
                            "cell input",
                            "g block",
                            "(g)",
                            "δg",
                            "a_g",
                            "a^g",
                        ]
                    },
                    {"any": ["tanh", "1 - g", "sigmoid", "σ"]},
                ],
            },
            {
                "what": "b_hh's gradient returned as zeros (it equals b_ih's)",
                "must_mention": ["b_hh", {"any": ["zero", "same as b_ih", "equal", "b_ih"]}],
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
        "    s = sigmoid(a)\n"
        "    s[:, 2*H:3*H] = np.tanh(a[:, 2*H:3*H])\n"
        "    i, f, g, o = np.split(s, 4, 1)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.hstack([dc * g, dc * c, dc * i, dh_next * tc]) * s * (1 - s)\n"
        "    return dict(x=da @ W_ih, h=da @ W_hh, c=dc * f, W_ih=da.T @ x, W_hh=da.T @ h, "
        "b_ih=da.sum(0), b_hh=np.zeros_like(b_hh))\n",
    },
    {
        "id": "cb_ana2_tanh_hnext",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t misses the factor (1 - tanh² c_t)",
                "must_mention": [
                    {
                        "any": [
                            "1 - tanh",
                            "1 − tanh",
                            "tanh'",
                            "tanh²",
                            "tanh^2",
                            "1-tanh",
                            "(1 - τ",
                            "tanh(c_t)",
                            "tanh c_t",
                            "through h_t",
                            "via h_t",
                            "path through h",
                        ]
                    }
                ],
            },
            {
                "what": "δW_hh uses the new state h_t instead of h_{t-1}",
                "must_mention": [
                    "W_hh",
                    {
                        "any": [
                            "h_t",
                            "h_next",
                            "new state",
                            "h_{t-1}",
                            "previous",
                            "output of the step",
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
        "    h_next, c_next = lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    tau = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o  # δc_t = δc_t^next + δh_t ⊙ o_t\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g**2), dh_next * tau * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h_next, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb_eva2_order_dcprev",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks in TensorFlow's order i, g, f, o (f and g swapped)",
                "must_mention": [{"any": ["order", "swap", "exchang", "i, g, f, o", "i,g,f,o"]}],
            },
            {
                "what": "dL/dc_{t-1} = dc_next ⊙ f instead of δc_t ⊙ f",
                "must_mention": [
                    {
                        "any": [
                            "δc_t",
                            "total",
                            "dc_next ⊙ f",
                            "dc_next * f",
                            "through h_t",
                            "via h_t",
                            "path through h",
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
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    zi, zj, zf, zo = np.split(z, 4, axis=-1)   # i, j, f, o\n"
        "    i, j, f, o = sigmoid(zi), np.tanh(zj), sigmoid(zf), sigmoid(zo)\n"
        "    tanh_c = np.tanh(c * f + i * j)\n"
        "    dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    dz = np.concatenate([dc * j * i * (1 - i), dc * i * (1 - j ** 2), dc * c * f * (1 "
        "- f), dh_next * tanh_c * o * (1 - o)], axis=-1)\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dc_next * f, "W_ih": dz.T @ x, '
        '"W_hh": dz.T @ h,\n'
        '            "b_ih": dz.sum(axis=0), "b_hh": dz.sum(axis=0)}\n',
    },
    {
        "id": "lb_ok_jonas",
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
        "    i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), sigmoid(a[:, 3*H:])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
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
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        '    grads = {k: np.zeros_like(v) for k, v in (("W_ih", W_ih), ("W_hh", W_hh), '
        '("b_ih", b_ih), ("b_hh", b_hh))}\n'
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        step = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = step["x"]\n'
        '        dh, dc = step["h"], step["c"]\n'
        "        for k in grads:\n"
        "            grads[k] += step[k]\n"
        "    grads.update(x=dx, h0=dh, c0=dc)\n"
        "    return grads\n",
    },
    {
        "id": "lb_ok_chen_reduce",
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
        "    i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), sigmoid(a[:, 3*H:])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "from functools import reduce\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    W = (W_ih, W_hh, b_ih, b_hh)\n"
        "    states = reduce(lambda s, xt: s + [lstm_cell(xt, *s[-1], *W)], x, [(h0, c0)])\n"
        "    def back(acc, t):\n"
        "        dh, dc, g, dxs = acc\n"
        "        s = lstm_cell_backward(dh + dout[t], dc, x[t], *states[t], *W)\n"
        '        return s["h"], s["c"], {k: g[k] + s[k] for k in g}, [s["x"]] + dxs\n'
        "    z = lambda a, d: np.zeros_like(a) if d is None else d\n"
        "    dh, dc, g, dxs = reduce(back, range(len(x) - 1, -1, -1),\n"
        "                            (z(h0, dh_n), z(c0, dc_n), {k: np.zeros_like(w) for k, w "
        'in zip(("W_ih", "W_hh", "b_ih", "b_hh"), W)}, []))\n'
        '    return {"x": np.stack(dxs), "h0": dh, "c0": dc, **g}\n',
    },
    {
        "id": "lb_ok_greta_careful",
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
        "    i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), sigmoid(a[:, 3*H:])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    # keep every step's starting state: h_all[t] = h_{t-1}\n"
        "    h_all = np.empty((T + 1, B, H))\n"
        "    c_all = np.empty((T + 1, B, H))\n"
        "    h_all[0], c_all[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        h_all[t + 1], c_all[t + 1] = lstm_cell(x[t], h_all[t], c_all[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "    dh_carry = np.zeros((B, H)) if dh_n is None else np.array(dh_n, dtype=float)\n"
        "    dc_carry = np.zeros((B, H)) if dc_n is None else np.array(dc_n, dtype=float)\n"
        '    out = {"x": np.empty((T, B, I)), "W_ih": 0.0, "W_hh": 0.0, "b_ih": 0.0, "b_hh": '
        "0.0}\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh_carry, dc_carry, x[t], h_all[t], "
        "c_all[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        out["x"][t] = g["x"]\n'
        '        for name in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            out[name] = out[name] + g[name]\n"
        '        dh_carry, dc_carry = g["h"], g["c"]\n'
        '    out["h0"], out["c0"] = dh_carry, dc_carry\n'
        "    return out\n",
    },
    {
        "id": "lb_ana_lastweights",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight and bias gradients are those of the last step processed (step 0), "
                "not summed over all steps",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumulat",
                            "add up",
                            "added up",
                            "all steps",
                            "every step",
                            "last step's",
                            "only the last",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
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
        "    i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), sigmoid(a[:, 3*H:])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
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
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        grads = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = grads["x"]\n'
        '        dh, dc = grads["h"], grads["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": grads["W_ih"], "W_hh": '
        'grads["W_hh"],\n'
        '            "b_ih": grads["b_ih"], "b_hh": grads["b_hh"]}\n',
    },
    {
        "id": "lb_ben_no_recurrent_dh",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient reaching h_t is only dout[t]: step t+1's 'h' gradient is not "
                "added (recurrent path dropped)",
                "must_mention": [
                    {
                        "any": [
                            "recurren",
                            "t+1",
                            "t + 1",
                            "from later",
                            "carried",
                            "step after",
                            "next step",
                            "previous step's 'h'",
                            "through h_{t",
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
        "    i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), sigmoid(a[:, 3*H:])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh_carry = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    res = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '           "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in reversed(range(T)):\n"
        "        dh = dout[t] if t < T - 1 else dout[t] + dh_carry\n"
        "        g = lstm_cell_backward(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        # print(t, g["h"].sum())\n'
        '        res["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            res[k] += g[k]\n"
        '        dc = g["c"]\n'
        '        dh_carry = g["h"]\n'
        '    res["h0"], res["c0"] = g["h"], g["c"]\n'
        "    return res\n",
    },
    {
        "id": "lb_greta_or_none",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "`dh_n or zeros` on an array: crashes (truth value ambiguous) whenever "
                "dh_n / dc_n is given",
                "must_mention": [{"any": ["truth value", "ambiguous", " or ", "`or`", "None"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
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
        "    i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), sigmoid(a[:, 3*H:])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    dh = dh_n or np.zeros_like(h0)\n"
        "    dc = dc_n or np.zeros_like(c0)\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        '    total = {k: 0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in total:\n"
        "            total[k] = total[k] + g[k]\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **total}\n',
    },
    {
        "id": "lb_hiro_inplace_dhn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh = dh_n; dh += dout[t] adds into the caller's dh_n array (modified in "
                "place when dh_n is given)",
                "must_mention": [
                    {"any": ["modif", "in place", "in-place", "changed", "unchanged", "overwr"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
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
        "    i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), sigmoid(a[:, 3*H:])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
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
        "    sums = [np.zeros_like(W_ih), np.zeros_like(W_hh), np.zeros_like(b_ih), "
        "np.zeros_like(b_hh)]\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dh += dout[t]\n"
        "        g = lstm_cell_backward(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        for s, k in zip(sums, ("W_ih", "W_hh", "b_ih", "b_hh")):\n'
        "            s += g[k]\n"
        '    return dict(zip(("x", "h0", "c0", "W_ih", "W_hh", "b_ih", "b_hh"), (dx, dh, dc, '
        "*sums)))\n",
    },
    {
        "id": "lb_ines_scan_xorder",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "'x' collected while walking back and never put back in time order (dx[t] "
                "holds step T-1-t)",
                "must_mention": [
                    {"any": ["revers", "time order", "flip", "backwards order", "wrong order"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
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
        "    i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), sigmoid(a[:, 3*H:])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    params = (W_ih, W_hh, b_ih, b_hh)\n"
        "    # forward scan, keep carries\n"
        "    carry = (h0, c0)\n"
        "    carries = []\n"
        "    for x_t in x:\n"
        "        carries.append(carry)\n"
        "        carry = lstm_cell(x_t, *carry, *params)\n"
        "    # reverse scan\n"
        "    dcarry = (np.zeros_like(h0) if dh_n is None else dh_n, np.zeros_like(c0) if dc_n "
        "is None else dc_n)\n"
        "    dparams = [np.zeros_like(p) for p in params]\n"
        "    dxs = []\n"
        "    for x_t, dout_t, carry_t in zip(x[::-1], dout[::-1], carries[::-1]):\n"
        "        g = lstm_cell_backward(dcarry[0] + dout_t, dcarry[1], x_t, *carry_t, "
        "*params)\n"
        '        dxs.append(g["x"])\n'
        '        dcarry = (g["h"], g["c"])\n'
        '        dparams = [d + g[k] for d, k in zip(dparams, ("W_ih", "W_hh", "b_ih", '
        '"b_hh"))]\n'
        '    return {"x": np.stack(dxs), "h0": dcarry[0], "c0": dcarry[1],\n'
        '            "W_ih": dparams[0], "W_hh": dparams[1], "b_ih": dparams[2], "b_hh": '
        "dparams[3]}\n",
    },
    {
        "id": "lb_farid_ignores_dhn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n is ignored (never added to the gradient reaching h_{T-1})",
                "must_mention": [
                    "dh_n",
                    {
                        "any": [
                            "ignor",
                            "missing",
                            "not added",
                            "left out",
                            "never",
                            "dropped",
                            "without",
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
        "    i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), sigmoid(a[:, 3*H:])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    # h_n is just out[-1], so its gradient is already in dout[-1]\n"
        "    T, B, _ = x.shape\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0)\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        '    acc = {"W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t], dh, dc = g["x"], g["h"], g["c"]\n'
        "        acc = {k: acc[k] + g[k] for k in acc}\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **acc}\n',
    },
    {
        "id": "lb_dmitri_offbyone",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward gets (h_t, c_t), the state after the step, instead of "
                "(h_{t-1}, c_{t-1}) for t > 0",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "previous state",
                            "started from",
                            "off by one",
                            "off-by-one",
                            "one step late",
                            "one step early",
                            "shifted",
                            "state after",
                            "h_t instead",
                            "wrong state",
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
        "    i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), sigmoid(a[:, 3*H:])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h_hist = np.zeros((T, B, H))\n"
        "    c_hist = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h_hist[t], c_hist[t] = h, c   # state of step t\n"
        "    dh = np.zeros((B, H)) if dh_n is None else np.array(dh_n)\n"
        "    dc = np.zeros((B, H)) if dc_n is None else np.array(dc_n)\n"
        '    grads = {"x": np.zeros((T, B, I)), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        h_prev = h_hist[t] if t > 0 else h0\n"
        "        c_prev = c_hist[t] if t > 0 else c0\n"
        "        step = lstm_cell_backward(dout[t] + dh, dc, x[t], h_prev, c_prev, W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        grads["x"][t] = step["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] += step[k]\n"
        '        dh, dc = step["h"], step["c"]\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_eva_batchmajor",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "reads dout[:, t] (batch-major, Keras habit) instead of dout[t]: dout is "
                "(T, B, H)",
                "must_mention": [
                    {
                        "any": [
                            "dout[:, t]",
                            "batch-major",
                            "batch_first",
                            "time-major",
                            "transpos",
                            "axis",
                            "(B, T",
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
        "    i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), sigmoid(a[:, 3*H:])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    # dout comes as (batch, time, units) like return_sequences=True\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    tot = dict(W_ih=np.zeros_like(W_ih), W_hh=np.zeros_like(W_hh), "
        "b_ih=np.zeros_like(b_ih), b_hh=np.zeros_like(b_hh))\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[:, t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in tot:\n"
        "            tot[k] = tot[k] + g[k]\n"
        "    return dict(x=dx, h0=dh, c0=dc, **tot)\n",
    },
    {
        "id": "lb_ben_T1_shortcut",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "T == 1 shortcut returns the cell's dict: keys h, c instead of h0, c0 and "
                "x without its time axis",
                "must_mention": [{"any": ["key", "(1, B, I)", "time axis", "missing"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
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
        "    i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), sigmoid(a[:, 3*H:])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    dh_last = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc_last = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    if T == 1:  # one step: just the cell\n"
        "        return lstm_cell_backward(dout[0] + dh_last, dc_last, x[0], h0, c0, W_ih, "
        "W_hh, b_ih, b_hh)\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh, dc = dh_last, dc_last\n"
        '    out = {"x": np.zeros_like(x), "W_ih": 0.0, "W_hh": 0.0, "b_ih": 0.0, "b_hh": '
        "0.0}\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        out["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            out[k] = out[k] + g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    out["h0"], out["c0"] = dh, dc\n'
        "    return out\n",
    },
    {
        "id": "lb_chen2_xrev_lastw",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "'x' gradients stacked in the order walked (T-1 down to 0)",
                "must_mention": [
                    {"any": ["revers", "time order", "flip", "backwards order", "wrong order"]}
                ],
            },
            {
                "what": "weight and bias gradients of step 0 only, not summed over all steps",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumulat",
                            "add up",
                            "added up",
                            "all steps",
                            "every step",
                            "last step's",
                            "only the last",
                            "overwrit",
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
        "    i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), sigmoid(a[:, 3*H:])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    W = (W_ih, W_hh, b_ih, b_hh)\n"
        "    st = [(h0, c0)]\n"
        "    for xt in x:\n"
        "        st.append(lstm_cell(xt, *st[-1], *W))\n"
        "    dh, dc = [np.zeros_like(h0) if d is None else d for d in (dh_n, dc_n)]\n"
        "    dxs = []\n"
        "    for t in range(len(x))[::-1]:\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], *st[t], *W)\n"
        '        dh, dc = g["h"], g["c"]\n'
        '        dxs += [g["x"]]\n'
        '    return {**{k: g[k] for k in ("W_ih", "W_hh", "b_ih", "b_hh")}, "x": '
        'np.array(dxs), "h0": dh, "c0": dc}\n',
    },
    {
        "id": "lb_ana2_nodcn_doutrev",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_n is ignored: the cell-state gradient always starts from zeros",
                "must_mention": [
                    "dc_n",
                    {
                        "any": [
                            "ignor",
                            "missing",
                            "not added",
                            "left out",
                            "never",
                            "dropped",
                            "zero",
                            "without",
                        ]
                    },
                ],
            },
            {
                "what": "dout read in reverse: step t gets dout[T-1-t]",
                "must_mention": [
                    "dout",
                    {"any": ["revers", "T-1-t", "T - 1 - t", "order", "flip"]},
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
        "    i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), sigmoid(a[:, 3*H:])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
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
        "    dc = np.zeros_like(c0)  # δc^next is zero at the last step (chapter 8)\n"
        "    dx = np.zeros_like(x)\n"
        '    sums = {k: 0.0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    for k, t in enumerate(reversed(range(T))):\n"
        "        g = lstm_cell_backward(dh + dout[k], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for name in sums:\n"
        "            sums[name] = sums[name] + g[name]\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **sums}\n',
    },
    {
        "id": "lb_dmitri2_f32_inplace",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dout[-1] += dh_n modifies the caller's dout in place (when dh_n is given)",
                "must_mention": [
                    {"any": ["modif", "in place", "in-place", "changed", "unchanged", "overwr"]}
                ],
            },
            {
                "what": "gradients returned as float32",
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
        "    i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), sigmoid(a[:, 3*H:])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    if dh_n is not None:\n"
        "        dout[-1] += dh_n          # h_n = out[-1]: fold its gradient into dout\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0)\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        '    grads = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        grads["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] += g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    # store compactly\n"
        "    return {k: v.astype(np.float32) for k, v in grads.items()}\n",
    },
    {
        "id": "ll_ok_ana_book",
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
        "    # the chapter's masked_lstm, starting from h0, c0\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h, c = h0, c0\n"
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
        "id": "ll_ok_chen_alone",
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
        "    out = np.zeros(x.shape[:2] + (h0.shape[1],))\n"
        "    hn, cn = np.empty_like(h0), np.empty_like(c0)\n"
        "    for b, n in enumerate(np.asarray(lengths)):\n"
        "        h, c = h0[b:b + 1], c0[b:b + 1]\n"
        "        for t in range(int(n)):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        hn[b], cn[b] = h[0], c[0]\n"
        "    return out, (hn, cn)\n",
    },
    {
        "id": "ll_ok_dmitri_validated",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "class MaskedLSTMRunner:\n"
        "    def __init__(self, W_ih, W_hh, b_ih, b_hh):\n"
        "        self.params = tuple(np.asarray(p, dtype=np.float64) for p in (W_ih, W_hh, "
        "b_ih, b_hh))\n"
        "        self.H = self.params[1].shape[1]\n"
        "\n"
        "    def __call__(self, x, lengths, h0, c0):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        lengths = np.asarray(lengths, dtype=np.int64).reshape(-1)\n"
        "        T, B, _ = x.shape\n"
        "        if lengths.shape != (B,):\n"
        '            raise ValueError(f"lengths must have shape ({B},), got {lengths.shape}")\n'
        "        if lengths.min() < 1 or lengths.max() > T:\n"
        '            raise ValueError("every length must be in 1..T")\n'
        "        mask = (np.arange(T)[:, None] < lengths[None, :]).astype(np.float64)[..., "
        "None]  # (T, B, 1)\n"
        "        h = np.array(h0, dtype=np.float64)\n"
        "        c = np.array(c0, dtype=np.float64)\n"
        "        out = np.zeros((T, B, self.H))\n"
        "        for t in range(T):\n"
        "            h_new, c_new = lstm_cell(x[t], h, c, *self.params)\n"
        "            m = mask[t]\n"
        "            h = m * h_new + (1.0 - m) * h\n"
        "            c = m * c_new + (1.0 - m) * c\n"
        "            out[t] = m * h_new\n"
        "        return out, (h, c)\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    return MaskedLSTMRunner(W_ih, W_hh, b_ih, b_hh)(x, lengths, h0, c0)\n",
    },
    {
        "id": "ll_ana_lstm_ref",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "copied the chapter's masked_lstm with lstm_ref.lstm_cell: lstm_ref is not "
                "available when graded",
                "must_mention": ["lstm_ref"],
            }
        ],
        "source": "import numpy as np\n"
        "import lstm_ref\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): 1 where step t is real\n"
        "        h_new, c_new = lstm_ref.lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ana_book_zeros",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "kept the chapter's start from zeros: h0 and c0 are ignored",
                "must_mention": [
                    {
                        "any": [
                            "initial state",
                            "ignor",
                            "from zeros",
                            "zero state",
                            "starts from zero",
                            "h0 and c0",
                            "h0, c0",
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
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ben_carry_out",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out past each length repeats the frozen state instead of zeros",
                "must_mention": [
                    {
                        "any": [
                            "zeros past",
                            "zero past",
                            "not zero",
                            "past each length",
                            "past the end",
                            "padding steps",
                            "padded steps",
                            "after the end",
                            "past its length",
                            "nonzero",
                            "non-zero",
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
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        outs.append(h)\n"
        "        # assert out[-1].shape == h0.shape\n"
        "    return np.stack(outs), (h, c)\n",
    },
    {
        "id": "ll_eva_final_at_T",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the state is not frozen on padding: h_n, c_n are the state after step "
                "T-1, not at lengths[b]-1",
                "must_mention": [
                    {
                        "any": [
                            "own last",
                            "lengths[b] - 1",
                            "last real",
                            "T-1",
                            "T - 1",
                            "frozen",
                            "freez",
                            "padding",
                            "last valid",
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
        "    # mask only the outputs (like Keras' mask on return_sequences)\n"
        "    T = x.shape[0]\n"
        "    mask = np.arange(T)[:, None] < np.asarray(lengths)[None, :]   # (T, B)\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h * mask[t][:, None])\n"
        "    return np.stack(outs), (h, c)\n",
    },
    {
        "id": "ll_hiro_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask t <= lengths[b]: runs one padding step too many (when lengths[b] < "
                "T)",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step too",
                            "one extra",
                            "<=",
                            "one more step",
                            "lengths[b] + 1",
                            "step lengths[b]",
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
        "        m = (t <= lengths - 1 + 1)[:, None]   # step t is real up to lengths[b]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_greta_zeros_like_x",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out = np.zeros_like(x) has the input size I, not H (breaks whenever I != "
                "H)",
                "must_mention": [
                    {
                        "any": [
                            "zeros_like",
                            "input size",
                            "shape of x",
                            "x's shape",
                            "(T, B, I)",
                            "I != H",
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
        "    out = np.zeros_like(x)\n"
        "    h, c = h0, c0\n"
        "    for t in range(x.shape[0]):\n"
        "        keep = (t < lengths).reshape(-1, 1)\n"
        "        h2, c2 = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(keep, h2, h)\n"
        "        c = np.where(keep, c2, c)\n"
        "        out[t] = np.where(keep, h2, 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_farid_sorted",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "sorts the batch by length but returns h_n, c_n in sorted order (never "
                "unsorted)",
                "must_mention": [
                    {
                        "any": [
                            "sort",
                            "order of the batch",
                            "permut",
                            "batch order",
                            "rows swapped",
                            "shuffled",
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
        "    # like pack_padded_sequence(enforce_sorted=True): sort by length, longest first\n"
        '    order = np.argsort(-lengths, kind="stable")\n'
        "    unsort = np.argsort(order)\n"
        "    xs, ls, h, c = x[:, order], lengths[order], h0[order], c0[order]\n"
        "    T, B, _ = x.shape\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        n = int((ls > t).sum())   # batch_sizes[t]\n"
        "        if n == 0:\n"
        "            break\n"
        "        h_new, c_new = lstm_cell(xs[t, :n], h[:n], c[:n], W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.concatenate([h_new, h[n:]])\n"
        "        c = np.concatenate([c_new, c[n:]])\n"
        "        out[t, :n] = h_new\n"
        "    return out[:, unsort], (h, c)\n",
    },
    {
        "id": "ll_ines_c_unmasked",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell state c is not masked: it keeps updating on padding (c_n wrong; "
                "later h after padding unaffected but c_n is)",
                "must_mention": [
                    {"any": ["c_n", "cell state"]},
                    {
                        "any": [
                            "mask",
                            "padding",
                            "frozen",
                            "freez",
                            "not kept",
                            "keeps updating",
                            "last real",
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
        "    def step(carry, t):\n"
        "        h, c = carry\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        valid = (t < lengths)[:, None]\n"
        "        h = np.where(valid, h_new, h)\n"
        "        return (h, c_new), np.where(valid, h_new, 0.0)\n"
        "    carry, ys = (h0, c0), []\n"
        "    for t in range(T):\n"
        "        carry, y = step(carry, t)\n"
        "        ys.append(y)\n"
        "    return np.stack(ys), carry\n",
    },
    {
        "id": "ll_dmitri_strict",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "over-strict input validation: raises when max(lengths) < T, which the "
                "exercise allows",
                "must_mention": [
                    {
                        "any": [
                            "max(lengths)",
                            "longest",
                            "shorter than T",
                            "max(lengths) < T",
                            "ValueError",
                            "raise",
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
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    if lengths.shape != (B,):\n"
        '        raise ValueError("lengths must be (B,)")\n'
        "    if lengths.max() != T:\n"
        '        raise ValueError(f"the longest sequence must fill the batch: '
        'max(lengths)={lengths.max()} != T={T}")\n'
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out[t] = np.where(m, hn, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ben_full_shortcut",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "shortcut for lengths all == T calls lstm_layer, which this notebook does "
                "not define (NameError)",
                "must_mention": [
                    {"any": ["lstm_layer'", "not defined", "NameError", "lstm_layer is"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
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
        "    if np.all(lengths == T):\n"
        "        return lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh)  # no padding: plain "
        "layer\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h, c = np.where(m, h_new, h), np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_chen2_nozero_cfree",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out past each length repeats the frozen h instead of zeros",
                "must_mention": [
                    {
                        "any": [
                            "zeros past",
                            "zero past",
                            "not zero",
                            "past each length",
                            "past the end",
                            "padding steps",
                            "padded steps",
                            "after the end",
                            "past its length",
                            "nonzero",
                            "non-zero",
                        ]
                    }
                ],
            },
            {
                "what": "the cell state c is never masked (c_n after step T-1)",
                "must_mention": [
                    {"any": ["c_n", "cell state"]},
                    {
                        "any": [
                            "mask",
                            "padding",
                            "frozen",
                            "freez",
                            "not kept",
                            "keeps updating",
                            "last real",
                            "own last",
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
        "    h, c, out = h0, c0, []\n"
        "    for t, xt in enumerate(x):\n"
        "        hn, c = lstm_cell(xt, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where((t < lengths)[:, None], hn, h)\n"
        "        out.append(h)\n"
        "    return np.array(out), (h, c)\n",
    },
    {
        "id": "ll_ana2_zeros_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h0, c0 ignored (starts from zeros as in the chapter)",
                "must_mention": [
                    {
                        "any": [
                            "initial state",
                            "ignor",
                            "from zeros",
                            "zero state",
                            "starts from zero",
                            "h0 and c0",
                            "h0, c0",
                        ]
                    }
                ],
            },
            {
                "what": "mask t <= lengths: one padding step too many",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step too",
                            "one extra",
                            "<=",
                            "one more step",
                            "lengths[b] + 1",
                            "step lengths[b]",
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
        "        m = (t <= lengths)[:, None]  # 1 where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_eva2_finalT_zeroslike",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "state not frozen on padding: h_n, c_n at T-1",
                "must_mention": [
                    {
                        "any": [
                            "own last",
                            "lengths[b] - 1",
                            "last real",
                            "T-1",
                            "T - 1",
                            "frozen",
                            "freez",
                            "padding",
                            "last valid",
                        ]
                    }
                ],
            },
            {
                "what": "out = np.zeros_like(x): size I instead of H",
                "must_mention": [
                    {
                        "any": [
                            "zeros_like",
                            "input size",
                            "shape of x",
                            "x's shape",
                            "(T, B, I)",
                            "I != H",
                            "hidden size",
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
        "    out = np.zeros_like(x)\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h * (t < lengths)[:, None]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "bl_ok_jonas",
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
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
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
        "    lengths = np.asarray(lengths)\n"
        "    T = x.shape[0]\n"
        "    # reverse each sequence within its own length; padding stays where it is\n"
        "    x_rev = x.copy()\n"
        "    for b, n in enumerate(lengths):\n"
        "        x_rev[:n, b] = x[:n, b][::-1]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b, n in enumerate(lengths):\n"
        "        out_b[:n, b] = out_r[:n, b][::-1]\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([h_f, h_r]), "
        "np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_ok_chen_gather",
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
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
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
        "    L = np.asarray(lengths)[None, :]\n"
        "    t = np.arange(x.shape[0])[:, None]\n"
        "    idx = np.where(t < L, L - 1 - t, t)  # (T, B): own reversal inside each length, "
        "an involution\n"
        "    rev = lambda a: np.take_along_axis(a, idx[:, :, None], axis=0)\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, L[0], h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(rev(x), L[0], h0[1], c0[1], *bwd)\n"
        "    return np.concatenate([of, rev(ob)], -1), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bl_ok_ines_revscan",
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
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
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
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    out[:, :, :H], (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse scan from T-1 down to 0; padding steps leave the carry untouched,\n"
        "    # so each sequence really starts at its own last step lengths[b] - 1\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        valid = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, *bwd)\n"
        "        h = np.where(valid, h_new, h)\n"
        "        c = np.where(valid, c_new, c)\n"
        "        out[t, :, H:] = np.where(valid, h_new, 0.0)\n"
        "    return out, (np.stack([h_f, h]), np.stack([c_f, c]))\n",
    },
    {
        "id": "bl_ok_greta_perseq",
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
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
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
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        seq = x[:n, b:b + 1, :]                    # (n, 1, I), its real steps only\n"
        "        for d, params in enumerate((fwd, bwd)):\n"
        "            steps = range(n) if d == 0 else range(n - 1, -1, -1)\n"
        "            h, c = h0[d, b:b + 1], c0[d, b:b + 1]\n"
        "            for t in steps:\n"
        "                h, c = lstm_cell(seq[t], h, c, *params)\n"
        "                out[t, b, d * H:(d + 1) * H] = h[0]\n"
        "            h_n[d, b], c_n[d, b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_ana_flip_all",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction flips the whole padded tensor, so for shorter "
                "sequences it reads padding instead of starting at lengths[b]-1",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "own last",
                            "lengths[b] - 1",
                            "last real",
                            "starts at T-1",
                            "starts at T - 1",
                            "step T-1",
                            "step T - 1",
                            "last valid",
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
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
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
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse direction: the chapter 6 trick, flip time, run, flip back\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_r[::-1]], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_ben_no_unreverse",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse outputs are left in reading order (not put back at position "
                "t)",
                "must_mention": [
                    "revers",
                    {
                        "any": [
                            "time order",
                            "flip",
                            "put back",
                            "reading order",
                            "wrong order",
                            "un-revers",
                            "unrevers",
                            "reversed order",
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
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
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
        "    x_rev = x.copy()\n"
        "    for b in range(x.shape[1]):\n"
        "        L = lengths[b]\n"
        "        x_rev[:L, b] = x[L - 1::-1, b]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        '    print("rev out", out_r[:, 0, 0])\n'
        "    out = np.concatenate([out_f, out_r], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_chen_flip_out_T",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse output is flipped back over the whole T, not within each "
                "length: misplaced for sequences shorter than T",
                "must_mention": [
                    "revers",
                    {
                        "any": [
                            "within each",
                            "own length",
                            "per sequence",
                            "shorter",
                            "lengths[b]",
                            "padding",
                            "shifted",
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
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
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
        "    xr = np.stack([np.concatenate([x[:n, b][::-1], x[n:, b]]) for b, n in "
        "enumerate(lengths)], 1)\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    return np.concatenate([of, ob[::-1]], 2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bl_eva_hn_firststep",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n's reverse row taken from out at lengths[b]-1 (the reverse direction's "
                "first step) instead of after step 0",
                "must_mention": [
                    "revers",
                    {
                        "any": [
                            "out[0",
                            "step 0",
                            "t = 0",
                            "first step",
                            "after step 0",
                            "x_0",
                            "its last step",
                            "final state",
                            "lengths[b] - 1",
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
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
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
        "    H = h0.shape[2]\n"
        "    x_rev = x.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        x_rev[:L, b] = x[:L, b][::-1]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b, L in enumerate(lengths):\n"
        "        out_b[:L, b] = out_r[:L, b][::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    # final state of each direction = output at the last valid timestep\n"
        "    last = np.asarray(lengths) - 1\n"
        "    h_n = np.stack([out[last, np.arange(B), :H], out[last, np.arange(B), H:]])\n"
        "    return out, (h_n, np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_greta_inplace_x",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "xr = x is no copy: reversing it in place changes the caller's x",
                "must_mention": [
                    {"any": ["modif", "in place", "in-place", "changed", "unchanged", "overwr"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
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
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
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
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    xr = x  # reversed copy of the input\n"
        "    for b in range(x.shape[1]):\n"
        "        n = int(lengths[b])\n"
        "        xr[:n, b] = xr[:n, b][::-1].copy()\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b in range(x.shape[1]):\n"
        "        n = int(lengths[b])\n"
        "        out_b[:n, b] = out_r[:n, b][::-1]\n"
        "    return np.concatenate([out_f, out_b], 2), (np.stack([h_f, h_r]), np.stack([c_f, "
        "c_r]))\n",
    },
    {
        "id": "bl_hiro_maxlen_T",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out has max(lengths) steps, not T (total_length=T forgotten): wrong shape "
                "when max(lengths) < T",
                "must_mention": [
                    {
                        "any": [
                            "total_length",
                            "max(lengths)",
                            "longest",
                            "shorter than T",
                            "time steps",
                            "steps, expected",
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
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
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
        "    lengths = np.asarray(lengths)\n"
        "    T = int(lengths.max())          # pad_packed_sequence pads to the longest length\n"
        "    x = x[:T]\n"
        "    x_rev = x.copy()\n"
        "    for b, n in enumerate(lengths):\n"
        "        x_rev[:n, b] = x[:n, b][::-1]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    for b, n in enumerate(lengths):\n"
        "        out_r[:n, b] = out_r[:n, b][::-1].copy()\n"
        "    return np.concatenate([out_f, out_r], 2), (np.stack([h_f, h_r]), np.stack([c_f, "
        "c_r]))\n",
    },
    {
        "id": "bl_farid_view_hn",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n built by reshaping the (B, 2H) concatenation to (2, B, H): "
                "directions and batch rows scrambled (right only for B = 1)",
                "must_mention": [
                    {
                        "any": [
                            "reshape",
                            "layout",
                            "scrambl",
                            "interleav",
                            "mixed",
                            "view",
                            "concatenat",
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
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
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
        "    H = h0.shape[2]\n"
        "    x_rev = x.copy()\n"
        "    for b in range(B):\n"
        "        x_rev[:lengths[b], b] = np.flip(x[:lengths[b], b], 0)\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b in range(B):\n"
        "        out_b[:lengths[b], b] = np.flip(out_r[:lengths[b], b], 0)\n"
        "    out = np.concatenate([out_f, out_b], -1)\n"
        "    # h_n.view(2, B, H) of the concatenated final states\n"
        "    h_n = np.concatenate([h_f, h_r], -1).reshape(2, B, H)\n"
        "    c_n = np.concatenate([c_f, c_r], -1).reshape(2, B, H)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_dmitri_cache",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reversal index is cached per T only: a later call with the same T "
                "(and B) but other lengths reuses the stale index",
                "must_mention": [
                    {
                        "any": [
                            "cache",
                            "stale",
                            "earlier call",
                            "previous call",
                            "depends on",
                            "call order",
                            "first call",
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
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "_REV_INDEX_CACHE = {}\n"
        "\n"
        "\n"
        "def _reverse_index(T, lengths):\n"
        "    # (T, B) gather index that reverses every sequence inside its length; cached per "
        "T\n"
        "    if T not in _REV_INDEX_CACHE:\n"
        "        t = np.arange(T)[:, None]\n"
        "        L = np.asarray(lengths, dtype=np.int64)[None, :]\n"
        "        _REV_INDEX_CACHE[T] = np.where(t < L, L - 1 - t, t)\n"
        "    return _REV_INDEX_CACHE[T]\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    x = np.asarray(x, dtype=np.float64)\n"
        "    lengths = np.asarray(lengths, dtype=np.int64)\n"
        "    T, B, _ = x.shape\n"
        "    if lengths.shape != (B,) or lengths.min() < 1 or lengths.max() > T:\n"
        '        raise ValueError("bad lengths")\n'
        "    idx = _reverse_index(T, lengths)\n"
        "    if idx.shape[1] != B:  # other batch size: rebuild\n"
        "        del _REV_INDEX_CACHE[T]\n"
        "        idx = _reverse_index(T, lengths)\n"
        "    gather = lambda a: np.take_along_axis(a, idx[:, :, None], axis=0)\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(gather(x), lengths, h0[1], c0[1], *bwd)\n"
        "    return np.concatenate([out_f, gather(out_r)], axis=2), (np.stack([h_f, h_r]), "
        "np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_ben_cn_typo",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n's reverse row is the forward c (typo cf for cr)",
                "must_mention": [
                    "c_n",
                    "revers",
                    {"any": ["forward", "row 0", "c_n[0]", "same as", "cf"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
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
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
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
        "    x_rev = np.zeros_like(x)\n"
        "    for b in range(x.shape[1]):\n"
        "        n = lengths[b]\n"
        "        x_rev[:n, b] = x[:n, b][::-1]\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    orv, (hr, cr) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    ob = np.zeros_like(orv)\n"
        "    for b in range(x.shape[1]):\n"
        "        n = lengths[b]\n"
        "        ob[:n, b] = orv[:n, b][::-1]\n"
        "    # print(hf.shape, hr.shape, cf.shape)\n"
        "    return np.concatenate([of, ob], 2), (np.stack([hf, hr]), np.stack([cf, cf]))\n",
    },
    {
        "id": "bl_ana2_flipall_h0row0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "whole padded tensor flipped: the reverse direction starts on padding",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "own last",
                            "lengths[b] - 1",
                            "last real",
                            "starts at T-1",
                            "starts at T - 1",
                            "step T-1",
                            "step T - 1",
                            "last valid",
                        ]
                    }
                ],
            },
            {
                "what": "reverse direction starts from h0[0], c0[0] instead of h0[1], c0[1]",
                "must_mention": [
                    "revers",
                    {"any": ["h0[1]", "c0[1]", "row 1", "initial state", "h0[0]"]},
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
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
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
        "    hs, cs = h0[0], c0[0]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, hs, cs, *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(np.flip(x, 0), lengths, hs, cs, *bwd)\n"
        "    out = np.concatenate([out_f, np.flip(out_r, 0)], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_eva2_swap_hnfirst",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "halves of out swapped: reverse first",
                "must_mention": [
                    {"any": ["swap", "exchang", "other way", "reverse half first", "halves"]}
                ],
            },
            {
                "what": "h_n's reverse row from the reverse output at lengths[b]-1 (its first "
                "step) instead of its final state after step 0",
                "must_mention": [
                    "revers",
                    {
                        "any": [
                            "out[0",
                            "step 0",
                            "t = 0",
                            "first step",
                            "after step 0",
                            "x_0",
                            "its last step",
                            "final state",
                            "lengths[b] - 1",
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
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
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
        "    H = h0.shape[2]\n"
        "    x_rev = x.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        x_rev[:L, b] = x[:L, b][::-1]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b, L in enumerate(lengths):\n"
        "        out_b[:L, b] = out_r[:L, b][::-1]\n"
        "    out = np.concatenate([out_b, out_f], axis=-1)   # "
        'Bidirectional(merge_mode="concat")\n'
        "    last = np.asarray(lengths) - 1\n"
        "    h_n = np.stack([h_f, out_b[last, np.arange(B)]])\n"
        "    return out, (h_n, np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_farid2_view_maxlen",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out padded only to max(lengths), not T",
                "must_mention": [
                    {
                        "any": [
                            "total_length",
                            "max(lengths)",
                            "longest",
                            "shorter than T",
                            "time steps",
                            "steps, expected",
                        ]
                    }
                ],
            },
            {
                "what": "h_n, c_n reshaped from (B, 2H): layout scrambled",
                "must_mention": [
                    {
                        "any": [
                            "reshape",
                            "layout",
                            "scrambl",
                            "interleav",
                            "mixed",
                            "view",
                            "concatenat",
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
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
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
        "    T = int(max(lengths))   # like pad_packed_sequence(out)\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[2]\n"
        "    x = x[:T]\n"
        "    x_rev = x.copy()\n"
        "    for b in range(B):\n"
        "        x_rev[:lengths[b], b] = np.flip(x[:lengths[b], b], 0)\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b in range(B):\n"
        "        out_b[:lengths[b], b] = np.flip(out_r[:lengths[b], b], 0)\n"
        "    h_n = np.concatenate([h_f, h_r], -1).reshape(2, B, H)\n"
        "    c_n = np.concatenate([c_f, c_r], -1).reshape(2, B, H)\n"
        "    return np.concatenate([out_f, out_b], -1), (h_n, c_n)\n",
    },
]
