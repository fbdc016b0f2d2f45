"""Entity names: an entity is looked up by its name or an alias through an index.

Revision ID: 0006
Revises: 0005
Create Date: 2024-06-06

``entity_names(entity_id, name)`` holds the name and every alias of each entity, stripped and
lower-cased (Python's ``str.lower``), one row per distinct (name, entity_id), primary key
(name, entity_id): ``Store.entity_ids`` is a seek on that index instead of a scan of
``entities`` comparing ``lower(name)`` and the aliases' JSON text (~11 ms over 4,000 entities
on a cold PostgreSQL server). The store never deletes entities; the foreign key cascades so
that whatever does (``bench/query.py`` emptying a ledger) takes the names along.

The table is filled from the existing ``entities`` rows, read in Python: the JSON of
``aliases`` is stored differently on SQLite and PostgreSQL, and the names must be lower-cased
exactly as the store does it (``str.lower``, not the database's ``lower``). The rule is written
out here (not imported from ``tally.store``) so that this revision keeps its meaning. Offline
(``--sql``) scripts cannot read rows: they create the table and leave a comment instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import sqlalchemy as sa
from alembic import context, op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME_LENGTH = 256
BATCH = 5000

entities = sa.table(
    "entities", sa.column("id", sa.String), sa.column("name", sa.String), sa.column("aliases", sa.JSON)
)


def upgrade() -> None:
    names = op.create_table(
        "entity_names",
        sa.Column("entity_id", sa.String(300), nullable=False),
        sa.Column("name", sa.String(NAME_LENGTH), nullable=False),
        sa.ForeignKeyConstraint(["entity_id"], ["entities.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("name", "entity_id"),
    )
    if context.is_offline_mode():
        op.execute("-- entity_names is empty: fill it by running revision 0006 online")
        return
    bind = op.get_bind()
    rows = bind.execute(sa.select(entities.c.id, entities.c.name, entities.c.aliases))
    batch: list[dict[str, str]] = []
    for r in rows.all():
        batch += _name_rows(r.id, [r.name, *(r.aliases or [])])
        if len(batch) >= BATCH:
            op.bulk_insert(names, batch)
            batch = []
    if batch:
        op.bulk_insert(names, batch)


def downgrade() -> None:
    op.drop_table("entity_names")


def _name_rows(entity_id: str, names: Iterable[str]) -> list[dict[str, str]]:
    """One row per distinct stripped, lower-cased name; empty ones and longer ones are left out."""
    low = {n.strip().lower() for n in names if n}
    return [{"entity_id": entity_id, "name": n} for n in sorted(low) if n and len(n) <= NAME_LENGTH]
