"""Alembic environment of the ledger schema.

Run programmatically by :func:`tally.store.migrate.upgrade`, which hands over an open
connection in ``config.attributes["connection"]`` (inside its own transaction). Without one
(e.g. ``alembic -x db=postgresql://...`` with a config naming this folder), the URL is taken
from ``sqlalchemy.url``, ``-x db=...`` or ``$TALLY_DB``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from tally.store.db import database_url
from tally.store.schema import metadata

config = context.config
target_metadata = metadata


def _url() -> str:
    raw = context.get_x_argument(as_dictionary=True).get("db") or config.get_main_option("sqlalchemy.url")
    return database_url(raw or None)


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )


def run_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(_url())
    try:
        with engine.connect() as conn:
            _configure(conn)
            with context.begin_transaction():
                context.run_migrations()
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
