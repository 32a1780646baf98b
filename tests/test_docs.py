"""The documentation tells the truth about the tree it sits in.

- no merge conflict is left in any file git tracks (or would track: new files included);
- every path and module DESIGN.md, README.md and the instructors' pages name exists, and every
  ``:mod:`` reference and ``*.md`` file named in the code does too;
- README.md stays a short entry point: the two commands first, then where `make all`'s results
  are, then a pointer per reader;
- the instructors' guide is a part of the book: every page of book/instructors/ is in _toc.yml.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "book" / "instructors"

# Built from pieces so that this file does not contain the markers it looks for.
MARKERS = re.compile("^(" + "<" * 7 + " |" + "=" * 7 + "$|" + ">" * 7 + " )", re.M)


def tree_files() -> list[Path]:
    """Every file git tracks or would track (untracked and not ignored), else every file outside
    the hidden and generated folders when this is not a git checkout."""
    try:
        out = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT, capture_output=True, check=True, timeout=60,
        ).stdout  # fmt: skip
        names = {n for n in out.decode().split("\0") if n}
        return sorted(ROOT / n for n in names if (ROOT / n).is_file())
    except (OSError, subprocess.CalledProcessError):
        skip = {".venv", "node_modules", "_build", ".git", "__pycache__", ".wheelhouse"}
        return sorted(
            p for p in ROOT.rglob("*") if p.is_file() and not skip & set(p.relative_to(ROOT).parts)
        )


def text_of(path: Path) -> str | None:
    """The file's text, or None for a binary file (a NUL byte in its first 8 kB)."""
    data = path.read_bytes()
    if b"\0" in data[:8192]:
        return None
    return data.decode("utf-8", errors="replace")


def test_no_merge_conflict_markers_anywhere_in_the_tree() -> None:
    found = []
    for path in tree_files():
        text = text_of(path)
        if text is None:
            continue
        for m in MARKERS.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            found.append(f"{path.relative_to(ROOT)}:{line}: {m.group(0).strip()}")
    assert not found, (
        f"{len(found)} merge conflict marker(s) left in the tree; resolve them by checking the "
        "code:\n" + "\n".join(found[:30])
    )


def test_the_marker_pattern_finds_a_conflict_and_ignores_lookalikes() -> None:
    conflict = "a\n" + "<" * 7 + " HEAD\nb\n" + "=" * 7 + "\nc\n" + ">" * 7 + " main\n"
    assert len(MARKERS.findall(conflict)) == 3
    # a notebook's JSON quotes each line, a heading underline is longer, a comment is indented
    lookalikes = '"' + "<" * 7 + ' HEAD\\n",\n' + "=" * 8 + "\n  " + ">" * 7 + " x\n"
    assert not MARKERS.findall(lookalikes)


# ---- paths and modules named in the documentation ---------------------------------------------

TOP = ("lstm_ref", "lstm_grader", "tests", "bench", "scripts", "book", "solutions", "exercises",
       "demo", "binder", "course-tools", ".github", ".ci")  # fmt: skip
ROOTED = re.compile(r"(?<![\w/.-])((?:" + "|".join(re.escape(t) for t in TOP) + r")/[\w./*-]*)")
SUBPACKAGE = re.compile(r"(?<![\w/.-])((?:sandbox|nbgrader_ext|batch|classreport|checks)/[\w./]+)")
BARE_FILE = re.compile(r"`([\w-]+\.(?:py|md|yml|toml|txt|sh))`")
DOTTED = re.compile(r"(?<![\w.])((?:lstm_ref|lstm_grader)(?:\.\w+)+)")
PACKAGES = ("lstm_ref", "lstm_grader", "lstm_ref/checks")


def _file_names() -> set[str]:
    return {p.name for p in tree_files()} | {p.name for p in ROOT.iterdir()}


