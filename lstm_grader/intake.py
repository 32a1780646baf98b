"""What a submission may be, checked before anything of it is read or copied (trusted side).

- **Student ids** are data: :data:`STUDENT_ID` (letters, digits, ``.``, ``_``, ``-``; starting
  with a letter or digit; at most 64 characters; not a reserved name). ``..``, path separators,
  control characters and the grader's own names are refused with a clear error.
- **Regular files only**: a symlink, FIFO, device, socket, or a file with other hard links (a link
  to ``gradebook.db`` or a solution) is refused; a submission is never read through a link and
  nothing outside it is read. :func:`read_regular` opens without following links and without
  blocking (a FIFO), checks the opened file, and reads at most a limit.
- **Sizes**: a notebook larger than ``Limits.notebook_bytes`` or with more than
  ``Limits.notebook_cells`` cells, an archive whose content is larger than ``Limits.archive_bytes``.

:func:`screen_submission` runs on ``submitted/<student>/<assignment>/`` right before nbgrader
copies it (see :mod:`lstm_grader.nbgrader_ext.patches`), and ``lstm-grade collect`` uses the same
checks when it brings files in.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
from pathlib import Path

from lstm_grader.findings import GradingFinding, Kind
from lstm_grader.limits import Limits

STUDENT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
STUDENT_ID_RULE = (
    "1 to 64 characters: letters, digits, '.', '_' or '-', starting with a letter or digit, "
    "not ending with '.', without '..'"
)
# Names a student id may not take, whatever the pattern allows: the grader's own files (they once
# lived beside the students' folders: workers.log is now in _grader/, which no id can be) and the
# names operating systems reserve for devices.
RESERVED = {
    "workers.log",
    "autograde.log",
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}


class IntakeError(ValueError):
    """A submission (or its name) that cannot be taken in; the message says what is expected."""


def check_student_id(student: str) -> str:
    """``student`` if it is a valid student id, else :class:`IntakeError` saying why."""
    shown = student.encode("unicode_escape").decode("ascii")[:80]
    if not STUDENT_ID.fullmatch(student) or student.endswith(".") or ".." in student:
        raise IntakeError(f"student id {shown!r} refused: expected {STUDENT_ID_RULE}")
    if student.lower() in RESERVED or student.lower().split(".")[0] in RESERVED:
        raise IntakeError(f"student id {shown!r} refused: it is a name the grader reserves")
    return student


def file_problem(path: Path, limit: int | None = None) -> str | None:
    """Why ``path`` is not a plain regular file of its own (not following links), or None."""
    try:
        st = os.lstat(path)
    except OSError as exc:
        return f"cannot be inspected ({exc.strerror})"
    mode = st.st_mode
    if stat.S_ISLNK(mode):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return f"a symbolic link (to {target[:200]!r})"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device file"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return None
    if not stat.S_ISREG(mode):
        return "not a regular file"
    if st.st_nlink > 1:
        return f"a hard link ({st.st_nlink} names for one file: it may be a course file)"
    if limit is not None and st.st_size > limit:
        return f"{st.st_size:,} bytes (at most {limit:,})"
    return None


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of its own, at most ``limit``: opened without following a
    link and without blocking, then checked on the open file (no race with a swap)."""
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        problem = file_problem(path)
        raise IntakeError(f"{Path(path).name}: {problem or exc.strerror}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise IntakeError(f"{Path(path).name}: not a regular file")
        if st.st_nlink > 1:
            raise IntakeError(f"{Path(path).name}: a hard link ({st.st_nlink} names for one file)")
        if st.st_size > limit:
            raise IntakeError(f"{Path(path).name}: {st.st_size:,} bytes (at most {limit:,})")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise IntakeError(f"{Path(path).name}: more than {limit:,} bytes")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def screen_submission(folder: Path, limits: Limits | None = None) -> list[GradingFinding]:
    """Refuse what is not a plain regular file in one student's submission folder, before
    nbgrader copies it: links, FIFOs, devices and hard-linked files are removed from the folder
    (a notebook among them is replaced by a note, so that it scores 0 with the reason), never
    followed or read. Returns the findings (kind ``refused_file``)."""
    limits = limits or Limits()
    findings = []
    folder = Path(folder)
    if file_problem(folder) or not folder.is_dir():
        return [GradingFinding(Kind.REFUSED_FILE, f"{folder.name}: {file_problem(folder)}")]
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        for name in sorted(dirnames + filenames):
            path = Path(dirpath) / name
            problem = file_problem(path, None)
            if problem is None:
                continue
            rel = path.relative_to(folder)
            shown = str(rel).encode("unicode_escape").decode("ascii")[:200]
            findings.append(GradingFinding(Kind.REFUSED_FILE, f"{shown}: {problem}; refused"))
            try:
                os.unlink(path)  # removes the link (or the extra name), never its target
            except IsADirectoryError:
                continue
            except OSError:
                continue
            if name.endswith(".ipynb"):
                path.write_text(f"refused by the grader: the submitted notebook was {problem}\n")
        dirnames[:] = [d for d in dirnames if not os.path.islink(Path(dirpath) / d)]
    return findings


def read_zip_notebook(archive: Path, limits: Limits | None = None) -> bytes:
    """The one notebook in a student's zip archive, refusing links, archives whose content is
    larger than ``Limits.archive_bytes`` and a notebook larger than ``Limits.notebook_bytes``
    (sizes counted while decompressing: the declared ones can lie)."""
    limits = limits or Limits()
    data = read_regular(archive, limits.archive_bytes)
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = zf.infolist()
        if sum(i.file_size for i in infos) > limits.archive_bytes:
            raise IntakeError(
                f"{archive.name}: its content is larger than {limits.archive_bytes:,}"
            )
        members = [
            i
            for i in infos
            if i.filename.endswith(".ipynb") and ".ipynb_checkpoints" not in i.filename
        ]
        if len(members) != 1:
            raise IntakeError(f"{archive.name}: expected one notebook, found {len(members)}")
        info = members[0]
        if stat.S_ISLNK(info.external_attr >> 16):
            raise IntakeError(f"{archive.name}: {info.filename} is a symbolic link")
        with zf.open(info) as f:
            out = f.read(limits.notebook_bytes + 1)
        if len(out) > limits.notebook_bytes:
            raise IntakeError(
                f"{archive.name}: {info.filename} is larger than {limits.notebook_bytes:,} bytes"
            )
        return out
