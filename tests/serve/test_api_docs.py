"""The API docs pages (/docs, /redoc) work offline: every script and stylesheet they load is served
by Tally itself, never by a CDN."""

from __future__ import annotations

import re

import pytest

from tally.serve.web import create_app

try:
    from fastapi.testclient import TestClient
except ImportError:  # pragma: no cover - httpx is a dependency
    pytest.skip("fastapi.testclient needs httpx", allow_module_level=True)


@pytest.fixture
def client(ledger_db: str) -> TestClient:
    return TestClient(create_app(ledger_db))


@pytest.mark.parametrize(
    ("page", "needs"),
    [
        ("/docs", ("swagger-ui-bundle.js", "swagger-ui.css")),
        ("/redoc", ("redoc.standalone.js",)),
    ],
)
def test_docs_page_loads_only_local_assets(client: TestClient, page: str, needs: tuple[str, ...]) -> None:
    r = client.get(page)
    assert r.status_code == 200
    html = r.text
    refs = re.findall(r"""(?:src|href)=["']([^"']+)["']""", html) + re.findall(
        r"""url:\s*['"]([^'"]+)['"]""", html
    )
    assert refs, html
    assert not [u for u in refs if re.match(r"(?:https?:)?//", u)], refs  # nothing from another host
    assert "cdn" not in html.lower()
    for name in needs:
        url = next(u for u in refs if u.endswith(name))
        asset = client.get(url)
        assert asset.status_code == 200, url
        assert len(asset.content) > 100_000  # the real bundle, not an error page


def test_docs_reads_the_openapi_of_this_app(client: TestClient) -> None:
    html = client.get("/docs").text
    assert "/openapi.json" in html
    spec = client.get("/openapi.json").json()
    assert spec["info"]["title"] == "Tally" and "/api/facts" in spec["paths"]
