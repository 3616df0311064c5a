"""The HTML handout in a real browser (headless Chromium): it renders, its
MathML formulas take up space, and no request leaves the machine."""

from __future__ import annotations

import functools
import http.server
import json
import re
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from kldocs.families import mvnormal
from kldocs.models.document import Document
from kldocs.models.family_example import family_example
from kldocs.models.handout import default_distributions, handout
from kldocs.models.options import PageOptions
from tests.helpers import build, require_tool

# Measures every <math> element once the page has laid out, and writes the
# result into the DOM, which --dump-dom prints. Added to a copy only: the
# handout itself needs no script.
PROBE = """<script>
window.addEventListener("load", () => {
  const sizes = [...document.querySelectorAll("math")].map(m => {
    const r = m.getBoundingClientRect(); return [r.width, r.height];
  });
  const pre = document.createElement("pre"); pre.id = "probe";
  pre.textContent = JSON.stringify(sizes); document.body.appendChild(pre);
});
</script>"""

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def chromium(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    executable = require_tool("chromium", "chromium")
    profile = tmp_path / "profile"
    return subprocess.run(
        [executable, *FLAGS, f"--user-data-dir={profile}", *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def html_pages(out: Path, make: Callable[[PageOptions], Document]) -> dict[str, Path]:
    """The HTML page ``make`` models, in English and Korean, by language."""
    result = {}
    for language in ("en", "ko"):
        document = make(PageOptions(language=language))
        build(document, ["html"], out / language)
        result[language] = out / language / f"{document.kind}.html"
    return result


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    P, Q, Q2 = default_distributions()
    return html_pages(tmp_path_factory.mktemp("handout"), lambda options: handout(P, Q, Q2, options))


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ko"])
def test_handout_renders_with_sized_formulas(pages: dict[str, Path], tmp_path: Path, language: str) -> None:
    probed = tmp_path / "probed.html"
    probed.write_text(pages[language].read_text().replace("</body>", PROBE + "</body>"))
    result = chromium(tmp_path, "--virtual-time-budget=5000", "--dump-dom", probed.as_uri())
    match = re.search(r'<pre id="probe">(.*?)</pre>', result.stdout)
    assert match, result.stderr[-2000:]
    sizes = json.loads(match.group(1))
    assert len(sizes) > 50
    assert all(width > 0 and height > 0 for width, height in sizes)
    assert np.median([height for _, height in sizes]) > 10


@pytest.mark.slow
def test_screenshot_is_not_blank(pages: dict[str, Path], tmp_path: Path) -> None:
    from matplotlib import image

    shot = tmp_path / "shot.png"
    chromium(tmp_path, "--window-size=1000,1400", f"--screenshot={shot}", pages["en"].as_uri())
    pixels = image.imread(shot)
    assert pixels.shape[0] == 1400 and pixels.shape[1] == 1000
    assert pixels[..., :3].std() > 0.05  # text, formulas and charts, not an empty page


@pytest.mark.slow
def test_no_request_leaves_the_machine(pages: dict[str, Path], tmp_path: Path) -> None:
    html = pages["en"].read_text()
    assert not re.search(r"""(src|href|url)\s*[=(]\s*["']?(https?:)?//""", html)
    # Serve the page on loopback, so that the browser's network log shows the page's own requests,
    # each with the page's origin as initiator (the browser's own housekeeping has none).
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(pages["en"].parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    log = tmp_path / "net.json"
    try:
        chromium(tmp_path, f"--log-net-log={log}", "--virtual-time-budget=3000", "--dump-dom", f"{origin}/handout.html")
    finally:
        server.shutdown()
    events = json.loads(log.read_text())["events"]
    requests = [e["params"] for e in events if isinstance(e.get("params"), dict) and "url" in e["params"]]
    assert any(r["url"] == f"{origin}/handout.html" for r in requests)
    from_page = {r["url"] for r in requests if r.get("initiator") == origin}
    assert {url for url in from_page if not url.startswith(origin)} == set()


# Reports, at the window's width, elements that stick out of the window without a scrolling box
# around them (clipped for the reader), where each derivation note sits against the line before it,
# and how far each derivation's scrolling box would scroll sideways.
LAYOUT_PROBE = """<script>
window.addEventListener("load", () => {
  const width = document.documentElement.clientWidth;
  const scrolls = el => { for (let a = el.parentElement; a; a = a.parentElement) {
    if (getComputedStyle(a).overflowX === "auto") return true; } return false; };
  const out = [...document.querySelectorAll("main *")].filter(el => {
    const r = el.getBoundingClientRect(); return r.width > 0 && r.right > width + 1 && !scrolls(el);
  }).map(el => el.tagName + "." + el.className);
  const notes = [];
  for (const table of document.querySelectorAll("table.chain")) {
    let rhs = null;
    for (const tr of table.querySelectorAll("tr")) {
      const cell = tr.querySelector("td.rhs"), note = tr.querySelector("td.note");
      if (cell) rhs = cell.getBoundingClientRect();
      if (!note || !note.textContent.trim()) continue;
      const box = note.getBoundingClientRect();
      notes.push(box.top >= rhs.bottom - 1 ? "under" : (box.left >= rhs.right - 1 ? "beside" : "overlap"));
    }
  }
  const sideways = [...document.querySelectorAll("table.chain")].map(t => {
    const box = t.closest(".scroll"); return box.scrollWidth - box.clientWidth;
  });
  const pre = document.createElement("pre"); pre.id = "probe";
  pre.textContent = JSON.stringify({width, out, notes, sideways, page: document.documentElement.scrollWidth});
  document.body.appendChild(pre);
});
</script>"""


def layout(pages: dict[str, Path], tmp_path: Path, language: str, width: int) -> dict[str, Any]:
    probed = tmp_path / f"layout-{language}.html"
    probed.write_text(pages[language].read_text().replace("</body>", LAYOUT_PROBE + "</body>"))
    result = chromium(
        tmp_path, f"--window-size={width},900", "--virtual-time-budget=5000", "--dump-dom", probed.as_uri()
    )
    match = re.search(r'<pre id="probe">(.*?)</pre>', result.stdout)
    assert match, result.stderr[-2000:]
    return dict(json.loads(match.group(1)))


@pytest.fixture(scope="module")
def plane_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The worked example for two two-dimensional normal distributions, one with a full covariance."""
    P = mvnormal([0, 0], [[1, "1/2"], ["1/2", 2]])
    Q = mvnormal([1, 0], [[2, 0], [0, 1]], name="Q")
    return html_pages(tmp_path_factory.mktemp("plane"), lambda options: family_example(P, Q, options))


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("kind", ["pages", "plane_pages"])
def test_nothing_is_clipped_or_scrolled_sideways_and_notes_sit_beside_or_under_their_lines(
    request: pytest.FixtureRequest, tmp_path: Path, kind: str, language: str
) -> None:
    pages = request.getfixturevalue(kind)
    phone = layout(pages, tmp_path, language, 400)
    assert phone["out"] == [] and phone["page"] == phone["width"]
    assert set(phone["notes"]) == {"under"}
    # A normal window: long derivations (a two-dimensional normal's) fit, their notes under their lines.
    window = layout(pages, tmp_path, language, 1000)
    assert window["out"] == [] and window["page"] == window["width"]
    assert len(window["sideways"]) > 3 and max(window["sideways"]) <= 0
    assert "under" in window["notes"] and "overlap" not in window["notes"]
    desktop = layout(pages, tmp_path, language, 1280)
    assert desktop["out"] == []
    assert "beside" in desktop["notes"] and "overlap" not in desktop["notes"]
