from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from newsdesk.extract.stamps import (
    parse_absolute_date,
    parse_relative_stamp,
    parse_stamp,
    parse_zone,
    split_label,
)

PKT = timezone(timedelta(hours=5))
NOW = datetime(2025, 11, 12, 10, 0, tzinfo=PKT)  # 05:00 UTC


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("16 Minutes ago", utc(2025, 11, 12, 4, 44), "minute"),
        ("3 Hours ago", utc(2025, 11, 12, 2, 0), "hour"),
        ("an hour ago", utc(2025, 11, 12, 4, 0), "hour"),
        ("a minute ago", utc(2025, 11, 12, 4, 59), "minute"),
        ("Yesterday", utc(2025, 11, 11, 5, 0), "day"),
        ("2 days ago", utc(2025, 11, 10, 5, 0), "day"),
        ("Just now", utc(2025, 11, 12, 5, 0), "minute"),
        ("1 week ago", utc(2025, 11, 5, 5, 0), "day"),
        ("3 weeks ago", utc(2025, 10, 22, 5, 0), "day"),
        ("5 mins ago", utc(2025, 11, 12, 4, 55), "minute"),
        ("2h ago", utc(2025, 11, 12, 3, 0), "hour"),
        ("2 hrs ago", utc(2025, 11, 12, 3, 0), "hour"),
        ("30 seconds ago", utc(2025, 11, 12, 4, 59, 30), "second"),
        ("two hours ago", utc(2025, 11, 12, 3, 0), "hour"),
        ("about 4 hours ago", utc(2025, 11, 12, 1, 0), "hour"),
        ("3 months ago", utc(2025, 8, 12, 5, 0), "month"),
        ("1 year ago", utc(2024, 11, 12, 5, 0), "year"),
        ("Updated 2 hours ago", utc(2025, 11, 12, 3, 0), "hour"),
        ("- 3 Hours ago", utc(2025, 11, 12, 2, 0), "hour"),
        ("Today", utc(2025, 11, 12, 5, 0), "day"),
    ],
)
def test_relative_stamps_resolve_against_capture_time(
    text: str, value: datetime, precision: str
) -> None:
    found = parse_relative_stamp(text, NOW)
    assert found is not None
    assert (found.value, found.method, found.precision) == (value, "relative", precision)


def test_relative_stamp_keeps_its_text_as_evidence() -> None:
    found = parse_relative_stamp("- 16 Minutes ago", NOW)
    assert found is not None
    assert found.evidence == "16 Minutes ago"


def test_yesterday_with_a_clock_is_read_in_the_capture_zone() -> None:
    found = parse_relative_stamp("Yesterday at 3:15 PM", NOW)
    assert found is not None
    # 15:15 on 11 Nov in UTC+5 is 10:15 UTC.
    assert (found.value, found.precision) == (utc(2025, 11, 11, 10, 15), "minute")


def test_naive_now_is_taken_as_utc() -> None:
    found = parse_relative_stamp("3 Hours ago", datetime(2025, 11, 12, 5, 0))
    assert found is not None
    assert found.value == utc(2025, 11, 12, 2, 0)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hours ago",
        "3 Hours",
        "He left 3 hours ago",
        "3 parsecs ago",
        "Yesterday the talks resumed in Istanbul",
        "November 12, 2025",
        "Web Desk",
        "Yesterday at 25:00",
    ],
)
def test_not_relative_stamps(text: str) -> None:
    assert parse_relative_stamp(text, NOW) is None


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("November 12, 2025", utc(2025, 11, 12), "day"),
        ("Nov. 3, 2025", utc(2025, 11, 3), "day"),
        ("3rd November 2025", utc(2025, 11, 3), "day"),
        ("Wednesday, November 12, 2025", utc(2025, 11, 12), "day"),
        ("12 Nov 2025 09:30 PKT", utc(2025, 11, 12, 4, 30), "minute"),
        ("Published: 2025-11-12 14:05", utc(2025, 11, 12, 9, 5), "minute"),
        ("Updated Nov 12, 2025 10:41am EST", utc(2025, 11, 12, 15, 41), "minute"),
        ("Wed 12 Nov 2025 06.00 GMT", utc(2025, 11, 12, 6, 0), "minute"),
        ("November 3, 2025 9:14 AM GMT+5", utc(2025, 11, 3, 4, 14), "minute"),
        ("2025-11-12T14:05:00+05:00", utc(2025, 11, 12, 9, 5), "second"),
        ("2025-11-12T09:05:00Z", utc(2025, 11, 12, 9, 5), "second"),
        ("10:41 AM, November 12, 2025", utc(2025, 11, 12, 5, 41), "minute"),
        ("Last updated: 12 November 2025, 14:05 IST", utc(2025, 11, 12, 8, 35), "minute"),
        ("Posted on November 12, 2025 at 2:05 pm", utc(2025, 11, 12, 9, 5), "minute"),
        ("12 Nov 2025 | 09:30 (PKT)", utc(2025, 11, 12, 4, 30), "minute"),
        ("Nov 12, 2025 10:41:07 UTC+05:30", utc(2025, 11, 12, 5, 11, 7), "second"),
        ("Nov 12, 2025, 10:41 a.m. ET", utc(2025, 11, 12, 15, 41), "minute"),
        ("July 4, 2025 9:00 PM ET", utc(2025, 7, 5, 1, 0), "minute"),
        ("08:30 PM | November 12, 2025", utc(2025, 11, 12, 15, 30), "minute"),
        ("Wednesday 12 November 2025 10.30am", utc(2025, 11, 12, 5, 30), "minute"),
        ("November 12th, 2025", utc(2025, 11, 12), "day"),
        ("2025-11-12", utc(2025, 11, 12), "day"),
        ("Published 2025/11/12", utc(2025, 11, 12), "day"),
    ],
)
def test_absolute_dates(text: str, value: datetime, precision: str) -> None:
    found = parse_absolute_date(text, default_tz=PKT)
    assert found is not None
    assert (found.value, found.method, found.precision) == (value, "exact", precision)
    assert found.evidence == text


