"""Round 3 of hostile submissions (issue 19): rules that hold by construction.

``ROUND3`` are submissions of ex02_cell in the format of :mod:`attacks` (graded in the same
``nbgrader autograde`` run as rounds 1 and 2). ``MODULE_ROUTES`` and ``SHAPES_ROUTES`` are
whole-cell sources for ex04_torch's ``ScratchLSTM`` and ex08_shapes' ``lstm_output_shapes``: each
route to torch's LSTM found in rounds 2 and 3, which ``tests/grader/test_adversarial_round3.py``
grades beside the blank notebook of the same run and which may score no more than it.

The grading sandbox has no torch (requirements-sandbox.txt): each torch route ends in
``ModuleNotFoundError`` with the local check's sentence, whatever it does to the runner's process.
"""

from __future__ import annotations

import numpy as np
from attacks import CORRECT, FULL, HEAD, SHAPES_ONLY, ZERO, Attack

# ---- 2. a lookup table of the visible fixed cases --------------------------------------------


def _lookup_table_source() -> str:
    """lstm_cell answering the published fixed cases from a table (zeros elsewhere)."""
    from lstm_ref import lstm_cell
    from lstm_ref.checks import fixed_case
    from lstm_ref.checks.cases import cell_fixed

    rows = []
    for n in range(1, len(cell_fixed()) + 1):
        case = fixed_case("lstm_cell", n)
        h, c = lstm_cell(**case)
        rows.append((case["x"].tolist(), case["W_ih"].tolist(), h.tolist(), c.tolist()))
    return (
        HEAD
        + f"    table = {rows!r}\n"
        + "    for tx, tw, th, tc in table:\n"
        + "        if np.shape(x) == np.shape(tx) and np.allclose(x, tx) and "
        + "np.shape(W_ih) == np.shape(tw) and np.allclose(W_ih, tw):\n"
        + "            return np.array(th), np.array(tc)\n"
        + "    return np.zeros((x.shape[0], h.shape[1])), np.zeros((x.shape[0], h.shape[1]))\n"
    )


# ---- 3. names the trusted side must never call -----------------------------------------------

# If the trusted test cell called any of these, the cell would fail (and the hidden cell signals
# nothing to the sandbox): an honest lstm_cell beside them keeps full marks.
SHADOWS = """import os
def print(*args, **kwargs):
    open('/home/student/trusted_side_called_print', 'w').write('x')
    raise SystemExit('the trusted side called the student\\'s print')
def len(obj):
    raise SystemExit('the trusted side called the student\\'s len')
def isinstance(obj, cls):
    raise SystemExit('the trusted side called the student\\'s isinstance')
def get_ipython():
    raise SystemExit('the trusted side called the student\\'s get_ipython')
class AssertionError(Exception):
    pass
"""
SHADOWS_TAIL = (
    "import os\n"
    "assert not os.path.exists('/home/student/trusted_side_called_print'), 'print was called'\n"
)

# ---- 1. torch's LSTM, every route, in a NumPy exercise -----------------------------------------

GUARD_OFF = (
    HEAD
    + """    import builtins
    guard = builtins.__import__("_lstm" + "_guard")
    guard._check = lambda *a, **k: None
    guard._open_library = lambda *a, **k: None
    import torch
    t = torch.from_numpy
    hn, cn = torch.lstm_cell(t(x), (t(h), t(c)), t(W_ih), t(W_hh), t(b_ih), t(b_hh))
    return hn.numpy(), cn.numpy()
"""
)
SYS_MODULES_GUARD = (
    HEAD
    + """    import sys
    g = sys.modules.get("_lstm_guard")
    if g is not None:
        g._active.clear()
    import torch
    t = torch.from_numpy
    hn, cn = torch._VF.lstm_cell(t(x), (t(h), t(c)), t(W_ih), t(W_hh), t(b_ih), t(b_hh))
    return hn.numpy(), cn.numpy()
"""
)
VARS_NN = (
    HEAD
    + """    from torch import nn
    import torch
    Cell = vars(nn)["LS" + "TM" + "Cell"]
    cell = Cell(x.shape[1], h.shape[1]).double()
    with torch.no_grad():
        for name, value in zip(["weight_ih", "weight_hh", "bias_ih", "bias_hh"],
                               [W_ih, W_hh, b_ih, b_hh]):
            getattr(cell, name).copy_(torch.from_numpy(value))
        hn, cn = cell(torch.from_numpy(x), (torch.from_numpy(h), torch.from_numpy(c)))
    return hn.numpy(), cn.numpy()
"""
)
QUANTIZED = (
    HEAD
    + """    import torch
    from torch.ao.nn.quantized.dynamic import LSTMCell
    cell = LSTMCell(x.shape[1], h.shape[1], dtype=torch.float16)
    hn, cn = cell(torch.from_numpy(x).float(), (torch.from_numpy(h).float(),
                                                torch.from_numpy(c).float()))
    return hn.double().numpy(), cn.double().numpy()
"""
)
# a thread started in a cell does the work with torch while the graded call waits for it
THREAD_SETUP = """import threading, queue
_jobs, _results = queue.Queue(), queue.Queue()
def _worker():
    import torch
    while True:
        args = _jobs.get()
        t = [torch.from_numpy(a) for a in args]
        hn, cn = torch.lstm_cell(t[0], (t[1], t[2]), t[3], t[4], t[5], t[6])
        _results.put((hn.numpy(), cn.numpy()))
threading.Thread(target=_worker, daemon=True).start()
"""
THREAD = (
    HEAD
    + """    _jobs.put((x, h, c, W_ih, W_hh, b_ih, b_hh))
    return _results.get(timeout=2)
"""
)
# the interpreter of the sandbox run as a helper: it has no torch either
HELPER_PYTHON = (
    HEAD
    + """    import subprocess, sys
    r = subprocess.run([sys.executable, "-c", "import torch; print(torch.__file__)"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(r.stderr[-300:])
    raise RuntimeError("torch found at " + r.stdout)
"""
)


