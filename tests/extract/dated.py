"""Shared helpers of the page-date tests: a fixture page's (published, modified) times."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from lxml.html import fromstring

from newsdesk.extract.htmldates import PageTime, find_times
from newsdesk.extract.metadata import read_page_meta
from newsdesk.extract.pagetext import visible_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html" / "dates"
CAPTURED = datetime(2024, 3, 5, 12, 0, tzinfo=UTC)


def times_of(
    name: str, captured: datetime | None = CAPTURED, url: str | None = None
) -> tuple[PageTime | None, PageTime | None]:
    """The times of fixture page ``name`` (its <h1> as the headline)."""
    tree = fromstring((FIXTURES / name).read_text(encoding="utf-8"))
    headline = " ".join(tree.findtext(".//h1").split())
    return find_times(tree, read_page_meta(tree), url, {}, captured, headline, visible_text(tree))


def inline_times(
    html: str, captured: datetime | None = CAPTURED, url: str | None = None
) -> tuple[PageTime | None, ...]:
    """The times of a page given as a string, under the headline 'Headline'."""
    tree = fromstring(html)
    return find_times(tree, read_page_meta(tree), url, {}, captured, "Headline", visible_text(tree))


def local(found: PageTime | None) -> str | None:
    return found.local_iso if found else None
