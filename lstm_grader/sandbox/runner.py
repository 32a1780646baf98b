"""What runs inside the sandbox: the student's cells, and calls of the student's functions.

This file and ``wire.py`` beside it are all of ``lstm_grader`` the sandbox holds (standard
library, NumPy, IPython; torch only when the student imports it): neither ``lstm_grader`` nor
``lstm_ref`` is importable in there. It answers the requests of :mod:`lstm_grader.sandbox.wire`.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback

import numpy as np

MAX_CELL_OUTPUT = 64 * 1024  # characters of stdout/stderr kept per cell

# torch's LSTM entry points a from-scratch exercise must not use while it is graded.
FORBIDDEN_TORCH = ("lstm", "lstm_cell", "_thnn_fused_lstm_cell", "quantized_lstm_cell")
# The same, as operators of torch's dispatcher: refused there during a graded call, so that every
# route to them (nn.LSTM, torch._VF.lstm, torch._C._VariableFunctions.lstm, torch.ops.aten.lstm)
# is caught, not only the Python attributes patched above.
FORBIDDEN_OPS = ("lstm.input", "lstm.data", "lstm_cell", "quantized_lstm_cell")


class ForbiddenCallError(RuntimeError):
    """Raised inside a graded call that used lstm_ref or torch's own LSTM."""


def _load_wire():
    """The wire format: :mod:`lstm_grader.sandbox.wire` where this file is imported as part of the
    package, else the file ``wire.py`` beside this one (run as a script inside the sandbox)."""
    if __package__:
        from lstm_grader.sandbox import wire

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


class _Guard:
    """Records and refuses lstm_ref and torch's LSTM while a graded call runs."""

    def __init__(self):
        self.graded = False
        self.hits: list[str] = []
        self.patched = False

    def hit(self, what: str):
        self.hits.append(what)
        raise ForbiddenCallError(
            f"{what} is not allowed in this exercise: write the LSTM yourself from NumPy/torch "
            "operations (the grader scores a function that uses it 0)"
        )

    def wrap(self, name, fn):
        guard = self

        def forbidden(*args, **kwargs):
            if guard.graded:
                guard.hit(name)
            return fn(*args, **kwargs)

        forbidden.__name__ = getattr(fn, "__name__", name)
        return forbidden

    def block_operators(self):
        """Refuse torch's LSTM operators in the dispatcher until the returned library is destroyed.

        Registered for one graded call only: outside graded calls the student's cells keep the
        real operators (``Library._destroy`` restores them)."""
        torch = sys.modules.get("torch")
        if torch is None or not hasattr(torch, "library"):
            return None
        import warnings

        guard = self

        def refuser(op):
            def refuse(*args, **kwargs):
                guard.hit(f"torch.ops.aten.{op}")

            return refuse

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Overriding a previously registered kernel"
            try:
                lib = torch.library.Library("aten", "IMPL")
            except Exception:
                return None
            for op in FORBIDDEN_OPS:
                try:
                    lib.impl(op, refuser(op), "CompositeImplicitAutograd")
                except Exception:
                    pass
        return lib

    def patch_torch(self, torch):
        if self.patched:
            return
        self.patched = True
        for name in FORBIDDEN_TORCH:
            for owner, label in ((torch._VF, "torch._VF"), (torch, "torch")):
                try:
                    fn = getattr(owner, name)
                except AttributeError:
                    continue
                try:
                    setattr(owner, name, self.wrap(f"{label}.{name}", fn))
                except (AttributeError, TypeError):
                    pass
        nn = torch.nn
        for cls_name in ("LSTM", "LSTMCell"):
            cls = getattr(nn, cls_name)
            cls.forward = self.wrap(f"torch.nn.{cls_name}", cls.forward)


class _GuardFinder:
    """A meta-path finder: lstm_ref is refused, torch is patched as soon as it is imported."""

    def __init__(self, guard: _Guard):
        self.guard = guard

    def find_spec(self, fullname, path=None, target=None):
        if fullname == "lstm_ref" or fullname.startswith("lstm_ref."):
            self.guard.hits.append("import lstm_ref")
            raise ModuleNotFoundError(
                "lstm_ref (the reference solution) is not available when your work is graded: "
                "write the code yourself",
                name=fullname,
            )
        if fullname == "torch":
            import importlib.machinery

            spec = importlib.machinery.PathFinder.find_spec(fullname, path)
            if spec is None or spec.loader is None:
                return spec
            loader = spec.loader
            original = loader.exec_module
            guard = self.guard

            def exec_module(module):
                original(module)
                guard.patch_torch(module)

            loader.exec_module = exec_module
            return spec
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
        self.guard = _Guard()
        sys.meta_path.insert(0, _GuardFinder(self.guard))
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
        for out in cap.outputs[:20]:
            data = {k: _cap(v) for k, v in out.data.items() if isinstance(v, str)}
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
        torch = sys.modules.get("torch")
        make_tensor = (lambda a: torch.from_numpy(np.array(a))) if torch is not None else None
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
        args = [decode(a, self.handles, make_tensor) for a in msg.get("args", [])]
        kwargs = {k: decode(v, self.handles, make_tensor) for k, v in msg.get("kwargs", {}).items()}
        before = {i: np.array(a, copy=True) for i, a in enumerate(args) if type(a) is np.ndarray}
        self.guard.hits = []
        self.guard.graded = True
        blocked = self.guard.block_operators()
        try:
            value = obj(*args, **kwargs)
            if self.guard.hits:
                raise ForbiddenCallError(f"used {', '.join(self.guard.hits)}")
            encoded = encode(value, handles)
        except BaseException as exc:  # the student's exception, SystemExit included
            return {"ok": False, "error": _error(exc), "forbidden": list(self.guard.hits)}
        finally:
            self.guard.graded = False
            if blocked is not None:
                blocked._destroy()
        mutated = {}
        for i, old in before.items():
            new = args[i]
            if new.shape != old.shape or not np.array_equal(new, old, equal_nan=True):
                mutated[str(i)] = encode(np.asarray(new))
        return {"ok": True, "value": encoded, "mutated": mutated, "forbidden": []}

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
