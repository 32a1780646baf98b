"""The forbidden-call guard: torch's own LSTM/RNN (and, for backward exercises, its autograd)
refused while a student's from-scratch function is graded.

One file, the standard library only at import time (torch is touched only once it is in
``sys.modules``), no relative imports: the grader's sandbox loads this same file by path (it
refuses ``import lstm_ref``), and ``lstm_ref.checks`` uses it around every call of a student's
function, so a check in the student's notebook refuses exactly what the grader refuses, with the
same message.

Usage::

    with forbidding(lstm=True, autograd=False) as guard:
        out = student_fn(x, h, c)        # torch.nn.LSTM(...)(x) in there raises ForbiddenCallError
    guard.hits                           # ["torch.nn.LSTM.forward", ...]: what was attempted

What is refused while inside (``lstm=True``), on every route the guard knows of:

- the modules: ``torch.nn.{LSTM, LSTMCell, GRU, GRUCell, RNN, RNNCell}`` and the LSTM modules of
  ``torch.ao.nn.quantizable`` (a pure-Python LSTM), ``torch.ao.nn.quantized`` (+ ``dynamic``,
  ``reference``);
- the functions: ``torch.{lstm, lstm_cell, gru, ...}``, ``torch._VF.*`` and torch's Python LSTM in
  ``torch._decomp.decompositions`` (``lstm_impl``, ``one_layer_lstm``, ...);
- every ATen operator whose name says LSTM/RNN/GRU (``aten::lstm.input``,
  ``aten::mkldnn_rnn_layer``, ``aten::_thnn_fused_lstm_cell``, ...), refused in torch's
  dispatcher, so ``torch.ops.aten.*`` and ``torch._C._VariableFunctions.*`` are caught too.

With ``autograd=True`` also torch's automatic differentiation: ``torch.autograd.{grad, backward,
functional.*, forward_ad}``, ``Tensor.backward``, ``torch.func`` transforms, and the autograd engine
itself (every backward pass goes through it).

Python functions are guarded in place (their code object is swapped for a trampoline), so a
reference taken before the graded call is guarded as well. Code running in the same process can
still switch any in-process guard off (``gc``, ``ctypes``): the grader therefore also reads the
submitted cells (and refuses other processes during graded calls); this guard is the first wall.
"""

from __future__ import annotations

import contextlib
import sys
import types

__all__ = [
    "ForbiddenCallError",
    "ForbiddenLibraryError",
    "Guard",
    "forbidding",
    "install",
    "numpy_only",
    "RULES",
]

# Words that make an ATen operator (or a torch function) one of torch's recurrent implementations.
RECURRENT_WORDS = ("lstm", "rnn", "gru")

# torch.* / torch._VF.* functions (builtins: patched as attributes; the dispatcher catches the
# rest).
TORCH_FUNCTIONS = (
    "lstm",
    "lstm_cell",
    "gru",
    "gru_cell",
    "rnn_tanh",
    "rnn_relu",
    "rnn_tanh_cell",
    "rnn_relu_cell",
    "quantized_lstm",
    "quantized_lstm_cell",
    "quantized_gru",
    "quantized_gru_cell",
    "quantized_rnn_tanh_cell",
    "quantized_rnn_relu_cell",
    "_thnn_fused_lstm_cell",
    "_thnn_fused_gru_cell",
    "mkldnn_rnn_layer",
    "miopen_rnn",
    "_cudnn_rnn",
    "_lstm_mps",
)

# Modules whose nn.Module classes are recurrent layers: their ``forward`` is guarded.
RECURRENT_MODULES = (
    "torch.nn.modules.rnn",
    "torch.ao.nn.quantizable.modules.rnn",
    "torch.ao.nn.quantized.modules.rnn",
    "torch.ao.nn.quantized.dynamic.modules.rnn",
    "torch.ao.nn.quantized.reference.modules.rnn",
)
# Modules of Python functions that implement an LSTM/RNN (every function there with a recurrent
# word in its name is guarded).
RECURRENT_FUNCTION_MODULES = ("torch._decomp.decompositions",)

