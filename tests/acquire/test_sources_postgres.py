"""The sources and fetch_state tables on PostgreSQL (skipped without NEWSDESK_TEST_PG)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsdesk.store.db import Store
from newsdesk.store.sources import (
    FetchState,
    Source,
    add_source,
    get_state,
    list_sources,
    remove_source,
    save_state,
)


@pytest.fixture
def pg_store(fresh_pg_url: str) -> Iterator[Store]:
    store = Store(fresh_pg_url)
    try:
        yield store
    finally:
        store.close()


def test_sources_and_state_on_postgresql(pg_store: Store) -> None:
    long_url = "https://ledger.example/news/" + "x" * 5000 + ".html"  # longer than a btree key
    with pg_store.begin() as conn:
        add_source(conn, Source("ledger", feeds=["https://ledger.example/top.xml"]))
        save_state(conn, FetchState(long_url, "page", "failed", source="ledger", attempts=1))
        save_state(conn, FetchState(long_url, "page", "stored", source="ledger", attempts=2))
    with pg_store.connect() as conn:
        assert [s.feeds for s in list_sources(conn)] == [["https://ledger.example/top.xml"]]
        state = get_state(conn, long_url)
    assert state is not None and (state.status, state.attempts) == ("stored", 2)
    with pg_store.begin() as conn:
        assert remove_source(conn, "ledger")
