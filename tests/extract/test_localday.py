"""The publisher's country read from a page's domain (extract/localday.url_country)."""

from __future__ import annotations

from newsdesk.analyse.places import source_country_of
from newsdesk.domains import VANITY_DOMAINS
from newsdesk.extract.localday import url_country


def test_a_country_code_domain_names_the_publishers_country() -> None:
    assert url_country("https://www.notizie-esempio.it/cronaca") == "IT"
    assert url_country("https://www.example.co.uk/a") == "GB"
    assert url_country("https://example.com.pk/news/1") == "PK"
    assert url_country("https://example.com/a") is None


def test_a_domain_sold_for_its_letters_names_no_country() -> None:
    for url in ("https://example.tv/a", "https://app.example.io/", "https://example.co/a"):
        assert url_country(url) is None


def test_the_geocoder_and_the_publisher_day_refuse_the_same_domains() -> None:
    for code in sorted(VANITY_DOMAINS):
        url = f"https://news.example.{code.lower()}/a"
        assert url_country(url) is None, code
        assert source_country_of(url) is None, code
