"""Similar submissions: pairs of students ranked by how alike their solution cells are.

The detector is copydetect (PyPI ``copydetect``, pinned in requirements.txt): MOSS's winnowing
algorithm (Schleimer, Wilkerson and Aiken, SIGMOD 2003) on code tokenized with Pygments, where
every variable name becomes ``V`` and every function name ``F``, strings ``S``, and comments and
whitespace are dropped; so renaming variables, changing comments and reformatting do not hide a
copy. Its fingerprints of the release's own code (the exercise notebook's code cells: the
function's signature, docstring, stubs) are subtracted as boilerplate before comparing, and so
is code that more than 15% of the class wrote (an idiom of the exercise, as MOSS's ``-m``). It is
chosen over Dolos (npm ``@dodona/dolos-lib``, tree-sitter based, more precise on reordered
blocks) because it is a Python library the grader imports (no Node runtime in the grading
environment), gives the matching regions as character slices of the original code (the side by
side view marks them) and compares 300 students in seconds.

A student's code is the concatenation of the notebook's solution cells (nbgrader ``solution``
code cells), as submitted. A pair's similarity is the smaller of the two fractions of each
student's fingerprinted tokens that the other shares (a short submission inside a long one is
not a copy of the whole); pairs at or above :data:`THRESHOLD` are worth a person's look.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from lstm_grader import paths

NOISE = 16  # k: the shortest match (characters of tokenized code) that counts
GUARANTEE = 16  # every match at least this long is found (= NOISE: every k-gram is kept)
THRESHOLD = 0.8  # similarity at or above which a pair is worth a look (see the module doc)
COMMON = 0.15  # code in more than this fraction of the submissions is subtracted too
MIN_CLASS = 10  # ... when there are at least this many submissions
PREFILTER = THRESHOLD / 3  # share of fingerprints in common below which a pair is not compared
MIN_TOKENS = 40  # a submission with fewer fingerprinted tokens (after boilerplate) is not compared


@dataclass
class Pair:
    """Two students' solution code and how much of it they share."""

    a: str
    b: str
    similarity: float  # min(share_a, share_b)
    share_a: float  # fraction of a's fingerprinted tokens found in b's code
    share_b: float
    code_a: str = field(repr=False, default="")
    code_b: str = field(repr=False, default="")
    slices_a: list[tuple[int, int]] = field(repr=False, default_factory=list)  # in code_a
    slices_b: list[tuple[int, int]] = field(repr=False, default_factory=list)

    def to_dict(self, with_code: bool = False) -> dict:
        d = {"a": self.a, "b": self.b, "similarity": round(self.similarity, 4),
             "share_a": round(self.share_a, 4), "share_b": round(self.share_b, 4)}  # fmt: skip
        if with_code:
            d.update(code_a=self.code_a, code_b=self.code_b,
                     slices_a=self.slices_a, slices_b=self.slices_b)  # fmt: skip
        return d


def solution_code(notebook: dict) -> str:
    """The code of a notebook's solution cells, in order (nbformat 4 JSON as a dict)."""
    parts = []
    for cell in notebook.get("cells") or []:
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        meta = (cell.get("metadata") or {}).get("nbgrader") or {}
        if meta.get("solution"):
            src = cell.get("source", "")
            parts.append("".join(src) if isinstance(src, list) else str(src))
    return "\n\n".join(parts)


def release_code(notebook: dict) -> str:
    """Every code cell of the release notebook (what every student starts from: boilerplate)."""
    parts = []
    for cell in notebook.get("cells") or []:
        if isinstance(cell, dict) and cell.get("cell_type") == "code":
            src = cell.get("source", "")
            parts.append("".join(src) if isinstance(src, list) else str(src))
    return "\n\n".join(parts)


