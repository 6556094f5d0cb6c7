"""An edited article is taken out of its story and placed again with its new text."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from newsdesk.desk import Desk
from newsdesk.records import Article, ExtractedTime, RawDocument
from newsdesk.store import articles as article_store
from newsdesk.store import stories as story_store
from newsdesk.stories.group import Grouped, StoryGrouper
from tests.stories.helpers import load_articles
from tests.stories.test_group import make_desk, store_and_group
from tests.stories.test_pipeline import page

FOUND = load_articles()


def edit(
    desk: Desk, grouper: StoryGrouper, url_key: str, text_key: str, extra: str = ""
) -> tuple[Article, Grouped]:
    """Save the article at ``url_key``'s URL again, now with ``text_key``'s text, and group it."""
    source = FOUND[text_key]
    article = Article(
        headline=source.headline,
        body=source.body + extra,
        published=source.published,
        url=f"https://news.example/{url_key}",
        source=source.source,
    )
    raw = RawDocument(
        content=f"{url_key} now reads: {article.headline}\n\n{article.body}".encode(),
        media_type="text/plain",
        fetched_at=datetime(2025, 3, 9, tzinfo=UTC),
    )
    with desk.store.begin() as conn:
        raw_id = article_store.insert_raw(conn, raw)
        saved = article_store.save_articles(conn, raw_id, [article])
        assert saved[0].status == "updated"
        placed = grouper.group(conn, article)
    return article, placed


def grouping(desk: Desk) -> list[tuple[Any, ...]]:
    """Every story as its members, copies, title, span and size (story ids left out)."""
    with desk.store.connect() as conn:
        sizes = dict(
            conn.execute(sa.select(story_store.stories.c.id, story_store.stories.c.size)).all()
        )
    found = [
        (
            tuple(s.article_ids),
            tuple(sorted(s.copies.items())),
            s.title,
            s.first_seen,
            s.last_seen,
            sizes[s.id],
        )
        for s in desk.stories(limit=100)
    ]
    return sorted(found)


def assert_memory_matches_store(grouper: StoryGrouper, desk: Desk) -> None:
    """What the grouper holds equals what a new process would load from the store."""
    fresh = StoryGrouper()
    with desk.store.connect() as conn:
        stored, copies = fresh._load(conn)
        placements = story_store.placements(conn)
    index, held = grouper._index, grouper._copies
    assert index is not None and held is not None
    assert grouper._placements == placements
    assert index.doc_count == stored.doc_count
    assert +index.doc_freq == stored.doc_freq
    assert sorted(index.stories) == sorted(stored.stories)
    for story_id, story in index.stories.items():
        other = stored.stories[story_id]
        assert (story.size, story.first_seen, story.last_seen) == (
            other.size,
            other.first_seen,
            other.last_seen,
        )
        assert story.weights.keys() == other.weights.keys()
        for term, weight in story.weights.items():
            assert math.isclose(weight, other.weights[term], abs_tol=1e-9)
    postings = {t: ids for t, ids in index.postings.items() if ids}
    assert postings == {t: ids for t, ids in stored.postings.items() if ids}
    assert sorted(held.signatures) == sorted(copies.signatures)
    assert grouper._grouped == fresh._grouped
    assert grouper._title_scores == fresh._title_scores


def assert_every_story_has_members(desk: Desk) -> None:
    with desk.store.connect() as conn:
        stories = set(conn.execute(sa.select(story_store.stories.c.id)).scalars())
        used = conn.execute(sa.select(story_store.story_articles.c.story_id).distinct())
        assert stories == set(used.scalars())
        centroids = conn.execute(sa.select(story_store.story_terms.c.story_id).distinct())
        assert set(centroids.scalars()) <= stories


def story_tables(desk: Desk) -> dict[str, list[tuple[Any, ...]]]:
    """Every stories table's rows, without the times rows were written at."""
    dumped = {}
    with desk.store.connect() as conn:
        for table in (
            story_store.stories,
            story_store.story_articles,
            story_store.story_copies,
            story_store.story_terms,
            story_store.story_vocab,
            story_store.story_minhashes,
            story_store.story_documents,
        ):
            columns = [c for c in table.c if c.name not in ("updated_at", "assigned_at")]
            dumped[table.name] = sorted(tuple(r) for r in conn.execute(sa.select(*columns)))
    return dumped