# Automatic differentiation (refused with autograd=True): (module, attribute path).
AUTOGRAD_FUNCTIONS = (
    ("torch.autograd", "grad"),
    ("torch.autograd", "backward"),
    ("torch._tensor", "Tensor.backward"),
    ("torch.autograd.functional", "jacobian"),
    ("torch.autograd.functional", "hessian"),
    ("torch.autograd.functional", "vjp"),
    ("torch.autograd.functional", "jvp"),
    ("torch.autograd.functional", "vhp"),
    ("torch.autograd.functional", "hvp"),
    ("torch.autograd.forward_ad", "make_dual"),
    ("torch.autograd.forward_ad", "unpack_dual"),
    ("torch._functorch.apis", "grad"),
    ("torch._functorch.apis", "grad_and_value"),
    ("torch._functorch.eager_transforms", "vjp"),
    ("torch._functorch.eager_transforms", "jvp"),
    ("torch._functorch.eager_transforms", "jacrev"),
    ("torch._functorch.eager_transforms", "jacfwd"),
    ("torch._functorch.eager_transforms", "hessian"),
    ("torch._functorch.eager_transforms", "linearize"),
)

RULES = {
    "lstm": "write the LSTM yourself from NumPy/torch array operations: torch's own LSTM/RNN "
    "implementations are not allowed in this exercise",
    "autograd": "derive the gradients yourself (backpropagation written out): torch.autograd and "
    "torch.func are not allowed in this exercise",
}


class ForbiddenCallError(RuntimeError):
    """A graded from-scratch function called something the exercise forbids.

    The message says what was called and the rule; the grader scores such a function 0."""


class Guard:
    """One ``forbidding()`` context: which rules it enforces and what was attempted (``hits``)."""

    def __init__(self, lstm: bool, autograd: bool):
        self.lstm = lstm
        self.autograd = autograd
        self.hits: list[str] = []

    def __repr__(self) -> str:
        return f"Guard(lstm={self.lstm}, autograd={self.autograd}, hits={self.hits})"


_active: list[Guard] = []  # the stack of open forbidding() contexts
_installed: set[str] = set()  # what install() has already guarded (by label)
_library = None  # the torch.library.Library holding the refusing kernels while a guard is open
_library_depth = 0


def _check(kind: str, what: str) -> None:
    """Raise ForbiddenCallError if an open guard forbids ``kind`` ("lstm" or "autograd")."""
    for guard in _active:
        if getattr(guard, kind):
            guard.hits.append(what)
            raise ForbiddenCallError(
                f"{what} was called while your function was graded: {RULES[kind]} "
                "(a function that uses it scores 0)"
            )


# ---------------------------------------------------------------- guarding Python callables

_TRAMPOLINE_HOOK = "__lstm_guard_hook__"


def _trampoline(*args, **kwargs):
    hook = "__lstm_guard_hook__"  # replaced by the hook object in the swapped code's constants
    return hook(args, kwargs)


def _guard_function(fn, kind: str, what: str) -> bool:
    """Guard a plain Python function in place: its code becomes a trampoline that checks the rule
    and then runs a copy of the original. Every existing reference to ``fn`` is guarded."""
    if not isinstance(fn, types.FunctionType) or fn.__closure__ is not None:
        return False
    if getattr(fn, "__lstm_guarded__", False):
        return True
    original = types.FunctionType(
        fn.__code__, fn.__globals__, fn.__name__, fn.__defaults__, fn.__closure__
    )
    original.__kwdefaults__ = fn.__kwdefaults__
    original.__dict__.update(fn.__dict__)

    def hook(args, kwargs):
        _check(kind, what)
        return original(*args, **kwargs)

    code = _trampoline.__code__
    consts = tuple(hook if c == _TRAMPOLINE_HOOK else c for c in code.co_consts)
    try:
        fn.__code__ = code.replace(co_consts=consts, co_name=fn.__code__.co_name)
        fn.__lstm_guarded__ = True
    except (TypeError, ValueError, AttributeError):
        return False
    return True


def _guard_attribute(owner, name: str, kind: str, what: str) -> bool:
    """Replace ``owner.name`` (a builtin or other callable) by a checking wrapper."""
    try:
        fn = getattr(owner, name)
    except AttributeError:
        return False
    if _guard_function(fn, kind, what):
        return True
    if getattr(fn, "__lstm_guarded__", False) or not callable(fn):
        return False

    def guarded(*args, **kwargs):
        _check(kind, what)
        return fn(*args, **kwargs)

    guarded.__name__ = getattr(fn, "__name__", name)
    guarded.__doc__ = getattr(fn, "__doc__", None)
    guarded.__lstm_guarded__ = True
    try:
        setattr(owner, name, guarded)
    except (AttributeError, TypeError):
        return False
    return True


