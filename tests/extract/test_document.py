"""extract_document: the articles of one raw document, whatever its media type."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsdesk.config import Settings
from newsdesk.desk import Desk
from newsdesk.errors import ExtractionError
from newsdesk.extract.capture import extract_capture
from newsdesk.extract.document import extract_document
from newsdesk.extract.html import extract_html
from newsdesk.records import RawDocument

PIPELINE = Path(__file__).parent.parent / "fixtures" / "pipeline"
TWO = Path(__file__).parent.parent / "fixtures" / "capture" / "two-stories.txt"
WHEN = datetime(2025, 11, 12, 5, tzinfo=UTC)


def capture(url: str | None = None) -> RawDocument:
    return RawDocument(content=TWO.read_bytes(), media_type="text/plain", fetched_at=WHEN, url=url)


def test_a_page_of_one_article_gives_it_its_address() -> None:
    html = b"<html><body><h1>Ferry back</h1><p>" + b"The ferry runs again today. " * 20 + b"</p>"
    raw = RawDocument(
        content=html, media_type="text/html", fetched_at=WHEN, url="https://a.example/x"
    )
    [article] = extract_document(raw)
    assert article.url == "https://a.example/x"


def test_articles_of_a_capture_of_several_are_not_all_given_its_address() -> None:
    # They were: all had the same key, and all but the first were dropped as repeats.
    found = extract_document(capture("https://news.example/latest"))
    assert [a.headline for a in found] == [
        "Valley towns told to boil water after treatment plant fault",
        "Harbour ferry service resumes after winter storm repairs",
    ]
    assert len({a.key for a in found}) == 2


def test_a_capture_of_several_with_an_address_stores_each_once(tmp_path: Path) -> None:
    desk = Desk(settings=Settings(db_url=f"sqlite:///{tmp_path / 'n.db'}", analyse=False))
    first = desk.ingest_document(capture("https://news.example/latest"))
    assert first.statuses == ["new", "new"]
    again = desk.ingest_document(
        replace(capture("https://news.example/latest"), content=TWO.read_bytes() + b"\n")
    )
    assert again.statuses == ["unchanged", "unchanged"]


@pytest.mark.parametrize(
    "when",
    [
        datetime(1, 1, 1),
        datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5))),
        datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-12))),
        datetime(9999, 12, 31),
    ],
)
def test_a_capture_time_at_the_ends_of_the_calendar_is_an_extraction_error(
    when: datetime,
) -> None:
    # Relative stamps count back from it and dates forward: it must have a decade either way.
    page = (PIPELINE / "harbour-ferry.html").read_bytes()
    capture = (PIPELINE / "valley-water.txt").read_text()
    with pytest.raises(ExtractionError, match="out of the range of dates"):
        extract_html(page, captured_at=when)
    with pytest.raises(ExtractionError, match="out of the range of dates"):
        extract_capture(capture, when)


@pytest.mark.parametrize(
    "url", ["http://[::1", "https://[news.example/a", "http://x.example:99999/"]
)
def test_a_url_that_does_not_parse_is_an_extraction_error(url: str) -> None:
    # A WARC record's target or a caller's argument; the date rules split it (ValueError).
    page = (PIPELINE / "harbour-ferry.html").read_bytes()
    with pytest.raises(ExtractionError, match="not a valid URL"):
        extract_html(page, url=url)
