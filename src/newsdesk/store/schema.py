"""Tables of the foundation. Other stages define theirs on the same ``metadata``.

Portable types only (SQLite by default, PostgreSQL for teams): JSON is kept as
text, times as timezone-aware DateTime in UTC.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

raw_documents = sa.Table(
    "raw_documents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("url", sa.Text),
    sa.Column("source", sa.String(200)),
    sa.Column("media_type", sa.String(100), nullable=False),
    sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("fetched_at_method", sa.String(20), nullable=False),
    sa.Column("path", sa.Text),
    sa.Column("hints", sa.Text, nullable=False, default="{}"),
    sa.Column("size", sa.Integer, nullable=False),
    # zlib-compressed bytes, so that ``reprocess`` never needs to refetch
    sa.Column("content", sa.LargeBinary, nullable=False),
    sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("raw_id", sa.Integer, sa.ForeignKey("raw_documents.id"), nullable=False),
    sa.Column("position", sa.Integer, nullable=False, default=0),
    sa.Column("key", sa.String(2100), nullable=False, unique=True),
    sa.Column("url", sa.Text),
    sa.Column("canonical_url", sa.Text),
    sa.Column("source", sa.String(200)),
    sa.Column("headline", sa.Text, nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("authors", sa.Text, nullable=False, default="[]"),
    sa.Column("language", sa.String(20)),
    sa.Column("dateline", sa.String(200)),
    sa.Column("description", sa.Text),
    sa.Column("site_name", sa.String(300)),
    sa.Column("date_published", sa.DateTime(timezone=True)),
    sa.Column("published_method", sa.String(20)),
    sa.Column("published_precision", sa.String(10)),
    sa.Column("published_evidence", sa.Text),
    sa.Column("date_modified", sa.DateTime(timezone=True)),
    sa.Column("modified_method", sa.String(20)),
    sa.Column("modified_precision", sa.String(10)),
    sa.Column("modified_evidence", sa.Text),
    sa.Column("captured_at", sa.DateTime(timezone=True)),
    sa.Column("captured_at_method", sa.String(20)),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_articles_published", "date_published"),
    sa.Index("ix_articles_source", "source"),
    sa.Index("ix_articles_raw", "raw_id", "position"),
)
