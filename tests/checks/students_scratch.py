# ruff: noqa: E501, E741  (students' code: their names and long lines kept)
"""ScratchLSTM in NumPy as students write it (contract decision 2): a right one, and wrong ones
as subclasses that change one thing (ignoring hx, ignoring batch_first, ...)."""

import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


class ScratchLSTM:
    def __init__(
        self,
        input_size,
        hidden_size,
        num_layers=1,
        bias=True,
        batch_first=False,
        bidirectional=False,
        seed=None,
    ):
        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, num_layers
        self.bias, self.batch_first, self.bidirectional = bias, batch_first, bidirectional
        rng = np.random.default_rng(seed)
        k = 1 / np.sqrt(hidden_size)
        D = 2 if bidirectional else 1
        self.params = {}
        for layer in range(num_layers):
            inp = input_size if layer == 0 else D * hidden_size
            for sfx in ["", "_reverse"][:D]:
                self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * hidden_size, inp))
                self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(
                    -k, k, (4 * hidden_size, hidden_size)
                )
                if bias:
                    self.params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * hidden_size)
                    self.params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * hidden_size)

    def state_dict(self):
        return {k: v.copy() for k, v in self.params.items()}

    def load_state_dict(self, state):
        for k in self.params:
            self.params[k] = np.array(state[k], dtype=np.float64)

    def step(self, x, h, c, layer, sfx):
        p = self.params
        a = x @ p[f"weight_ih_l{layer}{sfx}"].T + h @ p[f"weight_hh_l{layer}{sfx}"].T
        if self.bias:
            a = a + p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]
        i, f, g, o = np.split(a, 4, axis=-1)
        c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)
        return _sigmoid(o) * np.tanh(c), c

    def initial(self, hx, k, B):
        H = self.hidden_size
        if hx is None:
            return np.zeros((B, H)), np.zeros((B, H))
        return hx[0][k], hx[1][k]

    def __call__(self, x, hx=None):
        if self.batch_first:
            x = x.transpose(1, 0, 2)
        T, B, _ = x.shape
        D = 2 if self.bidirectional else 1
        hs, cs = [], []
        inp = x
        for layer in range(self.num_layers):
            outs = []
            for d in range(D):
                sfx = "_reverse" if d else ""
                h, c = self.initial(hx, layer * D + d, B)
                out = [None] * T
                steps = range(T - 1, -1, -1) if d else range(T)
                for t in steps:
                    h, c = self.step(inp[t], h, c, layer, sfx)
                    out[t] = h
                outs.append(np.stack(out))
                hs.append(h)
                cs.append(c)
            inp = np.concatenate(outs, axis=-1)
        out = inp.transpose(1, 0, 2) if self.batch_first else inp
        return out, (np.stack(hs), np.stack(cs))


class IgnoresHx(ScratchLSTM):
    def initial(self, hx, k, B):
        return np.zeros((B, self.hidden_size)), np.zeros((B, self.hidden_size))


class IgnoresBatchFirst(ScratchLSTM):
    def __call__(self, x, hx=None):
        bf, self.batch_first = self.batch_first, False
        try:
            return super().__call__(x, hx)
        finally:
            self.batch_first = bf


class ConstantInit(ScratchLSTM):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.params = {k: np.full_like(v, 0.1) for k, v in self.params.items()}


class NormalInit(ScratchLSTM):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        rng = np.random.default_rng(0)
        self.params = {k: rng.normal(0, 0.01, v.shape) for k, v in self.params.items()}


class UsesTorch(ScratchLSTM):
    def step(self, x, h, c, layer, sfx):
        import torch

        h2, c2 = super().step(x, h, c, layer, sfx)
        return torch.from_numpy(h2).numpy(), c2


class UsesLstmRef(ScratchLSTM):
    def __call__(self, x, hx=None):
        from lstm_ref.lstm import lstm

        return lstm(x, self.params, hx, batch_first=self.batch_first)


class ReverseNotFlipped(ScratchLSTM):
    def __call__(self, x, hx=None):
        return super().__call__(x, hx)

    def step(self, x, h, c, layer, sfx):
        return super().step(x, h, c, layer, "")  # the reverse direction runs on forward weights


class RowsDirectionMajorAndReverseInReadingOrder(ScratchLSTM):
    """Two mistakes at once: h_n/c_n stacked direction by direction, and the reverse direction's
    outputs appended in the order it reads them."""

    def __call__(self, x, hx=None):
        if self.batch_first:
            x = x.transpose(1, 0, 2)
        T, B, _ = x.shape
        D = 2 if self.bidirectional else 1
        finals = {}
        inp = x
        for layer in range(self.num_layers):
            outs = []
            for d in range(D):
                sfx = "_reverse" if d else ""
                h, c = self.initial(hx, layer * D + d, B)
                out = []
                for t in range(T - 1, -1, -1) if d else range(T):
                    h, c = self.step(inp[t], h, c, layer, sfx)
                    out.append(h)  # reading order
                outs.append(np.stack(out))
                finals[d * self.num_layers + layer] = (h, c)  # direction-major rows
            inp = np.concatenate(outs, axis=-1)
        out = inp.transpose(1, 0, 2) if self.batch_first else inp
        rows = [finals[k] for k in range(len(finals))]
        return out, (np.stack([h for h, _ in rows]), np.stack([c for _, c in rows]))


