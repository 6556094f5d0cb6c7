"""Publication and update times of an HTML page, kept apart, with time zone when stated.

Evidence, strongest first: JSON-LD of the article, meta tags, <time> elements marked as
published/updated, feed or sitemap hints, the date in the URL, then htmldate's heuristics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from dateutil import parser as dateparser
from lxml.html import HtmlElement

from newsdesk.extract.metadata import PageMeta, json_text
from newsdesk.records import ExtractedTime, Precision

PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "published_time",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "article_date_original",
    "cxenseparse:recs:publishtime",
    "date.available",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "citation_date",
    "originalpublicationdate",
    "datecreated",
    "date",
    "displaydate",
)
MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "modified_time",
    "last-modified",
    "lastmod",
    "dcterms.modified",
    "dc.date.modified",
    "article.updated",
)
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:/|[_-]|\.html|$)"
)
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
_HAS_ZONE = re.compile(r"(?:Z|[+-]\d{2}:?\d{2}|\b(?:UTC|GMT|[ECMP][SD]T|BST|CET|CEST))\s*$", re.I)
_EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class PageTime:
    """A time as the page stated it (local wall clock kept) and its UTC reading."""

    time: ExtractedTime
    local_iso: str
    """ISO text in the page's own offset (or date only): its calendar day is the page's day."""


def parse_time(text: str | None, evidence: str, method: str = "exact") -> PageTime | None:
    """Read one date/time string; None when it is not a plausible date."""
    if not text:
        return None
    text = " ".join(str(text).split())
    if not 6 <= len(text) <= 64 or not re.search(r"\d{4}|\d{1,2}\s*[A-Za-z]{3}", text):
        return None
    try:
        value = dateparser.isoparse(text)
    except (ValueError, OverflowError):
        try:
            value = dateparser.parse(text, fuzzy=False, default=datetime(1900, 1, 1))
        except (ValueError, OverflowError, TypeError):
            return None
    if value.year < 1900:
        return None
    has_time = bool(_HAS_TIME.search(text))
    precision: Precision = "day"
    if has_time and (value.hour, value.minute, value.second) != (0, 0, 0):
        precision = "second" if value.second else "minute"
    if value.tzinfo is None and has_time and not _HAS_ZONE.search(text):
        # wall-clock time without a zone: the day is reliable, the instant is not
        precision = "day" if precision == "day" else precision
    local = value.date().isoformat() if precision == "day" else value.isoformat()
    if precision == "day":
        value = datetime(value.year, value.month, value.day, tzinfo=UTC)
    return PageTime(ExtractedTime(value, method, precision, evidence), local)  # type: ignore[arg-type]


def _plausible(found: PageTime | None, latest: datetime) -> PageTime | None:
    if found is None:
        return None
    if not _EARLIEST <= found.time.value <= latest:
        return None
    return found


def _time_elements(tree: HtmlElement, kind: str) -> list[tuple[str, str]]:
    """(datetime text, evidence) from <time>/<meta itemprop> elements marked for ``kind``."""
    words = ("publish", "posted", "created", "pubdate") if kind == "published" else (
        "modif", "updated", "update", "revised"
    )
    prop = "datePublished" if kind == "published" else "dateModified"
    out: list[tuple[str, str]] = []
    for el in tree.iterfind(f'.//*[@itemprop="{prop}"]'):
        value = el.get("datetime") or el.get("content") or el.text_content()
        if value:
            out.append((value, f"itemprop:{prop}"))
    for el in tree.iterfind(".//time"):
        value = el.get("datetime")
        if not value:
            continue
        marks = " ".join(
            filter(None, [el.get("class"), el.get("id"), el.get("pubdate") and "pubdate"])
        ).lower()
        parent = el.getparent()
        if parent is not None:
            marks += " " + " ".join(filter(None, [parent.get("class"), parent.get("id")])).lower()
        if any(w in marks for w in words):
            out.append((value, "time-element"))
    return out


def _first_time_element(tree: HtmlElement) -> str | None:
    for el in tree.iterfind(".//time"):
        if el.get("datetime"):
            return el.get("datetime")
    return None


def url_date(url: str | None) -> PageTime | None:
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    return parse_time("-".join(match.groups()), "url", "estimated")


def _jsonld(page: PageMeta, key: str) -> Any:
    value = page.article_value(key)
    return json_text(value) if isinstance(value, list | dict) else value


def find_times(
    tree: HtmlElement,
    page: PageMeta,
    url: str | None,
    hints: dict[str, Any],
    captured_at: datetime | None,
) -> tuple[PageTime | None, PageTime | None]:
    """(published, modified) for a page; either may be None."""
    latest = (captured_at or datetime.now(UTC)) + timedelta(days=2)

    def first(candidates: list[tuple[Any, str, str]]) -> PageTime | None:
        for text, evidence, method in candidates:
            found = _plausible(parse_time(text, evidence, method), latest)
            if found:
                return found
        return None

    published_candidates: list[tuple[Any, str, str]] = [
        (_jsonld(page, "datePublished"), "json-ld:datePublished", "exact"),
        (_jsonld(page, "dateCreated"), "json-ld:dateCreated", "exact"),
    ]
    published_candidates += [(page.first(k), f"meta:{k}", "exact") for k in PUBLISHED_META]
    published_candidates += [(v, e, "exact") for v, e in _time_elements(tree, "published")]
    published_candidates.append((hints.get("published"), "hint:published", "exact"))
    published = first(published_candidates)
    if published is None:
        published = _plausible(url_date(url), latest)
    if published is None:
        published = first([(_first_time_element(tree), "time-element:first", "exact")])
    if published is None:
        published = _htmldate(tree, url, latest)

    modified_candidates: list[tuple[Any, str, str]] = [
        (_jsonld(page, "dateModified"), "json-ld:dateModified", "exact"),
    ]
    modified_candidates += [(page.first(k), f"meta:{k}", "exact") for k in MODIFIED_META]
    modified_candidates += [(v, e, "exact") for v, e in _time_elements(tree, "modified")]
    modified_candidates.append((hints.get("modified"), "hint:modified", "exact"))
    modified = first(modified_candidates)
    if modified and published and modified.time.value < published.time.value:
        modified = None
    return published, modified


def _htmldate(tree: HtmlElement, url: str | None, latest: datetime) -> PageTime | None:
    """htmldate's heuristic search of the page (day precision), the last resort."""
    from htmldate import find_date  # heavy import, only needed for pages without markup

    try:
        found = find_date(
            tree,
            url=url,
            extensive_search=True,
            original_date=True,
            max_date=latest.strftime("%Y-%m-%d"),
        )
    except Exception:  # htmldate raises assorted errors on odd pages: no date, not a crash
        return None
    return _plausible(parse_time(found, "htmldate", "estimated"), latest)
