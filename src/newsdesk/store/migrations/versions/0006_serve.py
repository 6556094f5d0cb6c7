"""Serve: a covering index for search facet counts.

Counting facets (source, language, year) over every match of a common word reads those
columns for thousands of articles; from the table that means one seek per article into
large rows, from this index a compact scan. See ``store.views.search_facets``.

Revision ID: 0006_serve
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0006_serve"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEX = "ix_articles_facets"


def upgrade() -> None:
    op.create_index(
        INDEX,
        "articles",
        ["source", "language", "date_published", "captured_at", "created_at"],
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="articles")