class IgnoresSeed(ScratchLSTM):
    def __init__(self, *a, seed=None, **kw):
        super().__init__(*a, seed=None, **kw)


class StoresRecurrentWeightsReshaped(ScratchLSTM):
    """Keeps W_hh in its own layout for h @ W: loaded as weight_hh.reshape(H, 4H), where its
    transpose belongs (the shape is right, the numbers are not where they should be)."""

    def load_state_dict(self, state):
        super().load_state_dict(state)
        for k in self.params:
            if k.startswith("weight_hh"):
                w = self.params[k]
                self.params[k] = w.reshape(w.shape[1], w.shape[0]).T  # what h @ W.T then reads


class FreshGeneratorPerParameter(ScratchLSTM):
    """np.random.default_rng(seed) made anew for every parameter: same-shaped parameters
    (bias_ih and bias_hh, a direction and its reverse) hold the same numbers."""

    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 bidirectional=False, seed=None):  # fmt: skip
        super().__init__(input_size, hidden_size, num_layers, bias, batch_first, bidirectional,
                         seed)  # fmt: skip
        k = 1 / np.sqrt(hidden_size)
        for name, value in self.params.items():
            self.params[name] = np.random.default_rng(seed).uniform(-k, k, value.shape)


class KerasLayoutWeights(ScratchLSTM):
    """Keeps both matrices in Keras's (n, 4H) kernel layout for x @ W, loaded by reshaping
    nn.LSTM's (4H, n) arrays where a transpose belongs."""

    def load_state_dict(self, state):
        super().load_state_dict(state)
        for k in self.params:
            if k.startswith("weight_"):
                w = self.params[k]
                self.params[k] = w.reshape(w.shape[1], w.shape[0]).T  # what x @ W.T then reads


class KerasForgetBias(ScratchLSTM):
    """Initialises the biases as Keras does (zeros, 1 in the forget gate's block): bias_ih and
    bias_hh hold the same numbers, set by hand, not drawn."""

    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 bidirectional=False, seed=None):  # fmt: skip
        super().__init__(input_size, hidden_size, num_layers, bias, batch_first, bidirectional,
                         seed)  # fmt: skip
        for name, value in self.params.items():
            if name.startswith("bias"):
                b = np.zeros_like(value)
                b[hidden_size : 2 * hidden_size] = 1.0
                self.params[name] = b


class OutputBufferKept(ScratchLSTM):
    """An embedded programmer's module: the output array is allocated once per shape and kept
    on the module, so a second call writes into what the first call returned."""

    def __call__(self, x, hx=None):
        out, states = super().__call__(x, hx)
        buffers = self.__dict__.setdefault("_buffers", {})
        if out.shape not in buffers:
            buffers[out.shape] = np.empty(out.shape)
        buf = buffers[out.shape]
        buf[...] = out
        return buf, states


class KeysFromOne(ScratchLSTM):
    """An R user's module: its layers are numbered from 1 in the state dict's keys (l1 for
    layer 0), so nn.LSTM's state dict does not load."""

    @staticmethod
    def _up(key):
        head, _, tail = key.partition("_l")
        layer, _, rest = tail.partition("_")
        return f"{head}_l{int(layer) + 1}" + (f"_{rest}" if rest else "")

    def state_dict(self):
        return {self._up(k): v.copy() for k, v in self.params.items()}

    def load_state_dict(self, state):
        for k in self.params:
            self.params[k] = np.array(state[self._up(k)], dtype=np.float64)


class ReadsBiasesAlways(ScratchLSTM):
    """Reads the bias entries whatever bias is: with bias=False there are none (KeyError)."""

    def step(self, x, h, c, layer, sfx):
        p = self.params
        a = x @ p[f"weight_ih_l{layer}{sfx}"].T + h @ p[f"weight_hh_l{layer}{sfx}"].T
        a = a + p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]
        i, f, g, o = np.split(a, 4, axis=-1)
        c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)
        return _sigmoid(o) * np.tanh(c), c


class ParamsInTheClassBody(ScratchLSTM):
    """Its parameters live in a dict made in the class body: every instance shares it, so a
    second module overwrites the first's."""

    shared: dict = {}

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        ParamsInTheClassBody.shared.update(self.params)
        self.params = ParamsInTheClassBody.shared
