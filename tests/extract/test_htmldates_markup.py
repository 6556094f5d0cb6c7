"""Dates in markup other than <time>: Unix timestamps in data attributes, AMP's
<amp-timeago> (fixtures: tests/fixtures/html/dates)."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.extract.dated import inline_times, times_of


def test_unix_timestamp_in_a_data_attribute() -> None:
    # the script renders '3 hours ago' from data-timestamp; the page text holds no date
    published, _ = times_of("unix-data-timestamp.html")
    assert published is not None
    assert published.time.value == datetime(2024, 3, 4, 14, 5, tzinfo=UTC)
    assert published.time.evidence == "data-attribute"


def test_millisecond_timestamps_and_attribute_names_saying_what_they_stamp() -> None:
    html = (
        '<html><body><h1>Headline</h1><div data-modified-ms="1709647200000"'
        ' data-published-ms="1709561100000"></div><p>Text of the story.</p></body></html>'
    )
    published, modified = inline_times(html)
    assert published is not None and published.time.value == datetime(2024, 3, 4, 14, 5, tzinfo=UTC)
    assert modified is not None and modified.time.value == datetime(2024, 3, 5, 14, 0, tzinfo=UTC)


def test_numbers_that_are_no_timestamps_are_ignored() -> None:
    html = (
        '<html><body><h1>Headline</h1><div data-date-id="1709561100" data-time="42"'
        ' data-timestamp="9999999999"></div><p>Text of the story.</p></body></html>'
    )
    assert inline_times(html)[0] is None


def test_amp_timeago_gives_the_instant_not_only_the_day() -> None:
    published, _ = times_of("amp-timeago.html")
    assert published is not None
    assert published.time.value == datetime(2024, 3, 4, 14, 5, tzinfo=UTC)
    assert published.time.precision == "minute"
