"""Query speed at scale: p95 latency of the facts query and the series query over 1,000,000 facts.

Builds a ledger of synthetic facts (bulk inserts through SQLAlchemy Core, in batches), then
times :meth:`tally.store.Store.facts` the way the CLI, the API and the dashboard call it:

* entity + indicator (limit 50)           * indicator + period range (limit 50)
* kind + status (limit 50)                * text search ``q`` (limit 50), common and rare words
* cursor paging (pages 2–5 of kind + status, 50 a page)
* the series query: one entity's indicator over periods, oldest first (every row)

Each is run with many random arguments; the p95 is printed with whether it is under 100 ms,
and the query plan (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL) of each query is
shown for the slow ones (``--plans`` for all). ``--cold`` (SQLite) drops the database file from
the OS page cache before every timed call: the latency of a query whose pages come from disk.
On PostgreSQL, ``--cold`` needs a server on this machine: before every timed call every file of
its data directory (``--pg-data``) is dropped from the OS page cache, so rows outside the
server's shared buffers come from disk; with ``--pg-restart`` (the command that restarts it) the
server is also restarted first, so the call is the first query of a new server.

    python bench/query.py                       # SQLite in /tmp/tally-bench-query.db (kept, reused)
    python bench/query.py --db postgresql://tally:tally@127.0.0.1/tally_test
    python bench/query.py --facts 200000 --rebuild
    python bench/query.py --cold --runs 40      # every call on a cold page cache
    python bench/query.py --db postgresql://... --cold --runs 20 \\
        --pg-restart "pg_ctlcluster 15 main restart" --pg-data /var/lib/postgresql/15/main

The text is made up (word lists below), with real-world shapes: a few thousand entities,
two dozen indicators, years 2005–2024, months and ranges, levels, changes, shares, targets.
"""

from __future__ import annotations

import argparse
import os
import random
import shlex
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import OperationalError, ProgrammingError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from tally.model import entity_key, fact_id, period_bounds  # noqa: E402
from tally.store import FactFilter, Store  # noqa: E402
from tally.store import schema as s  # noqa: E402
from tally.store.db import entity_name_rows  # noqa: E402

DEFAULT_DB = "/tmp/tally-bench-query.db"
LIMIT_MS = 100.0
FACTS_PER_DOC = 100

INDICATORS = [
    "gdp", "trade", "exports", "imports", "investment", "fixed_asset_investment", "retail_sales",
    "industrial_output", "output_value", "revenue", "profit", "tax", "income", "population",
    "employment", "grain_output", "tourism_revenue", "tourist_arrivals", "cargo_throughput",
    "electricity", "fiscal_revenue", "deposits", "loans", "cpi", "other",
]
KINDS = [("level", 55), ("change", 25), ("share", 10), ("rank", 5), ("ratio", 5)]
UNITS = ["CNY", "USD", "EUR", "percent", "count", "tonne", "kWh", "km", "hectare"]
TYPES = ["city", "county", "province", "district", "company", "zone"]
SYL = ["an", "bei", "chang", "da", "feng", "gu", "he", "jin", "lan", "ming", "ning", "ping", "qing",
       "ri", "shan", "tai", "wu", "xi", "yang", "zhou", "ber", "mont", "ridge", "vale", "ford", "ton"]
WORDS = ["exports", "imports", "grew", "fell", "reached", "totalled", "climbed", "output", "value",
         "investment", "projects", "farmers", "harvest", "port", "cargo", "visitors", "revenue",
         "industrial", "zone", "bureau", "statistics", "quarter", "year", "plan", "target", "wharves",
         "electric", "vehicles", "semiconductor", "textile", "coal", "steel", "tea", "rice", "wheat"]
RARE = ["lithium", "graphene", "saffron", "hydrofoil", "aquaponics"]   # in about 1 sentence in 10,000


