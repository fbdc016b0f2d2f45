"""The REST API over a real SQLite ledger: TestClient for the bulk, real HTTP (uvicorn) for some."""

from __future__ import annotations

import csv
import io
import sys
import types
import warnings
from typing import Any

import httpx
import pytest
from serve_ledger import CONTRADICTION, TEXTS, extraction, fact_id_of

from tally.model import Extraction, Fact
from tally.serve.web import create_app
from tally.store import Store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture
def client(ledger_db: str) -> TestClient:
    return TestClient(create_app(ledger_db), raise_server_exceptions=False)


def texts(body: dict[str, Any]) -> set[str]:
    return {f["text"] for f in body["facts"]}


# ---------------------------------------------------------------------- facts
@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            {"entity": "Northvale", "indicator": "exports"},
            {"38.1 billion yuan", "70.2 billion yuan", "61 billion yuan"},
        ),
        (
            {"entity": "northvale province", "indicator": "imports"},
            {"24.3 billion yuan", "45.1 billion yuan"},
        ),
        ({"entity": "county:brook county"}, set()),  # an id is not a name in the facts filter
        ({"entity": "Brook county"}, {"3,500 tons"}),
        ({"kind": "change"}, {"41.2 percent"}),
        ({"status": "target"}, {"300"}),
        ({"period": "2019"}, {"61 billion yuan"}),
        ({"period_from": "2021-01", "indicator": "trade"}, {"62.4 billion yuan", "41.2 percent"}),
        ({"period_to": "2019-12", "period_from": "2019"}, {"61 billion yuan"}),
        ({"doc": "brook-xss.txt"}, {"3,500 tons"}),
        ({"q": "HIGH-TECH zone"}, {"9.6 billion yuan", "300"}),
        ({"q": "tea"}, {"3,500 tons"}),
        ({"indicator": "gdp"}, set()),
    ],
)
def test_facts_filters(client: TestClient, params: dict[str, str], expected: set[str]) -> None:
    r = client.get("/api/facts", params={**params, "limit": 100})
    assert r.status_code == 200, r.text
    assert texts(r.json()) == expected


def test_fact_record_fields(client: TestClient) -> None:
    fid = fact_id_of("northvale-2021.txt", "41.2 percent")
    f = client.get(f"/api/facts/{fid}").json()
    assert f["id"] == fid and f["value"] == 41.2 and f["direction"] == "up" and f["basis"] == "yoy"
    assert f["period_start"] == "2021-01-01" and f["period_end"] == "2021-05-31"
    assert "41.2 percent year-on-year" in f["sentence"]
    assert f["checks"] == []
    ids = client.get(f"/api/facts/{CONTRADICTION.facts[0]}").json()["checks"]
    assert [c["status"] for c in ids] == ["contradiction"]