# torch looked for on disk where the grader has it, and in every package folder of the base Python
def _torch_home() -> str:
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("torch")
    return str(Path(spec.origin).parents[1]) if spec and spec.origin else "/nonexistent"


HUNT = (
    HEAD
    + f"""    import glob, os, sys
    places = [{_torch_home()!r}]
    for pattern in ("/usr/lib/python3*/*-packages", "/usr/local/lib/python3*/*-packages",
                    sys.base_prefix + "/lib/python3*/*-packages"):
        places += glob.glob(pattern)
    for folder in places:
        if os.path.exists(os.path.join(folder, "torch", "__init__.py")):
            sys.path.insert(0, folder)
            import torch
            t = torch.from_numpy
            hn, cn = torch.lstm_cell(t(x), (t(h), t(c)), t(W_ih), t(W_hh), t(b_ih), t(b_hh))
            return hn.numpy(), cn.numpy()
    raise RuntimeError("no torch in " + repr(places))
"""
)

ROUND3 = [
    Attack("r3_honest", CORRECT, FULL),
    Attack("r3_lookup_table", _lookup_table_source(), SHAPES_ONLY),
    Attack("r3_shadowed_builtins", CORRECT, FULL, extra=[SHADOWS], tail=[SHADOWS_TAIL]),
    Attack("r3_guard_import_switched_off", GUARD_OFF, ZERO, "__import__"),
    Attack("r3_sys_modules_guard", SYS_MODULES_GUARD, ZERO, "import torch"),
    Attack("r3_vars_nn", VARS_NN, ZERO, "vars(torch.nn)[...]"),
    Attack("r3_quantized_dynamic", QUANTIZED, ZERO, "import torch"),
    Attack("r3_thread", THREAD, ZERO, "import torch", extra=[THREAD_SETUP]),
    Attack("r3_helper_python", HELPER_PYTHON, ZERO),
    Attack("r3_hunt_for_torch_on_disk", HUNT, ZERO),
]

# ---- ex04: ScratchLSTM through each route to torch's LSTM ---------------------------------------

