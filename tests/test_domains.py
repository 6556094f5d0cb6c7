from __future__ import annotations

import pytest

from newsdesk.domains import VANITY_DOMAINS, country_domain, site_country


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://www.dawn.example.pk/news/1", "PK"),
        ("https://www.example.co.uk/a", "GB"),
        ("example.it/page", "IT"),
        ("https://example.tv/a", "TV"),  # vanity domains are the caller's to refuse
        ("https://example.com/a", None),
        ("https://localhost/a", None),
        ("http://[::1", None),
        ("", None),
        (None, None),
    ],
)
def test_country_domain(url: str | None, code: str | None) -> None:
    assert country_domain(url) == code


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://www.example.co.uk/a", "GB"),
        ("https://example.com.pk/news/1", "PK"),
        ("https://example.tv/a", None),
        ("https://example.io/a", None),
        ("https://example.co/a", None),
        ("https://example.fm/a", None),
        ("https://example.com/a", None),
        (None, None),
        # national newsrooms' domains, sold abroad too, still say the country
        ("https://news.example.am/a", "AM"),
        ("https://example.ly/a", "LY"),
        ("https://example.so/a", "SO"),
        ("https://example.cd/a", "CD"),
    ],
)
def test_site_country_refuses_domains_sold_for_their_letters(
    url: str | None, code: str | None
) -> None:
    assert site_country(url) == code


def test_vanity_domains_are_upper_case_two_letter_codes() -> None:
    assert all(len(code) == 2 and code.isupper() for code in VANITY_DOMAINS)