def _read(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8", errors="replace"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def submissions(root: Path, assignment: str, students=None) -> dict[str, str]:
    """student -> solution code of ``submitted/<student>/<assignment>/*.ipynb`` (every student
    with a submission, or those listed)."""
    out = {}
    base = Path(root) / paths.SUBMITTED_DIR
    names = sorted(students) if students is not None else sorted(
        p.name for p in base.glob("*") if (p / assignment).is_dir()
    )  # fmt: skip
    for student in names:
        folder = base / student / assignment
        notebooks = sorted(p for p in folder.glob("*.ipynb") if p.is_file() and not p.is_symlink())
        if notebooks:
            out[student] = "\n\n".join(solution_code(_read(p)) for p in notebooks)
    return out


def boilerplate(root: Path, assignment: str) -> str:
    """The release's code of ``assignment`` (exercises/, else the source notebooks)."""
    for folder in (paths.RELEASE_DIR, paths.SOURCE_DIR):
        notebooks = sorted((Path(root) / folder / assignment).glob("*.ipynb"))
        if notebooks:
            return "\n\n".join(release_code(_read(p)) for p in notebooks)
    return ""


class _Print:
    """What copydetect's ``compare_files`` reads of a ``CodeFingerprint``, made with its own
    functions, from code tokenized once (``filter_code``, the slow part) so that the boilerplate
    can be subtracted again without tokenizing again."""

    def __init__(self, code: str, cache: dict | None = None) -> None:
        from copydetect.utils import filter_code

        self.raw_code = code
        self.k = NOISE
        known = cache.get(code) if cache is not None else None
        if known is not None:
            self.filtered_code, self.offsets = known.filtered_code, known.offsets
            return
        self.filtered_code, self.offsets = filter_code(code, "solution.py", "python")
        if cache is not None:
            cache[code] = self

    def fingerprint(self, boiler) -> _Print:
        from copydetect.utils import get_document_fingerprints, get_token_coverage

        window = GUARANTEE - NOISE + 1
        self.hashes, self.hash_idx = get_document_fingerprints(
            self.filtered_code, self.k, window, boiler
        )
        self.token_coverage = get_token_coverage(self.hash_idx, self.k, len(self.filtered_code))
        return self


def _array(hashes: set[int]):
    import numpy as np

    return np.array(sorted(hashes), dtype=np.int64) if hashes else None


def rank(codes: dict[str, str], release: str = "", keep: int | None = None) -> list[Pair]:
    """Every pair of students that shares code, most similar first (``keep``: only the first
    ``keep`` with their code and marked regions; the others with their figures only)."""
    from copydetect import compare_files

    boiler = set()
    if release.strip():
        boiler = set(_Print(release).fingerprint(None).hashes)
    once: dict[str, _Print] = {}  # identical code (an untouched stub, an exact copy): once
    tokenized = {s: _Print(code, once) for s, code in sorted(codes.items())}
    prints = {s: p.fingerprint(_array(boiler)) for s, p in tokenized.items()}
    if len(prints) >= MIN_CLASS:  # code most of the class wrote is an idiom, not a copy (MOSS -m)
        counts: dict[int, int] = {}
        for fp in prints.values():
            for h in fp.hashes:
                counts[h] = counts.get(h, 0) + 1
        common = {h for h, n in counts.items() if n > COMMON * len(prints)}
        if common:
            boiler |= common
            prints = {s: p.fingerprint(_array(boiler)) for s, p in tokenized.items()}
    usable = [s for s, fp in prints.items() if fp.token_coverage >= MIN_TOKENS]
    # an inverted index: only pairs that share a fingerprint are compared
    owners: dict[int, list[int]] = {}
    for k, s in enumerate(usable):
        for h in prints[s].hashes:
            owners.setdefault(h, []).append(k)
    shared: dict[tuple[int, int], int] = {}
    for ks in owners.values():
        for x in range(len(ks)):
            for y in range(x + 1, len(ks)):
                shared[(ks[x], ks[y])] = shared.get((ks[x], ks[y]), 0) + 1
    sizes = [len(prints[s].hashes) for s in usable]
    pairs = []
    for (x, y), n in sorted(shared.items()):
        if n < PREFILTER * max(sizes[x], sizes[y]):
            continue  # too few fingerprints in common to reach the threshold: not compared
        a, b = usable[x], usable[y]
        _, (sa, sb), (sl_a, sl_b) = compare_files(prints[a], prints[b])
        if sa == 0 and sb == 0:
            continue
        pair = Pair(a, b, float(min(sa, sb)), float(sa), float(sb))
        pair.slices_a = _slices(sl_a)
        pair.slices_b = _slices(sl_b)
        pairs.append(pair)
    pairs.sort(key=lambda p: (-p.similarity, -max(p.share_a, p.share_b), p.a, p.b))
    for k, p in enumerate(pairs):
        if keep is None or k < keep:
            p.code_a, p.code_b = codes[p.a], codes[p.b]
        else:
            p.slices_a, p.slices_b = [], []
    return pairs


def _slices(sl) -> list[tuple[int, int]]:
    if len(sl) != 2 or len(sl[0]) == 0:
        return []
    return [(int(s), int(e)) for s, e in zip(sl[0], sl[1], strict=True)]


def assignment_pairs(root: Path, assignment: str, students=None, keep: int | None = 20):
    """Ranked pairs of ``assignment``'s submissions (of ``students``, default all submitted)."""
    return rank(submissions(root, assignment, students), boilerplate(root, assignment), keep)


def main(root: Path, args) -> int:
    """``lstm-grade similarity ASSIGNMENT [--top N]``: the most similar pairs, printed."""
    from lstm_grader import course, escape

    course.check_assignment(root, args.assignment)
    codes = submissions(root, args.assignment)
    pairs = rank(codes, boilerplate(root, args.assignment), keep=0)
    t = lambda v: escape.terminal(str(v), newlines=False)  # noqa: E731 - students' ids
    above = sum(p.similarity >= THRESHOLD for p in pairs)
    print(f"{t(args.assignment)}: {len(codes)} submissions, {len(pairs)} pairs share code; "
          f"{above} at or above the threshold {THRESHOLD:.0%} (copydetect, release code "
          "subtracted)")  # fmt: skip
    for p in pairs[: args.top]:
        mark = "  <- look" if p.similarity >= THRESHOLD else ""
        print(f"  {p.similarity:6.1%}  {t(p.a)} ~ {t(p.b)}  ({p.share_a:.0%} of {t(p.a)}'s code, "
              f"{p.share_b:.0%} of {t(p.b)}'s){mark}")  # fmt: skip
    print("side by side, matching regions marked: lstm-grade report --html (class_report/)")
    return 0
