"""``tally serve`` and ``tally demo``: wiring of the commands (the server itself is stubbed)."""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from typer.testing import CliRunner

from tally.serve import web_cli
from tally.serve.cli import app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, str, int]]:
    calls: list[tuple[Any, str, int]] = []
    monkeypatch.setattr(web_cli, "_run", lambda web, host, port: calls.append((web, host, port)))
    return calls


def test_serve_builds_the_app_over_the_db(served: list[tuple[Any, str, int]], ledger_db: str) -> None:
    r = CliRunner().invoke(app, ["serve", "--db", ledger_db, "--port", "8123", "--upload-token", "t"])
    assert r.exit_code == 0, r.output
    web, host, port = served[0]
    assert (host, port) == ("127.0.0.1", 8123) and web.state.upload_token == "t"
    assert TestClient(web).get("/api/documents").json()["documents"]


def test_serve_reports_a_bad_database(served: list[tuple[Any, str, int]], tmp_path: Any) -> None:
    r = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "no" / "such" / "dir" / "x.db")])
    assert r.exit_code == 2 and served == []


def test_demo_ingests_the_bundled_examples(served: list[tuple[Any, str, int]], tmp_path: Any) -> None:
    try:
        import tally.pipeline  # noqa: F401
    except ImportError as e:
        pytest.skip(f"the extraction pipeline does not import yet: {e}")
    examples = web_cli.examples_dir()
    assert examples is not None and any(examples.glob("*.txt"))
    r = CliRunner().invoke(app, ["demo", "--db", str(tmp_path / "demo.db")])
    assert r.exit_code == 0, r.output
    c = TestClient(served[0][0])
    docs = c.get("/api/documents").json()["documents"]
    names = {d["name"] for d in docs}
    assert names and names <= {p.name for p in examples.glob("*")}
    missing = {p.name for p in examples.glob("*.txt")} - names
    assert all(m in r.output for m in missing), r.output  # a report left out is named as an error
    assert all(d["published"] for d in docs)  # dates from the bundled meta.json
    for url in ["/", "/entities", "/facts", "/checks", *(f"/documents/{d['name']}" for d in docs)]:
        assert c.get(url).status_code == 200, url
