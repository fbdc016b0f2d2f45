"""Server-rendered pages: content, escaping of report text, highlighting, CSV link, errors."""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlparse

import pytest
from serve_ledger import CONTRADICTION, DOC_XSS, TEXTS

from tally.serve.web import create_app
from tally.serve.web.highlight import marked_text
from tally.serve.web.pages import fmt_value

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture
def client(ledger_db: str) -> TestClient:
    return TestClient(create_app(ledger_db), raise_server_exceptions=False)


class Tags(HTMLParser):
    """Collects (tag, attrs, text) of the page, to assert on structure rather than strings."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def parse(html: str) -> Tags:
    p = Tags()
    p.feed(html)
    return p


@pytest.mark.parametrize(
    ("url", "must_contain"),
    [
        ("/", ["The ledger", "Checks that fail", "Newest facts", "trade_sum", "120.5 billion yuan"]),
        ("/entities", ["Northvale", "Ashford", "Brook county", "Ashford High-tech Zone"]),
        (
            "/entities/province:northvale",
            [
                "Key indicators",
                "Latest figures",
                "Child entities",
                "Ashford",
                "Reports it appears in",
                "northvale-2020.txt",
            ],
        ),
        ("/entities/Northvale", ["Key indicators"]),
        ("/facts", ["Fact explorer", "11</span> facts match", "Download these rows as CSV"]),
        ("/documents", ["northvale-2021.txt", "Northvale trade climbs in first five months"]),
        ("/documents/northvale-2020.txt", ["Every figure", "120.5 billion yuan"]),
        (
            "/checks",
            [
                "contradiction",
                "expected <b>120.5 billion</b>",
                "observed <b>115.3 billion</b>",
                "difference <b>-5.2 billion</b>",
            ],
        ),
        ("/checks?status=ok", ["as stated"]),
        ("/upload", ["read-only"]),
    ],
)
def test_pages_render(client: TestClient, url: str, must_contain: list[str]) -> None:
    r = client.get(url)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    for s in must_contain:
        assert s in r.text, s


def test_report_text_is_escaped_everywhere(client: TestClient) -> None:
    for url in (
        "/documents/brook-xss.txt",
        "/documents",
        "/",
        "/facts?doc=brook-xss.txt",
        "/entities/county:brook county",
    ):
        html = client.get(url).text
        assert "<script>alert(1)</script>" not in html, url
        assert "<b>under new rules</b>" not in html, url
    html = client.get("/documents/brook-xss.txt").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;under new rules&lt;/b&gt; &amp; more." in html
    # the only scripts are ours: static files and the JSON data island
    p = parse(html)
    assert [a.get("src") for t, a in p.tags if t == "script" and a.get("src")] == [
        "/static/app.js",
        "/static/reader.js",
    ]
    assert all("alert(1)" not in s or "\\u003c" in s or "<" not in s for s in p.scripts)


def test_document_reader_marks_every_fact(client: TestClient) -> None:
    html = client.get("/documents/northvale-2021.txt").text
    marks = re.findall(
        r'<a href="#fact-(\d+)" class="fact[^"]*" id="m(\d+)" data-fact="([^"]+)"[^>]*>([^<]*)</a>', html
    )
    api = client.get("/api/documents/northvale-2021.txt").json()["facts"]
    assert [m[2] for m in marks] == [f["id"] for f in api]
    assert [m[3] for m in marks] == [f["text"] for f in api]
    assert "fact-change" in html and "target" in html
    assert '<span class="hl">Northvale trade climbs in first five months</span>' in html


def test_document_reader_shows_checks_of_a_fact(client: TestClient) -> None:
    html = client.get("/documents/northvale-2020.txt").text
    data = re.search(r'<script type="application/json" id="facts-data">(.*?)</script>', html, re.S)
    assert data is not None
    import json

    facts = {f["text"]: f for f in json.loads(data.group(1))}
    assert [c["status"] for c in facts["120.5 billion yuan"]["checks"]] == ["contradiction"]
    assert facts["61 billion yuan"]["checks"] == []
    assert facts["120.5 billion yuan"]["value_fmt"] == "120.5 billion CNY"


def test_fact_explorer_filters_narrow_the_table(client: TestClient) -> None:
    def rows(url: str) -> int:
        return client.get(url).text.count('<tr data-fact="')

    assert rows("/facts") == 11
    assert rows("/facts?kind=change") == 1
    assert rows("/facts?entity=Northvale&indicator=exports") == 3
    assert rows("/facts?q=tea") == 1
    assert rows("/facts?limit=25&entity=&indicator=") == 11


def test_fact_explorer_csv_link_is_exactly_the_table(client: TestClient) -> None:
    html = client.get("/facts?entity=Northvale&sort=-value&limit=25").text
    shown = re.findall(r'<tr data-fact="([^"]+)"', html)
    link = re.search(r'id="csv" href="([^"]+)"', html)
    assert link is not None
    href = link.group(1).replace("&amp;", "&")
    assert parse_qs(urlparse(href).query)["format"] == ["csv"]
    got = [r["id"] for r in csv.DictReader(io.StringIO(client.get(href).text))]
    assert got == shown and len(shown) == 8


def test_fact_explorer_pages_with_cursor(client: TestClient) -> None:
    html = client.get("/facts?sort=value&limit=25").text
    assert 'id="next"' not in html
    first = client.get("/api/facts?limit=5&sort=value").json()
    # page size 5 isn't offered in the form but is accepted by the URL
    html = client.get("/facts?sort=value&limit=5").text
    nxt = re.search(r'id="next" href="([^"]+)"', html)
    assert nxt is not None
    page2 = client.get(nxt.group(1).replace("&amp;", "&")).text
    ids2 = re.findall(r'<tr data-fact="([^"]+)"', page2)
    assert ids2 and not set(ids2) & {f["id"] for f in first["facts"]}


def test_entity_page_embeds_chart_data(client: TestClient) -> None:
    html = client.get("/entities/province:northvale").text
    assert '<script src="/static/plotly.min.js" defer></script>' in html
    ids = re.findall(r'class="chart" id="(chart-\d+-\w+)"', html)
    assert "chart-1-levels" in ids and any(i.endswith("-changes") for i in ids)
    assert "cdn" not in html.lower()


def test_entity_chart_splits_levels_by_period_length(client: TestClient) -> None:
    html = client.get("/entities/province:northvale").text
    ids = re.findall(r'class="chart" id="(chart-\d+-levels)" data-title="trade \(levels\)"', html)
    assert len(ids) == 1
    data = re.search(rf'id="{ids[0].replace("chart-", "chart-data-")}">(.*?)</script>', html)
    assert data is not None
    traces = json.loads(data.group(1))
    assert [(t["name"], t["period_class"], t["x"]) for t in traces] == [
        ("CNY, 5 months (Jan–May)", "5 months", ["2021-01/2021-05"]),
        ("CNY, annual", "year", ["2020"]),
    ]


def test_plotly_is_served_locally(client: TestClient) -> None:
    r = client.get("/static/plotly.min.js")
    assert r.status_code == 200 and "javascript" in r.headers["content-type"]
    assert len(r.content) > 1_000_000


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/entities/city:atlantis", 404),
        ("/documents/none.txt", 404),
        ("/no/such/page", 404),
        ("/facts?period=whenever", 400),
        ("/facts?limit=-1", 422),
    ],
)
def test_page_errors_are_html(client: TestClient, url: str, status: int) -> None:
    r = client.get(url)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("text/html")
    assert f"<h1>{status}</h1>" in r.text


def test_error_page_escapes_the_request(client: TestClient) -> None:
    r = client.get("/entities/<img src=x onerror=alert(1)>")
    assert r.status_code == 404 and "<img src=x" not in r.text and "&lt;img src=x" in r.text


@pytest.mark.parametrize(
    ("text", "facts", "expected"),
    [
        (
            "a <b> 5 & c",
            [{"id": "d:6-7", "start": 6, "end": 7}],
            'a &lt;b&gt; <mark class="fact fact-level" id="m0"',
        ),
        (
            "12 and 34",
            [{"id": "x", "start": 0, "end": 2}, {"id": "y", "start": 1, "end": 5}],
            "</mark> and 34",
        ),
        ("tail", [{"id": "z", "start": 3, "end": 9}], "tail"),
    ],
)
def test_marked_text_escapes_segments(text: str, facts: list[dict], expected: str) -> None:
    html = str(marked_text(text, facts, link=False))
    assert expected in html
    assert (
        re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == text
    )


@pytest.mark.parametrize(
    ("value", "unit", "out"),
    [
        (62.4e9, "CNY", "62.4 billion CNY"),
        (3500, "t", "3,500 t"),
        (41.2, "percent", "41.2 percent"),
        (300, "count", "300"),
        (None, "CNY", "— CNY"),
        (1.5e12, None, "1.5 trillion"),
        (-5.2e9, None, "-5.2 billion"),
    ],
)
def test_fmt_value(value: float | None, unit: str | None, out: str) -> None:
    assert fmt_value(value, unit) == out


def test_sources_in_check_cards_are_side_by_side(client: TestClient) -> None:
    html = client.get("/checks?status=contradiction").text
    block = html[html.index('id="check-') :]
    assert block.count('<blockquote class="source">') == len(CONTRADICTION.facts)
    for needle in ("120.5 billion yuan", "70.2 billion yuan", "45.1 billion yuan"):
        start = TEXTS["northvale-2020.txt"].index(needle)
        assert f'<mark class="fact fact-level" id="m0" data-fact="northvale-2020.txt:{start}' in block
    assert DOC_XSS not in html


def test_pages_forbid_foreign_and_inline_scripts(client: TestClient) -> None:
    csp = client.get("/documents/brook-xss.txt").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert client.get("/api/facts").headers["x-content-type-options"] == "nosniff"
