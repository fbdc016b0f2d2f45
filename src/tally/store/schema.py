"""The tables of the ledger (SQLAlchemy 2 Core), the same on SQLite and PostgreSQL.

Indexes follow the queries (measured by ``bench/query.py`` over 1M facts): facts by entity +
indicator + period (series and filters), by indicator and period range, by document, by period
start; check links by fact; entities by name or alias (``entity_names``). Changes here need a
migration in ``store/migrations/versions`` (``tests/store/test_migrations.py`` compares the
migrated schema with this one). The text search has indexes not listed here: trigram GIN
indexes on PostgreSQL (migration 0003) and the FTS5 trigram table ``facts_fts`` with its
triggers on SQLite (migration 0004).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

metadata = MetaData()
NAME_LENGTH = 256          # entities.name, entity_names.name

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(512), nullable=False, unique=True),
    Column("source", Text, nullable=False),
    Column("media_type", String(64), nullable=False),
    Column("encoding", String(64), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False, default=0),
    Column("published", String(10)),
    Column("published_inferred", Boolean, nullable=False, default=False),
    Column("title", Text),
    Column("author", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("headline", Text),
    Column("byline", Text),
    Column("headline_start", Integer),
    Column("headline_end", Integer),
    Column("byline_start", Integer),
    Column("byline_end", Integer),
    Column("body", JSON, nullable=False),        # [[start, end], ...]
    Column("captions", JSON, nullable=False),    # [[start, end], ...]
    Index("ix_articles_document", "document_id", "idx"),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String(300), primary_key=True),          # tally.model.entity_key(name, type)
    Column("name", String(NAME_LENGTH), nullable=False),
    Column("type", String(32), nullable=False),
    Column("parent_id", String(300)),
    Column("aliases", JSON, nullable=False),
    Index("ix_entities_name", "name"),
    Index("ix_entities_parent", "parent_id"),
)

entity_names = Table(
    "entity_names",
    metadata,
    Column("entity_id", String(300), ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(NAME_LENGTH), nullable=False),
    # looking a name up is a seek on the primary key's index, which holds both columns: the ids
    # come from the index alone (SQLite: a covering index; PostgreSQL: an index-only scan)
    PrimaryKeyConstraint("name", "entity_id"),
)
"""The name and every alias of each entity, stripped and lower-cased (``str.lower``), one row per
distinct (name, entity_id), none longer than ``NAME_LENGTH``; written with the entities by
``Store._upsert_entities`` (rows of ``tally.store.db.entity_name_rows``)."""

facts = Table(
    "facts",
    metadata,
    Column("id", String(600), primary_key=True),          # tally.model.fact_id(doc, start, end)
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("doc", String(512), nullable=False),
    Column("article", Integer),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("sentence", Text),
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
    Column("value", Float),
    Column("value_high", Float),
    Column("unit", String(32), nullable=False),
    Column("counted", String(64)),
    Column("kind", String(16), nullable=False),
    Column("direction", String(8)),
    Column("basis", String(16)),
    Column("status", String(16), nullable=False),
    Column("approx", String(4), nullable=False),
    Column("indicator", String(32), nullable=False),
    Column("entity_id", String(300)),
    Column("entity", String(256)),
    Column("entity_type", String(32)),
    Column("period", String(32)),
    Column("period_start", String(10)),
    Column("period_end", String(10)),
    Column("qualifiers", JSON, nullable=False),
    Column("rules", JSON, nullable=False),
    Index("ix_facts_series", "entity", "indicator", "period_start"),
    # an indicator over a period range, filtered and ordered by id inside the index
    Index("ix_facts_indicator", "indicator", "period_start", "period_end", "id"),
    Index("ix_facts_document", "document_id", "start"),
    Index("ix_facts_period", "period_start"),
    # entity + indicator (+ kind) and the series query seek on its prefix; it covers the entity
    # page (indicator counts, chart points, reports) without reading rows
    Index("ix_facts_entity_id", "entity_id", "indicator", "kind", "unit", "status", "basis", "direction",
          "period", "period_end", "value", "document_id"),
)

checks = Table(
    "checks",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("rule", String(32), nullable=False),
    Column("status", String(16), nullable=False),
    Column("expected", Float),
    Column("observed", Float),
    Column("tolerance", Float),
    Column("explanation", Text, nullable=False),
    Column("key", Text, nullable=False),
    Column("facts", JSON, nullable=False),                 # [fact id, ...]
    Index("ix_checks_status", "status", "rule"),
)

check_facts = Table(
    "check_facts",
    metadata,
    Column("check_id", Integer, ForeignKey("checks.id", ondelete="CASCADE"), nullable=False),
    Column("fact_id", String(600), nullable=False),
    Index("ix_check_facts_fact", "fact_id"),
    Index("ix_check_facts_check", "check_id"),
)

ledger_state = Table(
    "ledger_state",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", String(64), nullable=False),
)
"""Small bookkeeping values: ``facts_version`` changes with every stored document,
``checks_version`` records the facts version the stored checks were computed from."""
