"""The student path: the wheel alone, in a fresh venv outside the repository, offline.

One module-scoped venv (made once, about a minute): the wheel built here with ``python -m build``,
the course's pins of numpy, torch, matplotlib and tqdm (the wheel's ``book`` extra) and what runs
notebooks (ipykernel, nbclient), installed with ``pip --no-index`` from the built wheel and the
wheelhouse ``make setup`` downloaded (.wheelhouse/), inside a network namespace with no network
where the machine allows one (``unshare -n``). Nothing downloads. The notebooks run with that
venv's Python in isolated mode, from copies in a temporary folder: the repository is neither the
working directory nor on ``sys.path``. Then: every chapter runs; every exercise runs with its
solutions filled in (the visible tests pass) and with a wrong one (the diagnosis shows); the
set-up cell, with lstm_ref uninstalled, installs it from a local wheel standing in for the index.
A second fresh venv installs binder/requirements.txt the way repo2docker does: the same versions as
the student venv (so the chapters' run there stands for Binder), and one chapter runs in it.
"""

from __future__ import annotations

import email
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest
from wrong_solutions import WRONG

import lstm_ref
from lstm_ref import setup_cell

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
WHEELHOUSE = REPO / ".wheelhouse"
DRIVER = Path(__file__).with_name("run_notebooks.py")
SETUP_SCRIPT = REPO / "scripts" / "write_setup_cells.py"
LOWEST_NUMPY = "1.26.4"  # the package requires numpy>=1.26 (make setup downloads this one)
# "small": the reference and the checks with their diagnosis, ~200 kB at 0cef66c (pure Python, no
# data); a jump past this is a file that should not be in it
MAX_WHEEL_BYTES = 300_000
CALLS_A_CHECK = re.compile(r"^check_\w+\(", re.M)  # a visible test cell's call
SOLUTION_MARKS = re.compile(r"^[ \t]*### (BEGIN|END) SOLUTION[ \t]*\n", re.M)


# ---------------------------------------------------------------- helpers


