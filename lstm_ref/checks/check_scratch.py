# ruff: noqa: E501  (messages are long f-strings)
"""check_scratch_lstm: ex04's ``ScratchLSTM``, nn.LSTM written in NumPy (contract decision 2).

The class is touched only as the grader touches it: constructed with keyword arguments, its
``state_dict()`` read (the initialisation: nn.LSTM's keys and shapes, float64 values uniform in
±1/√H, not constant), given nn.LSTM's weights as float64 arrays with ``load_state_dict``, and
called as ``module(x, hx)`` with arrays. Expected values: lstm_ref's NumPy nn.LSTM (equal to
torch's in eval mode). The cases run through the one engine (core.Runner with a module adapter);
a value failure is decomposed by setting (hx, batch_first, layers, directions, bias, T=1) first.
"""

from __future__ import annotations

import math
import re

import numpy as np

from lstm_ref.checks.core import Case, Mistake, Runner, Spec
from lstm_ref.checks.failure import CheckFailure
from lstm_ref.checks.findings import Finding, gates_exchanged_text
from lstm_ref.checks.infer import Factor, Model
from lstm_ref.checks.mistakes_seq import run_steps, stepped
from lstm_ref.checks.model_seq import SEQ_TEXT
from lstm_ref.checks.parts import decompose, judged
from lstm_ref.checks.student import Refused, call_student
from lstm_ref.gates import GATE_NAMES, GATES

NAME = "ScratchLSTM"
KEYS = "scratch.state_dict_keys"  # what state_dict() holds: keys, shapes, float arrays
ARGS = ("init", "state_dict", "x", "hx")


def config(I, H, L=1, bias=True, bf=False, bi=False) -> dict:
    return {
        "input_size": I,
        "hidden_size": H,
        "num_layers": L,
        "bias": bias,
        "batch_first": bf,
        "bidirectional": bi,
    }


def expected_keys(cfg) -> dict[str, tuple[int, ...]]:
    """nn.LSTM's state_dict keys and shapes for ``cfg`` (no proj_size)."""
    from lstm_ref.params import param_keys

    H, D = cfg["hidden_size"], 2 if cfg["bidirectional"] else 1
    shapes = {}
    for key in param_keys(cfg["num_layers"], cfg["bias"], cfg["bidirectional"]):
        layer = int(key.split("_l")[1].split("_")[0])
        inp = cfg["input_size"] if layer == 0 else D * H
        shapes[key] = (4 * H, inp if "weight_ih" in key else H) if "weight" in key else (4 * H,)
    return shapes


def case(kind, n, cfg, T=3, B=2, hx=True, seed=0, note="") -> Case:
    """Weights uniform in ±0.8 (larger than nn.LSTM's, so that mistakes show) under nn.LSTM's key
    names, x and (h_0, c_0) normal."""
    rng = np.random.default_rng(10_000 * n + seed + (0 if kind == "fixed" else 7))
    sd = {k: rng.uniform(-0.8, 0.8, s) for k, s in expected_keys(cfg).items()}
    I, H = cfg["input_size"], cfg["hidden_size"]
    LD = cfg["num_layers"] * (2 if cfg["bidirectional"] else 1)
    x = rng.normal(size=(B, T, I) if cfg["batch_first"] else (T, B, I))
    h = (rng.normal(size=(LD, B, H)) * 0.8, rng.normal(size=(LD, B, H))) if hx else None
    sizes = {"T": T, "B": B, "I": I, "H": H}
    flags = [f"{k}={v}" for k, v in cfg.items() if k not in ("input_size", "hidden_size")]
    flags.append("hx given" if hx else "hx=None")
    note = ", ".join(filter(None, [*flags, note]))
    return Case(kind, n, (dict(cfg), sd, x, h), {}, sizes, seed if kind == "random" else None, note)


def fixed_cases() -> list[Case]:
    """Every requirement has a fixed case: one layer; stacked with batch_first; bidirectional;
    hx=None; layers x directions with hx (rows k = layer·D + direction); bias=False; three layers."""
    return [
        case("fixed", 1, config(3, 2)),
        case("fixed", 2, config(3, 4, L=2, bf=True), T=4, B=3),
        case("fixed", 3, config(2, 3, bi=True), T=4),
        case("fixed", 4, config(2, 2), hx=False),
        case("fixed", 5, config(3, 2, L=2, bi=True)),
        case("fixed", 6, config(2, 3, bias=False)),
        case("fixed", 7, config(2, 2, L=3)),
    ]


def random_cases(rng, seed) -> list[Case]:
    out = []
    for n in range(1, 6):
        cfg = config(
            int(rng.integers(1, 6)),
            int(rng.integers(1, 6)),
            L=int(rng.integers(1, 4)),
            bias=bool(rng.integers(0, 4)),
            bf=bool(rng.integers(2)),
            bi=bool(rng.integers(2)),
        )
        T, B = int(rng.integers(1, 6)), int(rng.integers(1, 5))
        out.append(case("random", n, cfg, T, B, hx=bool(rng.integers(0, 3)), seed=seed))
    out.append(case("random", 6, config(2, 3, L=2, bf=True, bi=True), 3, 3, False, seed))
    out.append(case("random", 7, config(4, 1), 1, 1, seed=seed, note="T=1"))
    return out


def part_cases() -> list[Case]:
    """One setting changed at a time from a plain one-layer case (the decomposition)."""
    base = dict(I=3, H=2)
    return [
        case("diagnostic", 1, config(**base), T=1, B=2, note="T=1"),
        case("diagnostic", 2, config(**base), T=3, B=2, hx=False),
        case("diagnostic", 3, config(**base), T=3, B=2),
        case("diagnostic", 4, config(**base, bf=True), T=3, B=2, hx=False),
        case("diagnostic", 5, config(**base, bi=True), T=3, B=2, hx=False),
        case("diagnostic", 6, config(**base, L=2), T=3, B=2, hx=False),
        case("diagnostic", 7, config(**base, bias=False), T=3, B=2, hx=False),
    ]


