"""Indexes for the facts queries at scale (chosen with ``bench/query.py`` over 1M facts).

Revision ID: 0003
Revises: 0002
Create Date: 2024-06-03

* ``ix_facts_indicator`` (indicator, period_start, period_end, id): an indicator over a period
  range is filtered and ordered by id inside the index, without reading the rows.
* ``ix_facts_entity_id`` (entity_id, indicator, kind, ...): the entity + indicator filter and
  the series query seek on its prefix; the entity page's counts and chart points are read
  from the index alone.
* PostgreSQL only, when the ``pg_trgm`` extension is there or can be created: trigram GIN
  indexes on ``lower(sentence)`` and ``lower(text)``, which serve the text search
  (``LIKE '%word%'``). SQLite has no such index: a search for a rare word scans the table.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ENTITY_COLUMNS = ["entity_id", "indicator", "kind", "unit", "status", "basis", "direction", "period",
                  "period_end", "value", "document_id"]
TRGM = {"ix_facts_sentence_trgm": "sentence", "ix_facts_text_trgm": "text"}


def upgrade() -> None:
    op.drop_index("ix_facts_indicator", table_name="facts")
    op.create_index("ix_facts_indicator", "facts", ["indicator", "period_start", "period_end", "id"])
    op.drop_index("ix_facts_entity_id", table_name="facts")
    op.create_index("ix_facts_entity_id", "facts", ENTITY_COLUMNS)
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = _trgm_schema(bind)
        if schema:
            for name, col in TRGM.items():
                op.execute(
                    f"CREATE INDEX IF NOT EXISTS {name} ON facts"
                    f' USING gin (lower("{col}") "{schema}".gin_trgm_ops)'
                )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in TRGM:
            op.execute(f"DROP INDEX IF EXISTS {name}")
    op.drop_index("ix_facts_entity_id", table_name="facts")
    op.create_index("ix_facts_entity_id", "facts", ["entity_id"])
    op.drop_index("ix_facts_indicator", table_name="facts")
    op.create_index("ix_facts_indicator", "facts", ["indicator", "period_start"])


def _trgm_schema(bind: sa.engine.Connection) -> str | None:
    """The schema of the pg_trgm extension, creating it if allowed (it is a trusted extension)."""
    found = bind.exec_driver_sql(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
        " WHERE e.extname = 'pg_trgm'"
    ).scalar()
    if found:
        return str(found)
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        return None
    return _trgm_schema(bind)
