"""The initial ledger schema: documents, articles, entities, facts, checks, check_facts.

Revision ID: 0001
Revises:
Create Date: 2024-06-01

Written out in full (not imported from ``tally.store.schema``) so that it keeps describing
the first version when the schema moves on. Databases made before migrations existed (by
``metadata.create_all``) have exactly these tables and are stamped with this revision.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(512), nullable=False, unique=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("media_type", sa.String(64), nullable=False),
        sa.Column("encoding", sa.String(64), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("published", sa.String(10)),
        sa.Column("published_inferred", sa.Boolean, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("headline", sa.Text),
        sa.Column("byline", sa.Text),
        sa.Column("headline_start", sa.Integer),
        sa.Column("headline_end", sa.Integer),
        sa.Column("byline_start", sa.Integer),
        sa.Column("byline_end", sa.Integer),
        sa.Column("body", sa.JSON, nullable=False),
        sa.Column("captions", sa.JSON, nullable=False),
    )
    op.create_index("ix_articles_document", "articles", ["document_id", "idx"])
    op.create_table(
        "entities",
        sa.Column("id", sa.String(300), primary_key=True),
        sa.Column("name", sa.String(256), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("parent_id", sa.String(300)),
        sa.Column("aliases", sa.JSON, nullable=False),
    )
    op.create_index("ix_entities_name", "entities", ["name"])
    op.create_index("ix_entities_parent", "entities", ["parent_id"])
    op.create_table(
        "facts",
        sa.Column("id", sa.String(600), primary_key=True),
        sa.Column(
            "document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("doc", sa.String(512), nullable=False),
        sa.Column("article", sa.Integer),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("sentence", sa.Text),
        sa.Column("sentence_start", sa.Integer),
        sa.Column("sentence_end", sa.Integer),
        sa.Column("value", sa.Float),
        sa.Column("value_high", sa.Float),
        sa.Column("unit", sa.String(32), nullable=False),
        sa.Column("counted", sa.String(64)),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("direction", sa.String(8)),
        sa.Column("basis", sa.String(16)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("approx", sa.String(4), nullable=False),
        sa.Column("indicator", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(300)),
        sa.Column("entity", sa.String(256)),
        sa.Column("entity_type", sa.String(32)),
        sa.Column("period", sa.String(32)),
        sa.Column("period_start", sa.String(10)),
        sa.Column("period_end", sa.String(10)),
        sa.Column("qualifiers", sa.JSON, nullable=False),
        sa.Column("rules", sa.JSON, nullable=False),
    )
    op.create_index("ix_facts_series", "facts", ["entity", "indicator", "period_start"])
    op.create_index("ix_facts_indicator", "facts", ["indicator", "period_start"])
    op.create_index("ix_facts_document", "facts", ["document_id", "start"])
    op.create_index("ix_facts_period", "facts", ["period_start"])
    op.create_index("ix_facts_entity_id", "facts", ["entity_id"])
    op.create_table(
        "checks",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("rule", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("expected", sa.Float),
        sa.Column("observed", sa.Float),
        sa.Column("tolerance", sa.Float),
        sa.Column("explanation", sa.Text, nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("facts", sa.JSON, nullable=False),
    )
    op.create_index("ix_checks_status", "checks", ["status", "rule"])
    op.create_table(
        "check_facts",
        sa.Column(
            "check_id", sa.Integer, sa.ForeignKey("checks.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("fact_id", sa.String(600), nullable=False),
    )
    op.create_index("ix_check_facts_fact", "check_facts", ["fact_id"])
    op.create_index("ix_check_facts_check", "check_facts", ["check_id"])


def downgrade() -> None:
    for table in ("check_facts", "checks", "facts", "entities", "articles", "documents"):
        op.drop_table(table)
