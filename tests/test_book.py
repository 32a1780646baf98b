"""The built book, opened in a real browser.

Builds the book once (the strict build of `make book-ci`: `jupyter-book build . --all -W -n
--keep-going`), serves _build/html on 127.0.0.1 and opens every page of _toc.yml in headless
Chromium (Debian's /usr/bin/chromium through /usr/bin/chromedriver). Each page must load with no
console error, no failed request and no request outside the local server (the book works offline);
its math must be typeset by MathJax; its images must load. Screenshots of a few pages are kept in
_build/screenshots/ for a person to look at.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import book_helpers as bh
import pytest

pytestmark = pytest.mark.slow

SCREENSHOT_PAGES = {"book/intro", "book/02_gate_equations", "book/03_scratch_cell",
                    "book/06_bidirectional", "book/07_variable_length", "book/08_backprop",
                    "book/09_using_lstms", "book/exercises"}  # fmt: skip
REPOSITORY = "github.com/lstm-book/lstm-book"


def _missing_prerequisites() -> str | None:
    for path, how in [
        (bh.CHROMIUM, "Debian's chromium (make setup installs it)"),
        (bh.CHROMEDRIVER, "Debian's chromium-driver (make setup installs it)"),
        (bh.ROOT / "node_modules" / "mathjax" / "es5" / "tex-chtml.js",
         "MathJax from npm: run `make setup` (it runs `npm ci`)"),
    ]:  # fmt: skip
        if not path.exists():
            return f"{path} is missing: {how}"
    return None


@pytest.fixture(scope="module")
def built_book():
    """Build the book once for this module with the strict flags; fail with the build's own
    warnings when it does not pass."""
    missing = _missing_prerequisites()
    if missing:
        pytest.fail(missing)
    result = bh.build_book()
    problems = bh.build_problems(result.stdout + result.stderr)
    assert result.returncode == 0 and not problems, (
        f"`{' '.join(bh.BUILD_COMMAND)}` exited with {result.returncode} and "
        f"{len(problems)} warnings/errors (expected 0 and none). First ones:\n"
        + "\n".join(problems[:20])
        + "\n--- end of the build log ---\n"
        + (result.stdout + result.stderr)[-3000:]
        + "\nNotebook tracebacks are in _build/html/reports/."
    )
    return bh.HTML


@pytest.fixture(scope="module")
def site(built_book):
    with bh.serve(built_book) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def browser(site):
    with bh.chromium() as driver:
        driver.get(site)  # a first load, so that per-page logs start empty
        bh.drain_logs(driver, site, site)
        yield driver


def _open(browser, site, page):
    url = urllib.parse.urljoin(site, f"{page}.html")
    browser.get(url)
    mathjax = browser.execute_async_script(bh.WAIT_FOR_MATHJAX)
    browser.execute_script("return document.fonts.ready.then(() => true)")
    return url, mathjax


@pytest.mark.parametrize("page", bh.toc_pages())
def test_page_loads_offline_with_math_and_images(browser, site, page):
    url, mathjax = _open(browser, site, page)
    title = browser.title
    assert "404" not in title and "not found" not in title.lower(), f"{url}: title {title!r}"

    has_math = browser.execute_script("return document.querySelectorAll('.math').length") > 0
    typeset = browser.execute_script("return document.querySelectorAll('mjx-container').length")
    math_errors = browser.execute_script("return document.querySelectorAll('mjx-merror').length")
    raw = browser.execute_script(bh.RAW_MATH_TEXT)
    broken = browser.execute_script(bh.BROKEN_IMAGES)
    if page in SCREENSHOT_PAGES:
        bh.save_screenshots(browser, page)
    report = bh.drain_logs(browser, site, url)

    assert not report.outside_requests, (
        f"{url} requested {len(report.outside_requests)} URL(s) outside {site}; the book must "
        f"work offline, so every asset has to come from the build: {report.outside_requests}"
    )
    assert not report.failed_requests, f"{url}: failed requests: {report.failed_requests}"
    assert not report.console_errors, f"{url}: console errors: {report.console_errors}"
    if has_math:
        assert mathjax == "typeset", f"{url} has math but MathJax did not run: {mathjax}"
        assert typeset > 0, f"{url} has .math elements but no mjx-container: math not typeset"
    assert math_errors == 0, f"{url}: {math_errors} formula(s) MathJax could not parse"
    assert not raw, f"{url}: TeX left as raw text (not typeset): {raw}"
    assert not broken, f"{url}: images that did not load (naturalWidth 0): {broken}"


def test_mathjax_is_served_by_the_book(built_book):
    html = (built_book / "book" / "intro.html").read_text()
    assert "_static/es5/tex-chtml.js" in html, (
        "intro.html does not load MathJax from _static/es5/ (sphinx mathjax_path in _config.yml)"
    )
    assert (built_book / "_static" / "es5" / "output" / "chtml" / "fonts" / "woff-v2").is_dir(), (
        "MathJax's CHTML fonts are missing from _static/es5/output/chtml/fonts/woff-v2"
    )


def test_toc_links_resolve_to_every_page(browser, site):
    _open(browser, site, bh.toc_pages()[0])
    hrefs = browser.execute_script(
        "return Array.from(document.querySelectorAll('nav.bd-docs-nav a.reference.internal'))"
        ".map((a) => a.href)"
    )
    bh.drain_logs(browser, site, site)
    linked = {urllib.parse.urlsplit(h).path.lstrip("/").removesuffix(".html") for h in hrefs}
    expected = set(bh.toc_pages())
    assert expected <= linked | {""}, (
        f"the sidebar's table of contents lacks {sorted(expected - linked)}; "
        f"it links {sorted(linked)}"
    )
    for href in hrefs:
        with urllib.request.urlopen(href.split("#")[0]) as response:
            assert response.status == 200, f"toc link {href}: HTTP {response.status}"


@pytest.mark.parametrize("page", bh.toc_pages())
def test_display_formulas_fit_the_text_column(browser, site, page):
    url, _ = _open(browser, site, page)
    wide = browser.execute_script(bh.WIDE_FORMULAS)
    bh.drain_logs(browser, site, url)
    assert not wide, (
        f"{url}: {len(wide)} display formula(s) wider than the text column at a 1280 px window; "
        f"split them over several lines or $$ blocks: {wide}"
    )


@pytest.mark.parametrize("page", bh.notebook_pages())
def test_notebook_page_has_download_and_launch_buttons(browser, site, page):
    url, _ = _open(browser, site, page)
    links = browser.execute_script(
        "return Array.from(document.querySelectorAll('a')).map((a) => a.href)"
    )
    bh.drain_logs(browser, site, url)
    notebook = f"{page}.ipynb"
    downloads = [h for h in links if h.startswith(site) and h.endswith(notebook)]
    assert downloads, f"{url}: no download link to {notebook} (sphinx-book-theme download button)"
    with urllib.request.urlopen(downloads[0]) as response:
        assert response.status == 200, f"{downloads[0]}: HTTP {response.status}"
    colab = f"https://colab.research.google.com/github/lstm-book/lstm-book/blob/main/{notebook}"
    assert colab in links, f"{url}: no Colab launch button ({colab})"
    binder = [h for h in links if h.startswith("https://mybinder.org/v2/gh/lstm-book/lstm-book/")]
    assert binder, f"{url}: no Binder launch button for {REPOSITORY}"


@pytest.mark.parametrize(
    ("word", "where"),
    [("forget", "book/"), ("Dask", "book/instructors/"), ("Canvas", "book/instructors/")],
)
def test_search_finds_a_word_of_the_book(browser, site, word, where):
    url = urllib.parse.urljoin(site, f"search.html?q={word}")
    browser.get(url)
    browser.execute_async_script(
        "const done = arguments[arguments.length - 1]; const t0 = Date.now();"
        "const poll = () => (document.querySelectorAll('#search-results li').length > 0"
        " || Date.now() - t0 > 20000) ? done(true) : setTimeout(poll, 100); poll();"
    )
    results = browser.execute_script(
        "return Array.from(document.querySelectorAll('#search-results li a')).map((a) => a.href)"
    )
    report = bh.drain_logs(browser, site, url)
    assert not report.console_errors, f"{url}: console errors: {report.console_errors}"
    assert any(where in r for r in results), (
        f"searching {word!r} found no page under {where} (results: {results}); "
        "is searchindex.js built?"
    )


def search_index(html: Path) -> dict:
    """Sphinx's search index: searchindex.js is ``Search.setIndex({...})``."""
    text = (html / "searchindex.js").read_text()
    return json.loads(text[text.index("(") + 1 : text.rindex(")")])


