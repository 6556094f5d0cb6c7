"""Grouping stored articles: copies, stories, persisted state, rebuild, CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.config import Settings
from newsdesk.desk import Desk
from newsdesk.records import Article, RawDocument
from newsdesk.store import articles as article_store
from newsdesk.store import stories as story_store
from newsdesk.stories.group import StoryGrouper
from tests.stories.helpers import load_articles

ORDER = [
    "strike-talks-open",
    "strike-talks-wire",
    "football",
    "strike-talks-stall",
    "frog",
    "strike-deal",
]


def store_and_group(desk: Desk, grouper: StoryGrouper, keys: list[str]) -> dict[str, Article]:
    found = load_articles()
    for key in keys:
        article = found[key]
        raw = RawDocument(
            content=(article.headline + "\n\n" + article.body).encode(),
            media_type="text/plain",
            fetched_at=datetime(2025, 3, 9, tzinfo=UTC),
        )
        with desk.store.begin() as conn:
            raw_id = article_store.insert_raw(conn, raw)
            article_store.save_articles(conn, raw_id, [article])
            grouper.group(conn, article)
    return found


def make_desk(tmp_path: Path) -> Desk:
    return Desk(settings=Settings(db_url=f"sqlite:///{tmp_path / 'news.db'}"))


def test_copies_are_linked_and_stories_formed_and_state_survives_a_new_process(
    tmp_path: Path,
) -> None:
    desk = make_desk(tmp_path)
    found = store_and_group(desk, StoryGrouper(), ORDER[:4])
    ids = {k: found[k].id for k in ORDER[:4]}
    # a fresh grouper reloads the state from the store (as a new process would)
    found |= store_and_group(desk, StoryGrouper(), ORDER[4:])
    ids |= {k: found[k].id for k in ORDER[4:]}
    with desk.store.connect() as conn:
        assert story_store.copies_in(conn, ids.values()) == {
            ids["strike-talks-wire"]: ids["strike-talks-open"]
        }
        story_of = {k: story_store.story_of(conn, i) for k, i in ids.items() if i is not None}
    assert len({story_of[k] for k in ORDER if k.startswith("strike")}) == 1
    assert story_of["football"] != story_of["strike-deal"] != story_of["frog"]

    stories = desk.stories()
    assert len(stories) == 3
    assert stories[0].id == story_of["strike-deal"]  # latest active first
    strike = desk.story(story_of["strike-deal"] or 0)
    assert strike is not None
    assert strike.article_ids == [
        ids[k] for k in ("strike-talks-open", "strike-talks-stall", "strike-deal")
    ]
    assert strike.copies == {ids["strike-talks-wire"]: ids["strike-talks-open"]}
    assert strike.first_seen == found["strike-talks-open"].date_published
    assert strike.last_seen == found["strike-deal"].date_published
    assert "Halden" in strike.title

    listed = {a.id for a in desk.articles(limit=50)}
    assert ids["strike-talks-wire"] not in listed and len(listed) == 5
    assert len(desk.articles(limit=50, with_copies=True)) == 6


def test_rebuild_gives_the_same_grouping_and_a_copy_published_first_becomes_original(
    tmp_path: Path,
) -> None:
    desk = make_desk(tmp_path)
    # the wire copy arrives first but was published later: it stays the copy after rebuild
    order = ["strike-talks-wire", "strike-talks-open", "football"]
    found = store_and_group(desk, StoryGrouper(), order)
    wire, original = found["strike-talks-wire"].id, found["strike-talks-open"].id
    with desk.store.connect() as conn:
        assert story_store.copies_in(conn, [wire or 0, original or 0]) == {wire: original}
    report = desk.rebuild_stories()
    assert (report.articles, report.stories, report.copies) == (3, 2, 1)
    with desk.store.connect() as conn:
        assert story_store.copies_in(conn, [wire or 0, original or 0]) == {wire: original}


def test_cli_lists_stories_and_shows_one_as_json(tmp_path: Path) -> None:
    desk = make_desk(tmp_path)
    store_and_group(desk, StoryGrouper(), ORDER)
    db = str(tmp_path / "news.db")
    runner = CliRunner()
    listed = runner.invoke(app, ["--db", db, "stories", "--json"])
    assert listed.exit_code == 0, listed.output
    stories = json.loads(listed.output)
    assert stories[0]["articleCount"] == 3
    shown = runner.invoke(app, ["--db", db, "story", str(stories[0]["id"]), "--json"])
    assert shown.exit_code == 0, shown.output
    record = json.loads(shown.output)
    assert len(record["articles"]) == 4
    assert sum(1 for a in record["articles"] if a["copyOf"]) == 1
    # each original is followed by its copies, originals in publication order
    heads = [a["headline"] for a in record["articles"]]
    assert heads[0].startswith("Halden teachers' union opens")
    assert heads[1].startswith("Teachers in Halden begin talks")
    assert record["articles"][1]["copyOf"] == record["articles"][0]["id"]
    missing = runner.invoke(app, ["--db", db, "story", "999"])
    assert missing.exit_code != 0
    plain = runner.invoke(app, ["--db", db, "articles"])
    assert "Teachers in Halden begin talks" not in plain.output
    every = runner.invoke(app, ["--db", db, "articles", "--with-copies", "--json"])
    assert len(json.loads(every.output)) == 6
    exported = runner.invoke(app, ["--db", db, "export", "--stories"])
    assert exported.exit_code == 0, exported.output
    lines = [json.loads(line) for line in exported.output.splitlines()]
    assert sorted(r["articleCount"] for r in lines) == [1, 1, 3]
    as_csv = runner.invoke(app, ["--db", db, "export", "--stories", "--format", "csv"])
    assert as_csv.exit_code != 0 and "JSON lines only" in str(as_csv.exception)
    rebuilt = runner.invoke(app, ["--db", db, "stories", "rebuild"])
    assert rebuilt.exit_code == 0, rebuilt.output


def test_a_rolled_back_transaction_leaves_no_grouping_in_memory_or_store(tmp_path: Path) -> None:
    desk = make_desk(tmp_path)
    grouper = StoryGrouper()
    store_and_group(desk, grouper, ["football"])
    article = load_articles()["frog"]
    raw = RawDocument(article.body.encode(), "text/plain", datetime(2025, 3, 9, tzinfo=UTC))
    try:
        with desk.store.begin() as conn:
            raw_id = article_store.insert_raw(conn, raw)
            article_store.save_articles(conn, raw_id, [article])
            grouper.group(conn, article)
            raise RuntimeError("a later stage failed")
    except RuntimeError:
        pass
    # the grouper forgot what it did in the failed transaction and reloads the store's state
    store_and_group(desk, grouper, ["frog"])
    with desk.store.connect() as conn:
        docs = story_store.load_vocab(conn).documents
    assert docs == 2
    assert len(desk.stories()) == 2
    index = grouper._index
    assert index is not None
    assert index.doc_count == 2 and sorted(index.stories) == sorted(s.id for s in desk.stories())


def test_a_process_sees_what_another_process_grouped_meanwhile(tmp_path: Path) -> None:
    desk = make_desk(tmp_path)
    first, second = StoryGrouper(), StoryGrouper()  # as two processes sharing one database
    ids = {}
    for grouper, key in [
        (first, "football"),
        (second, "frog"),
        (first, "strike-talks-open"),
        (second, "strike-talks-wire"),  # a copy of what the other process placed
        (first, "strike-talks-stall"),
    ]:
        ids[key] = store_and_group(desk, grouper, [key])[key].id
    with desk.store.connect() as conn:
        assert story_store.copies_in(conn, ids.values()) == {
            ids["strike-talks-wire"]: ids["strike-talks-open"]
        }
        strike = {
            story_store.story_of(conn, ids[k]) for k in ("strike-talks-open", "strike-talks-stall")
        }
    assert len(strike) == 1
    assert len(desk.stories()) == 3