def settings(c: Case) -> dict:
    cfg, _sd, x, hx = c.args
    T = x.shape[1] if cfg["batch_first"] else x.shape[0]
    return {
        "T": 1 if T == 1 else "more",
        "hx": None if hx is None else "given",
        "batch_first": cfg["batch_first"],
        "num_layers": 1 if cfg["num_layers"] == 1 else "more",
        "bidirectional": cfg["bidirectional"],
        "bias": cfg["bias"],
    }


def reference(init, state_dict, x, hx):
    from lstm_ref.lstm import lstm

    return lstm(x, state_dict, hx, batch_first=init["batch_first"])


def call_module(cls, args, kwargs):
    """The module adapter: construct with keyword arguments, load the weights, call. Where the
    module's own keys are nn.LSTM's with every layer number one higher (said by check_init), the
    weights are loaded under its names, so that the values are judged too."""
    init, sd, x, hx = args
    module = call_student(cls, **init)
    own = _quietly(call_student, module.state_dict)  # (check_init says what fails there)
    shifted = {}
    if isinstance(own, dict) and own:
        shifted = _keys_shifted(list(sd), list(own)) or _reverse_suffix(list(sd), list(own))
    if shifted and any(k not in own for k in sd):
        sd = {shifted[k]: v for k, v in sd.items()}
    call_student(module.load_state_dict, sd)
    return call_student(module, x, hx)


def symbols(c: Case) -> dict:
    cfg = c.args[0]
    DH = "2H" if cfg["bidirectional"] else "H"
    out = ("B", "T", DH) if cfg["batch_first"] else ("T", "B", DH)
    LD = "L·D" if cfg["bidirectional"] or cfg["num_layers"] > 1 else "1"
    return {"out": out, "h_n": (LD, "B", "H"), "c_n": (LD, "B", "H")}


def layout_variants(c: Case) -> list:
    """The same call with one setting changed, built from the same arrays: batch_first off
    (x transposed), hx=None, bias=True with zero biases (the same numbers as bias=False)."""
    cfg, sd, x, hx = c.args
    out = []
    if cfg["batch_first"]:
        other = {**cfg, "batch_first": False}
        v = Case(c.kind, c.number, (other, sd, x.transpose(1, 0, 2).copy(), hx), {}, c.sizes)
        out.append(("batch_first=False (x as (T, B, I))", v, "seq.batch_first_ignored"))
    if hx is not None:
        v = Case(c.kind, c.number, (cfg, sd, x, None), {}, c.sizes)
        out.append(("hx=None", v, ""))
    if not cfg["bias"]:  # the same numbers with bias=True and zero biases
        other = {**cfg, "bias": True}
        zeros = {k: np.zeros(s) for k, s in expected_keys(other).items() if k not in sd}
        v = Case(c.kind, c.number, (other, {**sd, **zeros}, x, hx), {}, c.sizes)
        out.append(("bias=True and zero biases", v, "scratch.bias_false_ignored"))
    return out


def layered(
    init,
    sd,
    x,
    hx,
    *,
    reads="reversed",
    store="flipped",
    rows="layer",
    h0_rows="layer",
    upper="previous",
    step=None,
    bf_used=True,
):  # noqa: E501
    """nn.LSTM run layer by layer and direction by direction, with one thing changeable (a
    module-level mistake): how the reverse direction reads x (``reads``) and stores its outputs
    (``store``), the order of the h_n/c_n rows (``rows``) and of the h_0/c_0 rows read
    (``h0_rows``; "chained": the reverse starts from the forward's final state; "layer_index":
    row k for both directions), what a layer above the first reads (``upper``: "previous", "first" or "x"),
    the step every layer and direction runs (``step``: a catalogued mistaken step, (x_t, h, c,
    W_ih, W_hh, b_ih, b_hh) -> (h, c); None: the book's)."""
    from lstm_ref.layer import lstm_layer

    L, bf = init["num_layers"], init["batch_first"] and bf_used  # ignored: x read as (T, B, I)
    D = 2 if init["bidirectional"] else 1
    H = init["hidden_size"]
    x = x.transpose(1, 0, 2) if bf else x
    B = x.shape[1]
    hs, cs, inp, first = {}, {}, x, None
    for k in range(L):
        outs, ends = [], []  # each direction's output and final (h, c) in this layer
        for d in range(D):
            sfx = "_reverse" if d else ""
            W = [sd.get(f"{n}_l{k}{sfx}") for n in ("weight_ih", "weight_hh", "bias_ih", "bias_hh")]
            r = {"direction": d * L + k, "layer_index": k, "forward_row": k * D}.get(
                h0_rows, k * D + d
            )
            unread = hx is None or (h0_rows == "layer0_only" and k > 0)
            h0 = np.zeros((B, H)) if unread else hx[0][r]
            c0 = np.zeros((B, H)) if unread else hx[1][r]
            if d and h0_rows == "chained":  # the reverse starts where the forward ended
                h0, c0 = ends[0]
            seq = inp[::-1] if d and reads == "reversed" else inp
            if step is None:
                out, (h, c) = lstm_layer(seq, h0, c0, *W)
            else:  # no bias: zeros, so that a catalogued step runs on every case
                W = [np.zeros(4 * H) if w is None else w for w in W]
                out, (h, c) = run_steps(step, seq, h0, c0, *W)
            if d and (reads == "reversed" and store == "flipped" or reads == "forwards_flipped"):
                out = out[::-1]
            outs.append(out)
            w = k * D + d if rows == "layer" else d * L + k
            hs[w], cs[w] = h, c
            ends.append((h, c))
        layer_out = np.concatenate(outs, axis=-1)
        first = layer_out if first is None else first
        inp = first if upper == "first" and k >= 1 else x if upper == "x" else layer_out
    out = layer_out.transpose(1, 0, 2) if bf else layer_out  # the last layer's output
    n = L * D
    return out, (np.stack([hs[i] for i in range(n)]), np.stack([cs[i] for i in range(n)]))


