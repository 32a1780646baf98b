# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The twenty-ninth blind corpus, kept as its two authors wrote it (/work/blind29a and /work/blind29b,
split by graded names as for corpora 10-28; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora (they imported a frozen copy of lstm_ref
alone, with no tests or corpora beside it, for their single run; both report having read nothing
else), each asked to invent a cast of at least ten students in an industry upskilling programme
for working engineers: embedded/DSP habits (preallocated buffers, out=, in-place updates, scratch
arrays kept between calls), TensorFlow/Keras and JAX conventions (kernel layouts, unit forget
bias, return_sequences, lax.scan carries), MATLAB/R/Julia habits (column-major reshapes, 1-based
keys), fused or precomputed projections, "fast" numerics (lookup tables, clipped exponents,
tanh from σ, float32), over-engineered validation; a backward derived from a hand-drawn graph
with an edge dropped or doubled, reverse scans with the carry's order wrong, einsum/np.add.at,
per-step caches, length-sorted batches unsorted wrongly, lengths as last indices, flipped padded
arrays, other gradient layouts. Run on 42632d7 (the last stop); the words a message must contain
were fixed before its first run. First run there, by the word test at seed 7: 176 of 193 wrong
versions named (91%: author A 100 of 110, author B 76 of 83), 1 passing (a ScratchLSTM that
writes each call's out into one buffer kept on the module), no false alarm. By its authors'
reading (every mistake of an entry named; author A ran the notebooks' order, cases="shapes",
then "fixed", then "random" with seed 0, and judged the first failure): 82 of 110 (75%) and 75
of 83 (90%), 1 wrong cause (a lookup-table sigmoid told it computes in float32). See
tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_ok_sofia_masks",
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
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])          # z < 0 here, so e^z <= 1\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    return out\n",
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
        "def sigmoid(z):\n"
        "    # jax.nn.sigmoid style: sigma(z) = exp(-softplus(-z)), softplus via logaddexp "
        "(never overflows)\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n",
    },
    {
        "id": "sig_ok_priya_ufuncs",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.empty_like(z)\n"
        "    np.abs(z, out=e)\n"
        "    np.negative(e, out=e)\n"
        "    np.exp(e, out=e)                 # e = exp(-|z|) in (0, 1]\n"
        "    res = np.empty_like(z)\n"
        "    np.add(e, 1.0, out=res)\n"
        "    np.divide(1.0, res, out=res)     # 1 / (1 + e) = sigma(|z|)\n"
        "    neg = z < 0\n"
        "    np.multiply(res, e, out=res, where=neg)   # e / (1 + e) for the negative half\n"
        "    return res\n",
    },
    {
        "id": "sig_ok_olu_tanh_half",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # sigma(z) = (1 + tanh(z/2)) / 2 ; tanh saturates cleanly, no exp at all\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n",
    },
    {
        "id": "sig_ok_ben_clip700",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "_EXP_MAX = 700.0   # exp(709) is the last finite double; keep a margin\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return 1.0 / (1.0 + np.exp(np.clip(-z, -_EXP_MAX, _EXP_MAX)))\n",
    },
    {
        "id": "sig_naive_marta",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "textbook 1/(1+exp(-z)): exp(-z) overflows (RuntimeWarning) for very "
                "negative z",
                "must_mention": [{"any": ["overflow"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # same as tf.math.sigmoid / keras.activations.sigmoid\n"
        "    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=np.float64)))\n",
    },
    {
        "id": "sig_where_both_branches_raj",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where computes both branches on the whole array, so exp(-z) and exp(z) "
                "still overflow (warnings) although the selected values are right",
                "must_mention": [{"any": ["overflow"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    # stable: pick the formula that does not overflow for each sign\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + np.exp(-z)), np.exp(z) / (1.0 + "
        "np.exp(z)))\n",
    },
    {
        "id": "sig_clip20_lars",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clamps z to [-20, 20]: values wrong (by ~2e-9) for |z| > 20, e.g. "
                "sigmoid(1000) != 1, sigmoid(-25)",
                "must_mention": [
                    {"any": ["clip", "clamp", "large", "saturat", "extreme", "|z|", "big"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        'ZMAX = 20.0  # beyond +-20 the sigmoid is 0/1 "to machine precision" (it is in Q15 '
        "anyway)\n"
        "\n"
        "def sigmoid(z):\n"
        "    zc = np.clip(np.asarray(z, dtype=np.float64), -ZMAX, ZMAX)\n"
        "    return 1.0 / (1.0 + np.exp(-zc))\n",
    },
    {
        "id": "sig_float32_lars",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "computes and returns float32 instead of float64",
                "must_mention": [{"any": ["float32", "dtype", "float64", "precision"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)      # 4 bytes is plenty for an activation\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n",
    },
    {
        "id": "sig_lut_lars",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "lookup table with linear interpolation: only ~1e-6 accurate (and exactly "
                "0/1 past +-16)",
                "must_mention": [
                    {
                        "any": [
                            "accura",
                            "precis",
                            "approx",
                            "table",
                            "interpol",
                            "tolerance",
                            "1e-10",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "# 4097-point table on [-16, 16], linear interpolation between entries (like the DSP "
        "firmware)\n"
        "_GRID = np.linspace(-16.0, 16.0, 4097)\n"
        "_TABLE = 1.0 / (1.0 + np.exp(-_GRID))\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.interp(z, _GRID, _TABLE, left=0.0, right=1.0)\n",
    },
    {
        "id": "sig_tanh_nohalf_olu",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "uses (1 + tanh(z))/2; the identity is (1 + tanh(z/2))/2, so every value "
                "except z=0 is wrong",
                "must_mention": [{"any": ["z/2", "z / 2", "half", "0.5 * z", "0.5*z", "tanh"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # sigma and tanh are the same curve, rescaled: sigma(z) = (1 + tanh(z)) / 2\n"
        "    return 0.5 * (1.0 + np.tanh(np.asarray(z, dtype=np.float64)))\n",
    },
    {
        "id": "sig_fortran_order_hannah",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "flattens column-major (order='F') but reshapes back row-major: for 2-D "
                "(and higher) inputs the values land in the wrong positions "
                "(transposed/scrambled)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "position",
                            "transpos",
                            "permut",
                            "arrang",
                            "reshape",
                            "scrambl",
                            "column-major",
                            "where",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        '    v = z.flatten(order="F")            # z(:) as in MATLAB\n'
        "    out = np.zeros_like(v)\n"
        "    for k in range(v.size):             # scalar loop, sign by sign\n"
        "        if v[k] >= 0:\n"
        "            out[k] = 1.0 / (1.0 + np.exp(-v[k]))\n"
        "        else:\n"
        "            out[k] = np.exp(v[k]) / (1.0 + np.exp(v[k]))\n"
        "    return out.reshape(z.shape)         # back to the original shape\n",
    },
    {
        "id": "sig_flatten_greg",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "flattens the input (ravel/atleast_1d): returns a 1-D array instead of z's "
                "shape",
                "must_mention": ["shape"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Robust sigmoid: accepts scalars, lists, arrays."""\n'
        "    try:\n"
        "        z = np.atleast_1d(np.asarray(z, dtype=np.float64)).ravel()\n"
        "    except (TypeError, ValueError):\n"
        '        raise TypeError("sigmoid expects numeric input")\n'
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    e = np.exp(z[~pos])\n"
        "    out[~pos] = e / (1.0 + e)\n"
        "    return out\n",
    },
    {
        "id": "sig_inplace_priya",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "asarray does not copy a float64 array, and the out=z ufuncs then "
                "overwrite the caller's input with exp(-|z|)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "unchanged",
                            "wrote",
                            "writes",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)     # no allocation if it is already float64\n"
        "    neg = z < 0\n"
        "    np.abs(z, out=z)\n"
        "    np.negative(z, out=z)\n"
        "    np.exp(z, out=z)                        # z <- exp(-|z|), reusing the buffer\n"
        "    res = 1.0 / (1.0 + z)\n"
        "    res[neg] *= z[neg]\n"
        "    return res\n",
    },
    {
        "id": "sig_dbl_naive_float32_kenji",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "casts to float32, so the result is float32, not float64",
                "must_mention": [{"any": ["float32", "dtype", "float64", "precision"]}],
            },
            {
                "what": "naive 1/(1+exp(-z)) overflows for very negative z (warning)",
                "must_mention": [{"any": ["overflow"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)  # like tf's default\n"
        "    return 1.0 / (1.0 + np.exp(-z))  # keras.activations.sigmoid\n",
    },
    {
        "id": "sig_dbl_inplace_negbranch_priya",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "exp(-|z|) is computed into the caller's array (asarray + out=z): the "
                "input is overwritten",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "unchanged",
                            "wrote",
                            "writes",
                        ]
                    }
                ],
            },
            {
                "what": "drops the negative branch: returns 1/(1+exp(-|z|)) = sigma(|z|), wrong "
                "for every z < 0",
                "must_mention": [{"any": ["negative", "z < 0", "z<0", "sign", "symmetr", "|z|"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)     # no copy, saves an allocation\n"
        "    neg = z < 0\n"
        "    np.abs(z, out=z); np.negative(z, out=z); e = np.exp(z, out=z)\n"
        "    res = 1.0 / (1.0 + e)\n"
        "    return res\n",
    },
    {
        "id": "sig_dbl_flat_clip_greg",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the flattened 1-D result instead of the input's shape",
                "must_mention": ["shape"],
            },
            {
                "what": "clamps z to +-20 by default: wrong values for |z| > 20",
                "must_mention": [
                    {"any": ["clip", "clamp", "large", "saturat", "extreme", "|z|", "big"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z, zmax=20.0):\n"
        '    """sigmoid with optional clamping; z any shape -> same shape."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    shape = z.shape\n"
        "    flat = z.reshape(-1)\n"
        "    if zmax is not None:\n"
        "        flat = np.clip(flat, -zmax, zmax)\n"
        "    e = np.exp(-np.abs(flat))\n"
        "    out = np.where(flat >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "    return out            # 1-D is easier downstream\n",
    },
    {
        "id": "gates_ok_sofia_split",
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
        "    a = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)      # (B, 4H), blocks i | f | g | o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=-1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gates_ok_dmitri_reshape",
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
        "    B, H = h.shape\n"
        '    pre = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + b_ih + '
        "b_hh\n"
        "    pre = pre.reshape(B, 4, H)                 # gate k is rows k*H:(k+1)*H of the "
        "stack\n"
        "    i, f, g, o = (pre[:, k, :] for k in range(4))\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_ok_tomas_dict",
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
        "    p = z >= 0\n"
        "    out[p] = 1 / (1 + np.exp(-z[p]))\n"
        "    q = np.exp(z[~p])\n"
        "    out[~p] = q / (1 + q)\n"
        "    return out\n"
        "\n"
        'GATE_NAMES = ("i", "f", "g", "o")      # k = 0, 1, 2, 3 (Python counts from 0!)\n'
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    z = np.dot(x, W_ih.T) + b_ih + np.dot(h, W_hh.T) + b_hh\n"
        "    act = {}\n"
        "    for k, name in enumerate(GATE_NAMES):\n"
        "        block = z[:, k * H:(k + 1) * H]\n"
        '        act[name] = np.tanh(block) if name == "g" else sigmoid(block)\n'
        '    return act["i"], act["f"], act["g"], act["o"]\n',
    },
    {
        "id": "gates_ok_kenji_kernel",
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
        "    # Keras layout: kernel (I, 4*units), recurrent_kernel (units, 4*units)\n"
        "    kernel, recurrent_kernel = W_ih.T, W_hh.T\n"
        "    units = recurrent_kernel.shape[0]\n"
        "    bias = b_ih + b_hh\n"
        "    z = x @ kernel + h @ recurrent_kernel + bias\n"
        "    z0 = z[:, :units]\n"
        "    z1 = z[:, units:2 * units]\n"
        "    z2 = z[:, 2 * units:3 * units]\n"
        "    z3 = z[:, 3 * units:]\n"
        "    i = sigmoid(z0)\n"
        "    f = sigmoid(z1)\n"
        '    c = np.tanh(z2)     # Keras calls the candidate "c"; the exercise calls it g\n'
        "    o = sigmoid(z3)\n"
        "    return i, f, c, o\n",
    },
    {
        "id": "gates_keras_reshape_kenji",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reshapes W_ih (4H, I) to (I, 4H) instead of transposing it (same for "
                "W_hh): the weights are scrambled, every gate is wrong",
                "must_mention": [{"any": ["transpos", "reshape", ".T", "layout", "orient"]}],
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
        "    # bring the weights to the Keras layout (input_dim, 4*units) I am used to\n"
        "    kernel = W_ih.reshape(I, 4 * H)\n"
        "    recurrent_kernel = W_hh.reshape(H, 4 * H)\n"
        "    z = x @ kernel + h @ recurrent_kernel + b_ih + b_hh\n"
        "    i = sigmoid(z[:, :H]); f = sigmoid(z[:, H:2 * H])\n"
        "    g = np.tanh(z[:, 2 * H:3 * H]); o = sigmoid(z[:, 3 * H:])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_onnx_order_lars",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reads the blocks in ONNX order (i, o, f, c) instead of PyTorch's (i, f, "
                "g, o): f, g, o come from the wrong rows",
                "must_mention": [{"any": ["order", "rows", "block", "swap", "mix", "slice"]}],
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
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    # gate blocks as in our ONNX / TensorRT exports: i, o, f, c\n"
        "    i = sigmoid(a[:, 0 * H:1 * H])\n"
        "    o = sigmoid(a[:, 1 * H:2 * H])\n"
        "    f = sigmoid(a[:, 2 * H:3 * H])\n"
        "    g = np.tanh(a[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_all_sigmoid_marta",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "applies the sigmoid to g too; g (the candidate) uses tanh",
                "must_mention": ["tanh"],
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
        "    i, f, g, o = np.split(sigmoid(a), 4, axis=1)   # all four are gates -> sigmoid\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_one_bias_wei",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "adds only b_ih; b_hh is left out of the pre-activation",
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
        "    # one fused bias, as in every other framework (b_hh is redundant with b_ih)\n"
        "    W = np.concatenate([W_ih, W_hh], axis=1)        # (4H, I + H)\n"
        "    xh = np.concatenate([x, h], axis=1)             # (B, I + H)\n"
        "    a = xh @ W.T + b_ih\n"
        "    H = h.shape[1]\n"
        "    return (sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]),\n"
        "            np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:]))\n",
    },
    {
        "id": "gates_tanh_o_olu",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "uses tanh for the output gate o; o is a sigmoid gate",
                "must_mention": [
                    {"any": ["sigmoid", "tanh"]},
                    {"any": ["output", " o ", "o gate", "gate o", "(o", "o:", "'o'", "o is", "o,"]},
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
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(pre[:, :H])\n"
        "    f = sigmoid(pre[:, H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = np.tanh(pre[:, 3 * H:])        # output -> tanh, like h = o * tanh(c)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_return_order_raj",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (i, f, o, g) instead of (i, f, g, o): the last two are swapped",
                "must_mention": [
                    {"any": ["order", "swap", "return", "position", "third", "fourth"]}
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
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, o = sigmoid(a_i), sigmoid(a_f), sigmoid(a_o)\n"
        "    g = np.tanh(a_g)\n"
        "    return i, f, o, g        # the three sigmoid gates, then the candidate\n",
    },
    {
        "id": "gates_h_row0_dmitri",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "uses h[0] (the first example's hidden state) for every example of the "
                "batch: wrong when B > 1 and the rows of h differ",
                "must_mention": [{"any": ["batch", "row", "example", "h[0]"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -np.asarray(z, dtype=np.float64)))\n"
        "\n"
        "def _gates_one(x_b, h_b, W_ih, W_hh, b):\n"
        "    a = W_ih @ x_b + W_hh @ h_b + b          # per-example, (4H,)\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # hand-written vmap over the batch axis; the carry h is broadcast like "
        "in_axes=None\n"
        "    b = b_ih + b_hh\n"
        "    per_example = [_gates_one(x[n], h[0], W_ih, W_hh, b) for n in range(x.shape[0])]\n"
        "    return tuple(np.stack(col) for col in zip(*per_example))\n",
    },
    {
        "id": "gates_split_axis0_hannah",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.split's default axis is 0: splits the batch rows instead of the 4H "
                "gate columns (error unless B is a multiple of 4, wrong shapes otherwise)",
                "must_mention": [{"any": ["axis", "split", "column", "batch"]}],
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
        "    A = W_ih @ x.T + W_hh @ h.T           # (4H, B): one column per example, as in "
        "MATLAB\n"
        "    A = A.T + b_ih + b_hh                 # back to (B, 4H)\n"
        "    i, f, g, o = np.split(A, 4)           # four blocks\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_shape_cache_greg",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "caches the fused weights keyed on shapes only: a later call with "
                "different weights of the same shapes silently uses the first call's "
                "weights and biases",
                "must_mention": [
                    {
                        "any": [
                            "cache",
                            "previous",
                            "earlier",
                            "stale",
                            "first call",
                            "second call",
                            "between calls",
                            "another call",
                            "other call",
                            "remember",
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
        "_fused_cache = {}\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # fuse the weights once per configuration, then reuse (saves a concatenate per "
        "step)\n"
        "    key = (W_ih.shape, W_hh.shape)\n"
        "    if key not in _fused_cache:\n"
        "        _fused_cache[key] = (np.concatenate([W_ih, W_hh], axis=1).T.copy(), b_ih + "
        "b_hh)\n"
        "    W, b = _fused_cache[key]\n"
        "    a = np.concatenate([x, h], axis=1) @ W + b\n"
        "    H = h.shape[1]\n"
        "    i, f, g, o = (a[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_concat_order_wei",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "fuses the weights as [W_ih | W_hh] but stacks the inputs as [h, x]: the "
                "columns do not line up, x meets part of W_hh and h part of W_ih (all "
                "gates wrong, no error since the total width I + H matches)",
                "must_mention": [
                    {
                        "any": [
                            "concat",
                            "order",
                            "column",
                            "swap",
                            "stack",
                            "[h, x]",
                            "hstack",
                            "line up",
                            "mismatch",
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
        "    # one GEMM instead of two: [W_ih | W_hh] @ [x ; h]\n"
        "    W = np.hstack([W_ih, W_hh])                   # (4H, I + H)\n"
        "    hx = np.hstack([h, x])                        # (B, H + I)\n"
        "    a = hx @ W.T + (b_ih + b_hh)\n"
        "    H = h.shape[1]\n"
        "    return (sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]),\n"
        "            np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:]))\n",
    },
    {
        "id": "gates_float32_lars",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "casts everything to float32: the gates are float32 (and only ~1e-7 "
                "accurate)",
                "must_mention": [{"any": ["float32", "dtype", "float64", "precision"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    f32 = np.float32\n"
        "    # single precision GEMM: twice the throughput on our hardware\n"
        "    a = (x.astype(f32) @ W_ih.T.astype(f32) + h.astype(f32) @ W_hh.T.astype(f32)\n"
        "         + b_ih.astype(f32) + b_hh.astype(f32))\n"
        "    H = a.shape[1] // 4\n"
        "    return (sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]),\n"
        "            np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:]))\n",
    },
    {
        "id": "gates_static_buffer_priya",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "returns views into a module-level scratch buffer reused across calls: the "
                "next call with the same shapes overwrites the gates returned before",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "share",
                            "same memory",
                            "buffer",
                            "overwr",
                            "view",
                            "reuse",
                            "same array",
                            "later call",
                            "next call",
                            "second call",
                            "copy",
                            "copies",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "_scratch = {}\n"
        "\n"
        "def _buf(shape):\n"
        "    # one preallocated pre-activation buffer per shape, reused by every call (no "
        "malloc per step)\n"
        "    if shape not in _scratch:\n"
        "        _scratch[shape] = np.empty(shape)\n"
        "    return _scratch[shape]\n"
        "\n"
        "def _sigmoid_inplace(a):\n"
        "    e = np.exp(-np.abs(a))\n"
        "    np.copyto(a, np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e)))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    a = _buf((B, 4 * H))\n"
        "    np.matmul(x, W_ih.T, out=a)\n"
        "    a += h @ W_hh.T\n"
        "    a += b_ih\n"
        "    a += b_hh\n"
        "    i, f, g, o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "    _sigmoid_inplace(i); _sigmoid_inplace(f); np.tanh(g, out=g); _sigmoid_inplace(o)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_dbl_onnx_onebias_lars",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reads f, g, o from the ONNX block order (i, o, f, c) instead of (i, f, g, "
                "o)",
                "must_mention": [{"any": ["order", "rows", "block", "swap", "mix", "slice"]}],
            },
            {"what": "leaves out b_hh", "must_mention": [{"any": ["b_hh", "bias"]}]},
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
        "    H = h.shape[-1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih  # single bias\n"
        "    blocks = [pre[:, k * H:(k + 1) * H] for k in range(4)]\n"
        "    i = sigmoid(blocks[0])\n"
        "    o = sigmoid(blocks[1])   # ONNX: i o f c\n"
        "    f = sigmoid(blocks[2])\n"
        "    g = np.tanh(blocks[3])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_dbl_f32_sigg_marta",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "casts x and h to float32 (weights stay float64): the results are upcast "
                "to float64 again but carry float32 rounding of the inputs (errors ~1e-7)",
                "must_mention": [{"any": ["float32", "dtype", "float64", "precision"]}],
            },
            {"what": "sigmoid instead of tanh for g", "must_mention": ["tanh"]},
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
        "    H = h.shape[-1]\n"
        "    x, h = x.astype(np.float32), h.astype(np.float32)\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    blocks = [pre[:, k * H:(k + 1) * H] for k in range(4)]\n"
        "    i = sigmoid(blocks[0])\n"
        "    f = sigmoid(blocks[1])\n"
        "    g = sigmoid(blocks[2])\n"
        "    o = sigmoid(blocks[3])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_dbl_cache_tanho_greg",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "caches b_ih + b_hh keyed on the shape: later calls reuse the first call's "
                "biases",
                "must_mention": [
                    {
                        "any": [
                            "cache",
                            "previous",
                            "earlier",
                            "stale",
                            "first call",
                            "second call",
                            "between calls",
                            "another call",
                            "other call",
                            "remember",
                        ]
                    }
                ],
            },
            {
                "what": "tanh for the output gate o",
                "must_mention": [
                    {"any": ["sigmoid", "tanh"]},
                    {"any": ["output", " o ", "o gate", "gate o", "(o", "o:", "'o'", "o is", "o,"]},
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
        "_bias_cache = {}\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        "    b = _bias_cache.setdefault(b_ih.shape, b_ih + b_hh)   # sum the biases once\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b\n"
        "    blocks = [pre[:, k * H:(k + 1) * H] for k in range(4)]\n"
        "    i = sigmoid(blocks[0])\n"
        "    f = sigmoid(blocks[1])\n"
        "    g = np.tanh(blocks[2])\n"
        "    o = np.tanh(blocks[3])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_dbl_reshape_retorder_kenji",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reshapes the weights to (I, 4H)/(H, 4H) instead of transposing",
                "must_mention": [{"any": ["transpos", "reshape", ".T", "layout", "orient"]}],
            },
            {
                "what": "returns (i, f, o, g): g and o swapped in the tuple",
                "must_mention": [
                    {"any": ["order", "swap", "return", "position", "third", "fourth"]}
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
        "    H = h.shape[-1]\n"
        "    pre = x @ W_ih.reshape(-1, 4 * H) + h @ W_hh.reshape(H, 4 * H) + b_ih + b_hh\n"
        "    blocks = [pre[:, k * H:(k + 1) * H] for k in range(4)]\n"
        "    i = sigmoid(blocks[0])\n"
        "    f = sigmoid(blocks[1])\n"
        "    g = np.tanh(blocks[2])\n"
        "    o = sigmoid(blocks[3])\n"
        "    return i, f, o, g   # gates first, candidate last\n",
    },
    {
        "id": "cell_ok_raj_fused",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_ok_kenji_units",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def _hard_safe_sigmoid(v):\n"
        "    out = np.empty_like(v, dtype=np.float64)\n"
        "    m = v >= 0\n"
        "    out[m] = 1.0 / (1.0 + np.exp(-v[m]))\n"
        "    ev = np.exp(v[~m])\n"
        "    out[~m] = ev / (1.0 + ev)\n"
        "    return out\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    units = h.shape[-1]\n"
        "    kernel = W_ih.T                   # (input_dim, 4*units)\n"
        "    recurrent_kernel = W_hh.T         # (units, 4*units)\n"
        "    z = np.dot(x, kernel) + np.dot(h, recurrent_kernel) + (b_ih + b_hh)\n"
        "    z0, z1, z2, z3 = (z[:, k * units:(k + 1) * units] for k in range(4))\n"
        "    i = _hard_safe_sigmoid(z0)\n"
        "    f = _hard_safe_sigmoid(z1)\n"
        "    c_new = f * c + i * np.tanh(z2)\n"
        "    o = _hard_safe_sigmoid(z3)\n"
        "    h_new = o * np.tanh(c_new)\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "cell_ok_priya_buffers",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid_(a):\n"
        '    """In place on a private buffer."""\n'
        "    e = np.exp(-np.abs(a))\n"
        "    pos = a >= 0\n"
        "    a[pos] = 1.0 / (1.0 + e[pos])\n"
        "    a[~pos] = e[~pos] / (1.0 + e[~pos])\n"
        "    return a\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    pre = np.empty((B, 4 * H))\n"
        "    np.matmul(x, W_ih.T, out=pre)\n"
        "    pre += h @ W_hh.T\n"
        "    pre += b_ih\n"
        "    pre += b_hh\n"
        "    i, f, g, o = pre[:, :H], pre[:, H:2 * H], pre[:, 2 * H:3 * H], pre[:, 3 * H:]\n"
        "    sigmoid_(i); sigmoid_(f); np.tanh(g, out=g); sigmoid_(o)\n"
        "    c_next = np.empty((B, H))\n"
        "    np.multiply(f, c, out=c_next)\n"
        "    c_next += i * g\n"
        "    h_next = np.tanh(c_next)\n"
        "    h_next *= o\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_ok_tomas_blocks",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    rows = lambda k: slice(k * H, (k + 1) * H)      # gate k = 0..3, 0-based\n"
        "    W_ii, W_if, W_ig, W_io = (W_ih[rows(k)] for k in range(4))\n"
        "    W_hi, W_hf, W_hg, W_ho = (W_hh[rows(k)] for k in range(4))\n"
        "    b_i, b_f, b_g, b_o = (b_ih[rows(k)] + b_hh[rows(k)] for k in range(4))\n"
        "    i = sigmoid(x @ W_ii.T + h @ W_hi.T + b_i)\n"
        "    f = sigmoid(x @ W_if.T + h @ W_hf.T + b_f)\n"
        "    g = np.tanh(x @ W_ig.T + h @ W_hg.T + b_g)\n"
        "    o = sigmoid(x @ W_io.T + h @ W_ho.T + b_o)\n"
        "    c_t = f * c + i * g\n"
        "    h_t = o * np.tanh(c_t)\n"
        "    return h_t, c_t\n",
    },
    {
        "id": "cell_ok_dmitri_carry",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "def _step(params, carry, x):\n"
        '    """lax.scan-style step: (carry, x) -> (new_carry, y)."""\n'
        "    W_ih, W_hh, b = params\n"
        "    h, c = carry\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b\n"
        "    i, f, g, o = np.split(a, 4, axis=-1)\n"
        "    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "    h = _sigmoid(o) * np.tanh(c)\n"
        "    return (h, c), h\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    (h_next, c_next), _ = _step((W_ih, W_hh, b_ih + b_hh), (h, c), x)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_flax_carry_order_dmitri",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c_next, h_next) (flax's carry order) instead of (h_next, c_next)",
                "must_mention": [
                    {"any": ["order", "swap", "first", "revers", "(h_next, c_next)", "other way"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # carry convention of flax.linen.LSTMCell: (c, h)\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=-1)\n"
        "    new_c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "    new_h = _sigmoid(o) * np.tanh(new_c)\n"
        "    return new_c, new_h\n",
    },
    {
        "id": "cell_no_tanh_h_marta",
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
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(gates[:, 0:H])\n"
        "    f = sigmoid(gates[:, H:2 * H])\n"
        "    g = np.tanh(gates[:, 2 * H:3 * H])\n"
        "    o = sigmoid(gates[:, 3 * H:4 * H])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * c_next          # output gate applied to the cell state\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_old_c_tomas",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h is computed from tanh of the old cell state c_{t-1} (before c is "
                "updated) instead of the new c_t",
                "must_mention": [
                    {
                        "any": [
                            "old",
                            "previous",
                            "new",
                            "updated",
                            "c_next",
                            "c_t",
                            "c_{t-1}",
                            "c_prev",
                            "before",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    return np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + "
        "np.exp(-np.abs(z))))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = np.size(h, 1)\n"
        "    zz = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i_t = sigmoid(zz[:, 0:H])\n"
        "    f_t = sigmoid(zz[:, H:2*H])\n"
        "    g_t = np.tanh(zz[:, 2*H:3*H])\n"
        "    o_t = sigmoid(zz[:, 3*H:4*H])\n"
        "    h_t = o_t * np.tanh(c)\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    return h_t, c_t\n",
    },
    {
        "id": "cell_inplace_c_priya",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "updates c in place (np.multiply(..., out=c), c +=): the caller's c array "
                "is overwritten",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "unchanged",
                            "wrote",
                            "writes",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def _sig(a):\n"
        "    e = np.exp(-np.abs(a))\n"
        "    return np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T\n"
        "    a += h @ W_hh.T\n"
        "    a += b_ih\n"
        "    a += b_hh\n"
        "    i, f, o = _sig(a[:, :H]), _sig(a[:, H:2 * H]), _sig(a[:, 3 * H:])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    # update the state in place: no new (B, H) allocation per step\n"
        "    np.multiply(f, c, out=c)\n"
        "    c += i * g\n"
        "    return o * np.tanh(c), c\n",
    },
    {
        "id": "cell_naive_sigmoid_kenji",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "his own sigmoid is 1/(1+exp(-x)), which overflows (warning) for "
                "pre-activations below about -709",
                "must_mention": [{"any": ["overflow"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(x):\n"
        "    return 1 / (1 + np.exp(-x))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    units = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(z[:, :units])\n"
        "    f = sigmoid(z[:, units:2 * units])\n"
        "    cc = np.tanh(z[:, 2 * units:3 * units])\n"
        "    o = sigmoid(z[:, 3 * units:])\n"
        "    c_new = f * c + i * cc\n"
        "    return o * np.tanh(c_new), c_new\n",
    },
    {
        "id": "cell_forget_slice_raj",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "copy-paste slip: f is read from the input gate's rows 0:H instead of H:2H",
                "must_mention": [
                    "forget",
                    {"any": ["input", "row", "block", "slice", "weight", "i "]},
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, 0:H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_keras_forget_bias_kenji",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "adds Keras's unit forget bias (+1) to the forget pre-activation; "
                "nn.LSTMCell adds nothing",
                "must_mention": ["forget", {"any": ["bias", "+1", "+ 1", "1.0", "offset"]}],
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
        "UNIT_FORGET_BIAS = 1.0   # Keras default (unit_forget_bias=True): remember by "
        "default\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    z[:, H:2 * H] += UNIT_FORGET_BIAS\n"
        "    i, f = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H])\n"
        "    g, o = np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_scan_return_dmitri",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the scan pair ((h, c), h) instead of (h_next, c_next)",
                "must_mention": [
                    {
                        "any": [
                            "tuple",
                            "return",
                            "pair",
                            "carry",
                            "structure",
                            "nested",
                            "(h_next, c_next)",
                            "array",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Step function ready for a scan: returns (carry, output)."""\n'
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=-1)\n"
        "    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "    h = _sigmoid(o) * np.tanh(c)\n"
        "    return (h, c), h\n",
    },
    {
        "id": "cell_tanh_via_sigmoid_olu",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "tanh(z) = 2*sigmoid(2z) - 1, not 2*sigmoid(z) - 1: g and tanh(c) are "
                "wrong",
                "must_mention": [{"any": ["tanh", "2z", "2 * z", "2*z", "2x"]}],
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
        "def _tanh(z):\n"
        "    # tanh from the stable sigmoid (one transcendental kernel for everything)\n"
        "    return 2.0 * sigmoid(z) - 1.0\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]), sigmoid(a[:, 3 * H:])\n"
        "    g = _tanh(a[:, 2 * H:3 * H])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * _tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_matlab_columns_hannah",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "switches to one-example-per-column layout but multiplies by c in its (B, "
                "H) layout without transposing: broadcasting error when B != H, silently "
                "wrong (c transposed) when B == H",
                "must_mention": [
                    {"any": ["transpos", "layout", "orient", "c.T", "(B, H)", "broadcast", "shape"]}
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
        "    # column convention: one example per column, like in my MATLAB code\n"
        "    xc, hc = x.T, h.T                                  # (I, B), (H, B)\n"
        "    A = W_ih @ xc + b_ih[:, None] + W_hh @ hc + b_hh[:, None]   # (4H, B)\n"
        "    H = hc.shape[0]\n"
        "    i = sigmoid(A[0:H, :])\n"
        "    f = sigmoid(A[H:2 * H, :])\n"
        "    g = np.tanh(A[2 * H:3 * H, :])\n"
        "    o = sigmoid(A[3 * H:4 * H, :])\n"
        "    c_new = f * c + i * g                              # (H, B)\n"
        "    h_new = o * np.tanh(c_new)\n"
        "    return h_new.T, c_new.T\n",
    },
    {
        "id": "cell_squeeze_swallow_greg",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "squeezes the inputs, so with a batch of one (B=1) the split on axis 1 "
                "fails, and the bare except then returns the unchanged old state (h, c): "
                "wrong values for B=1 only",
                "must_mention": [
                    {
                        "any": [
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "batch size 1",
                            "batch of 1",
                            "single",
                            "one example",
                            "squeeze",
                            "except",
                            "old state",
                            "previous state",
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
        '    """Defensive version: cleans up the inputs, never crashes a training loop."""\n'
        "    try:\n"
        "        x = np.squeeze(np.asarray(x, dtype=np.float64))\n"
        "        h = np.squeeze(np.asarray(h, dtype=np.float64))\n"
        "        c = np.squeeze(np.asarray(c, dtype=np.float64))\n"
        "        a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "        i, f, g, o = np.split(a, 4, axis=1)\n"
        "        c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "        h_next = sigmoid(o) * np.tanh(c_next)\n"
        "        return h_next, c_next\n"
        "    except Exception:\n"
        "        # keep the previous state rather than crash\n"
        "        return np.atleast_2d(h), np.atleast_2d(c)\n",
    },
    {
        "id": "cell_float32_lars",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "computes in float32: h_next and c_next are float32 (and off by ~1e-7)",
                "must_mention": [{"any": ["float32", "dtype", "float64", "precision"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "_F = np.float32\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    # weights in float32: half the bandwidth (the deployed model is float32 anyway)\n"
        "    Wi, Wh = W_ih.astype(_F), W_hh.astype(_F)\n"
        "    b = (b_ih + b_hh).astype(_F)\n"
        "    a = x.astype(_F) @ Wi.T + h.astype(_F) @ Wh.T + b\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    c_next = f * c.astype(_F) + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_fi_swap_tomas",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "takes f from block 0 and i from block 1: the input and forget gates are "
                "swapped",
                "must_mention": [
                    {"any": ["swap", "order", "input gate", "forget", "block", "rows"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    # forget first, as in Gers et al. and my old course notes\n"
        "    f = sigmoid(z[:, 0:H])\n"
        "    i = sigmoid(z[:, H:2*H])\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    o = sigmoid(z[:, 3*H:4*H])\n"
        "    c_new = f * c + i * g\n"
        "    return o * np.tanh(c_new), c_new\n",
    },
    {
        "id": "cell_coupled_gate_sofia",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "uses (1 - f) * g (coupled input/forget gate) instead of i * g: the input "
                "gate is computed but unused",
                "must_mention": [
                    {
                        "any": [
                            "input gate",
                            "i_t",
                            "i *",
                            "i*",
                            "ignored",
                            "unused",
                            "not used",
                            "coupled",
                            "1 - f",
                            "1-f",
                            "(1 - f)",
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
        "    H = h.shape[-1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(a[..., :H])\n"
        "    f = sigmoid(a[..., H:2 * H])\n"
        "    g = np.tanh(a[..., 2 * H:3 * H])\n"
        "    o = sigmoid(a[..., 3 * H:])\n"
        "    c_next = f * c + (1.0 - f) * g       # what is forgotten is replaced by the "
        "candidate\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_dbl_carry_forgetbias_kenji",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c_next, h_next) instead of (h_next, c_next)",
                "must_mention": [
                    {"any": ["order", "swap", "first", "revers", "(h_next, c_next)", "other way"]}
                ],
            },
            {
                "what": "adds +1 to the forget pre-activation (Keras unit_forget_bias)",
                "must_mention": ["forget", {"any": ["bias", "+1", "+ 1", "1.0", "offset"]}],
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
        "    n = h.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i_g = sigmoid(pre[:, :n])\n"
        "    f_g = sigmoid(pre[:, n:2 * n] + 1.0)   # unit_forget_bias\n"
        "    cand = np.tanh(pre[:, 2 * n:3 * n])\n"
        "    o_g = sigmoid(pre[:, 3 * n:])\n"
        "    c_new = f_g * c + i_g * cand\n"
        "    h_new = o_g * np.tanh(c_new)\n"
        "    return c_new, h_new     # carry = (c, h)\n",
    },
    {
        "id": "cell_dbl_oldc_inplace_priya",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h uses tanh of the old c instead of the new one",
                "must_mention": [
                    {
                        "any": [
                            "old",
                            "previous",
                            "new",
                            "updated",
                            "c_next",
                            "c_t",
                            "c_{t-1}",
                            "c_prev",
                            "before",
                        ]
                    }
                ],
            },
            {
                "what": "updates c in place (c_new = c; c_new *= f): the caller's c is overwritten",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "unchanged",
                            "wrote",
                            "writes",
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
        "    n = h.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i_g = sigmoid(pre[:, :n])\n"
        "    f_g = sigmoid(pre[:, n:2 * n])\n"
        "    cand = np.tanh(pre[:, 2 * n:3 * n])\n"
        "    o_g = sigmoid(pre[:, 3 * n:])\n"
        "    h_new = o_g * np.tanh(c)       # output from the state we enter with\n"
        "    c_new = c                      # reuse the state buffer\n"
        "    c_new *= f_g\n"
        "    c_new += i_g * cand\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "cell_dbl_naive_fiswap_tomas",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "naive sigmoid overflows (warning) for very negative pre-activations",
                "must_mention": [{"any": ["overflow"]}],
            },
            {
                "what": "input and forget gates swapped (f read from block 0, i from block 1)",
                "must_mention": [
                    {"any": ["swap", "order", "input gate", "forget", "block", "rows"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    n = h.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    f_g = sigmoid(pre[:, :n])\n"
        "    i_g = sigmoid(pre[:, n:2 * n])\n"
        "    cand = np.tanh(pre[:, 2 * n:3 * n])\n"
        "    o_g = sigmoid(pre[:, 3 * n:])\n"
        "    c_new = f_g * c + i_g * cand\n"
        "    h_new = o_g * np.tanh(c_new)\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "cell_dbl_f32_notanh_lars",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "rounds the pre-activations to float32 (the float64 sigmoid and o then "
                "upcast the results): errors ~1e-8",
                "must_mention": [{"any": ["float32", "dtype", "float64", "precision"]}],
            },
            {"what": "missing tanh on the new cell state in h", "must_mention": ["tanh"]},
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
        "    n = h.shape[1]\n"
        "    pre = (x @ W_ih.T + h @ W_hh.T + b_ih + b_hh).astype(np.float32)\n"
        "    i_g = sigmoid(pre[:, :n])\n"
        "    f_g = sigmoid(pre[:, n:2 * n])\n"
        "    cand = np.tanh(pre[:, 2 * n:3 * n])\n"
        "    o_g = sigmoid(pre[:, 3 * n:])\n"
        "    c_new = f_g * c + i_g * cand\n"
        "    h_new = o_g * c_new\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "cell_dbl_scan_oldc_dmitri",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the scan pair ((h, c), h) instead of (h_next, c_next)",
                "must_mention": [
                    {
                        "any": [
                            "tuple",
                            "return",
                            "pair",
                            "carry",
                            "structure",
                            "nested",
                            "(h_next, c_next)",
                            "array",
                        ]
                    }
                ],
            },
            {
                "what": "h uses tanh of the old c",
                "must_mention": [
                    {
                        "any": [
                            "old",
                            "previous",
                            "new",
                            "updated",
                            "c_next",
                            "c_t",
                            "c_{t-1}",
                            "c_prev",
                            "before",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "def _step(carry, x, W_ih, W_hh, b):\n"
        "    h, c = carry\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b\n"
        "    i, f, g, o = np.split(a, 4, axis=-1)\n"
        "    c_new = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "    h_new = _sigmoid(o) * np.tanh(c)\n"
        "    return (h_new, c_new), h_new\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    carry, _ = _step((h, c), x, W_ih, W_hh, b_ih + b_hh)\n"
        "    return _step((h, c), x, W_ih, W_hh, b_ih + b_hh)\n",
    },
    {
        "id": "layer_ok_sofia_loop",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "        x = np.swapaxes(x, 0, 1)                 # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs, axis=0)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_ok_wei_precompute",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    X = x.transpose(1, 0, 2) if batch_first else x\n"
        "    T, B, I = X.shape\n"
        "    H = W_hh.shape[1]\n"
        "    # all input projections in one GEMM: (T*B, I) @ (I, 4H)\n"
        "    XP = (X.reshape(T * B, I) @ W_ih.T + b_ih + b_hh).reshape(T, B, 4 * H)\n"
        "    h = np.zeros((B, H)) if h0 is None else h0.copy()\n"
        "    c = np.zeros((B, H)) if c0 is None else c0.copy()\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        a = XP[t] + h @ W_hh.T\n"
        "        i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_ok_dmitri_scan",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "def scan(f, init, xs):\n"
        '    """Minimal lax.scan: carry through xs along axis 0, stack the ys."""\n'
        "    carry, ys = init, []\n"
        "    for x in xs:\n"
        "        carry, y = f(carry, x)\n"
        "        ys.append(y)\n"
        "    return carry, np.stack(ys)\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = np.moveaxis(x, 1, 0) if batch_first else x\n"
        "    B, H = xs.shape[1], W_hh.shape[1]\n"
        "    zeros = np.zeros((B, H))\n"
        "    init = (zeros if h0 is None else h0, zeros if c0 is None else c0)\n"
        "    b = b_ih + b_hh\n"
        "\n"
        "    def step(carry, x_t):\n"
        "        h, c = carry\n"
        "        i, f, g, o = np.split(x_t @ W_ih.T + h @ W_hh.T + b, 4, axis=-1)\n"
        "        c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "        h = _sigmoid(o) * np.tanh(c)\n"
        "        return (h, c), h\n"
        "\n"
        "    (h_n, c_n), ys = scan(step, init, xs)\n"
        "    if batch_first:\n"
        "        ys = np.moveaxis(ys, 0, 1)\n"
        "    return ys, (h_n, c_n)\n",
    },
    {
        "id": "layer_ok_priya_prealloc",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    t_ax = 1 if batch_first else 0\n"
        "    T = x.shape[t_ax]\n"
        "    B = x.shape[1 - t_ax]\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.empty((B, T, H) if batch_first else (T, B, H))\n"
        "    h = np.zeros((B, H))\n"
        "    c = np.zeros((B, H))\n"
        "    if h0 is not None:\n"
        "        h[:] = h0          # copy into my own state buffers\n"
        "    if c0 is not None:\n"
        "        c[:] = c0\n"
        "    for t in range(T):\n"
        "        x_t = x[:, t] if batch_first else x[t]\n"
        "        h_new, c_new = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[:] = h_new\n"
        "        c[:] = c_new\n"
        "        if batch_first:\n"
        "            out[:, t] = h\n"
        "        else:\n"
        "            out[t] = h\n"
        "    return out, (h.copy(), c.copy())\n",
    },
    {
        "id": "layer_none_kenji",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "does not handle h0=None / c0=None: passes None into the step (TypeError) "
                "instead of starting from zeros",
                "must_mention": [{"any": ["None", "zero"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    seq = np.transpose(x, (1, 0, 2)) if batch_first else x\n"
        "    state_h, state_c = h0, c0\n"
        "    sequence = []\n"
        "    for x_t in seq:\n"
        "        state_h, state_c = lstm_cell(x_t, state_h, state_c, W_ih, W_hh, b_ih, b_hh)\n"
        "        sequence.append(state_h)\n"
        "    out = np.array(sequence)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (state_h, state_c)\n",
    },
    {
        "id": "layer_bf_out_marta",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True the input is transposed but out is returned "
                "time-first (T, B, H) instead of (B, T, H)",
                "must_mention": [{"any": ["batch_first", "batch first", "batch-first"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "        x = x.transpose(1, 0, 2)        # the loop wants time first\n"
        "    B, H = x.shape[1], W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    hs = []\n"
        "    for t in range(x.shape[0]):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    return np.stack(hs), (h, c)\n",
    },
    {
        "id": "layer_skip_step0_hannah",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "loops t = 1..T-1 (1-based habit): x_0 is never read and out[0] stays "
                "zero; every later step is shifted",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "first step",
                            "t = 0",
                            "t=0",
                            "x_0",
                            "x[0]",
                            "off-by-one",
                            "off by one",
                            "skip",
                            "out[0]",
                            "first time step",
                            "index 0",
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
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        '    # t = 1 .. T, the initial state is step "0"\n'
        "    for t in range(1, T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_alias_buffer_priya",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends the same state buffer h_buf at every step (then overwrites it in "
                "place): every row of out equals the last hidden state",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "same array",
                            "same object",
                            "same buffer",
                            "copy",
                            "every step",
                            "all steps",
                            "identical",
                            "overwr",
                            "last step",
                            "final",
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
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "        x = x.swapaxes(0, 1)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h_buf = np.zeros((B, H))\n"
        "    c_buf = np.zeros((B, H))\n"
        "    if h0 is not None:\n"
        "        h_buf[...] = h0\n"
        "    if c0 is not None:\n"
        "        c_buf[...] = c0\n"
        "    hs = []\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h_buf, c_buf, W_ih, W_hh, b_ih, b_hh)\n"
        "        h_buf[...] = h_new         # state lives in fixed buffers\n"
        "        c_buf[...] = c_new\n"
        "        hs.append(h_buf)\n"
        "    out = np.stack(hs)\n"
        "    if batch_first:\n"
        "        out = out.swapaxes(0, 1)\n"
        "    return out, (h_buf, c_buf)\n",
    },
    {
        "id": "layer_reshape_bf_hannah",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "uses reshape instead of transpose to switch between (B, T, I) and (T, B, "
                "I): with batch_first=True the time steps and examples are scrambled (when "
                "B > 1 and T > 1)",
                "must_mention": [
                    {
                        "any": [
                            "reshape",
                            "transpos",
                            "swapaxes",
                            "batch_first",
                            "batch first",
                            "scrambl",
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
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "        x = x.reshape(T, B, I)           # time first\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    Y = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        Y[t] = h\n"
        "    if batch_first:\n"
        "        Y = Y.reshape(B, T, H)\n"
        "    return Y, (h, c)\n",
    },
    {
        "id": "layer_c_not_carried_tomas",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "passes c0 to every step instead of the previous step's c: the cell state "
                "is not carried",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "previous",
                            "c0",
                            "c_0",
                            "reset",
                            "c_{t-1}",
                            "pass",
                            "initial cell",
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
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    T, B = x.shape[0], x.shape[1]\n"
        "    H = np.size(W_hh, 1)\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h = h0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c0, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_flat_return_marta",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the flat triple (out, h_n, c_n) (Keras return_state) instead of "
                "(out, (h_n, c_n))",
                "must_mention": [
                    {
                        "any": [
                            "tuple",
                            "structure",
                            "return",
                            "nested",
                            "(h_n, c_n)",
                            "pair",
                            "three",
                            "3",
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
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    B, H = x.shape[1], W_hh.shape[1]\n"
        "    state = [np.zeros((B, H)) if h0 is None else h0, np.zeros((B, H)) if c0 is None "
        "else c0]\n"
        "    whole_sequence = []\n"
        "    for step in x:\n"
        "        state = list(lstm_cell(step, state[0], state[1], W_ih, W_hh, b_ih, b_hh))\n"
        "        whole_sequence.append(state[0])\n"
        "    out = np.stack(whole_sequence)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    # like Keras LSTM(return_sequences=True, return_state=True)\n"
        "    return out, state[0], state[1]\n",
    },
    {
        "id": "layer_stack_axis1_kenji",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "always stacks out as (B, T, H) (Keras's layout), also when "
                "batch_first=False, where (T, B, H) is expected",
                "must_mention": [
                    {
                        "any": [
                            "axis",
                            "batch_first",
                            "batch first",
                            "(T, B",
                            "transpos",
                            "time",
                            "layout",
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
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    steps = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    n_batch, units = steps.shape[1], W_hh.shape[1]\n"
        "    h = np.zeros((n_batch, units)) if h0 is None else h0\n"
        "    c = np.zeros((n_batch, units)) if c0 is None else c0\n"
        "    outputs = []\n"
        "    for x_t in steps:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outputs.append(h)\n"
        "    # (batch, timesteps, units), as return_sequences gives it\n"
        "    out = np.stack(outputs, axis=1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_mutate_h0_priya",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "when h0/c0 are given, the state is written into them (h[...] = ...): the "
                "caller's h0 and c0 are overwritten",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "unchanged",
                            "wrote",
                            "writes",
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
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xt_first = x.swapaxes(0, 1) if batch_first else x\n"
        "    T, B, _ = xt_first.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0     # state buffers (given ones "
        "reused)\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(xt_first[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[...] = h_new\n"
        "        c[...] = c_new\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.swapaxes(0, 1)\n"
        "    return out, (h.copy(), c.copy())\n",
    },
    {
        "id": "layer_reverse_scan_dmitri",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "runs the sequence backwards (scan with reverse=True): reads x_{T-1} "
                "first; everything is wrong except for T = 1",
                "must_mention": [{"any": ["revers", "backward", "order", "direction", "end"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def _sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "def scan(f, init, xs, reverse=False):\n"
        "    carry, ys = init, []\n"
        "    for x in (xs[::-1] if reverse else xs):\n"
        "        carry, y = f(carry, x)\n"
        "        ys.append(y)\n"
        "    return carry, np.stack(ys)\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    B, H = xs.shape[1], W_hh.shape[1]\n"
        "    init = (np.zeros((B, H)) if h0 is None else h0, np.zeros((B, H)) if c0 is None "
        "else c0)\n"
        "\n"
        "    def step(carry, x_t):\n"
        "        h, c = carry\n"
        "        i, f, g, o = np.split(x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh, 4, axis=-1)\n"
        "        c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "        h = _sigmoid(o) * np.tanh(c)\n"
        "        return (h, c), h\n"
        "\n"
        "    # newest input last in the carry -> scan from the end, as in my seq2seq encoder\n"
        "    carry, ys = scan(step, init, xs, reverse=True)\n"
        "    if batch_first:\n"
        "        ys = np.swapaxes(ys, 0, 1)\n"
        "    return ys, carry\n",
    },
    {
        "id": "layer_ignores_h0_greg",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores the given h0, c0 (uses zeros_like of them): always starts from "
                "zeros",
                "must_mention": [{"any": ["h0", "h_0", "initial", "c0", "c_0", "given state"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        '        raise ValueError(f"x must be 3-D, got shape {x.shape}")\n'
        "    if batch_first:\n"
        "        x = np.ascontiguousarray(x.transpose(1, 0, 2))\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    # initial state: shape-safe zeros (h0/c0 only tell us the shape)\n"
        "    h = np.zeros_like(h0) if h0 is not None else np.zeros((B, H))\n"
        "    c = np.zeros_like(c0) if c0 is not None else np.zeros((B, H))\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.ascontiguousarray(out.transpose(1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_squeeze_greg",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze on out drops the time axis when T=1 (and the batch axis when "
                "B=1): wrong shape (or an error with batch_first) for length-1 sequences "
                "or single examples",
                "must_mention": [
                    {
                        "any": [
                            "T=1",
                            "T = 1",
                            "B=1",
                            "B = 1",
                            "squeeze",
                            "single",
                            "one step",
                            "length 1",
                            "size 1",
                            "singleton",
                            "length-1",
                            "batch of one",
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
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    B, H = x.shape[1], W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    hs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.squeeze(np.array(hs))        # tidy: drop the singleton dims\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_double_bias_wei",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "b_hh is added twice: once in the precomputed input projections and again "
                "in the recurrent part",
                "must_mention": [
                    {"any": ["b_hh", "bias"]},
                    {"any": ["twice", "double", "two times", "again"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = x.transpose(1, 0, 2) if batch_first else x\n"
        "    T, B, I = xs.shape\n"
        "    H = W_hh.shape[1]\n"
        "    # input half of every pre-activation at once, both biases folded in\n"
        '    Zx = np.einsum("tbi,gi->tbg", xs, W_ih) + (b_ih + b_hh)\n'
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        z = Zx[t] + h @ W_hh.T + b_hh\n"
        "        i, f = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H])\n"
        "        g, o = np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_precompute_bf_wei",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True, XW[t] indexes the batch axis of the (B, T, 4H) "
                "projections, not time: wrong values (or an error when B != T)",
                "must_mention": [{"any": ["batch_first", "batch first", "batch-first"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    H = W_hh.shape[1]\n"
        "    # input projections for every step in one matmul (works for any leading dims)\n"
        "    XW = x @ W_ih.T + b_ih + b_hh\n"
        "    if batch_first:\n"
        "        B, T = x.shape[0], x.shape[1]\n"
        "    else:\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        a = XW[t] + h @ W_hh.T\n"
        "        i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_dbl_none_bfout_marta",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h0=None / c0=None not handled (None passed to the step)",
                "must_mention": [{"any": ["None", "zero"]}],
            },
            {
                "what": "out not transposed back to (B, T, H) when batch_first=True",
                "must_mention": [{"any": ["batch_first", "batch first", "batch-first"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    h, c = h0, c0\n"
        "    ys = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        ys.append(h)\n"
        "    out = np.stack(ys)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_dbl_skip0_cnotcarried_tomas",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "starts at t = 1 (1-based habit): x_0 never read, out[0] is h0",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "first step",
                            "t = 0",
                            "t=0",
                            "x_0",
                            "x[0]",
                            "off-by-one",
                            "off by one",
                            "skip",
                            "out[0]",
                            "first time step",
                            "index 0",
                        ]
                    }
                ],
            },
            {
                "what": "the new cell state is stored in c_t and never carried: every step starts "
                "from the initial c, and c_n is the initial c",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "previous",
                            "c0",
                            "c_0",
                            "reset",
                            "c_{t-1}",
                            "pass",
                            "initial cell",
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
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    ys = [h]\n"
        "    for t in range(1, T):\n"
        "        h, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        ys.append(h)\n"
        "    out = np.stack(ys)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_dbl_alias_mutate_priya",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends the one reused state buffer at every step: all rows of out equal "
                "the last h",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "same array",
                            "same object",
                            "same buffer",
                            "copy",
                            "every step",
                            "all steps",
                            "identical",
                            "overwr",
                            "last step",
                            "final",
                        ]
                    }
                ],
            },
            {
                "what": "uses the given h0, c0 as its state buffers and writes into them: the "
                "caller's arrays are overwritten",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "unchanged",
                            "wrote",
                            "writes",
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
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "        x = x.swapaxes(0, 1)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h_buf = np.zeros((B, H)) if h0 is None else h0     # reuse the caller's arrays as "
        "buffers\n"
        "    c_buf = np.zeros((B, H)) if c0 is None else c0\n"
        "    ys = []\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h_buf, c_buf, W_ih, W_hh, b_ih, b_hh)\n"
        "        h_buf[...] = h_new            # fixed state buffers, updated in place\n"
        "        c_buf[...] = c_new\n"
        "        ys.append(h_buf)\n"
        "    out = np.stack(ys)\n"
        "    if batch_first:\n"
        "        out = out.swapaxes(0, 1)\n"
        "    return out, (h_buf.copy(), c_buf.copy())\n",
    },
    {
        "id": "layer_dbl_dbias_reverse_wei",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "b_hh added twice (already in the precomputed projections)",
                "must_mention": [
                    {"any": ["b_hh", "bias"]},
                    {"any": ["twice", "double", "two times", "again"]},
                ],
            },
            {
                "what": "iterates time backwards (x_{T-1} first)",
                "must_mention": [{"any": ["revers", "backward", "order", "direction", "end"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    T, B, I = xs.shape\n"
        "    H = W_hh.shape[1]\n"
        "    Zx = (xs.reshape(-1, I) @ W_ih.T).reshape(T, B, 4 * H) + b_ih + b_hh\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in reversed(range(T)):      # newest first\n"
        "        z = Zx[t] + h @ W_hh.T + b_hh\n"
        "        i, f, g, o = np.split(z, 4, axis=1)\n"
        "        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "        h = sigmoid(o) * np.tanh(c)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_dbl_flat_squeeze_greg",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (out, h_n, c_n) flat instead of (out, (h_n, c_n))",
                "must_mention": [
                    {
                        "any": [
                            "tuple",
                            "structure",
                            "return",
                            "nested",
                            "(h_n, c_n)",
                            "pair",
                            "three",
                            "3",
                        ]
                    }
                ],
            },
            {
                "what": "squeezes out: loses the T or B axis when T=1 or B=1",
                "must_mention": [
                    {
                        "any": [
                            "T=1",
                            "T = 1",
                            "B=1",
                            "B = 1",
                            "squeeze",
                            "single",
                            "one step",
                            "length 1",
                            "size 1",
                            "singleton",
                            "length-1",
                            "batch of one",
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
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    ys = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        ys.append(h)\n"
        "    out = np.stack(ys).squeeze()\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, h, c\n",
    },
    {
        "id": "sl_ok_sofia_dict",
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: expected {self.params[name].shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, suffix, reverse):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p["weight_ih" + suffix], p["weight_hh" + suffix]\n'
        '        b = p["bias_ih" + suffix] + p["bias_hh" + suffix] if self.bias else 0.0\n'
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        outs = [None] * T\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], "
        "suffix, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n[row] = h_last\n"
        "                c_n[row] = c_last\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_ok_nadia_cells",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self.cells = []\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else hidden_size * self.D\n"
        "            layer = []\n"
        "            for d in range(self.D):\n"
        "                cell = {\n"
        '                    "weight_ih": rng.uniform(-bound, bound, (4 * hidden_size, '
        "in_k)),\n"
        '                    "weight_hh": rng.uniform(-bound, bound, (4 * hidden_size, '
        "hidden_size)),\n"
        "                }\n"
        "                if bias:\n"
        '                    cell["bias_ih"] = rng.uniform(-bound, bound, 4 * hidden_size)\n'
        '                    cell["bias_hh"] = rng.uniform(-bound, bound, 4 * hidden_size)\n'
        "                layer.append(cell)\n"
        "            self.cells.append(layer)\n"
        "\n"
        "    @staticmethod\n"
        "    def _key(name, k, d):\n"
        '        return f"{name}_l{k}" + ("_reverse" if d == 1 else "")\n'
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for k, layer in enumerate(self.cells):\n"
        "            for d, cell in enumerate(layer):\n"
        "                for name, arr in cell.items():\n"
        "                    sd[self._key(name, k, d)] = arr.astype(np.float64, copy=True)\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = self.state_dict()\n"
        "        if set(state) != set(expected):\n"
        '            raise KeyError(f"keys differ: missing {set(expected) - set(state)}, extra '
        '{set(state) - set(expected)}")\n'
        "        for k, layer in enumerate(self.cells):\n"
        "            for d, cell in enumerate(layer):\n"
        "                for name in list(cell):\n"
        "                    key = self._key(name, k, d)\n"
        "                    arr = np.array(state[key], dtype=np.float64)\n"
        "                    if arr.shape != cell[name].shape:\n"
        '                        raise ValueError(f"{key}: shape {arr.shape}, expected '
        '{cell[name].shape}")\n'
        "                    cell[name] = arr\n"
        "\n"
        "    def _step(self, cell, x, h, c):\n"
        '        a = x @ cell["weight_ih"].T + h @ cell["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + cell["bias_ih"] + cell["bias_hh"]\n'
        "        i, f, g, o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "        h = sigmoid(o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[:2]\n"
        "        H = self.H\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, H)), np.zeros((self.L * self.D, B, "
        "H)))\n"
        "        h0, c0 = hx\n"
        "        hs, cs = [], []\n"
        "        seq = x\n"
        "        for k in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                cell = self.cells[k][d]\n"
        "                h, c = h0[k * self.D + d], c0[k * self.D + d]\n"
        "                ys = np.empty((T, B, H))\n"
        "                order = range(T) if d == 0 else reversed(range(T))\n"
        "                for t in order:\n"
        "                    h, c = self._step(cell, seq[t], h, c)\n"
        "                    ys[t] = h\n"
        "                outs.append(ys)\n"
        "                hs.append(h)\n"
        "                cs.append(c)\n"
        "            seq = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "sl_ok_priya_prealloc",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig_inplace(a):\n"
        "    e = np.exp(-np.abs(a))\n"
        "    np.copyto(a, np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e)))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    GATES = 4\n"
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        self.use_bias, self.batch_first = bias, batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        lim = 1.0 / np.sqrt(hidden_size)\n"
        "        self._p = {}\n"
        "        for name, shape in self._shapes().items():\n"
        "            self._p[name] = rng.uniform(-lim, lim, size=shape)\n"
        "\n"
        "    def _shapes(self):\n"
        "        H, shapes = self.H, {}\n"
        "        for l in range(self.L):\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{l}" + ("_reverse" if d else "")\n'
        "                n_in = self.I if l == 0 else self.D * H\n"
        '                shapes["weight_ih" + sfx] = (4 * H, n_in)\n'
        '                shapes["weight_hh" + sfx] = (4 * H, H)\n'
        "                if self.use_bias:\n"
        '                    shapes["bias_ih" + sfx] = (4 * H,)\n'
        '                    shapes["bias_hh" + sfx] = (4 * H,)\n'
        "        return shapes\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        shapes = self._shapes()\n"
        "        for k in shapes:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k!r}")\n'
        "        for k in state:\n"
        "            if k not in shapes:\n"
        '                raise KeyError(f"unexpected key {k!r}")\n'
        "            if np.shape(state[k]) != shapes[k]:\n"
        '                raise ValueError(f"{k!r}: shape {np.shape(state[k])}, expected '
        '{shapes[k]}")\n'
        "        for k in shapes:\n"
        "            self._p[k] = np.array(state[k], dtype=np.float64, copy=True)\n"
        "\n"
        "    def _run(self, seq, h, c, sfx, reverse, out, col):\n"
        '        """Run one direction over seq (T, B, n_in); write h_t into out[t, :, '
        'col]."""\n'
        "        H = self.H\n"
        '        W_ih, W_hh = self._p["weight_ih" + sfx], self._p["weight_hh" + sfx]\n'
        '        b = self._p["bias_ih" + sfx] + self._p["bias_hh" + sfx] if self.use_bias else '
        "None\n"
        "        T, B = seq.shape[:2]\n"
        "        a = np.empty((B, 4 * H))\n"
        "        tmp = np.empty((B, H))\n"
        "        for s in range(T):\n"
        "            t = T - 1 - s if reverse else s\n"
        "            np.matmul(seq[t], W_ih.T, out=a)\n"
        "            a += h @ W_hh.T\n"
        "            if b is not None:\n"
        "                a += b\n"
        "            i, f, g, o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "            _sig_inplace(i); _sig_inplace(f); np.tanh(g, out=g); _sig_inplace(o)\n"
        "            c *= f\n"
        "            np.multiply(i, g, out=tmp)\n"
        "            c += tmp\n"
        "            np.tanh(c, out=h)\n"
        "            h *= o\n"
        "            out[t, :, col] = h\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        seq = x.swapaxes(0, 1) if self.batch_first else x\n"
        "        T, B = seq.shape[:2]\n"
        "        H, D, L = self.H, self.D, self.L\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        if hx is not None:\n"
        "            h_n[...] = hx[0]          # my state buffers start as copies of hx\n"
        "            c_n[...] = hx[1]\n"
        "        for l in range(L):\n"
        "            out = np.empty((T, B, D * H))\n"
        "            for d in range(D):\n"
        "                r = l * D + d\n"
        '                sfx = f"_l{l}" + ("_reverse" if d else "")\n'
        "                self._run(seq, h_n[r], c_n[r], sfx, d == 1, out, slice(d * H, (d + 1) "
        "* H))\n"
        "            seq = out\n"
        "        if self.batch_first:\n"
        "            seq = seq.swapaxes(0, 1)\n"
        "        return seq, (h_n, c_n)\n",
    },
    {
        "id": "sl_ok_kenji_kernels",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(x):\n"
        "    x = np.asarray(x, dtype=np.float64)\n"
        "    out = np.empty_like(x)\n"
        "    m = x >= 0\n"
        "    out[m] = 1.0 / (1.0 + np.exp(-x[m]))\n"
        "    ex = np.exp(x[~m])\n"
        "    out[~m] = ex / (1.0 + ex)\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.units = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.use_bias = bias\n"
        "        self.batch_first = batch_first\n"
        '        self.directions = ["", "_reverse"] if bidirectional else [""]\n'
        "        rng = np.random.default_rng(seed)\n"
        "        limit = 1 / np.sqrt(hidden_size)\n"
        "        self.weights = {}     # (layer, direction) -> dict of Keras-layout arrays\n"
        "        for layer in range(num_layers):\n"
        "            input_dim = input_size if layer == 0 else hidden_size * "
        "len(self.directions)\n"
        "            for direction in self.directions:\n"
        "                w = {\n"
        '                    "kernel": rng.uniform(-limit, limit, (4 * hidden_size, '
        "input_dim)).T,\n"
        '                    "recurrent_kernel": rng.uniform(-limit, limit, (4 * hidden_size, '
        "hidden_size)).T,\n"
        "                }\n"
        "                if bias:\n"
        '                    w["bias_ih"] = rng.uniform(-limit, limit, 4 * hidden_size)\n'
        '                    w["bias_hh"] = rng.uniform(-limit, limit, 4 * hidden_size)\n'
        "                self.weights[(layer, direction)] = w\n"
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for (layer, direction), w in self.weights.items():\n"
        '            tail = f"_l{layer}{direction}"\n'
        '            sd["weight_ih" + tail] = np.array(w["kernel"].T)\n'
        '            sd["weight_hh" + tail] = np.array(w["recurrent_kernel"].T)\n'
        "            if self.use_bias:\n"
        '                sd["bias_ih" + tail] = np.array(w["bias_ih"])\n'
        '                sd["bias_hh" + tail] = np.array(w["bias_hh"])\n'
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        mine = self.state_dict()\n"
        "        unknown = set(state) - set(mine)\n"
        "        absent = set(mine) - set(state)\n"
        "        if unknown or absent:\n"
        '            raise KeyError(f"unexpected keys {sorted(unknown)}, missing keys '
        '{sorted(absent)}")\n'
        "        for (layer, direction), w in self.weights.items():\n"
        '            tail = f"_l{layer}{direction}"\n'
        '            w["kernel"] = np.array(state["weight_ih" + tail], dtype=np.float64).T\n'
        '            w["recurrent_kernel"] = np.array(state["weight_hh" + tail], '
        "dtype=np.float64).T\n"
        "            if self.use_bias:\n"
        '                w["bias_ih"] = np.array(state["bias_ih" + tail], dtype=np.float64)\n'
        '                w["bias_hh"] = np.array(state["bias_hh" + tail], dtype=np.float64)\n'
        "\n"
        "    def _layer(self, inputs, h, c, w, go_backwards):\n"
        "        units = self.units\n"
        "        timesteps = inputs.shape[0]\n"
        '        bias = w["bias_ih"] + w["bias_hh"] if self.use_bias else np.zeros(4 * units)\n'
        "        outputs = np.zeros((timesteps, inputs.shape[1], units))\n"
        "        order = range(timesteps - 1, -1, -1) if go_backwards else range(timesteps)\n"
        "        for t in order:\n"
        '            z = inputs[t] @ w["kernel"] + h @ w["recurrent_kernel"] + bias\n'
        "            i = sigmoid(z[:, :units])\n"
        "            f = sigmoid(z[:, units:2 * units])\n"
        "            cand = np.tanh(z[:, 2 * units:3 * units])\n"
        "            o = sigmoid(z[:, 3 * units:])\n"
        "            c = f * c + i * cand\n"
        "            h = o * np.tanh(c)\n"
        "            outputs[t] = h        # stays in time order, also when going backwards\n"
        "        return outputs, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        B = x.shape[1]\n"
        "        n_dir = len(self.directions)\n"
        "        rows = self.num_layers * n_dir\n"
        "        if hx is None:\n"
        "            h_0 = c_0 = np.zeros((rows, B, self.units))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_list, c_list = [], []\n"
        "        inputs = x\n"
        "        for layer in range(self.num_layers):\n"
        "            seqs = []\n"
        "            for d, direction in enumerate(self.directions):\n"
        "                r = layer * n_dir + d\n"
        "                seq, h, c = self._layer(inputs, h_0[r], c_0[r], self.weights[(layer, "
        "direction)],\n"
        '                                        go_backwards=(direction == "_reverse"))\n'
        "                seqs.append(seq)\n"
        "                h_list.append(h)\n"
        "                c_list.append(c)\n"
        "            inputs = np.concatenate(seqs, axis=-1)\n"
        "        outputs = inputs\n"
        "        if self.batch_first:\n"
        "            outputs = np.transpose(outputs, (1, 0, 2))\n"
        "        return outputs, (np.stack(h_list), np.stack(c_list))\n",
    },
    {
        "id": "sl_seed_global_greg",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "seeds the legacy global RNG (np.random.seed) and draws from an unseeded "
                "default_rng(): the same seed does not give the same parameters",
                "must_mention": ["seed"],
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
        "        np.random.seed(seed)                  # reproducible\n"
        "        rng = np.random.default_rng()\n"
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: expected {self.params[name].shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, suffix, reverse):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p["weight_ih" + suffix], p["weight_hh" + suffix]\n'
        '        b = p["bias_ih" + suffix] + p["bias_hh" + suffix] if self.bias else 0.0\n'
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        outs = [None] * T\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], "
        "suffix, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n[row] = h_last\n"
        "                c_n[row] = c_last\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_reverse_not_flipped_marta",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are stored in processing order (out[0] "
                "holds the state after x_{T-1}), not put back in time order",
                "must_mention": [
                    {"any": ["revers", "backward"]},
                    {"any": ["time order", "flip", "order", "index", "position", "stored"]},
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: expected {self.params[name].shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, suffix, reverse):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p["weight_ih" + suffix], p["weight_hh" + suffix]\n'
        '        b = p["bias_ih" + suffix] + p["bias_hh" + suffix] if self.bias else 0.0\n'
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        outs = []\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs.append(h)\n"
        "        return np.stack(outs), h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], "
        "suffix, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n[row] = h_last\n"
        "                c_n[row] = c_last\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_reverse_final_last_raj",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n for the reverse direction is taken from out[-1] (its state after "
                "x_{T-1} only) instead of its final state after x_0",
                "must_mention": [
                    {"any": ["revers", "backward"]},
                    {"any": ["final", "h_n", "last", "out[-1]", "out[0]"]},
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: expected {self.params[name].shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, suffix, reverse):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p["weight_ih" + suffix], p["weight_hh" + suffix]\n'
        '        b = p["bias_ih" + suffix] + p["bias_hh" + suffix] if self.bias else 0.0\n'
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        outs = [None] * T\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], "
        "suffix, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n[row] = out_d[-1]          # final state = last output\n"
        "                c_n[row] = c_last\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_rows_direction_major_tomas",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state rows indexed direction-major (d * L + k) instead of layer-major (k "
                "* D + d): h_0/h_n rows are in the wrong order for 2+ layers with both "
                "directions",
                "must_mention": [
                    {
                        "any": [
                            "row",
                            "order",
                            "interleav",
                            "layer by layer",
                            "direction first",
                            "k * D + d",
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
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: expected {self.params[name].shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, suffix, reverse):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p["weight_ih" + suffix], p["weight_hh" + suffix]\n'
        '        b = p["bias_ih" + suffix] + p["bias_hh" + suffix] if self.bias else 0.0\n'
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        outs = [None] * T\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = d * L + layer\n"
        "                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], "
        "suffix, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n[row] = h_last\n"
        "                c_n[row] = c_last\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_layer1_input_h_wei",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layers after the first are built to read H features instead of D * H: "
                "weight_ih_l1 has the wrong shape when bidirectional (keys/shapes check, "
                "load fails)",
                "must_mention": [
                    {
                        "any": [
                            "weight_ih_l1",
                            "shape",
                            "D * H",
                            "2H",
                            "2 * H",
                            "H * D",
                            "input size",
                            "features",
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
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: expected {self.params[name].shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, suffix, reverse):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p["weight_ih" + suffix], p["weight_hh" + suffix]\n'
        '        b = p["bias_ih" + suffix] + p["bias_hh" + suffix] if self.bias else 0.0\n'
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        outs = [None] * T\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], "
        "suffix, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n[row] = h_last\n"
        "                c_n[row] = c_last\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_bf_out_kenji",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True, out is returned time-first instead of (B, T, D*H)",
                "must_mention": [{"any": ["batch_first", "batch first", "batch-first"]}],
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: expected {self.params[name].shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, suffix, reverse):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p["weight_ih" + suffix], p["weight_hh" + suffix]\n'
        '        b = p["bias_ih" + suffix] + p["bias_hh" + suffix] if self.bias else 0.0\n'
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        outs = [None] * T\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], "
        "suffix, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n[row] = h_last\n"
        "                c_n[row] = c_last\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_bias_false_zeros_nadia",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with bias=False the module still has bias_ih/bias_hh entries (zeros) in "
                "its state_dict; nn.LSTM has no bias keys then",
                "must_mention": ["bias", {"any": ["key", "extra", "state_dict", "unexpected"]}],
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                # bias=False: keep the keys, zero the values (simpler forward)\n"
        '                self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=4 * H) if '
        "bias else np.zeros(4 * H)\n"
        '                self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=4 * H) if '
        "bias else np.zeros(4 * H)\n"
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: expected {self.params[name].shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, suffix, reverse):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p["weight_ih" + suffix], p["weight_hh" + suffix]\n'
        '        b = p["bias_ih" + suffix] + p["bias_hh" + suffix] if self.bias else 0.0\n'
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        outs = [None] * T\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], "
        "suffix, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n[row] = h_last\n"
        "                c_n[row] = c_last\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_state_dict_shallow_greg",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns a new dict but the same arrays: changing them changes "
                "the module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "reference",
                            "share",
                            "alias",
                            "view",
                            "same array",
                            "same memory",
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
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        "        return dict(self.params)     # a new dict, as asked\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: expected {self.params[name].shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, suffix, reverse):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p["weight_ih" + suffix], p["weight_hh" + suffix]\n'
        '        b = p["bias_ih" + suffix] + p["bias_hh" + suffix] if self.bias else 0.0\n'
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        outs = [None] * T\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], "
        "suffix, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n[row] = h_last\n"
        "                c_n[row] = c_last\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_load_no_copy_priya",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict keeps references to the given arrays (asarray does not "
                "copy float64): later changes to state change the module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "reference",
                            "share",
                            "alias",
                            "view",
                            "same array",
                            "same memory",
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
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: expected {self.params[name].shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value   # asarray: no copy needed\n"
        "\n"
        "    def _direction(self, x, h, c, suffix, reverse):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p["weight_ih" + suffix], p["weight_hh" + suffix]\n'
        '        b = p["bias_ih" + suffix] + p["bias_hh" + suffix] if self.bias else 0.0\n'
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        outs = [None] * T\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], "
        "suffix, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n[row] = h_last\n"
        "                c_n[row] = c_last\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_hx_ignored_marta",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores hx: always starts from zeros",
                "must_mention": [{"any": ["hx", "h_0", "h0", "initial"]}],
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: expected {self.params[name].shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, suffix, reverse):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p["weight_ih" + suffix], p["weight_hh" + suffix]\n'
        '        b = p["bias_ih" + suffix] + p["bias_hh" + suffix] if self.bias else 0.0\n'
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        outs = [None] * T\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, D, L = self.hidden_size, self.D, self.num_layers\n"
        "        # nn.LSTM starts from zeros\n"
        "        h0 = np.zeros((L * D, B, H))\n"
        "        c0 = np.zeros((L * D, B, H))\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], "
        "suffix, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n[row] = h_last\n"
        "                c_n[row] = c_last\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_reverse_uses_forward_weights_olu",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs with the forward direction's parameters "
                "(_l{k}) instead of the _reverse ones",
                "must_mention": [
                    {"any": ["revers", "backward"]},
                    {"any": ["weight", "param", "_reverse"]},
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: expected {self.params[name].shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, suffix, reverse):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p["weight_ih" + suffix], p["weight_hh" + suffix]\n'
        '        b = p["bias_ih" + suffix] + p["bias_hh" + suffix] if self.bias else 0.0\n'
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        outs = [None] * T\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], "
        'f"_l{layer}", reverse=(d == 1))\n'
        "                outs.append(out_d)\n"
        "                h_n[row] = h_last\n"
        "                c_n[row] = c_last\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_bias_false_keyerror_lars",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the forward pass always reads the bias parameters: with bias=False the "
                "call raises KeyError",
                "must_mention": ["bias"],
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: expected {self.params[name].shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, suffix, reverse):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p["weight_ih" + suffix], p["weight_hh" + suffix]\n'
        '        b = p["bias_ih" + suffix] + p["bias_hh" + suffix]\n'
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        outs = [None] * T\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], "
        "suffix, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n[row] = h_last\n"
        "                c_n[row] = c_last\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_layer_reads_x_marta",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "every layer reads the original input x instead of the previous layer's "
                "output (error or wrong values with 2+ layers)",
                "must_mention": [
                    {
                        "any": [
                            "previous layer",
                            "layer k-1",
                            "layer 0's",
                            "input of layer",
                            "reads x",
                            "layer's output",
                            "output of layer",
                            "stack",
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
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: expected {self.params[name].shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, suffix, reverse):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p["weight_ih" + suffix], p["weight_hh" + suffix]\n'
        '        b = p["bias_ih" + suffix] + p["bias_hh" + suffix] if self.bias else 0.0\n'
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        outs = [None] * T\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], "
        "suffix, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n[row] = h_last\n"
        "                c_n[row] = c_last\n"
        "            layer_out = np.concatenate(outs, axis=2)\n"
        "        out = layer_out\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_keys_one_based_tomas",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "numbers the layers from 1 in the keys (weight_ih_l1 for the first layer) "
                "instead of nn.LSTM's _l0",
                "must_mention": [{"any": ["key", "name"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self.cells = []\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else hidden_size * self.D\n"
        "            layer = []\n"
        "            for d in range(self.D):\n"
        "                cell = {\n"
        '                    "weight_ih": rng.uniform(-bound, bound, (4 * hidden_size, '
        "in_k)),\n"
        '                    "weight_hh": rng.uniform(-bound, bound, (4 * hidden_size, '
        "hidden_size)),\n"
        "                }\n"
        "                if bias:\n"
        '                    cell["bias_ih"] = rng.uniform(-bound, bound, 4 * hidden_size)\n'
        '                    cell["bias_hh"] = rng.uniform(-bound, bound, 4 * hidden_size)\n'
        "                layer.append(cell)\n"
        "            self.cells.append(layer)\n"
        "\n"
        "    @staticmethod\n"
        "    def _key(name, k, d):\n"
        '        return f"{name}_l{k + 1}" + ("_reverse" if d == 1 else "")   # layer 1, 2, '
        "...\n"
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for k, layer in enumerate(self.cells):\n"
        "            for d, cell in enumerate(layer):\n"
        "                for name, arr in cell.items():\n"
        "                    sd[self._key(name, k, d)] = arr.astype(np.float64, copy=True)\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = self.state_dict()\n"
        "        if set(state) != set(expected):\n"
        '            raise KeyError(f"keys differ: missing {set(expected) - set(state)}, extra '
        '{set(state) - set(expected)}")\n'
        "        for k, layer in enumerate(self.cells):\n"
        "            for d, cell in enumerate(layer):\n"
        "                for name in list(cell):\n"
        "                    key = self._key(name, k, d)\n"
        "                    arr = np.array(state[key], dtype=np.float64)\n"
        "                    if arr.shape != cell[name].shape:\n"
        '                        raise ValueError(f"{key}: shape {arr.shape}, expected '
        '{cell[name].shape}")\n'
        "                    cell[name] = arr\n"
        "\n"
        "    def _step(self, cell, x, h, c):\n"
        '        a = x @ cell["weight_ih"].T + h @ cell["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + cell["bias_ih"] + cell["bias_hh"]\n'
        "        i, f, g, o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "        h = sigmoid(o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[:2]\n"
        "        H = self.H\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, H)), np.zeros((self.L * self.D, B, "
        "H)))\n"
        "        h0, c0 = hx\n"
        "        hs, cs = [], []\n"
        "        seq = x\n"
        "        for k in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                cell = self.cells[k][d]\n"
        "                h, c = h0[k * self.D + d], c0[k * self.D + d]\n"
        "                ys = np.empty((T, B, H))\n"
        "                order = range(T) if d == 0 else reversed(range(T))\n"
        "                for t in order:\n"
        "                    h, c = self._step(cell, seq[t], h, c)\n"
        "                    ys[t] = h\n"
        "                outs.append(ys)\n"
        "                hs.append(h)\n"
        "                cs.append(c)\n"
        "            seq = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "sl_rng_per_tensor_greg",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "a fresh default_rng(seed) for every tensor: all tensors of the same shape "
                "get identical values (bias_ih == bias_hh, both directions equal, and "
                "weight_hh's values repeat weight_ih's)",
                "must_mention": [
                    {
                        "any": [
                            "identical",
                            "equal",
                            "same values",
                            "repeat",
                            "rng",
                            "generator",
                            "seed",
                            "correlat",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self.cells = []\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else hidden_size * self.D\n"
        "            layer = []\n"
        "            for d in range(self.D):\n"
        "                draw = lambda shape: np.random.default_rng(seed).uniform(-bound, "
        "bound, shape)\n"
        "                cell = {\n"
        '                    "weight_ih": draw((4 * hidden_size, in_k)),\n'
        '                    "weight_hh": draw((4 * hidden_size, hidden_size)),\n'
        "                }\n"
        "                if bias:\n"
        '                    cell["bias_ih"] = draw(4 * hidden_size)\n'
        '                    cell["bias_hh"] = draw(4 * hidden_size)\n'
        "                layer.append(cell)\n"
        "            self.cells.append(layer)\n"
        "\n"
        "    @staticmethod\n"
        "    def _key(name, k, d):\n"
        '        return f"{name}_l{k}" + ("_reverse" if d == 1 else "")\n'
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for k, layer in enumerate(self.cells):\n"
        "            for d, cell in enumerate(layer):\n"
        "                for name, arr in cell.items():\n"
        "                    sd[self._key(name, k, d)] = arr.astype(np.float64, copy=True)\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = self.state_dict()\n"
        "        if set(state) != set(expected):\n"
        '            raise KeyError(f"keys differ: missing {set(expected) - set(state)}, extra '
        '{set(state) - set(expected)}")\n'
        "        for k, layer in enumerate(self.cells):\n"
        "            for d, cell in enumerate(layer):\n"
        "                for name in list(cell):\n"
        "                    key = self._key(name, k, d)\n"
        "                    arr = np.array(state[key], dtype=np.float64)\n"
        "                    if arr.shape != cell[name].shape:\n"
        '                        raise ValueError(f"{key}: shape {arr.shape}, expected '
        '{cell[name].shape}")\n'
        "                    cell[name] = arr\n"
        "\n"
        "    def _step(self, cell, x, h, c):\n"
        '        a = x @ cell["weight_ih"].T + h @ cell["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + cell["bias_ih"] + cell["bias_hh"]\n'
        "        i, f, g, o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "        h = sigmoid(o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[:2]\n"
        "        H = self.H\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, H)), np.zeros((self.L * self.D, B, "
        "H)))\n"
        "        h0, c0 = hx\n"
        "        hs, cs = [], []\n"
        "        seq = x\n"
        "        for k in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                cell = self.cells[k][d]\n"
        "                h, c = h0[k * self.D + d], c0[k * self.D + d]\n"
        "                ys = np.empty((T, B, H))\n"
        "                order = range(T) if d == 0 else reversed(range(T))\n"
        "                for t in order:\n"
        "                    h, c = self._step(cell, seq[t], h, c)\n"
        "                    ys[t] = h\n"
        "                outs.append(ys)\n"
        "                hs.append(h)\n"
        "                cs.append(c)\n"
        "            seq = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "sl_float32_lars",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "loads the parameters and runs the forward pass in float32: the outputs "
                "are float32, not float64",
                "must_mention": [{"any": ["float32", "dtype", "float64", "precision"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self.cells = []\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else hidden_size * self.D\n"
        "            layer = []\n"
        "            for d in range(self.D):\n"
        "                cell = {\n"
        '                    "weight_ih": rng.uniform(-bound, bound, (4 * hidden_size, '
        "in_k)),\n"
        '                    "weight_hh": rng.uniform(-bound, bound, (4 * hidden_size, '
        "hidden_size)),\n"
        "                }\n"
        "                if bias:\n"
        '                    cell["bias_ih"] = rng.uniform(-bound, bound, 4 * hidden_size)\n'
        '                    cell["bias_hh"] = rng.uniform(-bound, bound, 4 * hidden_size)\n'
        "                layer.append(cell)\n"
        "            self.cells.append(layer)\n"
        "\n"
        "    @staticmethod\n"
        "    def _key(name, k, d):\n"
        '        return f"{name}_l{k}" + ("_reverse" if d == 1 else "")\n'
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for k, layer in enumerate(self.cells):\n"
        "            for d, cell in enumerate(layer):\n"
        "                for name, arr in cell.items():\n"
        "                    sd[self._key(name, k, d)] = arr.astype(np.float64, copy=True)\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = self.state_dict()\n"
        "        if set(state) != set(expected):\n"
        '            raise KeyError(f"keys differ: missing {set(expected) - set(state)}, extra '
        '{set(state) - set(expected)}")\n'
        "        for k, layer in enumerate(self.cells):\n"
        "            for d, cell in enumerate(layer):\n"
        "                for name in list(cell):\n"
        "                    key = self._key(name, k, d)\n"
        "                    arr = np.array(state[key], dtype=np.float32)   # inference in "
        "fp32\n"
        "                    if arr.shape != cell[name].shape:\n"
        '                        raise ValueError(f"{key}: shape {arr.shape}, expected '
        '{cell[name].shape}")\n'
        "                    cell[name] = arr\n"
        "\n"
        "    def _step(self, cell, x, h, c):\n"
        '        a = x @ cell["weight_ih"].T + h @ cell["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + cell["bias_ih"] + cell["bias_hh"]\n'
        "        i, f, g, o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "        h = sigmoid(o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float32)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[:2]\n"
        "        H = self.H\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, H), np.float32), np.zeros((self.L * "
        "self.D, B, H), np.float32))\n"
        "        h0, c0 = hx\n"
        "        hs, cs = [], []\n"
        "        seq = x\n"
        "        for k in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                cell = self.cells[k][d]\n"
        "                h, c = h0[k * self.D + d], c0[k * self.D + d]\n"
        "                ys = np.empty((T, B, H), dtype=np.float32)\n"
        "                order = range(T) if d == 0 else reversed(range(T))\n"
        "                for t in order:\n"
        "                    h, c = self._step(cell, seq[t], h, c)\n"
        "                    ys[t] = h\n"
        "                outs.append(ys)\n"
        "                hs.append(h)\n"
        "                cs.append(c)\n"
        "            seq = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "sl_init_keras_forget_bias_kenji",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initialises the biases Keras-style (zeros, forget block 1) instead of "
                "uniform in [-1/sqrt(H), 1/sqrt(H)]: values outside the bound, bias_hh all "
                "equal",
                "must_mention": [
                    "bias",
                    {
                        "any": [
                            "init",
                            "bound",
                            "uniform",
                            "range",
                            "1/sqrt",
                            "equal",
                            "zero",
                            "outside",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self.cells = []\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else hidden_size * self.D\n"
        "            layer = []\n"
        "            for d in range(self.D):\n"
        "                cell = {\n"
        '                    "weight_ih": rng.uniform(-bound, bound, (4 * hidden_size, '
        "in_k)),\n"
        '                    "weight_hh": rng.uniform(-bound, bound, (4 * hidden_size, '
        "hidden_size)),\n"
        "                }\n"
        "                if bias:\n"
        "                    # Keras: zeros, forget block 1 (unit_forget_bias)\n"
        '                    cell["bias_ih"] = np.zeros(4 * hidden_size)\n'
        '                    cell["bias_ih"][hidden_size:2 * hidden_size] = 1.0\n'
        '                    cell["bias_hh"] = np.zeros(4 * hidden_size)\n'
        "                layer.append(cell)\n"
        "            self.cells.append(layer)\n"
        "\n"
        "    @staticmethod\n"
        "    def _key(name, k, d):\n"
        '        return f"{name}_l{k}" + ("_reverse" if d == 1 else "")\n'
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for k, layer in enumerate(self.cells):\n"
        "            for d, cell in enumerate(layer):\n"
        "                for name, arr in cell.items():\n"
        "                    sd[self._key(name, k, d)] = arr.astype(np.float64, copy=True)\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = self.state_dict()\n"
        "        if set(state) != set(expected):\n"
        '            raise KeyError(f"keys differ: missing {set(expected) - set(state)}, extra '
        '{set(state) - set(expected)}")\n'
        "        for k, layer in enumerate(self.cells):\n"
        "            for d, cell in enumerate(layer):\n"
        "                for name in list(cell):\n"
        "                    key = self._key(name, k, d)\n"
        "                    arr = np.array(state[key], dtype=np.float64)\n"
        "                    if arr.shape != cell[name].shape:\n"
        '                        raise ValueError(f"{key}: shape {arr.shape}, expected '
        '{cell[name].shape}")\n'
        "                    cell[name] = arr\n"
        "\n"
        "    def _step(self, cell, x, h, c):\n"
        '        a = x @ cell["weight_ih"].T + h @ cell["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + cell["bias_ih"] + cell["bias_hh"]\n'
        "        i, f, g, o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "        h = sigmoid(o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[:2]\n"
        "        H = self.H\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, H)), np.zeros((self.L * self.D, B, "
        "H)))\n"
        "        h0, c0 = hx\n"
        "        hs, cs = [], []\n"
        "        seq = x\n"
        "        for k in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                cell = self.cells[k][d]\n"
        "                h, c = h0[k * self.D + d], c0[k * self.D + d]\n"
        "                ys = np.empty((T, B, H))\n"
        "                order = range(T) if d == 0 else reversed(range(T))\n"
        "                for t in order:\n"
        "                    h, c = self._step(cell, seq[t], h, c)\n"
        "                    ys[t] = h\n"
        "                outs.append(ys)\n"
        "                hs.append(h)\n"
        "                cs.append(c)\n"
        "            seq = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "sl_hx_reverse_row_nadia",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from the forward direction's rows of hx (row "
                "k*D) instead of its own (k*D + 1)",
                "must_mention": [
                    {"any": ["row", "initial", "h_0", "hx", "h0"]},
                    {"any": ["revers", "backward"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self.cells = []\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else hidden_size * self.D\n"
        "            layer = []\n"
        "            for d in range(self.D):\n"
        "                cell = {\n"
        '                    "weight_ih": rng.uniform(-bound, bound, (4 * hidden_size, '
        "in_k)),\n"
        '                    "weight_hh": rng.uniform(-bound, bound, (4 * hidden_size, '
        "hidden_size)),\n"
        "                }\n"
        "                if bias:\n"
        '                    cell["bias_ih"] = rng.uniform(-bound, bound, 4 * hidden_size)\n'
        '                    cell["bias_hh"] = rng.uniform(-bound, bound, 4 * hidden_size)\n'
        "                layer.append(cell)\n"
        "            self.cells.append(layer)\n"
        "\n"
        "    @staticmethod\n"
        "    def _key(name, k, d):\n"
        '        return f"{name}_l{k}" + ("_reverse" if d == 1 else "")\n'
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for k, layer in enumerate(self.cells):\n"
        "            for d, cell in enumerate(layer):\n"
        "                for name, arr in cell.items():\n"
        "                    sd[self._key(name, k, d)] = arr.astype(np.float64, copy=True)\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = self.state_dict()\n"
        "        if set(state) != set(expected):\n"
        '            raise KeyError(f"keys differ: missing {set(expected) - set(state)}, extra '
        '{set(state) - set(expected)}")\n'
        "        for k, layer in enumerate(self.cells):\n"
        "            for d, cell in enumerate(layer):\n"
        "                for name in list(cell):\n"
        "                    key = self._key(name, k, d)\n"
        "                    arr = np.array(state[key], dtype=np.float64)\n"
        "                    if arr.shape != cell[name].shape:\n"
        '                        raise ValueError(f"{key}: shape {arr.shape}, expected '
        '{cell[name].shape}")\n'
        "                    cell[name] = arr\n"
        "\n"
        "    def _step(self, cell, x, h, c):\n"
        '        a = x @ cell["weight_ih"].T + h @ cell["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + cell["bias_ih"] + cell["bias_hh"]\n'
        "        i, f, g, o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "        h = sigmoid(o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[:2]\n"
        "        H = self.H\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, H)), np.zeros((self.L * self.D, B, "
        "H)))\n"
        "        h0, c0 = hx\n"
        "        hs, cs = [], []\n"
        "        seq = x\n"
        "        for k in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                cell = self.cells[k][d]\n"
        "                h, c = h0[k * self.D], c0[k * self.D]          # initial state of "
        "layer k\n"
        "                ys = np.empty((T, B, H))\n"
        "                order = range(T) if d == 0 else reversed(range(T))\n"
        "                for t in order:\n"
        "                    h, c = self._step(cell, seq[t], h, c)\n"
        "                    ys[t] = h\n"
        "                outs.append(ys)\n"
        "                hs.append(h)\n"
        "                cs.append(c)\n"
        "            seq = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "sl_out_buffer_reused_priya",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the output buffer is cached on the module and reused: a second call with "
                "the same shapes overwrites the out returned by the first",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "share",
                            "same memory",
                            "buffer",
                            "overwr",
                            "view",
                            "reuse",
                            "same array",
                            "later call",
                            "next call",
                            "second call",
                            "copy",
                            "copies",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig_inplace(a):\n"
        "    e = np.exp(-np.abs(a))\n"
        "    np.copyto(a, np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e)))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    GATES = 4\n"
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        self.use_bias, self.batch_first = bias, batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        lim = 1.0 / np.sqrt(hidden_size)\n"
        "        self._p = {}\n"
        "        for name, shape in self._shapes().items():\n"
        "            self._p[name] = rng.uniform(-lim, lim, size=shape)\n"
        "\n"
        "    def _shapes(self):\n"
        "        H, shapes = self.H, {}\n"
        "        for l in range(self.L):\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{l}" + ("_reverse" if d else "")\n'
        "                n_in = self.I if l == 0 else self.D * H\n"
        '                shapes["weight_ih" + sfx] = (4 * H, n_in)\n'
        '                shapes["weight_hh" + sfx] = (4 * H, H)\n'
        "                if self.use_bias:\n"
        '                    shapes["bias_ih" + sfx] = (4 * H,)\n'
        '                    shapes["bias_hh" + sfx] = (4 * H,)\n'
        "        return shapes\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        shapes = self._shapes()\n"
        "        for k in shapes:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k!r}")\n'
        "        for k in state:\n"
        "            if k not in shapes:\n"
        '                raise KeyError(f"unexpected key {k!r}")\n'
        "            if np.shape(state[k]) != shapes[k]:\n"
        '                raise ValueError(f"{k!r}: shape {np.shape(state[k])}, expected '
        '{shapes[k]}")\n'
        "        for k in shapes:\n"
        "            self._p[k] = np.array(state[k], dtype=np.float64, copy=True)\n"
        "\n"
        "    def _run(self, seq, h, c, sfx, reverse, out, col):\n"
        '        """Run one direction over seq (T, B, n_in); write h_t into out[t, :, '
        'col]."""\n'
        "        H = self.H\n"
        '        W_ih, W_hh = self._p["weight_ih" + sfx], self._p["weight_hh" + sfx]\n'
        '        b = self._p["bias_ih" + sfx] + self._p["bias_hh" + sfx] if self.use_bias else '
        "None\n"
        "        T, B = seq.shape[:2]\n"
        "        a = np.empty((B, 4 * H))\n"
        "        tmp = np.empty((B, H))\n"
        "        for s in range(T):\n"
        "            t = T - 1 - s if reverse else s\n"
        "            np.matmul(seq[t], W_ih.T, out=a)\n"
        "            a += h @ W_hh.T\n"
        "            if b is not None:\n"
        "                a += b\n"
        "            i, f, g, o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "            _sig_inplace(i); _sig_inplace(f); np.tanh(g, out=g); _sig_inplace(o)\n"
        "            c *= f\n"
        "            np.multiply(i, g, out=tmp)\n"
        "            c += tmp\n"
        "            np.tanh(c, out=h)\n"
        "            h *= o\n"
        "            out[t, :, col] = h\n"
        "\n"
        "    def _out_buffer(self, l, shape):\n"
        "        # one output buffer per layer and shape, kept between calls (no allocation "
        "per call)\n"
        '        cache = self.__dict__.setdefault("_bufs", {})\n'
        "        if (l, shape) not in cache:\n"
        "            cache[(l, shape)] = np.empty(shape)\n"
        "        return cache[(l, shape)]\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        seq = x.swapaxes(0, 1) if self.batch_first else x\n"
        "        T, B = seq.shape[:2]\n"
        "        H, D, L = self.H, self.D, self.L\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        if hx is not None:\n"
        "            h_n[...] = hx[0]          # my state buffers start as copies of hx\n"
        "            c_n[...] = hx[1]\n"
        "        for l in range(L):\n"
        "            out = self._out_buffer(l, (T, B, D * H))\n"
        "            for d in range(D):\n"
        "                r = l * D + d\n"
        '                sfx = f"_l{l}" + ("_reverse" if d else "")\n'
        "                self._run(seq, h_n[r], c_n[r], sfx, d == 1, out, slice(d * H, (d + 1) "
        "* H))\n"
        "            seq = out\n"
        "        if self.batch_first:\n"
        "            seq = seq.swapaxes(0, 1)\n"
        "        return seq, (h_n, c_n)\n",
    },
    {
        "id": "sl_hx_written_priya",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "uses the given hx arrays as its state buffers and updates them in place: "
                "the caller's h_0, c_0 are overwritten",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "unchanged",
                            "wrote",
                            "writes",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig_inplace(a):\n"
        "    e = np.exp(-np.abs(a))\n"
        "    np.copyto(a, np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e)))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    GATES = 4\n"
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        self.use_bias, self.batch_first = bias, batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        lim = 1.0 / np.sqrt(hidden_size)\n"
        "        self._p = {}\n"
        "        for name, shape in self._shapes().items():\n"
        "            self._p[name] = rng.uniform(-lim, lim, size=shape)\n"
        "\n"
        "    def _shapes(self):\n"
        "        H, shapes = self.H, {}\n"
        "        for l in range(self.L):\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{l}" + ("_reverse" if d else "")\n'
        "                n_in = self.I if l == 0 else self.D * H\n"
        '                shapes["weight_ih" + sfx] = (4 * H, n_in)\n'
        '                shapes["weight_hh" + sfx] = (4 * H, H)\n'
        "                if self.use_bias:\n"
        '                    shapes["bias_ih" + sfx] = (4 * H,)\n'
        '                    shapes["bias_hh" + sfx] = (4 * H,)\n'
        "        return shapes\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        shapes = self._shapes()\n"
        "        for k in shapes:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k!r}")\n'
        "        for k in state:\n"
        "            if k not in shapes:\n"
        '                raise KeyError(f"unexpected key {k!r}")\n'
        "            if np.shape(state[k]) != shapes[k]:\n"
        '                raise ValueError(f"{k!r}: shape {np.shape(state[k])}, expected '
        '{shapes[k]}")\n'
        "        for k in shapes:\n"
        "            self._p[k] = np.array(state[k], dtype=np.float64, copy=True)\n"
        "\n"
        "    def _run(self, seq, h, c, sfx, reverse, out, col):\n"
        '        """Run one direction over seq (T, B, n_in); write h_t into out[t, :, '
        'col]."""\n'
        "        H = self.H\n"
        '        W_ih, W_hh = self._p["weight_ih" + sfx], self._p["weight_hh" + sfx]\n'
        '        b = self._p["bias_ih" + sfx] + self._p["bias_hh" + sfx] if self.use_bias else '
        "None\n"
        "        T, B = seq.shape[:2]\n"
        "        a = np.empty((B, 4 * H))\n"
        "        tmp = np.empty((B, H))\n"
        "        for s in range(T):\n"
        "            t = T - 1 - s if reverse else s\n"
        "            np.matmul(seq[t], W_ih.T, out=a)\n"
        "            a += h @ W_hh.T\n"
        "            if b is not None:\n"
        "                a += b\n"
        "            i, f, g, o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "            _sig_inplace(i); _sig_inplace(f); np.tanh(g, out=g); _sig_inplace(o)\n"
        "            c *= f\n"
        "            np.multiply(i, g, out=tmp)\n"
        "            c += tmp\n"
        "            np.tanh(c, out=h)\n"
        "            h *= o\n"
        "            out[t, :, col] = h\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        seq = x.swapaxes(0, 1) if self.batch_first else x\n"
        "        T, B = seq.shape[:2]\n"
        "        H, D, L = self.H, self.D, self.L\n"
        "        if hx is not None:\n"
        "            h_n, c_n = hx             # work directly in the caller's state arrays\n"
        "        else:\n"
        "            h_n = np.zeros((L * D, B, H))\n"
        "            c_n = np.zeros((L * D, B, H))\n"
        "        for l in range(L):\n"
        "            out = np.empty((T, B, D * H))\n"
        "            for d in range(D):\n"
        "                r = l * D + d\n"
        '                sfx = f"_l{l}" + ("_reverse" if d else "")\n'
        "                self._run(seq, h_n[r], c_n[r], sfx, d == 1, out, slice(d * H, (d + 1) "
        "* H))\n"
        "            seq = out\n"
        "        if self.batch_first:\n"
        "            seq = seq.swapaxes(0, 1)\n"
        "        return seq, (h_n, c_n)\n",
    },
    {
        "id": "sl_bound_inputsize_hannah",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "draws each tensor in [-1/sqrt(fan_in), 1/sqrt(fan_in)] (fan_in = I for "
                "weight_ih, 4H for the biases) instead of 1/sqrt(H): values exceed the "
                "bound when I < H",
                "must_mention": [
                    {"any": ["bound", "1/sqrt", "range", "uniform", "init", "hidden_size", "fan"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig_inplace(a):\n"
        "    e = np.exp(-np.abs(a))\n"
        "    np.copyto(a, np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e)))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    GATES = 4\n"
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        self.use_bias, self.batch_first = bias, batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        self._p = {}\n"
        "        for name, shape in self._shapes().items():\n"
        "            lim = 1.0 / np.sqrt(shape[-1])      # fan-in, as in MATLAB's "
        "initializers\n"
        "            self._p[name] = rng.uniform(-lim, lim, size=shape)\n"
        "\n"
        "    def _shapes(self):\n"
        "        H, shapes = self.H, {}\n"
        "        for l in range(self.L):\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{l}" + ("_reverse" if d else "")\n'
        "                n_in = self.I if l == 0 else self.D * H\n"
        '                shapes["weight_ih" + sfx] = (4 * H, n_in)\n'
        '                shapes["weight_hh" + sfx] = (4 * H, H)\n'
        "                if self.use_bias:\n"
        '                    shapes["bias_ih" + sfx] = (4 * H,)\n'
        '                    shapes["bias_hh" + sfx] = (4 * H,)\n'
        "        return shapes\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        shapes = self._shapes()\n"
        "        for k in shapes:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k!r}")\n'
        "        for k in state:\n"
        "            if k not in shapes:\n"
        '                raise KeyError(f"unexpected key {k!r}")\n'
        "            if np.shape(state[k]) != shapes[k]:\n"
        '                raise ValueError(f"{k!r}: shape {np.shape(state[k])}, expected '
        '{shapes[k]}")\n'
        "        for k in shapes:\n"
        "            self._p[k] = np.array(state[k], dtype=np.float64, copy=True)\n"
        "\n"
        "    def _run(self, seq, h, c, sfx, reverse, out, col):\n"
        '        """Run one direction over seq (T, B, n_in); write h_t into out[t, :, '
        'col]."""\n'
        "        H = self.H\n"
        '        W_ih, W_hh = self._p["weight_ih" + sfx], self._p["weight_hh" + sfx]\n'
        '        b = self._p["bias_ih" + sfx] + self._p["bias_hh" + sfx] if self.use_bias else '
        "None\n"
        "        T, B = seq.shape[:2]\n"
        "        a = np.empty((B, 4 * H))\n"
        "        tmp = np.empty((B, H))\n"
        "        for s in range(T):\n"
        "            t = T - 1 - s if reverse else s\n"
        "            np.matmul(seq[t], W_ih.T, out=a)\n"
        "            a += h @ W_hh.T\n"
        "            if b is not None:\n"
        "                a += b\n"
        "            i, f, g, o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "            _sig_inplace(i); _sig_inplace(f); np.tanh(g, out=g); _sig_inplace(o)\n"
        "            c *= f\n"
        "            np.multiply(i, g, out=tmp)\n"
        "            c += tmp\n"
        "            np.tanh(c, out=h)\n"
        "            h *= o\n"
        "            out[t, :, col] = h\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        seq = x.swapaxes(0, 1) if self.batch_first else x\n"
        "        T, B = seq.shape[:2]\n"
        "        H, D, L = self.H, self.D, self.L\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        if hx is not None:\n"
        "            h_n[...] = hx[0]          # my state buffers start as copies of hx\n"
        "            c_n[...] = hx[1]\n"
        "        for l in range(L):\n"
        "            out = np.empty((T, B, D * H))\n"
        "            for d in range(D):\n"
        "                r = l * D + d\n"
        '                sfx = f"_l{l}" + ("_reverse" if d else "")\n'
        "                self._run(seq, h_n[r], c_n[r], sfx, d == 1, out, slice(d * H, (d + 1) "
        "* H))\n"
        "            seq = out\n"
        "        if self.batch_first:\n"
        "            seq = seq.swapaxes(0, 1)\n"
        "        return seq, (h_n, c_n)\n",
    },
    {
        "id": "sl_state_dict_views_kenji",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns .T views of the stored kernels: writing into the "
                "returned arrays changes the module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "reference",
                            "share",
                            "alias",
                            "view",
                            "same array",
                            "same memory",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(x):\n"
        "    x = np.asarray(x, dtype=np.float64)\n"
        "    out = np.empty_like(x)\n"
        "    m = x >= 0\n"
        "    out[m] = 1.0 / (1.0 + np.exp(-x[m]))\n"
        "    ex = np.exp(x[~m])\n"
        "    out[~m] = ex / (1.0 + ex)\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.units = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.use_bias = bias\n"
        "        self.batch_first = batch_first\n"
        '        self.directions = ["", "_reverse"] if bidirectional else [""]\n'
        "        rng = np.random.default_rng(seed)\n"
        "        limit = 1 / np.sqrt(hidden_size)\n"
        "        self.weights = {}     # (layer, direction) -> dict of Keras-layout arrays\n"
        "        for layer in range(num_layers):\n"
        "            input_dim = input_size if layer == 0 else hidden_size * "
        "len(self.directions)\n"
        "            for direction in self.directions:\n"
        "                w = {\n"
        '                    "kernel": rng.uniform(-limit, limit, (4 * hidden_size, '
        "input_dim)).T,\n"
        '                    "recurrent_kernel": rng.uniform(-limit, limit, (4 * hidden_size, '
        "hidden_size)).T,\n"
        "                }\n"
        "                if bias:\n"
        '                    w["bias_ih"] = rng.uniform(-limit, limit, 4 * hidden_size)\n'
        '                    w["bias_hh"] = rng.uniform(-limit, limit, 4 * hidden_size)\n'
        "                self.weights[(layer, direction)] = w\n"
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for (layer, direction), w in self.weights.items():\n"
        '            tail = f"_l{layer}{direction}"\n'
        '            sd["weight_ih" + tail] = w["kernel"].T            # back to PyTorch '
        "layout\n"
        '            sd["weight_hh" + tail] = w["recurrent_kernel"].T\n'
        "            if self.use_bias:\n"
        '                sd["bias_ih" + tail] = np.array(w["bias_ih"])\n'
        '                sd["bias_hh" + tail] = np.array(w["bias_hh"])\n'
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        mine = self.state_dict()\n"
        "        unknown = set(state) - set(mine)\n"
        "        absent = set(mine) - set(state)\n"
        "        if unknown or absent:\n"
        '            raise KeyError(f"unexpected keys {sorted(unknown)}, missing keys '
        '{sorted(absent)}")\n'
        "        for (layer, direction), w in self.weights.items():\n"
        '            tail = f"_l{layer}{direction}"\n'
        '            w["kernel"] = np.array(state["weight_ih" + tail], dtype=np.float64).T\n'
        '            w["recurrent_kernel"] = np.array(state["weight_hh" + tail], '
        "dtype=np.float64).T\n"
        "            if self.use_bias:\n"
        '                w["bias_ih"] = np.array(state["bias_ih" + tail], dtype=np.float64)\n'
        '                w["bias_hh"] = np.array(state["bias_hh" + tail], dtype=np.float64)\n'
        "\n"
        "    def _layer(self, inputs, h, c, w, go_backwards):\n"
        "        units = self.units\n"
        "        timesteps = inputs.shape[0]\n"
        '        bias = w["bias_ih"] + w["bias_hh"] if self.use_bias else np.zeros(4 * units)\n'
        "        outputs = np.zeros((timesteps, inputs.shape[1], units))\n"
        "        order = range(timesteps - 1, -1, -1) if go_backwards else range(timesteps)\n"
        "        for t in order:\n"
        '            z = inputs[t] @ w["kernel"] + h @ w["recurrent_kernel"] + bias\n'
        "            i = sigmoid(z[:, :units])\n"
        "            f = sigmoid(z[:, units:2 * units])\n"
        "            cand = np.tanh(z[:, 2 * units:3 * units])\n"
        "            o = sigmoid(z[:, 3 * units:])\n"
        "            c = f * c + i * cand\n"
        "            h = o * np.tanh(c)\n"
        "            outputs[t] = h        # stays in time order, also when going backwards\n"
        "        return outputs, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        B = x.shape[1]\n"
        "        n_dir = len(self.directions)\n"
        "        rows = self.num_layers * n_dir\n"
        "        if hx is None:\n"
        "            h_0 = c_0 = np.zeros((rows, B, self.units))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_list, c_list = [], []\n"
        "        inputs = x\n"
        "        for layer in range(self.num_layers):\n"
        "            seqs = []\n"
        "            for d, direction in enumerate(self.directions):\n"
        "                r = layer * n_dir + d\n"
        "                seq, h, c = self._layer(inputs, h_0[r], c_0[r], self.weights[(layer, "
        "direction)],\n"
        '                                        go_backwards=(direction == "_reverse"))\n'
        "                seqs.append(seq)\n"
        "                h_list.append(h)\n"
        "                c_list.append(c)\n"
        "            inputs = np.concatenate(seqs, axis=-1)\n"
        "        outputs = inputs\n"
        "        if self.batch_first:\n"
        "            outputs = np.transpose(outputs, (1, 0, 2))\n"
        "        return outputs, (np.stack(h_list), np.stack(c_list))\n",
    },
    {
        "id": "sl_load_reshape_kenji",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict reshapes (4H, I) to the Keras (I, 4H) layout instead of "
                "transposing: loaded weights scrambled, outputs wrong",
                "must_mention": [{"any": ["transpos", "reshape", "load", "layout"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(x):\n"
        "    x = np.asarray(x, dtype=np.float64)\n"
        "    out = np.empty_like(x)\n"
        "    m = x >= 0\n"
        "    out[m] = 1.0 / (1.0 + np.exp(-x[m]))\n"
        "    ex = np.exp(x[~m])\n"
        "    out[~m] = ex / (1.0 + ex)\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.units = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.use_bias = bias\n"
        "        self.batch_first = batch_first\n"
        '        self.directions = ["", "_reverse"] if bidirectional else [""]\n'
        "        rng = np.random.default_rng(seed)\n"
        "        limit = 1 / np.sqrt(hidden_size)\n"
        "        self.weights = {}     # (layer, direction) -> dict of Keras-layout arrays\n"
        "        for layer in range(num_layers):\n"
        "            input_dim = input_size if layer == 0 else hidden_size * "
        "len(self.directions)\n"
        "            for direction in self.directions:\n"
        "                w = {\n"
        '                    "kernel": rng.uniform(-limit, limit, (4 * hidden_size, '
        "input_dim)).T,\n"
        '                    "recurrent_kernel": rng.uniform(-limit, limit, (4 * hidden_size, '
        "hidden_size)).T,\n"
        "                }\n"
        "                if bias:\n"
        '                    w["bias_ih"] = rng.uniform(-limit, limit, 4 * hidden_size)\n'
        '                    w["bias_hh"] = rng.uniform(-limit, limit, 4 * hidden_size)\n'
        "                self.weights[(layer, direction)] = w\n"
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for (layer, direction), w in self.weights.items():\n"
        '            tail = f"_l{layer}{direction}"\n'
        '            sd["weight_ih" + tail] = np.array(w["kernel"].T)\n'
        '            sd["weight_hh" + tail] = np.array(w["recurrent_kernel"].T)\n'
        "            if self.use_bias:\n"
        '                sd["bias_ih" + tail] = np.array(w["bias_ih"])\n'
        '                sd["bias_hh" + tail] = np.array(w["bias_hh"])\n'
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        mine = self.state_dict()\n"
        "        unknown = set(state) - set(mine)\n"
        "        absent = set(mine) - set(state)\n"
        "        if unknown or absent:\n"
        '            raise KeyError(f"unexpected keys {sorted(unknown)}, missing keys '
        '{sorted(absent)}")\n'
        "        for (layer, direction), w in self.weights.items():\n"
        '            tail = f"_l{layer}{direction}"\n'
        '            w["kernel"] = np.array(state["weight_ih" + tail], '
        'dtype=np.float64).reshape(w["kernel"].shape)\n'
        '            w["recurrent_kernel"] = np.array(state["weight_hh" + tail], '
        "dtype=np.float64).reshape(\n"
        '                w["recurrent_kernel"].shape)\n'
        "            if self.use_bias:\n"
        '                w["bias_ih"] = np.array(state["bias_ih" + tail], dtype=np.float64)\n'
        '                w["bias_hh"] = np.array(state["bias_hh" + tail], dtype=np.float64)\n'
        "\n"
        "    def _layer(self, inputs, h, c, w, go_backwards):\n"
        "        units = self.units\n"
        "        timesteps = inputs.shape[0]\n"
        '        bias = w["bias_ih"] + w["bias_hh"] if self.use_bias else np.zeros(4 * units)\n'
        "        outputs = np.zeros((timesteps, inputs.shape[1], units))\n"
        "        order = range(timesteps - 1, -1, -1) if go_backwards else range(timesteps)\n"
        "        for t in order:\n"
        '            z = inputs[t] @ w["kernel"] + h @ w["recurrent_kernel"] + bias\n'
        "            i = sigmoid(z[:, :units])\n"
        "            f = sigmoid(z[:, units:2 * units])\n"
        "            cand = np.tanh(z[:, 2 * units:3 * units])\n"
        "            o = sigmoid(z[:, 3 * units:])\n"
        "            c = f * c + i * cand\n"
        "            h = o * np.tanh(c)\n"
        "            outputs[t] = h        # stays in time order, also when going backwards\n"
        "        return outputs, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        B = x.shape[1]\n"
        "        n_dir = len(self.directions)\n"
        "        rows = self.num_layers * n_dir\n"
        "        if hx is None:\n"
        "            h_0 = c_0 = np.zeros((rows, B, self.units))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_list, c_list = [], []\n"
        "        inputs = x\n"
        "        for layer in range(self.num_layers):\n"
        "            seqs = []\n"
        "            for d, direction in enumerate(self.directions):\n"
        "                r = layer * n_dir + d\n"
        "                seq, h, c = self._layer(inputs, h_0[r], c_0[r], self.weights[(layer, "
        "direction)],\n"
        '                                        go_backwards=(direction == "_reverse"))\n'
        "                seqs.append(seq)\n"
        "                h_list.append(h)\n"
        "                c_list.append(c)\n"
        "            inputs = np.concatenate(seqs, axis=-1)\n"
        "        outputs = inputs\n"
        "        if self.batch_first:\n"
        "            outputs = np.transpose(outputs, (1, 0, 2))\n"
        "        return outputs, (np.stack(h_list), np.stack(c_list))\n",
    },
    {
        "id": "sl_fused_bias_kenji",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "keeps one fused Keras bias: the initial state_dict has bias_hh all zeros "
                "(not drawn from the uniform distribution, all values equal)",
                "must_mention": [
                    "bias_hh",
                    {"any": ["zero", "equal", "init", "uniform", "constant", "drawn", "same"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(x):\n"
        "    x = np.asarray(x, dtype=np.float64)\n"
        "    out = np.empty_like(x)\n"
        "    m = x >= 0\n"
        "    out[m] = 1.0 / (1.0 + np.exp(-x[m]))\n"
        "    ex = np.exp(x[~m])\n"
        "    out[~m] = ex / (1.0 + ex)\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.units = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.use_bias = bias\n"
        "        self.batch_first = batch_first\n"
        '        self.directions = ["", "_reverse"] if bidirectional else [""]\n'
        "        rng = np.random.default_rng(seed)\n"
        "        limit = 1 / np.sqrt(hidden_size)\n"
        "        self.weights = {}     # (layer, direction) -> dict of Keras-layout arrays\n"
        "        for layer in range(num_layers):\n"
        "            input_dim = input_size if layer == 0 else hidden_size * "
        "len(self.directions)\n"
        "            for direction in self.directions:\n"
        "                w = {\n"
        '                    "kernel": rng.uniform(-limit, limit, (4 * hidden_size, '
        "input_dim)).T,\n"
        '                    "recurrent_kernel": rng.uniform(-limit, limit, (4 * hidden_size, '
        "hidden_size)).T,\n"
        "                }\n"
        "                if bias:\n"
        '                    w["bias"] = rng.uniform(-limit, limit, 4 * hidden_size)  # one '
        "bias, as in Keras\n"
        "                self.weights[(layer, direction)] = w\n"
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for (layer, direction), w in self.weights.items():\n"
        '            tail = f"_l{layer}{direction}"\n'
        '            sd["weight_ih" + tail] = np.array(w["kernel"].T)\n'
        '            sd["weight_hh" + tail] = np.array(w["recurrent_kernel"].T)\n'
        "            if self.use_bias:\n"
        '                sd["bias_ih" + tail] = np.array(w["bias"])\n'
        '                sd["bias_hh" + tail] = np.zeros_like(w["bias"])     # folded into '
        "bias_ih\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        mine = self.state_dict()\n"
        "        unknown = set(state) - set(mine)\n"
        "        absent = set(mine) - set(state)\n"
        "        if unknown or absent:\n"
        '            raise KeyError(f"unexpected keys {sorted(unknown)}, missing keys '
        '{sorted(absent)}")\n'
        "        for (layer, direction), w in self.weights.items():\n"
        '            tail = f"_l{layer}{direction}"\n'
        '            w["kernel"] = np.array(state["weight_ih" + tail], dtype=np.float64).T\n'
        '            w["recurrent_kernel"] = np.array(state["weight_hh" + tail], '
        "dtype=np.float64).T\n"
        "            if self.use_bias:\n"
        '                w["bias"] = np.array(state["bias_ih" + tail], dtype=np.float64) + '
        'state["bias_hh" + tail]\n'
        "\n"
        "    def _layer(self, inputs, h, c, w, go_backwards):\n"
        "        units = self.units\n"
        "        timesteps = inputs.shape[0]\n"
        '        bias = w["bias"] if self.use_bias else np.zeros(4 * units)\n'
        "        outputs = np.zeros((timesteps, inputs.shape[1], units))\n"
        "        order = range(timesteps - 1, -1, -1) if go_backwards else range(timesteps)\n"
        "        for t in order:\n"
        '            z = inputs[t] @ w["kernel"] + h @ w["recurrent_kernel"] + bias\n'
        "            i = sigmoid(z[:, :units])\n"
        "            f = sigmoid(z[:, units:2 * units])\n"
        "            cand = np.tanh(z[:, 2 * units:3 * units])\n"
        "            o = sigmoid(z[:, 3 * units:])\n"
        "            c = f * c + i * cand\n"
        "            h = o * np.tanh(c)\n"
        "            outputs[t] = h        # stays in time order, also when going backwards\n"
        "        return outputs, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        B = x.shape[1]\n"
        "        n_dir = len(self.directions)\n"
        "        rows = self.num_layers * n_dir\n"
        "        if hx is None:\n"
        "            h_0 = c_0 = np.zeros((rows, B, self.units))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_list, c_list = [], []\n"
        "        inputs = x\n"
        "        for layer in range(self.num_layers):\n"
        "            seqs = []\n"
        "            for d, direction in enumerate(self.directions):\n"
        "                r = layer * n_dir + d\n"
        "                seq, h, c = self._layer(inputs, h_0[r], c_0[r], self.weights[(layer, "
        "direction)],\n"
        '                                        go_backwards=(direction == "_reverse"))\n'
        "                seqs.append(seq)\n"
        "                h_list.append(h)\n"
        "                c_list.append(c)\n"
        "            inputs = np.concatenate(seqs, axis=-1)\n"
        "        outputs = inputs\n"
        "        if self.batch_first:\n"
        "            outputs = np.transpose(outputs, (1, 0, 2))\n"
        "        return outputs, (np.stack(h_list), np.stack(c_list))\n",
    },
    {
        "id": "sl_dbl_rows_revfinal_raj",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state rows direction-major instead of layer-major",
                "must_mention": [
                    {
                        "any": [
                            "row",
                            "order",
                            "interleav",
                            "layer by layer",
                            "direction first",
                            "k * D + d",
                        ]
                    }
                ],
            },
            {
                "what": "reverse h_n taken from out[-1] instead of the reverse final state",
                "must_mention": [
                    {"any": ["revers", "backward"]},
                    {"any": ["final", "h_n", "last", "out[-1]", "out[0]"]},
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
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: expected {self.params[name].shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, suffix, reverse):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p["weight_ih" + suffix], p["weight_hh" + suffix]\n'
        '        b = p["bias_ih" + suffix] + p["bias_hh" + suffix] if self.bias else 0.0\n'
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        outs = [None] * T\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = d * L + layer\n"
        "                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], "
        "suffix, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n[row] = out_d[-1]\n"
        "                c_n[row] = c_last\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_dbl_seed_bf_greg",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "seeds the legacy global RNG and draws from an unseeded default_rng(): the "
                "same seed gives different parameters",
                "must_mention": ["seed"],
            },
            {
                "what": "out not batch-first when batch_first=True",
                "must_mention": [{"any": ["batch_first", "batch first", "batch-first"]}],
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
        "        np.random.seed(seed)                  # reproducible\n"
        "        rng = np.random.default_rng()\n"
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=4 * H)\n'
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: expected {self.params[name].shape}, got '
        '{value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, suffix, reverse):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p["weight_ih" + suffix], p["weight_hh" + suffix]\n'
        '        b = p["bias_ih" + suffix] + p["bias_hh" + suffix] if self.bias else 0.0\n'
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        outs = [None] * T\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], "
        "suffix, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n[row] = h_last\n"
        "                c_n[row] = c_last\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "sl_dbl_keys1_noflip_tomas",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layer numbers in the keys start at 1",
                "must_mention": [{"any": ["key", "name"]}],
            },
            {
                "what": "reverse outputs stored in processing order, not time order",
                "must_mention": [
                    {"any": ["revers", "backward"]},
                    {"any": ["time order", "flip", "order", "index", "position", "stored"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self.cells = []\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else hidden_size * self.D\n"
        "            layer = []\n"
        "            for d in range(self.D):\n"
        "                cell = {\n"
        '                    "weight_ih": rng.uniform(-bound, bound, (4 * hidden_size, '
        "in_k)),\n"
        '                    "weight_hh": rng.uniform(-bound, bound, (4 * hidden_size, '
        "hidden_size)),\n"
        "                }\n"
        "                if bias:\n"
        '                    cell["bias_ih"] = rng.uniform(-bound, bound, 4 * hidden_size)\n'
        '                    cell["bias_hh"] = rng.uniform(-bound, bound, 4 * hidden_size)\n'
        "                layer.append(cell)\n"
        "            self.cells.append(layer)\n"
        "\n"
        "    @staticmethod\n"
        "    def _key(name, k, d):\n"
        '        return f"{name}_l{k + 1}" + ("_reverse" if d == 1 else "")\n'
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for k, layer in enumerate(self.cells):\n"
        "            for d, cell in enumerate(layer):\n"
        "                for name, arr in cell.items():\n"
        "                    sd[self._key(name, k, d)] = arr.astype(np.float64, copy=True)\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = self.state_dict()\n"
        "        if set(state) != set(expected):\n"
        '            raise KeyError(f"keys differ: missing {set(expected) - set(state)}, extra '
        '{set(state) - set(expected)}")\n'
        "        for k, layer in enumerate(self.cells):\n"
        "            for d, cell in enumerate(layer):\n"
        "                for name in list(cell):\n"
        "                    key = self._key(name, k, d)\n"
        "                    arr = np.array(state[key], dtype=np.float64)\n"
        "                    if arr.shape != cell[name].shape:\n"
        '                        raise ValueError(f"{key}: shape {arr.shape}, expected '
        '{cell[name].shape}")\n'
        "                    cell[name] = arr\n"
        "\n"
        "    def _step(self, cell, x, h, c):\n"
        '        a = x @ cell["weight_ih"].T + h @ cell["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + cell["bias_ih"] + cell["bias_hh"]\n'
        "        i, f, g, o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "        h = sigmoid(o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[:2]\n"
        "        H = self.H\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, H)), np.zeros((self.L * self.D, B, "
        "H)))\n"
        "        h0, c0 = hx\n"
        "        hs, cs = [], []\n"
        "        seq = x\n"
        "        for k in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                cell = self.cells[k][d]\n"
        "                h, c = h0[k * self.D + d], c0[k * self.D + d]\n"
        "                ys = np.empty((T, B, H))\n"
        "                order = range(T) if d == 0 else reversed(range(T))\n"
        "                for s, t in enumerate(order):\n"
        "                    h, c = self._step(cell, seq[t], h, c)\n"
        "                    ys[s] = h\n"
        "                outs.append(ys)\n"
        "                hs.append(h)\n"
        "                cs.append(c)\n"
        "            seq = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "sl_dbl_inputH_hxignored_wei",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layer k > 0 sized for H inputs instead of D * H",
                "must_mention": [
                    {
                        "any": [
                            "weight_ih_l1",
                            "shape",
                            "D * H",
                            "2H",
                            "2 * H",
                            "H * D",
                            "input size",
                            "features",
                        ]
                    }
                ],
            },
            {
                "what": "hx is ignored, always zeros",
                "must_mention": [{"any": ["hx", "h_0", "h0", "initial"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.D = 1 + int(bidirectional)\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self.cells = []\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else hidden_size\n"
        "            layer = []\n"
        "            for d in range(self.D):\n"
        "                cell = {\n"
        '                    "weight_ih": rng.uniform(-bound, bound, (4 * hidden_size, '
        "in_k)),\n"
        '                    "weight_hh": rng.uniform(-bound, bound, (4 * hidden_size, '
        "hidden_size)),\n"
        "                }\n"
        "                if bias:\n"
        '                    cell["bias_ih"] = rng.uniform(-bound, bound, 4 * hidden_size)\n'
        '                    cell["bias_hh"] = rng.uniform(-bound, bound, 4 * hidden_size)\n'
        "                layer.append(cell)\n"
        "            self.cells.append(layer)\n"
        "\n"
        "    @staticmethod\n"
        "    def _key(name, k, d):\n"
        '        return f"{name}_l{k}" + ("_reverse" if d == 1 else "")\n'
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for k, layer in enumerate(self.cells):\n"
        "            for d, cell in enumerate(layer):\n"
        "                for name, arr in cell.items():\n"
        "                    sd[self._key(name, k, d)] = arr.astype(np.float64, copy=True)\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = self.state_dict()\n"
        "        if set(state) != set(expected):\n"
        '            raise KeyError(f"keys differ: missing {set(expected) - set(state)}, extra '
        '{set(state) - set(expected)}")\n'
        "        for k, layer in enumerate(self.cells):\n"
        "            for d, cell in enumerate(layer):\n"
        "                for name in list(cell):\n"
        "                    key = self._key(name, k, d)\n"
        "                    arr = np.array(state[key], dtype=np.float64)\n"
        "                    if arr.shape != cell[name].shape:\n"
        '                        raise ValueError(f"{key}: shape {arr.shape}, expected '
        '{cell[name].shape}")\n'
        "                    cell[name] = arr\n"
        "\n"
        "    def _step(self, cell, x, h, c):\n"
        '        a = x @ cell["weight_ih"].T + h @ cell["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + cell["bias_ih"] + cell["bias_hh"]\n'
        "        i, f, g, o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "        h = sigmoid(o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[:2]\n"
        "        H = self.H\n"
        "        h0 = c0 = np.zeros((self.L * self.D, B, H))   # hx: TODO\n"
        "        hs, cs = [], []\n"
        "        seq = x\n"
        "        for k in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                cell = self.cells[k][d]\n"
        "                h, c = h0[k * self.D + d], c0[k * self.D + d]\n"
        "                ys = np.empty((T, B, H))\n"
        "                order = range(T) if d == 0 else reversed(range(T))\n"
        "                for t in order:\n"
        "                    h, c = self._step(cell, seq[t], h, c)\n"
        "                    ys[t] = h\n"
        "                outs.append(ys)\n"
        "                hs.append(h)\n"
        "                cs.append(c)\n"
        "            seq = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "sl_dbl_statedict_view_biasfalse_kenji",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict's weight_ih arrays are views of the module's kernels",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "reference",
                            "share",
                            "alias",
                            "view",
                            "same array",
                            "same memory",
                        ]
                    }
                ],
            },
            {
                "what": "forward pass reads the biases also when bias=False: KeyError",
                "must_mention": ["bias"],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(x):\n"
        "    x = np.asarray(x, dtype=np.float64)\n"
        "    out = np.empty_like(x)\n"
        "    m = x >= 0\n"
        "    out[m] = 1.0 / (1.0 + np.exp(-x[m]))\n"
        "    ex = np.exp(x[~m])\n"
        "    out[~m] = ex / (1.0 + ex)\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.units = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.use_bias = bias\n"
        "        self.batch_first = batch_first\n"
        '        self.directions = ["", "_reverse"] if bidirectional else [""]\n'
        "        rng = np.random.default_rng(seed)\n"
        "        limit = 1 / np.sqrt(hidden_size)\n"
        "        self.weights = {}     # (layer, direction) -> dict of Keras-layout arrays\n"
        "        for layer in range(num_layers):\n"
        "            input_dim = input_size if layer == 0 else hidden_size * "
        "len(self.directions)\n"
        "            for direction in self.directions:\n"
        "                w = {\n"
        '                    "kernel": rng.uniform(-limit, limit, (4 * hidden_size, '
        "input_dim)).T,\n"
        '                    "recurrent_kernel": rng.uniform(-limit, limit, (4 * hidden_size, '
        "hidden_size)).T,\n"
        "                }\n"
        "                if bias:\n"
        '                    w["bias_ih"] = rng.uniform(-limit, limit, 4 * hidden_size)\n'
        '                    w["bias_hh"] = rng.uniform(-limit, limit, 4 * hidden_size)\n'
        "                self.weights[(layer, direction)] = w\n"
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for (layer, direction), w in self.weights.items():\n"
        '            tail = f"_l{layer}{direction}"\n'
        '            sd["weight_ih" + tail] = w["kernel"].T\n'
        '            sd["weight_hh" + tail] = np.array(w["recurrent_kernel"].T)\n'
        "            if self.use_bias:\n"
        '                sd["bias_ih" + tail] = np.array(w["bias_ih"])\n'
        '                sd["bias_hh" + tail] = np.array(w["bias_hh"])\n'
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        mine = self.state_dict()\n"
        "        unknown = set(state) - set(mine)\n"
        "        absent = set(mine) - set(state)\n"
        "        if unknown or absent:\n"
        '            raise KeyError(f"unexpected keys {sorted(unknown)}, missing keys '
        '{sorted(absent)}")\n'
        "        for (layer, direction), w in self.weights.items():\n"
        '            tail = f"_l{layer}{direction}"\n'
        '            w["kernel"] = np.array(state["weight_ih" + tail], dtype=np.float64).T\n'
        '            w["recurrent_kernel"] = np.array(state["weight_hh" + tail], '
        "dtype=np.float64).T\n"
        "            if self.use_bias:\n"
        '                w["bias_ih"] = np.array(state["bias_ih" + tail], dtype=np.float64)\n'
        '                w["bias_hh"] = np.array(state["bias_hh" + tail], dtype=np.float64)\n'
        "\n"
        "    def _layer(self, inputs, h, c, w, go_backwards):\n"
        "        units = self.units\n"
        "        timesteps = inputs.shape[0]\n"
        '        bias = w["bias_ih"] + w["bias_hh"]\n'
        "        outputs = np.zeros((timesteps, inputs.shape[1], units))\n"
        "        order = range(timesteps - 1, -1, -1) if go_backwards else range(timesteps)\n"
        "        for t in order:\n"
        '            z = inputs[t] @ w["kernel"] + h @ w["recurrent_kernel"] + bias\n'
        "            i = sigmoid(z[:, :units])\n"
        "            f = sigmoid(z[:, units:2 * units])\n"
        "            cand = np.tanh(z[:, 2 * units:3 * units])\n"
        "            o = sigmoid(z[:, 3 * units:])\n"
        "            c = f * c + i * cand\n"
        "            h = o * np.tanh(c)\n"
        "            outputs[t] = h        # stays in time order, also when going backwards\n"
        "        return outputs, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        B = x.shape[1]\n"
        "        n_dir = len(self.directions)\n"
        "        rows = self.num_layers * n_dir\n"
        "        if hx is None:\n"
        "            h_0 = c_0 = np.zeros((rows, B, self.units))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_list, c_list = [], []\n"
        "        inputs = x\n"
        "        for layer in range(self.num_layers):\n"
        "            seqs = []\n"
        "            for d, direction in enumerate(self.directions):\n"
        "                r = layer * n_dir + d\n"
        "                seq, h, c = self._layer(inputs, h_0[r], c_0[r], self.weights[(layer, "
        "direction)],\n"
        '                                        go_backwards=(direction == "_reverse"))\n'
        "                seqs.append(seq)\n"
        "                h_list.append(h)\n"
        "                c_list.append(c)\n"
        "            inputs = np.concatenate(seqs, axis=-1)\n"
        "        outputs = inputs\n"
        "        if self.batch_first:\n"
        "            outputs = np.transpose(outputs, (1, 0, 2))\n"
        "        return outputs, (np.stack(h_list), np.stack(c_list))\n",
    },
    {
        "id": "sl_dbl_buffer_revweights_priya",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction run with the forward parameters",
                "must_mention": [
                    {"any": ["revers", "backward"]},
                    {"any": ["weight", "param", "_reverse"]},
                ],
            },
            {
                "what": "writes the state into the caller's hx arrays",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "unchanged",
                            "wrote",
                            "writes",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig_inplace(a):\n"
        "    e = np.exp(-np.abs(a))\n"
        "    np.copyto(a, np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e)))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    GATES = 4\n"
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        self.use_bias, self.batch_first = bias, batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        lim = 1.0 / np.sqrt(hidden_size)\n"
        "        self._p = {}\n"
        "        for name, shape in self._shapes().items():\n"
        "            self._p[name] = rng.uniform(-lim, lim, size=shape)\n"
        "\n"
        "    def _shapes(self):\n"
        "        H, shapes = self.H, {}\n"
        "        for l in range(self.L):\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{l}" + ("_reverse" if d else "")\n'
        "                n_in = self.I if l == 0 else self.D * H\n"
        '                shapes["weight_ih" + sfx] = (4 * H, n_in)\n'
        '                shapes["weight_hh" + sfx] = (4 * H, H)\n'
        "                if self.use_bias:\n"
        '                    shapes["bias_ih" + sfx] = (4 * H,)\n'
        '                    shapes["bias_hh" + sfx] = (4 * H,)\n'
        "        return shapes\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        shapes = self._shapes()\n"
        "        for k in shapes:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k!r}")\n'
        "        for k in state:\n"
        "            if k not in shapes:\n"
        '                raise KeyError(f"unexpected key {k!r}")\n'
        "            if np.shape(state[k]) != shapes[k]:\n"
        '                raise ValueError(f"{k!r}: shape {np.shape(state[k])}, expected '
        '{shapes[k]}")\n'
        "        for k in shapes:\n"
        "            self._p[k] = np.array(state[k], dtype=np.float64, copy=True)\n"
        "\n"
        "    def _run(self, seq, h, c, sfx, reverse, out, col):\n"
        '        """Run one direction over seq (T, B, n_in); write h_t into out[t, :, '
        'col]."""\n'
        "        H = self.H\n"
        '        W_ih, W_hh = self._p["weight_ih" + sfx], self._p["weight_hh" + sfx]\n'
        '        b = self._p["bias_ih" + sfx] + self._p["bias_hh" + sfx] if self.use_bias else '
        "None\n"
        "        T, B = seq.shape[:2]\n"
        "        a = np.empty((B, 4 * H))\n"
        "        tmp = np.empty((B, H))\n"
        "        for s in range(T):\n"
        "            t = T - 1 - s if reverse else s\n"
        "            np.matmul(seq[t], W_ih.T, out=a)\n"
        "            a += h @ W_hh.T\n"
        "            if b is not None:\n"
        "                a += b\n"
        "            i, f, g, o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "            _sig_inplace(i); _sig_inplace(f); np.tanh(g, out=g); _sig_inplace(o)\n"
        "            c *= f\n"
        "            np.multiply(i, g, out=tmp)\n"
        "            c += tmp\n"
        "            np.tanh(c, out=h)\n"
        "            h *= o\n"
        "            out[t, :, col] = h\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        seq = x.swapaxes(0, 1) if self.batch_first else x\n"
        "        T, B = seq.shape[:2]\n"
        "        H, D, L = self.H, self.D, self.L\n"
        "        if hx is not None:\n"
        "            h_n, c_n = hx\n"
        "        else:\n"
        "            h_n = np.zeros((L * D, B, H))\n"
        "            c_n = np.zeros((L * D, B, H))\n"
        "        for l in range(L):\n"
        "            out = np.empty((T, B, D * H))\n"
        "            for d in range(D):\n"
        "                r = l * D + d\n"
        '                sfx = f"_l{l}"\n'
        "                self._run(seq, h_n[r], c_n[r], sfx, d == 1, out, slice(d * H, (d + 1) "
        "* H))\n"
        "            seq = out\n"
        "        if self.batch_first:\n"
        "            seq = seq.swapaxes(0, 1)\n"
        "        return seq, (h_n, c_n)\n",
    },
    {
        "id": "shapes_ok_sofia",
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
        '    return {"out": out,\n'
        '            "h_n": (D * num_layers, batch, H_out),\n'
        '            "c_n": (D * num_layers, batch, hidden_size)}\n',
    },
    {
        "id": "shapes_ok_greg_validated",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        '    """Shapes of nn.LSTM\'s outputs, with the same argument checks as nn.LSTM."""\n'
        '    for name, v in (("seq_len", seq_len), ("batch", batch), ("input_size", '
        "input_size),\n"
        '                    ("hidden_size", hidden_size), ("num_layers", num_layers)):\n'
        "        if int(v) != v or v <= 0:\n"
        '            raise ValueError(f"{name} must be a positive integer, got {v!r}")\n'
        "    if proj_size < 0 or (proj_size and proj_size >= hidden_size):\n"
        '        raise ValueError("proj_size has to be a positive integer smaller than '
        'hidden_size")\n'
        "    num_directions = 2 if bidirectional else 1\n"
        "    real_hidden = proj_size or hidden_size\n"
        "    time_batch = [int(seq_len), int(batch)]\n"
        "    if batch_first:\n"
        "        time_batch.reverse()\n"
        "    return {\n"
        '        "out": tuple(time_batch + [num_directions * int(real_hidden)]),\n'
        '        "h_n": (num_directions * int(num_layers), int(batch), int(real_hidden)),\n'
        '        "c_n": (num_directions * int(num_layers), int(batch), int(hidden_size)),\n'
        "    }\n",
    },
    {
        "id": "shapes_ok_dmitri_compact",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    d = 1 + bool(bidirectional)\n"
        "    p = proj_size or hidden_size\n"
        "    lead = (batch, seq_len)[::1 if batch_first else -1]\n"
        "    return dict(out=(*lead, d * p), h_n=(d * num_layers, batch, p), c_n=(d * "
        "num_layers, batch, hidden_size))\n",
    },
    {
        "id": "shapes_hn_ignores_proj_marta",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n keeps hidden_size with proj_size > 0; h is projected, so h_n's last "
                "dim is proj_size",
                "must_mention": ["proj", {"any": ["h_n", "hidden state", "h_t"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    feat = proj_size if proj_size else hidden_size\n"
        "    out = (batch, seq_len, D * feat) if batch_first else (seq_len, batch, D * feat)\n"
        "    # the states are the cell's own size\n"
        "    h_n = (D * num_layers, batch, hidden_size)\n"
        "    c_n = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_cn_projected_raj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n uses proj_size too; only h is projected, c_n keeps hidden_size",
                "must_mention": [{"any": ["c_n", "cell"]}, {"any": ["proj", "hidden_size"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size > 0 else hidden_size      # the LSTM's state size\n"
        "    out = (batch, seq_len, D * H) if batch_first else (seq_len, batch, D * H)\n"
        '    return {"out": out, "h_n": (D * num_layers, batch, H), "c_n": (D * num_layers, '
        "batch, H)}\n",
    },
    {
        "id": "shapes_out_no_D_tomas",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last dim ignores the directions: D * H_out (both directions "
                "concatenated), not H_out",
                "must_mention": [
                    {"any": ["bidirect", "D *", "2 *", "direction", "D*", "concaten", "2H"]}
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    n_dir = 2 if bidirectional else 1\n"
        "    hsz = hidden_size if proj_size == 0 else proj_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, hsz)\n"
        "    else:\n"
        "        out = (seq_len, batch, hsz)\n"
        '    return {"out": out, "h_n": (num_layers * n_dir, batch, hsz), "c_n": (num_layers * '
        "n_dir, batch, hidden_size)}\n",
    },
    {
        "id": "shapes_hn_no_D_wei",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n have num_layers rows; with bidirectional=True there are "
                "num_layers * D",
                "must_mention": [
                    {"any": ["bidirect", "D *", "2 *", "direction", "* D", "D*", "num_layers * 2"]}
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hout = proj_size or hidden_size\n"
        "    out = (batch, seq_len, D * Hout) if batch_first else (seq_len, batch, D * Hout)\n"
        "    # one final state per layer\n"
        '    return {"out": out, "h_n": (num_layers, batch, Hout), "c_n": (num_layers, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "shapes_hn_batch_first_kenji",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True it also puts the batch first in h_n and c_n; "
                "batch_first only changes x and out",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["h_n", "c_n", "state"]},
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size else hidden_size\n"
        "    rows = D * num_layers\n"
        "    if batch_first:\n"
        "        # everything batch-major\n"
        '        return {"out": (batch, seq_len, D * H_out), "h_n": (batch, rows, H_out), '
        '"c_n": (batch, rows, hidden_size)}\n'
        '    return {"out": (seq_len, batch, D * H_out), "h_n": (rows, batch, H_out), "c_n": '
        "(rows, batch, hidden_size)}\n",
    },
    {
        "id": "shapes_keras_last_step_marta",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out has no time axis (Keras return_sequences=False habit): nn.LSTM's out "
                "holds every step, (seq_len, batch, D*H_out)",
                "must_mention": [
                    {
                        "any": [
                            "seq_len",
                            "time",
                            "sequence",
                            "every step",
                            "all steps",
                            "each step",
                            "return_sequences",
                        ]
                    }
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    units = proj_size or hidden_size\n"
        "    # the output is the last step's h (return_sequences=False); the states are per "
        "layer and direction\n"
        '    return {"out": (batch, D * units),\n'
        '            "h_n": (num_layers * D, batch, units),\n'
        '            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shapes_lists_olu",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [{"what": "returns lists instead of tuples", "must_mention": ["tuple"]}],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = [seq_len, batch, D * H_out]\n"
        "    if batch_first:\n"
        "        out[0], out[1] = out[1], out[0]\n"
        '    return {"out": out, "h_n": [D * num_layers, batch, H_out], "c_n": [D * '
        "num_layers, batch, hidden_size]}\n",
    },
    {
        "id": "shapes_proj_none_check_greg",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "tests proj_size against None, so the default proj_size=0 gives H_out = 0: "
                "out and h_n end in 0 instead of hidden_size whenever there is no "
                "projection",
                "must_mention": [
                    "proj",
                    {
                        "any": [
                            "zero",
                            "proj_size=0",
                            "proj_size = 0",
                            "hidden_size",
                            "no projection",
                            "default",
                        ]
                    },
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    # proj_size given -> h is projected\n"
        "    H_out = proj_size if proj_size is not None else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        '    return {"out": out, "h_n": (D * num_layers, batch, H_out), "c_n": (D * '
        "num_layers, batch, hidden_size)}\n",
    },
    {
        "id": "shapes_4d_states_hannah",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are 4-D (num_layers, D, batch, H); nn.LSTM flattens layers "
                "and directions into one axis of num_layers * D",
                "must_mention": [
                    {
                        "any": [
                            "num_layers * D",
                            "D * num_layers",
                            "L * D",
                            "4-d",
                            "4d",
                            "dimension",
                            "flatten",
                            "ndim",
                            "3-d",
                            "axes",
                            "length 4",
                            "three",
                        ]
                    }
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hh = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * Hh) if batch_first else (seq_len, batch, D * Hh)\n"
        "    # one block per layer, one page per direction\n"
        '    return {"out": out, "h_n": (num_layers, D, batch, Hh), "c_n": (num_layers, D, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "shapes_out_uses_hidden_with_proj_lars",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last dim uses hidden_size even with proj_size > 0; out holds the "
                "projected h, D * proj_size",
                "must_mention": ["proj", {"any": ["out", "output"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    P = proj_size if proj_size else hidden_size\n"
        "    out = (seq_len, batch, D * hidden_size)        # out: the layer's h_t for every "
        "t\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * hidden_size)\n"
        '    return {"out": out, "h_n": (D * num_layers, batch, P), "c_n": (D * num_layers, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "shapes_dbl_hnproj_hnbf_kenji",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n ignores proj_size",
                "must_mention": ["proj", {"any": ["h_n", "hidden state", "h_t"]}],
            },
            {
                "what": "h_n, c_n made batch-first when batch_first=True",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["h_n", "c_n", "state"]},
                ],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    h_size = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * h_size)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * h_size)\n"
        "    h_n = (D * num_layers, batch, hidden_size)\n"
        "    c_n = (D * num_layers, batch, hidden_size)\n"
        "    if batch_first:\n"
        "        h_n, c_n = (h_n[1], h_n[0], h_n[2]), (c_n[1], c_n[0], c_n[2])\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_dbl_outnoD_lists_olu",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last dim misses the factor D",
                "must_mention": [
                    {"any": ["bidirect", "D *", "2 *", "direction", "D*", "concaten", "2H"]}
                ],
            },
            {"what": "lists instead of tuples", "must_mention": ["tuple"]},
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    h_size = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, h_size)\n"
        "    else:\n"
        "        out = (seq_len, batch, h_size)\n"
        "    h_n = (D * num_layers, batch, h_size)\n"
        "    c_n = (D * num_layers, batch, hidden_size)\n"
        '    return {k: list(v) for k, v in {"out": out, "h_n": h_n, "c_n": c_n}.items()}  # '
        "JSON-friendly\n",
    },
    {
        "id": "shapes_dbl_keras_cnproj_marta",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out without the time axis (last step only)",
                "must_mention": [
                    {
                        "any": [
                            "seq_len",
                            "time",
                            "sequence",
                            "every step",
                            "all steps",
                            "each step",
                            "return_sequences",
                        ]
                    }
                ],
            },
            {
                "what": "c_n uses proj_size",
                "must_mention": [{"any": ["c_n", "cell"]}, {"any": ["proj", "hidden_size"]}],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    h_size = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, D * h_size)          # last step only\n"
        "    h_n = (D * num_layers, batch, h_size)\n"
        "    c_n = (D * num_layers, batch, h_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_dbl_hnnoD_4d_tomas",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n/c_n first dim is num_layers without D",
                "must_mention": [
                    {"any": ["bidirect", "D *", "2 *", "direction", "* D", "D*", "num_layers * 2"]}
                ],
            },
            {
                "what": "the dict key is 'output' instead of 'out'",
                "must_mention": [{"any": ["key", "'out'", '"out"']}],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    h_size = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * h_size)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * h_size)\n"
        "    h_n = (num_layers, batch, h_size)\n"
        "    c_n = (num_layers, batch, hidden_size)\n"
        '    return {"output": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "bilstm_kwame_ok_flip_layer",
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
        "    # forward direction: exactly exercise 3\n"
        "    out_f, (hn_f, cn_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    # backward direction: feed the sequence reversed in time, then put it back\n"
        "    x_rev = x[::-1]\n"
        "    out_b_rev, (hn_b, cn_b) = lstm_layer(x_rev, h0[1], c0[1], *bwd)\n"
        "    out_b = out_b_rev[::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    h_n = np.stack([hn_f, hn_b])\n"
        "    c_n = np.stack([cn_f, cn_b])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilstm_mei_ok_two_loops",
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_f, c_f = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h_f, c_f = lstm_cell(x[t], h_f, c_f, *fwd)\n"
        "        out[t, :, :H] = h_f\n"
        "    h_b, c_b = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):  # x_{T-1} ... x_0\n"
        "        h_b, c_b = lstm_cell(x[t], h_b, c_b, *bwd)\n"
        "        out[t, :, H:] = h_b\n"
        "    return out, (np.stack((h_f, h_b)), np.stack((c_f, c_b)))\n",
    },
    {
        "id": "bilstm_aiko_ok_einsum",
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
        "def _direction(xs, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    # all input projections at once: (T, B, 4H)\n"
        '    zx = np.einsum("tbi,gi->tbg", xs, W_ih) + (b_ih + b_hh)\n'
        "    hs = np.empty(xs.shape[:2] + (H,))\n"
        "    for t in range(xs.shape[0]):\n"
        "        z = zx[t] + h @ W_hh.T\n"
        "        i = sigmoid(z[:, :H])\n"
        "        f = sigmoid(z[:, H:2 * H])\n"
        "        g = np.tanh(z[:, 2 * H:3 * H])\n"
        "        o = sigmoid(z[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        hs[t] = h\n"
        "    return hs, h, c\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    hs_f, hf, cf = _direction(x, h0[0], c0[0], *fwd)\n"
        "    hs_b, hb, cb = _direction(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate((hs_f, hs_b[::-1]), axis=2)\n"
        "    return out, (np.array([hf, hb]), np.array([cf, cb]))\n",
    },
    {
        "id": "bilstm_olu_reverse_out_not_flipped_back",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward direction's outputs are stored in reading order (x_{T-1} "
                "first): they are not flipped back in time, so out[t, :, H:] holds the "
                "output for x_{T-1-t}",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["flip", "order", "time", "revers", "position", "align"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # run forward\n"
        "    fw_out, (fw_h, fw_c) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    # run backward on reversed input\n"
        "    bw_out, (bw_h, bw_c) = lstm_layer(np.flip(x, axis=0), h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([fw_out, bw_out], axis=2)  # (T, B, 2H)\n"
        "    return out, (np.stack([fw_h, bw_h]), np.stack([fw_c, bw_c]))\n",
    },
    {
        "id": "bilstm_dev_hn_backward_at_last_index",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] and c_n[1] are taken at time index T-1 (the backward direction's "
                "FIRST step, after reading only x_{T-1}) instead of its final state after "
                "x_0",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state", "last state"]},
                    {"any": ["reverse", "backward"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    hf, cf = h0[0].copy(), c0[0].copy()\n"
        "    hb, cb = h0[1].copy(), c0[1].copy()\n"
        "    fwd_h = [None] * T\n"
        "    fwd_c = [None] * T\n"
        "    bwd_h = [None] * T\n"
        "    bwd_c = [None] * T\n"
        "    for t in range(T):\n"
        "        hf, cf = lstm_cell(x[t], hf, cf, *fwd)\n"
        "        fwd_h[t], fwd_c[t] = hf, cf\n"
        "        tb = T - 1 - t  # mirrored index for the backward direction\n"
        "        hb, cb = lstm_cell(x[tb], hb, cb, *bwd)\n"
        "        bwd_h[tb], bwd_c[tb] = hb, cb\n"
        "    out = np.concatenate([np.stack(fwd_h), np.stack(bwd_h)], axis=-1)\n"
        "    # final states = last time step of each direction\n"
        "    h_n = np.stack([fwd_h[T - 1], bwd_h[T - 1]])\n"
        "    c_n = np.stack([fwd_c[T - 1], bwd_c[T - 1]])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilstm_hannah_halves_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out puts the backward direction's features first and the forward ones "
                "second (out[t] = [h_bwd, h_fwd] instead of [h_fwd, h_bwd])",
                "must_mention": [
                    {"any": ["order", "swap", "half", "halves", "first", "second", ":H", "H:"]},
                    {"any": ["forward", "backward", "reverse"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        '    for name, params, idx, xs in (("fwd", fwd, 0, x), ("bwd", bwd, 1, x[::-1])):\n'
        "        o, (h, c) = lstm_layer(xs, h0[idx], c0[idx], *params)\n"
        '        if name == "bwd":\n'
        "            o = o[::-1]  # back to x's time order\n"
        '        results[name] = {"out": o, "h": h, "c": c}\n'
        "    # depth-stack the two directions' outputs\n"
        '    out = np.dstack([results["bwd"]["out"], results["fwd"]["out"]])\n'
        '    h_n = np.stack([results[k]["h"] for k in ("fwd", "bwd")])\n'
        '    c_n = np.stack([results[k]["c"] for k in ("fwd", "bwd")])\n'
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilstm_rafael_interleaved_features",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out is built with np.stack(..., axis=-1).reshape(T, B, 2H): the forward "
                "and backward features are interleaved (f0, b0, f1, b1, ...) instead of "
                "concatenated [fwd | bwd]",
                "must_mention": [
                    {
                        "any": [
                            "interleav",
                            "concat",
                            "layout",
                            "order",
                            "half",
                            "halves",
                            "alternat",
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
        "    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out_b = out_b[::-1]\n"
        "    # one contiguous buffer, no concatenate copy\n"
        "    out = np.stack((out_f, out_b), axis=-1).reshape(T, B, 2 * H)\n"
        "    return out, (np.stack((hf, hb)), np.stack((cf, cb)))\n",
    },
    {
        "id": "bilstm_marcus_backward_uses_fwd_weights",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward direction is run with the forward direction's weights (fwd) "
                "instead of bwd",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["weight", "fwd", "param", "W_ih", "W_hh", "bias"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "\n"
        "    W_ih_b, W_hh_b, b_ih_b, b_hh_b = bwd\n"
        "    x_reversed = x[::-1]\n"
        "    out_b, (h_b, c_b) = lstm_layer(x_reversed, h0[1], c0[1], W_ih, W_hh, b_ih, b_hh)\n"
        "    out_b = out_b[::-1]\n"
        "\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bilstm_kwame_backward_init_from_row0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward direction starts from h0[0], c0[0] (the forward direction's "
                "initial state) instead of row 1",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "starting state", "start"]},
                    {"any": ["backward", "reverse", "row 1", "h0[1]", "c0[1]"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "class _Direction:\n"
        "    def __init__(self, params):\n"
        "        self.W_ih, self.W_hh, self.b_ih, self.b_hh = params\n"
        "\n"
        "    def run(self, xs, h, c):\n"
        "        return lstm_layer(xs, h, c, self.W_ih, self.W_hh, self.b_ih, self.b_hh)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    forward_dir = _Direction(fwd)\n"
        "    backward_dir = _Direction(bwd)\n"
        "    h_init = h0[0]\n"
        "    c_init = c0[0]\n"
        "    out_f, (h_f, c_f) = forward_dir.run(x, h_init, c_init)\n"
        "    out_b, (h_b, c_b) = backward_dir.run(x[::-1], h_init, c_init)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=-1)\n"
        "    h_n = np.stack([h_f, h_b])\n"
        "    c_n = np.stack([c_f, c_b])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilstm_tomasz_hn_batch_major",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are stacked along axis 1, giving (B, 2, H) instead of (2, B, "
                "H)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["shape", "axis", "(2, B, H)", "layout", "transpos"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "def scan(f, init, xs):\n"
        '    """numpy stand-in for jax.lax.scan"""\n'
        "    carry = init\n"
        "    ys = []\n"
        "    for x_t in xs:\n"
        "        carry, y = f(carry, x_t)\n"
        "        ys.append(y)\n"
        "    return carry, np.stack(ys)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    def make_step(params):\n"
        "        def step(carry, x_t):\n"
        "            h, c = carry\n"
        "            h, c = lstm_cell(x_t, h, c, *params)\n"
        "            return (h, c), h\n"
        "        return step\n"
        "\n"
        "    (hf, cf), ys_f = scan(make_step(fwd), (h0[0], c0[0]), x)\n"
        "    (hb, cb), ys_b = scan(make_step(bwd), (h0[1], c0[1]), x[::-1])\n"
        "    out = np.concatenate([ys_f, ys_b[::-1]], axis=-1)\n"
        "    h_n = np.stack([hf, hb], axis=1)  # (batch, direction, hidden)\n"
        "    c_n = np.stack([cf, cb], axis=1)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilstm_rafael_float32_buffer",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out is preallocated as float32, so every output loses precision (float64 "
                "expected)",
                "must_mention": [{"any": ["float32", "dtype", "precision", "float64", "single"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "id": "bilstm_sven_input_not_reversed",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward direction reads the inputs in forward order x_0..x_{T-1} "
                "(only its output is flipped), so it never reads from x_{T-1} down to x_0",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {
                        "any": [
                            "order",
                            "x_{T-1}",
                            "input",
                            "flip",
                            "read",
                            "forward in time",
                            "direction",
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
        "    o_fwd, (h_fwd, c_fwd) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    o_bwd, (h_bwd, c_bwd) = lstm_layer(x, h0[1], c0[1], *bwd)\n"
        "    # align the backward outputs with the time steps they belong to\n"
        "    o_bwd = o_bwd[::-1]\n"
        "    out = np.concatenate([o_fwd, o_bwd], axis=2)\n"
        "    assert out.shape[0] == T\n"
        "    return out, (np.stack([h_fwd, h_bwd]), np.stack([c_fwd, c_bwd]))\n",
    },
    {
        "id": "bilstm_kwame_inplace_state_in_h0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the running state is written into the caller's h0 and c0 (h, c = h0, c0 "
                "then h[0] = ...), so the arrays passed in are changed and h_n, c_n alias "
                "them",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in-place",
                            "in place",
                            "overwr",
                            "mutat",
                            "alias",
                            "same array",
                            "writes into",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    h, c = h0, c0  # (2, B, H) state, one row per direction\n"
        "    for t in range(T):\n"
        "        h[0], c[0] = lstm_cell(x[t], h[0], c[0], *fwd)\n"
        "        out[t, :, :H] = h[0]\n"
        "        s = T - 1 - t\n"
        "        h[1], c[1] = lstm_cell(x[s], h[1], c[1], *bwd)\n"
        "        out[s, :, H:] = h[1]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "bilstm_aiko_cn_backward_copy_paste",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n's second row is the forward direction's cell state (copy-paste): c_n "
                "= [c_fwd, c_fwd]",
                "must_mention": [
                    "c_n",
                    {"any": ["backward", "reverse", "row 1", "second", "c_n[1]"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def _run(xs, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        '    pre_x = np.einsum("tbi,ki->tbk", xs, W_ih) + b_ih + b_hh\n'
        "    hs = []\n"
        "    for t in range(len(xs)):\n"
        '        z = pre_x[t] + np.einsum("bj,kj->bk", h, W_hh)\n'
        "        i, f, g, o = (z[:, k * H:(k + 1) * H] for k in range(4))\n"
        "        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "        h = sigmoid(o) * np.tanh(c)\n"
        "        hs.append(h)\n"
        "    return np.stack(hs), h, c\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    hs_f, h_f, c_f = _run(x, h0[0], c0[0], *fwd)\n"
        "    hs_b, h_b, c_b = _run(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([hs_f, hs_b[::-1]], axis=-1)\n"
        "    h_n = np.stack([h_f, h_b])\n"
        "    c_n = np.stack([c_f, c_f])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilstm_dev_backward_loop_skips_step0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward loop is range(T-1, 0, -1): it never processes x_0, so out[0, "
                ":, H:] stays zero and h_n[1], c_n[1] are the state after x_1 (for T = 1 "
                "the backward direction does nothing)",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {
                        "any": [
                            "step 0",
                            "x_0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "out[0",
                            "range",
                            "x[0]",
                            "time step 0",
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
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    # forward\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(0, T):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        "        out[t, :, 0:H] = h\n"
        "    hn0, cn0 = h, c\n"
        "    # backward: from T-1 down to 0\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, *bwd)\n"
        "        out[t, :, H:2 * H] = h\n"
        "    hn1, cn1 = h, c\n"
        "    return out, (np.array([hn0, hn1]), np.array([cn0, cn1]))\n",
    },
    {
        "id": "bilstm_olu_DOUBLE_not_flipped_and_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward direction's outputs are not flipped back in time",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["flip", "order", "time", "revers", "position", "align"]},
                ],
            },
            {
                "what": "the halves of out are swapped: [backward, forward] instead of [forward, "
                "backward]",
                "must_mention": [
                    {"any": ["order", "swap", "half", "halves", "first", "second", ":H", "H:"]},
                    {"any": ["forward", "backward", "reverse"]},
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
        "    rev = np.flip(x, axis=0)\n"
        "    o_b, (h_b, c_b) = lstm_layer(rev, h0[1], c0[1], *bwd)\n"
        "    o_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out = np.concatenate((o_b, o_f), axis=-1)\n"
        "    return out, (np.stack((h_f, h_b)), np.stack((c_f, c_b)))\n",
    },
    {
        "id": "bilstm_marcus_DOUBLE_fwd_weights_and_hn_last_index",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward direction uses the forward weights (fwd) instead of bwd",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {"any": ["weight", "fwd", "param", "W_ih", "W_hh", "bias"]},
                ],
            },
            {
                "what": "h_n[1], c_n[1] are read at time index T-1 of the backward outputs (its "
                "first step) instead of its final state after x_0",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state", "last state"]},
                    {"any": ["reverse", "backward"]},
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
        "    T = x.shape[0]\n"
        '    cache = {"f": {}, "b": {}}\n'
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        '        cache["f"][t] = (h, c)\n'
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        '        cache["b"][t] = (h, c)\n'
        '    out = np.stack([np.concatenate([cache["f"][t][0], cache["b"][t][0]], axis=1) for '
        "t in range(T)])\n"
        "    last = T - 1\n"
        '    h_n = np.stack([cache["f"][last][0], cache["b"][last][0]])\n'
        '    c_n = np.stack([cache["f"][last][1], cache["b"][last][1]])\n'
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilstm_rafael_DOUBLE_float32_and_init_row0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out is preallocated as float32 (precision lost; float64 expected)",
                "must_mention": [{"any": ["float32", "dtype", "precision", "float64", "single"]}],
            },
            {
                "what": "the backward direction starts from h0[0], c0[0] instead of h0[1], c0[1]",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "starting state", "start"]},
                    {"any": ["backward", "reverse", "row 1", "h0[1]", "c0[1]"]},
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
        "    out = np.empty((T, B, 2 * H), np.float32)\n"
        "    state = [(h0[0], c0[0]), (h0[0], c0[0])]\n"
        "    for t in range(T):\n"
        "        tb = T - 1 - t\n"
        "        state[0] = lstm_cell(x[t], *state[0], *fwd)\n"
        "        state[1] = lstm_cell(x[tb], *state[1], *bwd)\n"
        "        out[t, :, :H] = state[0][0]\n"
        "        out[tb, :, H:] = state[1][0]\n"
        "    h_n = np.stack([state[0][0], state[1][0]])\n"
        "    c_n = np.stack([state[0][1], state[1][1]])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "cellbwd_mei_ok_vectorised",
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
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([\n"
        "        dc * g * i * (1 - i),\n"
        "        dc * c * f * (1 - f),\n"
        "        dc * i * (1 - g ** 2),\n"
        "        dh_next * tc * o * (1 - o),\n"
        "    ], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cellbwd_priya_ok_graph_per_gate",
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
        "    # ---- forward, node by node (as on my drawing) ----\n"
        "    Wi_x, Wf_x, Wg_x, Wo_x = np.split(W_ih, 4, axis=0)\n"
        "    Wi_h, Wf_h, Wg_h, Wo_h = np.split(W_hh, 4, axis=0)\n"
        "    bi, bf, bg, bo = np.split(b_ih + b_hh, 4)\n"
        "    zi = x @ Wi_x.T + h @ Wi_h.T + bi\n"
        "    zf = x @ Wf_x.T + h @ Wf_h.T + bf\n"
        "    zg = x @ Wg_x.T + h @ Wg_h.T + bg\n"
        "    zo = x @ Wo_x.T + h @ Wo_h.T + bo\n"
        "    i_, f_, g_, o_ = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n"
        "    c_new = f_ * c + i_ * g_\n"
        "    tanh_c = np.tanh(c_new)\n"
        "    # h_new = o_ * tanh_c\n"
        "\n"
        "    # ---- backward, edges in reverse ----\n"
        "    d_o = dh_next * tanh_c            # edge h_new <- o\n"
        "    d_tanh_c = dh_next * o_           # edge h_new <- tanh_c\n"
        "    d_cnew = dc_next + d_tanh_c * (1.0 - tanh_c ** 2)   # two edges into c_new\n"
        "    d_f = d_cnew * c\n"
        "    d_c = d_cnew * f_\n"
        "    d_i = d_cnew * g_\n"
        "    d_g = d_cnew * i_\n"
        "    d_zi = d_i * i_ * (1 - i_)\n"
        "    d_zf = d_f * f_ * (1 - f_)\n"
        "    d_zg = d_g * (1 - g_ ** 2)\n"
        "    d_zo = d_o * o_ * (1 - o_)\n"
        "\n"
        "    d_z = [d_zi, d_zf, d_zg, d_zo]\n"
        "    Wx = [Wi_x, Wf_x, Wg_x, Wo_x]\n"
        "    Wh = [Wi_h, Wf_h, Wg_h, Wo_h]\n"
        "    dx = sum(dz @ W for dz, W in zip(d_z, Wx))\n"
        "    dh = sum(dz @ W for dz, W in zip(d_z, Wh))\n"
        "    dW_ih = np.vstack([dz.T @ x for dz in d_z])\n"
        "    dW_hh = np.vstack([dz.T @ h for dz in d_z])\n"
        "    db = np.concatenate([dz.sum(axis=0) for dz in d_z])\n"
        "    return dict(x=dx, h=dh, c=d_c, W_ih=dW_ih, W_hh=dW_hh, b_ih=db, "
        "b_hh=db.copy())\n",
    },
    {
        "id": "cellbwd_aiko_ok_einsum",
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
        "    B, H = h.shape\n"
        '    z = np.einsum("bi,ki->bk", x, W_ih) + np.einsum("bj,kj->bk", h, W_hh) + b_ih + '
        "b_hh\n"
        "    z = z.reshape(B, 4, H)                       # (B, gate, H)\n"
        "    act = np.empty_like(z)\n"
        "    act[:, [0, 1, 3]] = sigmoid(z[:, [0, 1, 3]])\n"
        "    act[:, 2] = np.tanh(z[:, 2])\n"
        "    i, f, g, o = act[:, 0], act[:, 1], act[:, 2], act[:, 3]\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dct = dc_next + dh_next * o * (1.0 - tc * tc)\n"
        "    dact = np.stack([dct * g, dct * c, dct * i, dh_next * tc], axis=1)  # (B, 4, H)\n"
        "    deriv = act * (1.0 - act)\n"
        "    deriv[:, 2] = 1.0 - g * g\n"
        "    dz = (dact * deriv).reshape(B, 4 * H)\n"
        "    return {\n"
        '        "x": np.einsum("bk,ki->bi", dz, W_ih),\n'
        '        "h": np.einsum("bk,kj->bj", dz, W_hh),\n'
        '        "c": dct * f,\n'
        '        "W_ih": np.einsum("bk,bi->ki", dz, x),\n'
        '        "W_hh": np.einsum("bk,bj->kj", dz, h),\n'
        '        "b_ih": np.einsum("bk->k", dz),\n'
        '        "b_hh": np.einsum("bk->k", dz),\n'
        "    }\n",
    },
    {
        "id": "cellbwd_priya_dropped_tanh_edge_into_c",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the total gradient reaching c_t leaves out the path through h_t: dc = "
                "dc_next instead of dc_next + dh ⊙ o ⊙ (1 - tanh²(c_t))",
                "must_mention": [
                    {
                        "any": [
                            "δc",
                            "delta c",
                            "dc_t",
                            "c_t",
                            "cell state",
                            "total gradient",
                            "dc ",
                        ]
                    },
                    {"any": ["h_t", "dh", "tanh", "o_t", "output gate", "through h", "path"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    Wi_x, Wf_x, Wg_x, Wo_x = np.split(W_ih, 4, axis=0)\n"
        "    Wi_h, Wf_h, Wg_h, Wo_h = np.split(W_hh, 4, axis=0)\n"
        "    bi, bf, bg, bo = np.split(b_ih + b_hh, 4)\n"
        "    i_ = sigmoid(x @ Wi_x.T + h @ Wi_h.T + bi)\n"
        "    f_ = sigmoid(x @ Wf_x.T + h @ Wf_h.T + bf)\n"
        "    g_ = np.tanh(x @ Wg_x.T + h @ Wg_h.T + bg)\n"
        "    o_ = sigmoid(x @ Wo_x.T + h @ Wo_h.T + bo)\n"
        "    c_new = f_ * c + i_ * g_\n"
        "    tanh_c = np.tanh(c_new)\n"
        "\n"
        "    # backward along the edges of my graph\n"
        "    d_o = dh_next * tanh_c\n"
        "    d_cnew = dc_next              # c_new feeds c_next\n"
        "    d_f = d_cnew * c\n"
        "    d_c = d_cnew * f_\n"
        "    d_i = d_cnew * g_\n"
        "    d_g = d_cnew * i_\n"
        "    d_z = [d_i * i_ * (1 - i_), d_f * f_ * (1 - f_), d_g * (1 - g_ ** 2), d_o * o_ * "
        "(1 - o_)]\n"
        "    dx = sum(dz @ W for dz, W in zip(d_z, [Wi_x, Wf_x, Wg_x, Wo_x]))\n"
        "    dh = sum(dz @ W for dz, W in zip(d_z, [Wi_h, Wf_h, Wg_h, Wo_h]))\n"
        "    dW_ih = np.vstack([dz.T @ x for dz in d_z])\n"
        "    dW_hh = np.vstack([dz.T @ h for dz in d_z])\n"
        "    db = np.concatenate([dz.sum(axis=0) for dz in d_z])\n"
        "    return dict(x=dx, h=dh, c=d_c, W_ih=dW_ih, W_hh=dW_hh, b_ih=db, "
        "b_hh=db.copy())\n",
    },
    {
        "id": "cellbwd_grace_double_counted_c_edge",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient to c_{t-1} counts the direct edge twice: dc_prev = δc ⊙ f + "
                "dc_next ⊙ f",
                "must_mention": [
                    {
                        "any": [
                            '"c"',
                            "'c'",
                            "dL/dc",
                            "c_{t-1}",
                            "gradient of c",
                            "c_prev",
                            "previous c",
                            "cell state",
                        ]
                    },
                    {"any": ["twice", "double", "dc_next", "extra", "f_t", "forget"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    ig = sigmoid(pre[:, 0:H])\n"
        "    fg = sigmoid(pre[:, H:2 * H])\n"
        "    gg = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    og = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    cn = fg * c + ig * gg\n"
        "    tn = np.tanh(cn)\n"
        "    # node c_t receives: (1) dc_next directly, (2) from h_t through tanh\n"
        "    dcn = dc_next + dh_next * og * (1 - tn ** 2)\n"
        "    # node c_{t-1}: edge through f*c ... and the carry edge from c_next\n"
        "    dc_prev = dcn * fg + dc_next * fg\n"
        "    d_pre = np.hstack([\n"
        "        dcn * gg * ig * (1 - ig),\n"
        "        dcn * c * fg * (1 - fg),\n"
        "        dcn * ig * (1 - gg ** 2),\n"
        "        dh_next * tn * og * (1 - og),\n"
        "    ])\n"
        "    out = {}\n"
        '    out["x"] = d_pre @ W_ih\n'
        '    out["h"] = d_pre @ W_hh\n'
        '    out["c"] = dc_prev\n'
        '    out["W_ih"] = d_pre.T @ x\n'
        '    out["W_hh"] = d_pre.T @ h\n'
        '    out["b_ih"] = d_pre.sum(0)\n'
        '    out["b_hh"] = d_pre.sum(0)\n'
        "    return out\n",
    },
    {
        "id": "cellbwd_rafael_g_uses_sigmoid_derivative",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the candidate gate g = tanh(·) is differentiated with the sigmoid's "
                "derivative g(1-g) instead of 1 - g²",
                "must_mention": [
                    {
                        "any": [
                            "g_t",
                            "candidate",
                            "cell gate",
                            "gate g",
                            "g gate",
                            "tanh",
                            "δg",
                            "dg",
                        ]
                    },
                    {"any": ["deriv", "1 - g", "tanh'", "sigmoid", "σ'", "nonlinear"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    act = sigmoid(gates)\n"
        "    act[:, 2 * H:3 * H] = np.tanh(gates[:, 2 * H:3 * H])\n"
        "    i, f, g, o = act[:, :H], act[:, H:2 * H], act[:, 2 * H:3 * H], act[:, 3 * H:]\n"
        "    c2 = f * c + i * g\n"
        "    t2 = np.tanh(c2)\n"
        "    dc = dc_next + dh_next * o * (1 - t2 * t2)\n"
        "    dact = np.concatenate([dc * g, dc * c, dc * i, dh_next * t2], axis=1)\n"
        "    dgates = dact * act * (1 - act)     # sigma' = s(1-s) for every gate\n"
        "    dgates_b = dgates.sum(0)\n"
        '    return {"x": dgates @ W_ih, "h": dgates @ W_hh, "c": dc * f,\n'
        '            "W_ih": dgates.T @ x, "W_hh": dgates.T @ h, "b_ih": dgates_b, "b_hh": '
        "dgates_b}\n",
    },
    {
        "id": "cellbwd_hannah_weight_grads_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight gradients are returned transposed: x.T @ da is (I, 4H) and h.T "
                "@ da is (H, 4H) instead of the shapes of W_ih (4H, I) and W_hh (4H, H)",
                "must_mention": [
                    {"any": ["W_ih", "W_hh"]},
                    {"any": ["shape", "transpos", "(4H", "layout"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    A = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        '    parts = dict(zip("ifgo", np.split(A, 4, axis=1)))\n'
        '    s = {k: (np.tanh(v) if k == "g" else sigmoid(v)) for k, v in parts.items()}\n'
        '    c_t = s["f"] * c + s["i"] * s["g"]\n'
        "    th = np.tanh(c_t)\n"
        '    dct = dc_next + dh_next * s["o"] * (1 - th ** 2)\n'
        "    d = {\n"
        '        "i": dct * s["g"] * s["i"] * (1 - s["i"]),\n'
        '        "f": dct * c * s["f"] * (1 - s["f"]),\n'
        '        "g": dct * s["i"] * (1 - s["g"] ** 2),\n'
        '        "o": dh_next * th * s["o"] * (1 - s["o"]),\n'
        "    }\n"
        '    dA = np.hstack([d[k] for k in "ifgo"])     # (B, 4H)\n'
        "    grads = {\n"
        '        "x": dA @ W_ih,\n'
        '        "h": dA @ W_hh,\n'
        '        "c": dct * s["f"],\n'
        "        # weight gradients: inputs^T times upstream, like in my renderer\n"
        '        "W_ih": x.T @ dA,\n'
        '        "W_hh": h.T @ dA,\n'
        '        "b_ih": dA.sum(axis=0),\n'
        '        "b_hh": dA.sum(axis=0),\n'
        "    }\n"
        "    return grads\n",
    },
    {
        "id": "cellbwd_hannah2_bias_not_summed_over_batch",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the bias gradients are not summed over the batch: b_ih and b_hh are "
                "returned as (B, 4H) instead of (4H,)",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {"any": ["sum", "batch", "shape", "(4H,)"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    A = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(A, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    th = np.tanh(c_t)\n"
        "    dct = dc_next + dh_next * o * (1 - th ** 2)\n"
        "    dA = np.hstack([dct * g * i * (1 - i), dct * c * f * (1 - f), dct * i * (1 - g ** "
        "2),\n"
        "                    dh_next * th * o * (1 - o)])\n"
        '    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dct * f,\n'
        '            "W_ih": dA.T @ x, "W_hh": dA.T @ h,\n'
        '            "b_ih": dA, "b_hh": dA}       # bias adds directly to A, so dA\n',
    },
    {
        "id": "cellbwd_tomasz_tanh_of_old_c",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "tanh is applied to the previous cell state c_{t-1} instead of the new one "
                "c_t when computing δo and δc_t",
                "must_mention": [
                    {
                        "any": [
                            "c_t",
                            "c_{t-1}",
                            "new cell",
                            "previous cell",
                            "c_next",
                            "tanh(c",
                            "old cell",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "\n"
        "    def split4(a):\n"
        "        return a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "\n"
        "    ai, af, ag, ao = split4(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh)\n"
        "    i, f, g, o = sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)\n"
        "    tanh_c = np.tanh(c)\n"
        "    c_t = f * c + i * g\n"
        "    dc_t = dc_next + dh_next * o * (1.0 - tanh_c ** 2)\n"
        "    da = np.concatenate(\n"
        "        (dc_t * g * i * (1 - i), dc_t * c * f * (1 - f), dc_t * i * (1 - g * g), "
        "dh_next * tanh_c * o * (1 - o)),\n"
        "        axis=-1,\n"
        "    )\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cellbwd_sven_forget_uses_new_c",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δf is computed with the new cell state c_t instead of the previous one "
                "c_{t-1} (δf = δc ⊙ c_t)",
                "must_mention": [
                    {"any": ["forget", "f_t", "δf", "df", "gate f"]},
                    {"any": ["c_{t-1}", "previous", "c_prev", "old cell", "c_t", "cell state"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    a = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H]); o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1.0 - tc ** 2)\n"
        "    di = dc * g\n"
        "    df = dc * c_next\n"
        "    dg = dc * i\n"
        "    do = dh_next * tc\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], 1)\n"
        "    db = da.sum(0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cellbwd_aiko_dx_einsum_uses_W_hh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dx is computed with W_hh instead of W_ih (copy-pasted einsum): wrong "
                "shape when I != H, wrong values when I == H",
                "must_mention": [
                    {
                        "any": [
                            '"x"',
                            "'x'",
                            "dx",
                            "dL/dx",
                            "gradient of x",
                            "x_t",
                            "grad x",
                            "input",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        '    z = np.einsum("bi,ki->bk", x, W_ih) + np.einsum("bj,kj->bk", h, W_hh) + b_ih + '
        "b_hh\n"
        "    i, f, g, o = (z[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    cn = f * c + i * g\n"
        "    tc = np.tanh(cn)\n"
        "    dct = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    dz = np.concatenate([dct * g * i * (1 - i), dct * c * f * (1 - f),\n"
        "                         dct * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    dh = np.einsum("bk,kj->bj", dz, W_hh)\n'
        '    dx = np.einsum("bk,kj->bj", dz, W_hh)\n'
        '    return {"x": dx, "h": dh, "c": dct * f,\n'
        '            "W_ih": np.einsum("bk,bi->ki", dz, x), "W_hh": np.einsum("bk,bj->kj", dz, '
        "h),\n"
        '            "b_ih": dz.sum(0), "b_hh": dz.sum(0)}\n',
    },
    {
        "id": "cellbwd_kwame_b_hh_zero",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient of b_hh is returned as zeros; b_hh enters the pre-activation "
                "exactly like b_ih, so its gradient is the same sum of δa over the batch",
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
        "def _forward_cache(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    cache = {\n"
        '        "i": sigmoid(pre[:, 0 * H:1 * H]),\n'
        '        "f": sigmoid(pre[:, 1 * H:2 * H]),\n'
        '        "g": np.tanh(pre[:, 2 * H:3 * H]),\n'
        '        "o": sigmoid(pre[:, 3 * H:4 * H]),\n'
        "    }\n"
        '    cache["c_new"] = cache["f"] * c + cache["i"] * cache["g"]\n'
        '    cache["tanh_c"] = np.tanh(cache["c_new"])\n'
        "    return cache\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    k = _forward_cache(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        '    dc_total = dc_next + dh_next * k["o"] * (1.0 - k["tanh_c"] ** 2)\n'
        '    d_i = dc_total * k["g"] * k["i"] * (1.0 - k["i"])\n'
        '    d_f = dc_total * c * k["f"] * (1.0 - k["f"])\n'
        '    d_g = dc_total * k["i"] * (1.0 - k["g"] ** 2)\n'
        '    d_o = dh_next * k["tanh_c"] * k["o"] * (1.0 - k["o"])\n'
        "    d_pre = np.concatenate([d_i, d_f, d_g, d_o], axis=1)\n"
        "    result = {}\n"
        '    result["x"] = d_pre @ W_ih\n'
        '    result["h"] = d_pre @ W_hh\n'
        '    result["c"] = dc_total * k["f"]\n'
        '    result["W_ih"] = d_pre.T @ x\n'
        '    result["W_hh"] = d_pre.T @ h\n'
        '    result["b_ih"] = d_pre.sum(axis=0)\n'
        '    result["b_hh"] = np.zeros_like(b_hh)  # b_hh is the recurrent bias, no gradient '
        "from x\n"
        "    return result\n",
    },
    {
        "id": "cellbwd_marcus_gate_order_ifog",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the stacked rows are split in the order (i, f, o, g) (Keras) instead of "
                "PyTorch's (i, f, g, o)",
                "must_mention": [
                    {"any": ["order", "i, f, g, o", "ifgo", "ifog", "i,f,g,o", "gate"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    gate = {}\n"
        '    for n, name in enumerate(["i", "f", "o", "g"]):\n'
        "        gate[name] = z[:, n * H:(n + 1) * H]\n"
        '    i = sigmoid(gate["i"])\n'
        '    f = sigmoid(gate["f"])\n'
        '    o = sigmoid(gate["o"])\n'
        '    g = np.tanh(gate["g"])\n'
        "    c_new = f * c + i * g\n"
        "    t = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - t ** 2)\n"
        '    dz = {"i": dc * g * i * (1 - i), "f": dc * c * f * (1 - f),\n'
        '          "o": dh_next * t * o * (1 - o), "g": dc * i * (1 - g ** 2)}\n'
        '    dZ = np.concatenate([dz[name] for name in ["i", "f", "o", "g"]], axis=1)\n'
        '    return {"x": dZ @ W_ih, "h": dZ @ W_hh, "c": dc * f,\n'
        '            "W_ih": dZ.T @ x, "W_hh": dZ.T @ h, "b_ih": dZ.sum(0), "b_hh": '
        "dZ.sum(0)}\n",
    },
    {
        "id": "cellbwd_rafael_inplace_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_next is updated in place (dc_next += ...), so the caller's array is "
                "changed",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in-place",
                            "in place",
                            "overwr",
                            "mutat",
                            "alias",
                            "same array",
                            "writes into",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2 * H]); g = np.tanh(a[:, 2 * H:3 * "
        "H]); o = sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next\n"
        "    dc += dh_next * o * (1 - tc * tc)   # accumulate in place, no temporaries\n"
        "    da = np.empty_like(a)\n"
        "    da[:, :H] = dc * g * i * (1 - i)\n"
        "    da[:, H:2 * H] = dc * c * f * (1 - f)\n"
        "    da[:, 2 * H:3 * H] = dc * i * (1 - g * g)\n"
        "    da[:, 3 * H:] = dh_next * tc * o * (1 - o)\n"
        "    db = da.sum(0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cellbwd_dev_output_gate_missing_sigmoid_derivative",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the output gate's δo is not multiplied by σ'(a_o) = o(1 - o)",
                "must_mention": [
                    {"any": ["output gate", "o_t", "gate o", "δo", "do", "o gate"]},
                    {"any": ["deriv", "sigmoid", "σ'", "1 - o", "nonlinear"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    f = sigmoid(a[:, H:2*H])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:4*H])\n"
        "    ct = f*c + i*g\n"
        "    tct = np.tanh(ct)\n"
        "    dct = dc_next + dh_next*o*(1 - tct*tct)\n"
        "    da = np.zeros((B, 4*H))\n"
        "    da[:, 0:H] = dct*g*i*(1 - i)\n"
        "    da[:, H:2*H] = dct*c*f*(1 - f)\n"
        "    da[:, 2*H:3*H] = dct*i*(1 - g*g)\n"
        "    da[:, 3*H:4*H] = dh_next*tct\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dct*f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cellbwd_lena_returns_tuple",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a tuple of the seven gradients instead of the dict with keys 'x', "
                "'h', 'c', 'W_ih', 'W_hh', 'b_ih', 'b_hh'",
                "must_mention": [{"any": ["dict", "key", "mapping"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    d_i = dc * g * i * (1 - i)\n"
        "    d_f = dc * c * f * (1 - f)\n"
        "    d_g = dc * i * (1 - g ** 2)\n"
        "    d_o = dh_next * tanh_c * o * (1 - o)\n"
        "    da = np.concatenate([d_i, d_f, d_g, d_o], axis=1)\n"
        "    dx = da @ W_ih\n"
        "    dh = da @ W_hh\n"
        "    dc_prev = dc * f\n"
        "    dW_ih = da.T @ x\n"
        "    dW_hh = da.T @ h\n"
        "    db_ih = da.sum(axis=0)\n"
        "    db_hh = da.sum(axis=0)\n"
        "    return dx, dh, dc_prev, dW_ih, dW_hh, db_ih, db_hh\n",
    },
    {
        "id": "cellbwd_sven_float32_for_speed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the pre-activations and all gradients are computed in float32 (x, h, "
                "weights cast to float32), so every gradient is only float32-accurate "
                "(float64 expected)",
                "must_mention": [{"any": ["float32", "dtype", "precision", "float64", "single"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    dh_next, dc_next = dh_next.astype(f32), dc_next.astype(f32)\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh).astype(f32)\n"
        "    s = 1.0 / (1.0 + np.exp(-a))\n"
        "    i, f, o = s[:, :H], s[:, H:2 * H], s[:, 3 * H:]\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cellbwd_priya_DOUBLE_no_h_path_and_b_hh_zero",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the total gradient reaching c_t leaves out the path through h_t (dh ⊙ o ⊙ "
                "(1 - tanh²c_t))",
                "must_mention": [
                    {
                        "any": [
                            "δc",
                            "delta c",
                            "dc_t",
                            "c_t",
                            "cell state",
                            "total gradient",
                            "dc ",
                        ]
                    },
                    {"any": ["h_t", "dh", "tanh", "o_t", "output gate", "through h", "path"]},
                ],
            },
            {
                "what": "the gradient of b_hh is zeros instead of the same sum as b_ih",
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
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    zi, zf, zg, zo = z[:, :H], z[:, H:2 * H], z[:, 2 * H:3 * H], z[:, 3 * H:]\n"
        "    i_, f_, g_, o_ = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n"
        "    c_new = f_ * c + i_ * g_\n"
        "    tanh_c = np.tanh(c_new)\n"
        "    # graph: h_new = o * tanh_c ; c_new = f*c + i*g\n"
        "    d_o = dh_next * tanh_c\n"
        "    d_cnew = dc_next\n"
        "    d_z = np.concatenate([\n"
        "        d_cnew * g_ * i_ * (1 - i_),\n"
        "        d_cnew * c * f_ * (1 - f_),\n"
        "        d_cnew * i_ * (1 - g_ ** 2),\n"
        "        d_o * o_ * (1 - o_),\n"
        "    ], axis=1)\n"
        "    return {\n"
        '        "x": d_z @ W_ih,\n'
        '        "h": d_z @ W_hh,\n'
        '        "c": d_cnew * f_,\n'
        '        "W_ih": d_z.T @ x,\n'
        '        "W_hh": d_z.T @ h,\n'
        '        "b_ih": d_z.sum(axis=0),\n'
        '        "b_hh": np.zeros(4 * H),  # b_hh only feeds through the hidden path\n'
        "    }\n",
    },
    {
        "id": "cellbwd_rafael_DOUBLE_g_sigmoid_deriv_and_transposed_W",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the candidate gate g = tanh is differentiated with g(1-g) (sigmoid's "
                "derivative) instead of 1 - g²",
                "must_mention": [
                    {
                        "any": [
                            "g_t",
                            "candidate",
                            "cell gate",
                            "gate g",
                            "g gate",
                            "tanh",
                            "δg",
                            "dg",
                        ]
                    },
                    {"any": ["deriv", "1 - g", "tanh'", "sigmoid", "σ'", "nonlinear"]},
                ],
            },
            {
                "what": "the weight gradients are returned transposed, (I, 4H) and (H, 4H), "
                "instead of the shapes of W_ih and W_hh",
                "must_mention": [
                    {"any": ["W_ih", "W_hh"]},
                    {"any": ["shape", "transpos", "(4H", "layout"]},
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
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    act = sigmoid(pre)\n"
        "    act[:, 2 * H:3 * H] = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    i, f, g, o = np.split(act, 4, axis=1)\n"
        "    c1 = f * c + i * g\n"
        "    t1 = np.tanh(c1)\n"
        "    dc1 = dc_next + dh_next * o * (1.0 - t1 ** 2)\n"
        "    dact = np.concatenate([dc1 * g, dc1 * c, dc1 * i, dh_next * t1], axis=1)\n"
        "    dpre = dact * act * (1.0 - act)\n"
        '    return {"x": dpre @ W_ih, "h": dpre @ W_hh, "c": dc1 * f,\n'
        '            "W_ih": x.T @ dpre, "W_hh": h.T @ dpre,\n'
        '            "b_ih": dpre.sum(0), "b_hh": dpre.sum(0)}\n',
    },
    {
        "id": "cellbwd_marcus_DOUBLE_order_ifog_and_bias_per_example",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the stacked rows are split in the order (i, f, o, g) instead of (i, f, g, "
                "o)",
                "must_mention": [
                    {"any": ["order", "i, f, g, o", "ifgo", "ifog", "i,f,g,o", "gate"]}
                ],
            },
            {
                "what": "the bias gradients are not summed over the batch: (B, 4H) instead of "
                "(4H,)",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {"any": ["sum", "batch", "shape", "(4H,)"]},
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
        'GATES = ("i", "f", "o", "g")\n'
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    blocks = {name: z[:, k * H:(k + 1) * H] for k, name in enumerate(GATES)}\n"
        '    acts = {name: (np.tanh(v) if name == "g" else sigmoid(v)) for name, v in '
        "blocks.items()}\n"
        '    i, f, o, g = acts["i"], acts["f"], acts["o"], acts["g"]\n'
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    grads_z = {\n"
        '        "i": dc * g * i * (1 - i),\n'
        '        "f": dc * c * f * (1 - f),\n'
        '        "o": dh_next * tc * o * (1 - o),\n'
        '        "g": dc * i * (1 - g ** 2),\n'
        "    }\n"
        "    dz = np.concatenate([grads_z[name] for name in GATES], axis=1)\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dc * f, "W_ih": dz.T @ x, "W_hh": '
        "dz.T @ h,\n"
        '            "b_ih": dz, "b_hh": dz.copy()}\n',
    },
    {
        "id": "cellbwd_sven_DOUBLE_df_new_c_and_dx_W_hh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δf uses the new cell state c_t instead of c_{t-1}",
                "must_mention": [
                    {"any": ["forget", "f_t", "δf", "df", "gate f"]},
                    {"any": ["c_{t-1}", "previous", "c_prev", "old cell", "c_t", "cell state"]},
                ],
            },
            {
                "what": "dx is computed with W_hh instead of W_ih",
                "must_mention": [
                    {
                        "any": [
                            '"x"',
                            "'x'",
                            "dx",
                            "dL/dx",
                            "gradient of x",
                            "x_t",
                            "grad x",
                            "input",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    a = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]), np.tanh(a[:, 2 * H:3 * "
        "H]), sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1.0 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c_new * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], 1)\n"
        '    W = {"ih": W_ih, "hh": W_hh}\n'
        '    dprev = {k: da @ W["hh"] for k in ("x", "h")}\n'
        "    db = da.sum(0)\n"
        '    return {"x": dprev["x"], "h": dprev["h"], "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "layerbwd_tomasz_ok_reverse_scan",
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def scan(f, init, xs, reverse=False):\n"
        '    """numpy version of jax.lax.scan: xs is an array or a tuple of arrays with a '
        "leading time axis;\n"
        '    ys come back in time order, also with reverse=True."""\n'
        "    xs = xs if isinstance(xs, tuple) else (xs,)\n"
        "    T = xs[0].shape[0]\n"
        "    steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "    carry, ys = init, [None] * T\n"
        "    for t in steps:\n"
        "        carry, ys[t] = f(carry, tuple(a[t] for a in xs) if len(xs) > 1 else "
        "xs[0][t])\n"
        "    if isinstance(ys[0], tuple):\n"
        "        return carry, tuple(np.stack(z) for z in zip(*ys))\n"
        "    return carry, np.stack(ys)\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    params = (W_ih, W_hh, b_ih, b_hh)\n"
        "\n"
        "    def fwd_step(carry, x_t):\n"
        "        h, c = carry\n"
        "        return lstm_cell(x_t, h, c, *params), (h, c)  # ys: the state each step "
        "starts from\n"
        "\n"
        "    _, (hs_prev, cs_prev) = scan(fwd_step, (h0, c0), x)\n"
        "\n"
        "    dh_n = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc_n = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    acc0 = {k: np.zeros_like(p) for k, p in zip(("W_ih", "W_hh", "b_ih", "b_hh"), '
        "params)}\n"
        "\n"
        "    def bwd_step(carry, inp):\n"
        "        dh, dc, acc = carry\n"
        "        dout_t, x_t, h_t, c_t = inp\n"
        "        g = lstm_cell_backward(dout_t + dh, dc, x_t, h_t, c_t, *params)\n"
        "        acc = {k: acc[k] + g[k] for k in acc}\n"
        '        return (g["h"], g["c"], acc), g["x"]\n'
        "\n"
        "    (dh0, dc0, acc), dxs = scan(bwd_step, (dh_n, dc_n, acc0), (dout, x, hs_prev, "
        "cs_prev), reverse=True)\n"
        '    return {"x": dxs, "h0": dh0, "c0": dc0, **acc}\n',
    },
    {
        "id": "layerbwd_marcus_ok_dict_cache",
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
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(pre[:, 0 * H:1 * H])\n"
        "    f = sigmoid(pre[:, 1 * H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    c_new = f * c + i * g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "    dc_total = dc_next + dh_next * o * (1.0 - tanh_c ** 2)\n"
        "    d_pre = np.concatenate([\n"
        "        dc_total * g * i * (1.0 - i),\n"
        "        dc_total * c * f * (1.0 - f),\n"
        "        dc_total * i * (1.0 - g ** 2),\n"
        "        dh_next * tanh_c * o * (1.0 - o),\n"
        "    ], axis=1)\n"
        "    return {\n"
        '        "x": d_pre @ W_ih,\n'
        '        "h": d_pre @ W_hh,\n'
        '        "c": dc_total * f,\n'
        '        "W_ih": d_pre.T @ x,\n'
        '        "W_hh": d_pre.T @ h,\n'
        '        "b_ih": d_pre.sum(axis=0),\n'
        '        "b_hh": d_pre.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    # forward pass, caching the state each step starts from\n"
        "    cache = {}\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        '        cache[t] = {"h_prev": h, "c_prev": c}\n'
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "\n"
        '    grads = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    dh_carry = np.zeros((B, H)) if dh_n is None else dh_n.copy()\n"
        "    dc_carry = np.zeros((B, H)) if dc_n is None else dc_n.copy()\n"
        "    for t in reversed(range(T)):\n"
        "        step = lstm_cell_backward(dout[t] + dh_carry, dc_carry, x[t], "
        'cache[t]["h_prev"],\n'
        '                                  cache[t]["c_prev"], W_ih, W_hh, b_ih, b_hh)\n'
        '        grads["x"][t] = step["x"]\n'
        '        for name in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[name] = grads[name] + step[name]\n"
        '        dh_carry, dc_carry = step["h"], step["c"]\n'
        '    grads["h0"] = dh_carry\n'
        '    grads["c0"] = dc_carry\n'
        "    return grads\n",
    },
    {
        "id": "layerbwd_aiko_ok_einsum_weights",
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
        "    # forward, keeping every gate activation and every state\n"
        "    hs = np.empty((T + 1, B, H)); cs = np.empty((T + 1, B, H))\n"
        "    hs[0], cs[0] = h0, c0\n"
        "    acts = np.empty((T, B, 4, H))\n"
        "    for t in range(T):\n"
        "        z = (x[t] @ W_ih.T + hs[t] @ W_hh.T + b_ih + b_hh).reshape(B, 4, H)\n"
        "        acts[t] = sigmoid(z)\n"
        "        acts[t, :, 2] = np.tanh(z[:, 2])\n"
        "        i, f, g, o = acts[t].transpose(1, 0, 2)\n"
        "        cs[t + 1] = f * cs[t] + i * g\n"
        "        hs[t + 1] = o * np.tanh(cs[t + 1])\n"
        "    # backward: only the recurrence is sequential; weight grads at the end with "
        "einsum\n"
        "    dA = np.empty((T, B, 4 * H))\n"
        "    dh = np.zeros((B, H)) if dh_n is None else np.array(dh_n, dtype=float)\n"
        "    dc = np.zeros((B, H)) if dc_n is None else np.array(dc_n, dtype=float)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        i, f, g, o = acts[t].transpose(1, 0, 2)\n"
        "        tc = np.tanh(cs[t + 1])\n"
        "        dh = dh + dout[t]\n"
        "        dct = dc + dh * o * (1 - tc ** 2)\n"
        "        dA[t] = np.concatenate([dct * g * i * (1 - i), dct * cs[t] * f * (1 - f),\n"
        "                                dct * i * (1 - g ** 2), dh * tc * o * (1 - o)], "
        "axis=1)\n"
        "        dh = dA[t] @ W_hh\n"
        "        dc = dct * f\n"
        '    db = np.einsum("tbk->k", dA)\n'
        "    return {\n"
        '        "x": np.einsum("tbk,ki->tbi", dA, W_ih),\n'
        '        "h0": dh,\n'
        '        "c0": dc,\n'
        '        "W_ih": np.einsum("tbk,tbi->ki", dA, x),\n'
        '        "W_hh": np.einsum("tbk,tbj->kj", dA, hs[:-1]),\n'
        '        "b_ih": db,\n'
        '        "b_hh": db.copy(),\n'
        "    }\n",
    },
    {
        "id": "layerbwd_marcus_cache_reads_state_after_step",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the state read from the cache for step t is the state AFTER step t (h_t, "
                "c_t, keyed t+1) instead of the state the step started from (h_{t-1}, "
                "c_{t-1})",
                "must_mention": [
                    {"any": ["state", "h_{t-1}", "cache", "c_{t-1}"]},
                    {
                        "any": [
                            "previous",
                            "started",
                            "t-1",
                            "off by one",
                            "off-by-one",
                            "wrong step",
                            "shift",
                            "before",
                            "after",
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
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(pre[:, 0 * H:1 * H])\n"
        "    f = sigmoid(pre[:, 1 * H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    c_new = f * c + i * g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "    dc_total = dc_next + dh_next * o * (1.0 - tanh_c ** 2)\n"
        "    d_pre = np.concatenate([\n"
        "        dc_total * g * i * (1.0 - i),\n"
        "        dc_total * c * f * (1.0 - f),\n"
        "        dc_total * i * (1.0 - g ** 2),\n"
        "        dh_next * tanh_c * o * (1.0 - o),\n"
        "    ], axis=1)\n"
        "    return {\n"
        '        "x": d_pre @ W_ih,\n'
        '        "h": d_pre @ W_hh,\n'
        '        "c": dc_total * f,\n'
        '        "W_ih": d_pre.T @ x,\n'
        '        "W_hh": d_pre.T @ h,\n'
        '        "b_ih": d_pre.sum(axis=0),\n'
        '        "b_hh": d_pre.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    states = {0: (h0, c0)}          # states[k] = state after k steps\n"
        "    for t in range(T):\n"
        "        states[t + 1] = lstm_cell(x[t], *states[t], W_ih, W_hh, b_ih, b_hh)\n"
        "\n"
        "    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n"
        "    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h_t, c_t = states[t + 1]\n"
        "        grads = lstm_cell_backward(dh + dout[t], dc, x[t], h_t, c_t, W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = grads["x"]\n'
        '        dW_ih += grads["W_ih"]; dW_hh += grads["W_hh"]\n'
        '        db_ih += grads["b_ih"]; db_hh += grads["b_hh"]\n'
        '        dh, dc = grads["h"], grads["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "layerbwd_tomasz_carry_order_swapped",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward scan's carry is returned as (dc, dh, acc) but unpacked as "
                "(dh, dc, acc): the gradients carried to the previous step for h and c are "
                "exchanged",
                "must_mention": [
                    {"any": ["swap", "mix", "exchang", "order", "confus", "interchang"]},
                    {"any": ["dh", "dc", "h_t", "c_t", "cell", "hidden", "carry"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def scan(f, init, xs, reverse=False):\n"
        '    """numpy version of jax.lax.scan: xs is an array or a tuple of arrays with a '
        "leading time axis;\n"
        '    ys come back in time order, also with reverse=True."""\n'
        "    xs = xs if isinstance(xs, tuple) else (xs,)\n"
        "    T = xs[0].shape[0]\n"
        "    steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "    carry, ys = init, [None] * T\n"
        "    for t in steps:\n"
        "        carry, ys[t] = f(carry, tuple(a[t] for a in xs) if len(xs) > 1 else "
        "xs[0][t])\n"
        "    if isinstance(ys[0], tuple):\n"
        "        return carry, tuple(np.stack(z) for z in zip(*ys))\n"
        "    return carry, np.stack(ys)\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    params = (W_ih, W_hh, b_ih, b_hh)\n"
        "\n"
        "    def fwd_step(carry, x_t):\n"
        "        h, c = carry\n"
        "        return lstm_cell(x_t, h, c, *params), carry\n"
        "\n"
        "    _, (hs, cs) = scan(fwd_step, (h0, c0), x)\n"
        "    zero = np.zeros_like(h0)\n"
        "    acc0 = tuple(np.zeros_like(p) for p in params)\n"
        "\n"
        "    def bwd_step(carry, inp):\n"
        "        dh, dc, acc = carry\n"
        "        dout_t, x_t, h_t, c_t = inp\n"
        "        g = lstm_cell_backward(dh + dout_t, dc, x_t, h_t, c_t, *params)\n"
        '        acc = tuple(a + g[k] for a, k in zip(acc, ("W_ih", "W_hh", "b_ih", "b_hh")))\n'
        '        return (g["c"], g["h"], acc), g["x"]\n'
        "\n"
        "    init = (zero if dh_n is None else dh_n, zero if dc_n is None else dc_n, acc0)\n"
        "    (dh0, dc0, acc), dxs = scan(bwd_step, init, (dout, x, hs, cs), reverse=True)\n"
        '    return dict(zip(("x", "h0", "c0", "W_ih", "W_hh", "b_ih", "b_hh"), (dxs, dh0, '
        "dc0, *acc)))\n",
    },
    {
        "id": "layerbwd_tomasz2_recurrent_dh_dropped",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient reaching h_t is only dout[t]: what step t+1's backward "
                "returns for 'h' is carried but never added to it",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "add",
                            "plus",
                            "recurren",
                            "t+1",
                            "next step",
                            "later",
                            "carried",
                            "from step",
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def scan(f, init, xs, reverse=False):\n"
        '    """numpy version of jax.lax.scan: xs is an array or a tuple of arrays with a '
        "leading time axis;\n"
        '    ys come back in time order, also with reverse=True."""\n'
        "    xs = xs if isinstance(xs, tuple) else (xs,)\n"
        "    T = xs[0].shape[0]\n"
        "    steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "    carry, ys = init, [None] * T\n"
        "    for t in steps:\n"
        "        carry, ys[t] = f(carry, tuple(a[t] for a in xs) if len(xs) > 1 else "
        "xs[0][t])\n"
        "    if isinstance(ys[0], tuple):\n"
        "        return carry, tuple(np.stack(z) for z in zip(*ys))\n"
        "    return carry, np.stack(ys)\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    params = (W_ih, W_hh, b_ih, b_hh)\n"
        "    T = x.shape[0]\n"
        "\n"
        "    def fwd_step(carry, x_t):\n"
        "        return lstm_cell(x_t, *carry, *params), carry\n"
        "\n"
        "    _, (hs, cs) = scan(fwd_step, (h0, c0), x)\n"
        "    zero = np.zeros_like(h0)\n"
        "    dh_last = zero if dh_n is None else dh_n\n"
        "    dc_last = zero if dc_n is None else dc_n\n"
        "    # the loss at step T-1 also sees h_n\n"
        "    dout_total = np.concatenate([dout[:-1], (dout[-1] + dh_last)[None]], axis=0)\n"
        "\n"
        "    def bwd_step(carry, inp):\n"
        "        dh, dc, acc = carry\n"
        "        dout_t, x_t, h_t, c_t = inp\n"
        "        g = lstm_cell_backward(dout_t, dc, x_t, h_t, c_t, *params)\n"
        '        acc = [a + g[k] for a, k in zip(acc, ("W_ih", "W_hh", "b_ih", "b_hh"))]\n'
        '        return (g["h"], g["c"], acc), g["x"]\n'
        "\n"
        "    acc0 = [np.zeros_like(p) for p in params]\n"
        "    (dh0, dc0, acc), dxs = scan(bwd_step, (zero, dc_last, acc0), (dout_total, x, hs, "
        "cs), reverse=True)\n"
        '    out = {"x": dxs, "h0": dh0, "c0": dc0}\n'
        '    out.update(zip(("W_ih", "W_hh", "b_ih", "b_hh"), acc))\n'
        "    return out\n",
    },
    {
        "id": "layerbwd_kwame_weight_grads_overwritten",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are assigned (=) at every step instead of "
                "summed over all steps, so only step 0's contribution is returned",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "every step",
                            "all steps",
                            "each step",
                            "add up",
                            "+=",
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
        "    i = sigmoid(pre[:, 0 * H:1 * H])\n"
        "    f = sigmoid(pre[:, 1 * H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    c_new = f * c + i * g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "    dc_total = dc_next + dh_next * o * (1.0 - tanh_c ** 2)\n"
        "    d_pre = np.concatenate([\n"
        "        dc_total * g * i * (1.0 - i),\n"
        "        dc_total * c * f * (1.0 - f),\n"
        "        dc_total * i * (1.0 - g ** 2),\n"
        "        dh_next * tanh_c * o * (1.0 - o),\n"
        "    ], axis=1)\n"
        "    return {\n"
        '        "x": d_pre @ W_ih,\n'
        '        "h": d_pre @ W_hh,\n'
        '        "c": dc_total * f,\n'
        '        "W_ih": d_pre.T @ x,\n'
        '        "W_hh": d_pre.T @ h,\n'
        '        "b_ih": d_pre.sum(axis=0),\n'
        '        "b_hh": d_pre.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "class _Tape:\n"
        "    def __init__(self):\n"
        "        self.h_prev, self.c_prev = [], []\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    tape = _Tape()\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        tape.h_prev.append(h)\n"
        "        tape.c_prev.append(c)\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "\n"
        '    result = {"x": np.zeros((T, B, I))}\n'
        "    dh_next = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc_next = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh_next + dout[t], dc_next, x[t], tape.h_prev[t], "
        "tape.c_prev[t],\n"
        "                               W_ih, W_hh, b_ih, b_hh)\n"
        '        result["x"][t] = g["x"]\n'
        '        result["W_ih"] = g["W_ih"]\n'
        '        result["W_hh"] = g["W_hh"]\n'
        '        result["b_ih"] = g["b_ih"]\n'
        '        result["b_hh"] = g["b_hh"]\n'
        '        dh_next, dc_next = g["h"], g["c"]\n'
        '    result["h0"] = dh_next\n'
        '    result["c0"] = dc_next\n'
        "    return result\n",
    },
    {
        "id": "layerbwd_aiko_dx_in_reverse_time",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the per-step input gradients are appended while walking backwards and "
                "stacked without reversing, so 'x'[t] holds step T-1-t's gradient",
                "must_mention": [
                    {
                        "any": [
                            '"x"',
                            "'x'",
                            "dx",
                            "dL/dx",
                            "gradient of x",
                            "x_t",
                            "grad x",
                            "input",
                        ]
                    },
                    {"any": ["order", "revers", "time", "flip", "backwards"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
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
        "    per_step, dxs = [], []\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        per_step.append(g)\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    stacked = {k: np.stack([g[k] for g in per_step]) for k in ("W_ih", "W_hh", '
        '"b_ih", "b_hh")}\n'
        "    grads = {k: np.add.reduce(v, axis=0) for k, v in stacked.items()}\n"
        '    grads.update({"x": np.stack(dxs), "h0": dh, "c0": dc})\n'
        "    return grads\n",
    },
    {
        "id": "layerbwd_dev_dh_n_ignored",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n is never used: the backward walk always starts from a zero gradient "
                "on h_{T-1}, so whenever dh_n is given its contribution is lost",
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
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(pre[:, 0 * H:1 * H])\n"
        "    f = sigmoid(pre[:, 1 * H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    c_new = f * c + i * g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "    dc_total = dc_next + dh_next * o * (1.0 - tanh_c ** 2)\n"
        "    d_pre = np.concatenate([\n"
        "        dc_total * g * i * (1.0 - i),\n"
        "        dc_total * c * f * (1.0 - f),\n"
        "        dc_total * i * (1.0 - g ** 2),\n"
        "        dh_next * tanh_c * o * (1.0 - o),\n"
        "    ], axis=1)\n"
        "    return {\n"
        '        "x": d_pre @ W_ih,\n'
        '        "h": d_pre @ W_hh,\n'
        '        "c": dc_total * f,\n'
        '        "W_ih": d_pre.T @ x,\n'
        '        "W_hh": d_pre.T @ h,\n'
        '        "b_ih": d_pre.sum(axis=0),\n'
        '        "b_hh": d_pre.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros((B, H))\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros((B, H))\n"
        "    h_hist = np.zeros((T + 1, B, H))\n"
        "    c_hist = np.zeros((T + 1, B, H))\n"
        "    h_hist[0] = h0\n"
        "    c_hist[0] = c0\n"
        "    for t in range(T):\n"
        "        h_hist[t + 1], c_hist[t + 1] = lstm_cell(x[t], h_hist[t], c_hist[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        "    dx = np.zeros((T, B, I))\n"
        "    dWih = np.zeros(W_ih.shape); dWhh = np.zeros(W_hh.shape)\n"
        "    dbih = np.zeros(b_ih.shape); dbhh = np.zeros(b_hh.shape)\n"
        "    dh = np.zeros((B, H))\n"
        "    dc = dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], h_hist[t], c_hist[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dWih += g["W_ih"]; dWhh += g["W_hh"]; dbih += g["b_ih"]; dbhh += g["b_hh"]\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dWih, "W_hh": dWhh, "b_ih": dbih, '
        '"b_hh": dbhh}\n',
    },
    {
        "id": "layerbwd_lena_skips_step0",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward loop is range(T-1, 0, -1): step 0 is never back-propagated, "
                "so 'x'[0] stays zero, step 0's weight gradients are missing, and "
                "'h0'/'c0' are the gradients reaching h_0/c_0 instead of h0/c0",
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
                            "time step 0",
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
        "    i = sigmoid(pre[:, 0 * H:1 * H])\n"
        "    f = sigmoid(pre[:, 1 * H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    c_new = f * c + i * g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "    dc_total = dc_next + dh_next * o * (1.0 - tanh_c ** 2)\n"
        "    d_pre = np.concatenate([\n"
        "        dc_total * g * i * (1.0 - i),\n"
        "        dc_total * c * f * (1.0 - f),\n"
        "        dc_total * i * (1.0 - g ** 2),\n"
        "        dh_next * tanh_c * o * (1.0 - o),\n"
        "    ], axis=1)\n"
        "    return {\n"
        '        "x": d_pre @ W_ih,\n'
        '        "h": d_pre @ W_hh,\n'
        '        "c": dc_total * f,\n'
        '        "W_ih": d_pre.T @ x,\n'
        '        "W_hh": d_pre.T @ h,\n'
        '        "b_ih": d_pre.sum(axis=0),\n'
        '        "b_hh": d_pre.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    # forward: remember every (h, c)\n"
        "    h_list = [h0]\n"
        "    c_list = [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h_list[t], c_list[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        h_list.append(h)\n"
        "        c_list.append(c)\n"
        "    dx = np.zeros((T, B, I))\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    # walk back from T-1 to 0\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], h_list[t], c_list[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dW_ih = dW_ih + g["W_ih"]\n'
        '        dW_hh = dW_hh + g["W_hh"]\n'
        '        db_ih = db_ih + g["b_ih"]\n'
        '        db_hh = db_hh + g["b_hh"]\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "layerbwd_rafael_inplace_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the recurrent gradient is added into the caller's dout in place (dout[t] "
                "+= dh), so the array passed in is changed",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in-place",
                            "in place",
                            "overwr",
                            "mutat",
                            "alias",
                            "same array",
                            "writes into",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = np.empty((T + 1, B, H)); cs = np.empty((T + 1, B, H))\n"
        "    hs[0] = h0; cs[0] = c0\n"
        "    for t in range(T):\n"
        "        hs[t + 1], cs[t + 1] = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "    dx = np.empty_like(x)\n"
        "    gW_ih = np.zeros_like(W_ih); gW_hh = np.zeros_like(W_hh)\n"
        "    gb_ih = np.zeros_like(b_ih); gb_hh = np.zeros_like(b_hh)\n"
        "    if dh_n is not None:\n"
        "        dout[T - 1] += dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        gW_ih += g["W_ih"]; gW_hh += g["W_hh"]; gb_ih += g["b_ih"]; gb_hh += '
        'g["b_hh"]\n'
        "        if t > 0:\n"
        '            dout[t - 1] += g["h"]      # no extra buffer for the carry\n'
        '        dh0 = g["h"]\n'
        '        dc = g["c"]\n'
        '    return {"x": dx, "h0": dh0, "c0": dc, "W_ih": gW_ih, "W_hh": gW_hh, "b_ih": '
        'gb_ih, "b_hh": gb_hh}\n',
    },
    {
        "id": "layerbwd_sven_dh_n_counted_twice",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n is used twice: added to dout[T-1] and also used as the initial "
                "carried gradient, so its contribution is doubled whenever dh_n is given",
                "must_mention": [
                    "dh_n",
                    {"any": ["twice", "double", "2x", "2 times", "counted", "once"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    dh_n = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc_n = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    # h_n = out[T-1], so its gradient joins dout at the last step\n"
        "    dout = dout.copy()\n"
        "    dout[-1] = dout[-1] + dh_n\n"
        "\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "\n"
        '    keys = ("W_ih", "W_hh", "b_ih", "b_hh")\n'
        "    total = {k: 0.0 for k in keys}\n"
        "    dx = np.zeros_like(x)\n"
        "    dh, dc = dh_n, dc_n\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        for k in keys:\n"
        "            total[k] = total[k] + g[k]\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, **total}\n',
    },
    {
        "id": "layerbwd_hannah_weights_per_gate_blocks",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight gradients are returned as per-gate blocks of shape (4, H, I) "
                "and (4, H, H) (biases (4, H)) instead of the stacked shapes of W_ih (4H, "
                "I), W_hh (4H, H), b (4H,)",
                "must_mention": [
                    {"any": ["W_ih", "W_hh", "b_ih", "b_hh"]},
                    {"any": ["shape", "(4H", "layout", "block", "stack"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    H = h0.shape[1]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dxs = [None] * T\n"
        '    per_gate = {k: 0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs[t] = g["x"]\n'
        "        for k in per_gate:\n"
        "            # keep one block per gate (i, f, g, o): easier to inspect\n"
        "            per_gate[k] = per_gate[k] + g[k].reshape((4, H) + g[k].shape[1:])\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": np.stack(dxs), "h0": dh, "c0": dc, **per_gate}\n',
    },
    {
        "id": "layerbwd_marcus_cache_aliases_running_state",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the forward pass updates one state array in place (h[:] = ...) and caches "
                "that same array at every step, so every cached 'previous state' is really "
                "the final state",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "same array",
                            "copy",
                            "overwr",
                            "in place",
                            "in-place",
                            "cache",
                            "stored",
                            "h_{t-1}",
                            "previous state",
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
        "    i = sigmoid(pre[:, 0 * H:1 * H])\n"
        "    f = sigmoid(pre[:, 1 * H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    c_new = f * c + i * g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "    dc_total = dc_next + dh_next * o * (1.0 - tanh_c ** 2)\n"
        "    d_pre = np.concatenate([\n"
        "        dc_total * g * i * (1.0 - i),\n"
        "        dc_total * c * f * (1.0 - f),\n"
        "        dc_total * i * (1.0 - g ** 2),\n"
        "        dh_next * tanh_c * o * (1.0 - o),\n"
        "    ], axis=1)\n"
        "    return {\n"
        '        "x": d_pre @ W_ih,\n'
        '        "h": d_pre @ W_hh,\n'
        '        "c": dc_total * f,\n'
        '        "W_ih": d_pre.T @ x,\n'
        '        "W_hh": d_pre.T @ h,\n'
        '        "b_ih": d_pre.sum(axis=0),\n'
        '        "b_hh": d_pre.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    h = h0.copy()\n"
        "    c = c0.copy()\n"
        "    cache = []\n"
        "    for t in range(T):\n"
        '        cache.append({"x": x[t], "h": h, "c": c})\n'
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[:] = h_new          # reuse the buffers\n"
        "        c[:] = c_new\n"
        '    grads = {k: np.zeros_like(v) for k, v in (("W_ih", W_ih), ("W_hh", W_hh), '
        '("b_ih", b_ih), ("b_hh", b_hh))}\n'
        '    grads["x"] = np.zeros_like(x)\n'
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    for t in reversed(range(T)):\n"
        "        step = cache[t]\n"
        '        g = lstm_cell_backward(dout[t] + dh, dc, step["x"], step["h"], step["c"], '
        "W_ih, W_hh, b_ih, b_hh)\n"
        '        grads["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] += g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "layerbwd_priya_cell_gradient_not_carried",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient of c is not carried between steps: every step is given "
                "dc_next = 0 (only dc_n at the last step), so the path through the cell "
                "state c_{t-1} -> c_t is dropped",
                "must_mention": [
                    {"any": ["c_t", "dc", "cell", '"c"', "c_{t-1}", "c0"]},
                    {
                        "any": [
                            "carry",
                            "carried",
                            "t+1",
                            "next step",
                            "recurren",
                            "later",
                            "pass",
                            "previous step",
                            "between steps",
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h_prev, c_prev = [], []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h_prev.append(h); c_prev.append(c)\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    # graph: loss -> out[t] = h_t ; h_t -> h_{t+1} through the next step\n"
        "    d_h = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    d_c_last = np.zeros((B, H)) if dc_n is None else dc_n\n"
        '    G = {"x": np.zeros((T, B, I)), "W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        d_c = d_c_last if t == T - 1 else np.zeros((B, H))\n"
        "        g = lstm_cell_backward(dout[t] + d_h, d_c, x[t], h_prev[t], c_prev[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        G["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            G[k] = G[k] + g[k]\n"
        '        d_h = g["h"]\n'
        '        G["c0"] = g["c"]\n'
        '    G["h0"] = d_h\n'
        "    return G\n",
    },
    {
        "id": "layerbwd_dev_truthiness_of_none_default",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the None defaults are tested with `if not dh_n:`, which raises 'truth "
                "value of an array is ambiguous' whenever dh_n / dc_n are given as arrays",
                "must_mention": [{"any": ["dh_n", "dc_n", "None", "truth value", "ambiguous"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    i = sigmoid(pre[:, 0 * H:1 * H])\n"
        "    f = sigmoid(pre[:, 1 * H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    c_new = f * c + i * g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "    dc_total = dc_next + dh_next * o * (1.0 - tanh_c ** 2)\n"
        "    d_pre = np.concatenate([\n"
        "        dc_total * g * i * (1.0 - i),\n"
        "        dc_total * c * f * (1.0 - f),\n"
        "        dc_total * i * (1.0 - g ** 2),\n"
        "        dh_next * tanh_c * o * (1.0 - o),\n"
        "    ], axis=1)\n"
        "    return {\n"
        '        "x": d_pre @ W_ih,\n'
        '        "h": d_pre @ W_hh,\n'
        '        "c": dc_total * f,\n'
        '        "W_ih": d_pre.T @ x,\n'
        '        "W_hh": d_pre.T @ h,\n'
        '        "b_ih": d_pre.sum(axis=0),\n'
        '        "b_hh": d_pre.sum(axis=0),\n'
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
        "    H_all = [h0]; C_all = [c0]\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], H_all[t], C_all[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        H_all.append(hn); C_all.append(cn)\n"
        "    dx = np.zeros((T, B, I))\n"
        '    s = {"W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh), "b_ih": '
        'np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    dh, dc = dh_n, dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], H_all[t], C_all[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        "        for k in s:\n"
        "            s[k] += g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, **s}\n',
    },
    {
        "id": "layerbwd_kwame_float32_accumulators",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight/bias gradient accumulators are float32 arrays, so the summed "
                "gradients lose precision (float64 expected)",
                "must_mention": [{"any": ["float32", "dtype", "precision", "float64", "single"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    i = sigmoid(pre[:, 0 * H:1 * H])\n"
        "    f = sigmoid(pre[:, 1 * H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    c_new = f * c + i * g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "    dc_total = dc_next + dh_next * o * (1.0 - tanh_c ** 2)\n"
        "    d_pre = np.concatenate([\n"
        "        dc_total * g * i * (1.0 - i),\n"
        "        dc_total * c * f * (1.0 - f),\n"
        "        dc_total * i * (1.0 - g ** 2),\n"
        "        dh_next * tanh_c * o * (1.0 - o),\n"
        "    ], axis=1)\n"
        "    return {\n"
        '        "x": d_pre @ W_ih,\n'
        '        "h": d_pre @ W_hh,\n'
        '        "c": dc_total * f,\n'
        '        "W_ih": d_pre.T @ x,\n'
        '        "W_hh": d_pre.T @ h,\n'
        '        "b_ih": d_pre.sum(axis=0),\n'
        '        "b_hh": d_pre.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    prev_states = []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        prev_states.append((h, c))\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    accumulators = {\n"
        '        "W_ih": np.zeros((4 * H, I), dtype=np.float32),\n'
        '        "W_hh": np.zeros((4 * H, H), dtype=np.float32),\n'
        '        "b_ih": np.zeros(4 * H, dtype=np.float32),\n'
        '        "b_hh": np.zeros(4 * H, dtype=np.float32),\n'
        "    }\n"
        "    dx = np.zeros((T, B, I))\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    for t in reversed(range(T)):\n"
        "        hp, cp = prev_states[t]\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hp, cp, W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        for name, acc in accumulators.items():\n"
        "            acc += g[name]\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, **accumulators}\n',
    },
    {
        "id": "layerbwd_kwame_DOUBLE_last_step_only_and_dx_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are assigned (=) each step instead of "
                "summed over all steps",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "every step",
                            "all steps",
                            "each step",
                            "add up",
                            "+=",
                        ]
                    }
                ],
            },
            {
                "what": "'x' is stacked in the order the backward loop visits the steps (T-1 "
                "first), not in time order",
                "must_mention": [
                    {
                        "any": [
                            '"x"',
                            "'x'",
                            "dx",
                            "dL/dx",
                            "gradient of x",
                            "x_t",
                            "grad x",
                            "input",
                        ]
                    },
                    {"any": ["order", "revers", "time", "flip", "backwards"]},
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
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(pre[:, 0 * H:1 * H])\n"
        "    f = sigmoid(pre[:, 1 * H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    c_new = f * c + i * g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "    dc_total = dc_next + dh_next * o * (1.0 - tanh_c ** 2)\n"
        "    d_pre = np.concatenate([\n"
        "        dc_total * g * i * (1.0 - i),\n"
        "        dc_total * c * f * (1.0 - f),\n"
        "        dc_total * i * (1.0 - g ** 2),\n"
        "        dh_next * tanh_c * o * (1.0 - o),\n"
        "    ], axis=1)\n"
        "    return {\n"
        '        "x": d_pre @ W_ih,\n'
        '        "h": d_pre @ W_hh,\n'
        '        "c": dc_total * f,\n'
        '        "W_ih": d_pre.T @ x,\n'
        '        "W_hh": d_pre.T @ h,\n'
        '        "b_ih": d_pre.sum(axis=0),\n'
        '        "b_hh": d_pre.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    history = []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        history.append((h, c))\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    grads = {}\n"
        "    dx_list = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h_prev, c_prev = history[t]\n"
        "        step = lstm_cell_backward(dh + dout[t], dc, x[t], h_prev, c_prev, W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx_list.append(step["x"])\n'
        '        for name in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[name] = step[name]\n"
        '        dh, dc = step["h"], step["c"]\n'
        '    grads["x"] = np.array(dx_list)\n'
        '    grads["h0"] = dh\n'
        '    grads["c0"] = dc\n'
        "    return grads\n",
    },
    {
        "id": "layerbwd_tomasz_DOUBLE_carry_swap_and_dh_n_ignored",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the carry (dc, dh, acc) is unpacked as (dh, dc, acc): the gradients "
                "passed back for h and c are exchanged",
                "must_mention": [
                    {"any": ["swap", "mix", "exchang", "order", "confus", "interchang"]},
                    {"any": ["dh", "dc", "h_t", "c_t", "cell", "hidden", "carry"]},
                ],
            },
            {
                "what": "dh_n is never used (the scan starts from a zero dh)",
                "must_mention": ["dh_n"],
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def scan(f, init, xs, reverse=False):\n"
        '    """numpy version of jax.lax.scan: xs is an array or a tuple of arrays with a '
        "leading time axis;\n"
        '    ys come back in time order, also with reverse=True."""\n'
        "    xs = xs if isinstance(xs, tuple) else (xs,)\n"
        "    T = xs[0].shape[0]\n"
        "    steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "    carry, ys = init, [None] * T\n"
        "    for t in steps:\n"
        "        carry, ys[t] = f(carry, tuple(a[t] for a in xs) if len(xs) > 1 else "
        "xs[0][t])\n"
        "    if isinstance(ys[0], tuple):\n"
        "        return carry, tuple(np.stack(z) for z in zip(*ys))\n"
        "    return carry, np.stack(ys)\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    params = (W_ih, W_hh, b_ih, b_hh)\n"
        "    _, (hs, cs) = scan(lambda carry, x_t: (lstm_cell(x_t, *carry, *params), carry), "
        "(h0, c0), x)\n"
        "\n"
        "    def bwd_step(carry, inp):\n"
        "        dh, dc, acc = carry\n"
        "        dout_t, x_t, h_t, c_t = inp\n"
        "        g = lstm_cell_backward(dh + dout_t, dc, x_t, h_t, c_t, *params)\n"
        '        acc = tuple(a + g[k] for a, k in zip(acc, ("W_ih", "W_hh", "b_ih", "b_hh")))\n'
        '        return (g["c"], g["h"], acc), g["x"]\n'
        "\n"
        "    z = np.zeros_like(h0)\n"
        "    init = (z, z if dc_n is None else dc_n, tuple(np.zeros_like(p) for p in params))\n"
        "    (dh0, dc0, acc), dxs = scan(bwd_step, init, (dout, x, hs, cs), reverse=True)\n"
        '    return dict(zip(("x", "h0", "c0", "W_ih", "W_hh", "b_ih", "b_hh"), (dxs, dh0, '
        "dc0, *acc)))\n",
    },
    {
        "id": "layerbwd_rafael_DOUBLE_inplace_dout_and_state_after_step",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the recurrent gradient is accumulated into the caller's dout in place",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in-place",
                            "in place",
                            "overwr",
                            "mutat",
                            "alias",
                            "same array",
                            "writes into",
                        ]
                    },
                    {"any": ["dout", "input", "argument", "given"]},
                ],
            },
            {
                "what": "the state passed to step t's backward is the state after step t (h_t, "
                "c_t) instead of the one it started from (h_{t-1}, c_{t-1})",
                "must_mention": [
                    {"any": ["state", "h_{t-1}", "cache", "c_{t-1}"]},
                    {
                        "any": [
                            "previous",
                            "started",
                            "t-1",
                            "off by one",
                            "off-by-one",
                            "wrong step",
                            "shift",
                            "before",
                            "after",
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = np.empty((T + 1, B, H)); cs = np.empty((T + 1, B, H))\n"
        "    hs[0], cs[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        hs[t + 1], cs[t + 1] = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "    if dh_n is not None:\n"
        "        dout[-1] += dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dx = np.empty_like(x)\n"
        "    acc = [np.zeros_like(W_ih), np.zeros_like(W_hh), np.zeros_like(b_ih), "
        "np.zeros_like(b_hh)]\n"
        "    dh0 = None\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hs[t + 1], cs[t + 1], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        for a, k in zip(acc, ("W_ih", "W_hh", "b_ih", "b_hh")):\n'
        "            a += g[k]\n"
        "        if t:\n"
        '            dout[t - 1] += g["h"]\n'
        '        dh0, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh0, "c0": dc, "W_ih": acc[0], "W_hh": acc[1], "b_ih": '
        'acc[2], "b_hh": acc[3]}\n',
    },
    {
        "id": "layerbwd_aiko_DOUBLE_no_recurrent_dh_and_float32",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient reaching h_t is only dout[t] (plus dh_n at the end): the 'h' "
                "returned by step t+1 is not added",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "add",
                            "plus",
                            "recurren",
                            "t+1",
                            "next step",
                            "later",
                            "carried",
                            "from step",
                        ]
                    }
                ],
            },
            {
                "what": "dx is stored in a float32 buffer, so 'x' is only float32-accurate",
                "must_mention": [{"any": ["float32", "dtype", "precision", "float64", "single"]}],
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
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = np.empty((T + 1, B, H)); cs = np.empty((T + 1, B, H))\n"
        "    hs[0], cs[0] = h0, c0\n"
        "    acts = np.empty((T, B, 4, H))\n"
        "    for t in range(T):\n"
        "        z = (x[t] @ W_ih.T + hs[t] @ W_hh.T + b_ih + b_hh).reshape(B, 4, H)\n"
        "        a = sigmoid(z)\n"
        "        a[:, 2] = np.tanh(z[:, 2])\n"
        "        acts[t] = a\n"
        "        cs[t + 1] = a[:, 1] * cs[t] + a[:, 0] * a[:, 2]\n"
        "        hs[t + 1] = a[:, 3] * np.tanh(cs[t + 1])\n"
        "    dH = dout.copy()\n"
        "    if dh_n is not None:\n"
        "        dH[-1] += dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dA = np.empty((T, B, 4 * H))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        i, f, g, o = (acts[t, :, k] for k in range(4))\n"
        "        tc = np.tanh(cs[t + 1])\n"
        "        dct = dc + dH[t] * o * (1 - tc ** 2)\n"
        "        dA[t] = np.concatenate([dct * g * i * (1 - i), dct * cs[t] * f * (1 - f),\n"
        "                                dct * i * (1 - g ** 2), dH[t] * tc * o * (1 - o)], "
        "axis=1)\n"
        "        dc = dct * f\n"
        "    dx = np.zeros((T, B, I), dtype=np.float32)\n"
        '    np.einsum("tbk,ki->tbi", dA, W_ih, out=dx, casting="same_kind")\n'
        "    db = dA.sum(axis=(0, 1))\n"
        '    return {"x": dx, "h0": dA[0] @ W_hh, "c0": dc,\n'
        '            "W_ih": np.einsum("tbk,tbi->ki", dA, x), "W_hh": np.einsum("tbk,tbj->kj", '
        "dA, hs[:-1]),\n"
        '            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "lengths_mei_ok_mask",
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
        "        live = (t < lengths)[:, None]               # (B, 1)\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(live, h_new, h)\n"
        "        c = np.where(live, c_new, c)\n"
        "        out[t] = np.where(live, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lengths_fatima_ok_sorted_packed",
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
        '    order = np.argsort(-lengths, kind="stable")   # longest first, like '
        "enforce_sorted=False\n"
        "    xs, ls = x[:, order], lengths[order]\n"
        "    h, c = h0[order].copy(), c0[order].copy()\n"
        "    out_sorted = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        bs = int((ls > t).sum())                  # batch_sizes[t]\n"
        "        if bs == 0:\n"
        "            break\n"
        "        h[:bs], c[:bs] = lstm_cell(xs[t, :bs], h[:bs], c[:bs], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        out_sorted[t, :bs] = h[:bs]\n"
        "    unsort = np.argsort(order)\n"
        "    return out_sorted[:, unsort], (h[unsort], c[unsort])\n",
    },
    {
        "id": "lengths_dev_ok_per_sequence",
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
        "        n = int(lengths[b])\n"
        "        h = h0[b:b + 1]\n"
        "        c = c0[b:b + 1]\n"
        "        for t in range(n):          # steps 0 .. lengths[b]-1 only\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b] = h[0]\n"
        "        c_n[b] = c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "lengths_dev_lengths_as_last_index",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "lengths are treated as last indices: the mask is t <= lengths[b], so each "
                "sequence runs one extra (padding) step and its output/state there are "
                "kept",
                "must_mention": [
                    {"any": ["length", "last step", "mask", "padding"]},
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "lengths[b] - 1",
                            "lengths - 1",
                            "one too",
                            "extra step",
                            "last index",
                            "<=",
                            "shifted",
                            "one more",
                            "one fewer",
                            "one less",
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
        "    h = h0.copy()\n"
        "    c = c0.copy()\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        for b in range(B):\n"
        "            if t <= lengths[b]:      # still inside sequence b\n"
        "                h[b] = hn[b]\n"
        "                c[b] = cn[b]\n"
        "                out[t, b] = hn[b]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lengths_lena_one_based_stops_early",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "lengths are read as 1-based last indices: the mask is t < lengths[b] - 1, "
                "so the last real step of every sequence is dropped (out there is zero and "
                "h_n/c_n are one step early)",
                "must_mention": [
                    {"any": ["length", "last step", "mask", "last real"]},
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "lengths[b] - 1",
                            "lengths - 1",
                            "one too",
                            "extra step",
                            "last index",
                            "<=",
                            "shifted",
                            "one more",
                            "one fewer",
                            "one less",
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
        "    last = np.array(lengths) - 1          # index of the last step of each sequence\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        keep = (t < last).reshape(B, 1)\n"
        "        h_next, c_next = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(keep, h_next, h)\n"
        "        c = np.where(keep, c_next, c)\n"
        "        outs.append(np.where(keep, h_next, 0))\n"
        "    return np.stack(outs), (h, c)\n",
    },
    {
        "id": "lengths_fatima_hn_not_unsorted",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the batch is sorted by length but h_n and c_n are returned in the sorted "
                "order (only out is put back in the original order)",
                "must_mention": [
                    {"any": ["sort", "order", "permut", "unsort"]},
                    {"any": ["h_n", "c_n", "final", "row", "batch"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        '    perm = np.argsort(-lengths, kind="stable")\n'
        "    x_s, len_s = x[:, perm], lengths[perm]\n"
        "    h, c = h0[perm], c0[perm]\n"
        "    out_s = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        n_active = int(np.sum(len_s > t))\n"
        "        if n_active == 0:\n"
        "            break\n"
        "        hh, cc = lstm_cell(x_s[t, :n_active], h[:n_active], c[:n_active], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        h = np.concatenate([hh, h[n_active:]])\n"
        "        c = np.concatenate([cc, c[n_active:]])\n"
        "        out_s[t, :n_active] = hh\n"
        "    inv = np.argsort(perm)\n"
        "    return out_s[:, inv], (h, c)\n",
    },
    {
        "id": "lengths_fatima2_unsort_with_forward_perm",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the unsort applies the sorting permutation again (x[:, order]) instead of "
                "its inverse (argsort(order)); wrong whenever the permutation is not its "
                "own inverse",
                "must_mention": [{"any": ["sort", "order", "permut", "unsort"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    order = np.argsort(lengths)[::-1]           # descending, packed-sequence style\n"
        "    xs = x[:, order]\n"
        "    ls = np.asarray(lengths)[order]\n"
        "    h = h0[order]\n"
        "    c = c0[order]\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(int(ls[0])):\n"
        "        bs = int((ls > t).sum())\n"
        "        h_new, c_new = lstm_cell(xs[t, :bs], h[:bs], c[:bs], W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.vstack([h_new, h[bs:]])\n"
        "        c = np.vstack([c_new, c[bs:]])\n"
        "        out[t, :bs] = h_new\n"
        "    # back to the caller's order\n"
        "    return out[:, order], (h[order], c[order])\n",
    },
    {
        "id": "lengths_olu_padding_outputs_not_zeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "past each sequence's length, out holds the frozen last state instead of "
                "zeros",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "pad",
                            "past",
                            "beyond",
                            "after the",
                            "t >= lengths",
                            "zero",
                        ]
                    },
                    {"any": ["zero", "0.0", "out"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    mask = np.arange(T)[:, None] < np.asarray(lengths)[None, :]    # (T, B)\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = mask[t][:, None]\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out.append(h)\n"
        "    return np.stack(out), (h, c)\n",
    },
    {
        "id": "lengths_marcus_state_runs_over_padding",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the state is not frozen on padding steps (only out is zeroed), so h_n, "
                "c_n are the states after step T-1 instead of at each sequence's own last "
                "step lengths[b]-1",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state", "last state", "last step"]},
                    {
                        "any": [
                            "padding",
                            "lengths[b] - 1",
                            "own last",
                            "pad",
                            "T - 1",
                            "T-1",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    results = {}\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        results[t] = h\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t, h_t in results.items():\n"
        "        for b in range(B):\n"
        "            if t < lengths[b]:\n"
        "                out[t, b] = h_t[b]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lengths_rafael_c_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only h is frozen on padding steps; c keeps being updated, so c_n is the "
                "cell state after step T-1 (h_n is right)",
                "must_mention": [
                    {"any": ["c_n", "cell"]},
                    {
                        "any": [
                            "padding",
                            "pad",
                            "mask",
                            "frozen",
                            "freez",
                            "after",
                            "lengths[b] - 1",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h = h0.copy()\n"
        "    c = c0.copy()\n"
        "    L = np.asarray(lengths)\n"
        "    for t in range(T):\n"
        "        active = t < L\n"
        "        h_new, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[active] = h_new[active]\n"
        "        out[t, active] = h_new[active]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lengths_kwame_out_length_from_max_length",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is allocated with lengths.max() steps instead of T, so its shape is "
                "wrong when the longest length is shorter than T",
                "must_mention": [
                    {"any": ["shape", "total_length", "longest", "max", "steps", "(T,"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    B = x.shape[1]\n"
        "    H = h0.shape[1]\n"
        "    max_len = int(lengths.max())       # pad_packed_sequence pads to the longest "
        "sequence\n"
        "    out = np.zeros((max_len, B, H))\n"
        "    h_state = h0.copy()\n"
        "    c_state = c0.copy()\n"
        "    for t in range(max_len):\n"
        "        still_running = t < lengths\n"
        "        h_new, c_new = lstm_cell(x[t], h_state, c_state, W_ih, W_hh, b_ih, b_hh)\n"
        "        h_state[still_running] = h_new[still_running]\n"
        "        c_state[still_running] = c_new[still_running]\n"
        "        out[t][still_running] = h_new[still_running]\n"
        "    return out, (h_state, c_state)\n",
    },
    {
        "id": "lengths_lena_squeeze_breaks_batch_of_one",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are built with np.squeeze, which also drops the batch axis "
                "when B = 1: they come back as (H,) instead of (1, H)",
                "must_mention": [
                    {
                        "any": [
                            "shape",
                            "B = 1",
                            "B=1",
                            "batch of one",
                            "squeeze",
                            "(1,",
                            "batch size 1",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    finals_h = []\n"
        "    finals_c = []\n"
        "    for b in range(B):\n"
        "        h = h0[b][None, :]\n"
        "        c = c0[b][None, :]\n"
        "        for t in range(lengths[b]):\n"
        "            h, c = lstm_cell(x[t, b][None, :], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        finals_h.append(h)\n"
        "        finals_c.append(c)\n"
        "    h_n = np.squeeze(np.array(finals_h))    # (B, 1, H) -> (B, H)\n"
        "    c_n = np.squeeze(np.array(finals_c))\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "lengths_sven_mask_broadcast_wrong_axis",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the (B,) mask is used without a trailing axis: np.where(t < lengths, ...) "
                "broadcasts it against (B, H) along the hidden axis; it raises when B != H "
                "and silently masks the wrong entries when B == H",
                "must_mention": [{"any": ["broadcast", "mask", "shape", "axis"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        m = t < lengths\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out[t] = np.where(m, hn, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lengths_aiko_writes_into_h0",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the state is updated in place in the caller's h0 and c0 (h = h0; h[m] = "
                "...), so the arrays passed in are changed",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in-place",
                            "in place",
                            "overwr",
                            "mutat",
                            "alias",
                            "same array",
                            "writes into",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    steps = np.arange(T)[:, None] < np.asarray(lengths)      # (T, B)\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    h, c = h0, c0\n"
        "    for t in np.flatnonzero(steps.any(axis=1)):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = steps[t]\n"
        "        h[m], c[m] = hn[m], cn[m]\n"
        "        out[t, m] = hn[m]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lengths_mei_starts_from_zero_state",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the initial state h0, c0 is ignored: the loop starts from zeros (as in "
                "the chapter's masked_lstm)",
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
        "id": "lengths_dev_DOUBLE_last_index_and_no_zero_padding",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "lengths are treated as last indices (t <= lengths[b]): one extra padding "
                "step is run",
                "must_mention": [
                    {"any": ["length", "last step", "mask", "padding"]},
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "lengths[b] - 1",
                            "lengths - 1",
                            "one too",
                            "extra step",
                            "last index",
                            "<=",
                            "shifted",
                            "one more",
                            "one fewer",
                            "one less",
                        ]
                    },
                ],
            },
            {
                "what": "past each sequence's end, out holds the frozen state instead of zeros",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "pad",
                            "past",
                            "beyond",
                            "after the",
                            "t >= lengths",
                            "zero",
                        ]
                    },
                    {"any": ["zero", "0.0", "out"]},
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
        "    h = h0.copy()\n"
        "    c = c0.copy()\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        for b in range(B):\n"
        "            if t <= lengths[b]:\n"
        "                h[b], c[b] = hn[b], cn[b]\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lengths_fatima_DOUBLE_hn_sorted_and_float32",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are left in length-sorted order (not unsorted)",
                "must_mention": [
                    {"any": ["sort", "order", "permut", "unsort"]},
                    {"any": ["h_n", "c_n", "final", "row", "batch"]},
                ],
            },
            {
                "what": "out is a float32 buffer (precision lost; float64 expected)",
                "must_mention": [{"any": ["float32", "dtype", "precision", "float64", "single"]}],
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
        '    idx = np.argsort(-lengths, kind="stable")\n'
        "    xs, ls = x[:, idx], lengths[idx]\n"
        "    h, c = h0[idx].copy(), c0[idx].copy()\n"
        "    out_s = np.zeros((T, B, H), dtype=np.float32)\n"
        "    for t in range(T):\n"
        "        k = int((ls > t).sum())\n"
        "        if not k:\n"
        "            break\n"
        "        h[:k], c[:k] = lstm_cell(xs[t, :k], h[:k], c[:k], W_ih, W_hh, b_ih, b_hh)\n"
        "        out_s[t, :k] = h[:k]\n"
        "    back = np.argsort(idx)\n"
        "    return out_s[:, back], (h, c)\n",
    },
    {
        "id": "lengths_mei_DOUBLE_zero_init_and_c_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the initial state h0, c0 is ignored (starts from zeros)",
                "must_mention": [{"any": ["h0", "c0", "initial"]}],
            },
            {
                "what": "c is not frozen on padding steps, so c_n is taken after step T-1",
                "must_mention": [
                    {"any": ["c_n", "cell"]},
                    {
                        "any": [
                            "padding",
                            "pad",
                            "mask",
                            "frozen",
                            "freez",
                            "after",
                            "lengths[b] - 1",
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
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    h = np.zeros((B, H))\n"
        "    c = np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]\n"
        "        h_new, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lengths_kwame_DOUBLE_one_based_and_max_len_shape",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "lengths are treated as 1-based last indices (range(lengths[b] - 1)): the "
                "last real step of every sequence is dropped",
                "must_mention": [
                    {"any": ["length", "last step", "mask", "last real"]},
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "lengths[b] - 1",
                            "lengths - 1",
                            "one too",
                            "extra step",
                            "last index",
                            "<=",
                            "shifted",
                            "one more",
                            "one fewer",
                            "one less",
                        ]
                    },
                ],
            },
            {
                "what": "out has lengths.max() steps instead of T",
                "must_mention": [
                    {"any": ["shape", "total_length", "longest", "max", "steps", "(T,"]}
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
        "    lengths = np.asarray(lengths)\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[1]\n"
        "    n_steps = int(lengths.max())\n"
        "    out = np.zeros((n_steps, B, H))\n"
        "    h_final = np.empty((B, H))\n"
        "    c_final = np.empty((B, H))\n"
        "    for b in range(B):\n"
        "        h_b, c_b = h0[b:b + 1], c0[b:b + 1]\n"
        "        last_index = lengths[b] - 1\n"
        "        for t in range(last_index):\n"
        "            h_b, c_b = lstm_cell(x[t, b:b + 1], h_b, c_b, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h_b[0]\n"
        "        h_final[b] = h_b[0]\n"
        "        c_final[b] = c_b[0]\n"
        "    return out, (h_final, c_final)\n",
    },
    {
        "id": "bilengths_olu_ok_reverse_within_length",
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
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        '    """Reverse each sequence within its own length; the padding stays where it is '
        '(zeros)."""\n'
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
        "    out_b = reverse_padded(out_r, lengths)\n"
        "    return np.concatenate([out_f, out_b], -1), (np.stack([hf, hr]), np.stack([cf, "
        "cr]))\n",
    },
    {
        "id": "bilengths_mei_ok_two_masked_loops",
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
        "    L = np.asarray(lengths)\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    # forward: update only on real steps\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        m = (t < L)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *fwd)\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out[t, :, :H] = np.where(m, hn, 0.0)\n"
        "    hf, cf = h, c\n"
        "    # reverse: walk t = T-1 .. 0; the state stays at its initial value until t = "
        "lengths[b]-1\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        m = (t < L)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out[t, :, H:] = np.where(m, hn, 0.0)\n"
        "    return out, (np.stack([hf, h]), np.stack([cf, c]))\n",
    },
    {
        "id": "bilengths_fatima_ok_per_sequence_slices",
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
        "def _run(seq, h, c, params):\n"
        "    hs = []\n"
        "    for x_t in seq:\n"
        "        h, c = lstm_cell(x_t[None], h, c, *params)\n"
        "        hs.append(h[0])\n"
        "    return np.array(hs), h[0], c[0]\n"
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
        "        seq = x[:n, b]                                  # (n, I), no padding\n"
        "        hs_f, h_n[0, b], c_n[0, b] = _run(seq, h0[0, b:b + 1], c0[0, b:b + 1], fwd)\n"
        "        hs_r, h_n[1, b], c_n[1, b] = _run(seq[::-1], h0[1, b:b + 1], c0[1, b:b + 1], "
        "bwd)\n"
        "        out[:n, b, :H] = hs_f\n"
        "        out[:n, b, H:] = hs_r[::-1]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilengths_aiko_ok_full_flip_shifted_mask",
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
        "    L = np.asarray(lengths)\n"
        "    real = np.arange(T)[:, None] < L[None, :]            # (T, B)\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, *fwd)\n"
        "        m = real[t][:, None]\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out[t, :, :H] = hn * m\n"
        "    hf, cf = h, c\n"
        "    # reverse direction on the flipped array: in flipped time s, step t = T-1-s is "
        "real iff s >= T - L\n"
        "    xr = x[::-1]\n"
        "    real_r = real[::-1]\n"
        "    h, c = h0[1], c0[1]\n"
        "    out_r = np.zeros((T, B, H))\n"
        "    for s in range(T):\n"
        "        hn, cn = lstm_cell(xr[s], h, c, *bwd)\n"
        "        m = real_r[s][:, None]\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out_r[s] = hn * m\n"
        "    out[:, :, H:] = out_r[::-1]\n"
        "    return out, (np.stack([hf, h]), np.stack([cf, c]))\n",
    },
    {
        "id": "bilengths_olu_flips_whole_padded_array",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction is run on the whole padded array flipped in time "
                "with the same lengths mask, so for shorter sequences it reads padding and "
                "never the real steps in the right order",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "pad",
                            "past",
                            "beyond",
                            "after the",
                            "t >= lengths",
                            "zero",
                        ]
                    },
                    {"any": ["reverse", "backward"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # reverse direction = same thing on the time-reversed input\n"
        "    out_b, (h_b, c_b) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = out_b[::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bilengths_olu2_flipped_mask_off_by_one",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "on the flipped array the reverse direction's real steps are s >= T - "
                "lengths[b]; the mask uses s > T - lengths[b], skipping each sequence's "
                "last real step (its first reverse step)",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "lengths[b] - 1",
                            "lengths - 1",
                            "one too",
                            "extra step",
                            "last index",
                            "<=",
                            "shifted",
                            "one more",
                            "one fewer",
                            "one less",
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
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    L = np.asarray(lengths)\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        on = (t < L)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *fwd)\n"
        "        h = np.where(on, hn, h); c = np.where(on, cn, c)\n"
        "        out[t, :, :H] = np.where(on, hn, 0)\n"
        "    h_fwd, c_fwd = h, c\n"
        "    # reverse: flip the array; sequence b starts at flipped step T - L[b]\n"
        "    x_flip = np.flip(x, 0)\n"
        "    rev = np.zeros((T, B, H))\n"
        "    h, c = h0[1], c0[1]\n"
        "    for s in range(T):\n"
        "        on = (s > T - L)[:, None]\n"
        "        hn, cn = lstm_cell(x_flip[s], h, c, *bwd)\n"
        "        h = np.where(on, hn, h); c = np.where(on, cn, c)\n"
        "        rev[s] = np.where(on, hn, 0)\n"
        "    out[:, :, H:] = np.flip(rev, 0)\n"
        "    return out, (np.stack([h_fwd, h]), np.stack([c_fwd, c]))\n",
    },
    {
        "id": "bilengths_dev_reverse_index_shifted",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse input is built with index lengths[b] - t instead of "
                "lengths[b] - 1 - t (clamped to T-1 to avoid the IndexError): it starts "
                "one step past the end, on padding, and never reads x_0",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "lengths[b] - 1",
                            "shift",
                            "one step",
                            "L - 1",
                            "index",
                            "x_0",
                            "padding",
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
        "    x_rev = np.zeros((T, B, I))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        for t in range(L):\n"
        "            src = min(L - t, T - 1)          # mirror index inside the sequence\n"
        "            x_rev[t, b] = x[src, b]\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    orv, (hr, cr) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    ob = np.zeros((T, B, H))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        for t in range(L):\n"
        "            ob[t, b] = orv[L - 1 - t, b]\n"
        "    return np.concatenate([of, ob], axis=2), (np.array([hf, hr]), np.array([cf, "
        "cr]))\n",
    },
    {
        "id": "bilengths_fatima_unsort_with_forward_perm",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "after sorting by length, out and h_n/c_n are put back with the sorting "
                "permutation itself instead of its inverse (wrong whenever the permutation "
                "is not its own inverse)",
                "must_mention": [{"any": ["sort", "order", "permut", "unsort"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def _packed_direction(xs, ls, h, c, params):\n"
        '    """xs sorted by decreasing length; runs like a PackedSequence (shrinking '
        'batch)."""\n'
        "    T, B, _ = xs.shape\n"
        "    H = h.shape[1]\n"
        "    h, c = h.copy(), c.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        bs = int((ls > t).sum())\n"
        "        if bs == 0:\n"
        "            break\n"
        "        h[:bs], c[:bs] = lstm_cell(xs[t, :bs], h[:bs], c[:bs], *params)\n"
        "        out[t, :bs] = h[:bs]\n"
        "    return out, h, c\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    lengths = np.asarray(lengths)\n"
        '    order = np.argsort(-lengths, kind="stable")\n'
        "    xs, ls = x[:, order], lengths[order]\n"
        "    of, hf, cf = _packed_direction(xs, ls, h0[0][order], c0[0][order], fwd)\n"
        "    xr = np.zeros_like(xs)\n"
        "    for b in range(B):\n"
        "        xr[:ls[b], b] = xs[:ls[b], b][::-1]\n"
        "    orr, hr, cr = _packed_direction(xr, ls, h0[1][order], c0[1][order], bwd)\n"
        "    ob = np.zeros_like(orr)\n"
        "    for b in range(B):\n"
        "        ob[:ls[b], b] = orr[:ls[b], b][::-1]\n"
        "    out = np.concatenate([of, ob], axis=-1)\n"
        "    h_n, c_n = np.stack([hf, hr]), np.stack([cf, cr])\n"
        "    return out[:, order], (h_n[:, order], c_n[:, order])\n",
    },
    {
        "id": "bilengths_hannah_reverse_hn_at_last_step",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1], c_n[1] are taken at step lengths[b]-1 (the reverse direction's "
                "first step) instead of its final state after step 0",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final", "last state"]},
                    {"any": ["reverse", "backward"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        '        states = {"fwd": {}, "bwd": {}}\n'
        "        h, c = h0[0, [b]], c0[0, [b]]\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(x[t, [b]], h, c, *fwd)\n"
        '            states["fwd"][t] = (h, c)\n'
        "        h, c = h0[1, [b]], c0[1, [b]]\n"
        "        for t in reversed(range(L)):\n"
        "            h, c = lstm_cell(x[t, [b]], h, c, *bwd)\n"
        '            states["bwd"][t] = (h, c)\n'
        "        for t in range(L):\n"
        '            out[t, b, :H] = states["fwd"][t][0][0]\n'
        '            out[t, b, H:] = states["bwd"][t][0][0]\n'
        "        # final state of each direction = state at the sequence's last step\n"
        '        h_n[0, b], c_n[0, b] = states["fwd"][L - 1][0][0], states["fwd"][L - '
        "1][1][0]\n"
        '        h_n[1, b], c_n[1, b] = states["bwd"][L - 1][0][0], states["bwd"][L - '
        "1][1][0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilengths_olu3_unreverse_with_full_flip",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse input is reversed within each length correctly, but its "
                "output is put back with a full flip of the padded time axis, so for "
                "shorter sequences the reverse outputs land at the wrong steps (shifted by "
                "T - lengths[b]) and on padding",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {
                        "any": [
                            "flip",
                            "order",
                            "position",
                            "shift",
                            "align",
                            "padding",
                            "pad",
                            "step",
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
        "        x_rev[:n, b] = x[n - 1::-1, b]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = out_r[::-1]                         # back to original time order\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([h_f, h_r]), "
        "np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bilengths_sven_hn_rows_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n have the reverse direction in row 0 and the forward direction "
                "in row 1",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["order", "swap", "row 0", "row 1", "first", "rows"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    L = np.asarray(lengths)\n"
        "    # gather index that reverses each sequence inside its length (padding maps to "
        "itself)\n"
        "    t_idx = np.arange(T)[:, None]\n"
        "    rev_idx = np.where(t_idx < L, L - 1 - t_idx, t_idx)          # (T, B)\n"
        "    b_idx = np.arange(B)[None, :]\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, L, h0[0], c0[0], *fwd)\n"
        "    out_r, (hr, cr) = lstm_layer_lengths(x[rev_idx, b_idx], L, h0[1], c0[1], *bwd)\n"
        "    out_b = out_r[rev_idx, b_idx]\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    return out, (np.stack([hr, hf]), np.stack([cr, cf]))\n",
    },
    {
        "id": "bilengths_rafael_float32_out",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is a float32 buffer (precision lost; float64 expected)",
                "must_mention": [{"any": ["float32", "dtype", "precision", "float64", "single"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    L = np.asarray(lengths)\n"
        "    out = np.zeros((T, B, 2 * H), dtype=np.float32)\n"
        "    h, c = h0[0].copy(), c0[0].copy()\n"
        "    for t in range(T):\n"
        "        run = t < L\n"
        "        hn, cn = lstm_cell(x[t], h, c, *fwd)\n"
        "        h[run], c[run] = hn[run], cn[run]\n"
        "        out[t, run, :H] = hn[run]\n"
        "    hf, cf = h, c\n"
        "    h, c = h0[1].copy(), c0[1].copy()\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        run = t < L\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        h[run], c[run] = hn[run], cn[run]\n"
        "        out[t, run, H:] = hn[run]\n"
        "    return out, (np.stack([hf, h]), np.stack([cf, c]))\n",
    },
    {
        "id": "bilengths_kwame_lengths_minus_one",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "lengths[b] - 1 (the last index) is passed as the length to both "
                "directions, so every sequence loses its last real step",
                "must_mention": [
                    {"any": ["length", "last step", "last real"]},
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "lengths[b] - 1",
                            "lengths - 1",
                            "one too",
                            "extra step",
                            "last index",
                            "<=",
                            "shifted",
                            "one more",
                            "one fewer",
                            "one less",
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
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "class _Seq:\n"
        "    @staticmethod\n"
        "    def reverse_each(a, last_idx):\n"
        "        r = np.zeros_like(a)\n"
        "        for b, k in enumerate(last_idx):\n"
        "            r[:k + 1, b] = a[k::-1, b]\n"
        "        return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    last_idx = np.asarray(lengths) - 1           # sequence b ends at step lengths[b] "
        "- 1\n"
        "    x_r = _Seq.reverse_each(x, last_idx)\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, last_idx, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_r, last_idx, h0[1], c0[1], *bwd)\n"
        "    out_b = _Seq.reverse_each(out_r, last_idx)\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bilengths_lena_out_steps_from_longest",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out has max(lengths) steps instead of T (shape wrong when the longest "
                "length is shorter than T)",
                "must_mention": [
                    {"any": ["shape", "total_length", "longest", "max", "steps", "(T,"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    B = x.shape[1]\n"
        "    H = h0.shape[-1]\n"
        "    T = int(max(lengths))             # padded length\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        h, c = h0[0, b:b + 1], c0[0, b:b + 1]\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, *fwd)\n"
        "            out[t, b, :H] = h[0]\n"
        "        h_n[0, b], c_n[0, b] = h[0], c[0]\n"
        "        h, c = h0[1, b:b + 1], c0[1, b:b + 1]\n"
        "        for t in range(n - 1, -1, -1):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, *bwd)\n"
        "            out[t, b, H:] = h[0]\n"
        "        h_n[1, b], c_n[1, b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilengths_mei_cn_reverse_copy_paste",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n's second row is the forward direction's cell state (copy-paste), not "
                "the reverse one's",
                "must_mention": [
                    "c_n",
                    {"any": ["backward", "reverse", "row 1", "second", "c_n[1]"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    L = np.asarray(lengths)\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        m = (t < L)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *fwd)\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out[t, :, :H] = np.where(m, hn, 0.0)\n"
        "    hf, cf = h, c\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in reversed(range(T)):\n"
        "        m = (t < L)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out[t, :, H:] = np.where(m, hn, 0.0)\n"
        "    return out, (np.stack([hf, h]), np.stack([cf, cf]))\n",
    },
    {
        "id": "bilengths_tomasz_reverse_not_masked",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs over every step from T-1 down to 0 without any "
                "mask: it starts on the padding of shorter sequences (only the forward "
                "direction is masked, as in the chapter's code)",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {
                        "any": [
                            "padding",
                            "pad",
                            "past",
                            "beyond",
                            "after the",
                            "t >= lengths",
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
        "    lengths = np.asarray(lengths)\n"
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
        "def scan(f, init, xs, reverse=False):\n"
        '    """numpy version of jax.lax.scan (forward only): xs is an array or a tuple of '
        "arrays with a leading time axis;\n"
        '    ys come back in time order, also with reverse=True."""\n'
        "    xs = xs if isinstance(xs, tuple) else (xs,)\n"
        "    T = xs[0].shape[0]\n"
        "    steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "    carry, ys = init, [None] * T\n"
        "    for t in steps:\n"
        "        carry, ys[t] = f(carry, tuple(a[t] for a in xs) if len(xs) > 1 else "
        "xs[0][t])\n"
        "    if isinstance(ys[0], tuple):\n"
        "        return carry, tuple(np.stack(z) for z in zip(*ys))\n"
        "    return carry, np.stack(ys)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    L = np.asarray(lengths)\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, L, h0[0], c0[0], *fwd)\n"
        "\n"
        "    def step(carry, x_t):\n"
        "        h, c = lstm_cell(x_t, *carry, *bwd)\n"
        "        return (h, c), h\n"
        "\n"
        "    (hb, cb), ys = scan(step, (h0[1], c0[1]), x, reverse=True)\n"
        "    mask = (np.arange(T)[:, None] < L)[..., None]\n"
        "    out_b = np.where(mask, ys, 0.0)\n"
        "    return np.concatenate([out_f, out_b], -1), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bilengths_olu_DOUBLE_full_flip_and_hn_rows_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs on the whole padded array flipped in time, so "
                "shorter sequences start on padding",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "pad",
                            "past",
                            "beyond",
                            "after the",
                            "t >= lengths",
                            "zero",
                        ]
                    },
                    {"any": ["reverse", "backward"]},
                ],
            },
            {
                "what": "h_n and c_n rows are in the order [reverse, forward]",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["order", "swap", "row 0", "row 1", "first", "rows"]},
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
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    o_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    o_b, (h_b, c_b) = lstm_layer_lengths(np.flip(x, axis=0), lengths, h0[1], c0[1], "
        "*bwd)\n"
        "    out = np.concatenate([o_f, np.flip(o_b, axis=0)], axis=-1)\n"
        "    h_n = np.array([h_b, h_f])\n"
        "    c_n = np.array([c_b, c_f])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bilengths_fatima_DOUBLE_no_unsort_hn_and_float32",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "after sorting by length, h_n and c_n are returned in sorted order (not "
                "unsorted)",
                "must_mention": [
                    {"any": ["sort", "order", "permut", "unsort"]},
                    {"any": ["h_n", "c_n", "final", "row", "batch"]},
                ],
            },
            {
                "what": "out is a float32 buffer (float64 expected)",
                "must_mention": [{"any": ["float32", "dtype", "precision", "float64", "single"]}],
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
        "    H = h0.shape[-1]\n"
        "    lengths = np.asarray(lengths)\n"
        '    order = np.argsort(-lengths, kind="stable")\n'
        "    ls = lengths[order]\n"
        "    xs = x[:, order]\n"
        "    out_s = np.zeros((T, B, 2 * H), dtype=np.float32)\n"
        "    finals = []\n"
        "    for d, params in enumerate((fwd, bwd)):\n"
        "        h, c = h0[d][order].copy(), c0[d][order].copy()\n"
        "        steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "        for t in steps:\n"
        "            bs = int((ls > t).sum())\n"
        "            if bs == 0:\n"
        "                continue\n"
        "            h[:bs], c[:bs] = lstm_cell(xs[t, :bs], h[:bs], c[:bs], *params)\n"
        "            out_s[t, :bs, d * H:(d + 1) * H] = h[:bs]\n"
        "        finals.append((h, c))\n"
        "    inv = np.argsort(order)\n"
        "    h_n = np.stack([finals[0][0], finals[1][0]])\n"
        "    c_n = np.stack([finals[0][1], finals[1][1]])\n"
        "    return out_s[:, inv], (h_n, c_n)\n",
    },
    {
        "id": "bilengths_olu_DOUBLE_full_flip_unreverse_and_init_row0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse output is put back with a full flip of the padded time axis "
                "instead of per sequence, so shorter sequences' reverse outputs land at "
                "the wrong steps",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {
                        "any": [
                            "flip",
                            "order",
                            "position",
                            "shift",
                            "align",
                            "padding",
                            "pad",
                            "step",
                        ]
                    },
                ],
            },
            {
                "what": "the reverse direction starts from h0[0], c0[0] instead of row 1",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "starting state", "start"]},
                    {"any": ["backward", "reverse", "row 1", "h0[1]", "c0[1]"]},
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
        "        x_rev[:n, b] = x[:n, b][::-1]\n"
        "    h_init, c_init = h0[0], c0[0]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h_init, c_init, *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h_init, c_init, *bwd)\n"
        "    out = np.concatenate([out_f, out_r[::-1]], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bilengths_kwame_DOUBLE_lengths_minus_one_and_out_from_longest",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "lengths[b] - 1 is used as the number of steps, dropping each sequence's "
                "last real step",
                "must_mention": [
                    {"any": ["length", "last step", "last real"]},
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "lengths[b] - 1",
                            "lengths - 1",
                            "one too",
                            "extra step",
                            "last index",
                            "<=",
                            "shifted",
                            "one more",
                            "one fewer",
                            "one less",
                        ]
                    },
                ],
            },
            {
                "what": "out has max(lengths) steps instead of T",
                "must_mention": [
                    {"any": ["shape", "total_length", "longest", "max", "steps", "(T,"]}
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
        "    B = x.shape[1]\n"
        "    H = h0.shape[-1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    T_out = int(lengths.max())\n"
        "    out = np.zeros((T_out, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        last = lengths[b] - 1\n"
        "        h, c = h0[0, b:b + 1], c0[0, b:b + 1]\n"
        "        for t in range(0, last):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, *fwd)\n"
        "            out[t, b, :H] = h[0]\n"
        "        h_n[0, b], c_n[0, b] = h[0], c[0]\n"
        "        h, c = h0[1, b:b + 1], c0[1, b:b + 1]\n"
        "        for t in range(last - 1, -1, -1):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, *bwd)\n"
        "            out[t, b, H:] = h[0]\n"
        "        h_n[1, b], c_n[1, b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
]
