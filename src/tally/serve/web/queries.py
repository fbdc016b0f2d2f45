"""Read queries of the web face that the Store does not offer: series, profiles, facets.

All of them are read-only SQLAlchemy Core over :mod:`tally.store.schema`, shaped for the API
and the pages (plain dicts, JSON-ready).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import desc, func, select

from tally.serve.web.periods import class_label, class_order, months, period_class
from tally.store import FactFilter, Store, fact_record
from tally.store import schema as s

# The fields of a fact shown with its document (the reader's highlights and the document API).
DOCUMENT_FACT_FIELDS = (
    "id", "start", "end", "text", "value", "value_high", "unit", "kind", "status", "approx",
    "indicator", "entity", "entity_id", "period", "direction", "basis",
)

F = s.facts.c
# Columns of the light fact rows (no JSON columns) used by charts, tables and the reader.
LIGHT = [
    F.id,
    F.doc,
    F.start,
    F.end,
    F.text,
    F.value,
    F.value_high,
    F.unit,
    F.kind,
    F.direction,
    F.basis,
    F.status,
    F.approx,
    F.indicator,
    F.entity,
    F.entity_id,
    F.entity_type,
    F.period,
    F.period_start,
    F.period_end,
    F.sentence,
    F.sentence_start,
    F.sentence_end,
    F.counted,
]


def fact_json(row: dict[str, Any]) -> dict[str, Any]:
    """A stored fact row for the API: the exchange record plus id, sentence and period bounds."""
    rec = {"id": row["id"], **fact_record(row)}
    for k in (
        "entity_id",
        "article",
        "sentence",
        "sentence_start",
        "sentence_end",
        "period_start",
        "period_end",
    ):
        rec[k] = row.get(k)
    return rec


def light(row: Any) -> dict[str, Any]:
    return dict(row._mapping)


def signed(row: dict[str, Any]) -> float | None:
    """The value of a change with its sign (a fall is negative)."""
    v = row.get("value")
    if v is None:
        return None
    return -abs(v) if row.get("direction") == "down" else v


# ---------------------------------------------------------------------- version and cache
def data_version(store: Store) -> tuple[Any, ...]:
    """Cheap fingerprint of the ledger's content, for caching facets."""
    with store.engine.connect() as c:
        d = c.execute(
            select(func.count(), func.max(s.documents.c.ingested_at), func.max(s.documents.c.id))
        ).one()
        k = c.execute(select(func.count(), func.max(s.checks.c.id)).select_from(s.checks)).one()
    return (*d, *k)


def cached(cache: dict[str, Any], store: Store, key: str, make: Any, *, limit: int = 512) -> Any:
    """``make()``, remembered until the ledger changes (another document, re-run checks)."""
    version = data_version(store)
    hit = cache.get(key)
    if hit is not None and hit[0] == version:
        return hit[1]
    value = make()
    if len(cache) >= limit:
        cache.clear()
    cache[key] = (version, value)
    return value


# ---------------------------------------------------------------------- series
def series(
    store: Store, entity: str, indicator: str, *, unit: str | None = None, status: str | None = None
) -> dict[str, Any]:
    """Values of (entity, indicator) over periods: levels and changes apart, oldest first."""
    rows, _ = store.facts(
        FactFilter(entity=entity, indicator=indicator, unit=unit, status=status), order="period_start"
    )
    out: dict[str, list[dict[str, Any]]] = {"levels": [], "changes": [], "other": []}
    for r in rows:
        point = {
            "period": r["period"],
            "period_start": r["period_start"],
            "period_end": r["period_end"],
            "period_class": period_class(r["period"]),
            "period_months": months(r["period"]),
            "value": r["value"],
            "value_high": r["value_high"],
            "unit": r["unit"],
            "approx": r["approx"],
            "status": r["status"],
            "kind": r["kind"],
            "fact": r["id"],
            "doc": r["doc"],
            "text": r["text"],
            "sentence": r["sentence"],
        }
        if r["kind"] == "level":
            out["levels"].append(point)
        elif r["kind"] == "change":
            point.update(direction=r["direction"], basis=r["basis"], signed_value=signed(r))
            out["changes"].append(point)
        else:
            out["other"].append(point)
    return {"entity": entity, "indicator": indicator, **out}


# ---------------------------------------------------------------------- entities
def subtree(store: Store, entity_id: str, *, depth: int = 3) -> list[dict[str, Any]]:
    """Children of an entity, each with its own children (to ``depth`` levels)."""
    out = []
    for ch in store.children(entity_id):
        ch["children"] = subtree(store, ch["id"], depth=depth - 1) if depth > 1 else []
        out.append(ch)
    return out