def _offline(cmd: list[str]) -> list[str]:
    """``cmd`` in a new network namespace with only loopback, where the machine allows one."""
    if shutil.which("unshare") and shutil.which("ip"):
        probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
        if probe.returncode == 0:
            return ["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$0" "$@"', *cmd]
    return cmd


def _env(venv: Path, **extra: str) -> dict[str, str]:
    """A clean environment: the venv first on PATH, no pip configuration, no PYTHONPATH."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV", "JUPYTER"))
    }
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}/usr/bin:/bin"
    env["PIP_CONFIG_FILE"] = os.devnull  # neither the machine's index nor its find-links
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["VIRTUAL_ENV"] = str(venv)
    env.update(extra)
    return env


def _run(cmd, *, env, cwd, timeout=900) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [str(c) for c in cmd], env=env, cwd=cwd, text=True, capture_output=True, timeout=timeout
    )
    assert done.returncode == 0, (
        f"{' '.join(map(str, cmd))} failed ({done.returncode}):\n{done.stdout[-3000:]}\n"
        f"{done.stderr[-3000:]}"
    )
    return done


def _pip_install(venv: Path, args: list, *, cwd: Path, find_links: list[Path]) -> None:
    links = [a for d in find_links for a in ("--find-links", str(d))]
    cmd = [venv / "bin" / "python", "-m", "pip", "install", "-q", "--no-index", *links, *args]
    _run(_offline([str(c) for c in cmd]), env=_env(venv), cwd=cwd)


def _new_venv(path: Path) -> Path:
    _run([sys.executable, "-m", "venv", path], env=_env(path), cwd=path.parent)
    return path


def _execute(venv: Path, jobs: list[dict], work: Path, **env: str) -> list[nbformat.NotebookNode]:
    """Execute ``jobs`` (notebook, cwd, out) with the venv's Python; the executed notebooks."""
    jobs_file = work / f"jobs-{len(list(work.glob('jobs-*.json')))}.json"
    jobs_file.write_text(json.dumps(jobs))
    driver = work / DRIVER.name
    shutil.copy2(DRIVER, driver)
    cmd = _offline([str(venv / "bin" / "python"), "-I", str(driver), str(jobs_file)])
    done = _run(cmd, env=_env(venv, **env), cwd=work, timeout=1800)
    print(done.stdout)
    return [nbformat.read(job["out"], as_version=4) for job in jobs]


def _errors(nb) -> list[tuple[int, str, str]]:
    """(cell index, ename, evalue) of every error output."""
    return [
        (i, out.get("ename", ""), out.get("evalue", ""))
        for i, cell in enumerate(nb.cells)
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if out.get("output_type") == "error"
    ]


def _setup(nb):
    """The notebook's set-up cell: its first code cell."""
    return next(c for c in nb.cells if c.cell_type == "code")


def _text(cell) -> str:
    return "".join(o.get("text", "") for o in cell.get("outputs", []) if o.output_type == "stream")


def _grade_id(cell) -> str | None:
    return cell.metadata.get("nbgrader", {}).get("grade_id")


def _solutions(assignment: str, name: str) -> dict[str, str]:
    """The solution cells' code (markers removed) of solutions/<assignment>/<name>, by grade_id."""
    nb = nbformat.read(REPO / "solutions" / assignment / name, as_version=4)
    return {
        _grade_id(c): SOLUTION_MARKS.sub("", c.source)
        for c in nb.cells
        if c.metadata.get("nbgrader", {}).get("solution")
    }


def _copy_chapters(dest: Path) -> list[Path]:
    """The chapters and what they read (book/ without its build), copied to ``dest``."""
    shutil.copytree(REPO / "book", dest, ignore=shutil.ignore_patterns("_build", ".*"))
    return sorted(dest.glob("*.ipynb"))


EXERCISES = sorted((REPO / "exercises").glob("*/*.ipynb"))
CHAPTERS = sorted((REPO / "book").glob("*.ipynb"))


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The student wheel, built by ``python -m build`` from a clean copy of the package's files,
    reproducibly, as ``make wheel`` and scripts/write_setup_cells.py build it (the set-up cell
    pins its hash)."""
    if not (WHEELHOUSE / ".done").is_file():
        pytest.fail(f"{WHEELHOUSE} is missing: run `make setup` (it downloads the wheelhouse)")
    spec = importlib.util.spec_from_file_location("setup_cell_script", SETUP_SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    built = script.build_wheel(tmp_path_factory.mktemp("dist"))
    print(f"\nstudent wheel: {built.name}, {built.stat().st_size} bytes")
    return built


@pytest.fixture(scope="module")
def student_venv(tmp_path_factory, wheel) -> Path:
    """A fresh venv outside the repository with only the wheel and what runs notebooks."""
    venv = _new_venv(tmp_path_factory.mktemp("student") / "venv")
    spec = f"lstm-ref[book]=={lstm_ref.__version__}"
    _pip_install(
        venv,
        [spec, "ipykernel", "nbclient", "-c", REPO / "requirements.txt"],
        cwd=venv.parent,
        find_links=[wheel.parent, WHEELHOUSE],
    )
    return venv


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("work")


# ---------------------------------------------------------------- the wheel


def test_wheel_holds_lstm_ref_only_and_is_small(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = sorted({n.split("/", 1)[0] for n in names})
    print(f"wheel {wheel.name}: {wheel.stat().st_size} bytes, {len(names)} files, tops {tops}")
    assert tops == ["lstm_ref", f"lstm_ref-{lstm_ref.__version__}.dist-info"], tops
    assert "lstm_ref/checks/__init__.py" in names and "lstm_ref/run_notebook.py" in names
    assert not [n for n in names if "lstm_grader" in n or n.endswith(".ipynb")]
    assert wheel.stat().st_size < MAX_WHEEL_BYTES, f"{wheel.stat().st_size} bytes"


def test_wheel_metadata_requires_numpy_only(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        meta = email.message_from_bytes(
            zf.read(f"lstm_ref-{lstm_ref.__version__}.dist-info/METADATA")
        )
    requires = meta.get_all("Requires-Dist") or []
    required = [r for r in requires if "extra ==" not in r]
    print(f"Version: {meta['Version']}\nRequires-Dist (required): {required}")
    print(f"Requires-Dist (extras): {[r for r in requires if 'extra ==' in r]}")
    assert meta["Name"] == setup_cell.DISTRIBUTION and meta["Version"] == lstm_ref.__version__
    lowest = ".".join(LOWEST_NUMPY.split(".")[:2])  # the bound the numpy-1.26 test stands for
    assert [r.replace(" ", "") for r in required] == [f"numpy>={lowest}"], required
    assert any(r.startswith("torch") and 'extra == "torch"' in r for r in requires), requires


# ---------------------------------------------------------------- the student venv


def test_venv_holds_the_package_from_the_wheel_not_the_repository(student_venv, work) -> None:
    probe = work / "probe.py"
    probe.write_text(
        "import json, sys, lstm_ref, numpy, torch\n"
        "print(json.dumps({'file': lstm_ref.__file__, 'path': sys.path,"
        " 'version': lstm_ref.__version__, 'numpy': numpy.__version__,"
        " 'torch': torch.__version__}))\n"
    )
    out = _run([student_venv / "bin" / "python", probe], env=_env(student_venv), cwd=work)
    info = json.loads(out.stdout)
    assert info["file"].startswith(str(student_venv)), info["file"]
    assert not [p for p in info["path"] if p.startswith(str(REPO))], info["path"]
    assert info["version"] == lstm_ref.__version__
    assert (info["numpy"], info["torch"].split("+")[0]) == ("2.4.6", "2.13.0"), info
    freeze = _run(
        [student_venv / "bin" / "python", "-m", "pip", "freeze"], env=_env(student_venv), cwd=work
    ).stdout
    assert "lstm_grader" not in freeze and "nbgrader" not in freeze and "jupyter-book" not in freeze


def test_every_chapter_runs_in_the_student_venv(student_venv, work) -> None:
    chapters = _copy_chapters(work / "book")
    assert [c.name for c in chapters] == [c.name for c in CHAPTERS]
    jobs = [{"notebook": str(c), "cwd": str(c.parent), "out": str(c)} for c in chapters]
    for path, nb in zip(chapters, _execute(student_venv, jobs, work), strict=True):
        assert not _errors(nb), f"{path.name}: {_errors(nb)}"
        first = _setup(nb)
        assert first.source == setup_cell.source(), f"{path.name}: no set-up cell first"
        assert first.outputs == [], f"{path.name}: the set-up cell printed {first.outputs}"


def _exercise_jobs(work: Path, wrong: bool, tag: str = "") -> list[tuple[Path, dict, str | None]]:
    """Each exercise with its solutions filled in; if ``wrong``, one of them as WRONG has it."""
    jobs = []
    for exercise in EXERCISES:
        assignment, name = exercise.parent.name, exercise.name
        solutions = _solutions(assignment, name)
        broken = None
        if wrong:
            broken = next((gid for gid in solutions if gid in WRONG), None)
            assert broken, f"{assignment}: no wrong solution in tests/student/wrong_solutions.py"
            line, student_line, _ = WRONG[broken]
            assert line in solutions[broken], (
                f"{assignment}/{broken}: the solution no longer has {line!r}: update WRONG"
            )
            solutions[broken] = solutions[broken].replace(line, student_line)
        nb = nbformat.read(exercise, as_version=4)
        for cell in nb.cells:
            if cell.metadata.get("nbgrader", {}).get("solution"):
                cell.source = solutions[_grade_id(cell)]
        folder = work / (("wrong" if wrong else "right") + tag) / assignment
        folder.mkdir(parents=True)
        path = folder / name  # the file name the grader expects
        nbformat.write(nb, path)
        jobs.append((path, {"notebook": str(path), "cwd": str(folder), "out": str(path)}, broken))
    return jobs


def test_every_exercise_passes_its_visible_tests_when_solved(student_venv, work) -> None:
    jobs = _exercise_jobs(work, wrong=False)
    for (path, _, _), nb in zip(
        jobs, _execute(student_venv, [j for _, j, _ in jobs], work), strict=True
    ):
        assert not _errors(nb), f"{path.parent.name}: {_errors(nb)}"
        checks = [c for c in nb.cells if CALLS_A_CHECK.search(c.source)]  # the visible tests
        assert checks and all(_text(c).strip() for c in checks), f"{path.parent.name}: silent"


def test_every_exercise_shows_the_diagnosis_of_a_wrong_solution(student_venv, work) -> None:
    jobs = _exercise_jobs(work, wrong=True)
    for (path, _, broken), nb in zip(
        jobs, _execute(student_venv, [j for _, j, _ in jobs], work), strict=True
    ):
        expected = WRONG[broken][2]
        failed = {
            _grade_id(nb.cells[i]): (ename, evalue)
            for i, ename, evalue in _errors(nb)
            if nb.cells[i].metadata.get("nbgrader", {}).get("grade")
        }
        fixed = [(gid, e) for gid, e in failed.items() if gid == f"test_{broken}_fixed"]
        assert fixed, f"{path.parent.name}: no visible test failed for {broken}: {failed}"
        for gid, (ename, evalue) in fixed:
            assert ename == "CheckFailure", f"{gid}: {ename}: {evalue[:500]}"
            assert expected in evalue, f"{gid}: no {expected!r} in: {evalue[:800]}"
        print(f"{path.parent.name} ({broken}): {fixed[0][1][1].splitlines()[0]}")


def test_lstm_validate_passes_a_solved_exercise_and_names_the_failing_cell(
    student_venv, work
) -> None:
    """The student's validate command (the wheel's console script), without nbgrader."""
    validate = student_venv / "bin" / "lstm-validate"
    right = next(
        p for p, _, _ in _exercise_jobs(work, wrong=False, tag="-validate") if "ex02" in str(p)
    )
    wrong = next(
        p for p, _, _ in _exercise_jobs(work, wrong=True, tag="-validate") if "ex02" in str(p)
    )
    env = _env(student_venv)
    ok = subprocess.run([validate, right], env=env, cwd=work, capture_output=True, text=True)
    assert ok.returncode == 0 and ok.stdout.strip() == f"{right}: passed", ok.stdout + ok.stderr
    bad = subprocess.run([validate, wrong], env=env, cwd=work, capture_output=True, text=True)
    print(bad.stdout)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "(test_lstm_cell_fixed): CheckFailure: lstm_cell: wrong values" in bad.stdout
    assert WRONG["lstm_cell"][2] in bad.stdout


def test_setup_cell_installs_the_missing_package_from_a_local_wheel(
    student_venv, wheel, work
) -> None:
    py = student_venv / "bin" / "python"
    _run([py, "-m", "pip", "uninstall", "-y", "-q", "lstm-ref"], env=_env(student_venv), cwd=work)
    index = work / "index"  # the package index, played by a folder that holds only the wheel
    index.mkdir()
    shutil.copy2(wheel, index / wheel.name)
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(setup_cell.source()),
        nbformat.v4.new_code_cell(
            "import lstm_ref\nprint(lstm_ref.__version__, lstm_ref.__file__)"
        ),
        nbformat.v4.new_code_cell(setup_cell.source()),  # run again: now it has nothing to do
    ]
    path = work / "setup" / "setup.ipynb"
    path.parent.mkdir()
    nbformat.write(nb, path)
    job = {"notebook": str(path), "cwd": str(path.parent), "out": str(path)}
    pip_env = {"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": f"{index} {WHEELHOUSE}"}
    try:
        (done,) = _execute(student_venv, [job], work, **pip_env)
    finally:  # leave the venv as the other tests expect it, whatever happened
        _pip_install(
            student_venv,
            [f"lstm-ref=={lstm_ref.__version__}"],
            cwd=work,
            find_links=[wheel.parent],
        )
    assert not _errors(done), _errors(done)
    said = _text(done.cells[0]).strip()
    print(f"set-up cell: {said}")
    assert said.splitlines() == [said], f"more than one line: {said!r}"
    assert said == (
        f"Installed lstm_ref {lstm_ref.__version__} from the package index: "
        f"pip install lstm-ref[book]=={lstm_ref.__version__}."
    ), said
    version, file = _text(done.cells[1]).split()
    assert version == lstm_ref.__version__ and file.startswith(str(student_venv)), (version, file)
    assert _text(done.cells[2]) == "" and done.cells[2].outputs == []


def test_exercises_pass_with_the_lowest_numpy_the_package_allows(student_venv, work) -> None:
    """numpy>=1.26, the wheel's lower bound: the solved exercises pass with numpy 1.26 too."""
    pip = [student_venv / "bin" / "python", "-m", "pip"]
    _pip_install(student_venv, [f"numpy=={LOWEST_NUMPY}"], cwd=work, find_links=[WHEELHOUSE])
    try:
        jobs = _exercise_jobs(work, wrong=False, tag="-numpy-1.26")
        executed = _execute(student_venv, [j for _, j, _ in jobs], work)
        listed = _run([*pip, "list"], env=_env(student_venv), cwd=work).stdout
    finally:
        _pip_install(student_venv, ["numpy==2.4.6"], cwd=work, find_links=[WHEELHOUSE])
    assert re.search(rf"^numpy\s+{re.escape(LOWEST_NUMPY)}$", listed, re.M), listed
    for (path, _, _), nb in zip(jobs, executed, strict=True):
        assert not _errors(nb), f"{path.parent.name} with numpy {LOWEST_NUMPY}: {_errors(nb)}"


