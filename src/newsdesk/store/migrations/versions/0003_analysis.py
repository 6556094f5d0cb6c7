"""Analysis: entities and their aliases, mentions, quotes, per-article analysis state.

Revision ID: 0003
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None


def _article_fk() -> sa.Column[int]:
    return sa.Column(
        "article_id",
        sa.Integer,
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "analyses",
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("sourcing", sa.Text, nullable=False),
        sa.Column("analysed_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "entities",
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("country", sa.String(3)),
        sa.Column("sector", sa.String(10)),
        sa.Column("role", sa.Text),
        sa.Column("geonameid", sa.Integer),
        sa.Column("place", sa.Text),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_entities_kind", "entities", ["kind"])
    op.create_table(
        "entity_aliases",
        sa.Column(
            "entity_key",
            sa.String(300),
            sa.ForeignKey("entities.key", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("alias", sa.String(300), primary_key=True),
        sa.Column("norm", sa.String(300), nullable=False),
    )
    op.create_index("ix_entity_aliases_norm", "entity_aliases", ["norm"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _article_fk(),
        sa.Column("start_char", sa.Integer, nullable=False),
        sa.Column("end_char", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("entity_key", sa.String(300)),
        sa.Column("role", sa.Text),
        sa.Column("geonameid", sa.Integer),
        sa.Column("place", sa.Text),
    )
    op.create_index("ix_mentions_article", "mentions", ["article_id"])
    op.create_index("ix_mentions_entity", "mentions", ["entity_key"])
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _article_fk(),
        sa.Column("start_char", sa.Integer, nullable=False),
        sa.Column("end_char", sa.Integer, nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("speaker", sa.Text, nullable=False),
        sa.Column("speaker_kind", sa.String(30), nullable=False),
        sa.Column("cue", sa.String(100), nullable=False),
        sa.Column("direct", sa.Boolean, nullable=False),
        sa.Column("speaker_entity", sa.String(300)),
        sa.Column("speaker_start", sa.Integer),
        sa.Column("speaker_end", sa.Integer),
        sa.Column("content_start", sa.Integer),
        sa.Column("content_end", sa.Integer),
    )
    op.create_index("ix_quotes_article", "quotes", ["article_id"])
    op.create_index("ix_quotes_speaker_entity", "quotes", ["speaker_entity"])


def downgrade() -> None:
    for table in ("quotes", "mentions", "entity_aliases", "entities", "analyses"):
        op.drop_table(table)
