"""Foundation: raw documents, articles, full-text index.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "raw_documents",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.String(200)),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("fetched_at_method", sa.String(20), nullable=False),
        sa.Column("path", sa.Text),
        sa.Column("hints", sa.Text, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("raw_id", sa.Integer, sa.ForeignKey("raw_documents.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("key", sa.String(2100), nullable=False, unique=True),
        sa.Column("url", sa.Text),
        sa.Column("canonical_url", sa.Text),
        sa.Column("source", sa.String(200)),
        sa.Column("headline", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("authors", sa.Text, nullable=False),
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
    )
    op.create_index("ix_articles_published", "articles", ["date_published"])
    op.create_index("ix_articles_source", "articles", ["source"])
    op.create_index("ix_articles_raw", "articles", ["raw_id", "position"])

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # External-content FTS5 index kept in step by triggers.
        op.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5("
            "headline, body, content='articles', content_rowid='id', "
            "tokenize='porter unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN "
            "INSERT INTO articles_fts(rowid, headline, body) "
            "VALUES (new.id, new.headline, new.body); END"
        )
        op.execute(
            "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN "
            "INSERT INTO articles_fts(articles_fts, rowid, headline, body) "
            "VALUES ('delete', old.id, old.headline, old.body); END"
        )
        op.execute(
            "CREATE TRIGGER articles_fts_au AFTER UPDATE ON articles BEGIN "
            "INSERT INTO articles_fts(articles_fts, rowid, headline, body) "
            "VALUES ('delete', old.id, old.headline, old.body); "
            "INSERT INTO articles_fts(rowid, headline, body) "
            "VALUES (new.id, new.headline, new.body); END"
        )
    elif dialect == "postgresql":
        op.execute(
            "CREATE INDEX ix_articles_fts ON articles USING gin ("
            "to_tsvector('english', coalesce(headline, '') || ' ' || coalesce(body, '')))"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    op.drop_table("articles")
    op.drop_table("raw_documents")