def _layered_step(step, init, sd, x, hx):
    return layered(init, sd, x, hx, step=step)


def mistakes() -> list[Mistake]:
    """The catalogue: a mistaken step (lstm_cell's catalogue, as in lstm_layer's) run by every
    layer and direction, the module's handling right."""
    return stepped(" of every layer and direction", _layered_step)


#: (factor, wrong option) -> (finding kind, sentence)
SCRATCH_TEXT = {
    ("hx", "ignored"): (
        "scratch.hx_ignored",
        "hx is ignored: with hx given your outputs are exactly nn.LSTM's with hx=None (zeros). "
        "Start each layer and direction from h_0[k], c_0[k], k = layer·D + direction.",
    ),
    ("hx", "swapped"): ("scratch.hx_swapped", "hx is read as (c_0, h_0); it is (h_0, c_0)."),
    ("hx", "h_zeros"): (
        "scratch.hx_ignored",
        "h_0 of the given hx is ignored: your outputs are exactly nn.LSTM's with h_0 = 0 and the "
        "given c_0. Start each layer and direction from h_0[k], c_0[k], k = layer·D + direction.",
    ),
    ("hx", "c_zeros"): (
        "scratch.hx_ignored",
        "c_0 of the given hx is ignored: your outputs are exactly nn.LSTM's with the given h_0 "
        "and c_0 = 0. Start each layer and direction from h_0[k], c_0[k], k = layer·D + direction.",
    ),
    ("hx", "h_twice"): (
        "scratch.hx_swapped",
        "c_0 is read from hx[0], h_0's place: your outputs are exactly nn.LSTM's with c_0 = h_0. "
        "hx is (h_0, c_0): c_0 is hx[1].",
    ),
    ("hx", "c_twice"): (
        "scratch.hx_swapped",
        "h_0 is read from hx[1], c_0's place: your outputs are exactly nn.LSTM's with h_0 = c_0. "
        "hx is (h_0, c_0): h_0 is hx[0].",
    ),
    ("reads", "forwards"): (
        "bi.reverse_not_reversed",
        "the reverse direction reads the sequence forwards (x_0 first); it reads it from the end, "
        "x_{T-1} first, and stores its output at each step's own time index.",
    ),
    ("reads", "forwards_flipped"): (
        "bi.reverse_not_reversed",
        "the reverse direction reads the sequence forwards (x_0 first) and then flips its outputs: "
        "running forwards and reversing the outputs is not running backwards (each state depends "
        "on the steps read before it); it reads x_{T-1} first and stores each output at its step's "
        "own time index.",
    ),
    ("store", "reading"): (
        "bi.reverse_not_flipped_back",
        "the reverse direction's outputs stay in reading order: out[t]'s reverse half must be the "
        "reverse direction's output for x_t (flip them back to time order).",
    ),
    ("rows", "direction"): (
        "scratch.state_layout",
        "the rows of h_n/c_n are in the wrong order: yours are direction·L + layer (every "
        "layer's forward row first); nn.LSTM's row for layer k and direction d is k·D + d "
        "(`h_n[k * D + d]`: layer by layer, each layer's directions side by side).",
    ),
    ("h0_rows", "direction"): (
        "scratch.h0_layout",
        "the rows of h_0/c_0 are read in the wrong order: direction·L + layer; nn.LSTM's row "
        "for layer k and direction d is k·D + d (`h_0[k * D + d]`: layer by layer).",
    ),
    ("h0_rows", "layer_index"): (
        "scratch.h0_layout",
        "the rows of h_0/c_0 are read by the layer's index alone, k (both directions of a "
        "layer read the same row); nn.LSTM's row for layer k and direction d is k·D + d "
        "(`h_0[k * D + d]`: layer by layer, each layer's directions side by side).",
    ),
    ("h0_rows", "forward_row"): (
        "bi.same_initial_state",
        "the reverse direction starts from the forward direction's initial state, row k·D of "
        "h_0/c_0; it starts from its own row, h_0[k·D + 1], c_0[k·D + 1] (k the layer).",
    ),
    ("h0_rows", "layer0_only"): (
        "scratch.h0_layout",
        "the given hx is read for layer 0 only: the layers above start from zeros; layer k "
        "starts from its own rows of hx, h_0[k·D + d], c_0[k·D + d].",
    ),
    ("h0_rows", "chained"): (
        "bi.same_initial_state",
        "the reverse direction starts from the forward direction's final state (its h_n, c_n row); "
        "it starts from its own row of hx, h_0[k], c_0[k] with k = layer·D + 1 (zeros when hx is "
        "None): the two directions run independently.",
    ),
    ("weights", "forward"): (
        "bi.reverse_uses_forward_weights",
        "the reverse direction runs with the forward direction's parameters; it has its own: "
        "weight_ih_l{k}_reverse, weight_hh_l{k}_reverse, bias_ih_l{k}_reverse, bias_hh_l{k}_reverse.",
    ),
    ("weights", "forward_w"): (
        "bi.reverse_uses_forward_weights",
        "the reverse direction runs with the forward direction's weight matrices; it has its "
        "own: weight_ih_l{k}_reverse and weight_hh_l{k}_reverse (its biases are read right).",
    ),
    ("weights", "forward_ih"): (
        "bi.reverse_uses_forward_weights",
        "the reverse direction's input weights are the forward direction's, weight_ih_l{k}; it "
        "has its own, weight_ih_l{k}_reverse (its other parameters are read right).",
    ),
    ("weights", "forward_hh"): (
        "bi.reverse_uses_forward_weights",
        "the reverse direction's recurrent weights are the forward direction's, weight_hh_l{k}; "
        "it has its own, weight_hh_l{k}_reverse (its other parameters are read right).",
    ),
    ("weights", "ih_reshaped"): (
        "gate.weights_untransposed",
        "weight_ih_l{k} is reshaped to (I, 4H) where its transpose belongs (x @ W_ih.T): a reshape "
        "keeps the numbers' order, so the shape is right and the entries are not; use .T.",
    ),
    ("weights", "hh_reshaped"): (
        "gate.weights_untransposed",
        "weight_hh_l{k} is reshaped to (H, 4H) where its transpose belongs (h @ W_hh.T): a reshape "
        "keeps the numbers' order, so the shape is right and the entries are not; use .T.",
    ),
    ("weights", "both_reshaped"): (
        "gate.weights_untransposed",
        "weight_ih_l{k} and weight_hh_l{k} are reshaped to (I, 4H) and (H, 4H) where their "
        "transposes belong (x @ W_ih.T, h @ W_hh.T): a reshape keeps the numbers' order, so the "
        "shapes are right and the entries are not; use .T.",
    ),
    ("weights", "layer0_hh"): (
        "scratch.layer_input",
        "every layer runs with layer 0's recurrent weights, weight_hh_l0; layer k has its own, "
        "weight_hh_l{k} (its other parameters are read right).",
    ),
    ("weights", "layer0"): (
        "scratch.layer_input",
        "every layer runs with layer 0's parameters (where the shapes allow); layer k has its own: "
        "weight_ih_l{k}, weight_hh_l{k}, bias_ih_l{k}, bias_hh_l{k}.",
    ),
    ("state_out", "c_is_h"): SEQ_TEXT[("final_swap", "c_is_h")],
    ("state_out", "h_is_c"): SEQ_TEXT[("final_swap", "h_is_c")],
    ("state_out", "swapped"): SEQ_TEXT[("final_swap", True)],
    ("bf", "ignored"): (
        "seq.batch_first_ignored",
        "batch_first is ignored: with batch_first=True x is (B, T, I) and out (B, T, D·H); yours reads x as (T, B, I) and returns out in that layout.",  # noqa: E501
    ),
    ("bf", "reshape"): (
        "seq.batch_first_reshape",
        "with batch_first=True x (B, T, I) is reshaped to (T, B, I) (and out back) where its axes must be exchanged: a reshape keeps the numbers' order, so time steps and sequences are mixed; use x.transpose(1, 0, 2) (np.swapaxes).",  # noqa: E501
    ),
    ("state_bf", True): (
        "seq.batch_first_ignored",
        "batch_first does not apply to h_n and c_n: they are (L·D, B, H) whatever batch_first (only x and out are batch first); yours are (B, L·D, H) when batch_first=True.",  # noqa: E501
    ),
    ("upper", "x"): (
        "scratch.layer_input",
        "every layer reads x, the module's input; layer k > 0 reads the previous layer's output "
        "(layer k-1's out, D·H wide), layer 0 alone reads x.",
    ),
    ("upper", "first"): (
        "scratch.layer_input",
        "every layer above the second reads the first layer's output; layer k reads layer k-1's "
        "output.",
    ),
}