def check_leave_and_join(desk: Desk) -> None:
    """The scenario shared by SQLite and PostgreSQL."""
    grouper = StoryGrouper()
    found = store_and_group(
        desk, grouper, ["football", "strike-talks-open", "strike-talks-stall", "frog"]
    )
    ids = {k: a.id for k, a in found.items() if a.id is not None}
    with desk.store.connect() as conn:
        frog_story = story_store.story_of(conn, ids["frog"])
        strike_story = story_store.story_of(conn, ids["strike-talks-open"])
    assert frog_story is not None and strike_story is not None
    strike = desk.story(strike_story)
    assert strike is not None and strike.title == FOUND["strike-talks-stall"].headline

    # the stalled-talks report is rewritten into a football report: it leaves the strike
    _, placed = edit(desk, grouper, "strike-talks-stall", "rovers-cup")
    with desk.store.connect() as conn:
        assert placed.story_id == story_store.story_of(conn, ids["football"])
    strike = desk.story(strike_story)
    assert strike is not None
    assert strike.article_ids == [ids["strike-talks-open"]]
    assert strike.title == FOUND["strike-talks-open"].headline
    assert strike.first_seen == strike.last_seen == FOUND["strike-talks-open"].date_published
    football = desk.story(placed.story_id)
    assert football is not None
    assert football.article_ids == [ids["football"], ids["strike-talks-stall"]]
    assert football.last_seen == FOUND["rovers-cup"].date_published

    # the frog report becomes a ferry report: its story, left empty, disappears
    _, placed = edit(desk, grouper, "frog", "harbour-ferry")
    assert placed.created
    ferry = desk.story(placed.story_id)
    assert ferry is not None and ferry.article_ids == [ids["frog"]]
    assert ferry.title == FOUND["harbour-ferry"].headline
    assert len(desk.stories()) == 3  # (SQLite may give the new story the freed id)
    assert_every_story_has_members(desk)
    assert_memory_matches_store(grouper, desk)

    before = grouping(desk)
    desk.rebuild_stories()
    assert grouping(desk) == before


def test_an_edited_article_leaves_its_story_and_joins_or_founds_the_right_one(
    tmp_path: Path,
) -> None:
    check_leave_and_join(make_desk(tmp_path))


def test_grouping_the_same_text_again_changes_nothing(tmp_path: Path) -> None:
    desk = make_desk(tmp_path)
    grouper = StoryGrouper()
    found = store_and_group(
        desk, grouper, ["strike-talks-open", "strike-talks-wire", "football", "strike-deal"]
    )
    tables = story_tables(desk)
    for again in (grouper, StoryGrouper()):  # this process, and a new one
        for key in ("strike-talks-open", "strike-talks-wire", "strike-deal"):
            with desk.store.begin() as conn:
                placed = again.group(conn, found[key])
                assert placed.story_id == story_store.story_of(conn, found[key].id or 0)
        assert story_tables(desk) == tables
    # the same text saved under the same URL is not even an update
    with desk.store.begin() as conn:
        raw = RawDocument(b"football again", "text/plain", datetime(2025, 3, 9, tzinfo=UTC))
        raw_id = article_store.insert_raw(conn, raw)
        assert article_store.save_articles(conn, raw_id, [found["football"]])[0].status == (
            "unchanged"
        )


def test_an_original_hands_its_copies_to_the_earliest_and_an_edited_copy_unlinks(
    tmp_path: Path,
) -> None:
    check_hand_over(make_desk(tmp_path))