def resolves(dotted: str) -> bool:
    """``a.b.c`` is a module, or an attribute of the longest module prefix."""
    parts = dotted.split(".")
    for k in range(len(parts), 0, -1):
        name = ".".join(parts[:k])
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec is None:
            continue
        obj = importlib.import_module(name)
        for attr in parts[k:]:
            if not hasattr(obj, attr):
                return False
            obj = getattr(obj, attr)
        return True
    return False


def _exists(base: Path, path: str) -> bool:
    """``path`` under ``base``: a file or folder, a glob that matches, or ``module.attribute``
    (``batch/worker.grade_student``: batch/worker.py)."""
    if "*" in path:
        return bool(list(base.glob(path)))
    if (base / path).exists():
        return True
    folder, _, last = path.rpartition("/")
    stem = last.split(".")[0]
    return "." in last and not last.endswith(".py") and (base / folder / f"{stem}.py").is_file()


def missing_names(text: str) -> list[str]:
    """The paths, files and modules ``text`` names that do not exist in this tree."""
    missing = []
    for m in ROOTED.finditer(text):
        path = m.group(1).rstrip(".")
        if not _exists(ROOT, path):
            missing.append(path)
    for m in SUBPACKAGE.finditer(text):
        path = m.group(1).rstrip(".")
        if not any(_exists(ROOT / pkg, path) for pkg in PACKAGES):
            missing.append(path)
    names = _file_names()
    for m in BARE_FILE.finditer(text):
        if m.group(1) not in names:
            missing.append(m.group(1))
    for m in DOTTED.finditer(text):
        if not resolves(m.group(1)):
            missing.append(m.group(1))
    return sorted(set(missing))


DOCUMENTS = [ROOT / "DESIGN.md", ROOT / "README.md", ROOT / "bench" / "README.md",
             *sorted(GUIDE.glob("*.md"))]  # fmt: skip


@pytest.mark.parametrize("doc", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_path_and_module_the_document_names_exists(doc: Path) -> None:
    missing = missing_names(doc.read_text())
    assert not missing, (
        f"{doc.relative_to(ROOT)} names {len(missing)} path(s) or module(s) that do not exist "
        f"(moved or renamed? update the document): {missing}"
    )


def test_the_name_check_catches_a_moved_module() -> None:
    assert missing_names("`lstm_grader/executor.py` and `lstm_grader.executor`") == [
        "lstm_grader.executor", "lstm_grader/executor.py"]  # fmt: skip
    assert missing_names("`lstm_grader/sandbox/cgroup.py`, `sandbox/launch.py`, `limits.py`") == []
    assert missing_names("`lstm_ref.gates.GATES`, `lstm_ref.gates.NOPE`") == ["lstm_ref.gates.NOPE"]


MOD_REF = re.compile(r":mod:`~?((?:lstm_ref|lstm_grader)[\w.]*)`")
UPPER_MD = re.compile(r"\b([A-Z][A-Z_]+\.md)\b")


def test_code_refers_only_to_modules_and_documents_that_exist() -> None:
    """Docstrings' ``:mod:`` references resolve, and a file like DESIGN.md that the code or the
    tests name is in the tree (a stale reference once pointed at a contract file long gone)."""
    names = _file_names()
    bad = []
    for path in tree_files():
        if path.suffix != ".py":
            continue
        text = path.read_text()
        rel = path.relative_to(ROOT)
        bad += [f"{rel}: :mod:`{m}`" for m in MOD_REF.findall(text) if not resolves(m)]
        bad += [f"{rel}: {m}" for m in UPPER_MD.findall(text) if m not in names]
    assert not bad, "references to modules or documents that do not exist:\n" + "\n".join(bad)


# ---- README.md: a short entry point -----------------------------------------------------------


def test_readme_is_short_and_starts_with_the_two_commands() -> None:
    text = (ROOT / "README.md").read_text()
    lines = text.splitlines()
    assert len(lines) <= 160, f"README.md has {len(lines)} lines; keep it under about 150"
    first_block = re.search(r"```bash\n(.*?)```", text, re.S)
    assert first_block, "README.md has no bash block"
    commands = [ln.split("#")[0].strip() for ln in first_block.group(1).splitlines()]
    assert commands == ["make all", "make test"], (
        f"README.md's first commands must be `make all` and `make test`, not {commands}"
    )
    makefile = (ROOT / "Makefile").read_text()
    for target in ("all", "test"):
        assert re.search(rf"^{target}:", makefile, re.M), f"Makefile has no target {target}"


def test_readme_says_where_make_all_put_the_book_the_feedback_and_the_class_report() -> None:
    text = (ROOT / "README.md").read_text()
    for where in ("_build/html/index.html", "feedback/", "class_report/index.html", "grades.csv"):
        assert f"`{where}" in text, f"README.md does not say where to find {where}"
    for guide in ("book/exercises.md", "book/instructors/index.md", "DESIGN.md"):
        assert f"]({guide})" in text, f"README.md does not link {guide}"


def test_readme_links_point_at_files_that_exist() -> None:
    text = (ROOT / "README.md").read_text()
    links = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", text)
    local = [link for link in links if "://" not in link]
    assert local, "README.md links no file"
    missing = [link for link in local if not (ROOT / link).exists()]
    assert not missing, f"README.md links files that do not exist: {missing}"


# ---- the instructors' guide is part of the book -----------------------------------------------


def _toc_files() -> list[str]:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text())
    files = [toc["root"]]

    def walk(entries):
        for entry in entries or []:
            if "file" in entry:
                files.append(entry["file"])
            walk(entry.get("sections"))

    for part in toc.get("parts", []):
        walk(part.get("chapters"))
    return files