_PAIRS = [(p, q) for p in range(4) for q in range(p + 1, 4)]  # two of the four gates


class ScratchModel(Model):
    """The module's computation in parts (infer.Model): how hx is read, how the reverse direction
    reads and stores, the order of the state rows, what an upper layer reads. A fit that
    reproduces every case names the parts that differ (two at once included)."""

    #: each evaluation runs every layer and direction of every case: the check's time stays
    #: under 0.5 s (measured: bench/bench_checks.py)
    evaluations = 420

    factors = (
        # two gates' row blocks exchanged, the same in every weight and bias (e.g. the split read
        # as i, f, o, g): the reference run on a state dict with those blocks exchanged
        Factor("gates", ("ifgo", *(f"{GATES[p]}{GATES[q]}" for p, q in _PAIRS))),
        # "h_zeros"/"c_zeros": one of the two ignored (zeros in its place); "h_twice"/"c_twice":
        # one read for both (c_0 = hx[0], or h_0 = hx[1])
        Factor("hx", ("used", "ignored", "swapped", "h_zeros", "c_zeros", "h_twice", "c_twice")),
        # "forwards_flipped": read forwards, its outputs then flipped (time reversal assumed)
        Factor("reads", ("reversed", "forwards", "forwards_flipped")),
        Factor("store", ("flipped", "reading")),
        Factor("rows", ("layer", "direction")),
        # "chained": the reverse direction starts from the forward direction's final state
        # "forward_row": both directions of layer k start from row k·D (the forward's);
        # "layer0_only": hx read for layer 0 only, the layers above start from zeros
        Factor(
            "h0_rows",
            ("layer", "direction", "chained", "layer_index", "forward_row", "layer0_only"),
        ),
        # "x": every layer reads x (it runs only where x's width I is D·H, as layer k's W_ih)
        Factor("upper", ("previous", "first", "x")),
        # whose parameters a direction or layer runs with: its own, the forward direction's
        # (the reverse reads weight_*_l{k}, not weight_*_l{k}_reverse), or layer 0's
        # "forward_ih"/"forward_hh": that one matrix the forward direction's (a copied line)
        # "ih_reshaped"/"hh_reshaped": that matrix stored as weight.reshape(n, 4H) where its
        # transpose belongs (the same shape, the numbers in another order)
        Factor(
            "weights",
            (
                "own",
                "forward",
                "forward_w",
                "layer0",
                "layer0_hh",
                "forward_ih",
                "forward_hh",
                "ih_reshaped",
                "hh_reshaped",
                "both_reshaped",
            ),
        ),
        # what the returned (h_n, c_n) hold: c_n = h_n, h_n = c_n, or the two exchanged
        Factor("state_out", ("ok", "c_is_h", "h_is_c", "swapped")),
        # True: h_n, c_n made batch first too when batch_first (they never are)
        Factor("state_bf", (False, True)),
        # "ignored": batch_first never read, x taken as (T, B, I) and out returned so
        # "reshape": x (B, T, I) reshaped to (T, B, I), and out back, where a transpose belongs
        Factor("bf", ("used", "ignored", "reshape")),
    )

    def run(self, case, choice):
        ch = {**self.correct(), **choice}
        init, sd, x, hx = case.args
        if ch["gates"] != "ifgo":
            p, q = (GATES.index(g) for g in ch["gates"])
            sd = {k: _swap_blocks(v, p, q) for k, v in sd.items()}
        if ch["weights"] in ("forward", "forward_w", "forward_ih", "forward_hh"):
            only = {"forward_w": "weight_", "forward_ih": "weight_ih", "forward_hh": "weight_hh"}
            part = only.get(ch["weights"], "")  # "forward": every parameter of the direction
            sd = {
                k: sd.get(k.removesuffix("_reverse"), v) if k.startswith(part) else v
                for k, v in sd.items()
            }
        elif ch["weights"] == "layer0":  # an upper layer's weight_ih has its own width: kept
            sd = {k: _layer0(sd, k, v) for k, v in sd.items()}
        elif ch["weights"] == "layer0_hh":  # weight_hh_l0 alone read by every layer
            sd = {k: _layer0(sd, k, v) if k.startswith("weight_hh") else v for k, v in sd.items()}
        elif ch["weights"] in ("ih_reshaped", "hh_reshaped", "both_reshaped"):  # v @ W.reshape
            part = {"ih_reshaped": "weight_ih", "hh_reshaped": "weight_hh"}.get(
                ch["weights"], "weight_"
            )
            sd = {
                k: np.swapaxes(v.reshape(v.shape[:-2] + v.shape[-2:][::-1]), -1, -2)
                if k.startswith(part)
                else v
                for k, v in sd.items()
            }
        if hx is not None and ch["hx"] != "used":
            h0, c0 = hx
            hx = {
                "ignored": None,
                "swapped": (c0, h0),
                "h_zeros": (0 * h0, c0),
                "c_zeros": (h0, 0 * c0),
                "h_twice": (h0, h0),
                "c_twice": (c0, c0),
            }[ch["hx"]]
        change = {k: ch[k] for k in ("reads", "store", "rows", "h0_rows", "upper")}
        if ch["bf"] == "reshape" and init["batch_first"]:  # time-major by a reshape, and back
            B, T = x.shape[-3:-1]
            x = x.reshape(x.shape[:-3] + (T, B, x.shape[-1]))
            out, (h, c) = layered(init, sd, x, hx, **change, bf_used=False)
            out = out.reshape(out.shape[:-3] + (B, T, out.shape[-1]))
        else:
            out, (h, c) = layered(init, sd, x, hx, **change, bf_used=ch["bf"] == "used")
        h, c = {"ok": (h, c), "c_is_h": (h, h), "h_is_c": (c, c), "swapped": (c, h)}[
            ch["state_out"]
        ]
        if ch["state_bf"] and init["batch_first"]:  # (B, L·D, H): batch first like out
            h, c = np.swapaxes(h, -3, -2), np.swapaxes(c, -3, -2)
        return {"out": out, "h_n": h, "c_n": c}

    def findings(self, choice, function):
        wrong = [(f.name, choice[f.name]) for f in self.factors if choice[f.name] != f.options[0]]
        out = [_gates_exchanged(c, function) for n, c in wrong if n == "gates"]
        return out + [
            Finding(*SCRATCH_TEXT[w][:1], function, SCRATCH_TEXT[w][1])
            for w in wrong
            if w[0] != "gates"
        ]


