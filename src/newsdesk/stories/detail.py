"""One story as read back: its record from the store and its timeline.

The timeline is built when a story is read, from what the other stages stored
for its articles (events with their dates; attributed statements), so it always
reflects the current analysis of every member.
"""

from __future__ import annotations

import sqlalchemy as sa

from newsdesk.records import Story
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