def check_hand_over(desk: Desk) -> None:
    """The copies scenario shared by SQLite and PostgreSQL."""
    grouper = StoryGrouper()
    found = store_and_group(desk, grouper, ["strike-talks-open", "strike-talks-wire"])
    # a second copy of the opening report, with a line added, published after the wire's
    later = Article(
        headline="Halden teachers and council start pay talks",
        body=FOUND["strike-talks-open"].body + "\n\nTalks resume on Thursday.",
        published=ExtractedTime(datetime(2025, 3, 3, 13, 0, tzinfo=UTC), "exact", "minute", "t"),
        url="https://news.example/strike-talks-regional",
        source="Regional Daily",
    )
    with desk.store.begin() as conn:
        raw = RawDocument(b"regional copy", "text/plain", datetime(2025, 3, 9, tzinfo=UTC))
        article_store.save_articles(conn, article_store.insert_raw(conn, raw), [later])
        grouper.group(conn, later)
    stall = store_and_group(desk, grouper, ["strike-talks-stall"])["strike-talks-stall"].id
    opening, wire = found["strike-talks-open"].id, found["strike-talks-wire"].id
    assert opening and wire and stall and later.id
    with desk.store.connect() as conn:
        story_id = story_store.story_of(conn, opening)
        assert story_store.copies_in(conn, [wire, later.id]) == {wire: opening, later.id: opening}
    assert story_id is not None

    # the opening report is rewritten about a frog: the wire copy (earliest) takes over
    _, placed = edit(desk, grouper, "strike-talks-open", "frog")
    assert placed.created and placed.copy_of is None
    strike = desk.story(story_id)
    assert strike is not None
    assert strike.article_ids == [wire, stall]
    assert strike.copies == {later.id: wire}
    assert strike.first_seen == FOUND["strike-talks-wire"].date_published
    assert_memory_matches_store(grouper, desk)
    before = grouping(desk)
    desk.rebuild_stories()
    assert grouping(desk) == before

    # a copy rewritten about football is no copy any more, and leaves the story
    grouper = StoryGrouper()
    football = store_and_group(desk, grouper, ["football"])["football"].id
    _, placed = edit(desk, grouper, "strike-talks-regional", "rovers-cup")
    with desk.store.connect() as conn:
        assert placed.story_id == story_store.story_of(conn, football or 0)
        assert story_store.copies_in(conn, [later.id]) == {}
        story_id = story_store.story_of(conn, wire)  # (rebuild numbered the stories anew)
    assert story_id is not None
    strike = desk.story(story_id)
    assert strike is not None and strike.copies == {} and strike.article_ids == [wire, stall]
    assert_memory_matches_store(grouper, desk)
    before = grouping(desk)
    desk.rebuild_stories()
    assert grouping(desk) == before


def test_an_edit_that_keeps_the_article_a_copy_moves_it_to_its_new_original(
    tmp_path: Path,
) -> None:
    desk = make_desk(tmp_path)
    grouper = StoryGrouper()
    found = store_and_group(desk, grouper, ["strike-talks-open", "frog", "strike-talks-wire"])
    wire = found["strike-talks-wire"].id
    # the wire's page now carries the frog report, with one more sentence
    _, placed = edit(desk, grouper, "strike-talks-wire", "frog", "\n\nPhotos: Science Desk.")
    assert placed.copy_of == found["frog"].id
    with desk.store.connect() as conn:
        assert story_store.story_of(conn, wire or 0) == story_store.story_of(
            conn, found["frog"].id or 0
        )
    assert_memory_matches_store(grouper, desk)
    before = grouping(desk)
    desk.rebuild_stories()
    assert grouping(desk) == before


@pytest.mark.slow  # spaCy analysis runs in ingest
def test_ingesting_a_new_version_of_a_page_regroups_it(tmp_path: Path) -> None:
    desk = make_desk(tmp_path)

    def ingest(url_key: str, text_key: str) -> tuple[int, str]:
        article = FOUND[text_key]
        raw = RawDocument(
            content=page(url_key, article),
            media_type="text/html",
            fetched_at=datetime(2025, 3, 9, tzinfo=UTC),
            url=f"https://news.example/{url_key}",
        )
        outcome = desk.ingest_document(raw)
        assert outcome.ok, outcome.error
        return outcome.article_ids[0], outcome.statuses[0]

    ids = {key: ingest(key, key)[0] for key in ("football", "strike-talks-open", "frog")}
    with desk.store.connect() as conn:
        frog_story = story_store.story_of(conn, ids["frog"])
    assert len(desk.stories()) == 3
    # the frog page's URL now serves a report on the strike deal
    assert ingest("frog", "strike-deal") == (ids["frog"], "updated")
    assert frog_story is not None and desk.story(frog_story) is None
    assert_every_story_has_members(desk)
    stories = desk.stories()
    assert len(stories) == 2
    strike = next(s for s in stories if ids["strike-talks-open"] in s.article_ids)
    assert strike.article_ids == [ids["strike-talks-open"], ids["frog"]]
    assert strike.last_seen == FOUND["strike-deal"].date_published
    tables = story_tables(desk)
    assert ingest("frog", "strike-deal") == (ids["frog"], "unchanged")
    assert story_tables(desk) == tables
    assert_memory_matches_store(desk.pipeline.grouper, desk)
    before = grouping(desk)
    desk.rebuild_stories()
    assert grouping(desk) == before


