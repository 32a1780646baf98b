"""`lstm-grade`: the course's grading commands, each a thin layer over nbgrader's own.

lstm-grade setup                           register every assignment in the gradebook
lstm-grade autograde ASSIGNMENT            autograde submitted/*/ASSIGNMENT, write feedback
    [--workers N]                          with N local worker processes
    [--scheduler tcp://HOST:8786]          or on a Dask cluster (also $LSTM_GRADER_SCHEDULER)
lstm-grade report [ASSIGNMENT] [--html]    the score table and the grading report's findings;
                                           --html: the class report page (class_report/)
lstm-grade grade-all [--workers N | --scheduler ADDRESS]
                                           all assignments, grades.csv, score table, findings
lstm-grade validate NOTEBOOK...            validate; exit status 1 if any fails
lstm-grade collect SOURCE ASSIGNMENT       files named by student -> submitted/
    [--roster CSV]                         an LMS's download (Canvas, Moodle) through its roster
lstm-grade review ASSIGNMENT STUDENT --release | --confirm-zero
                                           decide on a score held for review (lstm_grader.review)
lstm-grade similarity ASSIGNMENT           rank pairs of students by similar solution cells

``--db-url URL`` (before the command) or the environment variable LSTM_GRADER_DB_URL selects the
gradebook (default: gradebook.db, SQLite); nbgrader_config.py reads the same variable.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from lstm_grader import course, gradebook, paths, report
from lstm_grader.errors import CourseError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lstm-grade", description="Grade the LSTM course's exercises with nbgrader."
    )
    parser.add_argument(
        "--root", type=Path, default=None,
        help="the course root (default: the folder with nbgrader_config.py, from here up)",
    )  # fmt: skip
    parser.add_argument(
        "--db-url", default=None, metavar="URL",
        help="the gradebook's database, e.g. postgresql://grader@dbhost/lstm_book (default: "
             f"${gradebook.ENV_DB_URL}, else gradebook.db in the course root)",
    )  # fmt: skip
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("setup", help="register every assignment in the gradebook (once per clone)")
    p = sub.add_parser(
        "autograde",
        help="autograde one assignment's submissions in parallel, write feedback",
        description="Autograde submitted/*/ASSIGNMENT with a pool of worker processes, each "
        "running nbgrader's autograde (the course's sandboxed executor) for one student after "
        "another, then write the feedback; or on a Dask cluster (--scheduler), one task per "
        "student. Exit status 1 if a submission could not be graded.",
    )
    p.add_argument("assignment")
    p.add_argument(
        "--workers", "-j", type=_positive, default=None, metavar="N",
        help=f"worker processes (default: the number of cores, here {_cores()})",
    )  # fmt: skip
    _scheduler_option(p)
    p.add_argument(
        "--progress", choices=["auto", "bar", "lines"], default="auto",
        help="a tqdm bar (default on a terminal) or one line per submission (default otherwise)",
    )  # fmt: skip
    p = sub.add_parser("report", help="print the score table and the grading report's findings")
    p.add_argument("assignment", nargs="?", help="one assignment (default: all)")
    p.add_argument(
        "--html", action="store_true",
        help="also write the class report: class_report/index.html (every assignment's score "
             "histogram, test cells' pass rates, diagnosed mistakes, grading findings), with "
             "the same data as CSV and JSON",
    )  # fmt: skip
    p = sub.add_parser(
        "grade-all", help="grade every assignment in parallel, export grades.csv, print scores"
    )
    p.add_argument("--workers", "-j", type=_positive, default=None,
                   help="parallel grading processes (default: the number of cores)")  # fmt: skip
    _scheduler_option(p)
    p.add_argument("--progress", choices=("auto", "bar", "lines"), default="auto",
                   help="a progress bar, one line per submission, or by the terminal")  # fmt: skip
    p = sub.add_parser("validate", help="validate notebooks; exit status 1 if any fails")
    p.add_argument("notebooks", nargs="+", type=Path)
    p = sub.add_parser("collect", help="copy submissions named by student into submitted/")
    p.add_argument(
        "source", type=Path,
        help="a folder of <student>.ipynb, .zip or folders; or, with --roster, an LMS's "
             "'download all submissions' (Canvas, Moodle), zipped or extracted",
    )  # fmt: skip
    p.add_argument("assignment")
    p.add_argument(
        "--roster", type=Path, default=None, metavar="CSV",
        help="the LMS's list of students that maps its user ids to student ids: Canvas's "
             "gradebook export (Grades > Export) or Moodle's grading worksheet or grade export",
    )  # fmt: skip
    p = sub.add_parser("review", help="release a score held for review, or confirm a 0")
    p.add_argument("assignment")
    p.add_argument("student")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--release", action="store_const", const="released", dest="decision")
    g.add_argument("--confirm-zero", action="store_const", const="confirmed_zero", dest="decision")
    p = sub.add_parser("similarity", help="rank pairs of students by similar solution cells")
    p.add_argument("assignment")
    p.add_argument("--top", type=_positive, default=20, help="pairs printed (default 20)")
    return parser


def _scheduler_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--scheduler", default=None, metavar="ADDRESS",
        help="grade on the Dask cluster of this scheduler, e.g. tcp://10.0.0.5:8786 or "
             "tls://... (default: $LSTM_GRADER_SCHEDULER; none: local worker processes); needs "
             "a PostgreSQL gradebook (--db-url)",
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.db_url:
        # nbgrader (in-process, in the workers and in subprocesses) reads it in nbgrader_config.py
        os.environ[gradebook.ENV_DB_URL] = args.db_url
    try:
        if args.command == "validate":
            return _validate(args.notebooks)
        root = args.root.resolve() if args.root else course.find_root()
        if args.command == "setup":
            names = course.setup(root)
            print(f"registered {len(names)} assignments in the gradebook: {', '.join(names)}")
        elif args.command == "autograde":
            return _autograde(root, args)
        elif args.command == "report":
            return _report(root, args.assignment, html=args.html)
        elif args.command == "grade-all":
            return _grade_all(root, args)
        elif args.command in ("review", "similarity"):
            from lstm_grader import review, similarity

            return (review.main if args.command == "review" else similarity.main)(root, args)
        elif args.command == "collect":
            students = course.collect(root, args.source, args.assignment, roster=args.roster)
            print(f"{args.assignment}: collected {len(students)}: {', '.join(students)}")
    except CourseError as err:
        print(f"lstm-grade: {err}", file=sys.stderr)
        return 2
    return 0


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return value


def _cores() -> int:
    from lstm_grader.batch.pool import default_workers

    return default_workers()


def _grade(root: Path, assignment: str, args, progress):
    """One assignment's batch: on the Dask cluster when a scheduler is named, else locally."""
    from lstm_grader.batch import run

    scheduler = _scheduler(args)
    try:
        if scheduler is None:
            return run.autograde(root, assignment, workers=args.workers, progress=progress)
        from lstm_grader.batch import cluster

        return cluster.autograde(root, assignment, scheduler, progress=progress)
    except RuntimeError as err:  # the workers could not start, the gradebook is unreachable,
        raise CourseError(str(err)) from err  # the scheduler was lost (its message)