class _EngineGuard:
    """Stands in for torch's autograd engine (``Variable._execution_engine``): every backward
    pass (``.backward()``, ``torch.autograd.grad``, ``torch.func.grad``) runs through
    ``run_backward``."""

    __lstm_guarded__ = True

    def __init__(self, engine):
        object.__setattr__(self, "_engine", engine)

    def run_backward(self, *args, **kwargs):
        _check("autograd", "torch.autograd (a backward pass)")
        return self._engine.run_backward(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._engine, name)


def _install_modules(torch) -> None:
    for modname in RECURRENT_MODULES:
        mod = sys.modules.get(modname)
        if mod is None or f"mod:{modname}" in _installed:
            continue
        _installed.add(f"mod:{modname}")
        public = modname.replace(".modules.rnn", "")
        for name, cls in list(vars(mod).items()):
            if (
                isinstance(cls, type)
                and issubclass(cls, torch.nn.Module)
                and cls.__module__ == modname
                and "forward" in vars(cls)
            ):
                _guard_attribute(cls, "forward", "lstm", f"{public}.{name}")
    for modname in RECURRENT_FUNCTION_MODULES:
        mod = sys.modules.get(modname)
        if mod is None or f"mod:{modname}" in _installed:
            continue
        _installed.add(f"mod:{modname}")
        for name, fn in list(vars(mod).items()):
            if isinstance(fn, types.FunctionType) and any(w in name for w in RECURRENT_WORDS):
                _guard_function(fn, "lstm", f"{modname}.{name}")


def _install_functions(torch) -> None:
    if "functions" in _installed:
        return
    _installed.add("functions")
    for name in TORCH_FUNCTIONS:
        for owner, label in ((torch, "torch"), (getattr(torch, "_VF", None), "torch._VF")):
            if owner is not None:
                _guard_attribute(owner, name, "lstm", f"{label}.{name}")


def _install_autograd(torch) -> None:
    if "autograd" in _installed:
        return
    _installed.add("autograd")
    import importlib

    for modname, path in AUTOGRAD_FUNCTIONS:
        try:
            owner = importlib.import_module(modname)
        except ImportError:
            continue
        *parents, name = path.split(".")
        for p in parents:
            owner = getattr(owner, p, None)
        if owner is None:
            continue
        public = modname.replace("torch._functorch.apis", "torch.func").replace(
            "torch._functorch.eager_transforms", "torch.func"
        )
        public = public.replace("torch._tensor", "torch")
        _guard_attribute(owner, name, "autograd", f"{public}.{path}")
    try:
        from torch.autograd.variable import Variable

        if not getattr(Variable._execution_engine, "__lstm_guarded__", False):
            Variable._execution_engine = _EngineGuard(Variable._execution_engine)
    except (ImportError, AttributeError):
        pass


def install() -> bool:
    """Guard torch's recurrent implementations and autograd (idempotent; the guards only act inside
    ``forbidding()``). Needs torch imported already; returns False (and does nothing) otherwise.

    The sandbox calls this as soon as the student's code imports torch, before any student code
    can take a reference; ``forbidding()`` calls it on entry."""
    torch = sys.modules.get("torch")
    if torch is None or not hasattr(torch, "nn"):
        return False
    _install_functions(torch)
    _install_modules(torch)
    _install_autograd(torch)
    return True


# ---------------------------------------------------------------- the dispatcher


def recurrent_operators(torch) -> list[str]:
    """Every ATen operator overload whose name says LSTM/RNN/GRU, as ``name.overload`` (or ``name``
    for the default overload), e.g. ``lstm.input``, ``mkldnn_rnn_layer``."""
    names = []
    for full in torch._C._dispatch_get_all_op_names():
        if not full.startswith("aten::"):
            continue
        name = full[len("aten::") :]
        base = name.split(".")[0]
        if any(w in base for w in RECURRENT_WORDS) and not base.startswith("_use_"):
            names.append(name)
    return sorted(names)


# Dispatch keys a refusing kernel is registered for: composite operators decompose before reaching
# a backend, the others reach the Autograd then the CPU kernel.
_DISPATCH_KEYS = ("CompositeImplicitAutograd", "Autograd", "CPU")


def _open_library():
    torch = sys.modules.get("torch")
    if torch is None or not hasattr(torch, "library"):
        return None
    import warnings

    def refuser(op):
        def refuse(*args, **kwargs):
            _check("lstm", f"torch.ops.aten.{op}")
            raise ForbiddenCallError(f"torch.ops.aten.{op}: {RULES['lstm']}")

        return refuse

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Overriding a previously registered kernel"
        try:
            lib = torch.library.Library("aten", "IMPL")
        except Exception:
            return None
        for op in recurrent_operators(torch):
            if op.endswith(".out") or "backward" in op:
                continue  # never reached without the forward operator
            for key in _DISPATCH_KEYS:
                try:
                    lib.impl(op, refuser(op), key)
                except Exception:
                    pass
    return lib


