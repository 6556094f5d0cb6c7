"""The stories tables and upserts on PostgreSQL (skipped without NEWSDESK_TEST_PG)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from newsdesk.config import Settings
from newsdesk.desk import Desk
from newsdesk.stories.group import StoryGrouper
from tests.stories.test_group import ORDER, store_and_group


@pytest.fixture
def pg_desk() -> Iterator[Desk]:
    url = os.environ.get("NEWSDESK_TEST_PG")
    if not url:
        pytest.skip("NEWSDESK_TEST_PG is not set (make test starts a PostgreSQL and sets it)")
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    name = f"newsdesk_stories_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as exc:
        pytest.skip(f"PostgreSQL at NEWSDESK_TEST_PG is not reachable: {exc}")
    own = sa.engine.make_url(url).set(database=name).render_as_string(hide_password=False)
    desk = Desk(settings=Settings(db_url=own))
    try:
        yield desk
    finally:
        desk.close()
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def test_grouping_and_state_reload_on_postgresql(pg_desk: Desk) -> None:
    first = store_and_group(pg_desk, StoryGrouper(), ORDER[:3])
    store_and_group(pg_desk, StoryGrouper(), ORDER[3:])  # a new grouper reloads the state
    stories = pg_desk.stories()
    assert sorted(len(s.article_ids) for s in stories) == [1, 1, 3]
    strike = next(s for s in stories if len(s.article_ids) == 3)
    assert strike.copies == {first["strike-talks-wire"].id: first["strike-talks-open"].id}
    report = pg_desk.rebuild_stories()
    assert (report.articles, report.stories, report.copies) == (6, 3, 1)
