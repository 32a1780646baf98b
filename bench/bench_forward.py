"""lstm_ref.lstm forward against torch.nn.LSTM forward: both float64, same weights, same process.

Prints, for each size, the median wall time of each over several runs and the ratio
lstm / torch (below 1.0: lstm_ref is faster). Sizes: seed 003's (B=64, T=192, I=258, H=512,
2 layers, bidirectional) and a grading size (B=3, T=5, I=4, H=3, 1 layer).

    python bench/bench_forward.py [--repeats-large N] [--repeats-small N] [--threads N] [--quick]

``--quick`` (bench/quick_mode.py): a small stand-in for seed 003's size, one round of 20 calls.

Threads: torch uses ``torch.get_num_threads()`` (or ``--threads``); NumPy's BLAS uses its own
default (OPENBLAS_NUM_THREADS / OMP_NUM_THREADS / MKL_NUM_THREADS if set). Both are printed.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time

import numpy as np
import quick_mode
import torch

from lstm_ref import init_params, lstm, params_to_torch

SIZES = {
    "seed 003 (B=64, T=192, I=258, H=512, L=2, bidirectional)": dict(
        B=64, T=192, I=258, H=512, L=2, bi=True
    ),
    "grading (B=3, T=5, I=4, H=3, L=1)": dict(B=3, T=5, I=4, H=3, L=1, bi=False),
}
QUICK_SIZES = {  # --quick: seed 003's configuration (2 layers, bidirectional) at a small size
    "quick (B=4, T=6, I=5, H=8, L=2, bidirectional)": dict(B=4, T=6, I=5, H=8, L=2, bi=True),
    "grading (B=3, T=5, I=4, H=3, L=1)": dict(B=3, T=5, I=4, H=3, L=1, bi=False),
}


def paired_times(fn_a, fn_b, repeats: int, inner: int) -> tuple[float, float, float]:
    """Median times of ``fn_a`` and ``fn_b`` (seconds per call) and the median of their ratios.

    Each of ``repeats`` rounds times ``inner`` back-to-back calls of ``fn_a`` and then of
    ``fn_b``, so both see the same machine load; the ratio a/b is taken per round. The caller
    has already run both once (the correctness check doubles as the warm-up).
    """
    ta, tb = [], []
    for _ in range(repeats):
        for fn, times in ((fn_a, ta), (fn_b, tb)):
            t0 = time.perf_counter()
            for _ in range(inner):
                fn()
            times.append((time.perf_counter() - t0) / inner)
    ratios = [a / b for a, b in zip(ta, tb, strict=True)]
    return statistics.median(ta), statistics.median(tb), statistics.median(ratios)


def bench(cfg: dict, repeats: int, inner: int) -> tuple[float, float, float, float]:
    rng = np.random.default_rng(0)
    params = init_params(cfg["I"], cfg["H"], cfg["L"], bidirectional=cfg["bi"], rng=rng)
    x = rng.standard_normal((cfg["T"], cfg["B"], cfg["I"]))
    module = torch.nn.LSTM(cfg["I"], cfg["H"], cfg["L"], bidirectional=cfg["bi"]).double().eval()
    params_to_torch(params, module)
    xt = torch.from_numpy(x)

    def run_torch():
        with torch.no_grad():
            return module(xt)

    def run_ref():
        return lstm(x, params)

    out_ref, _ = run_ref()
    err = float(np.max(np.abs(out_ref - run_torch()[0].numpy())))
    t_ref, t_torch, ratio = paired_times(run_ref, run_torch, repeats, inner)
    return t_ref, t_torch, ratio, err


def blas_info() -> str:
    try:
        from threadpoolctl import threadpool_info

        return ", ".join(
            f"{i['internal_api']} {i.get('version')} threads={i['num_threads']}"
            for i in threadpool_info()
            if i["user_api"] == "blas"
        )
    except ImportError:
        env = {
            k: os.environ[k] for k in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS") if k in os.environ
        }
        return f"threadpoolctl not installed; env {env or 'unset'}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats-large", type=int, default=3)
    ap.add_argument("--repeats-small", type=int, default=7)
    ap.add_argument("--inner-small", type=int, default=2000, help="calls per round, small sizes")
    ap.add_argument("--threads", type=int, default=None, help="torch.set_num_threads")
    quick_mode.add_to(ap, repeats_large=1, repeats_small=1, inner_small=20)
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    print(f"python {platform.python_version()}, numpy {np.__version__}, torch {torch.__version__}")
    print(
        f"cpus {os.cpu_count()}, torch threads {torch.get_num_threads()}; numpy BLAS: {blas_info()}"
    )
    for name, cfg in (QUICK_SIZES if args.quick else SIZES).items():
        small = cfg["H"] < 64
        repeats = args.repeats_small if small else args.repeats_large
        inner = args.inner_small if small else 1
        t_ref, t_torch, ratio, err = bench(cfg, repeats, inner)
        print(
            f"{name}: lstm_ref {t_ref * 1e3:.4g} ms, torch {t_torch * 1e3:.4g} ms, "
            f"ratio lstm_ref/torch = {ratio:.3f}  (median over {repeats} interleaved rounds of "
            f"{inner} call(s) each; max |out diff| {err:.2g})"
        )


if __name__ == "__main__":
    main()
