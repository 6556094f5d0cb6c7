from __future__ import annotations

import pytest

from newsdesk.domains import country_domain


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
