"""Stored analyses: round trip, replacement, cross-article entities, listings."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from newsdesk.records import Analysis, Article, Entity, Mention, Place, Quote, RawDocument
from newsdesk.store import analysis as analysis_store
from newsdesk.store import articles as article_store
from newsdesk.store.db import Store

WHEN = datetime(2025, 11, 12, 5, 0, tzinfo=UTC)
KABUL = Place(1138958, "Kabul", 34.52813, 69.17233, "AF", "city", 4434550)


def _store(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'news.db'}")


def _article(conn: sa.Connection, body: str) -> int:
    raw = RawDocument(content=body.encode(), media_type="text/plain", fetched_at=WHEN)
    raw_id = article_store.insert_raw(conn, raw)
    (saved,) = article_store.save_articles(conn, raw_id, [Article(headline="h", body=body)])
    return saved.id


def _ttp_analysis() -> Analysis:
    body_ttp = "org:tehreek e taliban pakistan"
    return Analysis(
        mentions=[
            Mention(0, 26, "Tehreek-e-Taliban Pakistan", "armed_group", body_ttp),
            Mention(28, 31, "TTP", "armed_group", body_ttp),
            Mention(40, 45, "Kabul", "government", "gov:AFG", place=KABUL),
        ],
        entities=[
            Entity(body_ttp, "Tehreek-e-Taliban Pakistan", "armed_group", ["TTP"], "PAK", "REB"),
            Entity("gov:AFG", "Government of Afghanistan", "government", ["Kabul"], "AFG", "GOV"),
            Entity("place:1138958", "Kabul", "place", [], "AFG", place=KABUL),
        ],
        quotes=[
            Quote(
                start=40,
                end=80,
                content="the talks were over",
                speaker="Kabul",
                speaker_kind="government",
                cue="said",
                direct=False,
                speaker_entity="gov:AFG",
                content_start=61,
                content_end=80,
            )
        ],
    )


def test_round_trip_keeps_offsets_places_and_sourcing(tmp_path: Path) -> None:
    store = _store(tmp_path)
    with store.begin() as conn:
        article_id = _article(conn, "first article")
        analysis_store.save_analysis(conn, article_id, _ttp_analysis())
    with store.connect() as conn:
        loaded = analysis_store.load_analysis(conn, article_id)
    assert loaded is not None
    assert [(m.start, m.end, m.entity) for m in loaded.mentions] == [
        (0, 26, "org:tehreek e taliban pakistan"),
        (28, 31, "org:tehreek e taliban pakistan"),
        (40, 45, "gov:AFG"),
    ]
    assert loaded.mentions[2].place == KABUL
    assert loaded.quotes[0].content == "the talks were over"
    assert loaded.sourcing == {"government": 1}
    ttp = next(e for e in loaded.entities if e.kind == "armed_group")
    assert ttp.aliases == ["TTP"]
    assert {e.key for e in loaded.entities} == {
        "org:tehreek e taliban pakistan",
        "gov:AFG",
        "place:1138958",
    }


def test_saving_again_replaces_the_rows(tmp_path: Path) -> None:
    store = _store(tmp_path)
    with store.begin() as conn:
        article_id = _article(conn, "first article")
        analysis_store.save_analysis(conn, article_id, _ttp_analysis())
        analysis_store.save_analysis(conn, article_id, _ttp_analysis())
    with store.connect() as conn:
        loaded = analysis_store.load_analysis(conn, article_id)
        assert loaded is not None and len(loaded.mentions) == 3
        assert len(analysis_store.list_quotes(conn)) == 1


def test_acronym_alone_in_a_later_article_is_the_stored_entity(tmp_path: Path) -> None:
    store = _store(tmp_path)
    later = Analysis(
        mentions=[Mention(0, 3, "TTP", "armed_group", "org:ttp")],
        entities=[Entity("org:ttp", "TTP", "armed_group")],
    )
    with store.begin() as conn:
        first = _article(conn, "first article")
        analysis_store.save_analysis(conn, first, _ttp_analysis())
        second = _article(conn, "second article")
        saved = analysis_store.save_analysis(conn, second, later)
    assert saved.mentions[0].entity == "org:tehreek e taliban pakistan"
    with store.connect() as conn:
        (summary,) = analysis_store.list_entities(conn, kind="armed_group")
        assert summary.entity.name == "Tehreek-e-Taliban Pakistan"
        assert (summary.mentions, summary.articles) == (3, 2)
        keys = {e.entity.key for e in analysis_store.list_entities(conn)}
        assert "org:ttp" not in keys


def test_a_capital_acting_still_counts_for_its_place(tmp_path: Path) -> None:
    store = _store(tmp_path)
    with store.begin() as conn:
        analysis_store.save_analysis(conn, _article(conn, "a"), _ttp_analysis())
    with store.connect() as conn:
        (kabul,) = analysis_store.list_entities(conn, kind="place")
    assert kabul.entity.key == "place:1138958" and kabul.mentions == 1


def test_quotes_by_speaker_alias_and_kind(tmp_path: Path) -> None:
    store = _store(tmp_path)
    with store.begin() as conn:
        analysis_store.save_analysis(conn, _article(conn, "a"), _ttp_analysis())
    with store.connect() as conn:
        assert len(analysis_store.list_quotes(conn, speaker="kabul")) == 1
        assert len(analysis_store.list_quotes(conn, speaker="afghanistan")) == 1
        assert analysis_store.list_quotes(conn, speaker="Asif") == []
        assert len(analysis_store.list_quotes(conn, speaker_kind="government")) == 1
        assert analysis_store.list_quotes(conn, speaker_kind="named_person") == []
        assert analysis_store.list_quotes(conn, speaker="100%") == []


def test_needs_analysis_until_saved_with_the_current_version(tmp_path: Path) -> None:
    store = _store(tmp_path)
    with store.begin() as conn:
        article_id = _article(conn, "a")
        assert analysis_store.needs_analysis(conn, [article_id]) == {article_id}
        analysis_store.save_analysis(conn, article_id, Analysis(), version=0)
        assert analysis_store.needs_analysis(conn, [article_id]) == {article_id}
        analysis_store.save_analysis(conn, article_id, Analysis())
        assert analysis_store.needs_analysis(conn, [article_id]) == set()
        assert analysis_store.load_analysis(conn, article_id) == Analysis()


def test_alias_norm() -> None:
    assert analysis_store.alias_norm("The U.S.") == "u s"
    assert analysis_store.alias_norm("Taliban’s") == "taliban"
    assert analysis_store.alias_norm("Türkiye") == "turkiye"
