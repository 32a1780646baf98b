"""Time each check (passing, and failing with its diagnosis) against a baseline from the same run.

Then every wrong version of the corpus in tests/checks (hand-written students' mistakes): the time
of each check with its diagnosis (target: at most 0.5 s each), and the naming/localisation rates.

Baseline: calling the reference once on each of the check's cases (what the check must do at least).
Prints seconds per check and the ratio check / baseline; the target is "well under a second" each.

    python bench/bench_checks.py
    python bench/bench_checks.py --quick    # one timing each, 3 wrong versions per corpus
"""

from __future__ import annotations

import contextlib
import io
import json
import statistics
import time
from pathlib import Path

import numpy as np
import quick_mode

from lstm_ref.backward import lstm_cell_backward
from lstm_ref.cell import lstm_cell
from lstm_ref.checks import (
    CheckFailure,
    check_bilstm_layer,
    check_lstm_cell,
    check_lstm_cell_backward,
    check_lstm_gates,
    check_lstm_layer,
    check_lstm_layer_lengths,
    check_lstm_output_shapes,
    check_scratch_lstm,
    check_seq,
    check_sigmoid,
    reference,
)
from lstm_ref.checks import cases as C
from lstm_ref.checks import cases_seq as S
from lstm_ref.checks.check_shapes import torch_shapes
from lstm_ref.layer import lstm_layer

QUICK = quick_mode.enabled()  # --quick or BENCH_QUICK=1 (bench/quick_mode.py)


def _time(fn, repeat=1 if QUICK else 5):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(CheckFailure):
            fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _baseline(ref, fixed, random):
    cases = fixed() + random(np.random.default_rng(0), 0)
    return lambda: [ref(*c.args, **c.kwargs) for c in cases]


def _scratch_class():
    nb = Path(__file__).resolve().parents[1] / "solutions" / "ex04_torch" / "scratch_lstm.ipynb"
    cells = [c for c in json.loads(nb.read_text())["cells"] if c["cell_type"] == "code"]
    ns: dict = {}
    for cell in cells[:2]:
        exec("".join(cell["source"]), ns)
    return ns["ScratchLSTM"]


def _scratch_baseline():
    """nn.LSTM forward on the check's fixed cases (inputs built beforehand)."""
    from lstm_ref.checks import check_scratch as K

    runs = [(cfg, *K._inputs(cfg, extra, 1000 + n)) for n, (cfg, extra) in enumerate(K._fixed(), 1)]
    return lambda: [K._torch_lstm(cfg, sd, x, hx) for cfg, sd, x, hx in runs]


def _hx_swapped(base):
    class SwapsHx(base):
        def forward(self, x, hx=None):
            return super().forward(x, None if hx is None else (hx[1], hx[0]))

    return SwapsHx


def _w_hf_bug(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    W_hh = W_hh.copy()
    W_hh[:H] = W_hh[H : 2 * H]  # the input gate uses W_hf (seed 001's bug)
    return lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh)


def _shapes(
    seq_len,
    batch,
    input_size,
    hidden_size,
    num_layers=1,
    bidirectional=False,
    batch_first=False,
    proj_size=0,
):
    return torch_shapes(
        seq_len, batch, input_size, hidden_size, num_layers, bidirectional, batch_first, proj_size
    )


