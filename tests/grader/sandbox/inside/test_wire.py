"""lstm_grader.sandbox.inside.wire: the framing and the value codec both sides use."""

from __future__ import annotations

import os
import struct

import numpy as np
import pytest

from lstm_grader.sandbox.inside.wire import (
    MAX_MESSAGE,
    ProtocolError,
    decode,
    encode,
    read_message,
    write_message,
)


def test_codec_round_trip_never_pickles() -> None:
    value = {"a": (np.arange(4.0).reshape(2, 2), 3, 2.5, float("nan")), "b": [True, None, "s"]}
    back = decode(encode(value))
    assert np.array_equal(back["a"][0], value["a"][0]) and back["a"][1:3] == (3, 2.5)
    assert np.isnan(back["a"][3]) and back["b"] == [True, None, "s"]
    with pytest.raises(TypeError, match="objects"):
        encode(np.array([object()], dtype=object))


def test_scalars_keep_their_type_and_big_ints_their_value() -> None:
    for v in (np.float32(1.5), np.int8(-3), 2**80, 0.1, True):
        back = decode(encode(v))
        assert type(back) is type(v) and back == v, (v, back)


def test_values_that_are_not_data_are_refused_without_handles() -> None:
    with pytest.raises(TypeError, match="cannot be sent"):
        encode(object())
    with pytest.raises(TypeError, match="key 1 is not a str"):
        encode({1: 2})
    deep: list = []
    for _ in range(25):
        deep = [deep]
    with pytest.raises(TypeError, match="nested more than 20"):
        encode(deep)


def test_malformed_values_are_protocol_errors() -> None:
    for bad in ({"t": "pickle", "v": "x"}, {"v": 1}, [1], {"t": "handle", "id": 1}):
        with pytest.raises(ProtocolError):
            decode(bad)


def test_messages_cross_a_pipe_and_oversized_ones_are_refused() -> None:
    r, w = os.pipe()
    try:
        write_message(w, {"op": "exec", "code": "print(1)"})
        assert read_message(r) == {"op": "exec", "code": "print(1)"}
        os.write(w, struct.pack(">I", MAX_MESSAGE + 1))
        with pytest.raises(ProtocolError, match="exceeds"):
            read_message(r)
        os.write(w, struct.pack(">I", 2) + b"[]")
        with pytest.raises(ProtocolError, match="not a JSON object"):
            read_message(r)
    finally:
        os.close(w)
    with pytest.raises(EOFError):
        read_message(r)
    os.close(r)
