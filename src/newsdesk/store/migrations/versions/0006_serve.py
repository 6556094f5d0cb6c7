"""Serve: indexes for the latest-first lists and for search facet counts.

- ``ix_articles_latest``: the order of every article list (publication time, else capture
  time, else storage time; see ``store.views.sort_key``), so a page of the latest articles
  reads one page of the index instead of sorting every article.
- ``ix_articles_facets``: counting facets (source, language, year) over every match of a
  common word reads those columns for thousands of articles; from the table that means one
  seek per article into large rows, from this covering index a compact scan.

Revision ID: 0006_serve
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_serve"
down_revision = "0001"
branch_labels = None
depends_on = None

FACETS = "ix_articles_facets"
LATEST = "ix_articles_latest"


def upgrade() -> None:
    op.create_index(
        FACETS,
        "articles",
        ["source", "language", "date_published", "captured_at", "created_at"],
    )
    op.create_index(
        LATEST,
        "articles",
        [sa.text("coalesce(date_published, captured_at, created_at)"), "id"],
    )


def downgrade() -> None:
    op.drop_index(LATEST, table_name="articles")
    op.drop_index(FACETS, table_name="articles")
