"""Shared fixtures: where ../shared is, and fresh databases on SQLite and PostgreSQL.

``db_url`` is parametrised over the backends: SQLite always, PostgreSQL when
``TALLY_TEST_PG`` names a server (``.ci/run`` starts one on loopback). Each test gets an
empty database.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# Import Tally before any test module: the bench scripts some tests load put ./src first on
# sys.path, and the package must stay the one this run started with (a compiled build's, when
# the suite is run against one with ``-o pythonpath=``).
import tally.pipeline  # noqa: F401

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "src" / "tally" / "examples" / "reports"


def shared_or_skip(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent: the shared corpus and gold are not beside this checkout")
    return p


def _pg_url() -> str | None:
    return os.environ.get("TALLY_TEST_PG") or None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under a compiled build (``TALLY_COMPILE=1``), skip the tests that spy on module internals.

    Compiled modules call their functions directly, so a monkeypatched spy is never called; what
    those tests check (a fast path agrees with the slow one) holds for the code compiled from the
    same source. The suite run from the checkout (``pythonpath = src``) is pure Python.
    """
    from tally.pipeline import compiled_modules

    if not compiled_modules():
        return
    skip = pytest.mark.skip(reason="spies on module internals; this Tally is compiled (mypyc)")
    for item in items:
        if "interpreted" in item.keywords:
            item.add_marker(skip)


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "tally.db")
        return
    base = _pg_url()
    if not base:
        pytest.skip("PostgreSQL tests need TALLY_TEST_PG (set by .ci/run)")
    yield from _fresh_pg_schema(base)


def _fresh_pg_schema(base: str) -> Iterator[str]:
    import sqlalchemy as sa

    schema = f"t_{uuid.uuid4().hex[:12]}"
    url = base.replace("postgresql://", "postgresql+psycopg://", 1)
    eng = sa.create_engine(url)
    with eng.begin() as c:
        c.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with eng.begin() as c:
            c.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        eng.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return str(tmp_path / "tally.db")
