"""Hostile and broken submissions of ex02_cell (lstm_cell.ipynb), one per attack of issue 6.

Each attack is a copy of the solution notebook with the attack edited in: ``solution`` replaces the
source of the solution cell (grade id ``lstm_cell``), ``extra`` adds plain code cells after it.
``expected`` is the score of each graded cell (shapes 1, fixed 2, hidden 3 points), ``None`` where
the outcome depends on what the check's "shapes" case looks at; ``finding`` is a substring the
grading report must carry for that submission (``None``: no finding required).

``{course}`` in a source is replaced by the absolute path of the course under test.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field

HEAD = '''def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """One LSTM step. x: (B, I), h, c: (B, H) -> (h_next, c_next), each (B, H)."""
'''

CORRECT_BODY = """    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t
    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)
"""

# Right shapes, wrong values: the input gate is left out of the cell update.
WRONG_BODY = CORRECT_BODY.replace("c_next = f * c + i * g", "c_next = f * c + g")

CORRECT = HEAD + CORRECT_BODY + "    return h_next, c_next\n"
WRONG = HEAD + WRONG_BODY + "    return h_next, c_next\n"

FULL = {"test_lstm_cell_shapes": 1, "test_lstm_cell_fixed": 2, "test_lstm_cell_hidden": 3}
SHAPES_ONLY = {"test_lstm_cell_shapes": 1, "test_lstm_cell_fixed": 0, "test_lstm_cell_hidden": 0}
ZERO = {"test_lstm_cell_shapes": 0, "test_lstm_cell_fixed": 0, "test_lstm_cell_hidden": 0}
VALUES_ZERO = {"test_lstm_cell_shapes": None, "test_lstm_cell_fixed": 0, "test_lstm_cell_hidden": 0}


@dataclass
class Attack:
    name: str
    solution: str
    expected: dict
    finding: str | None = None
    extra: list[str] = field(default_factory=list)
    # for broken files: the submitted file's text, made from the notebook (as a dict) with the
    # solution and extra cells already in place
    raw: Callable[[dict], str] | None = None
    # cells appended after every test cell (round 2: an attack that must leave earlier points)
    tail: list[str] = field(default_factory=list)
    # make(folder, course): changes to the submission folder after the notebook is written
    make: Callable | None = None


def _cell(nb: dict, grade_id: str) -> int:
    for i, c in enumerate(nb["cells"]):
        if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == grade_id:
            return i
    raise KeyError(grade_id)


def _edit(fn):
    def make(nb):
        nb = copy.deepcopy(nb)
        fn(nb)
        return json.dumps(nb)

    return make


def _retype(nb):
    cell = nb["cells"][_cell(nb, "test_lstm_cell_fixed")]
    cell["cell_type"] = "markdown"
    cell.pop("outputs", None)
    cell.pop("execution_count", None)


def _set(grade_id, key, value):
    return lambda nb: nb["cells"][_cell(nb, grade_id)]["metadata"]["nbgrader"].__setitem__(
        key, value
    )


def _dup_id(nb):
    i = _cell(nb, "lstm_cell")
    nb["cells"].insert(i + 1, copy.deepcopy(nb["cells"][i]))


def _dup_test(nb):
    i = _cell(nb, "test_lstm_cell_shapes")
    nb["cells"].insert(i + 1, copy.deepcopy(nb["cells"][i]))


ATTACKS = [
    Attack("honest", CORRECT, FULL),
    Attack("wrong", WRONG, SHAPES_ONLY),
    Attack(
        "input_transformer",
        WRONG + "\nget_ipython().input_transformers_cleanup.append(lambda lines: ['pass\\n'])\n",
        SHAPES_ONLY,
    ),
    Attack(
        "injected_output",
        WRONG,
        SHAPES_ONLY,
        extra=[
            "from IPython.display import display\n"
            "display({'text/plain': 'lstm_cell: fixed OK'}, raw=True)\n"
            "print('lstm_cell: all OK')\n"
        ],
    ),
    Attack(
        "patched_testing",
        WRONG + "\nimport numpy.testing\n"
        "numpy.testing.assert_allclose = lambda *a, **k: None\n"
        "np.allclose = lambda *a, **k: True\n"
        "np.array_equal = lambda *a, **k: True\n",
        SHAPES_ONLY,
    ),
    Attack(
        "patched_checks",
        WRONG + "\ntry:\n    import lstm_ref.checks as _chk\n"
        "    _chk.check_lstm_cell = lambda *a, **k: print('lstm_cell: OK')\n"
        "except ImportError:\n    pass\n",
        SHAPES_ONLY,
        finding="import lstm_ref",
    ),
    Attack(
        "calls_lstm_ref",
        HEAD + "    from lstm_ref import lstm_cell as ref\n"
        "    return ref(x, h, c, W_ih, W_hh, b_ih, b_hh)\n",
        ZERO,
        finding="lstm_ref",
    ),
    Attack(
        "calls_torch_lstmcell",
        HEAD + "    import torch\n"
        "    cell = torch.nn.LSTMCell(x.shape[1], h.shape[1]).double()\n"
        "    with torch.no_grad():\n"
        "        cell.weight_ih.copy_(torch.from_numpy(W_ih))\n"
        "        cell.weight_hh.copy_(torch.from_numpy(W_hh))\n"
        "        cell.bias_ih.copy_(torch.from_numpy(b_ih))\n"
        "        cell.bias_hh.copy_(torch.from_numpy(b_hh))\n"
        "        hn, cn = cell(torch.from_numpy(x), (torch.from_numpy(h), torch.from_numpy(c)))\n"
        "    return hn.numpy(), cn.numpy()\n",
        ZERO,
        finding="torch.nn.LSTMCell",
    ),
    Attack(
        "calls_torch_vf",
        HEAD + "    import torch\n"
        "    t = torch.from_numpy\n"
        "    hn, cn = torch._VF.lstm_cell(t(x), (t(h), t(c)), t(W_ih), t(W_hh), t(b_ih), t(b_hh))\n"
        "    return hn.numpy(), cn.numpy()\n",
        ZERO,
        finding="torch._VF.lstm_cell",
    ),
    Attack(
        "calls_torch_c_variable_functions",
        HEAD + "    import torch\n"
        "    t = torch.from_numpy\n"
        "    f = torch._C._VariableFunctions.lstm_cell\n"
        "    hn, cn = f(t(x), (t(h), t(c)), t(W_ih), t(W_hh), t(b_ih), t(b_hh))\n"
        "    return hn.numpy(), cn.numpy()\n",
        ZERO,
        finding="import torch",
    ),
    Attack(
        "calls_torch_ops_aten",
        HEAD + "    import torch\n"
        "    t = torch.from_numpy\n"
        "    f = torch.ops.aten.lstm_cell.default\n"
        "    hn, cn = f(t(x), [t(h), t(c)], t(W_ih), t(W_hh), t(b_ih), t(b_hh))\n"
        "    return hn.numpy(), cn.numpy()\n",
        ZERO,
        finding="torch.ops.aten.lstm_cell",
    ),
    Attack(
        "detached_gradebook_writer",
        CORRECT,
        FULL,
        extra=[
            "import subprocess\n"
            "subprocess.Popen(['sh', '-c', 'sleep 3; echo pwned > {course}/gradebook.db; "
            "echo pwned > {course}/pwned.txt'], start_new_session=True)\n"
        ],
    ),
    Attack(
        "reads_solutions",
        CORRECT,
        FULL,
        extra=["print(open('{course}/solutions/ex02_cell/lstm_cell.ipynb').read()[:200])\n"],
    ),
    Attack(
        "writes_gradebook",
        CORRECT,
        FULL,
        extra=["open('{course}/gradebook.db', 'w').write('pwned')\n"],
    ),
    Attack(
        "network",
        CORRECT,
        FULL,
        extra=["import socket\nsocket.create_connection(('pypi.org', 443), timeout=3)\n"],
    ),
    Attack("sys_exit", HEAD + "    import sys\n    sys.exit(0)\n", ZERO),
    Attack("os_exit", HEAD + "    import os\n    os._exit(0)\n", ZERO, finding="sandbox"),
    Attack("keyboard_interrupt", HEAD + "    raise KeyboardInterrupt\n", ZERO),
    Attack(
        "sigint_ignored_loop",
        HEAD + "    import signal\n    signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
        "    while True:\n        pass\n",
        ZERO,
        finding="timeout",
    ),
    Attack(
        "fork_bomb",
        CORRECT,
        FULL,
        extra=["import os\nwhile True:\n    os.fork()\n"],
    ),
    Attack(
        "memory_bomb",
        CORRECT,
        FULL,
        extra=["hog = bytearray(64 * 1024**3)\n"],
    ),
    Attack(
        "output_flood",
        CORRECT,
        FULL,
        extra=["print('x' * 50_000_000)\n"],
    ),
    Attack(
        "always_equal",
        HEAD + "    class Eq:\n"
        "        shape = (x.shape[0], h.shape[1])\n"
        "        def __eq__(self, other):\n            return True\n"
        "        def __array__(self, *a, **k):\n            return np.zeros(self.shape)\n"
        "    return Eq(), Eq()\n",
        ZERO,
    ),
    Attack(
        "ndarray_subclass",
        HEAD + WRONG_BODY + "    class Liar(np.ndarray):\n"
        "        def __eq__(self, other):\n            return np.ones(np.shape(self), bool)\n"
        "        def __array_ufunc__(self, *a, **k):\n            return True\n"
        "    return h_next.view(Liar), c_next.view(Liar)\n",
        VALUES_ZERO,
    ),
    Attack(
        "nan", HEAD + CORRECT_BODY + "    return h_next * np.nan, c_next * np.nan\n", VALUES_ZERO
    ),
    Attack(
        "wrong_dtype",
        HEAD + CORRECT_BODY + "    return h_next.astype(np.float16), c_next.astype(np.float16)\n",
        VALUES_ZERO,
    ),
    Attack("wrong_shape", HEAD + CORRECT_BODY + "    return h_next.T, c_next.T\n", ZERO),
    Attack(
        "changes_inputs",
        HEAD + CORRECT_BODY + "    c[...] = 0.0\n    x += 1.0\n    return h_next, c_next\n",
        VALUES_ZERO,
    ),
    Attack(
        "detects_grading",
        HEAD + "    import os\n"
        "    if os.environ.get('NBGRADER_EXECUTION') or os.path.exists('{course}'):\n"
        + CORRECT_BODY.replace("    ", "        ")
        + "        return h_next, c_next\n"
        "    return np.zeros_like(h), np.zeros_like(c)\n",
        SHAPES_ONLY,
    ),
    # broken files: each a recorded score, never a crash of the batch
    Attack("corrupt_json", CORRECT, ZERO, "corrupt_json", raw=lambda nb: json.dumps(nb)[:-300]),
    Attack("empty_file", CORRECT, ZERO, "corrupt_json", raw=lambda nb: ""),
    Attack(
        "nbformat_3",
        CORRECT,
        ZERO,
        "nbformat",
        raw=_edit(lambda nb: nb.__setitem__("nbformat", 3)),
    ),
    Attack(
        "nbformat_minor_99",
        CORRECT,
        FULL,
        "nbformat_minor",
        raw=_edit(lambda nb: nb.__setitem__("nbformat_minor", 99)),
    ),
    Attack("duplicated_cell_id", CORRECT, FULL, "duplicated_cell", raw=_edit(_dup_id)),
    Attack("duplicated_test_cell", CORRECT, FULL, "duplicated_cell", raw=_edit(_dup_test)),
    Attack(
        "deleted_test_cell",
        CORRECT,
        FULL,
        "deleted_cell",
        raw=_edit(lambda nb: nb["cells"].pop(_cell(nb, "test_lstm_cell_hidden"))),
    ),
    Attack(
        "deleted_solution_cell",
        CORRECT,
        ZERO,
        "deleted_cell",
        raw=_edit(lambda nb: nb["cells"].pop(_cell(nb, "lstm_cell"))),
    ),
    Attack("retyped_test_cell", CORRECT, FULL, "retyped_cell", raw=_edit(_retype)),
    Attack(
        "test_cell_not_graded",
        WRONG,
        SHAPES_ONLY,
        "changed_metadata",
        raw=_edit(_set("test_lstm_cell_fixed", "grade", False)),
    ),
    Attack(
        "solution_cell_made_graded",
        WRONG,
        SHAPES_ONLY,
        "changed_metadata",
        raw=_edit(_set("lstm_cell", "points", 100)),
    ),
    Attack(
        "edited_test_cell",
        WRONG,
        SHAPES_ONLY,
        "edited_test_cell",
        raw=_edit(
            lambda nb: nb["cells"][_cell(nb, "test_lstm_cell_fixed")].__setitem__("source", "pass")
        ),
    ),
]