def _scheduler(args) -> str | None:
    from lstm_grader.batch.cluster import scheduler_address

    address = scheduler_address(args.scheduler) if not args.workers else args.scheduler
    if address and args.workers:
        raise CourseError(
            "--workers and --scheduler exclude each other: a Dask cluster has as many workers as "
            "were started with `dask worker` (see the book's 'Grading at scale' page)"
        )
    return address


def _autograde(root: Path, args) -> int:
    from lstm_grader.batch import outcome

    progress = {"auto": None, "bar": True, "lines": False}[args.progress]
    result = _grade(root, args.assignment, args, progress)
    if not result.students:
        print(f"no submissions of {args.assignment} in {root / paths.SUBMITTED_DIR}")
        return 1
    graded = {o.student for o in result.outcomes if o.status == "ok"}
    rows = [
        s for s in gradebook.scores(root) if s.assignment == args.assignment and s.student in graded
    ]
    if rows:
        print(report.score_table(rows, _held(root)))
        print(f"feedback: {root / 'feedback'}/; findings: lstm-grade report {args.assignment}")
    print(outcome.summary(result))
    if result.interrupted:
        return 130
    if result.stopped:
        print(f"lstm-grade: {result.stopped}", file=sys.stderr)
    return 1 if result.failed or result.stopped else 0


