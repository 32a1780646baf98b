# ruff: noqa: E501  (a corpus of students' code: their long lines kept)
"""Wrong ScratchLSTM classes: edits of the solution's class a student makes (other names and
argument handling included), with expected findings. See corpus_forward.py."""

from tests.checks.corpus_forward import right, wrong
from tests.checks.test_check_scratch import solution_class

EDITS = [
    ((("a_i, a_f, a_g, a_o = a.chunk", "a_i, a_f, a_o, a_g = a.chunk"),), ("gates.exchanged",)),
    ((("if bias:", "if True:"), ("if self.bias:", "if True:")), ("scratch.bias_false_ignored",)),
    ((("k = layer * D + d", "k = d * self.num_layers + layer"),), ("scratch.h0_layout",)),
    ((("outs[t] = h", "outs[T - 1 - t if suffix else t] = h"),), ("bi.reverse_not_flipped_back",)),
    (
        (('                a_x = a_x + getattr(self, f"bias_hh_l{layer}{suffix}")\n', ""),),
        ("gate.term_missing",),
    ),
    (
        (
            (
                "c = f * c + i * g  # c_t",
                "h = o * torch.tanh(c)\n                c = f * c + i * g  # c_t",
            ),
            ("h = o * torch.tanh(c)  # h_t", "pass  # h_t"),
        ),
        ("cell.h_from_old_c",),
    ),
    (
        (
            (
                "g, o = torch.tanh(a_g), torch.sigmoid(a_o)",
                "g, o = torch.tanh(a_g), torch.tanh(a_o)",
            ),
        ),
        (("gate.wrong_activation", "o"),),
    ),
    (
        (
            ('                a_x = a_x + getattr(self, f"bias_hh_l{layer}{suffix}")\n', ""),
            ("if bias:", "if True:"),
            ("if self.bias:", "if True:"),
        ),
        ("gate.term_missing", "scratch.bias_false_ignored"),
    ),
    (
        (
            ("c = f * c + i * g  # c_t", "c = c + i * g  # c_t"),
            (
                "g, o = torch.tanh(a_g), torch.sigmoid(a_o)",
                "g, o = torch.sigmoid(a_g), torch.sigmoid(a_o)",
            ),
        ),
        ("cell.c_forget_term", ("gate.wrong_activation", "g")),
    ),
    (
        (
            (
                "x = x.transpose(0, 1)  # (B, T, I)",
                "x = x.reshape(x.shape[1], x.shape[0], -1)  # (B, T, I)",
            ),
        ),
        ("seq.batch_first_reshape",),
    ),
    (
        (
            (
                "out, h, c = run_direction(x, h_0[k], c_0[k], layer, suffix)",
                "out, h, c = torch.ops.aten.lstm.input(x, (h_0[k:k+1], c_0[k:k+1]), [getattr(self, n) for n in (f'weight_ih_l{layer}{suffix}', f'weight_hh_l{layer}{suffix}', f'bias_ih_l{layer}{suffix}', f'bias_hh_l{layer}{suffix}')], True, 1, 0.0, False, False, False); h, c = h[0], c[0]",
            ),
        ),
        ("call.forbidden",),
    ),
]


def _make(edits):
    cls = None

    def factory():
        nonlocal cls
        if cls is None:
            src_edits = list(edits)
            cls = solution_class(*src_edits[0])
            if len(src_edits) > 1:
                cls = _apply(src_edits)
        return cls

    return factory


def _apply(edits):
    import json

    from tests.checks.test_check_scratch import SOLUTION

    cells = [c for c in json.loads(SOLUTION.read_text())["cells"] if c["cell_type"] == "code"]
    source = "\n".join("".join(cell["source"]) for cell in cells[:2])
    for old, new in edits:
        assert old in source, old
        source = source.replace(old, new)
    ns = {}
    exec(source, ns)
    return ns["ScratchLSTM"]


for _edits, _expect in EDITS:
    wrong("ScratchLSTM", *_expect)(_apply(_edits))
right("ScratchLSTM")(solution_class())
