"""A small gradebook made with nbgrader's API for the LMS exporters' tests (no notebook runs).

ex01 (10 points): ann scored 8 with a late penalty of 1; ben has no submission. ex02 exists but
nobody has submitted it. ben has no email.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from nbgrader.api import Gradebook

_made: list[Path] = []  # the first gradebook made in this process: later calls copy it


def make(folder: Path) -> str:
    """The gradebook in ``folder``/gradebook.db; returns its URL."""
    db_url = f"sqlite:///{folder / 'gradebook.db'}"
    if _made and _made[0].exists():
        shutil.copy2(_made[0], folder / "gradebook.db")
        return db_url
    with Gradebook(db_url) as gb:
        gb.add_student("ann", first_name="Ann", last_name="Lee", email="ann@uni.example")
        gb.add_student("ben", first_name="=cmd|' /C calc'!A0", last_name="Roe")
        for name in ("ex01", "ex02"):
            gb.update_or_create_assignment(name)
            gb.update_or_create_notebook("nb", name)
            gb.update_or_create_grade_cell("t", "nb", name, max_score=10.0, cell_type="code")
        sub = gb.add_submission("ex01", "ann")
        (nb,) = sub.notebooks
        nb.grades[0].auto_score = 8.0
        nb.grades[0].needs_manual_grade = False  # as autograde leaves it (True: held for review)
        nb.late_submission_penalty = 1.0
        gb.db.commit()
    _made.append(folder / "gradebook.db")
    return db_url
