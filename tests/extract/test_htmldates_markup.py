"""Dates in markup other than <time>: Unix timestamps in data attributes, AMP's
<amp-timeago> (fixtures: tests/fixtures/html/dates)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from lxml.html import fromstring

from newsdesk.extract.htmldates import PageTime, find_times
from newsdesk.extract.metadata import read_page_meta
from newsdesk.extract.pagetext import visible_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html" / "dates"
CAPTURED = datetime(2024, 3, 5, 12, 0, tzinfo=UTC)


def _times(
    name: str, captured: datetime | None = CAPTURED, url: str | None = None
) -> tuple[PageTime | None, PageTime | None]:
    tree = fromstring((FIXTURES / name).read_text(encoding="utf-8"))
    headline = " ".join(tree.findtext(".//h1").split())
    return find_times(tree, read_page_meta(tree), url, {}, captured, headline, visible_text(tree))


def _inline(html: str, captured: datetime | None = CAPTURED) -> tuple[PageTime | None, ...]:
    tree = fromstring(html)
    return find_times(
        tree, read_page_meta(tree), None, {}, captured, "Headline", visible_text(tree)
    )


def _local(found: PageTime | None) -> str | None:
    return found.local_iso if found else None


def test_unix_timestamp_in_a_data_attribute() -> None:
    # the script renders '3 hours ago' from data-timestamp; the page text holds no date
    published, _ = _times("unix-data-timestamp.html")
    assert published is not None
    assert published.time.value == datetime(2024, 3, 4, 14, 5, tzinfo=UTC)
    assert published.time.evidence == "data-attribute"


def test_millisecond_timestamps_and_attribute_names_saying_what_they_stamp() -> None:
    html = (
        '<html><body><h1>Headline</h1><div data-modified-ms="1709647200000"'
        ' data-published-ms="1709561100000"></div><p>Text of the story.</p></body></html>'
    )
    published, modified = _inline(html)
    assert published is not None and published.time.value == datetime(2024, 3, 4, 14, 5, tzinfo=UTC)
    assert modified is not None and modified.time.value == datetime(2024, 3, 5, 14, 0, tzinfo=UTC)


def test_numbers_that_are_no_timestamps_are_ignored() -> None:
    html = (
        '<html><body><h1>Headline</h1><div data-date-id="1709561100" data-time="42"'
        ' data-timestamp="9999999999"></div><p>Text of the story.</p></body></html>'
    )
    assert _inline(html)[0] is None


def test_amp_timeago_gives_the_instant_not_only_the_day() -> None:
    published, _ = _times("amp-timeago.html")
    assert published is not None
    assert published.time.value == datetime(2024, 3, 4, 14, 5, tzinfo=UTC)
    assert published.time.precision == "minute"