def test_clock_without_zone_uses_default_zone_else_utc() -> None:
    with_zone = parse_absolute_date("November 12, 2025 2:05 PM", default_tz=PKT)
    without = parse_absolute_date("November 12, 2025 2:05 PM")
    assert with_zone is not None and without is not None
    assert with_zone.value == utc(2025, 11, 12, 9, 5)
    assert without.value == utc(2025, 11, 12, 14, 5)


def test_date_without_clock_keeps_its_calendar_day_whatever_the_zone() -> None:
    found = parse_absolute_date("November 12, 2025", default_tz=PKT)
    assert found is not None
    assert found.value.date().isoformat() == "2025-11-12"


@pytest.mark.parametrize(
    "text",
    [
        "February 30, 2025",
        "The talks on November 12, 2025 failed",
        "12 Nov 2025 09:30 XYZ",
        "November 12",
        "12/11/2025",
        "13:75 November 12, 2025",
        "3 Hours ago",
        "Final bid underway to salvage talks",
        "2025-13-01 10:00",
    ],
)
def test_not_absolute_dates(text: str) -> None:
    assert parse_absolute_date(text, default_tz=PKT) is None


@pytest.mark.parametrize(
    ("text", "kind", "rest"),
    [
        ("Updated 2 hours ago", "modified", "2 hours ago"),
        ("Last modified on Tue 11 Nov 2025 19.15 GMT", "modified", "Tue 11 Nov 2025 19.15 GMT"),
        ("Published: 2025-11-12 14:05", "published", "2025-11-12 14:05"),
        ("First published on Nov 3, 2025", "published", "Nov 3, 2025"),
        ("3 Hours ago", None, "3 Hours ago"),
        ("Updated", None, "Updated"),
    ],
)
def test_split_label(text: str, kind: str | None, rest: str) -> None:
    assert split_label(text) == (kind, rest)


def test_parse_stamp_reads_relative_and_absolute_lines_with_their_label() -> None:
    relative = parse_stamp("Updated 2 hours ago", NOW)
    absolute = parse_stamp("November 3, 2025 9:14 AM", NOW)
    assert relative is not None and absolute is not None
    assert (relative.kind, relative.time.method) == ("modified", "relative")
    # No zone printed: the capture's zone (UTC+5) reads the clock.
    assert (absolute.kind, absolute.time.value) == (None, utc(2025, 11, 3, 4, 14))
    assert parse_stamp("Diplomatic sources have revealed", NOW) is None


@pytest.mark.parametrize(
    ("text", "hours"),
    [("PKT", 5), ("GMT+5", 5), ("UTC+05:30", 5.5), ("+0500", 5), ("(EST)", -5), ("GMT-3", -3)],
)
def test_parse_zone(text: str, hours: float) -> None:
    zone = parse_zone(text)
    assert zone is not None
    assert zone.utcoffset(None) == timedelta(hours=hours)


def test_parse_zone_rejects_unknown() -> None:
    assert parse_zone("XYZ") is None
    assert parse_zone("GMT+17") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Il y a 2 heures", utc(2025, 11, 12, 3, 0)),
        ("vor 30 Minuten", utc(2025, 11, 12, 4, 30)),
        ("hace 2 horas", utc(2025, 11, 12, 3, 0)),
        ("2 ore fa", utc(2025, 11, 12, 3, 0)),
        ("Gestern um 18:30 Uhr", datetime(2025, 11, 11, 18, 30, tzinfo=PKT)),
    ],
)
def test_relative_stamps_in_other_languages(text: str, value: datetime) -> None:
    found = parse_relative_stamp(text, NOW)
    assert found is not None and found.value == value and found.method == "relative"


def test_a_relative_phrase_inside_a_line_is_no_stamp_in_any_language() -> None:
    assert parse_relative_stamp("La réunion a commencé il y a 2 heures", NOW) is None
    assert parse_relative_stamp("Il y a 2 heures, la réunion a commencé", NOW) is None
