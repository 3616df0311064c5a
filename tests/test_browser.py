"""The HTML handout in a real browser (headless Chromium): it renders, its
MathML formulas take up space, and no request leaves the machine."""

from __future__ import annotations

import functools
import html
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
from kldocs.models.example import worked_example
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


# Reports, at the frame's width, elements that stick out of it without a scrolling box around them (clipped for the
# reader), how wide the page itself is, where each derivation note sits against the line before it, how far each
# derivation's scrolling box would scroll sideways, and whether every box that does scroll shows a cue that it goes
# on. The page runs in a frame of the width asked for (a headless window is never narrower than about 485 px),
# and posts its report to the page around the frame.
LAYOUT_PROBE = """<script>
window.addEventListener("load", () => {
  const width = document.documentElement.clientWidth;
  const scrolls = el => { for (let a = el.parentElement; a; a = a.parentElement) {
    if (getComputedStyle(a).overflowX === "auto") return true; } return false; };
  const out = [...document.querySelectorAll("main *")].filter(el => {
    const r = el.getBoundingClientRect(); return r.width > 0 && r.right > width + 1 && !scrolls(el);
  }).map(el => el.tagName + "." + el.getAttribute("class"));
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
  const cues = [...document.querySelectorAll(".scroll")].filter(box => box.scrollWidth > box.clientWidth)
    .map(box => getComputedStyle(box).backgroundImage.includes("radial-gradient"));
  const page = document.documentElement.scrollWidth;
  parent.postMessage(JSON.stringify({width, out, notes, sideways, cues, page}), "*");
});
</script>"""

FRAME = """<!DOCTYPE html><html><body style="margin: 0">
<iframe src="{page}" style="width: {width}px; height: 900px; border: 0"></iframe>
<script>window.addEventListener("message", event => {{
  const pre = document.createElement("pre"); pre.id = "probe"; pre.textContent = event.data;
  document.body.appendChild(pre);
}});</script>
</body></html>"""


def layout(pages: dict[str, Path], tmp_path: Path, language: str, width: int) -> dict[str, Any]:
    """The layout probe's report for the page laid out exactly ``width`` CSS pixels wide."""
    page = pages[language]
    probed = page.with_name(f"layout-{page.name}")
    probed.write_text(page.read_text().replace("</body>", LAYOUT_PROBE + "</body>"))
    frame = tmp_path / f"frame-{language}-{width}.html"
    frame.write_text(FRAME.format(page=probed.as_uri(), width=width))
    result = chromium(
        tmp_path,
        f"--window-size={width + 100},900",
        "--virtual-time-budget=5000",
        "--dump-dom",
        frame.as_uri(),
    )
    match = re.search(r'<pre id="probe">(.*?)</pre>', result.stdout)
    assert match, result.stderr[-2000:]
    report = dict(json.loads(html.unescape(match.group(1))))
    assert report["width"] == width  # laid out at the width asked for, not the window's
    return report


@pytest.fixture(scope="module")
def example_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The worked example for the first pair of the handout."""
    P, Q, _ = default_distributions()
    return html_pages(tmp_path_factory.mktemp("example"), lambda options: worked_example(P, Q, options))


@pytest.fixture(scope="module")
def plane_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The worked example for two two-dimensional normal distributions, one with a full covariance."""
    P = mvnormal([0, 0], [[1, "1/2"], ["1/2", 2]])
    Q = mvnormal([1, 0], [[2, 0], [0, 1]], name="Q")
    return html_pages(tmp_path_factory.mktemp("plane"), lambda options: family_example(P, Q, options))


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("kind", ["pages", "example_pages", "plane_pages"])
def test_nothing_is_clipped_or_scrolled_sideways_and_notes_sit_beside_or_under_their_lines(
    request: pytest.FixtureRequest, tmp_path: Path, kind: str, language: str
) -> None:
    pages = request.getfixturevalue(kind)
    # A phone: the page is no wider than the screen; what is wider (a long derivation, a table) scrolls in its
    # own box, and each such box shows that it goes on.
    phone = layout(pages, tmp_path, language, 400)
    assert phone["out"] == [] and phone["page"] <= 400
    assert all(phone["cues"])
    if phone["notes"]:
        assert set(phone["notes"]) == {"under"}
    # A normal window: every derivation fits; long ones (the handout's, a two-dimensional normal's) with their
    # notes under their lines.
    window = layout(pages, tmp_path, language, 1000)
    assert window["out"] == [] and window["page"] <= 1000
    assert window["sideways"] and max(window["sideways"]) <= 0 and "overlap" not in window["notes"]
    if kind != "example_pages":
        assert len(window["sideways"]) > 3 and "under" in window["notes"]
    desktop = layout(pages, tmp_path, language, 1280)
    assert desktop["out"] == []
    assert "beside" in desktop["notes"] and "overlap" not in desktop["notes"]
