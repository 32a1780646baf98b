"""Time the class report for 300 students x 8 assignments, against nbgrader's export of the same.

The gradebook is synthesized through nbgrader's Gradebook API (no notebook runs): the course's
8 assignments with their real notebooks and test cells (read from solutions/), 300 students, a
submission of every assignment by every student with scores drawn per test cell, and a grading
record per submission with the checks' findings on failed cells (as the executor writes them).
Then, timed: ``classreport.writer.write`` (gradebook + records -> page, 8 histograms, CSV, JSON),
and as the baseline ``nbgrader export`` (CsvExportPlugin) on the same gradebook, in this process.
Target: the report under 30 s on 2 cores.

    python bench/bench_classreport.py [--students 300]
    python bench/bench_classreport.py --quick     # 5 students (bench/quick_mode.py)
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
import warnings
from pathlib import Path

import quick_mode
from nbgrader.api import Gradebook
from nbgrader.plugins import CsvExportPlugin

from lstm_grader.classreport import writer as classreport

ROOT = Path(__file__).resolve().parents[1]
FINDINGS = [  # (id, gate, term): what failed cells are diagnosed with, drawn at random
    ("gate.reads_other_block", "i", "recurrent"),
    ("cell.h_tanh_missing", None, None),
    ("gates.exchanged", "g", None),
    ("seq.state_not_carried", None, None),
    ("located.value_mismatch", None, None),
    ("call.raised", None, None),
]


def course_cells() -> dict[str, tuple[str, list[tuple[str, float, str]]]]:
    """assignment -> (notebook, [(test cell, points, source)]) from solutions/."""
    out = {}
    for nb_path in sorted(ROOT.glob("solutions/*/*.ipynb")):
        cells = []
        for c in json.loads(nb_path.read_text())["cells"]:
            meta = c["metadata"].get("nbgrader", {})
            if meta.get("grade") and c["cell_type"] == "code":
                cells.append((meta["grade_id"], float(meta.get("points", 0)), "".join(c["source"])))
        out[nb_path.parent.name] = (nb_path.stem, cells)
    return out


def synthesize(folder: Path, n_students: int) -> tuple[str, Path]:
    """A gradebook and grading records for n_students x the course's assignments."""
    rng = random.Random(0)
    db_url = f"sqlite:///{folder / 'gradebook.db'}"
    records = folder / "grading_report"
    students = [f"student{k:03d}" for k in range(n_students)]
    with Gradebook(db_url) as gb:
        for s in students:
            gb.add_student(s, first_name=s, last_name="Test", email=f"{s}@uni.example")
        for assignment, (notebook, cells) in course_cells().items():
            gb.update_or_create_assignment(assignment)
            gb.update_or_create_notebook(notebook, assignment)
            for name, points, source in cells:
                gb.update_or_create_grade_cell(
                    name, notebook, assignment, max_score=points, cell_type="code"
                )
                gb.update_or_create_source_cell(
                    name, notebook, assignment, cell_type="code", locked=True, source=source,
                    checksum=None,
                )  # fmt: skip
            for s in students:
                sub = gb.add_submission(assignment, s)
                grades = {g.name: g for nb in sub.notebooks for g in nb.grades}
                skill = rng.random()
                rec_cells = []
                for name, points, _ in cells:
                    grade = grades[name]
                    passed = rng.random() < 0.35 + 0.6 * skill
                    grade.auto_score = points if passed else 0.0
                    entry = {"grade_id": name, "test": True, "error": None}
                    if not passed:
                        fid, gate, term = rng.choice(FINDINGS)
                        f = {"id": fid, "function": notebook, "text": fid}
                        f.update({k: v for k, v in (("gate", gate), ("term", term)) if v})
                        entry["check"] = {"check": notebook, "stage": "value", "mistakes": [],
                                          "findings": [f]}  # fmt: skip
                        entry["error"] = "CheckFailure: wrong"
                    rec_cells.append(entry)
                gb.db.commit()
                path = records / assignment / s / f"{notebook}.json"
                path.parent.mkdir(parents=True, exist_ok=True)
                findings = [{"kind": "timeout", "detail": "3 s"}] if rng.random() < 0.02 else []
                path.write_text(json.dumps({
                    "assignment": assignment, "student": s, "notebook": notebook,
                    "sandbox": "bwrap", "findings": findings, "cells": rec_cells,
                }))  # fmt: skip
    return db_url, records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--students", type=int, default=300)
    quick_mode.add_to(parser, students=5)
    ns = parser.parse_args()
    warnings.filterwarnings("ignore", module="nbgrader")  # SQLAlchemy's autoflush notes
    with tempfile.TemporaryDirectory(prefix="bench-classreport-") as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        db_url, records = synthesize(folder, ns.students)
        print(
            f"synthesized {ns.students} students x 8 assignments in {time.perf_counter() - t:.1f} s"
        )

        t = time.perf_counter()
        with Gradebook(db_url) as gb:
            CsvExportPlugin(to=str(folder / "grades.csv")).export(gb)
        baseline = time.perf_counter() - t

        t = time.perf_counter()
        page = classreport.write(folder, db_url, records, folder / "class_report")
        took = time.perf_counter() - t
        size = sum(p.stat().st_size for p in page.parent.iterdir())
        print(f"nbgrader export (CsvExportPlugin), the baseline: {baseline:.2f} s")
        print(f"class report ({len(list(page.parent.iterdir()))} files, {size / 1e6:.1f} MB): "
              f"{took:.2f} s = {took / baseline:.2f} x the baseline")  # fmt: skip
        print(f"target: under 30 s on 2 cores -> {'met' if took < 30 else 'MISSED'}")


if __name__ == "__main__":
    main()
