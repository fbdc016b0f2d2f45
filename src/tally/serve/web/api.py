"""The REST API under ``/api``: facts, entities, series, documents, checks, upload."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import secrets
from pathlib import PurePosixPath, PureWindowsPath
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response

from tally.serve.web import queries as qs
from tally.serve.web.app import ApiError
from tally.store import FactFilter, Store
from tally.store.db import SORTABLE

router = APIRouter(prefix="/api", tags=["api"])

CSV_COLUMNS = [
    "id",
    "doc",
    "start",
    "end",
    "text",
    "value",
    "value_high",
    "unit",
    "counted",
    "kind",
    "direction",
    "basis",
    "status",
    "approx",
    "entity",
    "entity_type",
    "indicator",
    "period",
    "qualifiers",
    "sentence",
]
MAX_LIMIT = 5000


def store_of(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(store_of)]


# ---------------------------------------------------------------------- facts
class FactQuery:
    """The facts filters, sort and page, shared by the API and the explorer page."""

    def __init__(
        self,
        entity: Annotated[str | None, Query(description="Entity name, alias or id.")] = None,
        indicator: Annotated[str | None, Query(description="Indicator id, e.g. exports.")] = None,
        period: Annotated[
            str | None, Query(description="ISO period the facts overlap: 2021, 2021-06.")
        ] = None,
        period_from: Annotated[
            str | None, Query(description="Facts ending on or after this date/period.")
        ] = None,
        period_to: Annotated[
            str | None, Query(description="Facts starting on or before this date/period.")
        ] = None,
        kind: Annotated[str | None, Query(description="level, change, share, rank or ratio.")] = None,
        status: Annotated[str | None, Query(description="actual or target.")] = None,
        unit: Annotated[str | None, Query(description="Canonical unit: CNY, percent, count...")] = None,
        doc: Annotated[str | None, Query(description="Document name.")] = None,
        q: Annotated[str | None, Query(description="Text in the sentence or the mention.")] = None,
        sort: Annotated[
            str, Query(description="Sort column, '-' prefix for descending: " + ", ".join(SORTABLE))
        ] = "doc",
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size.")] = 50,
        cursor: Annotated[str | None, Query(description="next_cursor of the previous page.")] = None,
    ) -> None:
        self.filter = FactFilter(
            entity=_blank(entity),
            indicator=_blank(indicator),
            period=_blank(period),
            period_from=_blank(period_from),
            period_to=_blank(period_to),
            kind=_blank(kind),
            status=_blank(status),
            unit=_blank(unit),
            doc=_blank(doc),
            q=_blank(q),
        )
        self.descending = sort.startswith("-")
        self.order = sort.lstrip("-+") or "doc"
        if self.order not in SORTABLE:
            raise ApiError(
                400,
                f"sort must be one of {', '.join(SORTABLE)} (prefix - to descend)",
                field="sort",
                code="invalid_query",
            )
        self.sort = sort
        self.limit = limit
        self.cursor = _blank(cursor)

    def run(self, store: Store) -> tuple[list[dict[str, Any]], str | None]:
        return store.facts(
            self.filter, order=self.order, descending=self.descending, limit=self.limit, cursor=self.cursor
        )


def _blank(v: str | None) -> str | None:
    return v.strip() or None if isinstance(v, str) else v


def wants_csv(request: Request, fmt: str | None) -> bool:
    if fmt:
        return fmt == "csv"
    accept = request.headers.get("accept", "")
    return "text/csv" in accept and "application/json" not in accept.split("text/csv")[0]


def facts_csv(rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for r in rows:
        rec = qs.fact_json(r)
        w.writerow([_cell(rec.get(c)) for c in CSV_COLUMNS])
    return buf.getvalue()


def _cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, dict | list):
        return json.dumps(v, ensure_ascii=False)
    return v


@router.get("/facts", summary="Facts matching filters, sorted, one page at a time (JSON or CSV)")
def list_facts(
    request: Request,
    store: StoreDep,
    fq: Annotated[FactQuery, Depends()],
    format: Annotated[
        Literal["json", "csv"] | None, Query(description="json (default) or csv; or send Accept: text/csv")
    ] = None,
) -> Response:
    rows, nxt = fq.run(store)
    headers = {"X-Next-Cursor": nxt} if nxt else {}
    if wants_csv(request, format):
        headers["Content-Disposition"] = 'attachment; filename="tally-facts.csv"'
        return Response(facts_csv(rows), media_type="text/csv; charset=utf-8", headers=headers)
    return JSONResponse(
        {"facts": [qs.fact_json(r) for r in rows], "next_cursor": nxt, "count": len(rows)}, headers=headers
    )


@router.get("/facts/{fact_id:path}", summary="One fact with the checks that involve it")
def get_fact(fact_id: str, store: StoreDep) -> dict[str, Any]:
    rows, _ = store.facts(FactFilter(ids=[fact_id]))
    if not rows:
        raise ApiError(404, f"no fact {fact_id!r}", field="fact_id", code="not_found")
    return {**qs.fact_json(rows[0]), "checks": qs.checks_of_facts(store, [fact_id]).get(fact_id, [])}


# ---------------------------------------------------------------------- entities and series
@router.get("/entities", summary="Entities with their parent, children and number of facts")
def list_entities(
    store: StoreDep,
    type: Annotated[str | None, Query(description="Only this type: province, city, county, zone...")] = None,
    tree: Annotated[bool, Query(description="Nest children under their parents.")] = False,
) -> dict[str, Any]:
    rows = store.entities()
    kids: dict[str, list[str]] = {}
    for r in rows:
        if r.get("parent_id"):
            kids.setdefault(r["parent_id"], []).append(r["id"])
    for r in rows:
        r["children"] = kids.get(r["id"], [])
    if tree:
        return {"entities": qs.entity_tree([{k: v for k, v in r.items() if k != "children"} for r in rows])}
    if type:
        rows = [r for r in rows if r["type"] == type]
    return {"entities": rows}


@router.get("/entities/{entity_id:path}", summary="One entity: parent, child entities (nested), reports")
def get_entity(entity_id: str, store: StoreDep) -> dict[str, Any]:
    ent = store.entity(entity_id)
    if ent is None:
        raise ApiError(404, f"no entity {entity_id!r}", field="entity_id")
    prof = qs.entity_profile(store, ent["id"], key_indicators=0, latest=0)
    parent = store.entity(ent["parent_id"]) if ent.get("parent_id") else None
    return {
        **ent,
        "parent": parent,
        "children": qs.subtree(store, ent["id"]),
        "facts": prof["facts"],
        "indicators": prof["indicators"],
        "documents": prof["documents"],
    }


@router.get("/series", summary="Values of one entity's indicator over periods, levels and changes apart")
def get_series(
    store: StoreDep,
    entity: Annotated[str, Query(description="Entity name, alias or id.")],
    indicator: Annotated[str, Query(description="Indicator id.")],
    unit: Annotated[str | None, Query()] = None,
    status: Annotated[str | None, Query(description="actual or target.")] = None,
) -> dict[str, Any]:
    ent = store.entity(entity)
    name = ent["name"] if ent else entity
    out = qs.series(store, name, indicator, unit=_blank(unit), status=_blank(status))
    if ent is None and not (out["levels"] or out["changes"] or out["other"]):
        raise ApiError(404, f"no entity {entity!r}", field="entity")
    out["entity_id"] = ent["id"] if ent else None
    return out


# ---------------------------------------------------------------------- documents
@router.get("/documents", summary="Ingested documents (without their text)")
def list_documents(store: StoreDep) -> dict[str, Any]:
    return {"documents": store.documents()}


@router.get("/documents/{name:path}", summary="A document with its text, articles and every fact's offsets")
def get_document(name: str, store: StoreDep) -> dict[str, Any]:
    doc = store.document(name)
    if doc is None:
        raise ApiError(404, f"no document {name!r}", field="name")
    rows, _ = store.facts(FactFilter(doc=name), order="start")
    doc["facts"] = [
        {k: r[k] for k in (*qs.DOCUMENT_FACT_FIELDS, "sentence_start", "sentence_end")}
        for r in rows
    ]
    return doc


def require_upload_token(request: Request) -> None:
    """Uploads need the server's token as ``Authorization: Bearer <token>``; else 403."""
    token = request.app.state.upload_token
    if not token:
        raise ApiError(403, "uploads are disabled on this server (read-only); start it with an upload token")
    auth = request.headers.get("authorization", "")
    scheme, _, given = auth.partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(
            403, "a valid upload token is required (Authorization: Bearer <token>)", field="authorization"
        )
    limit = request.app.state.max_upload_bytes
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > limit + 64 * 1024:
        raise ApiError(413, f"upload exceeds the size limit of {limit} bytes", field="file")


