"""Helpers for tests/test_book.py: build the book, serve it on 127.0.0.1, drive headless Chromium.

Everything here is real: `jupyter-book build` (the strict flags of `make book-ci`), Python's
http.server, Debian's /usr/bin/chromium driven through /usr/bin/chromedriver by Selenium.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "_build" / "html"
SCREENSHOTS = ROOT / "_build" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
BUILD_COMMAND = ["jupyter-book", "build", ".", "--all", "-W", "-n", "--keep-going"]
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
]


def toc_pages() -> list[str]:
    """The pages _toc.yml lists, as paths without suffix relative to the root ("book/intro")."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text())
    pages = [toc["root"]]

    def walk(entries):
        for entry in entries or []:
            if "file" in entry:
                pages.append(entry["file"])
            walk(entry.get("sections"))

    for part in toc.get("parts", []):
        walk(part.get("chapters"))
    walk(toc.get("chapters"))
    return pages


def notebook_pages() -> list[str]:
    return [p for p in toc_pages() if (ROOT / f"{p}.ipynb").is_file()]


def build_book() -> subprocess.CompletedProcess:
    """Run the strict build in the repository root; returns the finished process (output kept)."""
    env = dict(os.environ)
    venv_bin = Path(sys.executable).parent
    env["PATH"] = f"{venv_bin}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run(
        BUILD_COMMAND, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800
    )


def build_problems(log: str) -> list[str]:
    """The lines of a build log that report a warning or an error (kernel chatter left out)."""
    return [
        line
        for line in log.splitlines()
        if ("WARNING" in line or "ERROR" in line) and "IPKernelApp" not in line
    ]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve `directory` on 127.0.0.1 (a free port) in a thread; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium() -> Iterator[object]:
    """A headless Chromium WebDriver with a fresh profile and the browser + performance logs on."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="book-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@dataclass
class PageReport:
    """What the browser saw while loading one page."""

    url: str
    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


def drain_logs(driver, base_url: str, url: str) -> PageReport:
    """Read (and empty) the browser's console log and the DevTools network events since the
    last call; classify console errors, failed requests (network errors, HTTP status >= 400)
    and requests to anything but the local server."""
    report = PageReport(url)
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            report.console_errors.append(entry.get("message", ""))
    urls: dict[str, str] = {}
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        method, params = message.get("method"), message.get("params", {})
        if method == "Network.requestWillBeSent":
            request_url = params["request"]["url"]
            urls[params["requestId"]] = request_url
            report.requests.append(request_url)
            if not request_url.startswith((base_url, "data:", "blob:", "about:")):
                report.outside_requests.append(request_url)
        elif method == "Network.responseReceived":
            status = params["response"]["status"]
            if status >= 400:
                report.failed_requests.append(f"{params['response']['url']}: HTTP {status}")
        elif method == "Network.loadingFailed":
            failed_url = urls.get(params["requestId"], params["requestId"])
            report.failed_requests.append(f"{failed_url}: {params.get('errorText', 'failed')}")
    return report


WAIT_FOR_MATHJAX = """
const done = arguments[arguments.length - 1];
if (!window.MathJax) { done("no MathJax on this page"); return; }
const ready = () => (MathJax.startup && MathJax.startup.promise)
    ? MathJax.startup.promise.then(() => done("typeset"), (e) => done("MathJax failed: " + e))
    : setTimeout(ready, 50);
ready();
"""

# Text outside code blocks that still holds TeX delimiters: math MathJax did not typeset.
RAW_MATH_TEXT = """
const main = document.querySelector("main") || document.body;
const copy = main.cloneNode(true);
copy.querySelectorAll("pre, code, script, style, mjx-container, mjx-assistive-mml")
    .forEach((e) => e.remove());
const text = copy.textContent;
const found = [];
for (const token of ["$$", "\\\\begin{", "\\\\frac", "\\\\odot"]) {
    const k = text.indexOf(token);
    if (k >= 0) found.push(token + " in: ..." + text.slice(Math.max(0, k - 60), k + 60) + "...");
}
return found;
"""

# Display formulas wider than the text column (the reader would have to scroll sideways).
WIDE_FORMULAS = """
return Array.from(document.querySelectorAll("div.math, div.math mjx-container"))
    .filter((e) => e.scrollWidth > e.clientWidth + 2)
    .map((e) => e.scrollWidth + " > " + e.clientWidth + " px: "
         + (e.querySelector("mjx-assistive-mml") || e).textContent.slice(0, 80));
"""

BROKEN_IMAGES = """
return Array.from(document.images)
    .filter((img) => !(img.complete && img.naturalWidth > 0))
    .map((img) => img.currentSrc || img.src);
"""


def save_screenshots(driver, page: str) -> list[Path]:
    """Screenshots of a page for a person to look at: its top, its first display equation, its
    first and its last figure (where it has them), as _build/screenshots/<page>_<what>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    stem = page.replace("/", "_")
    saved = []
    shots = [("top", None, 0), ("math", "div.math", 0), ("figure", ".cell_output img", 0),
             ("last_figure", ".cell_output img", -1)]  # fmt: skip
    for what, selector, which in shots:
        if selector is None:
            driver.execute_script("window.scrollTo(0, 0)")
        elif not driver.execute_script(
            "const all = document.querySelectorAll(arguments[0]);"
            "const e = all[arguments[1] < 0 ? all.length + arguments[1] : arguments[1]];"
            "if (!e || (arguments[1] < 0 && all.length < 2)) return false;"
            "e.scrollIntoView({block: 'center'}); return true;",
            selector,
            which,
        ):
            continue
        path = SCREENSHOTS / f"{stem}_{what}.png"
        driver.save_screenshot(str(path))
        saved.append(path)
    driver.execute_script("window.scrollTo(0, 0)")
    return saved