def entity_tree(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entities nested under their parents (roots: no parent, or a parent not stored)."""
    by_id = {r["id"]: {**r, "children": []} for r in rows}
    roots = []
    for r in by_id.values():
        parent = by_id.get(r["parent_id"]) if r.get("parent_id") else None
        if parent is not None and parent is not r:
            parent["children"].append(r)
        else:
            roots.append(r)
    return roots


def entity_profile(
    store: Store, entity_id: str, *, key_indicators: int = 6, latest: int = 15, max_points: int = 400
) -> dict[str, Any]:
    """What the entity page shows: indicator counts, chart series, latest figures, reports."""
    with store.engine.connect() as c:
        counts = c.execute(
            select(F.indicator, F.kind, func.count())
            .where(F.entity_id == entity_id)
            .group_by(F.indicator, F.kind)
        ).all()
        per_ind: dict[str, dict[str, int]] = {}
        for ind, kind, n in counts:
            per_ind.setdefault(ind, {})[kind] = n
        ranked = sorted(
            per_ind,
            key=lambda i: (i == "other", -(per_ind[i].get("level", 0) + per_ind[i].get("change", 0)), i),
        )
        keys = [i for i in ranked if per_ind[i].get("level", 0) + per_ind[i].get("change", 0) > 0][
            :key_indicators
        ]
        points = []
        if keys:  # one point per stated period (several reports may state it): index-only
            points = [
                dict(r._mapping)
                for r in c.execute(
                    select(
                        F.indicator,
                        F.kind,
                        F.unit,
                        F.status,
                        F.basis,
                        F.direction,
                        F.period,
                        func.min(F.period_end).label("period_end"),
                        func.count().label("n"),
                        func.min(F.value).label("low"),
                        func.max(F.value).label("value"),
                    )
                    .where(
                        F.entity_id == entity_id,
                        F.indicator.in_(keys),
                        F.kind.in_(("level", "change")),
                        F.period_end.is_not(None),
                        F.value.is_not(None),
                    )
                    .group_by(F.indicator, F.kind, F.unit, F.status, F.basis, F.direction, F.period)
                    .order_by(func.min(F.period_end))
                    .limit(max_points * len(keys))
                )
            ]
        latest_rows: list[dict[str, Any]] = []
        if latest:  # the newest period ends first (index-only), then only the rows at or after them
            ends = [
                r[0]
                for r in c.execute(
                    select(F.period_end)
                    .where(F.entity_id == entity_id, F.period_end.is_not(None))
                    .distinct()
                    .order_by(desc(F.period_end))
                    .limit(latest)
                )
            ]
            cond = [F.entity_id == entity_id] + ([F.period_end >= ends[-1]] if len(ends) == latest else [])
            latest_rows = [
                light(r)
                for r in c.execute(
                    select(*LIGHT)
                    .where(*cond)
                    .order_by(F.period_end.is_(None), desc(F.period_end), F.doc, F.start)
                    .limit(latest)
                )
            ]
        per_doc = (
            select(F.document_id, func.count().label("n"))
            .where(F.entity_id == entity_id)
            .group_by(F.document_id)
            .subquery()
        )
        D = s.documents.c
        docs = c.execute(
            select(D.name, D.title, D.published, per_doc.c.n)
            .join_from(per_doc, s.documents, D.id == per_doc.c.document_id)
            .order_by(desc(per_doc.c.n), D.name)
            .limit(50)
        ).all()
    charts = []
    for ind in keys:
        mine = [p for p in points if p["indicator"] == ind]
        charts.append(
            {
                "indicator": ind,
                "levels": _traces([p for p in mine if p["kind"] == "level"], change=False),
                "changes": _traces([p for p in mine if p["kind"] == "change"], change=True),
            }
        )
    return {
        "indicators": [
            {"indicator": i, "kinds": per_ind[i], "facts": sum(per_ind[i].values())} for i in ranked
        ],
        "charts": charts,
        "latest": latest_rows,
        "documents": [dict(r._mapping) for r in docs],
        "facts": sum(n for _, _, n in counts),
    }


def _traces(points: list[dict[str, Any]], *, change: bool) -> list[dict[str, Any]]:
    """Plotly-ready traces: one per (unit, status, basis); x = the period, ``end`` orders them.

    Levels are also split by period length (a year, five months, a five-year total), so one
    line only joins comparable periods. A period stated by several facts is one point: the
    highest value, with the range in the hover.
    """
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for p in points:
        cls = None if change else period_class(p["period"])
        key = (p["unit"], p["status"], (p["basis"] or "") if change else "", class_order(cls), cls or "")
        groups.setdefault(key, []).append(p)
    out = []
    for (unit, status, basis, _, cls), ps in sorted(groups.items()):
        label = " ".join(x for x in (unit, basis, "target" if status == "target" else "") if x)
        length = class_label(cls or None, [p["period"] for p in ps])
        label = ", ".join(x for x in (label, length) if x)
        ps.sort(key=lambda p: (p["period_end"], p["period"]))
        out.append(
            {
                "name": label,
                "unit": unit,
                "status": status,
                "period_class": cls or None,
                "x": [p["period"] for p in ps],
                "end": [p["period_end"] for p in ps],
                "y": [signed(p) if change else p["value"] for p in ps],
                "text": [_hover(p, unit) for p in ps],
            }
        )
    return out


def _hover(p: dict[str, Any], unit: str) -> str:
    def f(v: float) -> str:
        return (
            f"{v:,.4g}"
            if abs(v) < 1e6
            else f"{v / 1e9:,.4g} billion"
            if abs(v) >= 1e9
            else f"{v / 1e6:,.4g} million"
        )

    val = f(p["value"]) if p["low"] == p["value"] else f"{f(p['low'])} to {f(p['value'])}"
    return f"{p['period']}: {val} {unit}" + (f" ({p['n']} facts)" if p["n"] > 1 else "")


# ---------------------------------------------------------------------- overview, facets
def newest_facts(store: Store, n: int = 12) -> list[dict[str, Any]]:
    """Facts of the most recently ingested documents."""
    with store.engine.connect() as c:
        ids = [r[0] for r in c.execute(select(s.documents.c.id).order_by(desc(s.documents.c.id)).limit(5))]
        if not ids:
            return []
        return [
            light(r)
            for r in c.execute(
                select(*LIGHT).where(F.document_id.in_(ids)).order_by(desc(F.document_id), F.start).limit(n)
            )
        ]


def facets(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Values (with fact counts) of the explorer's facets: entity, indicator, year, kind, status."""
    with store.engine.connect() as c:
        ents = c.execute(
            select(F.entity_id, func.min(F.entity), func.count())
            .where(F.entity_id.is_not(None))
            .group_by(F.entity_id)
            .order_by(func.min(F.entity))
        ).all()
        out: dict[str, list[dict[str, Any]]] = {
            "entity": [{"value": name, "id": eid, "n": n} for eid, name, n in ents],
        }
        for col in ("indicator", "kind", "status"):
            out[col] = [
                {"value": v, "n": n}
                for v, n in c.execute(select(F[col], func.count()).group_by(F[col]).order_by(F[col]))
            ]
        year = func.substr(F.period_start, 1, 4)
        out["period"] = [
            {"value": v, "n": n}
            for v, n in c.execute(
                select(year, func.count())
                .where(F.period_start.is_not(None))
                .group_by(year)
                .order_by(desc(year))
            )
        ]
    return out


# ---------------------------------------------------------------------- checks
def checks_of_facts(store: Store, fact_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """For each fact id, the checks that involve it."""
    out: dict[str, list[dict[str, Any]]] = {}
    if not fact_ids:
        return out
    cf = s.check_facts.c
    with store.engine.connect() as c:
        for chunk in _chunks(list(fact_ids), 500):
            rows = c.execute(
                select(cf.fact_id, s.checks)
                .select_from(s.check_facts.join(s.checks, s.checks.c.id == cf.check_id))
                .where(cf.fact_id.in_(chunk))
                .order_by(s.checks.c.id)
            ).all()
            for r in rows:
                m = dict(r._mapping)
                fid = m.pop("fact_id")
                out.setdefault(fid, []).append(m)
    return out


def facts_by_id(store: Store, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    ids = sorted(set(ids))
    out: dict[str, dict[str, Any]] = {}
    with store.engine.connect() as c:
        for chunk in _chunks(ids, 500):
            for r in c.execute(select(*LIGHT).where(F.id.in_(chunk))):
                out[r.id] = light(r)
    return out


def check_counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as c:
        return dict(c.execute(select(s.checks.c.status, func.count()).group_by(s.checks.c.status)).all())


def _chunks(xs: list[str], n: int) -> Iterable[list[str]]:
    for i in range(0, len(xs), n):
        yield xs[i : i + n]