def _layer0(sd: dict, key: str, value):
    """Layer 0's parameter of the same name and direction, where its shape fits."""
    other = sd.get(re.sub(r"_l\d+", "_l0", key))
    return other if other is not None and np.shape(other) == np.shape(value) else value


def _swap_blocks(a: np.ndarray, p: int, q: int) -> np.ndarray:
    """``a`` (4H, ...) or (4H,) with gate blocks p and q exchanged."""
    b = np.split(np.asarray(a), 4, axis=0)
    b[p], b[q] = b[q], b[p]
    return np.concatenate(b, axis=0)


def _gates_exchanged(pair: str, function: str) -> Finding:
    p, q = GATES.index(pair[0]), GATES.index(pair[1])
    text = gates_exchanged_text(p, q, function, "every weight_ih, weight_hh, bias_ih and bias_hh")
    return Finding("gates.exchanged", function, text, gate=GATES[p])


def parts(runner, results) -> list[Finding]:
    return decompose(runner, judged(runner, results, part_cases()), settings)


def spec() -> Spec:
    return Spec(
        name=NAME,
        arg_names=ARGS,
        none_means={"hx": "zeros for every layer and direction, (L·D, B, H) each, as in nn.LSTM"},
        structure=("out", ("h_n", "c_n")),
        structure_text="a tuple (out, (h_n, c_n)) of NumPy arrays",
        symbols=symbols,
        reference=reference,
        fixed_cases=fixed_cases,
        random_cases=random_cases,
        mistakes=mistakes,
        model=ScratchModel,
        variants=layout_variants,
        parts=parts,
        adapter=call_module,
    )


# --- the initialisation --------------------------------------------------------------------
INIT_CONFIGS = (config(3, 4), config(2, 3, L=2, bi=True), config(2, 5, bias=False))


