"""Relative stamps in bylines ('3 hours ago', 'Yesterday at 10:15', 'Il y a 2 heures'),
resolved against the capture time (fixtures: tests/fixtures/html/dates)."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.extract.dated import inline_times, local, times_of


def test_hours_ago_beside_the_headline_is_resolved_against_the_capture_time() -> None:
    published, _ = times_of("relative-hours-ago.html")
    assert published is not None
    assert published.time.value == datetime(2024, 3, 5, 9, 0, tzinfo=UTC)
    assert (published.time.method, published.time.precision) == ("relative", "hour")
    assert published.time.evidence == "page-text:3 hours ago"


def test_yesterday_at_a_clock_time() -> None:
    published, _ = times_of("relative-yesterday-at.html")
    assert published is not None
    assert published.time.value == datetime(2024, 3, 4, 10, 15, tzinfo=UTC)
    assert published.time.precision == "minute"


def test_french_il_y_a() -> None:
    published, _ = times_of("relative-il-y-a.html")
    assert published is not None
    assert published.time.value == datetime(2024, 3, 5, 10, 0, tzinfo=UTC)


def test_relative_stamps_need_a_capture_time() -> None:
    # without the time the page was fetched, '3 hours ago' names no day
    published, _ = times_of("relative-hours-ago.html", captured=None)
    assert published is None


def test_a_relative_update_stamp_is_the_modified_time_only() -> None:
    html = (
        "<html><body><h1>Headline</h1><p>By Ann Lee · Updated 20 minutes ago</p>"
        "<p>Text of the story, long enough to be a story.</p></body></html>"
    )
    published, modified = inline_times(html)
    assert published is None
    assert modified is not None and modified.time.value == datetime(2024, 3, 5, 11, 40, tzinfo=UTC)


def test_a_shown_date_wins_over_a_relative_stamp() -> None:
    html = (
        "<html><body><h1>Headline</h1><p>March 1, 2024 · 4 days ago</p>"
        "<p>Text of the story.</p></body></html>"
    )
    published, _ = inline_times(html)
    assert local(published) == "2024-03-01"


def test_a_clock_time_is_read_on_the_wall_clock_of_the_publishers_country() -> None:
    # fetched at 00:30 UTC, 01:30 in Paris: 'hier à 18h30' is 18:30 Paris time on the 4th
    html = (
        "<html><body><h1>Headline</h1><p>Rédaction · hier à 18h30</p>"
        "<p>Texte de l'article.</p></body></html>"
    )
    published, _ = inline_times(
        html, datetime(2024, 3, 5, 0, 30, tzinfo=UTC), "https://www.exemple.fr/actu/article"
    )
    assert published is not None
    assert published.time.value == datetime(2024, 3, 4, 17, 30, tzinfo=UTC)
    assert published.local_iso == "2024-03-04T18:30:00+01:00"