# ---------------------------------------------------------------- binder


def test_binder_requirements_pin_what_the_student_venv_has() -> None:
    pins = {}
    for line in (REPO / "binder" / "requirements.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==")
            pins[name.lower()] = version
    course = {
        line.split("==")[0].lower(): line.split("==")[1]
        for line in (REPO / "requirements.txt").read_text().splitlines()
        if "==" in line and not line.startswith("#")
    }
    assert {"numpy", "torch", "jupyterlab"} <= set(pins), pins
    assert {k: course.get(k) for k in pins} == pins, "binder/requirements.txt differs from the pins"
    assert ".[book]" in (REPO / "binder" / "requirements.txt").read_text()
    assert (REPO / "binder" / "runtime.txt").read_text().strip() == "python-3.11"


def test_binder_requirements_install_in_a_fresh_venv_and_run_the_chapters(
    tmp_path_factory, student_venv, work
) -> None:
    """binder/requirements.txt installs offline in a fresh venv, as repo2docker runs it. Every
    package the student venv has is there at the same version (asserted), so the student venv's
    run of every chapter stands for this one; here one chapter runs as a smoke test."""
    venv = _new_venv(tmp_path_factory.mktemp("binder") / "venv")
    # As repo2docker does: pip install -r binder/requirements.txt in the repository's root
    # (".[book]" is the repository), with build isolation (setuptools from the wheelhouse).
    _pip_install(venv, ["-r", "binder/requirements.txt"], cwd=REPO, find_links=[WHEELHOUSE])
    shutil.rmtree(REPO / "build", ignore_errors=True)  # what the in-tree build left
    _run([venv / "bin" / "python", "-m", "pip", "check"], env=_env(venv), cwd=work)
    lab = _run([venv / "bin" / "jupyter", "lab", "--version"], env=_env(venv), cwd=work)
    assert lab.stdout.strip() == "4.6.6"

    def versions(v: Path) -> dict[str, str]:
        out = _run(
            [v / "bin" / "python", "-m", "pip", "list", "--format=json"], env=_env(v), cwd=work
        )
        return {p["name"].lower().replace("_", "-"): p["version"] for p in json.loads(out.stdout)}

    student, binder = versions(student_venv), versions(venv)
    differ = {k: (v, binder.get(k)) for k, v in student.items() if binder.get(k) != v}
    differ.pop("pip", None)  # the venvs' own pip, not a dependency
    differ.pop("setuptools", None)
    assert differ == {}, f"student venv vs binder venv: {differ}"
    chapters = _copy_chapters(work / "binder-book")
    smoke = [c for c in chapters if c.name.startswith("03_")]
    jobs = [{"notebook": str(c), "cwd": str(c.parent), "out": str(c)} for c in smoke]
    for path, nb in zip(smoke, _execute(venv, jobs, work), strict=True):
        assert not _errors(nb), f"{path.name}: {_errors(nb)}"
        assert _setup(nb).outputs == [], f"{path.name}: {_setup(nb).outputs}"