def check_init(cls) -> list[Finding]:
    """Constructed with keyword arguments (and seed): CheckFailure otherwise (nothing else can
    be judged). What state_dict() holds (nn.LSTM's keys and shapes, float arrays) and how the
    values are drawn (uniform in ±1/√H, not constant, the same for the same seed, another for
    another seed, float64) are returned as findings: judged beside the cases (which load
    nn.LSTM's state_dict through load_state_dict), so that a second mistake is named too."""
    soft: dict[str, Finding] = {}  # one finding per topic: bound, constant, seed, dtype

    def note(topic: str, text: str, kind: str = "scratch.init_distribution") -> None:
        # term "dtype": the parameters' type (the runner then compares at that type's tolerance)
        soft.setdefault(
            topic, Finding(kind, NAME, text, term="dtype" if topic == "dtype" else None)
        )

    for cfg in INIT_CONFIGS:
        label = "ScratchLSTM(" + ", ".join(f"{k}={v}" for k, v in {**cfg, "seed": 0}.items()) + ")"
        try:
            module = call_student(cls, **cfg, seed=0)
            sd = call_student(module.state_dict)
        except Refused as exc:
            runner = Runner(spec(), cls)
            raise runner.forbidden(exc, Case("init", 0, (), note=label)) from None
        except Exception as exc:
            raise _init_failure(
                f"{label} or its state_dict() raised {type(exc).__name__}: {exc}"
            ) from exc
        want = expected_keys(cfg)
        if not isinstance(sd, dict):
            note(
                "dict",
                f"{label}.state_dict() should return a dict of arrays; it returned {type(sd).__name__}.",  # noqa: E501
                KEYS,
            )
            continue
        missing = [k for k in want if k not in sd]
        extra = [k for k in sd if k not in want]
        shifted = _keys_shifted(list(want), list(sd)) if missing else {}
        suffix = _reverse_suffix(list(want), list(sd)) if missing and not shifted else {}
        if shifted:  # nn.LSTM's keys with every layer number one higher: judged by that map
            first = next(iter(shifted))
            text = f"{label}.state_dict() numbers its layers from 1: {shifted[first]} stands where nn.LSTM's {first} is (layer k's keys end in _l{{k}}, counting from 0)"  # noqa: E501
            note("keys", text + ".", KEYS)
            sd = _renamed(sd, shifted)
        elif suffix:  # the reverse direction's suffix written another way: judged by that map
            first = next(k for k, v in suffix.items() if k != v)
            text = f"{label}.state_dict() names the reverse direction's parameters with another suffix: {suffix[first]} stands where nn.LSTM's {first} is (the reverse direction's keys end in _reverse); the values were judged under your names"  # noqa: E501
            note("keys", text + ".", KEYS)
            sd = _renamed(sd, suffix)
        elif missing or extra:
            text = f"{label}.state_dict() should have nn.LSTM's keys"
            text += f"; missing: {', '.join(missing)}" if missing else ""
            text += f"; not in nn.LSTM: {', '.join(map(str, extra))}" if extra else ""
            note("keys", text + ".", KEYS)
        H = cfg["hidden_size"]
        bound = 1 / math.sqrt(H)
        drawn = {}  # the arrays of nn.LSTM's keys and shapes: their values are judged below
        for key, shape in want.items():
            value = sd.get(key)
            if key not in sd:
                continue
            if not isinstance(value, np.ndarray) or value.dtype.kind != "f":
                note(
                    "type",
                    f"{label}.state_dict()['{key}'] should be a NumPy array of floats; it is {type(value).__name__}.",  # noqa: E501
                    KEYS,
                )
                continue
            if value.shape != shape:
                note(
                    "shape",
                    f"{label}.state_dict()['{key}'] has shape {value.shape}; nn.LSTM's is {shape}."
                    # what the width says only where the keys are nn.LSTM's (else a key of
                    # the student's own numbering may hold another layer's matrix)
                    + (
                        ""
                        if missing and not (shifted or suffix)
                        else _upper_width(key, value.shape, shape, cfg)
                    ),  # noqa: E501
                    KEYS,
                )
                continue
            drawn[key] = value
            if value.dtype != np.float64:
                note(
                    "dtype",
                    f"{label}.state_dict()['{key}'] is {value.dtype}; the notebook asks for float64 arrays (float32 keeps about 7 digits; the checks compare at 1e-10).",  # noqa: E501
                    "result.kind",
                )
            if np.any(np.abs(value) > bound * (1 + 1e-6)):
                note(
                    "bound",
                    f"{label}: {key} has values up to {np.abs(value).max():.3g}, outside ±1/√H = ±{bound:.3g}; initialise uniformly in [−1/√H, 1/√H]."  # noqa: E501
                    + _block_shifted(key, value, bound),
                )
            if value.size >= 16 and (value.min() >= 0 or value.max() <= 0) and np.ptp(value):
                sign = "≥ 0" if value.min() >= 0 else "≤ 0"
                note(
                    "sign",
                    f"{label}: every value of {key} is {sign}; uniform in [−1/√H, 1/√H] draws both signs (a draw of {value.size} values all of one sign has probability 2^-{value.size}).",  # noqa: E501
                )
            if value.size > 1 and np.ptp(value) == 0:
                note(
                    "constant",
                    f"{label}: every value of {key} is {value.flat[0]:.3g}; draw them uniformly in [−1/√H, 1/√H] with np.random.default_rng(seed).",  # noqa: E501
                )
        if not drawn:
            continue
        same = [  # two parameters of one shape with every value equal: one draw used twice
            (a, b)
            for n, a in enumerate(drawn)
            for b in list(drawn)[n + 1 :]
            if drawn[a].shape == drawn[b].shape and drawn[a].size > 1
            and np.array_equal(drawn[a], drawn[b]) and np.ptp(drawn[a])
        ]  # fmt: skip
        if same:
            a, b = same[0]
            # "a fresh generator" only where the values look drawn (mostly distinct): values
            # set by hand (zeros and ones) repeat for another reason
            looks_drawn = np.unique(drawn[a]).size > drawn[a].size // 2
            why = " (a fresh generator for each parameter repeats the same numbers)"
            note(
                "repeated",
                f"{label}: {a} and {b} hold exactly the same values{f' ({len(same)} such pairs)' if len(same) > 1 else ''}; each parameter is its own draw: one generator, np.random.default_rng(seed), drawing every parameter in turn{why if looks_drawn else ''}.",  # noqa: E501
            )
        again = _renamed(_drawn_again(cls, cfg, 0, sd), shifted)
        if any(
            k in again and not np.array_equal(np.asarray(again[k]), v) for k, v in drawn.items()
        ):
            note(
                "seed",
                f"{label} twice gives different values: draw them with np.random.default_rng(seed), so that the same seed gives the same parameters.",  # noqa: E501
            )
        other = _renamed(_drawn_again(cls, cfg, 1, {}), shifted)
        if (
            other
            and "constant" not in soft
            and all(
                k in other and np.array_equal(np.asarray(other[k]), v) for k, v in drawn.items()
            )
        ):
            note(
                "seed",
                f"{label} and seed=1 give the same values (measured): the seed argument is not used; draw them with np.random.default_rng(seed).",  # noqa: E501
            )
        big = max(drawn.values(), key=lambda v: v.size)
        if big.size >= 16 and np.abs(big).max() < 0.5 * bound and "constant" not in soft:
            note(
                "bound",
                f"{label}: the values stay within ±{np.abs(big).max():.3g}, far inside ±1/√H = ±{bound:.3g}: they are not uniform in [−1/√H, 1/√H].",  # noqa: E501
            )
    return list(soft.values())


