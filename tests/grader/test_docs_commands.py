"""The commands in README.md and in the book's part For instructors (book/instructors/*.md) work.

Every line of every ``bash`` block is read as the shell would split it (continuation lines joined,
comments dropped, ``&&`` and ``;`` separating commands), and each command is checked against the
real thing it calls, without running it:

- ``lstm-grade ...``: parsed by lstm-grade's own argument parser (its subcommands and flags);
- ``nbgrader SUB ...``: SUB is an nbgrader subcommand; an ``--exporter`` class imports and every
  ``--Class.trait=`` it is given is a configurable trait of that class;
- ``python -m M`` / ``python path.py``: the module or file exists; ``make T``: the Makefile has T;
- ``dask scheduler|worker``: every flag is in that command's ``--help``; ``--preload`` imports;
- ``pip install pkg==version``: the version is the course's pin in requirements.txt.

A command the test does not know fails it: a new kind of command gets a check here. The blocks of
the grading page marked ``<!-- tests/grader/test_docs_commands.py runs this block ... -->`` are
also run, as written, in a copy of the course with the demo submissions (slow).
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, copy_course, course_env, submit_demo

from lstm_grader import cli

GUIDE = REPO / "book" / "instructors"
PAGES = [REPO / "README.md", *sorted(GUIDE.glob("*.md"))]
BLOCK = re.compile(r"(<!--[^\n]*-->\n)?```bash\n(.*?)```", re.S)
RUN_MARK = "tests/grader/test_docs_commands.py runs this block"
#: Commands the pages use that belong to the system or to other tools, checked by nothing here.
EXTERNAL = {"git", "sudo", "export", "cd", "jupyter", "jupyter-book", "npm", "openssl"}


def blocks(page: Path) -> list[tuple[bool, str]]:
    """(marked to be run, source) of each bash block of ``page``."""
    return [(bool(m.group(1) and RUN_MARK in m.group(1)), m.group(2))
            for m in BLOCK.finditer(page.read_text())]  # fmt: skip


def commands(source: str) -> list[list[str]]:
    """The simple commands of a bash block, as argument lists."""
    out = []
    for line in source.replace("\\\n", " ").splitlines():
        words = shlex.split(line, comments=True)
        current: list[str] = []
        for word in words + [";"]:
            if word in ("&&", ";", "||"):
                if current:
                    out.append(current)
                current = []
            elif word.endswith(";"):
                current.append(word[:-1])
                out.append(current)
                current = []
            else:
                current.append(word)
    # a leading VAR=value only sets the environment of the command
    return [c for c in (_without_assignments(c) for c in out) if c]


def _without_assignments(cmd: list[str]) -> list[str]:
    while cmd and re.fullmatch(r"[A-Z_][A-Z0-9_]*=.*", cmd[0]):
        cmd = cmd[1:]
    return cmd


def all_commands() -> list[tuple[str, list[str]]]:
    return [(f"{page.relative_to(REPO)}: {' '.join(cmd)}", cmd)
            for page in PAGES for _, source in blocks(page)
            for cmd in commands(source)]  # fmt: skip


def _pins() -> dict[str, str]:
    pins = {}
    for line in (REPO / "requirements.txt").read_text().splitlines():
        m = re.match(r"^([A-Za-z0-9_.-]+)==(\S+)", line)
        if m:
            pins[m.group(1).lower()] = m.group(2)
    return pins


@functools.cache
def dask_help(sub: str) -> str:
    dask = Path(sys.executable).parent / "dask"
    proc = subprocess.run([str(dask), sub, "--help"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, f"`dask {sub} --help` failed: {proc.stderr[-2000:]}"
    return proc.stdout


def check_lstm_grade(args: list[str]) -> None:
    try:
        cli._parser().parse_args(args)
    except SystemExit as exc:
        pytest.fail(f"lstm-grade's parser refuses {args} (exit {exc.code})")


def check_nbgrader(args: list[str]) -> None:
    from nbgrader.apps import NbGraderApp

    assert args and args[0] in NbGraderApp.subcommands, f"no nbgrader subcommand {args[:1]}"
    options = dict(a.split("=", 1) for a in args if a.startswith("--") and "=" in a)
    exporter = None
    if "--exporter" in args:
        exporter = args[args.index("--exporter") + 1]
    exporter = options.pop("--exporter", exporter)
    if exporter:
        module, _, name = exporter.rpartition(".")
        cls = getattr(importlib.import_module(module), name)
        traits = set(cls.class_trait_names(config=True))
        for option in options:
            owner, _, trait = option[2:].rpartition(".")
            if owner == name:
                assert trait in traits, f"{name} has no configurable trait {trait!r}: {traits}"


def check_dask(args: list[str]) -> None:
    assert args[0] in ("scheduler", "worker"), f"unexpected dask command {args}"
    text = dask_help(args[0])
    for flag in (a.split("=")[0] for a in args if a.startswith("--")):
        assert flag in text, f"`dask {args[0]}` has no option {flag}"
    if "--preload" in args:
        module = args[args.index("--preload") + 1]
        assert importlib.util.find_spec(module), f"--preload {module}: no such module"


def check_python(args: list[str]) -> None:
    if args[0] == "-m":
        if args[1] == "pytest":
            return
        assert importlib.util.find_spec(args[1]), f"python -m {args[1]}: no such module"
    elif args[0] != "-c":
        assert (REPO / args[0]).is_file(), f"python {args[0]}: no such file"


def check_make(args: list[str]) -> None:
    makefile = (REPO / "Makefile").read_text()
    for target in (a for a in args if not a.startswith("-")):
        assert re.search(rf"^{re.escape(target)}:", makefile, re.M), f"no make target {target}"


def check_pip(args: list[str]) -> None:
    assert args[0] == "install", f"pip {args[0]}"
    pins = _pins()
    for req in args[1:]:
        m = re.fullmatch(r"([A-Za-z0-9_.-]+)==([\w.]+)", req)
        if m and m.group(1).lower() in pins:
            assert m.group(2) == pins[m.group(1).lower()], (
                f"pip install {req}: the course pins {m.group(1)}=={pins[m.group(1).lower()]}"
            )


CHECKS = {
    "lstm-grade": check_lstm_grade,
    "nbgrader": check_nbgrader,
    "dask": check_dask,
    "python": check_python,
    "python3": check_python,
    "make": check_make,
    "pip": check_pip,
    "lstm-validate": lambda args: None,  # the student package's script (pyproject.toml)
}


def test_the_pages_have_commands() -> None:
    found = {page.name for page in PAGES if any(True for _ in blocks(page))}
    for name in ("README.md", "grading.md", "scale.md", "lms.md", "postgresql.md"):
        assert name in found, f"{name} has no bash block"


@pytest.mark.parametrize(("where", "cmd"), all_commands(), ids=[w for w, _ in all_commands()])
def test_documented_command_is_real(where: str, cmd: list[str]) -> None:
    name, args = cmd[0], cmd[1:]
    if name in EXTERNAL:
        return
    assert name in CHECKS, f"{where}: unknown command {name!r}; add a check for it in this test"
    CHECKS[name](args)


def test_the_checks_refuse_a_wrong_command() -> None:
    with pytest.raises(pytest.fail.Exception):
        check_lstm_grade(["autograde", "ex02_cell", "--no-such-flag"])
    with pytest.raises(AssertionError):
        check_nbgrader(["export", "--exporter",
                        "lstm_grader.nbgrader_ext.canvas_export.CanvasExport",
                        "--CanvasExport.no_such_trait=x"])  # fmt: skip
    with pytest.raises(AssertionError):
        check_pip(["install", "numpy==0.0.1"])
    assert commands("a x \\\n  y  # note\nb && c; d\nV=1 e f\n") == [
        ["a", "x", "y"], ["b"], ["c"], ["d"], ["e", "f"]]  # fmt: skip


@pytest.mark.slow
def test_the_grading_pages_marked_blocks_run_as_written(tmp_path) -> None:
    """The demo submissions of ex02_cell in a fresh copy of the course, registered with
    `lstm-grade setup`; then each marked block of the grading page, in order, as written."""
    page = GUIDE / "grading.md"
    marked = [source for run_it, source in blocks(page) if run_it]
    assert marked, f"{page.name} marks no block to run ({RUN_MARK})"
    course = copy_course(tmp_path / "course")
    students = [s for s, _ in submit_demo(course, ("ex02_cell",))]
    env = course_env()
    setup = subprocess.run(["lstm-grade", "setup"], cwd=course, env=env, text=True,
                           capture_output=True, timeout=900)  # fmt: skip
    assert setup.returncode == 0, setup.stdout[-2000:] + setup.stderr[-3000:]
    for source in marked:
        proc = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", source], cwd=course,
                              env=env, text=True, capture_output=True, timeout=1200)  # fmt: skip
        assert proc.returncode == 0, (
            f"this block of {page.name} failed (exit {proc.returncode}):\n{source}\n"
            f"{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
        )
    for student in students:
        feedback = course / "feedback" / student / "ex02_cell" / "lstm_cell.html"
        assert feedback.is_file(), f"no feedback page {feedback.relative_to(course)}"
    for made in ("grades.csv", "grading_report.csv", "class_report/index.html"):
        assert (course / made).is_file(), f"the blocks did not write {made}"
