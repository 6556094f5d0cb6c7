"""Views over what the later stages store: analysis, events, stories, configured sources.

Each stage keeps its tables and read functions in its own ``newsdesk.store`` module; this
module reads through them (and through ``store.views`` where they lack a query).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa

from newsdesk.acquire.http import Fetcher
from newsdesk.analyse.events import to_plover
from newsdesk.desk import Desk
from newsdesk.follow import fetch_config, fetch_pages
from newsdesk.pipeline import IngestOutcome
from newsdesk.records import Analysis, iso
from newsdesk.serve.errors import NotFoundError
from newsdesk.serve.summaries import article_summary
from newsdesk.store import analysis as analysis_store
from newsdesk.store import articles as article_store
from newsdesk.store import events as event_store
from newsdesk.store import sources as source_store
from newsdesk.store import stories as story_store
from newsdesk.store import views as store_views


def _page(items: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    more = len(items) > limit
    return {"items": items[:limit], "next_offset": offset + limit if more else None}


# --- filters --------------------------------------------------------------------------


def article_ids_for(entity: str | None, event_type: str | None) -> tuple[sa.Select[Any], ...]:
    """Sub-queries of the ids of articles mentioning ``entity`` / reporting ``event_type``."""
    found: list[sa.Select[Any]] = []
    if entity:
        found.append(store_views.mentioning(entity))
    if event_type:
        found.append(_events_of_type(event_type))
    return tuple(found)


def _events_of_type(event_type: str) -> sa.Select[Any]:
    table = event_store.events
    return sa.select(table.c.article_id).where(table.c.event_type == event_type.upper())


# --- one article ----------------------------------------------------------------------


def article_extras(conn: sa.Connection, article_id: int) -> dict[str, Any]:
    """What the later stages know about one article: its analysis and its story."""
    return {"analysis": _analysis(conn, article_id), "story": _story_ref(conn, article_id)}


def _analysis(conn: sa.Connection, article_id: int) -> dict[str, Any] | None:
    found = analysis_store.load_analysis(conn, article_id)
    events = _article_events(conn, article_id)
    if found is None and not events:
        return None
    data = (found or Analysis()).to_json()
    data["events"] = events
    return data


def _article_events(conn: sa.Connection, article_id: int) -> list[dict[str, Any]]:
    return [e.to_json() for e in event_store.load_events(conn, article_id)]


def _story_ref(conn: sa.Connection, article_id: int) -> dict[str, Any] | None:
    story_id = story_store.story_of(conn, article_id)
    if story_id is None:
        return None
    title = conn.execute(
        sa.select(story_store.stories.c.title).where(story_store.stories.c.id == story_id)
    ).scalar()
    return {"id": story_id, "title": title, "copyOf": story_store.original_of(conn, article_id)}


# --- listings -------------------------------------------------------------------------


def entities(
    desk: Desk, *, q: str | None, kind: str | None, limit: int, offset: int
) -> dict[str, Any]:
    """Entities with mention and article counts, most mentioned first."""
    with desk.store.connect() as conn:
        found = analysis_store.list_entities(
            conn, kind=kind, name=q, limit=limit + 1, offset=offset
        )
    return _page([e.to_json() for e in found], limit, offset)


def entity(desk: Desk, key: str) -> dict[str, Any]:
    """One entity: profile, aliases, mentions per day, its articles, statements and events."""
    with desk.store.connect() as conn:
        found = store_views.get_entity(conn, key)
        if found is None:
            raise NotFoundError(f"no entity with key {key!r}")
        per_day = store_views.mentions_per_day(conn, key)
        where = store_views.ArticleFilter(ids=(store_views.mentioning(key),))
        latest = store_views.page_articles(conn, where, limit=50)
        said = store_views.quotes_by(conn, key, limit=50)
        events = _entity_events(conn, key)
    return {
        **found.to_json(),
        "mentionsByDay": [{"day": day, "count": count} for day, count in per_day],
        "articles": [article_summary(p.article) for p in latest],
        "quotes": said,
        "events": events,
    }


def _entity_events(conn: sa.Connection, key: str) -> list[dict[str, Any]]:
    """Events in which the entity is an actor or a recipient, latest first."""
    found = event_store.list_events(conn, actor=key, limit=50)
    found += event_store.list_events(conn, recipient=key, limit=50)
    unique = {e.id: e for e in found}
    return [e.to_json() for e in unique.values()]


def entity_name(desk: Desk, key: str) -> str | None:
    """The name of an entity, for labels (None when the key is unknown)."""
    with desk.store.connect() as conn:
        found = store_views.entity_names(conn, [key]).get(key)
    return found[0] if found else None


def entity_page(desk: Desk, key: str) -> dict[str, Any]:
    """The entity as the API gives it, plus its mentions per day laid out as SVG bars."""
    record = entity(desk, key)
    return {**record, "chart": mentions_chart(record.get("mentionsByDay", []))}


def mentions_chart(
    days: list[dict[str, Any]], width: int = 480, height: int = 90
) -> dict[str, Any]:
    """Bars (SVG user units) for ``[{"day": "YYYY-MM-DD", "count": n}, ...]`` in day order."""
    if not days:
        return {"width": width, "height": height, "bars": [], "ticks": []}
    top = max(int(d["count"]) for d in days) or 1
    slot = (width - 20) / len(days)
    bar_width = max(2.0, min(40.0, slot * 0.7))
    bars = []
    for number, d in enumerate(days):
        h = round((height - 20) * int(d["count"]) / top, 1)
        x = round(10 + number * slot + (slot - bar_width) / 2, 1)
        bars.append(
            {
                "x": x,
                "y": round(height - 16 - h, 1),
                "w": round(bar_width, 1),
                "h": h,
                "label": d["day"],
                "count": d["count"],
            }
        )
    ticks = [{"x": bars[0]["x"] + bar_width / 2, "label": days[0]["day"]}]
    if len(days) > 1:
        ticks.append({"x": bars[-1]["x"] + bar_width / 2, "label": days[-1]["day"]})
    return {"width": width, "height": height, "bars": bars, "ticks": ticks}


def quotes(
    desk: Desk, *, speaker_kind: str | None, entity: str | None, limit: int, offset: int
) -> dict[str, Any]:
    """Quotes and attributed claims, latest articles first."""
    with desk.store.connect() as conn:
        if entity:
            found = store_views.quotes_by(
                conn, entity, speaker_kind=speaker_kind, limit=limit + 1, offset=offset
            )
        else:
            found = [
                q.to_json()
                for q in analysis_store.list_quotes(
                    conn, speaker_kind=speaker_kind, limit=limit + 1, offset=offset
                )
            ]
    return _page(found, limit, offset)


def events(desk: Desk, *, event_type: str | None, limit: int, offset: int) -> dict[str, Any]:
    """PLOVER events as PLOVER JSON records, latest first."""
    with desk.store.connect() as conn:
        found = event_store.list_events(conn, event_type=event_type, limit=limit + 1, offset=offset)
        reported = {
            a.id: a for a in article_store.get_articles(conn, [e.article_id for e in found])
        }
    records = [
        to_plover(
            e.event,
            event_id=f"newsdesk-{e.id}",
            article=reported.get(e.article_id),
            article_id=e.article_id,
        )
        for e in found
    ]
    return _page(records, limit, offset)


def stories(desk: Desk, *, limit: int, offset: int) -> dict[str, Any]:
    """Stories, latest active first, without timelines."""
    with desk.store.connect() as conn:
        found = [
            story_store.story_json_summary(s)
            for s in story_store.list_stories(conn, limit=limit + 1, offset=offset)
        ]
        _name_entities(conn, found)
    return _page(found, limit, offset)


def story(desk: Desk, story_id: int) -> dict[str, Any]:
    """One story: its articles, copies and dated timeline."""
    record = desk.story_record(story_id)
    if record is None:
        raise NotFoundError(f"no story with id {story_id}")
    with desk.store.connect() as conn:
        _name_entities(conn, [record])
    return record


def _name_entities(conn: sa.Connection, records: list[dict[str, Any]]) -> None:
    """Add ``entities`` (key, name, kind) next to each record's ``topEntities`` keys."""
    keys = [k for r in records for k in r.get("topEntities", [])]
    names = store_views.entity_names(conn, keys)
    for record in records:
        record["entities"] = [
            {"key": k, "name": names[k][0], "kind": names[k][1]}
            for k in record.get("topEntities", [])
            if k in names
        ]


