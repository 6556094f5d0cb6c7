"""RSS 0.9x/1.0/2.0 and Atom feeds (feedparser): the links to follow, with their evidence."""

from __future__ import annotations

import calendar
import html
import logging
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import feedparser
import lxml.html

from newsdesk.acquire.urls import absolute
from newsdesk.acquire.xmlsafe import refuse_entities
from newsdesk.errors import InputError

log = logging.getLogger(__name__)

# feedparser flags these, but the feed itself is fine (a Content-Type that is not XML, say).
BENIGN_PROBLEMS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")


class FeedError(InputError):
    """The document is not a usable feed."""


@dataclass
class FeedEntry:
    link: str
    """Absolute, canonical URL of the article page."""
    title: str | None = None
    published: str | None = None
    """ISO 8601 UTC, from the entry's pubDate / published."""
    modified: str | None = None
    content: str | None = None
    """The entry's own HTML (content:encoded, Atom content, else summary)."""

    @property
    def hints(self) -> dict[str, Any]:
        """Evidence for the extractor (``RawDocument.hints``)."""
        found = {"title": self.title, "published": self.published, "modified": self.modified}
        return {k: v for k, v in found.items() if v}


@dataclass
class Feed:
    url: str
    title: str | None
    version: str
    entries: list[FeedEntry] = field(default_factory=list)
    skipped: int = 0
    """Entries without a usable http(s) link."""
    warning: str | None = None
    """Set when the feed was malformed but entries could be recovered."""


def _looks_like_html(content: bytes) -> bool:
    head = content[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        b"<html" in head and not any(tag in head for tag in (b"<rss", b"<feed", b"<rdf"))
    )


def _iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    try:
        stamp = calendar.timegm(parsed)
    except (OverflowError, ValueError):
        return None
    return datetime.fromtimestamp(stamp, tz=UTC).isoformat().replace("+00:00", "Z")


def _entry_link(entry: Any) -> str | None:
    if entry.get("link"):
        return str(entry["link"])
    for link in entry.get("links", []):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link["href"])
    guid = entry.get("id") or ""
    return guid if guid.startswith(("http://", "https://")) else None


def _entry_content(entry: Any) -> str | None:
    for item in entry.get("content", []):
        if item.get("value", "").strip():
            return str(item["value"])
    summary = entry.get("summary", "")
    return str(summary) if summary.strip() else None


def parse_feed(content: bytes, url: str, media_type: str = "") -> Feed:
    """The entries of the feed at ``url``. Raises FeedError with the reason when it
    is not a feed (an HTML page, an entity bomb, garbage)."""
    if not content.strip():
        raise FeedError(f"{url}: empty document, not a feed")
    # The bytes decide, not the Content-Type: many servers label their feeds text/html.
    if _looks_like_html(content):
        raise FeedError(f"{url}: is an HTML page, not a feed")
    refuse_entities(content, url)
    headers = {"content-location": url}
    if media_type:
        headers["content-type"] = media_type
    parsed = feedparser.parse(content, response_headers=headers)
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if isinstance(problem, BENIGN_PROBLEMS):
        problem = None
    if not parsed.get("version") and not parsed.entries:
        reason = f" ({problem})" if problem else ""
        raise FeedError(f"{url}: not an RSS or Atom feed{reason}")
    feed = Feed(url, parsed.feed.get("title"), parsed.get("version") or "unknown")
    if problem:
        feed.warning = f"{url}: malformed feed ({problem}); {len(parsed.entries)} entries recovered"
        log.warning("%s", feed.warning)
    for entry in parsed.entries:
        link = _entry_link(entry)
        page = absolute(url, link) if link else None
        if page is None:
            feed.skipped += 1
            continue
        feed.entries.append(
            FeedEntry(
                link=page,
                title=(entry.get("title") or "").strip() or None,
                # dict.get: feedparser's own get() passes published off as updated
                published=_iso(dict.get(entry, "published_parsed")),
                modified=_iso(dict.get(entry, "updated_parsed")),
                content=_entry_content(entry),
            )
        )
    return feed


def discover_feeds(html: bytes, base_url: str) -> list[str]:
    """Feed URLs a page advertises with ``<link rel="alternate" type="application/rss+xml">``."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    found: list[str] = []
    for link in tree.iterfind(".//link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().strip()
        href = link.get("href")
        if "alternate" in rel and kind in FEED_TYPES[:2] and href:
            resolved = absolute(base_url, href)
            if resolved and resolved not in found:
                found.append(resolved)
    return found


def entry_page(entry: FeedEntry) -> bytes | None:
    """A minimal HTML page made of the feed's own content, for when the page cannot be fetched."""
    if not entry.content:
        return None
    title = html.escape(entry.title or "")
    meta = ""
    if entry.published:
        meta = f'<meta property="article:published_time" content="{html.escape(entry.published)}">'
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f'<title>{title}</title>{meta}<link rel="canonical" href="{html.escape(entry.link)}">'
        f"</head><body><article><h1>{title}</h1>{entry.content}</article></body></html>"
    ).encode()
