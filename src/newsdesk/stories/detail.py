"""One story as read back: its record from the store and its timeline.

The timeline is built when a story is read, from what the other stages stored
for its articles (events with their dates; attributed statements), so it always
reflects the current analysis of every member.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from newsdesk.records import Story, iso
from newsdesk.store import analysis as analysis_store
from newsdesk.store import articles as article_store
from newsdesk.store import events as event_store
from newsdesk.store import stories as story_store
from newsdesk.stories.timeline import ArticleFacts, build_timeline


def load_story(conn: sa.Connection, story_id: int) -> Story | None:
    """The story with its timeline, or None when there is no such story."""
    story = story_store.get_story(conn, story_id)
    if story is None:
        return None
    # Copies repeat their original's facts: the timeline reads the originals only.
    members = article_store.get_articles(conn, story.article_ids)
    facts = []
    for article in members:
        if article.id is None:
            continue
        analysis = analysis_store.load_analysis(conn, article.id)
        quotes = analysis.quotes if analysis else []
        facts.append(ArticleFacts(article, event_store.load_events(conn, article.id), quotes))
    story.timeline = build_timeline(facts)
    return story


def story_record(conn: sa.Connection, story_id: int) -> dict[str, Any] | None:
    """The story as JSON-ready data, with its articles (each original followed by its copies)."""
    story = load_story(conn, story_id)
    if story is None:
        return None
    copies_of: dict[int, list[int]] = {}
    for copy, original in story.copies.items():
        copies_of.setdefault(original, []).append(copy)
    order = []
    for article_id in story.article_ids:
        order.append(article_id)
        order.extend(sorted(copies_of.pop(article_id, [])))
    order.extend(sorted(i for rest in copies_of.values() for i in rest))
    record = story.to_json()
    record["articles"] = [
        {
            "id": a.id,
            "headline": a.headline,
            "datePublished": iso(a.date_published),
            "source": a.source or a.site_name,
            "url": a.canonical_url or a.url,
            "copyOf": story.copies.get(a.id) if a.id is not None else None,
        }
        for a in article_store.get_articles(conn, order)
    ]
    return record
