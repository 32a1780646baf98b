"""lstm_grader.batch.version: the course version a Dask worker and the instructor compare."""

from __future__ import annotations

import pytest
from conftest import copy_course

from lstm_grader.batch import version as cw


def test_another_version_is_refused_with_the_commit_to_check_out(tmp_path) -> None:
    mine = {"commit": "a" * 40, "digest": "1" * 64}
    with pytest.raises(cw.CourseVersionMismatch, match=r"git checkout bbbbbbbbbbbb"):
        cw.check_version(mine, {"commit": "b" * 40, "digest": "1" * 64}, "host pid 1")
    with pytest.raises(cw.CourseVersionMismatch, match=r"files 111111111111.*files 222222222222"):
        cw.check_version(
            {"commit": "", "digest": "1" * 64}, {"commit": "", "digest": "2" * 64}, "w"
        )
    cw.check_version(mine, dict(mine), "w")
    # the digest follows what grading reads: a changed solution notebook changes it
    course = copy_course(tmp_path / "course", with_exercises=False)
    before = cw.course_version(course)
    nb = next((course / "solutions" / "ex02_cell").glob("*.ipynb"))
    nb.write_text(nb.read_text().replace("lstm", "lstM", 1))
    assert cw.course_version(course)["digest"] != before["digest"]
