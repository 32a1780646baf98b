"""lstm_grader.archives, through ``lstm-grade collect``: a damaged, encrypted or unsupported archive
is one student's refusal and the others are collected; a macOS zip is read (its resource forks
ignored); the entry count is bounded before the archive is listed."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from test_intake import _course, _nb, _zip

from lstm_grader import course
from lstm_grader.limits import Limits


def _deflate64(path: Path) -> Path:
    """A zip whose entry says deflate64 (method 9), which zipfile does not read."""
    _zip(path, {"lstm_cell.ipynb": _nb()})
    data = bytearray(path.read_bytes())
    for sig, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = data.find(sig)
        data[at + offset : at + offset + 2] = (9).to_bytes(2, "little")
    path.write_bytes(bytes(data))
    return path


def _encrypted(path: Path) -> Path:
    """A zip whose entry has the 'encrypted' flag set (zipfile then asks for a password)."""
    _zip(path, {"lstm_cell.ipynb": _nb()})
    data = bytearray(path.read_bytes())
    for sig, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(sig)
        flags = int.from_bytes(data[at + offset : at + offset + 2], "little") | 0x1
        data[at + offset : at + offset + 2] = flags.to_bytes(2, "little")
    path.write_bytes(bytes(data))
    return path


def test_a_bad_archive_is_one_students_refusal_and_the_others_are_collected(tmp_path):
    root = _course(tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "anna.zip").write_bytes(b"PK\x03\x04 this is not a zip at all" * 10)  # corrupt
    _encrypted(inbox / "bert.zip")
    _deflate64(inbox / "cleo.zip")
    good = _zip(tmp_path / "good.zip", {"lstm_cell.ipynb": _nb()}).read_bytes()
    (inbox / "dora.zip").write_bytes(good[: len(good) // 2])  # truncated
    (inbox / "zeta.ipynb").write_text(_nb("zeta"))  # after them in the listing: still collected
    with pytest.raises(course.CourseError) as info:
        course.collect(root, inbox, "ex02_cell")
    msg = str(info.value)
    assert msg.startswith("collected 1 (zeta); refused 4"), msg
    assert "anna.zip: " in msg and "not a readable zip archive" in msg, msg
    assert "bert.zip: " in msg and "encrypted" in msg, msg
    assert "cleo.zip: " in msg and "format the grader does not read" in msg, msg
    assert "dora.zip: " in msg, msg
    assert "Traceback" not in msg
    stored = root / "submitted" / "zeta" / "ex02_cell" / "lstm_cell.ipynb"
    assert "zeta" in stored.read_text()


def test_a_macos_zip_is_collected_its_resource_forks_ignored(tmp_path):
    root = _course(tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _zip(inbox / "mia.zip", {
        "work/lstm_cell.ipynb": _nb("mia"),
        "__MACOSX/work/._lstm_cell.ipynb": "\x00\x05\x16\x07 AppleDouble",
        "work/.DS_Store": "junk",
    })  # fmt: skip
    (inbox / "__MACOSX").mkdir()  # an extracted download keeps the folder too
    (inbox / "__MACOSX" / "._mia.zip").write_text("AppleDouble")
    assert course.collect(root, inbox, "ex02_cell") == ["mia"]
    assert "mia" in (root / "submitted/mia/ex02_cell/lstm_cell.ipynb").read_text()


def test_collect_is_bounded_in_entries_before_the_archive_is_listed(tmp_path):
    import time
    import tracemalloc

    root = _course(tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    many = Limits().archive_entries * 2
    with zipfile.ZipFile(inbox / "nina.zip", "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("lstm_cell.ipynb", _nb())
        for k in range(many):
            zf.writestr(f"f/{k}", "")
    # a million entries, as the end record declares them (listing them cost 666 MB and 13 s)
    data = bytearray(_zip(tmp_path / "t.zip", {"lstm_cell.ipynb": _nb()}).read_bytes())
    end = data.rfind(b"PK\x05\x06")
    data[end + 8 : end + 12] = (0xFFFF).to_bytes(2, "little") * 2
    (inbox / "olga.zip").write_bytes(bytes(data))
    (inbox / "pia.ipynb").write_text(_nb())
    tracemalloc.start()
    t0 = time.perf_counter()
    with pytest.raises(course.CourseError) as info:
        course.collect(root, inbox, "ex02_cell")
    seconds = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    msg = str(info.value)
    assert f"nina.zip: nina.zip: {many + 1:,} entries (at most" in msg, msg
    assert "olga.zip: " in msg and "65,535 entries" in msg, msg
    assert "collected 1 (pia)" in msg
    assert peak < 20 * 2**20 and seconds < 5, (peak, seconds)
