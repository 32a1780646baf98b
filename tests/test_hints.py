"""lstm_ref.hints: every graded function has three hints, from general to specific, none of which
contains code from the solution (the exercises' copy rule, tests/copy_rule.py, applied to the
hints), and every finding id it names is one the checks report."""

from __future__ import annotations

import ast
import difflib
import json
import re
import sys
from pathlib import Path

import pytest

from lstm_ref import hints
from lstm_ref.checks.findings import KINDS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from copy_rule import COPY, similarity  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
WORD = re.compile(r"\w+|[^\w\s]")
#: the longest run of tokens a hint may share with a solution: the gate order "(i, f, g, o)", which
#: every exercise states, is 9 tokens; a line of code such as "c_next = f * c + i * g" is 11
LONGEST_SHARED_RUN = 9


def solution_sources() -> dict[str, str]:
    """graded function name -> its solution's source, docstrings and comments dropped."""
    found = {}
    for path in sorted((REPO / "solutions").glob("*/*.ipynb")):
        for cell in json.loads(path.read_text())["cells"]:
            if cell["cell_type"] != "code" or not cell["metadata"].get("nbgrader", {}).get(
                "solution"
            ):
                continue
            for node in ast.parse("".join(cell["source"])).body:
                if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                    for sub in ast.walk(node):
                        body = getattr(sub, "body", None)
                        if (
                            isinstance(sub, (ast.FunctionDef, ast.ClassDef))
                            and body
                            and isinstance(body[0], ast.Expr)
                            and isinstance(body[0].value, ast.Constant)
                        ):
                            sub.body = body[1:] or [ast.Pass()]
                    found[node.name] = ast.unparse(node)
    return found


SOLUTIONS = solution_sources()


def test_every_graded_function_has_hints_and_only_those() -> None:
    assert set(hints.FUNCTIONS) == set(SOLUTIONS)


@pytest.mark.parametrize("function", sorted(SOLUTIONS))
def test_three_levels_general_to_specific(function: str) -> None:
    texts = [hints.hint_text(function, level) for level in (1, 2, 3)]
    assert len(set(texts)) == 3, f"{function}: the three hints are not all different"
    page = hints._HINTS[function][0]
    assert hints.page_url(page) in texts[2], f"{function}: level 3 names no chapter page"
    shown = hints.hint(function, 1)
    assert shown.startswith(f"{function}, hint 1 of 3: ") and f"hint({function!r}, 2)" in shown


@pytest.mark.parametrize("function", sorted(SOLUTIONS))
@pytest.mark.parametrize("level", [1, 2, 3])
def test_no_hint_contains_the_solutions_code(function: str, level: int) -> None:
    text = hints.hint_text(function, level)
    for marker in ("np.", "@", "`", "def ", "return ", "[:", "self."):
        assert marker not in text, f"hint({function!r}, {level}) has code: {marker!r}"
    hint_tokens = tuple(WORD.findall(text))
    for name, source in SOLUTIONS.items():
        code_tokens = tuple(WORD.findall(source))
        score = similarity(hint_tokens, code_tokens)
        assert score < COPY, f"hint({function!r}, {level}) ~ solution {name}: {score:.2f}"
        match = difflib.SequenceMatcher(None, hint_tokens, code_tokens, autojunk=False)
        run = match.find_longest_match(0, len(hint_tokens), 0, len(code_tokens))
        shared = " ".join(hint_tokens[run.a : run.a + run.size])
        assert run.size <= LONGEST_SHARED_RUN, (
            f"hint({function!r}, {level}) shares {run.size} tokens in a row with the solution "
            f"of {name}: {shared}"
        )


def test_the_level_3_sections_exist_in_their_chapters() -> None:
    for function in hints.FUNCTIONS:
        page, section = hints._HINTS[function][:2]
        cells = json.loads((REPO / f"{page}.ipynb").read_text())["cells"]
        headings = {
            line[3:].strip()
            for c in cells
            if c["cell_type"] == "markdown"
            for line in "".join(c["source"]).splitlines()
            if line.startswith("## ")
        }
        assert section in headings, f"{function}: {page} has no section {section!r}"


def test_findings_map_to_existing_kinds_and_hints() -> None:
    for finding, (function, level) in hints.HINTS_FOR_FINDING.items():
        assert finding in KINDS, f"{finding} is not a finding kind of lstm_ref.checks"
        assert function in hints.FUNCTIONS and level in (1, 2, 3), (finding, function, level)
    # every finding that names a mistake (not only where the error is) has a hint
    named = {k for k in KINDS if not k.startswith(("call.", "args.", "located.", "result."))}
    assert named <= set(hints.HINTS_FOR_FINDING), sorted(named - set(hints.HINTS_FOR_FINDING))


def test_unknown_function_or_level_is_refused_with_the_choices() -> None:
    with pytest.raises(KeyError, match="lstm_cell"):
        hints.hint("lstm_step", 1)
    with pytest.raises(ValueError, match="1, 2 or 3"):
        hints.hint("lstm_cell", 4)


@pytest.mark.parametrize("path", sorted((REPO / "exercises").glob("*/*.ipynb")), ids=str)
def test_every_exercise_tells_how_to_get_its_hints(path: Path) -> None:
    intro = "".join(json.loads(path.read_text())["cells"][0]["source"])
    cells = json.loads((REPO / "solutions" / path.parent.name / path.name).read_text())["cells"]
    graded = [
        node.name
        for c in cells
        if c["cell_type"] == "code" and c["metadata"].get("nbgrader", {}).get("solution")
        for node in ast.parse("".join(c["source"])).body
        if isinstance(node, (ast.FunctionDef, ast.ClassDef))
    ]
    assert graded and "from lstm_ref.hints import hint" in intro, path.name
    for name in graded:
        assert f'hint("{name}", 1)' in intro, f"{path.name}: no hint for {name}"
