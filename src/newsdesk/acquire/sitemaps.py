"""XML sitemaps, Google News sitemaps and sitemap indexes (gzip too).

A news sitemap's ``<news:publication_date>`` and ``<news:title>`` and a plain
``<lastmod>`` are passed on as date and title evidence (``RawDocument.hints``).
"""

from __future__ import annotations

import logging
import zlib
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from dateutil import parser as dateparser

from newsdesk.acquire.urls import absolute
from newsdesk.acquire.xmlsafe import refuse_entities
from newsdesk.errors import InputError

log = logging.getLogger(__name__)


class SitemapError(InputError):
    """The document is not a usable sitemap."""


@dataclass
class SitemapEntry:
    url: str
    published: str | None = None
    """ISO 8601, from <news:publication_date>."""
    modified: str | None = None
    """ISO 8601, from <lastmod>."""
    title: str | None = None

    @property
    def hints(self) -> dict[str, Any]:
        found = {"title": self.title, "published": self.published, "modified": self.modified}
        return {k: v for k, v in found.items() if v}


@dataclass
class Sitemap:
    url: str
    kind: str
    """'urlset' or 'index'."""
    entries: list[SitemapEntry] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    """Child sitemaps of an index."""


def gunzip_bounded(content: bytes, label: str, max_bytes: int) -> bytes:
    """Decompress gzip ``content`` without ever holding more than ``max_bytes``."""
    decoder = zlib.decompressobj(47)
    try:
        data = decoder.decompress(content, max_bytes + 1)
    except zlib.error as exc:
        raise SitemapError(f"{label}: corrupt gzip data ({exc})") from None
    if len(data) > max_bytes:
        raise SitemapError(f"{label}: decompresses to over the {max_bytes:,}-byte limit")
    return data


def _iso(value: str | None) -> str | None:
    """W3C datetime (date only, or with time and offset) as ISO 8601; UTC when it has a zone."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        parsed = dateparser.isoparse(text)
    except (ValueError, OverflowError):
        log.info("ignoring unreadable sitemap date %r", text)
        return None
    if len(text) <= 10:
        return parsed.date().isoformat()  # a day, not midnight UTC
    if parsed.tzinfo is None:
        return parsed.isoformat()
    return parsed.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _text(element: Element | None) -> str | None:
    if element is None or element.text is None:
        return None
    return element.text.strip() or None


def parse_sitemap(content: bytes, url: str, max_bytes: int = 50 * 1024 * 1024) -> Sitemap:
    """Entries of a urlset, or child sitemaps of an index. Raises SitemapError."""
    if content[:2] == b"\x1f\x8b":
        content = gunzip_bounded(content, url, max_bytes)
    if not content.strip():
        raise SitemapError(f"{url}: empty document, not a sitemap")
    refuse_entities(content, url)
    try:
        root = SafeET.fromstring(content)
    except ParseError as exc:
        raise SitemapError(f"{url}: not well-formed XML ({exc})") from None
    kind = root.tag.rsplit("}", 1)[-1]
    if kind == "sitemapindex":
        children = (_text(s.find("{*}loc")) for s in root.iterfind("{*}sitemap"))
        resolved = (absolute(url, c) for c in children if c)
        return Sitemap(url, "index", sitemaps=list(dict.fromkeys(r for r in resolved if r)))
    if kind != "urlset":
        raise SitemapError(f"{url}: root element <{kind}> is not <urlset> or <sitemapindex>")
    sitemap = Sitemap(url, "urlset")
    for item in root.iterfind("{*}url"):
        loc = _text(item.find("{*}loc"))
        page = absolute(url, loc) if loc else None
        if page is None:
            continue
        news = item.find("{*}news")
        sitemap.entries.append(
            SitemapEntry(
                url=page,
                published=_iso(_text(news.find("{*}publication_date")))
                if news is not None
                else None,
                modified=_iso(_text(item.find("{*}lastmod"))),
                title=_text(news.find("{*}title")) if news is not None else None,
            )
        )
    return sitemap
