"""The events tables and their filters on PostgreSQL (skipped without NEWSDESK_TEST_PG)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from newsdesk.records import Article, RawDocument
from newsdesk.store import articles as article_store
from newsdesk.store import events as event_store
from newsdesk.store.db import Store
from tests.analyse.test_events_store import BODY, WHEN, _events


@pytest.fixture
def pg_store() -> Iterator[Store]:
    url = os.environ.get("NEWSDESK_TEST_PG")
    if not url:
        pytest.skip("NEWSDESK_TEST_PG is not set (make test starts a PostgreSQL and sets it)")
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    name = f"newsdesk_events_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as exc:
        pytest.skip(f"PostgreSQL at NEWSDESK_TEST_PG is not reachable: {exc}")
    own = sa.engine.make_url(url).set(database=name).render_as_string(hide_password=False)
    store = Store(own)
    try:
        yield store
    finally:
        store.close()
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


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