@pytest.mark.parametrize(
    "sort", ["doc", "-value", "value", "period_start", "-period_start", "entity", "id", "-id"]
)
def test_cursor_pagination_walks_every_fact_once(client: TestClient, sort: str) -> None:
    everything = client.get("/api/facts", params={"sort": sort, "limit": 1000}).json()["facts"]
    seen: list[str] = []
    cursor = None
    for _ in range(20):
        params = {"sort": sort, "limit": 3, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/facts", params=params).json()
        seen += [f["id"] for f in body["facts"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == [f["id"] for f in everything]
    assert len(seen) == len(set(seen)) == 11


def test_sort_by_value_descending(client: TestClient) -> None:
    vals = [
        f["value"] for f in client.get("/api/facts", params={"sort": "-value", "unit": "CNY"}).json()["facts"]
    ]
    assert vals == sorted(vals, reverse=True) and vals[0] == 120.5e9


@pytest.mark.parametrize("how", ["param", "accept"])
def test_facts_as_csv(client: TestClient, how: str) -> None:
    params = {"entity": "Northvale", "sort": "-value", "limit": 4}
    kw: dict[str, Any] = (
        {"params": {**params, "format": "csv"}}
        if how == "param"
        else {"params": params, "headers": {"Accept": "text/csv"}}
    )
    r = client.get("/api/facts", **kw)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    js = client.get("/api/facts", params=params).json()
    assert [row["id"] for row in rows] == [f["id"] for f in js["facts"]]
    assert rows[0]["text"] == "120.5 billion yuan" and float(rows[0]["value"]) == 120.5e9
    assert r.headers["x-next-cursor"] == js["next_cursor"]


# ---------------------------------------------------------------------- entities, series
def test_entities_with_children(client: TestClient) -> None:
    ents = {e["id"]: e for e in client.get("/api/entities").json()["entities"]}
    assert ents["province:northvale"]["children"] == ["city:ashford"]
    assert set(ents["city:ashford"]["children"]) == {"county:brook county", "zone:ashford high-tech zone"}
    assert ents["province:northvale"]["facts"] == 8
    tree = client.get("/api/entities", params={"tree": True}).json()["entities"]
    assert [e["name"] for e in tree] == ["Northvale"]
    assert {c["name"] for c in tree[0]["children"][0]["children"]} == {
        "Brook county",
        "Ashford High-tech Zone",
    }
    assert [e["name"] for e in client.get("/api/entities", params={"type": "zone"}).json()["entities"]] == [
        "Ashford High-tech Zone"
    ]


@pytest.mark.parametrize("key", ["province:northvale", "Northvale", "northvale province"])
def test_entity_detail(client: TestClient, key: str) -> None:
    e = client.get(f"/api/entities/{key}").json()
    assert e["id"] == "province:northvale" and e["parent"] is None
    city = e["children"][0]
    assert city["name"] == "Ashford" and {c["name"] for c in city["children"]} == {
        "Brook county",
        "Ashford High-tech Zone",
    }
    assert {d["name"] for d in e["documents"]} == {"northvale-2021.txt", "northvale-2020.txt"}
    by_ind = {i["indicator"]: i["kinds"] for i in e["indicators"]}
    assert by_ind["trade"] == {"level": 2, "change": 1}
    child = client.get("/api/entities/county:brook county").json()
    assert child["parent"]["name"] == "Ashford"


def test_series_levels_and_changes_apart(client: TestClient) -> None:
    s = client.get("/api/series", params={"entity": "Northvale", "indicator": "trade"}).json()
    assert [(p["period"], p["value"]) for p in s["levels"]] == [
        ("2020", 120.5e9),
        ("2021-01/2021-05", 62.4e9),
    ]
    assert [(p["period"], p["value"], p["direction"]) for p in s["changes"]] == [
        ("2021-01/2021-05", 41.2, "up")
    ]
    assert [(p["period_class"], p["period_months"]) for p in s["levels"]] == [("year", 12), ("5 months", 5)]
    assert s["changes"][0]["period_class"] == "5 months"
    ex = client.get("/api/series", params={"entity": "province:northvale", "indicator": "exports"}).json()
    assert [p["period"] for p in ex["levels"]] == ["2019", "2020", "2021-01/2021-05"]
    assert [p["period_class"] for p in ex["levels"]] == ["year", "year", "5 months"]
    assert ex["entity_id"] == "province:northvale"


# ---------------------------------------------------------------------- documents, checks
def test_documents_list_and_offsets(client: TestClient) -> None:
    docs = {d["name"]: d for d in client.get("/api/documents").json()["documents"]}
    assert set(docs) == set(TEXTS) and "text" not in docs["northvale-2020.txt"]
    assert docs["northvale-2021.txt"]["facts"] == 6
    for name in TEXTS:
        d = client.get(f"/api/documents/{name}").json()
        assert d["text"] == TEXTS[name]
        assert d["facts"] and all(d["text"][f["start"] : f["end"]] == f["text"] for f in d["facts"])
        assert d["articles"][0]["headline"] == TEXTS[name].split("\n")[0]


@pytest.mark.parametrize(
    ("params", "n"),
    [
        ({}, 2),
        ({"status": "contradiction"}, 1),
        ({"status": "ok"}, 1),
        ({"rule": "trade_sum"}, 2),
        ({"rule": "nope"}, 0),
        ({"fact": CONTRADICTION.facts[1]}, 1),
        ({"fact": "nope"}, 0),
    ],
)
def test_checks_filters(client: TestClient, params: dict[str, str], n: int) -> None:
    body = client.get("/api/checks", params=params).json()
    assert body["count"] == n == len(body["checks"])


def test_checks_expanded_with_facts(client: TestClient) -> None:
    c = client.get("/api/checks", params={"status": "contradiction", "expand": True}).json()["checks"][0]
    assert c["expected"] == 120.5e9 and c["observed"] == 115.3e9
    assert [f["text"] for f in c["fact_records"]] == [
        "120.5 billion yuan",
        "70.2 billion yuan",
        "45.1 billion yuan",
    ]


# ---------------------------------------------------------------------- errors: one shape
def _boom(*_a: Any, **_k: Any) -> Any:
    raise RuntimeError("database on fire")


ERRORS = [
    # (method, url, kwargs, status, code, field)
    ("GET", "/api/facts?period=last-year", {}, 400, "invalid_query", "period"),
    ("GET", "/api/facts?period_from=soon", {}, 400, "invalid_query", "period_from"),
    ("GET", "/api/facts?sort=colour", {}, 400, "invalid_query", "sort"),
    ("GET", "/api/facts?cursor=%%%garbage", {}, 400, "invalid_query", "cursor"),
    ("POST", "/api/documents", {"files": {"file": ("a.txt", b"x")}}, 403, "forbidden", None),
    ("GET", "/api/nothing/here", {}, 404, "not_found", None),
    ("GET", "/api/entities/city:atlantis", {}, 404, "not_found", "entity_id"),
    ("GET", "/api/documents/missing.txt", {}, 404, "not_found", "name"),
    ("GET", "/api/facts/missing.txt:1-2", {}, 404, "not_found", "fact_id"),
    ("DELETE", "/api/facts", {}, 405, "method_not_allowed", None),
    ("PUT", "/api/checks", {}, 405, "method_not_allowed", None),
    ("GET", "/api/facts?limit=0", {}, 422, "validation_error", "limit"),
    ("GET", "/api/facts?format=xml", {}, 422, "validation_error", "format"),
    ("GET", "/api/series?entity=Northvale", {}, 422, "validation_error", "indicator"),
    ("GET", "/api/checks?status=fine", {}, 422, "validation_error", "status"),
]


def assert_error_shape(r: httpx.Response, status: int, code: str, field: str | None) -> None:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert set(err) == {"status", "code", "message", "field"}
    assert err["status"] == status and err["code"] == code and err["field"] == field
    assert isinstance(err["message"], str) and err["message"]


@pytest.mark.parametrize(("method", "url", "kw", "status", "code", "field"), ERRORS)
def test_error_shape(
    client: TestClient, method: str, url: str, kw: dict[str, Any], status: int, code: str, field: str | None
) -> None:
    assert_error_shape(client.request(method, url, **kw), status, code, field)


def test_error_shape_413_and_500(ledger_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(ledger_db, upload_token="tok", max_upload_bytes=100)
    c = TestClient(app, raise_server_exceptions=False)
    r = c.post(
        "/api/documents", files={"file": ("big.txt", b"x" * 5000)}, headers={"Authorization": "Bearer tok"}
    )
    assert_error_shape(r, 413, "payload_too_large", "file")
    monkeypatch.setattr(Store, "facts", _boom)
    r = c.get("/api/facts")
    assert_error_shape(r, 500, "internal_error", None)
    assert "fire" not in r.text  # no internals leak


# ---------------------------------------------------------------------- upload
@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Stand-ins for the pipeline and verify stages (the upload route's wiring is under test)."""
    seen: list[str] = []

    def process(doc: Any) -> Extraction:
        seen.append(doc.name)
        i = doc.text.index("7.5 percent")
        return Extraction(
            document=doc,
            articles=[],
            entities=[],
            facts=[
                Fact(
                    doc=doc.name,
                    start=i,
                    end=i + 11,
                    text="7.5 percent",
                    value=7.5,
                    unit="percent",
                    kind="change",
                    direction="up",
                    basis="yoy",
                    indicator="gdp",
                    entity="Northvale",
                    entity_type="province",
                    period="2022",
                )
            ],
        )

    mod = types.ModuleType("tally.pipeline")
    mod.process = process  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tally.pipeline", mod)
    import tally.verify

    monkeypatch.setattr(tally.verify, "run_checks", lambda facts, **_: [], raising=False)
    return seen


@pytest.mark.parametrize(
    ("token", "auth", "status"),
    [
        (None, "Bearer anything", 403),
        ("tok", None, 403),
        ("tok", "Bearer wrong", 403),
        ("tok", "Basic tok", 403),
        ("tok", "Bearer tok", 201),
    ],
)
def test_upload_needs_the_token(
    ledger_db: str,
    fake_pipeline: list[str],
    token: str | None,
    auth: str | None,
    status: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TALLY_UPLOAD_TOKEN", raising=False)
    c = TestClient(create_app(ledger_db, upload_token=token), raise_server_exceptions=False)
    headers = {"Authorization": auth} if auth else {}
    text = b"Northvale GDP rose 7.5 percent in 2022.\n"
    r = c.post(
        "/api/documents",
        files={"file": ("../../etc/gdp-2022.txt", text)},
        data={"published": "2023-01-10"},
        headers=headers,
    )
    assert r.status_code == status, r.text
    if status == 403:
        assert_error_shape(r, 403, "forbidden", r.json()["error"]["field"])
        assert fake_pipeline == []
        return
    assert r.json()["name"] == "gdp-2022.txt" and r.json()["facts"] == 1
    d = c.get("/api/documents/gdp-2022.txt").json()
    assert d["published"] == "2023-01-10" and d["facts"][0]["text"] == "7.5 percent"


def test_upload_token_from_environment(
    ledger_db: str, fake_pipeline: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TALLY_UPLOAD_TOKEN", "envtok")
    c = TestClient(create_app(ledger_db), raise_server_exceptions=False)
    files = {"file": ("g.txt", b"Northvale GDP rose 7.5 percent in 2022.\n")}
    assert c.post("/api/documents", files=files).status_code == 403
    assert (
        c.post("/api/documents", files=files, headers={"Authorization": "Bearer envtok"}).status_code == 201
    )


def test_upload_unreadable_file(ledger_db: str, fake_pipeline: list[str]) -> None:
    c = TestClient(create_app(ledger_db, upload_token="t"), raise_server_exceptions=False)
    r = c.post("/api/documents", files={"file": ("e.txt", b"")}, headers={"Authorization": "Bearer t"})
    assert_error_shape(r, 422, "unreadable_input", "file")
    r = c.post("/api/documents", data={"published": "2021-01-01"}, headers={"Authorization": "Bearer t"})
    assert_error_shape(r, 422, "validation_error", "file")


def test_upload_through_the_real_pipeline(tmp_path: Any) -> None:
    try:
        from tally.pipeline import process  # noqa: F401
    except ImportError as e:
        pytest.skip(f"the extraction pipeline does not import yet: {e}")
    c = TestClient(create_app(str(tmp_path / "p.db"), upload_token="t"), raise_server_exceptions=False)
    text = (
        b"Westmoor exports rise\n\nExports of Westmoor province reached 12.5 billion yuan in 2022, "
        b"up 8.1 percent year-on-year.\n"
    )
    r = c.post(
        "/api/documents", files={"file": ("westmoor.txt", text)}, headers={"Authorization": "Bearer t"}
    )
    assert r.status_code == 201, r.text
    d = c.get("/api/documents/westmoor.txt").json()
    assert all(d["text"][f["start"] : f["end"]] == f["text"] for f in d["facts"])
    assert c.get("/").status_code == 200 and c.get("/documents/westmoor.txt").status_code == 200


# ---------------------------------------------------------------------- over real HTTP
def test_http_facts_json_and_csv(live: Any) -> None:
    with httpx.Client(base_url=live.url, timeout=10) as h:
        js = h.get("/api/facts", params={"indicator": "exports", "sort": "-value"}).json()
        assert [f["value"] for f in js["facts"]] == [70.2e9, 61e9, 38.1e9, 9.6e9]
        r = h.get(
            "/api/facts", params={"indicator": "exports", "sort": "-value"}, headers={"Accept": "text/csv"}
        )
        assert [row["id"] for row in csv.DictReader(io.StringIO(r.text))] == [f["id"] for f in js["facts"]]


@pytest.mark.parametrize(
    ("method", "url", "kw", "status", "code", "field"),
    [e for e in ERRORS if e[3] in (400, 403, 404, 405, 422)][::3],
)
def test_http_error_shape(
    live: Any, method: str, url: str, kw: dict[str, Any], status: int, code: str, field: str | None
) -> None:
    with httpx.Client(base_url=live.url, timeout=10) as h:
        r = h.request(method, url, **kw) if "files" not in kw else h.post(url, files=kw["files"])
        if status == 403:  # the live server has a token: a request without one is refused
            field = "authorization"
        assert_error_shape(r, status, code, field)


def test_http_openapi_and_upload(live: Any, fake_pipeline: list[str]) -> None:
    with httpx.Client(base_url=live.url, timeout=10) as h:
        spec = h.get("/openapi.json").json()
        assert {"/api/facts", "/api/entities", "/api/series", "/api/documents", "/api/checks"} <= set(
            spec["paths"]
        )
        assert h.get("/docs").status_code == 200
        r = h.post(
            "/api/documents",
            files={"file": ("up.txt", b"Northvale GDP rose 7.5 percent in 2022.\n")},
            headers={"Authorization": "Bearer s3cret"},
        )
        assert r.status_code == 201, r.text
        assert h.get("/api/facts", params={"doc": "up.txt"}).json()["count"] == 1
        again = h.post(
            "/api/documents",
            files={"file": ("up.txt", b"Northvale GDP rose 7.5 percent in 2022.\n")},
            headers={"Authorization": "Bearer s3cret"},
        )
        assert again.status_code == 200 and again.json()["status"] == "unchanged"


def test_extraction_helper_offsets() -> None:
    for name in TEXTS:
        ex = extraction(name)
        assert all(ex.document.text[f.start : f.end] == f.text for f in ex.facts)
