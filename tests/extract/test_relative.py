"""Relative stamps in page text, resolved against the fetch time (extract/relative.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from newsdesk.extract.relative import relative_times

NOW = datetime(2024, 3, 5, 12, 0, tzinfo=UTC)


def _values(text: str, now: datetime = NOW) -> list[tuple[datetime, str]]:
    return [(r.time.value, r.time.precision) for r in relative_times(text, now)]


def test_ago_in_seven_languages() -> None:
    cases = {
        "By Ann Lee 3 hours ago": (datetime(2024, 3, 5, 9, 0, tzinfo=UTC), "hour"),
        "Par Hugo Bernard Il y a 2 heures": (datetime(2024, 3, 5, 10, 0, tzinfo=UTC), "hour"),
        "Von Jonas Weber · vor 5 Minuten": (datetime(2024, 3, 5, 11, 55, tzinfo=UTC), "minute"),
        "Lucía Gómez | hace 2 días": (datetime(2024, 3, 3, tzinfo=UTC), "day"),
        "Redazione · 2 ore fa": (datetime(2024, 3, 5, 10, 0, tzinfo=UTC), "hour"),
        "Ana Costa — há uma hora": (datetime(2024, 3, 5, 11, 0, tzinfo=UTC), "hour"),
        "Redactie 2 uur geleden": (datetime(2024, 3, 5, 10, 0, tzinfo=UTC), "hour"),
        "Posted an hour ago": (datetime(2024, 3, 5, 11, 0, tzinfo=UTC), "hour"),
        "Updated 1 week ago": (datetime(2024, 2, 27, tzinfo=UTC), "day"),
    }
    for text, expected in cases.items():
        assert _values(text) == [expected], text


def test_yesterday_and_today_with_a_clock_time() -> None:
    assert _values("Desk · Yesterday at 10:15") == [
        (datetime(2024, 3, 4, 10, 15, tzinfo=UTC), "minute")
    ]
    assert _values("Desk · today 3:40 pm") == [(datetime(2024, 3, 5, 15, 40, tzinfo=UTC), "minute")]
    assert _values("Rédaction hier à 18h30") == [
        (datetime(2024, 3, 4, 18, 30, tzinfo=UTC), "minute")
    ]
    assert _values("Redaktion gestern um 07:05 Uhr") == [
        (datetime(2024, 3, 4, 7, 5, tzinfo=UTC), "minute")
    ]


def test_clock_times_are_read_on_the_capture_wall_clock() -> None:
    paris = timezone(timedelta(hours=1))
    found = relative_times("Rédaction hier à 18h30", datetime(2024, 3, 5, 0, 30, tzinfo=paris))
    assert found[0].time.value == datetime(2024, 3, 4, 18, 30, tzinfo=paris)


def test_phrases_inside_sentences_are_not_stamps() -> None:
    assert _values("The fire started 3 hours ago and crews are still there.") == []
    assert _values("La piscine a fermé il y a 2 heures") == []
    assert _values("Der Unfall vor 2 Stunden auf der A1") == []
    assert _values("Yesterday the minister said the plan would go ahead.") == []
    assert _values("Today 5 people were hurt.") == []


def test_months_and_years_ago_name_no_day() -> None:
    assert _values("By Ann Lee 3 months ago") == []
    assert _values("Posted 2 years ago") == []


def test_a_naive_now_is_utc_and_the_stamp_text_is_kept() -> None:
    found = relative_times("By Ann Lee 20 mins ago", datetime(2024, 3, 5, 12, 0))
    assert found[0].time.value == datetime(2024, 3, 5, 11, 40, tzinfo=UTC)
    assert (found[0].time.method, found[0].time.evidence) == ("relative", "20 mins ago")