def main() -> None:
    if QUICK:
        quick_mode.announce()
    ScratchLSTM = _scratch_class()
    lengths_ref = check_seq._lengths_reference
    bilstm_ref = check_seq._bilstm_reference
    rows = [
        (
            "sigmoid",
            lambda: check_sigmoid(reference.sigmoid, seed=0),
            lambda: [reference.sigmoid(np.linspace(-5, 5, 12)) for _ in range(8)],
        ),
        (
            "lstm_gates",
            lambda: check_lstm_gates(reference.lstm_gates, seed=0),
            _baseline(lstm_cell, C.cell_fixed, C.cell_random),
        ),
        (
            "lstm_cell",
            lambda: check_lstm_cell(lstm_cell, seed=0),
            _baseline(lstm_cell, C.cell_fixed, C.cell_random),
        ),
        (
            "lstm_cell (W_hf bug, diagnosed)",
            lambda: check_lstm_cell(_w_hf_bug, seed=0),
            _baseline(lstm_cell, C.cell_fixed, C.cell_random),
        ),
        (
            "lstm_layer",
            lambda: check_lstm_layer(lstm_layer, seed=0),
            _baseline(lstm_layer, S.layer_fixed, S.layer_random),
        ),
        (
            "lstm_layer (h_n/c_n swapped)",
            lambda: check_lstm_layer(
                lambda *a, **k: (lambda o: (o[0], o[1][::-1]))(lstm_layer(*a, **k)), seed=0
            ),
            _baseline(lstm_layer, S.layer_fixed, S.layer_random),
        ),
        (
            "bilstm_layer",
            lambda: check_bilstm_layer(bilstm_ref, seed=0),
            _baseline(bilstm_ref, S.bilstm_fixed, S.bilstm_random),
        ),
        (
            "lstm_layer_lengths",
            lambda: check_lstm_layer_lengths(lengths_ref, seed=0),
            _baseline(lengths_ref, S.lengths_fixed, S.lengths_random),
        ),
        (
            "lstm_cell_backward",
            lambda: check_lstm_cell_backward(lstm_cell_backward, seed=0),
            _baseline(lstm_cell, C.cell_fixed, C.cell_random),
        ),
        (
            "lstm_output_shapes",
            lambda: check_lstm_output_shapes(_shapes, seed=0),
            lambda: torch_shapes.__wrapped__(7, 3, 10, 20, 2, True, False, 5),
        ),
        ("ScratchLSTM", lambda: check_scratch_lstm(ScratchLSTM, seed=0), _scratch_baseline()),
        (
            "ScratchLSTM (hx swapped, diagnosed)",
            lambda: check_scratch_lstm(_hx_swapped(ScratchLSTM), seed=0),
            _scratch_baseline(),
        ),
    ]
    print(f"{'check':36s} {'check s':>9s} {'baseline s':>11s} {'ratio':>8s}")
    for name, check, base in rows:
        _time(check, 1)  # warm-up (imports, caches)
        t_check = _time(check)
        t_base = _time(base)
        print(f"{name:36s} {t_check:9.4f} {t_base:11.5f} {t_check / t_base:8.1f}")


def diagnosis() -> None:
    """Each check with its diagnosis on the corpus: median and worst seconds per function."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.checks import corpus_backward, corpus_scratch  # noqa: F401 (register)
    from tests.checks.corpus_blind import BATCH2_WRONG, BLIND_WRONG
    from tests.checks.corpus_forward import WRONG
    from tests.checks.test_corpus import grade, judge

    blind = [(f, fn, tuple((e, None) for e in ex)) for f, fn, ex, _ in BLIND_WRONG + BATCH2_WRONG]
    for title, corpus in (("corpus", WRONG), ("blind corpus", blind)):
        _diagnosis_of(title, corpus, grade, judge)


def _diagnosis_of(title, corpus, grade, judge) -> None:
    per: dict[str, list[tuple[float, float]]] = {}
    named = located = 0
    corpus = corpus[:3] if QUICK else corpus
    for function, fn, expect in corpus:
        grade(function, fn)  # warm-up: imports, caches
        t, c = time.perf_counter(), time.process_time()
        exc, _ = grade(function, fn)
        per.setdefault(function, []).append((time.perf_counter() - t, time.process_time() - c))
        if exc is not None:
            n, loc, _wrong = judge(exc, expect)
            named += n
            located += loc
    # CPU seconds too: on a shared machine the wall clock also counts other processes' time
    head = f"{'check with diagnosis (' + title + ')':32s} {'wall med':>9s} {'wall max':>9s}"
    print(f"\n{head} {'cpu med':>8s} {'cpu max':>8s} {'cpu<=0.5':>9s}")
    for function, times in per.items():
        wall, cpu = [w for w, _ in times], [c for _, c in times]
        row = f"{function:32s} {statistics.median(wall):9.3f} {max(wall):9.3f}"
        print(f"{row} {statistics.median(cpu):8.3f} {max(cpu):8.3f} {str(max(cpu) <= 0.5):>9s}")
    n = len(corpus)
    rates = f"named {named} ({named / n:.0%}), localised {located} ({located / n:.0%})"
    print(f"{title}: {n} wrong versions, {rates}")


if __name__ == "__main__":
    main()
    diagnosis()