def test_the_exercises_pages_commands_run_as_written(wheel, work) -> None:
    """book/exercises.md's commands for Linux and macOS, as the page writes them, in a fresh
    folder outside the repository, offline: pip finds the wheel and the wheelhouse through its
    environment (PIP_NO_INDEX, PIP_FIND_LINKS) where the page's line reaches the package index.
    Two lines are changed, and only these: ``jupyter lab X`` becomes ``jupyter lab --version``
    (a server would not return) and the notebook named is a solved copy of the exercise."""
    page = (REPO / "book" / "exercises.md").read_text()
    blocks = re.findall(r"```bash\n(.*?)```", page, re.S)
    setup = next(b for b in blocks if "python3 -m venv" in b)
    validate = [line for b in blocks for line in b.splitlines() if line.startswith("lstm-validate")]
    assert validate, "the page names no lstm-validate command"
    folder = work / "page"
    folder.mkdir()
    jobs = _exercise_jobs(work, wrong=False, tag="-page")
    right = next(p for p, _, _ in jobs if "ex02" in str(p))
    shutil.copy2(right, folder / right.name)
    script = re.sub(r"^jupyter lab .*$", "jupyter lab --version", setup, flags=re.M)
    script = "set -e\n" + script + "\n".join(validate) + "\n"
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV", "JUPYTER"))
    }
    python = work / "python-only"  # the page's python3: this interpreter, nothing else of ours
    python.mkdir()
    (python / "python3").symlink_to(Path(getattr(sys, "_base_executable", sys.executable)))
    env |= {
        "PATH": f"{python}:/usr/bin:/bin",
        "PIP_CONFIG_FILE": os.devnull,
        "PIP_NO_INDEX": "1",
        "PIP_FIND_LINKS": f"{wheel.parent} {WHEELHOUSE}",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    done = subprocess.run(
        _offline(["bash", "-c", script]),
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert done.returncode == 0, f"{script}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    assert f"{right.name}: passed" in done.stdout, done.stdout
