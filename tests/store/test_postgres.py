"""PostgreSQL: URLs map to psycopg 3, and every CLI command works on ``--db postgresql://...``
and on ``$TALLY_DB`` (the tests against a server run when ``TALLY_TEST_PG`` names one).

Ingest runs the real pipeline when it is importable, else a stand-in from ``tests/test_parallel``
(the point here is the database, not the extraction).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tally.model import Check
from tally.store import Store
from tally.store.db import database_url

REPORTS = {
    "north-port.txt": (
        "Harbor city: trade 96 billion yuan in 2021, customs officials said on Monday.\n"
        "Harbor city: throughput 41.5 million tonnes of cargo passed its wharves in 2021.\n"
    ),
    "south-farms.txt": "Meadow county: grain 310000 tonnes were harvested in 2021, the bureau said.\n",
}
pg_only = pytest.mark.parametrize("db_url", ["postgres"], indirect=True)


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("postgresql://u:pw@db.example/ledger", "postgresql+psycopg://u:pw@db.example/ledger"),
        ("postgres://u:pw@db.example:5433/ledger", "postgresql+psycopg://u:pw@db.example:5433/ledger"),
        ("postgresql+psycopg://u@h/d", "postgresql+psycopg://u@h/d"),
        ("postgresql://u@h/d?options=-csearch_path%3Dt1", "postgresql+psycopg://u@h/d?options=-csearch_path%3Dt1"),
        ("sqlite:///x.db", "sqlite:///x.db"),
    ],
)
def test_database_url(raw: str, want: str) -> None:
    assert database_url(raw) == want


def test_tally_db_env_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALLY_DB", "postgresql://u:pw@h/ledger")
    assert database_url() == "postgresql+psycopg://u:pw@h/ledger"
    monkeypatch.delenv("TALLY_DB")
    assert database_url().startswith("sqlite:///")


@pytest.fixture
def reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    try:
        import tally.pipeline  # noqa: F401
    except ImportError:
        from test_parallel import line_pipeline

        monkeypatch.setattr("tally.ingest.default_processor", lambda: line_pipeline)
    return folder


def _run(*args: str, env: dict[str, str] | None = None) -> Any:
    from tally.serve.cli import app

    return CliRunner().invoke(app, list(args), env=env)


def _records(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pg_only
def test_store_on_postgres(db_url: str) -> None:
    store = Store(db_url)
    assert store.engine.dialect.name == "postgresql"
    assert store.engine.dialect.driver == "psycopg"
    assert "pw" not in repr(store) and "tally" in repr(store)
    assert store.counts() == {"documents": 0, "articles": 0, "entities": 0, "facts": 0, "checks": 0}


@pg_only
def test_every_command_with_db_option(db_url: str, reports: Path) -> None:
    res = _run("ingest", str(reports), "--db", db_url, "--published", "2022-01-15", "--no-check", "-q")
    assert res.exit_code == 0, res.output
    assert "added 2" in res.output

    res = _run("facts", "--db", db_url, "--format", "jsonl")
    assert res.exit_code == 0, res.output
    facts = _records(res.stdout)
    assert {f["doc"] for f in facts} == set(REPORTS)
    text = (reports / "north-port.txt").read_text(encoding="utf-8")
    assert all(text[f["start"] : f["end"]] == f["text"] for f in facts if f["doc"] == "north-port.txt")

    res = _run("facts", "--db", db_url, "--search", "WHARVES", "--format", "jsonl")
    assert res.exit_code == 0 and {f["doc"] for f in _records(res.stdout)} == {"north-port.txt"}

    res = _run("documents", "--db", db_url, "--format", "jsonl")
    assert res.exit_code == 0, res.output
    docs = _records(res.stdout)
    assert [d["name"] for d in docs] == sorted(REPORTS)
    assert all(d["published"] == "2022-01-15" for d in docs)

    res = _run("entities", "--db", db_url, "--format", "jsonl")
    assert res.exit_code == 0, res.output
    assert _records(res.stdout)

    res = _run("check", "--db", db_url, "--no-recompute", "--format", "jsonl")
    assert res.exit_code == 0, res.output

    again = _run("ingest", str(reports), "--db", db_url, "--no-check", "-q")
    assert again.exit_code == 0 and "unchanged 2" in again.output


@pg_only
def test_every_command_with_tally_db(
    db_url: str, reports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    env = {"TALLY_DB": db_url}
    res = _run("ingest", str(reports), "--no-check", "-q", env=env)
    assert res.exit_code == 0, res.output
    assert not (tmp_path / "tally.db").exists()   # nothing fell back to ./tally.db
    commands = ("facts", "documents", "entities")
    with_env = {cmd: _run(cmd, "--format", "jsonl", env=env).stdout for cmd in commands}
    with_opt = {cmd: _run(cmd, "--db", db_url, "--format", "jsonl").stdout for cmd in with_env}
    assert with_env == with_opt
    assert _records(with_env["documents"])
    res = _run("check", "--no-recompute", "--format", "jsonl", env=env)
    assert res.exit_code == 0, res.output


@pg_only
def test_checks_stored_and_listed(db_url: str, reports: Path) -> None:
    assert _run("ingest", str(reports), "--db", db_url, "--no-check", "-q").exit_code == 0
    store = Store(db_url)
    fid = store.facts()[0][0]["id"]
    store.replace_checks([
        Check(rule="sum", status="contradiction", expected=10.0, observed=12.0, tolerance=0.01,
              explanation="parts 12 ≠ total 10", facts=[fid], key="Harbor|trade|2021"),
    ])
    res = _run("check", "--db", db_url, "--no-recompute", "--status", "contradiction", "--format", "jsonl")
    assert res.exit_code == 0, res.output
    [row] = _records(res.stdout)
    assert row["facts"] == [fid] and row["explanation"] == "parts 12 ≠ total 10"
    assert store.checks(fact=fid)[0]["rule"] == "sum"


@pg_only
@pytest.mark.parametrize("how", ["option", "env"])
def test_serve_opens_the_postgres_ledger(
    how: str, db_url: str, reports: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    import tally.serve.web_cli as web_cli

    assert _run("ingest", str(reports), "--db", db_url, "--no-check", "-q").exit_code == 0
    served: list[Any] = []
    monkeypatch.setattr(web_cli, "_run", lambda web, host, port: served.append(web))
    args, env = (["serve", "--db", db_url], None) if how == "option" else (["serve"], {"TALLY_DB": db_url})
    res = _run(*args, env=env)
    assert res.exit_code == 0, res.output
    [web] = served
    assert web.state.store.engine.dialect.name == "postgresql"
    body = TestClient(web).get("/api/documents").json()
    names = [d["name"] for d in (body["documents"] if isinstance(body, dict) else body)]
    assert names == sorted(REPORTS)


@pg_only
def test_demo_builds_on_postgres(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        import tally.pipeline  # noqa: F401
    except ImportError:
        pytest.skip("demo ingests the examples with the real pipeline")
    import tally.serve.web_cli as web_cli

    served: list[Any] = []
    monkeypatch.setattr(web_cli, "_run", lambda web, host, port: served.append(web))
    res = _run("demo", "--db", db_url)
    assert res.exit_code == 0, res.output
    assert Store(db_url).counts()["documents"] == 3


@pg_only
def test_two_writers_share_entities(db_url: str) -> None:
    """Two stores on one PostgreSQL database upsert the same entity without conflict."""
    from test_parallel import line_pipeline

    from tally.model import Document

    a, b = Store(db_url), Store(db_url)
    for i, store in enumerate((a, b, a)):
        doc = Document(name=f"w{i}.txt", source="-", text=f"Harbor city: trade {i + 1}\n", sha256=str(i))
        assert store.save(line_pipeline(doc)).status == "added"
    ents = b.entities()
    assert [(e["name"], e["facts"]) for e in ents] == [("Harbor", 3)]