def _block_shifted(key: str, value: np.ndarray, bound: float) -> str:
    """Where exactly one gate's block of ``value`` (4H, ...) is outside ±bound and lies within
    ±bound of a whole number s ≠ 0 (the rest inside ±bound): that, measured (a forget bias of 1
    added at initialisation, as Keras's unit_forget_bias does); '' otherwise."""
    if value.ndim < 1 or value.shape[0] % 4 or value.size < 4:
        return ""
    blocks = np.split(value, 4, axis=0)
    out = [k for k, b in enumerate(blocks) if np.any(np.abs(b) > bound * (1 + 1e-6))]
    if len(out) != 1:
        return ""
    k = out[0]
    shift = round(float(np.mean(blocks[k])))
    if shift == 0 or np.any(np.abs(blocks[k] - shift) > bound * (1 + 1e-6)):
        return ""
    H = value.shape[0] // 4
    rows = ("0:H", "H:2H", "2H:3H", "3H:4H")[k]
    return f" Only its {GATE_NAMES[GATES[k]]}'s block, rows {rows} (H = {H}), is outside: it lies within ±1/√H of {shift:+d}, as a draw with {shift:+d} added to that gate's block gives (Keras's unit_forget_bias adds 1 to the forget gate's); nn.LSTM adds nothing to any block."  # noqa: E501


def _drawn_again(cls, cfg: dict, seed: int, otherwise: dict) -> dict:
    """state_dict() of a module constructed again with ``seed``; ``otherwise`` where that fails
    (it ran once: a second run that fails says nothing new)."""
    try:
        sd = call_student(call_student(cls, **cfg, seed=seed).state_dict)
    except Exception:  # noqa: BLE001
        return otherwise
    return sd if isinstance(sd, dict) else otherwise


def _renamed(sd: dict, names: dict) -> dict:
    """``sd`` with each of ``names``' keys (nn.LSTM's) holding the student's array it maps to."""
    return {**sd, **{k: sd[v] for k, v in names.items() if v in sd}}


def _keys_shifted(want: list, got: list) -> dict:
    """{nn.LSTM's key: the student's} where the student's keys are nn.LSTM's with every layer
    number one higher (weight_ih_l1 for weight_ih_l0), and nothing else differs; else {}."""

    def up(key: str) -> str:
        return re.sub(r"_l(\d+)", lambda m: f"_l{int(m.group(1)) + 1}", key, count=1)

    shifted = {k: up(k) for k in want}
    return shifted if set(shifted.values()) == set(map(str, got)) else {}


def _reverse_suffix(want: list, got: list) -> dict:
    """{nn.LSTM's key: the student's} where the student's keys are nn.LSTM's with the reverse
    direction's suffix "_reverse" written as one other suffix (weight_ih_l0_rev), and nothing
    else differs; else {}."""
    reverse = [k for k in want if k.endswith("_reverse")]
    if not reverse:
        return {}
    stems = {k.removesuffix("_reverse") for k in reverse}
    others = [str(k) for k in got if str(k) not in want]
    suffixes = {next((k[len(s) :] for s in stems if k.startswith(s)), None) for k in others}
    if len(suffixes) != 1 or None in suffixes:
        return {}
    (sfx,) = suffixes
    mapped = {k: k.removesuffix("_reverse") + sfx for k in reverse}
    kept = {k: k for k in want if k not in mapped}
    return {**kept, **mapped} if {*kept, *mapped.values()} == set(map(str, got)) else {}


def _upper_width(key: str, got: tuple, want: tuple, cfg: dict) -> str:
    """What a layer above the first's weight_ih width is, where it is input_size or H (the
    shape says which: measured, not guessed)."""
    m = re.match(r"weight_ih_l(\d+)", key)
    if not m or int(m.group(1)) == 0 or len(got) != 2 or got[0] != want[0]:
        return ""
    I, H = cfg["input_size"], cfg["hidden_size"]
    D = 2 if cfg["bidirectional"] else 1
    needs = f" a layer above the first reads the previous layer's output, D·H = {D * H} wide"
    if got[1] == I != H:
        return f" Its width {I} is input_size (x's):{needs}."
    if got[1] == H and D == 2:
        return f" Its width is H = {H}, one direction:{needs} (both directions, concatenated)."
    return ""


def independent(cls) -> list[Finding]:
    """Checks measured apart from the cases, each where the code can be run that way (the cases
    say why where it cannot): ``load_state_dict`` copies the arrays it is given, ``state_dict()``
    returns copies, a second call leaves the first call's results alone, a second module leaves
    the first's parameters alone."""
    cfg = INIT_CONFIGS[0]
    return (
        _load_keeps_references(cls, cfg)
        + _state_dict_shares(cls, cfg)
        + _calls_share_results(cls, cfg)
        + _instances_share_parameters(cls)
    )


def _load_keeps_references(cls, cfg) -> list[Finding]:
    """After loading, changing the caller's arrays must not change the module's parameters, as
    ``state_dict()`` reports them."""
    changed = _quietly(_changed_through_the_callers_arrays, cls, cfg)
    if not changed:
        return []
    text = (
        f"load_state_dict keeps references to the arrays it is given instead of copies: after "
        f"load_state_dict(state), changing state['{changed[0]}'] in place changed your "
        f"module's {changed[0]} too (measured through state_dict()). Copy them: "
        "np.array(state[k], dtype=np.float64) or state[k].copy()."
    )
    return [Finding("scratch.load_state_dict_reference", NAME, text)]


