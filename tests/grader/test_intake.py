"""Intake (lstm_grader/intake.py, course.collect): names are data, regular files only, sizes.
Real files, links, FIFOs and zip archives in a temporary folder."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

import nbformat
import pytest

from lstm_grader import course, intake, paths
from lstm_grader.limits import Limits

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "bad",
    ["..", ".", "a/b", "a\\\\b", "=cmd", "@SUM(1)", "<img src=x>", "\x1b[2Jbob", "bob\n", "",
     "workers.log", "_grader", "-rf", "x" * 65, "bob.", "a..b", "CON"],
)  # fmt: skip
def test_student_ids_outside_the_pattern_are_refused_with_the_rule(bad):
    with pytest.raises(intake.IntakeError, match="refused"):
        intake.check_student_id(bad)


@pytest.mark.parametrize("good", ["alice", "bob_2", "s123456", "jean-luc.picard", "A" * 64])
def test_ordinary_student_ids_pass(good):
    assert intake.check_student_id(good) == good


def test_the_graders_own_files_are_outside_the_student_id_namespace():
    log_dir = Path(paths.workers_log("ex02_cell")).parent.name
    with pytest.raises(intake.IntakeError):
        intake.check_student_id(log_dir)


def test_links_fifos_and_hard_links_are_refused_and_never_followed(tmp_path):
    secret = tmp_path / "gradebook.db"
    secret.write_text("SECRET")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "notes.txt").write_text("mine")
    (sub / "link").symlink_to(secret)
    (sub / "dirlink").symlink_to(tmp_path)
    os.mkfifo(sub / "fifo")
    os.link(secret, sub / "hard")
    (sub / "lstm_cell.ipynb").symlink_to(secret)
    found = intake.screen_submission(sub)
    kinds = " ".join(f.detail for f in found)
    for what in ("symbolic link", "FIFO", "hard link"):
        assert what in kinds, (what, found)
    left = sorted(p.name for p in sub.iterdir())
    assert left == ["lstm_cell.ipynb", "notes.txt"], left
    assert stat.S_ISREG(os.lstat(sub / "lstm_cell.ipynb").st_mode)
    assert "refused" in (sub / "lstm_cell.ipynb").read_text()
    assert secret.read_text() == "SECRET" and secret.stat().st_nlink == 1


def test_read_regular_does_not_block_on_a_fifo_nor_follow_a_link(tmp_path):
    os.mkfifo(tmp_path / "f.ipynb")
    with pytest.raises(intake.IntakeError, match="FIFO|regular"):
        intake.read_regular(tmp_path / "f.ipynb", 1000)
    (tmp_path / "l.ipynb").symlink_to("/etc/hostname")
    with pytest.raises(intake.IntakeError, match="symbolic link"):
        intake.read_regular(tmp_path / "l.ipynb", 1000)


def _course(tmp_path: Path) -> Path:
    root = tmp_path / "course"
    (root / "solutions" / "ex02_cell").mkdir(parents=True)
    src = ROOT / "solutions" / "ex02_cell" / "lstm_cell.ipynb"
    (root / "solutions" / "ex02_cell" / "lstm_cell.ipynb").write_bytes(src.read_bytes())
    (root / paths.CONFIG_FILE).write_text("")
    return root


def test_collect_refuses_bad_names_duplicates_links_and_zip_bombs(tmp_path):
    root = _course(tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    nb = nbformat.writes(nbformat.v4.new_notebook())
    for name in ("alice.ipynb", "bob.ipynb", "bob_lstm_cell.ipynb", "...ipynb", "=x.ipynb"):
        (inbox / name).write_text(nb)
    (inbox / "carol.ipynb").symlink_to(root / "solutions" / "ex02_cell" / "lstm_cell.ipynb")
    os.mkfifo(inbox / "dave.ipynb")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("erin.ipynb", " " * (Limits().notebook_bytes + 10))
    (inbox / "erin.zip").write_bytes(buf.getvalue())
    assert (inbox / "erin.zip").stat().st_size < 100_000  # a small archive, a big notebook
    with pytest.raises(course.CourseError) as info:
        course.collect(root, inbox, "ex02_cell")
    msg = str(info.value)
    assert "collected 1 (alice)" in msg, msg
    assert "bob: 2 submissions" in msg
    assert "'..' refused" in msg and "'=x' refused" in msg
    assert "carol.ipynb: a symbolic link" in msg and "dave.ipynb: a FIFO" in msg
    assert "erin.zip" in msg and "larger than" in msg
    submitted = sorted(p.name for p in (root / "submitted").iterdir())
    assert submitted == ["alice"], submitted


def test_nbgraders_collect_copy_takes_only_regular_files(tmp_path):
    """nbgrader's ExchangeCollect.do_copy as the course installs it (patches.screened_copy)."""
    import logging
    from types import SimpleNamespace

    from lstm_grader.nbgrader_ext import patches

    src = tmp_path / "inbound" / "s1+ex02_cell+2026"
    src.mkdir(parents=True)
    (src / "lstm_cell.ipynb").write_text("{}")
    (src / "shadow").symlink_to("/etc/shadow")
    os.mkfifo(src / "pipe")
    coursedir = SimpleNamespace(ignore=[".ipynb_checkpoints"], include=["*"],
                                max_file_size=100000, max_dir_size=100000)  # fmt: skip
    fake = SimpleNamespace(coursedir=coursedir, log=logging.getLogger("test"))
    refused = patches.screened_copy(fake, str(src), str(tmp_path / "dest"))
    assert sorted(p.name for p in (tmp_path / "dest").iterdir()) == ["lstm_cell.ipynb"]
    assert len(refused) == 2 and any("FIFO" in r for r in refused), refused


