"""Sources to follow, and what we know about each URL we fetched for them.

``fetch_state`` keeps, per URL, the validators for conditional GET (so an
unchanged feed costs one 304) and whether a page was stored, refused or keeps
failing (so a watch round fetches only new URLs and gives up on broken ones).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from newsdesk.errors import InputError
from newsdesk.store.schema import metadata

sources = sa.Table(
    "sources",
    metadata,
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

fetch_state = sa.Table(
    "fetch_state",
    metadata,
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
    sa.Index("ix_fetch_state_source", "source", "kind"),
)

_INTERVAL = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$")
_UNITS = {"": 60, "s": 1, "m": 60, "h": 3600, "d": 86400}
MIN_INTERVAL = 60


def parse_interval(text: str) -> int:
    """'15m', '2h', '90s', '1d' (a bare number is minutes) -> seconds, at least a minute."""
    match = _INTERVAL.match(text.lower())
    if not match:
        raise InputError(f"--every: {text!r} is not an interval like 15m, 2h or 1d")
    seconds = int(match.group(1)) * _UNITS[match.group(2)]
    if seconds < MIN_INTERVAL:
        raise InputError(f"--every: {text!r} is shorter than a minute; be polite to the site")
    return seconds


def format_interval(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@dataclass
class Source:
    name: str
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    site: str | None = None
    interval_seconds: int = 15 * 60
    created_at: datetime | None = None
    last_polled_at: datetime | None = None
    last_summary: str | None = None
    id: int | None = None

    def due(self, now: datetime) -> bool:
        if self.last_polled_at is None:
            return True
        return (now - self.last_polled_at).total_seconds() >= self.interval_seconds

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "feeds": self.feeds,
            "sitemaps": self.sitemaps,
            "site": self.site,
            "every": format_interval(self.interval_seconds),
            "lastPolledAt": self.last_polled_at.isoformat() if self.last_polled_at else None,
            "lastSummary": self.last_summary,
        }


def _source_from_row(row: Any) -> Source:
    return Source(
        id=row.id,
        name=row.name,
        feeds=json.loads(row.feeds),
        sitemaps=json.loads(row.sitemaps),
        site=row.site,
        interval_seconds=row.interval_seconds,
        created_at=_aware(row.created_at),
        last_polled_at=_aware(row.last_polled_at),
        last_summary=row.last_summary,
    )


def add_source(conn: sa.Connection, source: Source) -> Source:
    """Store a new source. Raises InputError if the name is taken or it has nothing to follow."""
    if not source.name.strip():
        raise InputError("a source needs a name")
    if not (source.feeds or source.sitemaps or source.site):
        raise InputError(f"source {source.name!r}: give at least one --feed, --sitemap or --site")
    if get_source(conn, source.name) is not None:
        raise InputError(f"source {source.name!r} exists already (remove it first)")
    now = datetime.now(UTC)
    result = conn.execute(
        sources.insert().values(
            name=source.name,
            feeds=json.dumps(source.feeds),
            sitemaps=json.dumps(source.sitemaps),
            site=source.site,
            interval_seconds=source.interval_seconds,
            created_at=now,
        )
    )
    key = result.inserted_primary_key
    source.id = int(key[0]) if key else None
    source.created_at = now
    return source


def list_sources(conn: sa.Connection) -> list[Source]:
    rows = conn.execute(sa.select(sources).order_by(sources.c.name)).all()
    return [_source_from_row(r) for r in rows]


def get_source(conn: sa.Connection, name: str) -> Source | None:
    row = conn.execute(sa.select(sources).where(sources.c.name == name)).first()
    return _source_from_row(row) if row else None


def remove_source(conn: sa.Connection, name: str) -> bool:
    """Forget a source and its feed/sitemap validators; stored articles stay."""
    deleted = conn.execute(sources.delete().where(sources.c.name == name)).rowcount
    conn.execute(
        fetch_state.delete().where(fetch_state.c.source == name, fetch_state.c.kind != "page")
    )
    return bool(deleted)


def mark_polled(conn: sa.Connection, name: str, when: datetime, summary: str) -> None:
    conn.execute(
        sources.update()
        .where(sources.c.name == name)
        .values(last_polled_at=when, last_summary=summary)
    )


def note_round(conn: sa.Connection, name: str, summary: str) -> None:
    """Say what the last round did without marking the source polled (it stays due)."""
    conn.execute(sources.update().where(sources.c.name == name).values(last_summary=summary))


# --- per-URL state ------------------------------------------------------------------------


@dataclass
class FetchState:
    url: str
    kind: str
    """'feed', 'sitemap', 'site' or 'page'."""
    status: str
    """'ok' (feed/sitemap read), 'stored', 'rejected' (not an article), 'failed' (may retry)."""
    source: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    attempts: int = 0
    last_error: str | None = None
    fetched_at: datetime | None = None


def url_hash(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()


def get_state(conn: sa.Connection, url: str) -> FetchState | None:
    row = conn.execute(
        sa.select(fetch_state).where(fetch_state.c.url_hash == url_hash(url))
    ).first()
    if row is None:
        return None
    return FetchState(
        url=row.url,
        kind=row.kind,
        status=row.status,
        source=row.source,
        etag=row.etag,
        last_modified=row.last_modified,
        attempts=row.attempts,
        last_error=row.last_error,
        fetched_at=_aware(row.fetched_at),
    )


def save_state(conn: sa.Connection, state: FetchState) -> None:
    """Insert or replace the state of ``state.url``."""
    values = {
        "url": state.url,
        "source": state.source,
        "kind": state.kind,
        "status": state.status,
        "etag": state.etag,
        "last_modified": state.last_modified,
        "attempts": state.attempts,
        "last_error": state.last_error,
        "fetched_at": state.fetched_at or datetime.now(UTC),
    }
    key = url_hash(state.url)
    updated = conn.execute(
        fetch_state.update().where(fetch_state.c.url_hash == key).values(**values)
    ).rowcount
    if not updated:
        conn.execute(fetch_state.insert().values(url_hash=key, **values))