@router.post(
    "/documents",
    status_code=201,
    dependencies=[Depends(require_upload_token)],
    summary="Upload a report (needs the server's upload token); it is ingested and checked",
)
def upload_document(
    request: Request,
    store: StoreDep,
    file: Annotated[UploadFile, File(description="The report: text, HTML or PDF.")],
    published: Annotated[dt.date | None, Form(description="Publication date YYYY-MM-DD.")] = None,
) -> JSONResponse:
    limit = request.app.state.max_upload_bytes
    data = file.file.read(limit + 1)
    if len(data) > limit:
        raise ApiError(413, f"upload exceeds the size limit of {limit} bytes", field="file")
    name = _safe_name(file.filename)
    from tally.ledger import Ledger
    from tally.pipeline import process
    from tally.read import read_bytes

    doc = read_bytes(data, name=name, source=f"upload:{name}", published=published)
    result = store.save(process(doc))
    checked = False
    if result.status != "unchanged":
        try:
            Ledger(store).run_checks()
            checked = True
        except ImportError:  # the verify stage is not installed: the document is stored all the same
            checked = False
    body = {
        "name": name,
        "status": result.status,
        "facts": result.facts,
        "articles": result.articles,
        "checks_run": checked,
        "url": f"/api/documents/{name}",
    }
    return JSONResponse(body, status_code=201 if result.status == "added" else 200)


def _safe_name(raw: str | None) -> str:
    name = PureWindowsPath(PurePosixPath(raw or "").name).name.strip()
    if not name or name in (".", ".."):
        raise ApiError(422, "the uploaded file needs a name", field="file")
    return name[:200]


# ---------------------------------------------------------------------- checks
@router.get("/checks", summary="Consistency checks with their arithmetic and the facts involved")
def list_checks(
    store: StoreDep,
    status: Annotated[Literal["ok", "warning", "contradiction"] | None, Query()] = None,
    rule: Annotated[str | None, Query()] = None,
    fact: Annotated[str | None, Query(description="Only checks involving this fact id.")] = None,
    expand: Annotated[bool, Query(description="Include the facts' records.")] = False,
) -> dict[str, Any]:
    rows = store.checks(status=status, rule=_blank(rule), fact=_blank(fact))
    if expand:
        by_id = qs.facts_by_id(store, (f for r in rows for f in r["facts"]))
        for r in rows:
            r["fact_records"] = [by_id[f] for f in r["facts"] if f in by_id]
    return {"checks": rows, "count": len(rows)}
