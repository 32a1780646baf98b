"""The class report's page: student data escaped, chapters linked to the built book."""

from __future__ import annotations

from pathlib import Path

import pytest
import small_class


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    return small_class.written(tmp_path_factory.mktemp("classreport"))


def test_page_escapes_student_data(page):
    html = page.read_text()
    assert "<em>eve&co" not in html and "&lt;em&gt;eve&amp;co" in html
    assert "<i>" not in html
    assert '<a href="../_build/html/book/03_scratch_cell.html' in html
