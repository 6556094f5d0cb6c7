"""Date phrases of event sentences, resolved against the publication time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsdesk.analyse.eventdates import best, resolve

PUBLISHED = datetime(2025, 11, 12, 2, 0, tzinfo=UTC)  # Wednesday 12 November 2025


@pytest.mark.parametrize(
    ("phrase", "day", "precision"),
    [
        ("Sunday’s", "2025-11-09", "day"),
        ("on Wednesday", "2025-11-12", "day"),
        ("last Wednesday", "2025-11-05", "day"),
        ("yesterday", "2025-11-11", "day"),
        ("last weekend", "2025-11-08", "week"),
        ("Earlier last weekend", "2025-11-08", "week"),
        ("last week", "2025-11-03", "week"),
        ("earlier this month", "2025-11-01", "month"),
        ("last month", "2025-10-01", "month"),
        ("3 March", "2025-03-03", "day"),
        ("on 20 December", "2024-12-20", "day"),
        ("March 2019", "2019-03-01", "month"),
        ("two days ago", "2025-11-10", "day"),
    ],
)
def test_phrases(phrase: str, day: str, precision: str) -> None:
    resolved = resolve(phrase, PUBLISHED)
    assert resolved is not None
    assert resolved.value.date().isoformat() == day
    assert resolved.precision == precision


def test_future_weekday_is_the_next_one() -> None:
    resolved = resolve("Friday", PUBLISHED, future=True)
    assert resolved is not None and resolved.value.date().isoformat() == "2025-11-14"


def test_phrases_that_name_no_date() -> None:
    assert resolve("the past decade", PUBLISHED) is None
    assert resolve("Sunday", None) is None


def test_the_most_precise_phrase_wins() -> None:
    weekend = resolve("last weekend", PUBLISHED)
    sunday = resolve("Sunday", PUBLISHED)
    assert weekend is not None and sunday is not None
    assert best([weekend, sunday]) is sunday


@pytest.mark.parametrize("phrase", ["tomorrow", "next week", "on Friday", "January 3"])
def test_a_date_beyond_the_calendar_is_no_date(phrase: str) -> None:
    # a text dated on the calendar's last day: these phrases fall after 9999-12-31
    assert resolve(phrase, datetime(9999, 12, 31, tzinfo=UTC), future=True) is None
