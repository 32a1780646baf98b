"""README's limits table says what lstm_grader/limits.py defines: every limit, its value."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from lstm_grader.limits import Limits

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_lists_every_limit_with_its_value():
    text = README.read_text()
    table = text.split("<!-- BEGIN limits table", 1)[1].split("<!-- END limits table", 1)[0]
    listed = dict(re.findall(r"^\| `(\w+)` \| (.+?) \|$", table, re.M))
    expected = {f.name: repr(getattr(Limits(), f.name)) for f in dataclasses.fields(Limits)}
    assert listed == expected, f"README limits table: {listed}, Limits(): {expected}"