@pytest.mark.parametrize("word", ["Dask", "Canvas", "PostgreSQL", "Moodle"])
def test_search_index_finds_the_instructors_guide(built_book, word):
    index = search_index(built_book)
    from sphinx.search.en import SearchEnglish

    stem = SearchEnglish({}).stem(word.lower())  # as Sphinx indexed it: "Canvas" -> "canva"
    names = []
    for kind in ("terms", "titleterms"):  # a word in a heading is indexed as a title term
        docs = index[kind].get(stem, [])
        names += [index["docnames"][k] for k in ([docs] if isinstance(docs, int) else docs)]
    assert any(n.startswith("book/instructors/") for n in names), (
        f"the search index maps {word!r} ({stem!r}) to {names}, no page of book/instructors/"
    )


def test_rebuild_with_nothing_changed_executes_no_notebook(built_book):
    """The execution cache (_build/.jupyter_cache) holds every notebook: a second build reuses
    the outputs instead of running the notebooks again."""
    result = bh.build_book()
    log = result.stdout + result.stderr
    assert result.returncode == 0, f"the second build failed:\n{log[-3000:]}"
    executed = [line for line in log.splitlines() if "Executing notebook using" in line]
    assert not executed, f"the rebuild executed notebooks again (cache not used): {executed}"


def test_pages_exist_for_every_toc_entry_and_nothing_else(built_book):
    built = {p.relative_to(built_book).with_suffix("").as_posix()
             for p in (built_book / "book").rglob("*.html")}  # fmt: skip
    expected = set(bh.toc_pages())
    assert expected <= built, f"pages not built: {sorted(expected - built)}"
    extra = sorted(built - expected)
    assert not extra, f"pages built that are not in _toc.yml: {extra}"
    for folder in ["exercises", "solutions", "tests", "lstm_ref", "lstm_grader"]:
        assert not list((built_book / folder).glob("**/*.html")), f"{folder}/ was built as pages"


def test_server_answers_404_for_a_missing_page(site):
    """Sanity check of the harness itself: a failed request is visible to the tests."""
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(urllib.parse.urljoin(site, "no-such-page.html"))
