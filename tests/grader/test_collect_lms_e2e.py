"""A Canvas "download all submissions" zip of 3 students, collected and graded with the real
commands: `lstm-grade collect <zip> ex01_gates --roster <Canvas gradebook export>`, then
`lstm-grade autograde ex01_gates`. Canvas names each file `<name>_<user id>_<submission>_<file>`
(`late_` when late); the roster maps user ids to student ids (SIS Login ID first)."""

from __future__ import annotations

import io
import zipfile

import pytest
from conftest import gradebook_scores, sqlite_url

pytestmark = pytest.mark.slow

ROSTER = """\ufeffStudent,ID,SIS User ID,SIS Login ID,Section,ex01_gates (501)
    Points Possible,,,,,12.00
"Archer, Alice",1001,S-1,alice,Lab A,
"Baker, Bob",1002,S-2,bob,Lab B,
"Cole, Carol",1003,S-3,carol,Lab A,
"""


def test_a_canvas_download_of_three_students_is_collected_and_graded(
    tmp_path, course_copy, course_run
) -> None:
    course = course_copy(tmp_path / "course", with_exercises=False)
    demo = course / "demo" / "submissions"
    nb = {s: (demo / s / "ex01_gates" / "gates.ipynb").read_bytes() for s in ("alice", "bob",
                                                                              "carol")}  # fmt: skip
    own_zip = io.BytesIO()  # carol handed in a zip made on a Mac
    with zipfile.ZipFile(own_zip, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("ex01/gates.ipynb", nb["carol"])
        zf.writestr("__MACOSX/ex01/._gates.ipynb", b"\x00\x05\x16\x07")
    download = tmp_path / "submissions.zip"
    with zipfile.ZipFile(download, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("archeralice_1001_88001_gates.ipynb", nb["alice"])
        zf.writestr("bakerbob_late_1002_88002_gates-1.ipynb", nb["bob"])
        zf.writestr("colecarol_1003_88003_ex01.zip", own_zip.getvalue())
    (tmp_path / "canvas_export.csv").write_text(ROSTER, encoding="utf-8")

    proc = course_run(["lstm-grade", "collect", str(download), "ex01_gates", "--roster",
                       str(tmp_path / "canvas_export.csv")], cwd=course)  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip() == "ex01_gates: collected 3: alice, bob, carol"
    for s, data in nb.items():
        assert (course / "submitted" / s / "ex01_gates" / "gates.ipynb").read_bytes() == data

    proc = course_run(["lstm-grade", "autograde", "ex01_gates", "--workers", "2"], cwd=course)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
    assert "ex01_gates: graded 3 of 3 submissions" in proc.stdout, proc.stdout
    scores = gradebook_scores(sqlite_url(course))
    assert sorted(scores) == [(s, "ex01_gates") for s in ("alice", "bob", "carol")]
    for s in nb:
        assert (course / "feedback" / s / "ex01_gates" / "gates.html").is_file()
