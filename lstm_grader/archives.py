"""A zip archive as the intake reads it (``lstm-grade collect``): bounded before it is listed,
never loaded whole, every error of a bad archive one student's :class:`IntakeError`.

Importing this module does nothing.
"""

from __future__ import annotations

import io
import stat
import zipfile
import zlib
from pathlib import Path

from lstm_grader.intake import IntakeError, ignored_entry, open_regular
from lstm_grader.limits import Limits

#: What a damaged, encrypted or unsupported archive raises while it is read (zipfile's own
#: errors, an encrypted entry's RuntimeError, deflate64's NotImplementedError, zlib's errors).
ARCHIVE_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    RuntimeError,
    NotImplementedError,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    KeyError,
    IndexError,
    OverflowError,
)


def _archive_problem(exc: BaseException) -> str:
    text = str(exc)
    if isinstance(exc, RuntimeError) and "encrypted" in text:
        return "an encrypted archive (a password is needed): submit it without a password"
    if isinstance(exc, NotImplementedError):
        return f"an archive in a format the grader does not read ({text}): use plain zip"
    return f"not a readable zip archive ({type(exc).__name__}: {text[:200]})"


class Archive:
    """A zip archive opened for intake: its entry count checked from the end record before
    zipfile reads the central directory (a million entries cost 666 MB to list), its file read
    from an opened descriptor (no link followed), never loaded whole into memory. Entries are
    read with :meth:`read`, bounded; every error of a bad archive is an :class:`IntakeError`."""

    def __init__(self, source: Path | bytes, limits: Limits | None = None, name: str = "") -> None:
        self.limits = limits or Limits()
        self.name = name or (source.name if isinstance(source, Path) else "archive")
        self.read_bytes = 0
        if isinstance(source, bytes):
            fp = io.BytesIO(source)
        else:
            fp = open_regular(source, self.limits.archive_bytes)
        try:
            self._check_entries(fp)
            self.zf = zipfile.ZipFile(fp)
        except IntakeError:
            fp.close()
            raise
        except ARCHIVE_ERRORS as exc:
            fp.close()
            raise IntakeError(f"{self.name}: {_archive_problem(exc)}") from None
        self.infos = [
            i for i in self.zf.infolist() if not i.is_dir() and not ignored_entry(i.filename)
        ]
        if sum(i.file_size for i in self.infos) > self.limits.archive_bytes:
            self.close()
            raise IntakeError(
                f"{self.name}: its content is larger than {self.limits.archive_bytes:,} bytes"
            )

    def _check_entries(self, fp) -> None:
        try:
            end = zipfile._EndRecData(fp)  # (CPython's own reader of the end record)
        except ARCHIVE_ERRORS:
            end = None
        if end is None:
            raise IntakeError(f"{self.name}: not a readable zip archive (no end record)")
        count = end[zipfile._ECD_ENTRIES_TOTAL]
        if count > self.limits.archive_entries:
            raise IntakeError(
                f"{self.name}: {count:,} entries (at most {self.limits.archive_entries:,})"
            )
        fp.seek(0)

    def read(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        """One entry's bytes, at most ``limit`` (counted while decompressing: the declared sizes
        can lie), the archive's total at most ``Limits.archive_bytes``."""
        if stat.S_ISLNK(info.external_attr >> 16):
            raise IntakeError(f"{self.name}: {info.filename} is a symbolic link")
        limit = min(limit, self.limits.archive_bytes - self.read_bytes)
        try:
            with self.zf.open(info) as f:
                out = f.read(limit + 1)
        except ARCHIVE_ERRORS as exc:
            raise IntakeError(f"{self.name}: {info.filename}: {_archive_problem(exc)}") from None
        if len(out) > limit:
            raise IntakeError(f"{self.name}: {info.filename} is larger than {limit:,} bytes")
        self.read_bytes += len(out)
        return out

    def notebook(self) -> bytes:
        """The one notebook of a student's archive (macOS's and editors' entries ignored)."""
        members = [i for i in self.infos if i.filename.endswith(".ipynb")]
        if len(members) != 1:
            raise IntakeError(f"{self.name}: expected one notebook, found {len(members)}")
        return self.read(members[0], self.limits.notebook_bytes)

    def close(self) -> None:
        zf = getattr(self, "zf", None)
        if zf is not None:
            fp = zf.fp
            zf.close()
            if fp is not None:
                fp.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def read_zip_notebook(archive: Path | bytes, limits: Limits | None = None, name: str = "") -> bytes:
    """The one notebook in a student's zip archive (see :class:`Archive`): links refused, the
    entry count and the decompressed sizes bounded, a bad archive an :class:`IntakeError`."""
    with Archive(archive, limits, name) as zf:
        return zf.notebook()
