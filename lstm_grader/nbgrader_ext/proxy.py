"""The grading side's stand-ins for the student's functions and classes.

A proxy looks like the student's callable to ``lstm_ref.checks``: calling it sends the arguments
(NumPy arrays, tensors, scalars, tuples, dicts) to the sandbox, runs the student's code there and
reads the result back as plain arrays (``np.load(..., allow_pickle=False)``; never unpickled). What
comes back is data, never an object of the student's: an ndarray subclass arrives as a plain
ndarray, an object with a rigged ``__eq__`` cannot arrive at all.

Inputs the student's function changed in place are copied back into the caller's arrays, so the
checks' "do not change the arrays you are given" diagnosis keeps working through the proxy; the
arrays earlier calls returned are changed as the student's code changed them in the sandbox (a
buffer kept between calls), so the checks' "a result changed by a later call" works too.
"""

from __future__ import annotations

import re
import warnings

import numpy as np

from lstm_grader.grading_findings import GradingFinding, Kind
from lstm_grader.sandbox.client import Sandbox, SandboxDied, SandboxTimeout
from lstm_grader.sandbox.inside.wire import KEPT_RETURNS, TooLarge, arrays_in, decode, encode


class StudentCodeError(RuntimeError):
    """The student's function raised inside the sandbox; the message carries its traceback tail."""


class ForbiddenCallUsed(StudentCodeError):
    """The student's function did what a graded call may not (start or talk to another process)."""


class LibraryNotAvailable(ModuleNotFoundError):
    """The student's function imported torch or lstm_ref, which the sandbox does not have: the
    ``ModuleNotFoundError`` it met there, with the same ``name`` and message (the sentence of the
    local check's ``forbidden_library`` finding), so the trusted check names it the same way."""


ABSENT_LIBRARIES = ("torch", "lstm_ref")  # as the runner's: not installed in the sandbox
_NO_MODULE = re.compile(r"No module named '([A-Za-z0-9_.]+)'")


def _absent_library(ename: str, evalue: str, hits: list[str]) -> str | None:
    """torch or lstm_ref where the student's call failed for want of it, else None."""
    if ename != "ModuleNotFoundError":
        return None
    m = _NO_MODULE.search(evalue)
    top = m.group(1).partition(".")[0] if m else None
    if top in ABSENT_LIBRARIES:
        return top
    for hit in hits:  # "import torch", from the runner's finder
        name = hit.removeprefix("import ").strip()
        if name in ABSENT_LIBRARIES:
            return name
    return None


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
                f"{self._label} {seen[-1]}: no other process may run while your function is graded"
            )
        forbidden = [str(f)[:200] for f in (reply.get("forbidden") or [])[:10]]
        if not reply.get("ok"):
            err = reply.get("error") or {}
            ename, evalue = str(err.get("ename", "Error")), str(err.get("evalue", ""))[:2000]
            library = _absent_library(ename, evalue, forbidden)
            if library is not None:
                detail = f"{self._label}: import {library} (not available in the sandbox)"
                self._findings.append(GradingFinding(Kind.FORBIDDEN_CALL, detail))
                raise LibraryNotAvailable(
                    f"{self._label} raised ModuleNotFoundError: {evalue}", name=library
                )
            tail = "\n".join((err.get("traceback") or [])[-6:])
            raise StudentCodeError(f"{self._label} raised {ename}: {evalue}\n{tail}")
        for text in (reply.get("warnings") or [])[:5]:  # NumPy's, re-emitted for the check
            warnings.warn(str(text)[:200], RuntimeWarning, stacklevel=3)
        limits = self._sandbox.limits
        try:
            for i, enc in reply.get("mutated", {}).items():
                key = str(i)
                target = (
                    kwargs.get(key[3:])
                    if key.startswith("kw:")
                    else (args[int(key)] if key.isdigit() and int(key) < len(args) else None)
                )
                if isinstance(target, np.ndarray):
                    new = decode(enc, nesting=limits.nesting)
                    if new.shape == target.shape:
                        np.copyto(target, new, casting="unsafe")
            value = decode(
                reply["value"],
                _TrustedHandles(self),
                max_str=limits.value_chars,
                nesting=limits.nesting,
            )
            self._mirror_returned(reply, value)
            return value
        except TooLarge as exc:
            self._findings.append(GradingFinding(Kind.TOO_LARGE, f"{self._label} returned {exc}"))
            raise StudentCodeError(
                f"{self._label} returned {exc}: return the arrays the exercise asks for"
            ) from None

    def _mirror_returned(self, reply: dict, value) -> None:
        """The arrays earlier calls returned, changed as the student's code changed them in the
        sandbox (a buffer kept between calls): the checks see what they see locally. Then this
        call's arrays, kept under the sandbox's call number (the newest KEPT_RETURNS)."""
        kept = self._sandbox.__dict__.setdefault("returned_arrays", {})
        changed = reply.get("returned") or {}
        for key, enc in list(changed.items())[:KEPT_RETURNS] if isinstance(changed, dict) else ():
            target = kept.get(str(key))
            if isinstance(target, np.ndarray):
                new = decode(enc, nesting=self._sandbox.limits.nesting)
                if isinstance(new, np.ndarray) and new.shape == target.shape:
                    np.copyto(target, new, casting="unsafe")
        call = reply.get("call")
        if not isinstance(call, int):
            return
        for k, a in enumerate(arrays_in(value)):
            kept[f"{call}:{k}"] = a
        for key in list(kept)[: max(0, len(kept) - KEPT_RETURNS)]:
            del kept[key]

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


class WrongKind:
    """Stands for a graded name the student defined as another kind of object than declared
    (a class where a function is asked for): calling it fails with that explanation, and nothing
    of the student's is called."""

    def __init__(self, name: str, want: str, got: str):
        self.__name__, self._want, self._got = name, want, got

    def __call__(self, *args, **kwargs):
        raise StudentCodeError(
            f"{self.__name__} is a {self._got} in your notebook: the exercise asks for a "
            f"{self._want} named {self.__name__}"
        )

    def __repr__(self):
        return f"<{self.__name__}: a {self._got}, not the {self._want} asked for>"


def student_namespace(sandbox: Sandbox, findings: list, graded: dict[str, str]) -> dict:
    """Proxies for the graded names (``{name: "function" | "class" | "either"}``, see
    :mod:`lstm_grader.nbgrader_ext.graded_names`) that the student's cells defined so far, each of
    the kind declared. No other name of the student's crosses into the trusted namespace."""
    names = sandbox.request({"op": "names"}).get("names", {})
    if not isinstance(names, dict):
        return {}
    ns = {}
    for name, want in graded.items():
        got = names.get(name)
        if got not in ("function", "class"):
            continue  # not defined (or not callable): the test cell's NameError says so
        if want not in (got, "either"):
            ns[name] = WrongKind(name, want, got)
            continue
        ns[name] = (ClassProxy if got == "class" else FunctionProxy)(sandbox, findings, name)
    return ns
