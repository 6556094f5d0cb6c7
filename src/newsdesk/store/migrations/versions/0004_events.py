"""PLOVER events and their actors/recipients.

Revision ID: 0004
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("event_type", sa.String(20), nullable=False),
        sa.Column("mode", sa.String(40)),
        sa.Column("context", sa.Text, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("sentence_start", sa.Integer, nullable=False),
        sa.Column("trigger", sa.Text, nullable=False),
        sa.Column("trigger_start", sa.Integer, nullable=False),
        sa.Column("trigger_end", sa.Integer, nullable=False),
        sa.Column("location_text", sa.Text),
        sa.Column("location", sa.Text),
        sa.Column("geonameid", sa.Integer),
        sa.Column("date", sa.DateTime(timezone=True)),
        sa.Column("date_text", sa.Text),
        sa.Column("date_precision", sa.String(10)),
        sa.Column("negated", sa.Boolean, nullable=False),
        sa.Column("hypothetical", sa.Boolean, nullable=False),
        sa.Column("future", sa.Boolean, nullable=False),
        sa.Column("reported_by", sa.Text),
        sa.Column("inferred", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_events_article", "events", ["article_id", "position"])
    op.create_index("ix_events_type", "events", ["event_type"])
    op.create_index("ix_events_date", "events", ["date"])
    op.create_table(
        "event_participants",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "event_id",
            sa.Integer,
            sa.ForeignKey("events.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("code", sa.String(10)),
        sa.Column("sector", sa.String(10)),
        sa.Column("entity", sa.String(300)),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("extra", sa.Text, nullable=False),
    )
    op.create_index("ix_event_participants_event", "event_participants", ["event_id"])
    op.create_index("ix_event_participants_code", "event_participants", ["role", "code"])


def downgrade() -> None:
    op.drop_index("ix_event_participants_code", table_name="event_participants")
    op.drop_index("ix_event_participants_event", table_name="event_participants")
    op.drop_table("event_participants")
    op.drop_index("ix_events_date", table_name="events")
    op.drop_index("ix_events_type", table_name="events")
    op.drop_index("ix_events_article", table_name="events")
    op.drop_table("events")
