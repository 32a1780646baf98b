"""The grading side's stand-ins for the student's functions and classes.

A proxy looks like the student's callable to ``lstm_ref.checks``: calling it sends the arguments
(NumPy arrays, tensors, scalars, tuples, dicts) to the sandbox, runs the student's code there and
reads the result back as plain arrays (``np.load(..., allow_pickle=False)``; never unpickled). What
comes back is data, never an object of the student's: an ndarray subclass arrives as a plain
ndarray, an object with a rigged ``__eq__`` cannot arrive at all.

Inputs the student's function changed in place are copied back into the caller's arrays, so the
checks' "do not change the arrays you are given" diagnosis keeps working through the proxy.
"""

from __future__ import annotations

import re
import sys

import numpy as np

from lstm_grader.findings import GradingFinding, Kind
from lstm_grader.sandbox.client import Sandbox, SandboxDied, SandboxTimeout
from lstm_grader.sandbox.wire import TooLarge, decode, encode


class StudentCodeError(RuntimeError):
    """The student's function raised inside the sandbox; the message carries its traceback tail."""


class ForbiddenCallUsed(StudentCodeError):
    """The student's function used lstm_ref or torch's own LSTM in a from-scratch exercise (the
    sandbox refused the call: there it raised the runner's ``ForbiddenCallError``)."""


def _make_tensor(a: np.ndarray):
    torch = sys.modules.get("torch")
    if torch is None:
        return a
    return torch.from_numpy(np.array(a))


def rules_for(name: str) -> dict:
    """The from-scratch rules of a graded call of the student's ``name`` (see lstm_ref/guard.py):
    torch's LSTM/RNN is always refused; torch.autograd too where the function is a backward pass
    (``lstm_cell_backward``, ``lstm_layer_backward``, a ``backward`` method)."""
    return {"lstm": True, "autograd": "backward" in name}


class _Remote:
    def __init__(self, sandbox: Sandbox, findings: list, label: str):
        self._sandbox = sandbox
        self._findings = findings
        self._label = label

    def _call(self, target, method, args, kwargs):
        msg = {
            "op": "call",
            "target": target,
            "method": method,
            "args": [encode(a) for a in args],
            "kwargs": {k: encode(v) for k, v in kwargs.items()},
            "forbid": rules_for(f"{self._label}.{method or ''}"),
        }
        seen: list[str] = []
        try:
            reply, seen = self._sandbox.graded_call(msg, seen)
        except (SandboxTimeout, SandboxDied) as exc:
            kind = Kind.TIMEOUT if isinstance(exc, SandboxTimeout) else Kind.SANDBOX_DIED
            self._note_processes(seen)  # a helper killed before the call, then the call hung
            self._findings.append(GradingFinding(kind, f"{self._label}: {exc}"))
            raise
        self._note_processes(seen)
        if any(w.startswith("started") for w in seen):
            raise ForbiddenCallUsed(
                f"{self._label} {seen[-1]}: no other process may run while your function is "
                "graded (a helper process could run torch's LSTM unguarded)"
            )
        forbidden = [str(f)[:200] for f in (reply.get("forbidden") or [])[:10]]
        if not reply.get("ok"):
            err = reply.get("error") or {}
            ename, evalue = err.get("ename", "Error"), err.get("evalue", "")
            if forbidden or ename == "ForbiddenCallError":
                detail = f"{self._label}: {', '.join(forbidden)}"
                self._findings.append(GradingFinding(Kind.FORBIDDEN_CALL, detail))
                raise ForbiddenCallUsed(f"{self._label} used {', '.join(forbidden)}: {evalue}")
            tail = "\n".join((err.get("traceback") or [])[-6:])
            raise StudentCodeError(f"{self._label} raised {ename}: {evalue}\n{tail}")
        limits = self._sandbox.limits
        try:
            for i, enc in reply.get("mutated", {}).items():
                i = int(i)
                if i < len(args) and isinstance(args[i], np.ndarray):
                    new = decode(enc, nesting=limits.nesting)
                    if new.shape == args[i].shape:
                        np.copyto(args[i], new, casting="unsafe")
            return decode(
                reply["value"],
                _TrustedHandles(self),
                _make_tensor,
                max_str=limits.value_chars,
                nesting=limits.nesting,
            )
        except TooLarge as exc:
            self._findings.append(GradingFinding(Kind.TOO_LARGE, f"{self._label} returned {exc}"))
            raise StudentCodeError(
                f"{self._label} returned {exc}: return the arrays the exercise asks for"
            ) from None

    def _note_processes(self, seen: list[str]) -> None:
        for what in seen:
            self._findings.append(
                GradingFinding(Kind.PROCESS_DURING_CALL, f"{self._label}: {what}")
            )


class _TrustedHandles:
    def __init__(self, remote: _Remote):
        self.remote = remote

    def get(self, ref):
        # the class name comes from the student's code: only identifier characters travel on
        cls = re.sub(r"[^A-Za-z0-9_]", "?", str(ref.get("cls", "?")))[:60] or "?"
        return InstanceProxy(self.remote._sandbox, self.remote._findings, int(ref["id"]), cls)


class FunctionProxy(_Remote):
    """The student's function ``name``: ``proxy(*args)`` runs it in the sandbox."""

    def __init__(self, sandbox: Sandbox, findings: list, name: str):
        super().__init__(sandbox, findings, name)
        self.__name__ = name

    def __call__(self, *args, **kwargs):
        return self._call(self.__name__, None, args, kwargs)

    def __repr__(self):
        return f"<student function {self.__name__} (sandboxed)>"


class ClassProxy(FunctionProxy):
    """The student's class: calling it builds an instance in the sandbox (an InstanceProxy)."""

    def __repr__(self):
        return f"<student class {self.__name__} (sandboxed)>"


class InstanceProxy(_Remote):
    """An object living in the sandbox; attribute access gives method proxies."""

    def __init__(self, sandbox: Sandbox, findings: list, handle: int, cls: str):
        super().__init__(sandbox, findings, f"{cls} instance")
        self._handle = handle

    def __call__(self, *args, **kwargs):
        return self._call({"id": self._handle}, None, args, kwargs)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        remote = self

        def method(*args, **kwargs):
            return remote._call({"id": remote._handle}, name, args, kwargs)

        method.__name__ = name
        return method

    def forward(self, *args, **kwargs):
        return self._call({"id": self._handle}, "forward", args, kwargs)


def student_namespace(sandbox: Sandbox, findings: list) -> dict:
    """Proxies for every function and class the student's cells defined so far."""
    names = sandbox.request({"op": "names"}).get("names", {})
    ns = {}
    for name, kind in names.items():
        if not isinstance(name, str) or not name.isidentifier():
            continue
        ns[name] = (ClassProxy if kind == "class" else FunctionProxy)(sandbox, findings, name)
    return ns
