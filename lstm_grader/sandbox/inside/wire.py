"""The wire format between the grading side and the sandboxed runner (both sides import it).

This file is self-contained on purpose (standard library and NumPy; torch only when the caller
has imported it): the sandbox binds it beside ``runner.py``, not the repository.

Framing (both directions): a 4-byte big-endian length, then one JSON object. The grading side
writes requests on the runner's ``--in-fd`` and reads replies on its ``--out-fd``:

- ``{"op": "exec", "code": str}`` -> ``{"ok": bool, "outputs": [nbformat outputs], "error": ...}``
- ``{"op": "names"}`` -> ``{"names": {name: "function" | "class"}}`` (the student's callables)
- ``{"op": "call", "target": name | handle, "method": str | None, "args": [...], "kwargs": {}}``
  -> ``{"ok": True, "value": ..., "mutated": {...}, "call": n, "returned": {...}}`` or
  ``{"ok": False, "error": ...}``: ``mutated`` holds the arguments the call changed in place,
  ``returned`` the arrays earlier calls returned that this call changed (``"<call>:<k>"``: the
  k-th array of :func:`arrays_in` of call ``<call>``'s value), so the grading side's copies
  change as the student's arrays did (a buffer kept between calls shows as it does locally)
- ``{"op": "bye"}``

Values travel as tagged JSON (:func:`encode` / :func:`decode`); arrays and tensors as ``.npy``
bytes that the grading side reads with ``np.load(..., allow_pickle=False)``. Nothing is pickled.
"""

from __future__ import annotations

import base64
import io
import json
import os
import struct
import sys

import numpy as np

MAX_MESSAGE = 64 * 1024 * 1024  # bytes: a longer message is a protocol error


class ProtocolError(Exception):
    """A message that is not a well-formed length-prefixed JSON object."""


class Stalled(ProtocolError):
    """The deadline passed in the middle of a message: the pipe can no longer be trusted."""


class NoReply(TimeoutError):
    """The deadline passed before the first byte of a message (or before the pipe took one)."""


class TooLarge(ProtocolError):
    """A value beyond what the grading side accepts (a long string, deep nesting)."""


# ---------------------------------------------------------------- framing


def write_message(fd: int, obj: dict) -> None:
    """Write one length-prefixed JSON message on a file descriptor."""
    data = json.dumps(obj, allow_nan=False).encode()
    if len(data) > MAX_MESSAGE:
        raise ProtocolError(f"message of {len(data)} bytes exceeds {MAX_MESSAGE}")
    buf = struct.pack(">I", len(data)) + data
    view = memoryview(buf)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _read_exact(fd: int, n: int) -> bytes:
    chunks = []
    while n:
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            raise EOFError("pipe closed")
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def read_message(fd: int) -> dict:
    """Read one length-prefixed JSON message (blocking)."""
    (n,) = struct.unpack(">I", _read_exact(fd, 4))
    if n > MAX_MESSAGE:
        raise ProtocolError(f"message of {n} bytes exceeds {MAX_MESSAGE}")
    obj = json.loads(_read_exact(fd, n))
    if not isinstance(obj, dict):
        raise ProtocolError("message is not a JSON object")
    return obj


# ------------------------------------------------- with deadlines (the grading side)
# The grading side never blocks on the sandbox: its pipe ends are non-blocking, and every read and
# write waits with poll() until an absolute deadline (time.monotonic()).


def _wait(fd: int, event: int, deadline: float) -> bool:
    import select
    import time

    left = deadline - time.monotonic()
    if left <= 0:
        return False
    poller = select.poll()
    poller.register(fd, event | select.POLLHUP | select.POLLERR)
    return bool(poller.poll(max(1, int(left * 1000))))


def write_message_by(fd: int, obj: dict, deadline: float, limit: int = MAX_MESSAGE) -> None:
    """Write one message on a non-blocking fd before ``deadline``: :class:`NoReply` if the
    reader took nothing (a stopped runner), :class:`Stalled` if it stopped midway."""
    import select

    data = json.dumps(obj, allow_nan=False).encode()
    if len(data) > limit:
        raise ProtocolError(f"message of {len(data)} bytes exceeds {limit}")
    view = memoryview(struct.pack(">I", len(data)) + data)
    sent = 0
    while sent < len(view):
        if not _wait(fd, select.POLLOUT, deadline):
            raise (Stalled if sent else NoReply)(
                f"the runner took {sent} of {len(view)} bytes of the request before the deadline"
            )
        try:
            sent += os.write(fd, view[sent:])
        except BlockingIOError:
            continue


