"""Latency of the web face over real HTTP: p95 of /api/facts and of an entity page.

    python bench/serve.py [--facts 100000] [--requests 200] [--db path]

Builds a ledger of synthetic facts (synthetic documents saved through ``Store.save``), starts
``uvicorn`` in a child process on a free loopback port, then times a bounded number of
requests, one at a time: ``/api/facts`` with a filter and a page of 50, and
``/entities/<id>`` pages (the province with a tenth of all facts among them; an entity's
profile is cached until the ledger changes, so first visits are reported apart). Target: p95
under 100 ms each.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from tally.model import Document, Entity, Extraction, Fact
from tally.store import Store

INDICATORS = ["gdp", "exports", "imports", "trade", "investment", "revenue", "jobs", "income"]
UNITS = {"jobs": "count"}
FACTS_PER_DOC = 200


def entities() -> list[Entity]:
    out = [Entity(name="Province Zero", type="province")]
    for c in range(20):
        out.append(Entity(name=f"City {c}", type="city", parent="Province Zero"))
        for k in range(4):
            out.append(Entity(name=f"County {c}-{k}", type="county", parent=f"City {c}"))
    return out


def build(db: str, n_facts: int, seed: int = 7) -> Store:
    rnd = random.Random(seed)
    ents = entities()
    store = Store(db)
    n_docs = max(1, n_facts // FACTS_PER_DOC)
    t0 = time.perf_counter()
    for d in range(n_docs):
        name = f"synthetic-{d:05d}.txt"
        parts: list[str] = []
        facts: list[Fact] = []
        pos = 0
        for i in range(FACTS_PER_DOC):
            ent = ents[0] if rnd.random() < 0.1 else rnd.choice(ents[1:])
            ind = rnd.choice(INDICATORS)
            year = rnd.randint(2005, 2023)
            month = rnd.choice([None, None, rnd.randint(1, 12)])
            period = f"{year}" if month is None else f"{year}-{month:02d}"
            kind = "change" if rnd.random() < 0.25 else "level"
            value = round(rnd.uniform(1, 50), 1) if kind == "change" else round(rnd.uniform(1, 900), 1) * 1e8
            unit = "percent" if kind == "change" else UNITS.get(ind, "CNY")
            figure = f"{value:g} percent" if kind == "change" else f"{value / 1e8:g} hundred million yuan"
            sent = f"Item {i}: the {ind} of {ent.name} in {period} was {figure}. "
            start = pos + sent.index(figure)
            facts.append(
                Fact(
                    doc=name,
                    start=start,
                    end=start + len(figure),
                    text=figure,
                    value=value,
                    unit=unit,
                    kind=kind,
                    indicator=ind,
                    entity=ent.name,
                    entity_type=ent.type,
                    period=period,
                    direction="up" if kind == "change" else None,
                    basis="yoy" if kind == "change" else None,
                    sentence_start=pos,
                    sentence_end=pos + len(sent) - 1,
                    article=0,
                )
            )
            parts.append(sent)
            pos += len(sent)
        text = "".join(parts)
        doc = Document(
            name=name,
            source="bench",
            text=text,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            size=len(text),
        )
        store.save(Extraction(document=doc, articles=[], facts=facts, entities=ents))
    print(
        f"built {n_docs * FACTS_PER_DOC} facts in {n_docs} documents in {time.perf_counter() - t0:.1f} s",
        flush=True,
    )
    return store


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "TALLY_DB": db}
    env.pop("TALLY_UPLOAD_TOKEN", None)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "tally.serve.web.app:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            if httpx.get(url + "/api/documents?x", timeout=1).status_code < 500:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


def timed(client: httpx.Client, urls: list[str]) -> list[float]:
    out = []
    for u in urls:
        t = time.perf_counter()
        r = client.get(u)
        out.append((time.perf_counter() - t) * 1000)
        if r.status_code != 200:
            raise SystemExit(f"{u}: HTTP {r.status_code}: {r.text[:200]}")
    return out


def p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=100, method="inclusive")[94]


def report(label: str, ms: list[float], target: float = 100.0) -> bool:
    ok = p95(ms) < target
    print(
        f"{label:<44} n={len(ms):<4} p50 {statistics.median(ms):6.1f} ms   p95 {p95(ms):6.1f} ms   "
        f"max {max(ms):6.1f} ms   {'OK' if ok else 'MISS'} (target < {target:.0f} ms)"
    )
    return ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--facts", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--db", help="keep the ledger here (reused if it exists)")
    a = ap.parse_args()
    tmp = None
    if a.db:
        db = a.db
    else:
        tmp = tempfile.TemporaryDirectory(prefix="tally-bench-")
        db = str(Path(tmp.name) / "bench.db")
    store = Store(db)
    have = store.counts()["facts"]
    if have < a.facts:
        store.close()
        store = build(db, a.facts)
    n = store.counts()["facts"]
    store.close()
    proc, url = start_server(db)
    rnd = random.Random(1)
    names = [e.name for e in entities()]
    ids = [e.key for e in entities()]
    try:
        with httpx.Client(base_url=url, timeout=30) as c:
            facts_urls = []
            for i in range(a.requests):
                ent, ind = rnd.choice(names), rnd.choice(INDICATORS)
                facts_urls.append(
                    [
                        f"/api/facts?entity={ent}&indicator={ind}&limit=50",
                        f"/api/facts?indicator={ind}&period={rnd.randint(2005, 2023)}&limit=50&sort=-value",
                        f"/api/facts?kind=change&entity={ent}&limit=50&sort=-period_start",
                        f"/api/facts?q=item%20{rnd.randint(0, 199)}:&limit=50",
                    ][i % 4]
                )
            entity_urls = [
                f"/entities/{ids[0] if i % 4 == 0 else rnd.choice(ids)}" for i in range(a.requests)
            ]
            timed(c, facts_urls[:10] + ["/", "/entities"] * 3)  # warm-up (entity pages stay cold)
            print(f"ledger: {n} facts, {len(ids)} entities; server {url} (uvicorn, 1 worker)")
            ok = report("GET /api/facts (filter, limit 50)", timed(c, facts_urls))
            ms = timed(c, entity_urls)
            ok &= report("GET /entities/<id> (entity page, HTML)", ms)
            seen: set[str] = set()
            cold = []
            for u, t in zip(entity_urls, ms, strict=True):
                if u not in seen:
                    cold.append(t)
                    seen.add(u)
            report("  of which first visits (profile not cached)", cold)
            prov = [t for u, t in zip(entity_urls, ms, strict=True) if u.endswith(ids[0])]
            print(
                f"  province page (a tenth of all facts): first {prov[0]:.1f} ms, "
                f"then p50 {statistics.median(prov[1:]):.1f} ms over {len(prov) - 1} visits"
            )
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if tmp is not None:
            tmp.cleanup()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
