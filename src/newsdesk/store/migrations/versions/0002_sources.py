"""Sources to follow and per-URL fetch state (conditional GET, seen pages).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("feeds", sa.Text, nullable=False),
        sa.Column("sitemaps", sa.Text, nullable=False),
        sa.Column("site", sa.Text),
        sa.Column("interval_seconds", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_polled_at", sa.DateTime(timezone=True)),
        sa.Column("last_summary", sa.Text),
    )
    op.create_table(
        "fetch_state",
        sa.Column("url_hash", sa.String(64), primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("source", sa.String(200)),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_fetch_state_source", "fetch_state", ["source", "kind"])


def downgrade() -> None:
    op.drop_index("ix_fetch_state_source", table_name="fetch_state")
    op.drop_table("fetch_state")
    op.drop_table("sources")
