"""Schema creation and upgrades.

The schema of :mod:`tally.store.schema` is created on first use. Versions are tracked in the
``tally_schema`` table so later upgrades can run in order (Alembic takes over for PostgreSQL
deployments; see ``docs/``).
"""

from __future__ import annotations

from sqlalchemy import Column, Engine, Integer, MetaData, Table, inspect, insert, select

from tally.store.schema import metadata

SCHEMA_VERSION = 1

_version_meta = MetaData()
version_table = Table("tally_schema", _version_meta, Column("version", Integer, nullable=False))


def upgrade(engine: Engine) -> int:
    """Create missing tables and record the schema version; returns the version."""
    with engine.begin() as c:
        if not inspect(c).has_table("tally_schema"):
            metadata.create_all(c)
            _version_meta.create_all(c)
            c.execute(insert(version_table).values(version=SCHEMA_VERSION))
            return SCHEMA_VERSION
        return int(c.execute(select(version_table.c.version)).scalar() or 0)
