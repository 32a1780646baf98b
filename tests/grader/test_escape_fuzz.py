"""The escaping of lstm_grader.escape holds for every input: a Hypothesis fuzz of 10,000+ strings.

For each generated string (hostile characters weighted up: formula starts, controls, escapes,
markup, bidi overrides, lone surrogates, full-width and small forms) each helper's output is
checked against an oracle written here, independently of the helper's own rules:

- CSV: no cell can start a formula (first character, or first after blanks and NFKC, one of
  ``= + - @``, or a tab/CR/LF), also after a round trip through the csv module; no control left;
- HTML: no NUL, no control, no ``< > " '`` (so no markup), and unescaping gives back the text;
- terminal: no ESC, no C0/C1 control but tab and newline, so no control sequence.
Every output can be written as UTF-8 (a lone surrogate used to stop a report).
"""

from __future__ import annotations

import csv
import html
import io
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lstm_grader import csvsafe, escape

EXAMPLES = 10_000
HOSTILE = list("=+-@\t\r\n\x00\x01\x07\x08\x0b\x1b\x7f\x85\x9b\x9d[]();<>\"'&/ ") + [
    "\u202e", "\u2066", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\ufe62", "\ufe63", "\ufe66",
    "\u2212", "\u00a0", "\u3000", "\ud800", "\udfff", "\x1b[2J", "\x1b]0;t\x07", "\x1b\\",
    "=HYPERLINK(", "<script>", "\x9b31m",
]  # fmt: skip
STRINGS = st.lists(
    st.one_of(
        st.sampled_from(HOSTILE),
        st.characters(exclude_categories=()),  # any code point, surrogates included
    ),
    max_size=24,
).map("".join)
CONTROLS = {chr(c) for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)]} - {"\t", "\n"}


def _starts_formula(cell: str) -> bool:
    if cell[:1] in ("=", "+", "-", "@", "\t", "\r", "\n"):
        return True
    head = unicodedata.normalize("NFKC", cell.lstrip()[:4]).lstrip()
    return head[:1] in ("=", "+", "-", "@")


def _no_control(text: str) -> bool:
    return not (set(text) & CONTROLS) and not any("\ud800" <= ch <= "\udfff" for ch in text)


def test_escaping_holds_for_10000_generated_strings():
    seen = []

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(STRINGS)
    def check(value: str) -> None:
        seen.append(value)
        # CSV
        for cell in (escape.csv_cell(value), csvsafe.cell(value)):
            assert not _starts_formula(cell), (value, cell)
            assert _no_control(cell.replace("\r", "").replace("\n", "")), (value, cell)
            buf = io.StringIO()
            csv.writer(buf).writerow([cell, "x"])
            back = next(csv.reader(io.StringIO(buf.getvalue())))[0]
            assert back == cell and not _starts_formula(back), (value, back)
            cell.encode("utf-8")
        # HTML
        out = escape.html(value)
        assert "\x00" not in out and _no_control(out.replace("\n", "")), (value, out)
        assert not set(out) & set("<>\"'"), (value, out)
        assert html.unescape(out) == escape.terminal(value), (value, out)
        out.encode("utf-8")
        # terminal
        for shown in (escape.terminal(value), escape.terminal(value, newlines=False)):
            assert "\x1b" not in shown and _no_control(shown), (value, shown)
            shown.encode("utf-8")
        assert "\n" not in escape.terminal(value, newlines=False)

    check()
    assert len(seen) >= EXAMPLES, f"only {len(seen)} strings were generated"


def test_the_hyperlink_bypass_of_issue_20_is_closed():
    assert escape.csv_cell('\x01=HYPERLINK("http://evil","x")') == '\'=HYPERLINK("http://evil","x")'
    assert escape.csv_cell("\x1b[0m=1+1") == "'=1+1"
    assert escape.csv_cell("\u202e@SUM(A1)") == "'@SUM(A1)"
    assert escape.csv_cell("\ufe66cmd") == "'\ufe66cmd"  # small equals sign: NFKC '='
    assert escape.html("id\x00<b>") == "id&lt;b&gt;"
    assert escape.csv_cell(5) == "5" and escape.html(5) == "5"
