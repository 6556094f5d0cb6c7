"""PLOVER events of stored articles: one row per event, one per actor or recipient.

Participants have their own table so that ``newsdesk events --actor PAK`` is an
indexed lookup on the country code (or a match on the actor's text or entity).
Saving an article's events replaces the ones it had: re-analysis is idempotent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from newsdesk.records import Article, Event, Place, iso, utc
from newsdesk.store.articles import reference_time
from newsdesk.store.schema import metadata

if TYPE_CHECKING:
    from newsdesk.store.db import Store

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("event_type", sa.String(20), nullable=False),
    sa.Column("mode", sa.String(40)),
    sa.Column("context", sa.Text, nullable=False, default="[]"),
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
    sa.Column("negated", sa.Boolean, nullable=False, default=False),
    sa.Column("hypothetical", sa.Boolean, nullable=False, default=False),
    sa.Column("future", sa.Boolean, nullable=False, default=False),
    sa.Column("reported_by", sa.Text),
    sa.Column("inferred", sa.Text, nullable=False, default="[]"),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_events_article", "article_id", "position"),
    sa.Index("ix_events_type", "event_type"),
    sa.Index("ix_events_date", "date"),
)

event_participants = sa.Table(
    "event_participants",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("role", sa.String(10), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("code", sa.String(10)),
    sa.Column("sector", sa.String(10)),
    sa.Column("entity", sa.String(300)),
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    sa.Column("extra", sa.Text, nullable=False, default="{}"),
    sa.Index("ix_event_participants_event", "event_id"),
    sa.Index("ix_event_participants_code", "role", "code"),
)

_KNOWN = {"text", "code", "sector", "entity", "start", "end"}


@dataclass
class StoredEvent:
    id: int
    article_id: int
    event: Event
    when: datetime | None = None
    """The event's date, else its article's publication (or capture) time."""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "when": iso(self.when),
            **self.event.to_json(),
        }


def _participant_rows(event_id: int, role: str, people: list[dict[str, Any]]) -> list[dict]:
    rows = []
    for n, p in enumerate(people):
        rows.append(
            {
                "event_id": event_id,
                "role": role,
                "position": n,
                "text": str(p.get("text") or ""),
                "code": p.get("code") or p.get("country"),
                "sector": p.get("sector"),
                "entity": p.get("entity"),
                "start": p.get("start"),
                "end": p.get("end"),
                "extra": json.dumps({k: v for k, v in p.items() if k not in _KNOWN | {"country"}}),
            }
        )
    return rows


def save_events(conn: sa.Connection, article_id: int, found: list[Event]) -> list[int]:
    """Replace the events of article ``article_id`` with ``found``; their new ids."""
    old = sa.select(events.c.id).where(events.c.article_id == article_id)
    conn.execute(event_participants.delete().where(event_participants.c.event_id.in_(old)))
    conn.execute(events.delete().where(events.c.article_id == article_id))
    ids: list[int] = []
    now = datetime.now(UTC)
    for position, e in enumerate(found):
        result = conn.execute(
            events.insert().values(
                article_id=article_id,
                position=position,
                event_type=e.event_type,
                mode=e.mode,
                context=json.dumps(e.context),
                sentence=e.sentence,
                sentence_start=e.sentence_start,
                trigger=e.trigger,
                trigger_start=e.trigger_start,
                trigger_end=e.trigger_end,
                location_text=e.location_text,
                location=json.dumps(e.location.to_json()) if e.location else None,
                geonameid=e.location.geonameid if e.location else None,
                date=e.date,
                date_text=e.date_text,
                date_precision=e.date_precision,
                negated=e.negated,
                hypothetical=e.hypothetical,
                future=e.future,
                reported_by=e.reported_by,
                inferred=json.dumps(e.inferred),
                created_at=now,
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        event_id = int(key[0])
        ids.append(event_id)
        rows = _participant_rows(event_id, "actor", e.actors)
        rows += _participant_rows(event_id, "recipient", e.recipients)
        if rows:
            conn.execute(event_participants.insert(), rows)
    return ids


def delete_events(conn: sa.Connection, article_id: int) -> None:
    """Forget the events of one article, with their participants."""
    save_events(conn, article_id, [])


def _people(rows: list[Any]) -> list[dict[str, Any]]:
    out = []
    for r in sorted(rows, key=lambda r: r.position):
        person: dict[str, Any] = {
            "text": r.text,
            "entity": r.entity,
            "country": r.code if r.code and r.code != "IGO" else None,
            "sector": r.sector,
            "start": r.start,
            "end": r.end,
            "code": r.code,
        }
        person.update(json.loads(r.extra or "{}"))
        out.append(person)
    return out


def _event_from_row(row: Any, parts: list[Any]) -> Event:
    place = None
    if row.location:
        data = json.loads(row.location)
        place = Place(**{k: data[k] for k in Place.__dataclass_fields__ if k in data})
    return Event(
        event_type=row.event_type,
        sentence=row.sentence,
        sentence_start=row.sentence_start,
        trigger=row.trigger,
        trigger_start=row.trigger_start,
        trigger_end=row.trigger_end,
        mode=row.mode,
        context=json.loads(row.context or "[]"),
        actors=_people([p for p in parts if p.role == "actor"]),
        recipients=_people([p for p in parts if p.role == "recipient"]),
        location=place,
        location_text=row.location_text,
        date=utc(row.date) if row.date else None,
        date_text=row.date_text,
        date_precision=row.date_precision,
        negated=bool(row.negated),
        hypothetical=bool(row.hypothetical),
        future=bool(row.future),
        reported_by=row.reported_by,
        inferred=json.loads(row.inferred or "[]"),
    )


def _load(conn: sa.Connection, rows: list[Any]) -> list[StoredEvent]:
    if not rows:
        return []
    ids = [r.id for r in rows]
    parts: dict[int, list[Any]] = {i: [] for i in ids}
    for p in conn.execute(
        sa.select(event_participants).where(event_participants.c.event_id.in_(ids))
    ):
        parts[p.event_id].append(p)
    return [
        StoredEvent(
            r.id,
            r.article_id,
            _event_from_row(r, parts[r.id]),
            utc(r.when) if getattr(r, "when", None) else None,
        )
        for r in rows
    ]


def load_events(conn: sa.Connection, article_id: int) -> list[Event]:
    """The events of one article, in sentence order."""
    rows = list(
        conn.execute(
            sa.select(events).where(events.c.article_id == article_id).order_by(events.c.position)
        )
    )
    return [s.event for s in _load(conn, rows)]


def _participant_filter(role: str, value: str) -> Any:
    """Events with an actor (recipient) whose code, entity or text matches ``value``."""
    like = f"%{value.lower()}%"
    p = event_participants
    return events.c.id.in_(
        sa.select(p.c.event_id).where(
            p.c.role == role,
            sa.or_(
                p.c.code == value.upper(),
                sa.func.lower(p.c.text).like(like),
                sa.func.lower(p.c.entity).like(like),
            ),
        )
    )


def list_events(
    conn: sa.Connection,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    event_type: str | None = None,
    since: datetime | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[StoredEvent]:
    """Events, newest first, filtered by actor, recipient (code, entity or text), PLOVER
    type and date (the event's own date, else its article's publication date)."""
    from newsdesk.store.schema import articles

    when = sa.func.coalesce(events.c.date, reference_time())
    query = sa.select(events, when.label("when")).join(
        articles, articles.c.id == events.c.article_id
    )
    if actor:
        query = query.where(_participant_filter("actor", actor))
    if recipient:
        query = query.where(_participant_filter("recipient", recipient))
    if event_type:
        query = query.where(events.c.event_type == event_type.upper())
    if since is not None:
        query = query.where(when >= utc(since))
    query = query.order_by(when.desc(), events.c.id).limit(limit).offset(offset)
    return _load(conn, list(conn.execute(query)))


def iter_article_events(conn: sa.Connection) -> Iterator[tuple[Article, list[Event]]]:
    """Every article that has events, with them (the PLOVER export)."""
    from newsdesk.store.articles import get_articles

    article_ids = [
        r[0]
        for r in conn.execute(
            sa.select(events.c.article_id).distinct().order_by(events.c.article_id)
        )
    ]
    for start in range(0, len(article_ids), 200):
        batch = article_ids[start : start + 200]
        for article in get_articles(conn, batch):
            assert article.id is not None
            yield article, load_events(conn, article.id)


def count_events(conn: sa.Connection) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one())


def find_events(store: Store, **filters: Any) -> list[StoredEvent]:
    """``list_events`` on an open store (the CLI's and API's entry point)."""
    with store.connect() as conn:
        return list_events(conn, **filters)
