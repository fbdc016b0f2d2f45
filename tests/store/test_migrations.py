"""Alembic migrations: a new database is created at head with exactly the tables and indexes of
``tally.store.schema``; a database made by the pre-Alembic ``create_all`` code is stamped and
upgraded with its rows intact; upgrading is idempotent and needs no ``alembic.ini``."""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from tally.store import Store
from tally.store import schema as s
from tally.store.migrate import (
    FIRST_REVISION,
    MIGRATIONS,
    alembic_config,
    current_revision,
    head_revision,
    upgrade,
)

TABLES = {
    "documents", "articles", "entities", "entity_names", "facts", "checks", "check_facts", "ledger_state"
}


def _indexes(engine: sa.Engine) -> dict[str, set[tuple[str, tuple[str, ...]]]]:
    insp = sa.inspect(engine)
    return {
        t: {(str(ix["name"]), tuple(str(c) for c in ix["column_names"])) for ix in insp.get_indexes(t)}
        for t in sorted(TABLES)
    }


def test_config_is_built_in_code() -> None:
    cfg = alembic_config()
    assert cfg.config_file_name is None
    assert cfg.get_main_option("script_location") == str(MIGRATIONS)
    assert (MIGRATIONS / "versions" / "0001_initial.py").is_file()


def test_new_database_is_at_head(db_url: str) -> None:
    store = Store(db_url)
    with store.engine.connect() as c:
        assert current_revision(c) == head_revision()
        assert TABLES <= set(sa.inspect(c).get_table_names())


def test_migrated_schema_matches_metadata(db_url: str) -> None:
    """Autogenerate finds nothing to do: tables, columns, types and indexes are schema.py's."""
    store = Store(db_url)
    with store.engine.connect() as c:
        diffs = compare_metadata(MigrationContext.configure(c, opts={"compare_type": True}), s.metadata)
    # Optional search indexes (FTS5 shadow tables, trigram indexes) are not in the metadata.
    diffs = [d for d in diffs if not _is_optional_search_index(d)]
    assert diffs == []


def _is_optional_search_index(diff: object) -> bool:
    text = repr(diff)
    return "facts_fts" in text or "_trgm" in text


def test_same_indexes_as_create_all(db_url: str, tmp_path) -> None:
    if not db_url.endswith(".db"):
        pytest.skip("compared on SQLite: create_all needs its own database")
    migrated = Store(db_url).engine
    plain = sa.create_engine(f"sqlite:///{tmp_path / 'plain.db'}")
    s.metadata.create_all(plain)
    assert _indexes(migrated) == _indexes(plain)


def test_upgrade_is_idempotent(db_url: str) -> None:
    store = Store(db_url)
    assert upgrade(store.engine) == head_revision()
    assert upgrade(store.engine) == head_revision()
    Store(db_url)  # opening again is fine too


def test_legacy_create_all_database_is_stamped_and_kept(tmp_path) -> None:
    path = tmp_path / "old.db"
    engine = sa.create_engine(f"sqlite:///{path}")
    legacy = sa.MetaData()
    version = sa.Table("tally_schema", legacy, sa.Column("version", sa.Integer, nullable=False))
    with engine.begin() as c:
        # the tables the pre-Alembic code made (later revisions added ledger_state, entity_names)
        later = {"ledger_state", "entity_names"}
        s.metadata.create_all(c, tables=[t for t in s.metadata.sorted_tables if t.name not in later])
        legacy.create_all(c)
        c.execute(sa.insert(version).values(version=1))
        c.execute(
            sa.insert(s.entities).values(id="province:hebei", name="Hebei", type="province", aliases=[])
        )
    engine.dispose()

    store = Store(path)
    with store.engine.connect() as c:
        assert current_revision(c) == head_revision()
        assert "tally_schema" not in sa.inspect(c).get_table_names()
    assert [e["name"] for e in store.entities()] == ["Hebei"]
    assert store.entity_ids("HEBEI") == ["province:hebei"]  # names filled in by revision 0006


# entities stored before revision 0006: (id, name, aliases) -> the entity_names rows it makes
BEFORE_0006 = [
    ("province:hebei", "Hebei", [], {"hebei"}),
    ("city:linfen", "Linfen", ["Linfen City", "LINFEN", " linfen city "], {"linfen", "linfen city"}),
    ("city:zurich", "Zurich", ["ZÜRICH", "Zürich Stadt"], {"zurich", "zürich", "zürich stadt"}),
    ("province:shanxi", "Shanxi", ["", "  "], {"shanxi"}),
    ("city:shanxi", "Shanxi", ["Shanxi City"], {"shanxi", "shanxi city"}),
]


def test_upgrade_from_0005_fills_entity_names(db_url: str) -> None:
    store = Store(db_url, create=False)
    assert upgrade(store.engine, "0005") == "0005"
    with store.engine.begin() as c:
        c.execute(
            sa.insert(s.entities),
            [{"id": i, "name": n, "type": i.split(":")[0], "parent_id": None, "aliases": a}
             for i, n, a, _ in BEFORE_0006],
        )
    assert upgrade(store.engine) == head_revision()
    with store.engine.connect() as c:
        rows = set(c.execute(sa.select(s.entity_names.c.entity_id, s.entity_names.c.name)).all())
    assert rows == {(i, name) for i, _, _, names in BEFORE_0006 for name in names}
    assert store.entity_ids("zürich") == store.entity_ids("ZÜRICH") == ["city:zurich"]
    assert store.entity_ids("Shanxi") == ["city:shanxi", "province:shanxi"]


def test_downgrade_to_0005_drops_entity_names(tmp_path) -> None:
    store = Store(tmp_path / "n.db")
    with store.engine.begin() as c:
        command.downgrade(alembic_config(c), "0005")
    with store.engine.connect() as c:
        assert "entity_names" not in sa.inspect(c).get_table_names()
    assert upgrade(store.engine) == head_revision()


def test_downgrade_to_base_and_back(tmp_path) -> None:
    store = Store(tmp_path / "d.db")
    with store.engine.begin() as c:
        command.downgrade(alembic_config(c), "base")
    with store.engine.connect() as c:
        assert current_revision(c) is None
        assert not TABLES & set(sa.inspect(c).get_table_names())
    assert upgrade(store.engine) == head_revision()
    assert store.counts()["facts"] == 0


def test_first_revision_then_head(tmp_path) -> None:
    store = Store(tmp_path / "f.db", create=False)
    assert upgrade(store.engine, FIRST_REVISION) == FIRST_REVISION
    assert upgrade(store.engine) == head_revision()


def test_concurrent_openers_create_once(tmp_path) -> None:
    url = tmp_path / "c.db"
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            Store(url).close()
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert Store(url).counts()["documents"] == 0
