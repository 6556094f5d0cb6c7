"""Stories: what each grouped article added, so that an edited article can be taken out.

``story_documents`` keeps, per grouped article, the unit TF-IDF vector it added to its
story's centroid (JSON; ``{}`` for a copy, which adds nothing) and a digest of the text it
was grouped with. When the article changes, its vector is subtracted again; an article
grouped with the same text is left alone.

Revision ID: 0007_story_documents
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_story_documents"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "story_documents",
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("vector", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("story_documents")
