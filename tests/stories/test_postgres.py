"""The stories tables and upserts on PostgreSQL (skipped without NEWSDESK_TEST_PG)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsdesk.config import Settings
from newsdesk.desk import Desk
from newsdesk.stories.group import StoryGrouper
from tests.stories.test_group import ORDER, store_and_group
from tests.stories.test_regroup import check_hand_over, check_leave_and_join
from tests.test_pipeline import check_reprocess_removes


@pytest.fixture
def pg_desk(fresh_pg_url: str) -> Iterator[Desk]:
    desk = Desk(settings=Settings(db_url=fresh_pg_url))
    try:
        yield desk
    finally:
        desk.close()


def test_grouping_and_state_reload_on_postgresql(pg_desk: Desk) -> None:
    first = store_and_group(pg_desk, StoryGrouper(), ORDER[:3])
    store_and_group(pg_desk, StoryGrouper(), ORDER[3:])  # a new grouper reloads the state
    stories = pg_desk.stories()
    assert sorted(len(s.article_ids) for s in stories) == [1, 1, 3]
    strike = next(s for s in stories if len(s.article_ids) == 3)
    assert strike.copies == {first["strike-talks-wire"].id: first["strike-talks-open"].id}
    report = pg_desk.rebuild_stories()
    assert (report.articles, report.stories, report.copies) == (6, 3, 1)


def test_an_edited_article_is_regrouped_on_postgresql(pg_desk: Desk) -> None:
    check_leave_and_join(pg_desk)


def test_an_edited_original_hands_over_its_copies_on_postgresql(pg_desk: Desk) -> None:
    check_hand_over(pg_desk)


@pytest.mark.parametrize(("print_first", "older_body"), [(True, "footer"), (False, "junk")])
def test_reprocess_removes_what_a_document_no_longer_yields_on_postgresql(
    fresh_pg_url: str, monkeypatch: pytest.MonkeyPatch, print_first: bool, older_body: str
) -> None:
    settings = Settings(db_url=fresh_pg_url, analyse=False)
    check_reprocess_removes(settings, monkeypatch, print_first, older_body)
