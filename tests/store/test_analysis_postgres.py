"""The analysis tables and their queries on PostgreSQL (skipped without NEWSDESK_TEST_PG)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsdesk.store import analysis as analysis_store
from newsdesk.store.db import Store
from tests.store.test_analysis import _article, _ttp_analysis


@pytest.fixture
def pg_store(fresh_pg_url: str) -> Iterator[Store]:
    store = Store(fresh_pg_url)
    try:
        yield store
    finally:
        store.close()


def test_save_load_and_list_on_postgresql(pg_store: Store) -> None:
    with pg_store.begin() as conn:
        first = _article(conn, "first article")
        analysis_store.save_analysis(conn, first, _ttp_analysis())
        analysis_store.save_analysis(conn, first, _ttp_analysis())
    with pg_store.connect() as conn:
        loaded = analysis_store.load_analysis(conn, first)
        assert loaded is not None and len(loaded.mentions) == 3
        kinds = {s.entity.key: s.mentions for s in analysis_store.list_entities(conn)}
        assert kinds["org:tehreek e taliban pakistan"] == 2
        assert kinds["place:1138958"] == 1
        assert len(analysis_store.list_quotes(conn, speaker="afghanistan")) == 1
        assert analysis_store.needs_analysis(conn, [first]) == set()
