"""Date rules: published and updated kept apart, time zones kept, markup checked against
the dates the page shows."""

from __future__ import annotations

from datetime import UTC, date, datetime

from lxml.html import fromstring

from newsdesk.extract.htmldates import find_times, parse_time, url_date, visible_dates
from newsdesk.extract.metadata import read_page_meta
from newsdesk.extract.pagetext import visible_text

CAPTURED = datetime(2025, 6, 1, tzinfo=UTC)


def _times(html: str, url: str | None = None, hints: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    tree = fromstring(html)
    return find_times(
        tree, read_page_meta(tree), url, hints or {}, CAPTURED, "Headline", visible_text(tree)
    )


def test_parse_time_keeps_zone_and_precision() -> None:
    found = parse_time("2025-03-04T23:30:00-05:00", "meta")
    assert found is not None
    assert found.time.value == datetime(2025, 3, 5, 4, 30, tzinfo=UTC)
    assert found.time.precision == "minute"
    assert found.local_iso.startswith("2025-03-04")  # the page's own day
    day = parse_time("2025-03-04", "meta")
    assert day is not None and day.time.precision == "day"
    assert parse_time("not a date", "meta") is None
    assert parse_time("1850-01-01", "meta") is None


def test_published_and_modified_kept_apart() -> None:
    html = (
        "<html><head>"
        '<meta property="article:published_time" content="2025-05-02T08:00:00+02:00">'
        '<meta property="article:modified_time" content="2025-05-03T10:00:00+02:00">'
        "</head><body><h1>Headline</h1><p>Text</p></body></html>"
    )
    published, modified = _times(html)
    assert published is not None and modified is not None
    assert published.time.value == datetime(2025, 5, 2, 6, 0, tzinfo=UTC)
    assert modified.time.value == datetime(2025, 5, 3, 8, 0, tzinfo=UTC)


def test_modified_before_published_is_dropped() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2025-05-02">'
        '<meta property="article:modified_time" content="2024-01-01"></head>'
        "<body><h1>Headline</h1></body></html>"
    )
    published, modified = _times(html)
    assert published is not None and modified is None


def test_update_label_does_not_become_publication() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2024-02-01T09:00:00Z">'
        '<meta property="article:modified_time" content="2025-04-19T09:00:00Z"></head>'
        "<body><h1>Headline</h1><p>Updated April 19, 2025</p></body></html>"
    )
    published, modified = _times(html)
    assert published is not None and published.time.value.date() == date(2024, 2, 1)
    assert modified is not None and modified.time.value.date() == date(2025, 4, 19)


def test_shown_day_wins_across_a_time_zone_boundary() -> None:
    # 02:54 UTC on 2 May is still 1 May where the page is published, as it shows
    html = (
        '<html><head><meta property="article:published_time" content="2020-05-02T02:54:29Z">'
        "</head><body><h1>Headline</h1><p>May 1, 2020</p></body></html>"
    )
    published, _ = _times(html)
    assert published is not None
    assert published.time.value == datetime(2020, 5, 2, 2, 54, 29, tzinfo=UTC)
    assert published.local_iso == "2020-05-01"


def test_url_then_hint_then_nothing() -> None:
    bare = "<html><body><h1>Headline</h1><p>No dates here.</p></body></html>"
    published, _ = _times(bare, url="https://x.example/2024/11/05/story.html")
    assert published is not None and published.local_iso == "2024-11-05"
    assert published.time.method == "estimated"
    published, _ = _times(bare, hints={"published": "2024-11-06T10:00:00Z"})
    assert published is not None and published.time.evidence == "hint:published"
    published, modified = _times(bare)
    assert published is None and modified is None


def test_future_dates_are_not_plausible() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2031-01-01"></head>'
        "<body><h1>Headline</h1></body></html>"
    )
    assert _times(html)[0] is None


def test_visible_dates_and_labels() -> None:
    text = "Headline Published: 4 March 2024 · Last updated March 6, 2024 at 10:00"
    found = visible_dates(text, "Headline")
    assert [(v.day, v.label) for v in found] == [
        (date(2024, 3, 4), "published"),
        (date(2024, 3, 6), "modified"),
    ]


def test_url_date() -> None:
    found = url_date("https://example.org/news/2023/07/14/a-story")
    assert found is not None and found.local_iso == "2023-07-14"
    assert url_date("https://example.org/news/a-story-123456") is None
