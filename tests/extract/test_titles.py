"""Title rules: visible headings checked against stated titles, site names stripped."""

from __future__ import annotations

import pytest

from newsdesk.extract.titles import choose_title, strip_site_name


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        ("Talks resume in Doha | The Daily Ledger", ["The Daily Ledger"], "Talks resume in Doha"),
        ("The Daily Ledger - Talks resume in Doha", ["The Daily Ledger"], "Talks resume in Doha"),
        ("Talks resume – Doha – Ledger", ["ledger.example.com"], "Talks resume – Doha"),
        ("Talks resume in Doha | World | Ledger", ["Ledger"], "Talks resume in Doha | World"),
        ("Q&A: Why the talks stalled", ["Ledger"], "Q&A: Why the talks stalled"),
        ("Ceasefire - what we know", [], "Ceasefire - what we know"),
    ],
)
def test_strip_site_name(title: str, sites: list[str], expected: str) -> None:
    assert strip_site_name(title, sites) == expected


def test_heading_agreeing_with_stated_title_wins() -> None:
    title, source = choose_title(
        ["Talks resume in Doha | The Daily Ledger"], ["Talks Resume In Doha"], ["The Daily Ledger"]
    )
    assert (title, source) == ("Talks Resume In Doha", "h1")


def test_single_real_heading_beats_seo_title() -> None:
    title, _ = choose_title(
        ["Best Health Trends For 2026 - Top 10"], ["Top 10 Health Trends to Watch"], []
    )
    assert title == "Top 10 Health Trends to Watch"


def test_site_logo_heading_is_ignored() -> None:
    title, source = choose_title(
        ["Talks resume in Doha | The Daily Ledger"], ["The Daily Ledger"], ["The Daily Ledger"]
    )
    assert (title, source) == ("Talks resume in Doha", "meta")


def test_entities_in_stated_titles_are_decoded() -> None:
    title, _ = choose_title(["Rates &amp; Prices: a guide"], [], [])
    assert title == "Rates & Prices: a guide"


def test_no_title_at_all() -> None:
    assert choose_title([], [], []) == ("", "none")
