"""The events tables and their filters on PostgreSQL (skipped without NEWSDESK_TEST_PG)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from newsdesk.records import Article, RawDocument
from newsdesk.store import articles as article_store
from newsdesk.store import events as event_store
from newsdesk.store.db import Store
from tests.analyse.test_events_store import BODY, WHEN, _events


@pytest.fixture
def pg_store(fresh_pg_url: str) -> Iterator[Store]:
    store = Store(fresh_pg_url)
    try:
        yield store
    finally:
        store.close()


def test_events_on_postgresql(pg_store: Store) -> None:
    with pg_store.begin() as conn:
        raw = RawDocument(content=BODY.encode(), media_type="text/plain", fetched_at=WHEN)
        raw_id = article_store.insert_raw(conn, raw)
        article = Article(headline="Talks", body=BODY, captured_at=WHEN)
        (saved,) = article_store.save_articles(conn, raw_id, [article])
        event_store.save_events(conn, saved.id, _events())
        event_store.save_events(conn, saved.id, _events())  # replaces, does not add
    with pg_store.connect() as conn:
        loaded = event_store.load_events(conn, saved.id)
        assert [e.to_json() for e in loaded] == [e.to_json() for e in _events()]
        assert event_store.count_events(conn) == 2
    find = event_store.find_events
    assert [s.event.event_type for s in find(pg_store, actor="pak")] == ["REQUEST", "CONSULT"]
    assert [s.event.event_type for s in find(pg_store, recipient="Taliban")] == ["REQUEST"]
    since = datetime(2025, 11, 10, tzinfo=UTC)
    assert [s.event.event_type for s in find(pg_store, since=since)] == ["REQUEST"]
