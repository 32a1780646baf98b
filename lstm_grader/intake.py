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
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from lstm_grader.grading_findings import GradingFinding, Kind
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


#: Extensions a folder's name may carry that are never part of a student id (a folder
#: ``bob.ipynb/`` is bob's): :func:`check_student_id` refuses an id ending with one.
FILE_EXTENSIONS = (".ipynb", ".zip", ".json", ".py", ".html", ".txt", ".csv")
#: Entries of an archive that editors and operating systems add, never a submission's:
#: macOS's resource forks (``__MACOSX/``, ``._name``), Finder's ``.DS_Store``, checkpoints.
IGNORED_PARTS = ("__MACOSX", ".ipynb_checkpoints", ".DS_Store", "Thumbs.db")


class IntakeError(ValueError):
    """A submission (or its name) that cannot be taken in; the message says what is expected."""


def check_student_id(student: str) -> str:
    """``student`` if it is a valid student id, else :class:`IntakeError` saying why."""
    shown = student.encode("unicode_escape").decode("ascii")[:80]
    if not STUDENT_ID.fullmatch(student) or student.endswith(".") or ".." in student:
        raise IntakeError(f"student id {shown!r} refused: expected {STUDENT_ID_RULE}")
    if student.lower() in RESERVED or student.lower().split(".")[0] in RESERVED:
        raise IntakeError(f"student id {shown!r} refused: it is a name the grader reserves")
    if student.lower().endswith(FILE_EXTENSIONS):
        raise IntakeError(
            f"student id {shown!r} refused: it ends with a file extension (a folder "
            f"{shown!r} holds the submission of {shown.rsplit('.', 1)[0]!r})"
        )
    return student