def _read_by(fd: int, n: int, deadline: float, got: list[int]) -> bytes:
    import select

    chunks = []
    while n:
        if not _wait(fd, select.POLLIN, deadline):
            raise (Stalled if got[0] else NoReply)(
                f"no complete message before the deadline ({got[0]} bytes came)"
            )
        try:
            chunk = os.read(fd, min(n, 1 << 20))
        except BlockingIOError:
            continue
        if not chunk:
            raise EOFError("pipe closed")
        chunks.append(chunk)
        got[0] += len(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def read_message_by(fd: int, deadline: float, limit: int = MAX_MESSAGE, nesting: int = 20) -> dict:
    """Read one message from a non-blocking fd before ``deadline``, at most ``limit`` bytes and
    ``nesting`` levels of JSON (beyond: :class:`TooLarge`, never a RecursionError)."""
    got = [0]
    (n,) = struct.unpack(">I", _read_by(fd, 4, deadline, got))
    if n > limit:
        raise TooLarge(f"a reply of {n:,} bytes (the grader accepts {limit:,})")
    raw = _read_by(fd, n, deadline, got)
    if json_depth(raw) > 2 * nesting + 8:  # a value level is two JSON levels, plus the envelope
        raise TooLarge(f"a reply nested more than {nesting} levels deep")
    try:
        obj = json.loads(raw)
    except RecursionError:
        raise TooLarge(f"a reply nested more than {nesting} levels deep") from None
    if not isinstance(obj, dict):
        raise ProtocolError("message is not a JSON object")
    return obj


def json_depth(raw: bytes) -> int:
    """The deepest nesting of brackets in a JSON text, strings skipped (linear, no recursion)."""
    import re

    text = re.sub(rb'"(?:[^"\\]|\\.)*"', b"", raw)
    depth = worst = 0
    for ch in text.translate(None, delete=bytes(set(range(256)) - set(b"[]{}"))):
        if ch in b"[{":
            depth += 1
            worst = max(worst, depth)
        else:
            depth -= 1
    return worst


# ---------------------------------------------------------------- values


def _npy_bytes(a: np.ndarray) -> str:
    buf = io.BytesIO()
    np.save(buf, np.asarray(a), allow_pickle=False)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _npy_load(b64: str) -> np.ndarray:
    return np.load(io.BytesIO(base64.b64decode(b64)), allow_pickle=False)


def encode(obj, handles=None, depth: int = 0):
    """Tagged JSON for NumPy arrays/scalars, torch tensors, Python scalars, tuples, lists, dicts.

    ``handles`` (a registry with ``add(obj) -> int``) lets the sandbox side return objects it
    cannot serialize (a module instance) as a handle; without it they are a TypeError.
    """
    if depth > 20:
        raise TypeError("value nested more than 20 levels deep")
    if obj is None:
        return {"t": "none"}
    if isinstance(obj, bool):  # before int: bool is an int
        return {"t": "bool", "v": bool(obj)}
    if isinstance(obj, int) and type(obj) in (int,):
        return {"t": "int", "v": str(int(obj))}
    if type(obj) is float:
        return {"t": "float", "v": float.hex(obj)}
    if type(obj) is str:
        return {"t": "str", "v": obj}
    if isinstance(obj, np.ndarray):
        a = np.asarray(obj)  # an ndarray subclass travels as its plain data
        if a.dtype.hasobject:
            raise TypeError("an array of Python objects cannot be graded; return numbers")
        return {"t": "nd", "b": _npy_bytes(a)}
    if isinstance(obj, np.generic):
        a = np.asarray(obj)
        if a.dtype.hasobject:
            raise TypeError("a NumPy object scalar cannot be graded")
        return {"t": "npscalar", "b": _npy_bytes(a)}
    torch = sys.modules.get("torch")
    if torch is not None and isinstance(obj, torch.Tensor):
        return {"t": "tensor", "b": _npy_bytes(obj.detach().cpu().numpy())}
    if type(obj) in (tuple, list):
        return {"t": type(obj).__name__, "v": [encode(x, handles, depth + 1) for x in obj]}
    if type(obj) is dict or (
        torch is not None and isinstance(obj, dict) and type(obj).__name__ == "OrderedDict"
    ):
        items = {}
        for k, v in obj.items():
            if type(k) is not str:
                raise TypeError(f"dict key {k!r} is not a str")
            items[k] = encode(v, handles, depth + 1)
        return {"t": "dict", "v": items}
    if handles is not None:
        return {"t": "handle", "id": handles.add(obj), "cls": type(obj).__name__}
    raise TypeError(f"a value of type {type(obj).__name__} cannot be sent to the grader")


def decode(obj, handles=None, make_tensor=None, max_str=None, depth=0, nesting=20):
    """Inverse of :func:`encode`; never unpickles. ``make_tensor(ndarray)`` builds tensors.
    A string longer than ``max_str`` characters, or nesting beyond ``nesting``: :class:`TooLarge`
    (the message describes the value, never carries it)."""
    if depth > nesting:
        raise TooLarge(f"a value nested more than {nesting} levels deep")
    if not isinstance(obj, dict) or "t" not in obj:
        raise ProtocolError(f"malformed value {str(obj)[:80]}")
    t = obj["t"]
    if t == "none":
        return None
    if t == "bool":
        return bool(obj["v"])
    if t == "int":
        return int(obj["v"])
    if t == "float":
        return float.fromhex(obj["v"])
    if t == "str":
        v = str(obj["v"])
        if max_str is not None and len(v) > max_str:
            raise TooLarge(f"a str of {len(v):,} characters (the grader reads at most {max_str:,})")
        return v
    if t == "nd":
        return _npy_load(obj["b"])
    if t == "npscalar":
        return _npy_load(obj["b"])[()]
    if t == "tensor":
        a = _npy_load(obj["b"])
        return make_tensor(a) if make_tensor is not None else a
    if t in ("tuple", "list"):
        items = [decode(x, handles, make_tensor, max_str, depth + 1, nesting) for x in obj["v"]]
        return tuple(items) if t == "tuple" else items
    if t == "dict":
        return {
            str(k)[:200]: decode(v, handles, make_tensor, max_str, depth + 1, nesting)
            for k, v in obj["v"].items()
        }
    if t == "handle":
        if handles is None:
            raise ProtocolError("a handle where none is expected")
        return handles.get(obj)
    raise ProtocolError(f"unknown value tag {t!r}")


#: how many arrays returned by earlier calls the runner keeps watching (the newest)
KEPT_RETURNS = 64


def arrays_in(value) -> list:
    """The NumPy arrays in ``value`` in one order both sides agree on: tuple and list items in
    order, dict values by their keys' text; anything else is not walked into."""
    if isinstance(value, np.ndarray):
        return [value]
    if isinstance(value, (tuple, list)):
        return [a for v in value for a in arrays_in(v)]
    if isinstance(value, dict):
        return [a for k in sorted(value, key=str) for a in arrays_in(value[k])]
    return []
