"""Schema creation and upgrades with Alembic, run in code (no ``alembic.ini`` needed).

:func:`upgrade` brings a database to the newest revision of ``store/migrations/versions``
on SQLite and PostgreSQL, inside one transaction (SQLite: ``BEGIN IMMEDIATE`` when given the
store's writer engine; PostgreSQL: an advisory lock), so several processes opening the same
new database at once create it once. A database made before migrations existed (tables
created by ``metadata.create_all``, version in ``tally_schema``) is stamped with the first
revision, whose tables it has, and upgraded from there.

Opening a :class:`~tally.store.Store` runs :func:`upgrade`; for other Alembic commands
(``history``, ``downgrade``, offline ``--sql``) build the config with :func:`alembic_config`
and call ``alembic.command`` with it.
"""

from __future__ import annotations

import functools
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
FIRST_REVISION = "0001"
LEGACY_TABLE = "tally_schema"          # the version table of the pre-Alembic schema code
_PG_LOCK_KEY = 0x7A11_7A11             # pg_advisory_xact_lock key of schema changes


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    """An Alembic Config built in code: scripts from the package folder, our connection."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@functools.cache
def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, f"no migrations in {MIGRATIONS}"
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> str:
    """Create or upgrade the schema to ``revision``; returns the revision the database is at."""
    target = head_revision() if revision == "head" else revision
    with engine.begin() as c:
        if c.dialect.name == "postgresql":
            c.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK_KEY})")
        current = current_revision(c)
        if current == target:
            return current
        cfg = alembic_config(c)
        if current is None and _is_legacy(c):
            command.stamp(cfg, FIRST_REVISION)
        command.upgrade(cfg, revision)
        return current_revision(c) or target


def stamp(engine: Engine, revision: str = "head") -> None:
    """Record ``revision`` as the database's version without running anything."""
    with engine.begin() as c:
        command.stamp(alembic_config(c), revision)


def _is_legacy(c: Connection) -> bool:
    """Tables made by the pre-Alembic code: the ledger's tables without ``alembic_version``."""
    names = set(inspect(c).get_table_names())
    return LEGACY_TABLE in names or {"documents", "facts"} <= names
