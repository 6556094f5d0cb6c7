from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsdesk.errors import InputError
from newsdesk.store.db import Store
from newsdesk.store.sources import (
    FetchState,
    Source,
    add_source,
    format_interval,
    get_source,
    get_state,
    list_sources,
    mark_polled,
    parse_interval,
    remove_source,
    save_state,
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'news.db'}")


@pytest.mark.parametrize(
    ("text", "seconds"), [("15m", 900), ("2h", 7200), ("90s", 90), ("1d", 86400), ("30", 1800)]
)
def test_parse_interval(text: str, seconds: int):
    assert parse_interval(text) == seconds
    assert parse_interval(format_interval(seconds)) == seconds


@pytest.mark.parametrize("bad", ["5s", "fast", "", "-5m", "1w"])
def test_parse_interval_rejects(bad: str):
    with pytest.raises(InputError, match="--every"):
        parse_interval(bad)


def test_sources_add_list_remove(store: Store):
    with store.begin() as conn:
        add_source(conn, Source("ledger", feeds=["https://ledger.example/top.xml"]))
        add_source(conn, Source("courier", sitemaps=["https://c.example/s.xml"], site=None))
        with pytest.raises(InputError, match="exists already"):
            add_source(conn, Source("ledger", feeds=["https://x.example/f.xml"]))
        with pytest.raises(InputError, match="at least one --feed"):
            add_source(conn, Source("empty"))
    with store.connect() as conn:
        assert [s.name for s in list_sources(conn)] == ["courier", "ledger"]
        ledger = get_source(conn, "ledger")
    assert ledger is not None and ledger.feeds == ["https://ledger.example/top.xml"]
    assert ledger.to_json()["every"] == "15m"
    with store.begin() as conn:
        assert remove_source(conn, "ledger")
        assert not remove_source(conn, "ledger")
        assert [s.name for s in list_sources(conn)] == ["courier"]


def test_due_after_interval(store: Store):
    now = datetime(2025, 11, 12, 10, 0, tzinfo=UTC)
    with store.begin() as conn:
        add_source(conn, Source("ledger", feeds=["https://l.example/f"], interval_seconds=600))
        mark_polled(conn, "ledger", now, "3 page(s)")
        source = get_source(conn, "ledger")
    assert source is not None and source.last_summary == "3 page(s)"
    assert not source.due(now + timedelta(minutes=9))
    assert source.due(now + timedelta(minutes=10))


def test_fetch_state_upsert(store: Store):
    url = "https://ledger.example/feeds/top.xml"
    with store.begin() as conn:
        assert get_state(conn, url) is None
        save_state(conn, FetchState(url, "feed", "ok", source="ledger", etag='"a"'))
        save_state(conn, FetchState(url, "feed", "ok", source="ledger", etag='"b"', attempts=2))
        state = get_state(conn, url)
    assert state is not None and (state.etag, state.attempts) == ('"b"', 2)
    assert state.fetched_at is not None and state.fetched_at.tzinfo is not None
