"""The store: idempotent saves, reprocess from kept raw bytes, full-text search."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from newsdesk.config import Settings
from newsdesk.desk import Desk
from newsdesk.records import Article, ExtractedTime, RawDocument
from newsdesk.store import articles as article_store
from newsdesk.store.db import Store
from newsdesk.store.schema import articles
from newsdesk.store.search import fts5_query, parse_query

FERRY = Path(__file__).parent.parent / "fixtures" / "pipeline" / "harbour-ferry.html"
WHEN = datetime(2025, 11, 12, 5, 0, tzinfo=UTC)


def make_desk(tmp_path: Path) -> Desk:
    return Desk(settings=Settings(db_url=f"sqlite:///{tmp_path / 'news.db'}"))


def raw_html(content: bytes, url: str | None = None) -> RawDocument:
    return RawDocument(content=content, media_type="text/html", fetched_at=WHEN, url=url)


def test_migrations_are_applied_once_and_reopen_cleanly(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    Store(url).close()
    store = Store(url)
    with store.connect() as conn:
        names = set(sa.inspect(conn).get_table_names())
    assert {"raw_documents", "articles", "articles_fts"} <= names


def test_same_bytes_twice_store_nothing_new(tmp_path: Path) -> None:
    desk = make_desk(tmp_path)
    first = desk.ingest_document(raw_html(FERRY.read_bytes()))
    second = desk.ingest_document(raw_html(FERRY.read_bytes()))
    assert first.statuses == ["new"]
    assert second.statuses == ["unchanged"]
    assert second.article_ids == first.article_ids
    assert desk.count_articles() == 1


def test_same_article_in_other_bytes_is_one_article_and_no_extra_raw(tmp_path: Path) -> None:
    desk = make_desk(tmp_path)
    html = FERRY.read_bytes()
    desk.ingest_document(raw_html(html))
    # A re-saved copy: same canonical URL, same text, different bytes.
    again = desk.ingest_document(raw_html(html.replace(b"</body>", b"<!-- saved --></body>")))
    assert again.statuses == ["unchanged"]
    with desk.store.connect() as conn:
        assert article_store.count_raw_documents(conn) == 1


def test_updated_page_updates_the_article_in_place(tmp_path: Path) -> None:
    desk = make_desk(tmp_path)
    html = FERRY.read_bytes()
    first = desk.ingest_document(raw_html(html))
    changed = html.replace(b"all eleven daily sailings", b"all twelve daily sailings")
    second = desk.ingest_document(raw_html(changed))
    assert second.statuses == ["updated"]
    assert second.article_ids == first.article_ids
    article = desk.article(first.article_ids[0])
    assert article is not None and "twelve daily sailings" in article.body
    assert [h.article.id for h in desk.search("twelve")] == first.article_ids
    assert desk.search("eleven") == []


def test_reprocess_restores_articles_from_raw_bytes(tmp_path: Path) -> None:
    desk = make_desk(tmp_path)
    outcome = desk.ingest_document(raw_html(FERRY.read_bytes()))
    [article_id] = outcome.article_ids
    # What an older, worse extractor might have stored.
    with desk.store.begin() as conn:
        conn.execute(
            articles.update()
            .where(articles.c.id == article_id)
            .values(headline="Home News Sport", body="Most read")
        )
    report = desk.reprocess()
    assert (report.documents, report.articles, report.updated, report.failures) == (1, 1, 1, [])
    article = desk.article(article_id)
    assert article is not None
    assert article.headline == "Harbour ferry service resumes after three-week strike"
    assert [h.article.id for h in desk.search("commuters")] == [article_id]


def test_saved_article_round_trips_times_as_aware_utc(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    published = ExtractedTime(
        datetime(2025, 11, 12, 2, tzinfo=UTC), "relative", "hour", "3 Hours ago"
    )
    article = Article(headline="H", body="One.\n\nTwo.", authors=["A B"], published=published)
    raw = RawDocument(content=b"H\nOne.\nTwo.", media_type="text/plain", fetched_at=WHEN)
    with store.begin() as conn:
        raw_id = article_store.insert_raw(conn, raw)
        [saved] = article_store.save_articles(conn, raw_id, [article])
    with store.connect() as conn:
        loaded = article_store.get_article(conn, saved.id)
        [(_, kept)] = [(i, article_store.get_raw(conn, i)) for i in article_store.raw_ids(conn)]
    assert loaded is not None and loaded.published == published
    assert loaded.date_published is not None and loaded.date_published.tzinfo is not None
    assert kept is not None and kept.content == raw.content


def test_an_article_showing_only_its_update_is_dated_by_it(tmp_path: Path) -> None:
    updated = ExtractedTime(datetime(2025, 11, 10, 9, tzinfo=UTC), "exact", "minute", "Updated")
    only_updated = Article(headline="Old", body="Shown as updated.", modified=updated)
    captured = datetime(2025, 11, 11, 8, tzinfo=UTC)
    undated = Article(headline="New", body="No date at all.", captured_at=captured)
    assert only_updated.date_published is None
    assert only_updated.date_reference == updated.value
    assert undated.date_reference == captured
    store = Store(f"sqlite:///{tmp_path / 'u.db'}")
    with store.begin() as conn:
        for i, article in enumerate([only_updated, undated]):
            raw = RawDocument(content=f"{i}".encode(), media_type="text/plain", fetched_at=WHEN)
            article_store.save_articles(conn, article_store.insert_raw(conn, raw), [article])
    with store.connect() as conn:
        latest_first = article_store.list_articles(conn)
    assert [a.headline for a in latest_first] == ["New", "Old"]


def test_search_ignores_query_syntax(tmp_path: Path) -> None:
    desk = make_desk(tmp_path)
    desk.ingest_document(raw_html(FERRY.read_bytes()))
    [hit] = desk.search('ferry AND "three-week strike" -cycling')
    assert hit.article.headline.startswith("Harbour ferry")
    assert len(desk.search("zebra OR ferry")) == 1
    assert desk.search("ferry -strike") == []
    assert desk.search('NEAR( "unclosed ***') == []
    assert desk.search("***") == []
    assert desk.count_search("ferry") == 1


def test_parse_query() -> None:
    parsed = parse_query('talks "third round" OR Doha -Kabul AND')
    assert parsed.groups == [["talks", "third round"], ["Doha"]]
    assert parsed.excluded == ["Kabul"]
    assert fts5_query(parsed) == '(("talks" "third round") OR ("Doha")) NOT "Kabul"'
    assert parse_query("-only").empty


UNDATED = Path(__file__).parent.parent / "fixtures" / "store" / "undated-notice.html"


def fetched(content: bytes, when: datetime) -> RawDocument:
    url = "https://millbrook-courier.example/local/library-opening-hours-extended"
    return RawDocument(
        content=content, media_type="text/html", fetched_at=when, fetched_at_method="http", url=url
    )


def test_undated_article_fetched_again_keeps_its_first_capture_time(tmp_path: Path) -> None:
    # No date on the page: the capture time is the article's date reference. A later fetch
    # of the same text (other bytes: a rotated ad slot) changes nothing.
    desk = make_desk(tmp_path)
    html = UNDATED.read_bytes()
    first = desk.ingest_document(fetched(html, WHEN))
    later = datetime(2025, 11, 12, 9, 30, tzinfo=UTC)
    again = desk.ingest_document(fetched(html.replace(b"</body>", b"<!-- ad 2 --></body>"), later))
    assert first.statuses == ["new"]
    assert again.statuses == ["unchanged"]
    article = desk.article(first.article_ids[0])
    assert article is not None and article.captured_at == WHEN
    assert article.date_reference == WHEN
    with desk.store.connect() as conn:
        assert article_store.count_raw_documents(conn) == 1


def test_undated_article_with_changed_text_is_updated_and_keeps_its_date(tmp_path: Path) -> None:
    desk = make_desk(tmp_path)
    html = UNDATED.read_bytes()
    first = desk.ingest_document(fetched(html, WHEN))
    later = datetime(2025, 11, 13, 8, tzinfo=UTC)
    edited = html.replace(b"next six weeks", b"next eight weeks")
    again = desk.ingest_document(fetched(edited, later))
    assert again.statuses == ["updated"]
    assert again.article_ids == first.article_ids
    article = desk.article(first.article_ids[0])
    assert article is not None and "eight weeks" in article.body
    assert article.captured_at == WHEN
