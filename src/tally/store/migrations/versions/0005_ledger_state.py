"""Ledger state: whether the stored checks are current.

Revision ID: 0005
Revises: 0004
Create Date: 2024-06-05

``ledger_state(key, value)`` holds ``facts_version`` (a new token with every document stored or
replaced, in the same transaction) and ``checks_version`` (the facts version the stored checks
were computed from). When they differ — an ingest killed between storing its last document and
re-computing the checks — the next ingest or ``tally check`` re-computes them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ledger_state",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("ledger_state")