def _changed_through_the_callers_arrays(cls, cfg) -> list[str]:
    """The keys whose parameter followed the caller's array after load_state_dict."""
    module = call_student(cls, **cfg, seed=0)
    rng = np.random.default_rng(1)
    given = {k: rng.uniform(-0.3, 0.3, s) for k, s in expected_keys(cfg).items()}
    kept = {k: v.copy() for k, v in given.items()}
    call_student(module.load_state_dict, given)
    for v in given.values():
        v += 1.0
    after = call_student(module.state_dict)
    return [
        k
        for k in kept
        if isinstance(after, dict)
        and k in after
        and np.shape(after[k]) == kept[k].shape
        and np.array_equal(np.asarray(after[k]), given[k])
        and not np.array_equal(given[k], kept[k])
    ]


def _state_dict_shares(cls, cfg) -> list[Finding]:
    """The notebook says state_dict() returns copies: measured by changing the returned arrays in
    place and reading state_dict() again."""
    try:
        module = call_student(cls, **cfg, seed=0)
        first = call_student(module.state_dict)
        key = next(k for k, v in first.items() if isinstance(v, np.ndarray) and v.size)
        before = np.array(first[key], dtype=np.float64)
        first[key] += 1.0
        again = call_student(module.state_dict)
        shared = np.array_equal(np.asarray(again[key]), before + 1.0)
    except Exception:  # noqa: BLE001 (the cases say what fails)
        return []
    if not shared:
        return []
    text = (
        f"state_dict() returns your module's own arrays, not copies: changing "
        f"state_dict()['{key}'] in place changed the module (the next state_dict() showed it). "
        "Return copies: {k: v.copy() for k, v in ...}."
    )
    return [Finding("scratch.state_dict_reference", NAME, text)]


def _calls_share_results(cls, cfg) -> list[Finding]:
    """One module called twice with inputs of the same shape: the first call's results must stay
    as they were returned (a buffer kept on the module and written again is measured here; the
    cases build a new module for each call)."""
    changed = _quietly(_changed_by_a_second_call, cls, cfg)
    if not changed:
        return []
    text = (
        f"one module called twice with inputs of the same shape: the {changed[0]} the first call "
        "returned changed during the second call: your module writes into an array it has "
        "already returned (a buffer kept on the module between calls). A result must stay as it "
        "was returned: allocate new arrays in every call, or return copies."
    )
    return [Finding("result.reused_buffer", NAME, text, term=changed[0])]


def _instances_share_parameters(cls) -> list[Finding]:
    """Two modules of other sizes: constructing the second must leave the first's state_dict()
    as it was (keys and values); measured, for parameters kept where every instance sees them."""
    changed = _quietly(_changed_by_another_instance, cls)
    if not changed:
        return []
    text = (
        f"constructing a second ScratchLSTM changed the first one's state_dict() ({changed}): "
        "your modules share their parameters: a dict or list made in the class body (a class "
        "attribute) is one object, shared by all instances; make each module's own in __init__ "
        "(self.params = {})."
    )
    return [Finding("scratch.state_dict_reference", NAME, text)]


def _changed_by_another_instance(cls) -> str:
    """What of a first module's state_dict() a second module's construction changed ('')."""
    first = call_student(cls, **INIT_CONFIGS[0], seed=0)
    before = {k: np.array(v, copy=True) for k, v in call_student(first.state_dict).items()}
    call_student(cls, **INIT_CONFIGS[1], seed=1)
    after = call_student(first.state_dict)
    if set(after) != set(before):
        extra = sorted(set(after) - set(before))
        return f"keys added: {', '.join(extra[:4])}{', ...' if len(extra) > 4 else ''}"
    moved = [k for k in before if not np.array_equal(np.asarray(after[k]), before[k])]
    return f"values of {', '.join(moved[:3])} changed" if moved else ""


def _changed_by_a_second_call(cls, cfg) -> list[str]:
    """The names of the first call's arrays that the second call changed."""
    module = call_student(cls, **cfg, seed=0)
    rng = np.random.default_rng(2)
    x1, x2 = (rng.uniform(-1, 1, (3, 2, cfg["input_size"])) for _ in range(2))
    arrays = _arrays(call_student(module, x1, None))
    kept = [np.array(a, copy=True) for _path, a in arrays]
    call_student(module, x2, None)
    return [p for (p, a), k in zip(arrays, kept, strict=True) if not np.array_equal(a, k)]


def _quietly(fn, *args):
    """``fn(*args)``, or None where the student's code raises (the cases say what fails)."""
    try:
        return fn(*args)
    except Exception:  # noqa: BLE001
        return None


def _arrays(result, path: str = "result") -> list[tuple[str, np.ndarray]]:
    """The NumPy arrays in a returned (out, (h_n, c_n)), each with its name (out, h_n, c_n)."""
    if isinstance(result, np.ndarray):
        return [(path, result)]
    if isinstance(result, tuple | list) and len(result) == 2:
        if path == "result":
            return _arrays(result[0], "out") + _arrays(result[1], "(h_n, c_n)")
        if path == "(h_n, c_n)":
            return _arrays(result[0], "h_n") + _arrays(result[1], "c_n")
    return []


def _init_failure(text, kind="scratch.state_dict_keys") -> CheckFailure:
    return CheckFailure(
        f"{NAME}: {text}",
        check=NAME,
        stage="init",
        findings=(Finding(kind, NAME, text),),
    )


def check_scratch_lstm(cls, *, cases: str = "all", seed: int | None = None) -> None:
    """Check ex04's NumPy ``ScratchLSTM`` class: its initialisation, then nn.LSTM's outputs on
    every case (``ScratchLSTM(**init)``, ``load_state_dict(state_dict)``, ``module(x, hx)``)."""
    from lstm_ref.checks.registry import run_check

    return run_check(NAME, cls, cases=cases, seed=seed)


__all__ = ["check_scratch_lstm"]
