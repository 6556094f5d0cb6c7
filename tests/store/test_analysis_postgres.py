"""The analysis tables and their queries on PostgreSQL (skipped without NEWSDESK_TEST_PG)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from newsdesk.store import analysis as analysis_store
from newsdesk.store.db import Store
from tests.store.test_analysis import _article, _ttp_analysis


@pytest.fixture
def pg_store() -> Iterator[Store]:
    url = os.environ.get("NEWSDESK_TEST_PG")
    if not url:
        pytest.skip("NEWSDESK_TEST_PG is not set (make test starts a PostgreSQL and sets it)")
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    name = f"newsdesk_analysis_{uuid.uuid4().hex[:10]}"
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