def test_every_instructors_page_is_in_the_book() -> None:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text())
    captions = [p.get("caption") for p in toc.get("parts", [])]
    assert "For instructors" in captions, f"_toc.yml has no part 'For instructors': {captions}"
    pages = {p.relative_to(ROOT).with_suffix("").as_posix() for p in GUIDE.glob("*.md")}
    assert pages, "book/instructors/ has no page"
    missing = sorted(pages - set(_toc_files()))
    assert not missing, f"pages of book/instructors/ missing from _toc.yml (not built): {missing}"


@pytest.mark.parametrize("word", ["Dask", "Canvas", "Moodle", "PostgreSQL", "JupyterHub"])
def test_the_instructors_guide_covers(word: str) -> None:
    pages = [p.name for p in GUIDE.glob("*.md") if word in p.read_text()]
    assert pages, f"no page of book/instructors/ mentions {word}"


# ---- CI: the GitHub workflow runs what .ci/run runs ---------------------------------------------


def test_the_github_workflow_runs_the_make_targets_of_ci_run() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "tests.yml").read_text())
    runs = {name: [line.strip() for step in job["steps"] if "run" in step
                   for line in step["run"].splitlines() if line.strip()]
            for name, job in workflow["jobs"].items()}  # fmt: skip
    ci_run = [ln.strip() for ln in (ROOT / ".ci" / "run").read_text().splitlines()
              if ln.strip().startswith("make ")]  # fmt: skip
    assert ci_run == ["make test"], f".ci/run runs {ci_run}"
    assert "make test" in runs["full"], f"the full job does not run `make test`: {runs['full']}"
    assert "make test-fast" in runs["fast"] and "make lint" in runs["fast"], runs
    for name, lines in runs.items():
        for line in lines:
            assert line.startswith("make "), (
                f"job {name} runs {line!r}: CI runs make targets only (the Makefile is the one "
                "place for every command)"
            )
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r'^test-fast: setup\n\t\$\(BIN\)/python -m pytest -m "not slow"$', makefile,
                     re.M), "make test-fast is not `pytest -m \"not slow\"`"  # fmt: skip
    on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads the key `on` as True
    assert {"push", "pull_request", "schedule"} <= set(on), f"the workflow runs on {on}"
