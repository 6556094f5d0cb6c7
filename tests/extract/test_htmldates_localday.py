"""A time a page states in UTC is read on its publisher's wall clock when the page's
country-code domain tells where that is (extract/localday.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from lxml.html import fromstring

from newsdesk.extract.htmldates import PageTime, find_times
from newsdesk.extract.localday import country_time, url_country
from newsdesk.extract.metadata import read_page_meta
from newsdesk.extract.pagetext import visible_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html" / "dates"
CAPTURED = datetime(2025, 6, 1, tzinfo=UTC)
PAGE = "utc-stamp-country-domain.html"


def _times(html: str, url: str) -> tuple[PageTime | None, PageTime | None]:
    tree = fromstring(html)
    headline = " ".join(tree.findtext(".//h1").split())
    return find_times(tree, read_page_meta(tree), url, {}, CAPTURED, headline, visible_text(tree))


def _page() -> str:
    return (FIXTURES / PAGE).read_text(encoding="utf-8")


def test_a_utc_stamp_on_a_country_domain_takes_the_publishers_day() -> None:
    published, modified = _times(_page(), "https://www.notizie-esempio.it/cronaca/bilancio")
    assert published is not None and modified is not None
    assert published.local_iso == "2025-03-09T00:40:00+01:00"  # 23:40Z is past midnight in Rome
    assert published.time.value == datetime(2025, 3, 8, 23, 40, tzinfo=UTC)  # same instant
    assert modified.local_iso.startswith("2025-03-09T01:05")


def test_a_generic_or_vanity_domain_keeps_the_utc_day() -> None:
    for url in ("https://news-example.com/bilancio", "https://newsroom.example.io/bilancio"):
        published, _ = _times(_page(), url)
        assert published is not None and published.local_iso.startswith("2025-03-08T23:40")


def test_the_utc_day_stands_when_the_page_shows_it() -> None:
    html = _page().replace("<p>Dopo", "<p class='data'>8 marzo 2025</p><p>Dopo")
    published, _ = _times(html, "https://www.notizie-esempio.it/cronaca/bilancio")
    assert published is not None and published.local_iso.startswith("2025-03-08")


def test_country_time_needs_every_zone_of_the_country_on_one_day() -> None:
    assert url_country("https://www.example.co.uk/a") == "GB"
    assert url_country("https://example.tv/a") is None
    assert url_country("https://localhost/a") is None
    # Canada spans UTC-3:30 to UTC-8: at 00:23 UTC it is the previous evening everywhere
    late = country_time(datetime(2025, 8, 25, 0, 23, tzinfo=UTC), "CA")
    assert late is not None and late.date().isoformat() == "2025-08-24"
    # at 03:00 UTC it is past midnight in Newfoundland but not in Vancouver: no single day
    assert country_time(datetime(2025, 8, 25, 3, 0, tzinfo=UTC), "CA") is None
