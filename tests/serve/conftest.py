"""Fixtures of the web tests: a hand-made ledger (see serve_ledger.py) and live uvicorn servers."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from serve_ledger import build_ledger


@pytest.fixture
def ledger_db(tmp_path: Path) -> str:
    db = str(tmp_path / "ledger.db")
    build_ledger(db).close()
    return db


@dataclass
class Live:
    url: str
    db: str
    app: Any


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_in_thread(app: Any) -> tuple[str, Any, threading.Thread]:
    import uvicorn

    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    deadline = time.time() + 20
    while not server.started:
        if time.time() > deadline or not t.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    return f"http://127.0.0.1:{port}", server, t


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    """A real uvicorn server on a free loopback port over a real SQLite ledger."""
    from tally.serve.web import create_app

    db = str(tmp_path_factory.mktemp("live") / "ledger.db")
    build_ledger(db).close()
    app = create_app(db, upload_token="s3cret")
    url, server, t = serve_in_thread(app)
    yield Live(url=url, db=db, app=app)
    server.should_exit = True
    t.join(timeout=10)