_MODULE = """import numpy as np


class ScratchLSTM:
    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 bidirectional=False, seed=None):
        self.sizes = (input_size, hidden_size, num_layers)
{init}
    def state_dict(self):
        return {{k: v.detach().double().numpy() for k, v in self.m.state_dict().items()}}

    def load_state_dict(self, state):
        import torch
        self.m.load_state_dict({{k: torch.as_tensor(np.asarray(v)) for k, v in state.items()}})

    def double(self):
        return self

    def eval(self):
        return self

    def __call__(self, x, hx=None):
{call}
"""
_NN_INIT = """        import torch
        {imports}
        self.m = {make}(input_size, hidden_size, num_layers=num_layers, bias=bias,
                        batch_first=batch_first, bidirectional=bidirectional).double()
"""
_NN_CALL = """        import torch
        t = lambda a: torch.as_tensor(np.asarray(a), dtype=torch.float64)
        out, (h, c) = self.m(t(x), None if hx is None else (t(hx[0]), t(hx[1])))
        return out.detach().numpy(), (h.detach().numpy(), c.detach().numpy())
"""
_VF_CALL = """        import torch
        t = lambda a: torch.as_tensor(np.asarray(a), dtype=torch.float64)
        w = list(self.m._flat_weights)
        B, H, L = x.shape[1], self.m.hidden_size, self.m.num_layers
        z = torch.zeros(L, B, H, dtype=torch.float64)
        h0, c0 = (z, z) if hx is None else (t(hx[0]), t(hx[1]))
        out, h, c = {fn}(t(x), (h0, c0), w, True, L, 0.0, False, False, False)
        return out.detach().numpy(), (h.detach().numpy(), c.detach().numpy())
"""
_MKLDNN_CALL = """        import torch
        t = lambda a: torch.as_tensor(np.asarray(a), dtype=torch.float32)
        p = [t(v) for v in self.state_dict().values()]
        h0 = torch.zeros(x.shape[1], self.sizes[1]) if hx is None else t(hx[0])[0]
        c0 = torch.zeros(x.shape[1], self.sizes[1]) if hx is None else t(hx[1])[0]
        out, hn, cn, _ = torch.ops.aten.mkldnn_rnn_layer(
            t(x), p[0], p[1], p[2], p[3], h0, c0, False, [x.shape[0]] * x.shape[1], 2,
            self.sizes[1], 1, True, False, False, False)
        return out.double().numpy(), (hn[None].double().numpy(), cn[None].double().numpy())
"""
_HELPER_INIT = """        self.m = None
"""
_HELPER_CALL = """        import pickle, subprocess, sys
        code = ("import pickle, sys, torch\\n"
                "x = torch.as_tensor(pickle.load(sys.stdin.buffer))\\n"
                "out, (h, c) = torch.nn.LSTM(x.shape[2], 4).double()(x)\\n"
                "pickle.dump((out.detach().numpy(), (h.detach().numpy(), "
                "c.detach().numpy())), sys.stdout.buffer)\\n")
        r = subprocess.run([sys.executable, "-c", code], input=pickle.dumps(np.asarray(x)),
                           capture_output=True)
        return pickle.loads(r.stdout)
"""
_THREAD_CALL = """        import threading
        box = []
        def work():
            import torch
            m = torch.nn.LSTM(x.shape[2], self.sizes[1], self.sizes[2]).double()
            out, (h, c) = m(torch.as_tensor(np.asarray(x)))
            box.append((out.detach().numpy(), (h.detach().numpy(), c.detach().numpy())))
        th = threading.Thread(target=work)
        th.start()
        th.join()
        return box[0]
"""


def _module(make: str = "torch.nn.LSTM", imports: str = "", call: str = _NN_CALL,
            init: str | None = None) -> str:  # fmt: skip
    init = _NN_INIT.format(imports=imports, make=make) if init is None else init
    return _MODULE.format(init=init, call=call)


MODULE_ROUTES = {
    "nn_lstm": _module(),
    "quantizable": _module("LSTM", "from torch.ao.nn.quantizable import LSTM"),
    "quantized": _module("LSTM", "from torch.ao.nn.quantized.dynamic import LSTM"),
    "decomp": _module(
        call=_VF_CALL.format(fn="__import__('torch._decomp.decompositions').lstm_impl")
    ),
    "mkldnn_rnn_layer": _module(call=_MKLDNN_CALL),
    "vf": _module(call=_VF_CALL.format(fn="torch._VF.lstm")),
    "vars_nn": _module('vars(nn)["LS" + "TM"]', "from torch import nn"),
    "guard_off": _module(
        imports="import builtins; builtins.__import__('_lstm' + '_guard')._check = print"
    ),
    "helper_process": _module(init=_HELPER_INIT, call=_HELPER_CALL),
    "thread": _module(init=_HELPER_INIT, call=_THREAD_CALL),
}

# ---- ex08: nn.LSTM run to read the shapes off ---------------------------------------------------

SHAPES_ROUTES = {
    "nn_lstm_in_function": '''def lstm_output_shapes(
    seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
    batch_first=False, proj_size=0,
):
    """Shapes of nn.LSTM's outputs, read off a real nn.LSTM."""
    import torch
    lstm = torch.nn.LSTM(input_size, hidden_size, num_layers=num_layers,
                         bidirectional=bidirectional, batch_first=batch_first,
                         proj_size=proj_size)
    x = torch.zeros((batch, seq_len, input_size) if batch_first else (seq_len, batch, input_size))
    out, (h_n, c_n) = lstm(x)
    return {"out": tuple(out.shape), "h_n": tuple(h_n.shape), "c_n": tuple(c_n.shape)}
''',
}

__all__ = ["MODULE_ROUTES", "ROUND3", "SHAPES_ROUTES", "np"]

# ---- ex04: honest NumPy modules written differently keep full marks ---------------------------