def test_a_corrected_original_stays_the_original_of_its_copies(tmp_path: Path) -> None:
    desk = make_desk(tmp_path)
    grouper = StoryGrouper()
    found = store_and_group(desk, grouper, ["strike-talks-open", "strike-talks-wire", "football"])
    before = grouping(desk)
    # a correction appended to the original: still the earliest, so still the original
    _, placed = edit(
        desk, grouper, "strike-talks-open", "strike-talks-open", "\n\nCorrected on Tuesday."
    )
    assert placed.copy_of is None
    with desk.store.connect() as conn:
        assert placed.story_id == story_store.story_of(conn, found["strike-talks-wire"].id or 0)
    assert grouping(desk) == before
    assert_memory_matches_store(grouper, desk)
    desk.rebuild_stories()
    assert grouping(desk) == before


def test_an_edited_copy_that_arrived_first_lets_the_original_into_the_centroid(
    tmp_path: Path,
) -> None:
    desk = make_desk(tmp_path)
    grouper = StoryGrouper()
    # the wire copy arrives first (it founds the story), the original published earlier after
    found = store_and_group(desk, grouper, ["strike-talks-wire", "strike-talks-open"])
    opening = found["strike-talks-open"].id
    assert opening is not None
    with desk.store.connect() as conn:
        story_id = story_store.story_of(conn, opening)
    assert story_id is not None
    strike = desk.story(story_id)
    assert strike is not None and strike.title == FOUND["strike-talks-open"].headline
    _, placed = edit(desk, grouper, "strike-talks-wire", "football")
    assert placed.created
    strike = desk.story(story_id)
    assert strike is not None and strike.article_ids == [opening] and strike.copies == {}
    with desk.store.connect() as conn:
        vector = story_store.document(conn, opening)
    assert vector is not None and vector.vector  # the original now stands for its story
    assert_memory_matches_store(grouper, desk)
    before = grouping(desk)
    desk.rebuild_stories()
    assert grouping(desk) == before


def test_an_edited_copy_that_added_nothing_leaves_the_centroid_as_it_was(tmp_path: Path) -> None:
    desk = make_desk(tmp_path)
    grouper = StoryGrouper()
    # the wire copy founds the story, the original (published first) and a later copy follow
    found = store_and_group(desk, grouper, ["strike-talks-wire", "strike-talks-open"])
    later = Article(
        headline="Halden teachers and council start pay talks",
        body=FOUND["strike-talks-open"].body + "\n\nTalks resume on Thursday.",
        published=ExtractedTime(datetime(2025, 3, 3, 13, 0, tzinfo=UTC), "exact", "minute", "t"),
        url="https://news.example/strike-talks-regional",
        source="Regional Daily",
    )
    with desk.store.begin() as conn:
        raw = RawDocument(b"regional copy", "text/plain", datetime(2025, 3, 9, tzinfo=UTC))
        article_store.save_articles(conn, article_store.insert_raw(conn, raw), [later])
        assert grouper.group(conn, later).copy_of == found["strike-talks-open"].id
    with desk.store.connect() as conn:
        centroids = story_tables(desk)["story_terms"]
        documents = story_store.load_vocab(conn).documents
    _, placed = edit(desk, grouper, "strike-talks-regional", "frog")
    assert placed.created
    tables = story_tables(desk)
    with desk.store.connect() as conn:
        assert story_store.load_vocab(conn).documents == documents + 1  # the frog's only
        frog_terms = [r for r in tables["story_terms"] if r[0] == placed.story_id]
    assert sorted(set(tables["story_terms"]) - set(frog_terms)) == centroids
    assert_memory_matches_store(grouper, desk)


def test_an_article_grouped_before_documents_were_kept_still_leaves_its_story(
    tmp_path: Path,
) -> None:
    desk = make_desk(tmp_path)
    found = store_and_group(desk, StoryGrouper(), ["strike-talks-open", "strike-talks-stall"])
    with desk.store.begin() as conn:  # as grouped by a release without story_documents
        conn.execute(story_store.story_documents.delete())
    grouper = StoryGrouper()
    _, placed = edit(desk, grouper, "strike-talks-stall", "frog")
    assert placed.created
    with desk.store.connect() as conn:
        story_id = story_store.story_of(conn, found["strike-talks-open"].id or 0)
        assert story_id is not None and story_id != placed.story_id
        size = conn.execute(
            sa.select(story_store.stories.c.size).where(story_store.stories.c.id == story_id)
        ).scalar_one()
    strike = desk.story(story_id)
    assert strike is not None and strike.article_ids == [found["strike-talks-open"].id]
    assert strike.title == FOUND["strike-talks-open"].headline and size == 1
    assert_memory_matches_store(grouper, desk)
