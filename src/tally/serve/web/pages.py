"""Server-rendered pages (Jinja2, autoescape on): overview, entities, facts, documents, checks."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from tally import __version__
from tally.serve.web import queries as qs
from tally.serve.web.api import CSV_COLUMNS, FactQuery
from tally.serve.web.app import ApiError
from tally.serve.web.highlight import marked_text, sentence_with_mark
from tally.store import FactFilter, Store

router = APIRouter(include_in_schema=False)
TEMPLATES = Path(__file__).resolve().parent / "templates"


def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    env.filters["q"] = lambda s: quote(str(s), safe=":")
    env.filters["num"] = fmt_value
    env.filters["sentence"] = sentence_with_mark
    env.globals["version"] = __version__
    return env


def fmt_value(v: Any, unit: str | None = None) -> str:
    """A value for people: 90460000000 → '90.46 billion'; unit appended when given."""
    if v is None:
        s = "—"
    elif isinstance(v, int | float) and not (isinstance(v, float) and math.isnan(v)):
        a = abs(v)
        for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if a >= size:
                s = f"{v / size:,.4g} {word}"
                break
        else:
            s = f"{v:,.0f}" if float(v).is_integer() else f"{v:,.4g}"
    else:
        s = str(v)
    return f"{s} {unit}" if unit and unit != "count" else s


templates = Jinja2Templates(env=_env())


def store_of(request: Request) -> Store:
    return request.app.state.store


def page(request: Request, name: str, *, http_status: int = 200, **ctx: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"request": request, **ctx}, status_code=http_status)


def render_error(
    request: Request, status: int, message: str, *, headers: dict[str, str] | None = None
) -> Response:
    resp = page(request, "error.html", http_status=status, status_code=status, message=message)
    for k, v in (headers or {}).items():
        resp.headers[k] = v
    return resp


# ---------------------------------------------------------------------- overview
@router.get("/", response_class=HTMLResponse)
def overview(request: Request, store: Annotated[Store, Depends(store_of)]) -> HTMLResponse:
    counts = store.counts()
    checks = qs.check_counts(store)
    failing = store.checks(status="contradiction")[:10] + store.checks(status="warning")[:5]
    by_id = qs.facts_by_id(store, (f for c in failing for f in c["facts"]))
    docs = sorted(store.documents(), key=lambda d: d["id"], reverse=True)[:8]
    return page(
        request,
        "overview.html",
        counts=counts,
        checks=checks,
        failing=failing,
        facts_by_id=by_id,
        newest=qs.newest_facts(store),
        docs=docs,
    )


# ---------------------------------------------------------------------- entities
@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, store: Annotated[Store, Depends(store_of)]) -> HTMLResponse:
    rows = store.entities()
    return page(request, "entities.html", roots=qs.entity_tree(rows), total=len(rows))


@router.get("/entities/{entity_id:path}", response_class=HTMLResponse)
def entity(entity_id: str, request: Request, store: Annotated[Store, Depends(store_of)]) -> HTMLResponse:
    ent = store.entity(entity_id)
    if ent is None:
        raise ApiError(404, f"no entity {entity_id!r}")
    parent = store.entity(ent["parent_id"]) if ent.get("parent_id") else None
    prof = qs.cached(
        request.app.state.cache, store, f"entity:{ent['id']}", lambda: qs.entity_profile(store, ent["id"])
    )
    children = qs.subtree(store, ent["id"], depth=2)
    return page(
        request, "entity.html", ent=ent, parent=parent, prof=prof, children=children, charts=prof["charts"]
    )


# ---------------------------------------------------------------------- facts
@router.get("/facts", response_class=HTMLResponse)
def facts(
    request: Request, store: Annotated[Store, Depends(store_of)], fq: Annotated[FactQuery, Depends()]
) -> HTMLResponse:
    rows, nxt = fq.run(store)
    f = fq.filter
    params = {k: v for k, v in request.query_params.items() if v and k not in ("cursor", "format")}
    if fq.cursor:
        params["cursor"] = fq.cursor
    csv_url = "/api/facts?" + urlencode({**params, "format": "csv"})
    next_url = "/facts?" + urlencode({**params, "cursor": nxt}) if nxt else None
    facet_values = qs.cached(request.app.state.cache, store, "facets", lambda: qs.facets(store))
    total = store.count_facts(f)
    return page(
        request,
        "facts.html",
        rows=rows,
        f=f,
        fq=fq,
        facets=facet_values,
        csv_url=csv_url,
        next_url=next_url,
        total=total,
        columns=CSV_COLUMNS,
        first_url="/facts?" + urlencode({k: v for k, v in params.items() if k != "cursor"}),
    )


# ---------------------------------------------------------------------- documents
@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, store: Annotated[Store, Depends(store_of)]) -> HTMLResponse:
    return page(
        request, "documents.html", docs=store.documents(), can_upload=bool(request.app.state.upload_token)
    )


@router.get("/documents/{name:path}", response_class=HTMLResponse)
def document(name: str, request: Request, store: Annotated[Store, Depends(store_of)]) -> HTMLResponse:
    doc = store.document(name)
    if doc is None:
        raise ApiError(404, f"no document {name!r}")
    rows, _ = store.facts(FactFilter(doc=name), order="start")
    facts = []
    for i, r in enumerate(rows):
        facts.append(
            {k: r[k] for k in qs.DOCUMENT_FACT_FIELDS}
            | {"_n": i}
        )
    checks = qs.checks_of_facts(store, [f["id"] for f in facts])
    heads = [
        (a["headline_start"], a["headline_end"])
        for a in doc["articles"]
        if a.get("headline_start") is not None
    ]
    html = marked_text(doc["text"], facts, headlines=heads)
    data = [
        {
            **{k: v for k, v in f.items() if k != "_n"},
            "n": f["_n"],
            "value_fmt": fmt_value(f["value"], f["unit"]),
            "checks": [
                {"rule": c["rule"], "status": c["status"], "explanation": c["explanation"]}
                for c in checks.get(f["id"], [])
            ],
        }
        for f in facts
    ]
    return page(request, "document.html", doc=doc, html=html, facts=facts, checks=checks, data=data)


@router.get("/upload", response_class=HTMLResponse)
def upload(request: Request) -> HTMLResponse:
    return page(request, "upload.html", can_upload=bool(request.app.state.upload_token))


# ---------------------------------------------------------------------- checks
@router.get("/checks", response_class=HTMLResponse)
def checks(
    request: Request,
    store: Annotated[Store, Depends(store_of)],
    status: str | None = None,
    rule: str | None = None,
) -> HTMLResponse:
    status = status or None
    rows = store.checks(status=status, rule=rule or None)
    if status is None:
        order = {"contradiction": 0, "warning": 1, "ok": 2}
        rows.sort(key=lambda r: (order.get(r["status"], 3), r["rule"], r["id"]))
    shown = rows[:300]
    by_id = qs.facts_by_id(store, (f for c in shown for f in c["facts"]))
    return page(
        request,
        "checks.html",
        rows=shown,
        total=len(rows),
        by_id=by_id,
        status=status,
        rule=rule,
        counts=qs.check_counts(store),
        rules=sorted({r["rule"] for r in store.checks()}),
    )
