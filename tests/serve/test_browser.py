"""The pages in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Screenshots go to artifacts/screenshots/. Skipped when Chromium or Playwright is absent.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (apt-get install chromium)"
    ),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Watched:
    """A page whose console errors, uncaught exceptions, dialogs and off-site requests are recorded."""

    def __init__(self, page: Any, base: str) -> None:
        self.page = page
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.offsite: list[str] = []
        page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))

        def on_dialog(d: Any) -> None:
            self.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", on_dialog)
        page.on(
            "request", lambda r: None if r.url.startswith((base, "data:")) else self.offsite.append(r.url)
        )

    def goto(self, url: str) -> Any:
        resp = self.page.goto(url, wait_until="load")
        self.page.wait_for_load_state("networkidle")
        return resp

    def shot(self, name: str, *, full: bool = True) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full)

    def clean(self) -> None:
        assert self.errors == []
        assert self.dialogs == []
        assert self.offsite == []


@pytest.fixture
def page(browser: Any, live: Any) -> Iterator[Watched]:
    ctx = browser.new_context(
        base_url=live.url, viewport={"width": 1280, "height": 900}, accept_downloads=True
    )
    w = Watched(ctx.new_page(), live.url)
    yield w
    ctx.close()


@pytest.mark.parametrize(
    ("name", "url", "heading"),
    [
        ("overview", "/", "The ledger"),
        ("entities", "/entities", "Entities"),
        ("entity", "/entities/province:northvale", "Northvale"),
        ("facts", "/facts", "Fact explorer"),
        ("documents", "/documents", "Reports"),
        ("document", "/documents/northvale-2021.txt", "Northvale trade climbs in first five months"),
        ("checks", "/checks", "Checks"),
        ("upload", "/upload", "Upload a report"),
    ],
)
def test_page_loads_without_errors(page: Watched, name: str, url: str, heading: str) -> None:
    resp = page.goto(url)
    assert resp.status == 200
    assert heading in page.page.locator("h1").first.inner_text()
    page.shot(name)
    page.clean()


def test_entity_page_renders_plotly_charts(page: Watched) -> None:
    page.goto("/entities/province:northvale")
    page.page.wait_for_selector(".chart .main-svg", timeout=15000)
    n_charts = page.page.locator(".chart").count()
    assert n_charts >= 3
    assert page.page.locator(".chart svg.main-svg").count() >= n_charts
    # the exports line has its three points (2019, 2020, Jan–May 2021)
    assert page.page.locator(".chart").first.locator("path.point").count() >= 2
    page.shot("entity-charts")
    page.clean()


def test_api_docs_render_offline(page: Watched) -> None:
    """Swagger UI draws the API's operations from files this server serves (no request leaves it)."""
    page.goto("/docs")
    page.page.wait_for_selector(".opblock", timeout=15000)
    paths = page.page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/facts" in p for p in paths), paths
    page.shot("api-docs")
    page.clean()


def test_highlighted_figure_opens_its_fact(page: Watched) -> None:
    page.goto("/documents/northvale-2020.txt")
    detail = page.page.locator("#fact-detail")
    assert detail.is_hidden()
    mark = page.page.locator(".doc-text .fact", has_text="120.5 billion yuan")
    mark.click()
    detail.wait_for(state="visible")
    text = detail.text_content()
    for s in ("Northvale", "trade", "2020", "120.5 billion CNY", "contradiction", "trade_sum"):
        assert s in text, s
    assert "active" in (mark.get_attribute("class") or "")
    page.page.locator(".doc-text .fact", has_text="61 billion yuan").click()
    assert "2019" in detail.text_content() and "No checks involve this figure." in detail.text_content()
    page.shot("document-fact-open")
    page.clean()


def test_script_in_a_report_stays_text(page: Watched) -> None:
    page.goto("/documents/brook-xss.txt")
    page.page.wait_for_timeout(300)
    body = page.page.locator("#doc-text").inner_text()
    assert "<script>alert(1)</script>" in body and "<b>under new rules</b>" in body
    assert page.page.locator("#doc-text script, #doc-text b").count() == 0
    page.shot("document-escaped")
    page.clean()  # no dialog fired


def _table_ids(page: Watched) -> list[str]:
    return page.page.locator("tr[data-fact]").evaluate_all("rows => rows.map(r => r.dataset.fact)")


def test_a_filter_narrows_the_table(page: Watched) -> None:
    page.goto("/facts")
    before = _table_ids(page)
    with page.page.expect_navigation():
        page.page.select_option("select[name=kind]", "level")
    page.page.wait_for_load_state("networkidle")
    after = _table_ids(page)
    assert 0 < len(after) < len(before)
    assert "kind=level" in page.page.url and "entity=" not in page.page.url  # empty facets left out
    with page.page.expect_navigation():
        page.page.fill("input[name=q]", "exports")
        page.page.press("input[name=q]", "Enter")
    narrowed = _table_ids(page)
    assert 0 < len(narrowed) < len(after)
    page.shot("facts-filtered")
    page.clean()


def test_csv_download_matches_the_table(page: Watched, tmp_path: Path) -> None:
    page.goto("/facts?entity=Northvale&sort=-value&limit=25")
    shown = _table_ids(page)
    with page.page.expect_download() as dl:
        page.page.click("#csv")
    target = tmp_path / "facts.csv"
    dl.value.save_as(str(target))
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == shown and len(shown) == 8
    cells = page.page.locator("tr[data-fact] td.figure").all_inner_texts()
    assert [r["text"] for r in rows] == cells
    page.clean()


def test_upload_page_ingests_a_report(page: Watched, tmp_path: Path) -> None:
    try:
        import tally.pipeline  # noqa: F401
    except ImportError as e:
        pytest.skip(f"the extraction pipeline does not import yet: {e}")
    report = tmp_path / "eastmarch-2022.txt"
    report.write_text(
        "Eastmarch output grows\n\nThe industrial output value of Eastmarch province reached "
        "84.2 billion yuan in 2022, up 6.3 percent year-on-year.\n",
        encoding="utf-8",
    )
    page.goto("/upload")
    page.page.fill("input[name=token]", "wrong")
    page.page.set_input_files("input[name=file]", str(report))
    page.page.click("button[type=submit]")
    page.page.wait_for_selector("#upload-result:has-text('Error')")
    assert "upload token" in page.page.inner_text("#upload-result")
    page.errors.clear()  # the browser logs the refused request (403) as a console error
    page.page.fill("input[name=token]", "s3cret")
    page.page.click("button[type=submit]")
    link = page.page.wait_for_selector("#upload-result a")
    assert link.inner_text() == "open eastmarch-2022.txt"
    with page.page.expect_navigation():
        link.click()
    page.page.wait_for_load_state("networkidle")
    assert page.page.locator(".doc-text .fact").count() >= 1
    page.shot("uploaded")
    page.clean()
