"""SQLite: a trigram full-text index over the facts' sentence and mention text (FTS5).

Revision ID: 0004
Revises: 0003
Create Date: 2024-06-04

``facts_fts`` is an external-content FTS5 table over ``facts(sentence, text)`` keyed by the
facts' implicit rowid, with the ``trigram`` tokenizer (case-folded), so a substring search
``q`` of three or more characters is a lookup instead of a scan of every fact (see
``Store._fact_conditions``). Triggers on insert, delete and update keep it in step with
``facts``, including the deletes of a replaced document and ``ON DELETE CASCADE``.

The rowid of a table without an ``INTEGER PRIMARY KEY`` may change in ``VACUUM``: after one,
run ``INSERT INTO facts_fts(facts_fts) VALUES('rebuild')``. Searches stay correct in any case
(the LIKE over the row is kept), only possibly incomplete until the rebuild.

A no-op on PostgreSQL (trigram GIN indexes, revision 0003) and on an SQLite built without
FTS5 or older than 3.34 (no trigram tokenizer); the store then searches with LIKE alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FTS_TABLE = "facts_fts"
TRIGGERS = {
    "facts_fts_insert": "AFTER INSERT ON facts BEGIN"
    " INSERT INTO facts_fts(rowid, sentence, text) VALUES (new.rowid, new.sentence, new.text); END",
    "facts_fts_delete": "AFTER DELETE ON facts BEGIN"
    " INSERT INTO facts_fts(facts_fts, rowid, sentence, text)"
    " VALUES ('delete', old.rowid, old.sentence, old.text); END",
    "facts_fts_update": "AFTER UPDATE ON facts BEGIN"
    " INSERT INTO facts_fts(facts_fts, rowid, sentence, text)"
    " VALUES ('delete', old.rowid, old.sentence, old.text);"
    " INSERT INTO facts_fts(rowid, sentence, text) VALUES (new.rowid, new.sentence, new.text); END",
}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    try:
        with bind.begin_nested():
            bind.exec_driver_sql(
                f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(sentence, text, content='facts',"
                " content_rowid='rowid', tokenize='trigram')"
            )
    except sa.exc.OperationalError:  # no FTS5, or no trigram tokenizer (SQLite < 3.34)
        return
    for name, body in TRIGGERS.items():
        bind.exec_driver_sql(f"CREATE TRIGGER {name} {body}")
    bind.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    bind.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
