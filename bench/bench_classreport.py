"""Time the class report, similarity included, for 300 students x 8 assignments, against nbgrader's
export of the same.

The gradebook is synthesized through nbgrader's Gradebook API (no notebook runs): the course's
8 assignments with their real notebooks and test cells (read from solutions/), 300 students, a
submission of every assignment by every student with scores drawn per test cell, and a grading
record per submission with the checks' findings on failed cells (as the executor writes them).
Each student's submitted notebook holds a solution cell written by hand (one of the planted
class's lstm_cell bodies, tests/grader/planted_instructor.py, with a line of the student's own),
so the similarity section (copydetect on every pair of each assignment) has real work to do.
Then, timed: ``classreport.writer.write`` (gradebook + records + submissions -> page with the
similar pairs, 8 histograms, CSV, JSON), and as the baseline ``nbgrader export``
(CsvExportPlugin) on the same gradebook, in this process.
Target: the report with similarity under 60 s on 2 cores.

    python bench/bench_classreport.py [--students 300]
    python bench/bench_classreport.py --quick     # 20 students, once (bench/quick_mode.py)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
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


def bodies() -> list[str]:
    """The planted class's hand-written lstm_cell bodies."""
    sys.path.insert(0, str(ROOT / "tests" / "grader"))
    import planted_instructor

    return [body for _, body in planted_instructor.students().values()]


def submit(folder: Path, assignment: str, notebook: str, student: str, code: str) -> None:
    """A submitted notebook with one solution cell holding ``code``."""
    cell = {"cell_type": "code", "id": "answer", "execution_count": None, "outputs": [],
            "metadata": {"nbgrader": {"solution": True, "grade": False, "locked": False,
                                      "grade_id": "answer", "schema_version": 3}},
            "source": code}  # fmt: skip
    nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [cell]}
    path = folder / "submitted" / student / assignment / f"{notebook}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(nb))


def synthesize(folder: Path, n_students: int) -> tuple[str, Path]:
    """A gradebook and grading records for n_students x the course's assignments."""
    rng = random.Random(0)
    db_url = f"sqlite:///{folder / 'gradebook.db'}"
    records = folder / "grading_report"
    students = [f"student{k:03d}" for k in range(n_students)]
    pool = bodies()
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
                    grade.needs_manual_grade = False  # as autograde leaves it
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
                lines = rng.choice(pool).splitlines()
                lines.insert(rng.randrange(1, len(lines)), f"    n_{s} = len(x)  # {s}'s own line")
                submit(folder, assignment, notebook, s, "\n".join(lines) + "\n")
                path = records / assignment / s / f"{notebook}.json"
                path.parent.mkdir(parents=True, exist_ok=True)
                findings = [{"kind": "timeout", "detail": "3 s"}] if rng.random() < 0.02 else []
                path.write_text(json.dumps({
                    "assignment": assignment, "student": s, "notebook": notebook,
                    "sandbox": "bwrap", "findings": findings, "cells": rec_cells,
                }))  # fmt: skip
    return db_url, records


def main(argv=None) -> float:
    """Run the benchmark; return the class report's seconds."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--students", type=int, default=300)
    quick_mode.add_to(parser, argv, students=20)
    ns = parser.parse_args(argv)
    n = ns.students
    warnings.filterwarnings("ignore", module="nbgrader")  # SQLAlchemy's autoflush notes
    with tempfile.TemporaryDirectory(prefix="bench-classreport-") as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        db_url, records = synthesize(folder, n)
        print(f"synthesized {n} students x 8 assignments in {time.perf_counter() - t:.1f} s")

        t = time.perf_counter()
        with Gradebook(db_url) as gb:
            CsvExportPlugin(to=str(folder / "grades.csv")).export(gb)
        baseline = time.perf_counter() - t

        t = time.perf_counter()
        page = classreport.write(folder, db_url, records, folder / "class_report")
        took = time.perf_counter() - t
        size = sum(p.stat().st_size for p in page.parent.iterdir())
        report = json.loads((page.parent / "class_report.json").read_text())
        pairs = sum(len(a["similar"]) for a in report["assignments"])
        print(f"nbgrader export (CsvExportPlugin), the baseline: {baseline:.2f} s")
        print(f"class report with similarity ({len(list(page.parent.iterdir()))} files, "
              f"{size / 1e6:.1f} MB, {pairs} similar pairs shown): {took:.2f} s = "
              f"{took / baseline:.2f} x the baseline")  # fmt: skip
        if not ns.quick:
            print(f"target: under 60 s on 2 cores -> {'met' if took < 60 else 'MISSED'}")
    return took


if __name__ == "__main__":
    main()