def id_key(student: str) -> str:
    """The form under which two student ids are the same student: Unicode NFKC, then case
    folding (``Alice``, ``alice`` and ``ＡＬＩＣＥ`` are one key). Ids are unique under it at
    collect, at autograde and against the gradebook, so that no export can confuse two."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", student).casefold())


def collisions(ids, existing=()) -> dict[str, list[str]]:
    """The ids of ``ids`` that are one student under :func:`id_key` with another id of ``ids``
    or of ``existing`` (e.g. the gradebook's): id -> the other ids it collides with."""
    by_key: dict[str, list[str]] = {}
    for sid in dict.fromkeys([*existing, *ids]):
        by_key.setdefault(id_key(sid), []).append(sid)
    out = {}
    for sid in ids:
        same = [o for o in by_key[id_key(sid)] if o != sid]
        if same:
            out[sid] = same
    return out


def ignored_entry(rel: str) -> bool:
    """Whether an entry (a path relative to a submission or archive, ``/``-separated) is one
    that editors or operating systems add (:data:`IGNORED_PARTS`, macOS's ``._name``)."""
    parts = [p for p in rel.replace("\\", "/").split("/") if p]
    return any(p in IGNORED_PARTS or p.startswith("._") for p in parts)


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


def open_regular(path: Path, limit: int):
    """A binary file object on ``path``, a regular file of its own (one name) of at most
    ``limit`` bytes: opened without following a link and without blocking (a FIFO), then
    checked on the open file (no race with a swap); an :class:`IntakeError` otherwise."""
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        problem = file_problem(path)
        raise IntakeError(f"{Path(path).name}: {problem or exc.strerror}") from None
    st = os.fstat(fd)
    problem = None
    if not stat.S_ISREG(st.st_mode):
        problem = "not a regular file"
    elif st.st_nlink > 1:
        problem = f"a hard link ({st.st_nlink} names for one file)"
    elif st.st_size > limit:
        problem = f"{st.st_size:,} bytes (at most {limit:,})"
    if problem:
        os.close(fd)
        raise IntakeError(f"{Path(path).name}: {problem}")
    return os.fdopen(fd, "rb")


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of its own, at most ``limit`` (see :func:`open_regular`;
    counted while reading: the file may grow)."""
    with open_regular(path, limit) as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise IntakeError(f"{Path(path).name}: more than {limit:,} bytes")
    return data


def _refused_note(problem: str) -> bytes:
    return f"refused by the grader: the submitted notebook was {problem}\n".encode()


@dataclass
class Screened:
    """A submission as the grader takes it in: its plain regular files (path relative to the
    submission folder, ``/``-separated -> bytes) and what was refused (kind ``refused_file``)."""

    files: dict[str, bytes] = field(default_factory=dict)
    findings: list[GradingFinding] = field(default_factory=list)


def read_submission(
    folder: Path, limits: Limits | None = None, *, remove_refused: bool = False
) -> Screened:
    """The one way a submission is taken in, by every path (the local pool before nbgrader
    copies it, the Dask path before it ships it, ``collect`` for a student's folder).

    Links, FIFOs, devices, sockets and files with other hard links are refused, never followed
    or opened; a refused notebook is replaced by a note (it scores 0 with the reason). Every
    other file is read with :func:`read_regular`, a notebook at most ``Limits.notebook_bytes``,
    all of them together at most ``Limits.archive_bytes`` in at most ``Limits.archive_entries``
    entries. With ``remove_refused`` the refused names are also removed from the folder (the
    link itself, never its target), so that nothing reading the folder afterwards meets them.
    """
    limits = limits or Limits()
    folder = Path(folder)
    out = Screened()
    problem = file_problem(folder)
    if problem or not folder.is_dir():
        shown = folder.name.encode("unicode_escape").decode("ascii")[:200]
        out.findings.append(
            GradingFinding(Kind.REFUSED_FILE, f"{shown}: {problem or 'not a folder'}")
        )
        return out
    total = entries = 0
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames.sort()
        for name in sorted(dirnames + filenames):
            entries += 1
            path = Path(dirpath) / name
            rel = path.relative_to(folder).as_posix()
            shown = rel.encode("unicode_escape").decode("ascii")[:200]
            if entries > limits.archive_entries:
                out.findings.append(
                    GradingFinding(
                        Kind.REFUSED_FILE,
                        f"more than {limits.archive_entries:,} files and folders: the rest refused",
                    )
                )
                dirnames[:] = []
                return out
            problem = file_problem(path)
            if problem is None:
                if path.is_dir():
                    continue
                limit = limits.notebook_bytes if name.endswith(".ipynb") else limits.archive_bytes
                try:
                    data = read_regular(path, min(limit, limits.archive_bytes - total))
                except IntakeError as exc:
                    problem = str(exc).split(": ", 1)[-1]
                else:
                    total += len(data)
                    out.files[rel] = data
                    continue
            out.findings.append(GradingFinding(Kind.REFUSED_FILE, f"{shown}: {problem}; refused"))
            if name.endswith(".ipynb"):
                out.files[rel] = _refused_note(problem)
            if remove_refused:
                try:
                    os.unlink(path)  # the link (or the extra name), never its target
                except OSError:
                    continue
                if name.endswith(".ipynb"):
                    path.write_bytes(out.files[rel])
        dirnames[:] = [d for d in dirnames if not os.path.islink(Path(dirpath) / d)]
    return out


KEPT_FILES = ("timestamp.txt",)  # nbgrader's own: the submission time, and feedback's release


def extra_files(folder: Path) -> list[str]:
    """The names (relative to ``folder``) of a submission's files that are neither a notebook nor
    nbgrader's own (:data:`KEPT_FILES`): a student's HTML, data or scripts, which grading never
    copies anywhere (a page the student wrote is not served from feedback/)."""
    out = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames):
            rel = (Path(dirpath) / name).relative_to(folder).as_posix()
            if not name.endswith(".ipynb") and rel not in KEPT_FILES:
                out.append(rel)
    return out


def screen_submission(folder: Path, limits: Limits | None = None) -> list[GradingFinding]:
    """:func:`read_submission` on ``submitted/<student>/<assignment>/`` in place, right before
    nbgrader copies it (the local pool): what is refused is removed from the folder (a refused
    notebook replaced by a note), never followed or read. Returns the findings."""
    return read_submission(folder, limits, remove_refused=True).findings
