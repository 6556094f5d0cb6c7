"""Date rules on small pages laid out as real sites lay them out (tests/fixtures/html/dates)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from lxml.html import fromstring

from newsdesk.extract.htmldates import PageTime, find_times, parse_time
from newsdesk.extract.metadata import read_page_meta
from newsdesk.extract.pagetext import visible_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html" / "dates"
CAPTURED = datetime(2025, 6, 1, tzinfo=UTC)


def _times(name: str, url: str | None = None) -> tuple[PageTime | None, PageTime | None]:
    tree = fromstring((FIXTURES / name).read_text(encoding="utf-8"))
    headline = " ".join(tree.findtext(".//h1").split())
    return find_times(tree, read_page_meta(tree), url, {}, CAPTURED, headline, visible_text(tree))


def _day(found: PageTime | None) -> str | None:
    return found.local_iso[:10] if found else None


def test_the_time_beside_the_headline_wins_over_a_sidebar_time_before_it() -> None:
    # the sidebar's cards come first in the markup; the article's <time> follows its <h1>
    published, _ = _times("sidebar-time-first.html")
    assert _day(published) == "2019-05-04"


def test_dashed_numeric_datetime_is_read_day_first() -> None:
    published, _ = _times("day-first-datetime.html")
    assert _day(published) == "2025-05-03"


def test_parse_time_reads_dashes_and_dots_day_first_and_slashes_month_first() -> None:
    assert [_day(parse_time(t, "test")) for t in ("03-05-2025", "03.05.2025", "03/05/2025")] == [
        "2025-05-03",
        "2025-05-03",
        "2025-03-05",
    ]
    assert _day(parse_time("03-05-2025T08:00:00Z", "test")) == "2025-05-03"
    assert _day(parse_time("25-05-2025", "test")) == "2025-05-25"  # one reading only


def test_a_date_range_in_the_headline_is_not_the_page_date() -> None:
    # '(2025/5/17-18)' in the title names the weekend covered; the entry's date follows it
    published, _ = _times("date-range-in-title.html")
    assert _day(published) == "2025-05-18"