# ---------------------------------------------------------------------- build
def build(store: Store, n_facts: int, *, seed: int = 7, batch: int = 20_000) -> float:
    rng = random.Random(seed)
    t0 = time.perf_counter()
    n_docs = max(1, n_facts // FACTS_PER_DOC)
    n_ents = max(50, min(5000, n_facts // 250))
    ents = _entities(rng, n_ents)
    with store.engine.begin() as c:
        ent_rows = [
            {"id": entity_key(n, t), "name": n, "type": t, "parent_id": None, "aliases": [f"{n} {t}"]}
            for n, t in ents
        ]
        c.execute(insert(s.entities), ent_rows)
        # the names the store writes with each entity, which the entity filter looks up
        c.execute(insert(s.entity_names), [
            row for e in ent_rows for row in entity_name_rows(e["id"], e["name"], e["aliases"])
        ])
        for lo in range(0, n_docs, batch):
            c.execute(insert(s.documents), [
                {"id": d + 1, "name": f"doc{d:07d}.txt", "source": f"/corpus/doc{d:07d}.txt",
                 "media_type": "text/plain", "encoding": "utf-8", "sha256": f"{d:064x}", "size": 4000,
                 "published": f"{2005 + d % 20}-06-30", "published_inferred": False, "title": None,
                 "author": None, "text": "", "ingested_at": "2024-01-01T00:00:00"}
                for d in range(lo, min(n_docs, lo + batch))
            ])
    kinds = [k for k, w in KINDS for _ in range(w)]
    index_ddl = _drop_fact_indexes(store)   # bulk load first, index once afterwards
    rows: list[dict[str, Any]] = []
    for i in range(n_facts):
        rows.append(_fact(rng, i, ents, kinds))
        if len(rows) == batch:
            _insert(store, rows)
            rows = []
            done = i + 1
            if done % 200_000 == 0:
                print(f"  {done:,} facts in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    if rows:
        _insert(store, rows)
    print(f"  loaded in {time.perf_counter() - t0:.0f} s; indexing", file=sys.stderr)
    with store.engine.begin() as c:
        for ddl in index_ddl:
            c.exec_driver_sql(ddl)
        if store.is_sqlite and c.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'facts_fts'"
        ).first():  # the trigram index (migration 0004), filled once like the indexes
            c.exec_driver_sql("INSERT INTO facts_fts(facts_fts) VALUES ('rebuild')")
    with store.engine.begin() as c:
        c.execute(text("ANALYZE"))
    return time.perf_counter() - t0


def _drop_fact_indexes(store: Store) -> list[str]:
    """Drop the secondary indexes of ``facts`` (as the migrations made them) and, on SQLite, the
    triggers that keep its search index in step; return their DDL."""
    with store.engine.begin() as c:
        if store.is_sqlite:
            found = c.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
                " AND tbl_name = 'facts' AND sql IS NOT NULL"
            ).all()
            for name, ddl in found:
                kind = "TRIGGER" if ddl.lstrip().upper().startswith("CREATE TRIGGER") else "INDEX"
                c.exec_driver_sql(f'DROP {kind} "{name}"')
            return [ddl for _, ddl in found]
        found = c.exec_driver_sql(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'facts'"
            " AND schemaname = current_schema() AND indexname NOT LIKE '%%pkey'"
        ).all()
        for name, _ in found:
            c.exec_driver_sql(f'DROP INDEX "{name}"')
    return [ddl for _, ddl in found]


def _insert(store: Store, rows: list[dict[str, Any]]) -> None:
    with store.engine.begin() as c:
        c.execute(insert(s.facts), rows)


def _entities(rng: random.Random, n: int) -> list[tuple[str, str]]:
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    while len(out) < n:
        name = "".join(rng.choice(SYL) for _ in range(rng.randint(2, 3))).capitalize()
        if name not in seen:
            seen.add(name)
            out.append((name, rng.choice(TYPES)))
    return out


def _period(rng: random.Random) -> str:
    y = rng.randint(2005, 2024)
    r = rng.random()
    if r < 0.7:
        return str(y)
    if r < 0.9:
        return f"{y}-{rng.randint(1, 12):02d}"
    return f"{y}-01/{y}-{rng.randint(2, 12):02d}"


def _fact(rng: random.Random, i: int, ents: list[tuple[str, str]], kinds: list[str]) -> dict[str, Any]:
    d = i // FACTS_PER_DOC
    doc = f"doc{d:07d}.txt"
    start = (i % FACTS_PER_DOC) * 40 + 10
    value = round(rng.uniform(0.1, 999.9), 1)
    unit = rng.choice(UNITS)
    kind = rng.choice(kinds)
    name, etype = rng.choice(ents)
    ind = rng.choice(INDICATORS)
    period = _period(rng)
    lo, hi = period_bounds(period)
    words = rng.sample(WORDS, 12)
    if rng.random() < 0.0001:
        words[rng.randrange(12)] = rng.choice(RARE)
    mention = f"{value} billion {unit}"
    sentence = f"{name} {' '.join(words[:6])} {mention} in {period}, {' '.join(words[6:])}."
    change = kind == "change"
    return {
        "id": fact_id(doc, start, start + len(mention)), "document_id": d + 1, "doc": doc, "article": 0,
        "start": start, "end": start + len(mention), "text": mention, "sentence": sentence,
        "sentence_start": start - 10, "sentence_end": start + len(sentence), "value": value * 1e9,
        "value_high": None, "unit": unit, "counted": None, "kind": kind,
        "direction": rng.choice(("up", "down")) if change else None, "basis": "yoy" if change else None,
        "status": "target" if rng.random() < 0.1 else "actual", "approx": "=", "indicator": ind,
        "entity_id": entity_key(name, etype), "entity": name, "entity_type": etype, "period": period,
        "period_start": lo, "period_end": hi, "qualifiers": {}, "rules": ["synthetic"],
    }


# ---------------------------------------------------------------------- measure
def timed(fn: Callable[[], Any], n: int, cold: Callable[[], None] | None = None) -> list[float]:
    """Milliseconds of ``n`` calls of ``fn``: after one call to warm up, or each after ``cold()``."""
    if cold is None:
        fn()  # warm
    out = []
    for _ in range(n):
        if cold is not None:
            cold()
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def p95(ms: list[float]) -> float:
    return statistics.quantiles(ms, n=20, method="inclusive")[18] if len(ms) > 1 else ms[0]


def drop_from_page_cache(path: Path) -> None:
    """Ask the OS to forget its cached pages of one file (``posix_fadvise``; no root needed)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def evicter(store: Store, pg_restart: str | None = None, pg_data: Path | None = None) -> Callable[[], None]:
    """A function that makes the next query read from disk. SQLite: drop the database file from
    the OS page cache and close the pooled connections. PostgreSQL (a server on this machine):
    drop every file of its data directory from the page cache; with ``pg_restart`` also restart
    the server first, so its shared buffers and catalog caches start empty too."""
    if not hasattr(os, "posix_fadvise"):
        raise SystemExit("--cold needs Linux (posix_fadvise)")
    if store.is_sqlite:
        path = store.engine.url.database
        if not path:
            raise SystemExit("--cold needs a SQLite file (the OS page cache of one file)")

        def cold() -> None:
            store.engine.dispose()
            for suffix in ("", "-wal", "-shm"):
                if Path(path + suffix).exists():
                    drop_from_page_cache(Path(path + suffix))

        return cold
    data_dir = pg_data
    if data_dir is None:
        try:
            with store.engine.connect() as c:
                data_dir = Path(c.exec_driver_sql("SHOW data_directory").scalar_one())
        except ProgrammingError as e:  # only superusers may see it
            raise SystemExit(f"--cold: name the server's data directory with --pg-data ({e.orig})") from e
    if not data_dir.is_dir():
        raise SystemExit(f"--cold: the server's data directory {data_dir} is not on this machine")

    def cold_pg() -> None:
        if pg_restart:  # a new server: empty shared buffers and catalog caches
            store.engine.dispose()
            subprocess.run(shlex.split(pg_restart), check=True, capture_output=True)  # noqa: S603
        for f in data_dir.rglob("*"):
            if f.is_file():
                drop_from_page_cache(f)
        for _ in range(100):  # wait until the server takes connections again
            try:
                with store.engine.connect() as c:
                    c.exec_driver_sql("SELECT 1")
                return
            except OperationalError:
                time.sleep(0.1)
        raise SystemExit("--cold: the server did not come back after the restart")

    return cold_pg


def plan(store: Store, flt: FactFilter, order: str = "id") -> str:
    """The plan of the statement Store.facts runs for ``flt`` (a page of 50)."""
    stmt = store.facts_statement(flt, order=order, limit=50)
    sql = str(stmt.compile(dialect=store.engine.dialect, compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as c:
        if store.is_sqlite:
            rows = c.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}").all()
            return "\n".join(f"      {r[-1]}" for r in rows)
        rows = c.exec_driver_sql(f"EXPLAIN {sql.replace('%', '%%')}").all()
        return "\n".join(f"      {r[0]}" for r in rows)


def run(
    store: Store, n: int, show_plans: bool, seed: int = 11, cold: Callable[[], None] | None = None
) -> bool:
    rng = random.Random(seed)
    with store.engine.connect() as c:
        ents = [r[0] for r in c.execute(select(s.entities.c.name))]
    pick_ent = lambda: rng.choice(ents)  # noqa: E731
    pick_ind = lambda: rng.choice(INDICATORS)  # noqa: E731

    def page(flt: FactFilter, pages: int = 5) -> None:
        cursor = None
        for _ in range(pages):
            _, cursor = store.facts(flt, limit=50, cursor=cursor)

    cases: list[tuple[str, Callable[[], Any], FactFilter, str]] = [
        ("entity + indicator",
         lambda: store.facts(FactFilter(entity=pick_ent(), indicator=pick_ind()), limit=50),
         FactFilter(entity=ents[0], indicator="trade"), "id"),
        ("indicator + period range",
         lambda: store.facts(FactFilter(indicator=pick_ind(), period_from=str(y := rng.randint(2005, 2022)),
                                        period_to=str(y + 2)), limit=50),
         FactFilter(indicator="exports", period_from="2015", period_to="2017"), "id"),
        ("kind + status", lambda: store.facts(FactFilter(kind=rng.choice(["share", "rank", "change"]),
                                                         status=rng.choice(["actual", "target"])), limit=50),
         FactFilter(kind="rank", status="target"), "id"),
        ("cursor pages 1-5 (kind + status)", lambda: page(FactFilter(kind="share", status="target")),
         FactFilter(kind="share", status="target"), "id"),
        ("q, common word", lambda: store.facts(FactFilter(q=rng.choice(WORDS)), limit=50),
         FactFilter(q="harvest"), "id"),
        ("q, rare word", lambda: store.facts(FactFilter(q=rng.choice(RARE)), limit=50),
         FactFilter(q="saffron"), "id"),
        ("series (entity + indicator, all periods)",
         lambda: store.facts(FactFilter(entity=pick_ent(), indicator=pick_ind(), kind="level"),
                             order="period_start"),
         FactFilter(entity=ents[0], indicator="gdp", kind="level"), "period_start"),
    ]
    ok_all = True
    print(f"{'query':44} {'p50 ms':>8} {'p95 ms':>8}  under {LIMIT_MS:.0f} ms")
    for name, fn, example, order in cases:
        ms = timed(fn, n, cold)
        q95 = p95(ms)
        ok = q95 < LIMIT_MS
        per = " (5 pages)" if name.startswith("cursor") else ""
        print(f"{name:44} {statistics.median(ms):8.1f} {q95:8.1f}  {'yes' if ok else 'NO'}{per}")
        if not ok or show_plans:
            print(f"    plan ({example}):\n{plan(store, example, order)}")
        ok_all &= ok
    return ok_all


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default=DEFAULT_DB, help=f"SQLite file or database URL (default {DEFAULT_DB})")
    ap.add_argument("--facts", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=100, help="timed calls per query")
    ap.add_argument("--rebuild", action="store_true", help="empty the ledger and build it again")
    ap.add_argument("--plans", action="store_true", help="show every query plan, not only the slow ones")
    ap.add_argument("--cold", action="store_true",
                    help="read from disk: drop the OS page cache (restart PostgreSQL) before each timed call")
    ap.add_argument("--pg-restart", help="with --cold on PostgreSQL: the command restarting the local server")
    ap.add_argument("--pg-data", type=Path, help="with --cold on PostgreSQL: the server's data directory")
    args = ap.parse_args()

    if args.rebuild and "://" not in args.db:
        for suffix in ("", "-wal", "-shm"):
            Path(args.db + suffix).unlink(missing_ok=True)
    store = Store(args.db)
    print(f"database: {store!r} ({store.engine.dialect.name})")
    with store.engine.connect() as c:
        have = c.execute(select(func.count()).select_from(s.facts)).scalar_one()
    if have and (args.rebuild or have != args.facts):
        with store.engine.begin() as c:
            for t in (s.check_facts, s.checks, s.facts, s.articles, s.entity_names, s.entities, s.documents):
                c.execute(t.delete())
        have = 0
    if have:
        print(f"reusing {have:,} facts")
    else:
        secs = build(store, args.facts)
        print(f"built {args.facts:,} facts in {secs:.0f} s ({args.facts / secs:,.0f} rows/s)")
    if args.cold:
        what = ("the database file is" if store.is_sqlite else
                "the server is restarted and its files are" if args.pg_restart else "the server's files are")
        print(f"cold: {what} dropped from the OS page cache before every call")
    cold = evicter(store, args.pg_restart, args.pg_data) if args.cold else None
    ok = run(store, args.runs, args.plans, cold=cold)
    print("all typical queries under 100 ms p95" if ok else "some typical queries are over 100 ms p95")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