# ---- issue 20: one intake path, archives that are one student's finding, ids that cannot collide


def _nb(who: str = "x") -> str:
    nb = nbformat.v4.new_notebook()
    nb.metadata["who"] = who
    return nbformat.writes(nb)


def _zip(path: Path, entries: dict[str, str], **kw) -> Path:
    with zipfile.ZipFile(path, "w", kw.get("compression", zipfile.ZIP_DEFLATED)) as zf:
        for name, text in entries.items():
            zf.writestr(name, text)
    return path


def test_student_ids_are_one_after_case_folding_and_nfkc():
    assert intake.id_key("Alice") == intake.id_key("alice") == intake.id_key("ＡＬＩＣＥ")
    assert intake.collisions(["alice", "bob"], ["Alice", "carol"]) == {"alice": ["Alice"]}
    assert intake.collisions(["Bob", "bob", "eve"]) == {"Bob": ["bob"], "bob": ["Bob"]}


def test_autograde_skips_submitted_folders_whose_ids_collide(tmp_path, capsys):
    root = _course(tmp_path)
    for s in ("Alice", "alice", "bob"):
        (root / "submitted" / s / "ex02_cell").mkdir(parents=True)
    assert course.submitted_students(root, "ex02_cell") == ["bob"]
    err = capsys.readouterr().err
    assert "'Alice' is the same student id as 'alice'" in err, err
    assert "'alice' is the same student id as 'Alice'" in err, err


def test_the_dask_path_reads_a_submission_through_the_same_intake(tmp_path):
    """A hard link in submitted/ never reaches the task (hence autograded/ and feedback/)."""
    from lstm_grader.batch import cluster

    secret = tmp_path / "gradebook.db"
    secret.write_text("SECRET")
    sub = tmp_path / "submitted" / "eve" / "ex02_cell"
    sub.mkdir(parents=True)
    os.link(secret, sub / "notes.txt")
    os.link(secret, sub / "lstm_cell.ipynb")
    (sub / "data.csv").symlink_to(secret)
    (sub / "helper.py").write_text("x = 1\n")
    files = cluster.read_submission(tmp_path, "ex02_cell", "eve")
    assert sorted(files) == ["helper.py", "lstm_cell.ipynb"], files
    assert b"SECRET" not in b"".join(files.values())
    assert files["lstm_cell.ipynb"].startswith(b"refused by the grader: the submitted notebook")
    screened = intake.read_submission(sub)
    details = " ".join(f.detail for f in screened.findings)
    assert "notes.txt: a hard link" in details and "data.csv: a symbolic link" in details
    assert secret.stat().st_nlink == 3  # the instructor's folder is left as it is