def story_page(desk: Desk, story_id: int) -> dict[str, Any]:
    """The story as the API gives it, plus its timeline laid out for an SVG drawing."""
    record = story(desk, story_id)
    return {**record, "chart": timeline_chart(record["timeline"])}


def timeline_chart(entries: list[dict[str, Any]], width: int = 720) -> dict[str, Any]:
    """Positions of the timeline entries on a horizontal time axis (SVG user units)."""
    left, right = 40, width - 40
    dated = [(e, _day(e.get("date"))) for e in entries]
    days = [d for _, d in dated if d is not None]
    if not days:
        return {"width": width, "height": 0, "points": [], "ticks": []}
    first, last = min(days), max(days)
    span = max((last - first).total_seconds(), 1.0)

    def x(when: datetime) -> int:
        if first == last:
            return (left + right) // 2
        return round(left + (right - left) * (when - first).total_seconds() / span)

    points = []
    for number, (entry, when) in enumerate(dated, start=1):
        if when is None:
            continue
        points.append(
            {
                "x": x(when),
                "y": 40 if number % 2 else 70,
                "label": str(number),
                "date": when.strftime("%d %b"),
                "summary": entry.get("summary", ""),
            }
        )
    ticks = [{"x": x(first), "label": first.strftime("%d %b %Y")}]
    if last != first:
        ticks.append({"x": x(last), "label": last.strftime("%d %b %Y")})
    return {"width": width, "height": 120, "points": points, "ticks": ticks, "axis_y": 55}


def _day(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def configured_sources(conn: sa.Connection) -> list[dict[str, Any]]:
    """Sources added with `newsdesk sources add`."""
    return [
        {
            "name": src.name,
            "configured": True,
            "feeds": list(src.feeds),
            "sitemaps": list(src.sitemaps),
            "site": src.site,
            "every": source_store.format_interval(src.interval_seconds),
            "lastPolled": iso(src.last_polled_at),
            "lastSummary": src.last_summary,
        }
        for src in source_store.list_sources(conn)
    ]


def fetch_and_ingest(desk: Desk, url: str, source: str | None) -> IngestOutcome:
    """Fetch a page politely (robots.txt, limits, no private addresses) and ingest it."""
    with Fetcher(fetch_config(desk.settings)) as fetcher:
        outcomes = list(fetch_pages(desk.pipeline, fetcher, [url], source))
    return outcomes[0]