@contextlib.contextmanager
def forbidding(*, lstm: bool = True, autograd: bool = False):
    """While inside, refuse torch's LSTM/RNN implementations (``lstm``) and/or torch's automatic
    differentiation (``autograd``) with :class:`ForbiddenCallError`. Yields the :class:`Guard`
    whose ``hits`` list what was attempted (also when the student's code caught the error)."""
    global _library, _library_depth
    install()
    guard = Guard(lstm=lstm, autograd=autograd)
    _active.append(guard)
    opened = False
    if lstm:
        if _library_depth == 0:
            _library = _open_library()
        _library_depth += 1
        opened = True
    try:
        yield guard
    finally:
        if opened:
            _library_depth -= 1
            if _library_depth == 0 and _library is not None:
                _library._destroy()
                _library = None
        _active.remove(guard)


def watch_imports() -> None:
    """Call :func:`install` as soon as torch is imported (the sandbox's runner, before any student
    code runs): a meta-path finder that wraps torch's loader."""

    class _TorchFinder:
        def find_spec(self, fullname, path=None, target=None):
            if fullname != "torch":
                return None
            import importlib.machinery

            spec = importlib.machinery.PathFinder.find_spec(fullname, path)
            if spec is None or spec.loader is None:
                return spec
            loader = spec.loader
            original = loader.exec_module

            def exec_module(module):
                original(module)
                install()

            loader.exec_module = exec_module
            return spec

    if "torch" in sys.modules:
        install()
    elif not any(type(f).__name__ == "_TorchFinder" for f in sys.meta_path):
        sys.meta_path.insert(0, _TorchFinder())


# ---------------------------------------------------------------- NumPy only (graded exercises)

#: lstm_ref's numerics: a graded function that calls these is refused (the sandbox has no lstm_ref).
LSTM_REF_NUMERICS = (
    "lstm_ref.cell",
    "lstm_ref.gates",
    "lstm_ref.layer",
    "lstm_ref.lstm",
    "lstm_ref.backward",
    "lstm_ref.params",
    "lstm_ref._args",
    "lstm_ref.checks.reference",
)


class ForbiddenLibraryError(ForbiddenCallError):
    """A graded NumPy-only function called torch or lstm_ref's numerics. ``library`` names which
    ("torch" or "lstm_ref"), ``what`` the first call seen (``torch.from_numpy``)."""

    def __init__(self, library: str, what: str):
        super().__init__(f"{what} was called while your function was graded")
        self.library = library
        self.what = what


def _library_of_call(frame, event: str, arg) -> tuple[str, str] | None:
    """("torch" | "lstm_ref", what) if this profiler event is a call into one of them."""
    if event == "call":
        name = frame.f_globals.get("__name__") or ""
        what = frame.f_code.co_name
        if name == "torch" or name.startswith("torch."):
            return "torch", f"import {name}" if what == "<module>" else f"{name}.{what}"
        if name in LSTM_REF_NUMERICS:
            return "lstm_ref", f"{name}.{what}"
        return None
    if event == "c_call":
        module = getattr(arg, "__module__", None) or ""
        owner = type(getattr(arg, "__self__", None)).__module__ or ""
        if module == "torch" or module.startswith("torch.") or owner.startswith("torch"):
            qual = getattr(arg, "__qualname__", getattr(arg, "__name__", "?"))
            return "torch", f"torch {qual.split('Class.')[-1]}"
    return None


@contextlib.contextmanager
def numpy_only():
    """While inside (around one call of a graded function, in this thread), a call into torch or
    into lstm_ref's numerics raises :class:`ForbiddenLibraryError`. Yields a :class:`Guard` whose
    ``hits`` hold ``(library, what)`` pairs (also when the student's code caught the error)."""
    guard = Guard(lstm=False, autograd=False)
    previous = sys.getprofile()

    def profile(frame, event, arg):
        found = _library_of_call(frame, event, arg)
        if found is not None:
            guard.hits.append(found)
            raise ForbiddenLibraryError(*found)

    sys.setprofile(profile)
    try:
        yield guard
    finally:
        sys.setprofile(previous)