def _grade_all(root: Path, args) -> int:
    """Every assignment with submissions, each graded in parallel as `autograde` does; then
    grades.csv (nbgrader export), the score table and the grading report's summary."""
    from lstm_grader.batch import outcome

    progress = {"auto": None, "bar": True, "lines": False}[args.progress]
    failed = []
    for assignment in course.assignments(root):
        if not course.submitted_students(root, assignment):
            continue
        result = _grade(root, assignment, args, progress)
        print(outcome.summary(result))
        if result.interrupted:
            return 130
        if result.stopped:
            print(f"lstm-grade: {result.stopped}", file=sys.stderr)
            return 1
        failed += [f"{assignment}/{o.student}" for o in result.failed]
    course.export(root)
    print()
    print(report.score_table(gradebook.scores(root), _held(root)))
    table = report.write(root / paths.REPORT_DIR, root, None)
    print()
    print(report.summary(table))
    print(
        f"\ngrades: {root / paths.GRADES_CSV}; feedback: {root / 'feedback'}/; "
        f"findings: {root / 'grading_report.csv'}; class report: {_class_report(root)}"
    )
    if failed:
        print(f"not graded: {', '.join(failed)} (see lstm-grade report)", file=sys.stderr)
        return 1
    return 0


def _held(root: Path) -> dict:
    from lstm_grader import review

    return review.held_reasons(root)


def _class_report(root: Path) -> Path:
    """Write the class report page (lstm_grader.classreport) and return its path."""
    from lstm_grader.classreport import writer as classreport

    return classreport.write(root, gradebook.db_url(root), root / paths.REPORT_DIR)


def _report(root: Path, assignment: str | None, html: bool = False) -> int:
    if assignment is not None:
        course.check_assignment(root, assignment)
    rows = [s for s in gradebook.scores(root) if assignment is None or s.assignment == assignment]
    print(report.score_table(rows, _held(root)))
    print()
    table = report.write(root / paths.REPORT_DIR, root, assignment)
    print(report.summary(table))
    print(report.limits_text())
    print(f"\nfindings: {root / 'grading_report.csv'}, {root / 'grading_report.json'}")
    if html:
        print(f"class report (every assignment): {_class_report(root)}")
    return 0


ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")  # colour codes in a kernel's error text


def _validate(notebooks: list[Path]) -> int:
    failures = 0
    for nb in notebooks:
        try:
            results = course.validate(nb)
        except CourseError as err:
            print(f"lstm-grade: {err}", file=sys.stderr)
            failures += 1
            continue
        if not results:
            print(f"{nb}: passed")
            continue
        failures += 1
        for kind, cells in results.items():
            print(f"{nb}: {len(cells)} cell(s) {kind.replace('_', ' ')}")
            for cell in cells:  # not the cell's source (hidden tests stay hidden): its title
                first = (cell.get("source") or "").strip().splitlines()[:1]
                title = first[0] if first and first[0].startswith("#") else "a test cell"
                print("-" * 72)
                print(title)
                if cell.get("raw_error"):
                    print(ANSI.sub("", cell["raw_error"]).rstrip())
    if failures:
        print(f"{failures} of {len(notebooks)} notebook(s) failed validation", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
