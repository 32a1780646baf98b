"""What runs inside the sandbox: the student's cells, and calls of the student's functions.

This file and ``wire.py`` beside it (the folder ``lstm_grader/sandbox/inside/``) are all of the
repository the sandbox holds. Its Python environment is ``.venv-sandbox`` (standard library,
NumPy, IPython): torch and ``lstm_ref`` are not installed there, so no route to torch's LSTM,
autograd or the reference solution exists, whatever the student's code does to this process.
``import torch`` / ``import lstm_ref`` raise ``ModuleNotFoundError`` with the sentence the local
checks use (:data:`NOT_AVAILABLE`). It answers the requests of :mod:`wire`, beside it.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
import warnings

import numpy as np

MAX_CELL_OUTPUT = 64 * 1024  # characters of stdout/stderr kept per cell
# The reply stays far below the grader's Limits.reply_bytes however much a cell displays (the
# grading side bounds again, the runner is not trusted): outputs, MIME types per output, characters.
MAX_DISPLAYS = 20
MAX_MIME_KEYS = 8
MAX_WARNINGS = 5  # RuntimeWarnings sent back per call (text, 200 characters each)
MAX_CELL_TOTAL = 1024 * 1024
PASSIVE_FIRST = (
    "text/plain",
    "text/html",
    "text/markdown",
    "text/latex",
    "image/png",
    "image/jpeg",
)


def _load_wire():
    """The wire format: :mod:`lstm_grader.sandbox.inside.wire` where this file is imported as part
    of the package, else the file ``wire.py`` beside this one (a script inside the sandbox)."""
    if __package__:
        from lstm_grader.sandbox.inside import wire

        return wire
    import importlib.util

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "wire.py")
    spec = importlib.util.spec_from_file_location("lstm_grader_wire", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_wire = _load_wire()
ProtocolError = _wire.ProtocolError
encode, decode = _wire.encode, _wire.decode
read_message, write_message = _wire.read_message, _wire.write_message


# ---------------------------------------------------------------- sandbox side


class _Handles:
    """Objects the grading side refers to by number (instances of the student's classes)."""

    def __init__(self):
        self.objects: dict[int, object] = {}

    def add(self, obj) -> int:
        for k, v in self.objects.items():
            if v is obj:
                return k
        k = len(self.objects) + 1
        self.objects[k] = obj
        return k

    def get(self, ref):
        return self.objects[int(ref["id"])]


# Libraries graded code may not use: not installed in the sandbox. The sentence is the local
# check's (lstm_ref/checks/findings.py, finding forbidden_library), word for word: validate ==
# autograde (tests/grader/sandbox/test_runner.py compares them).
NOT_AVAILABLE = (
    "this exercise is graded in NumPy only; {library} is not available when it is graded"
)
ABSENT_LIBRARIES = ("torch", "lstm_ref")


class _Refusals:
    """What a cell or a graded call tried to import of :data:`ABSENT_LIBRARIES`."""

    def __init__(self):
        self.hits: list[str] = []


class _AbsentFinder:
    """A meta-path finder that answers for torch and lstm_ref: they are not installed here, and
    the error says so in the local check's words (a plain "No module named" otherwise)."""

    def __init__(self, refusals: _Refusals):
        self.refusals = refusals

    def find_spec(self, fullname, path=None, target=None):
        top = fullname.partition(".")[0]
        if top in ABSENT_LIBRARIES:
            self.refusals.hits.append(f"import {top}")
            raise ModuleNotFoundError(
                f"No module named {fullname!r}: " + NOT_AVAILABLE.format(library=top),
                name=fullname,
            )
        return None


def _error(exc: BaseException) -> dict:
    tb = traceback.format_exception(type(exc), exc, exc.__traceback__)
    text = "".join(tb)
    if len(text) > MAX_CELL_OUTPUT:
        text = text[: MAX_CELL_OUTPUT // 2] + "\n...\n" + text[-MAX_CELL_OUTPUT // 2 :]
    return {"ename": type(exc).__name__, "evalue": str(exc)[:2000], "traceback": text.splitlines()}


def _cap(text: str) -> str:
    if len(text) <= MAX_CELL_OUTPUT:
        return text
    return text[:MAX_CELL_OUTPUT] + f"\n[output truncated: {len(text)} characters]\n"


def _reap() -> None:
    """SIGKILL every other process of this user in this PID namespace (a fork bomb, a daemon)."""
    import signal

    try:
        os.kill(-1, signal.SIGKILL)  # Linux: never the caller itself, never PID 1
    except OSError:
        pass


class SandboxRunner:
    """Runs cells in an IPython shell and answers calls of the student's callables."""

    reap = False

    def __init__(self):
        from IPython.core.interactiveshell import InteractiveShell

        self.shell = InteractiveShell.instance(colors="NoColor", history_length=0)
        self.shell.history_manager.enabled = False
        self.handles = _Handles()
        #: (call, k, array, its values when last seen): the arrays earlier calls returned
        self.kept: list[list] = []
        self.calls = 0
        self.guard = _Refusals()
        sys.meta_path.insert(0, _AbsentFinder(self.guard))
        self.baseline = set(self.shell.user_ns)

    def exec_cell(self, code: str) -> dict:
        from IPython.utils.capture import capture_output

        error = None
        self.guard.hits = []
        with capture_output() as cap:
            try:
                result = self.shell.run_cell(code, store_history=False, silent=False)
                exc = result.error_in_exec or result.error_before_exec
                if exc is not None:
                    error = _error(exc)
            except BaseException as exc:  # SystemExit, KeyboardInterrupt from the student
                error = _error(exc)
        outputs = []
        if cap.stdout:
            outputs.append({"output_type": "stream", "name": "stdout", "text": _cap(cap.stdout)})
        if cap.stderr:
            outputs.append({"output_type": "stream", "name": "stderr", "text": _cap(cap.stderr)})
        budget = MAX_CELL_TOTAL
        for out in cap.outputs[:MAX_DISPLAYS]:
            data = {}
            items = out.data.items() if isinstance(out.data, dict) else ()
            for k, v in sorted(items, key=lambda kv: kv[0] not in PASSIVE_FIRST)[:MAX_MIME_KEYS]:
                if isinstance(k, str) and isinstance(v, str) and budget > 0:
                    data[k[:100]] = _cap(v)[:budget]
                    budget -= len(data[k[:100]])
            if data:
                outputs.append({"output_type": "display_data", "data": data, "metadata": {}})
        return {
            "ok": error is None,
            "outputs": outputs,
            "error": error,
            "forbidden": list(self.guard.hits),
        }

    def names(self) -> dict:
        found = {}
        for name, value in list(self.shell.user_ns.items()):
            if name.startswith("_") or name in self.baseline:
                continue
            if isinstance(value, type):
                found[name] = "class"
            elif callable(value) and not type(value).__name__ == "module":
                found[name] = "function"
        return {"names": found}

    def call(self, msg: dict) -> dict:
        target = msg["target"]
        if isinstance(target, dict):
            obj = self.handles.get(target)
        else:
            if target not in self.shell.user_ns:
                return {"ok": False, "error": {"ename": "NameError", "evalue": target}}
            obj = self.shell.user_ns[target]
        # Objects (not data) come back as handles only from a class or an object of the student's:
        # a function must return data.
        handles = self.handles if isinstance(target, dict) or isinstance(obj, type) else None
        if msg.get("method"):
            obj = getattr(obj, msg["method"])
        args = [decode(a, self.handles) for a in msg.get("args", [])]
        kwargs = {k: decode(v, self.handles) for k, v in msg.get("kwargs", {}).items()}
        given = {**dict(enumerate(args)), **{f"kw:{k}": v for k, v in kwargs.items()}}
        before = {i: np.array(a, copy=True) for i, a in given.items() if type(a) is np.ndarray}
        self.guard.hits = []
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                value = obj(*args, **kwargs)
            encoded = encode(value, handles)
        except BaseException as exc:  # the student's exception, SystemExit included
            return {"ok": False, "error": _error(exc), "forbidden": list(self.guard.hits)}
        # NumPy's RuntimeWarnings (an overflow in exp) travel back as text: the trusted side's
        # check judges them as it does locally (it re-emits them as RuntimeWarning)
        said = [str(w.message)[:200] for w in caught if issubclass(w.category, RuntimeWarning)][
            :MAX_WARNINGS
        ]
        mutated = {}
        for i, old in before.items():  # positional by index, keyword as "kw:name"
            new = given[i]
            if new.shape != old.shape or not np.array_equal(new, old, equal_nan=True):
                mutated[str(i)] = encode(np.asarray(new))
        self.calls += 1
        return {
            "ok": True,
            "value": encoded,
            "mutated": mutated,
            "call": self.calls,
            "returned": self._returned_changes(value),
            "forbidden": [],
            "warnings": said,
        }

    def _returned_changes(self, value) -> dict:
        """The arrays earlier calls returned that have changed since (a buffer the student's
        code keeps between calls), then ``value``'s arrays kept to watch (the newest
        :data:`wire.KEPT_RETURNS`)."""
        changed = {}
        for entry in self.kept:
            call, k, ref, seen = entry
            if ref.shape != seen.shape or not np.array_equal(ref, seen, equal_nan=True):
                changed[f"{call}:{k}"] = encode(np.asarray(ref))
                entry[3] = np.array(ref, copy=True)
        for k, a in enumerate(_wire.arrays_in(value)):
            self.kept.append([self.calls, k, a, np.array(a, copy=True)])
        del self.kept[: -_wire.KEPT_RETURNS]
        return changed

    def _on_sigint(self, signum, frame):
        # The grader interrupts a cell that runs too long; a late interrupt is ignored.
        if self.reap:
            _reap()
        if self.busy:
            raise KeyboardInterrupt

    def serve(self, in_fd: int, out_fd: int) -> None:
        import signal

        self.busy = False
        pid = os.getpid()
        write_message(out_fd, {"ready": True, "pid": pid})
        while True:
            try:
                msg = read_message(in_fd)
            except EOFError:
                return
            op = msg.get("op")
            signal.signal(signal.SIGINT, self._on_sigint)  # undo what a cell did to it
            self.busy = True
            try:
                if op == "exec":
                    reply = self.exec_cell(msg["code"])
                elif op == "names":
                    reply = self.names()
                elif op == "call":
                    reply = self.call(msg)
                elif op == "bye":
                    return
                else:
                    reply = {"ok": False, "error": {"ename": "ProtocolError", "evalue": op}}
            except BaseException as exc:
                reply = {"ok": False, "error": _error(exc)}
            finally:
                self.busy = False
            if os.getpid() != pid:  # a process the student forked: never talks to the grader
                os._exit(0)
            try:
                write_message(out_fd, reply)
            except (TypeError, ValueError, ProtocolError) as exc:
                write_message(out_fd, {"ok": False, "error": _error(exc)})


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--in-fd", type=int, required=True)
    parser.add_argument("--out-fd", type=int, required=True)
    parser.add_argument(
        "--reap",
        action="store_true",
        help="on an interrupt, kill every other process of this user in this PID namespace",
    )
    ns = parser.parse_args(argv)
    in_fd, out_fd = ns.in_fd, ns.out_fd
    # The student's code must not write on the protocol pipes.
    in_fd2, out_fd2 = os.dup(in_fd), os.dup(out_fd)
    os.close(in_fd)
    os.close(out_fd)
    os.set_inheritable(in_fd2, False)
    os.set_inheritable(out_fd2, False)
    runner = SandboxRunner()
    # Only where that cannot reach beyond the sandbox: not root, in a fresh PID namespace.
    runner.reap = ns.reap and os.getuid() != 0 and os.getpid() < 10
    runner.serve(in_fd2, out_fd2)
    os._exit(0)


if __name__ == "__main__":
    main()
