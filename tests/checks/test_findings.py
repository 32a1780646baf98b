"""The structured findings every CheckFailure carries (interface 2)."""

import pathlib

import numpy as np
import pytest
import yaml

from lstm_ref.checks import CheckFailure, check_lstm_cell, check_sigmoid
from lstm_ref.checks.findings import KINDS, Finding

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_every_kind_points_at_a_book_page_in_the_toc():
    toc = (ROOT / "_toc.yml").read_text()
    files = {line.split("file:")[1].strip() for line in toc.splitlines() if "file:" in line}
    assert yaml.safe_load(toc)  # the toc parses
    for kind in KINDS.values():
        page = kind.chapter.split("#")[0]
        assert page in files, (kind.id, page)
        assert (ROOT / f"{page}.ipynb").exists(), page


def test_a_failure_without_a_name_still_has_a_localisation_finding():
    def off_by_a_bit(z):
        return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50))) + 1e-3

    with pytest.raises(CheckFailure) as info:
        check_sigmoid(off_by_a_bit, cases="fixed")
    (f,) = info.value.findings
    assert isinstance(f, Finding) and f.id.startswith("located.") and f.function == "sigmoid"
    assert f.to_dict()["id"] == f.id


def test_a_raising_function_has_a_call_raised_finding():
    def broken(*a):
        raise IndexError("boom")

    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(broken, cases="fixed")
    assert [f.id for f in info.value.findings] == ["call.raised"]