_HONEST_HEAD = """import numpy as np


class ScratchLSTM:
    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 bidirectional=False, seed=None):
        self.I, self.H, self.L = input_size, hidden_size, num_layers
        self.bias, self.batch_first, self.D = bias, batch_first, 2 if bidirectional else 1
        rng, k = np.random.default_rng(seed), 1.0 / np.sqrt(hidden_size)
        self.p = {}
        for layer in range(num_layers):
            width = input_size if layer == 0 else self.D * hidden_size
            for sfx in ["", "_reverse"][: self.D]:
                shapes = {"weight_ih": (4 * hidden_size, width),
                          "weight_hh": (4 * hidden_size, hidden_size)}
                if bias:
                    shapes.update(bias_ih=(4 * hidden_size,), bias_hh=(4 * hidden_size,))
                for name, shape in shapes.items():
                    self.p[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, shape)

    def state_dict(self):
        return {name: value.copy() for name, value in self.p.items()}

    def load_state_dict(self, state):
        for name in self.p:
            self.p[name] = np.array(state[name], dtype=np.float64)

    def __call__(self, x, hx=None):
        x = np.asarray(x, dtype=np.float64)
        if self.batch_first:
            x = np.swapaxes(x, 0, 1)
        n, B = self.L * self.D, x.shape[1]
        h0, c0 = (np.zeros((n, B, self.H)),) * 2 if hx is None else hx
        hs, cs = [], []
        for layer in range(self.L):
            outs = []
            for d in range(self.D):
                out, h, c = self.run(x, h0[layer * self.D + d], c0[layer * self.D + d],
                                     layer, ["", "_reverse"][d], d == 1)
                outs.append(out)
                hs.append(h)
                cs.append(c)
            x = np.concatenate(outs, axis=2)
        out = np.swapaxes(x, 0, 1) if self.batch_first else x
        return out, (np.stack(hs), np.stack(cs))
"""

HONEST_MODULES = {
    # the four gates sliced out of one product, one step at a time
    "slicing": _HONEST_HEAD
    + """
    def run(self, x, h, c, layer, sfx, reverse):
        H, p = self.H, self.p
        W_ih, W_hh = p[f"weight_ih_l{layer}{sfx}"], p[f"weight_hh_l{layer}{sfx}"]
        b = p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"] if self.bias else 0.0
        sig = lambda z: 0.5 * (1.0 + np.tanh(0.5 * z))
        out = np.zeros((x.shape[0], x.shape[1], H))
        for t in (range(x.shape[0] - 1, -1, -1) if reverse else range(x.shape[0])):
            a = x[t] @ W_ih.T + h @ W_hh.T + b
            i, f = sig(a[:, :H]), sig(a[:, H:2 * H])
            g, o = np.tanh(a[:, 2 * H:3 * H]), sig(a[:, 3 * H:])
            c = f * c + i * g
            h = o * np.tanh(c)
            out[t] = h
        return out, h, c
""",
    # one weight matrix per gate (as per-gate nn.Linear would hold them), a loop over the gates
    "per_gate": _HONEST_HEAD
    + """
    def run(self, x, h, c, layer, sfx, reverse):
        H, p = self.H, self.p
        gates = {}
        for k, name in enumerate("ifgo"):
            rows = slice(k * H, (k + 1) * H)
            w_x = p[f"weight_ih_l{layer}{sfx}"][rows]
            w_h = p[f"weight_hh_l{layer}{sfx}"][rows]
            b = (p[f"bias_ih_l{layer}{sfx}"][rows] + p[f"bias_hh_l{layer}{sfx}"][rows]
                 if self.bias else np.zeros(H))
            gates[name] = (w_x, w_h, b)
        steps = list(range(x.shape[0]))
        outs = [None] * len(steps)
        for t in (steps[::-1] if reverse else steps):
            pre = {n: x[t] @ w_x.T + h @ w_h.T + b for n, (w_x, w_h, b) in gates.items()}
            i = 1.0 / (1.0 + np.exp(-pre["i"]))
            f = 1.0 / (1.0 + np.exp(-pre["f"]))
            o = 1.0 / (1.0 + np.exp(-pre["o"]))
            c = f * c + i * np.tanh(pre["g"])
            h = o * np.tanh(c)
            outs[t] = h
        return np.stack(outs), h, c
""",
    # np.split (torch's chunk) and einsum, the input product for all steps at once
    "chunk": _HONEST_HEAD
    + """
    def run(self, x, h, c, layer, sfx, reverse):
        p = self.p
        xs = np.einsum("tbi,gi->tbg", x, p[f"weight_ih_l{layer}{sfx}"])
        if self.bias:
            xs = xs + p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]
        order = range(len(x) - 1, -1, -1) if reverse else range(len(x))
        out = np.empty(x.shape[:2] + (self.H,))
        for t in order:
            rec = np.einsum("bh,gh->bg", h, p[f"weight_hh_l{layer}{sfx}"])
            a_i, a_f, a_g, a_o = np.split(xs[t] + rec, 4, axis=1)
            c = np.reciprocal(1 + np.exp(-a_f)) * c + np.reciprocal(1 + np.exp(-a_i)) * np.tanh(a_g)
            h = np.reciprocal(1 + np.exp(-a_o)) * np.tanh(c)
            out[t] = h
        return out, h, c
""",
}
