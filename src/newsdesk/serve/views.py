"""Query -> data functions shared by the JSON API and the web pages.

Each function takes the ``Desk`` and plain parameters and returns JSON-ready data (dicts,
lists, strings, numbers). The API returns it as is; the pages hand the very same data to a
template. No logic lives in routes or templates.
"""

from __future__ import annotations

import base64
import binascii
import html
import itertools
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from newsdesk.acquire.urls import is_web_url
from newsdesk.desk import Desk
from newsdesk.errors import InputError
from newsdesk.records import Article, RawDocument, iso, utc
from newsdesk.serve import linked
from newsdesk.serve.errors import NotFoundError
from newsdesk.serve.summaries import article_summary
from newsdesk.store import articles as article_store
from newsdesk.store import stories as story_store
from newsdesk.store import views as store_views
from newsdesk.store.search import MARK_CLOSE, MARK_OPEN

MAX_LIMIT = 100
MAX_ID = 2**31 - 1
"""Ids are 32-bit integers in every supported database."""
_SIDE_WORK = ThreadPoolExecutor(max_workers=4, thread_name_prefix="newsdesk-search")


# --- cursors --------------------------------------------------------------------


def encode_cursor(when: datetime, article_id: int) -> str:
    raw = f"{iso(when)}|{article_id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, int]:
    """The position a cursor stands for; InputError when it was not made by us."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        when, _, article_id = base64.urlsafe_b64decode(padded.encode()).decode().partition("|")
        return utc(datetime.fromisoformat(when.replace("Z", "+00:00"))), int(article_id)
    except (ValueError, OverflowError, binascii.Error, UnicodeError):
        raise InputError(
            f"cursor {cursor!r} is not valid: pass the next_cursor of a previous page"
        ) from None


# --- articles ---------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleQuery:
    """Filters of the article list (all optional)."""

    source: str | None = None
    entity: str | None = None
    event_type: str | None = None
    language: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    with_copies: bool = False

    def as_params(self) -> dict[str, str]:
        values = {
            "source": self.source,
            "entity": self.entity,
            "event_type": self.event_type,
            "language": self.language,
            "since": iso(self.since),
            "until": iso(self.until),
            "with_copies": "true" if self.with_copies else None,
        }
        return {k: v for k, v in values.items() if v}


def _filter(query: ArticleQuery) -> store_views.ArticleFilter:
    ids = linked.article_ids_for(query.entity, query.event_type)
    return store_views.ArticleFilter(
        source=query.source,
        language=query.language,
        since=query.since,
        until=query.until,
        ids=ids,
        exclude=None if query.with_copies else story_store.copies_query(),
    )


def articles(
    desk: Desk, query: ArticleQuery, *, limit: int = 20, cursor: str | None = None
) -> dict[str, Any]:
    """A page of articles, latest first, and the cursor of the next page (None at the end)."""
    limit = _limit(limit)
    after = decode_cursor(cursor) if cursor else None
    where = _filter(query)
    with desk.store.connect() as conn:
        page = store_views.page_articles(conn, where, limit=limit + 1, after=after)
    more = len(page) > limit
    page = page[:limit]
    next_cursor = None
    if more and page:
        last = page[-1]
        next_cursor = encode_cursor(last.sort_key, last.article.id or 0)
    return {
        "filters": query.as_params(),
        "entityName": linked.entity_name(desk, query.entity) if query.entity else None,
        "items": [{**article_summary(p.article), "sortTime": iso(p.sort_key)} for p in page],
        "next_cursor": next_cursor,
    }


def _limit(limit: int) -> int:
    if not 1 <= limit <= MAX_LIMIT:
        raise InputError(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")
    return limit


def article(desk: Desk, article_id: int) -> dict[str, Any]:
    """One article with everything extracted about it."""
    with desk.store.connect() as conn:
        found = article_store.get_article(conn, article_id)
        if found is None:
            raise NotFoundError(f"no article with id {article_id}")
        extra = linked.article_extras(conn, article_id)
    return {
        **found.to_json(),
        "provenance": provenance(found),
        **extra,
    }


def provenance(article: Article) -> list[dict[str, Any]]:
    """Where the article came from and how each of its times was obtained."""
    rows: list[dict[str, Any]] = []
    if article.url or article.canonical_url:
        rows.append({"field": "url", "value": article.canonical_url or article.url, "how": ""})
    if article.captured_at:
        rows.append(
            {
                "field": "captured",
                "value": iso(article.captured_at),
                "how": article.captured_at_method or "",
            }
        )
    for name, value in (("published", article.published), ("modified", article.modified)):
        if value is not None:
            how = f"{value.method}, precision {value.precision}"
            if value.evidence:
                how += f", from {value.evidence!r}"
            rows.append({"field": name, "value": iso(value.value), "how": how})
    return rows


# --- search -------------------------------------------------------------------------


def snippet_html(snippet: str) -> str:
    """The snippet as safe HTML: text escaped, then the match markers turned into <mark>."""
    escaped = html.escape(snippet, quote=False)
    return escaped.replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")


def search(
    desk: Desk,
    q: str,
    *,
    source: str | None = None,
    language: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> dict[str, Any]:
    """Full-text matches with highlighted snippets, and facet counts over all matches."""
    limit = _limit(limit)
    if offset < 0:
        raise InputError(f"offset must be 0 or more, got {offset}")
    # Near-duplicate copies are hidden, as in every list.
    where = store_views.ArticleFilter(
        source=source, language=language, exclude=story_store.copies_query()
    )

    def ranked() -> list[store_views.SearchRow]:
        with desk.store.connect() as conn:
            return store_views.search_rows(conn, q, where, limit=limit, offset=offset)

    def counted() -> tuple[int, dict[str, list[tuple[str, int]]]]:
        with desk.store.connect() as conn:
            return store_views.search_facets(conn, q, where)

    # Ranking and facet counting each read every match of a common word: run them side by
    # side on two connections (the database releases the GIL while it works).
    facet_future = _SIDE_WORK.submit(counted)
    rows = ranked()
    total, facets = facet_future.result()
    return {
        "query": q,
        "filters": {k: v for k, v in {"source": source, "language": language}.items() if v},
        "total": total,
        "offset": offset,
        "limit": limit,
        "items": [
            {
                **article_summary(r.article),
                "snippet": snippet_html(r.snippet),
                "rank": r.rank,
            }
            for r in rows
        ],
        "facets": {
            name: [{"value": value, "count": count} for value, count in values]
            for name, values in facets.items()
        },
    }


# --- sources ------------------------------------------------------------------------


def sources(desk: Desk) -> dict[str, Any]:
    """Sources seen in stored articles, with counts, and the configured sources."""
    with desk.store.connect() as conn:
        counts = store_views.source_counts(conn)
        configured = linked.configured_sources(conn)
    by_name = {c.source: c for c in counts}
    items = []
    for entry in configured:
        seen = by_name.pop(entry["name"], None)
        items.append(
            {
                **entry,
                "articles": seen.articles if seen else 0,
                "latest": iso(seen.latest) if seen else None,
            }
        )
    for name, seen in by_name.items():
        items.append(
            {
                "name": name,
                "configured": False,
                "articles": seen.articles,
                "latest": iso(seen.latest),
            }
        )
    return {"items": items}


# --- ingest -------------------------------------------------------------------------


def ingest(
    desk: Desk,
    *,
    content: bytes | None,
    media_type: str | None,
    url: str | None,
    captured_at: datetime | None,
    source: str | None,
) -> dict[str, Any]:
    """Store a posted page (HTML or a text capture) or fetch and store a URL."""
    if url is not None and not is_web_url(url):
        # Stored, it would be a link on the article page ('javascript:...').
        raise InputError(f"url: not an http(s) URL: {url!r}")
    if content is None:
        if not url:
            raise InputError("nothing to ingest: send an HTML or text body, or a url")
        outcome = linked.fetch_and_ingest(desk, url, source)
    else:
        if not content.strip():
            raise InputError("the posted body is empty")
        raw = RawDocument(
            content=content,
            media_type=media_type or "text/plain",
            fetched_at=captured_at or datetime.now(UTC),
            fetched_at_method="given" if captured_at else "http",
            url=url,
            source=source,
        )
        outcome = desk.ingest_document(raw)
    if outcome.error:
        raise InputError(outcome.error)
    return {
        "articles": [
            {"id": i, "status": s}
            for i, s in zip(outcome.article_ids, outcome.statuses, strict=True)
        ]
    }


# --- the article page ---------------------------------------------------------------

_PARAGRAPH = re.compile(r"\S(?:[^\n]|\n(?![ \t]*\n))*")
"""A paragraph: from a non-space up to (not including) the next blank line."""


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    layer: str
    """'entity', 'speaker', 'quote' or 'trigger'."""
    info: dict[str, Any]


def _spans(analysis: dict[str, Any] | None, size: int) -> list[_Span]:
    if not analysis:
        return []
    spans: list[_Span] = []

    def add(start: Any, end: Any, layer: str, info: dict[str, Any]) -> None:
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size:
            spans.append(_Span(start, end, layer, info))

    for m in analysis.get("mentions", []):
        key = m.get("entity")
        info = {"kind": m.get("kind"), "key": key, "href": entity_href(key) if key else None}
        add(m.get("start"), m.get("end"), "entity", info)
    for q in analysis.get("quotes", []):
        info = {"speaker": q.get("speaker"), "kind": q.get("speaker_kind"), "cue": q.get("cue")}
        start = q.get("content_start") if q.get("content_start") is not None else q.get("start")
        end = q.get("content_end") if q.get("content_end") is not None else q.get("end")
        add(start, end, "quote", info)
        add(q.get("speaker_start"), q.get("speaker_end"), "speaker", info)
    for e in analysis.get("events", []):
        add(e.get("trigger_start"), e.get("trigger_end"), "trigger", {"type": e.get("event_type")})
    return spans


def annotate(body: str, analysis: dict[str, Any] | None) -> list[list[dict[str, Any]]]:
    """The body as paragraphs of segments, each with the layers covering it.

    A segment is ``{"text", "entity", "quote", "speaker", "trigger"}``; a layer is None or
    the info of the span covering the segment (the innermost one where spans nest).
    """
    spans = _spans(analysis, len(body))
    paragraphs: list[list[dict[str, Any]]] = []
    for match in _PARAGRAPH.finditer(body):
        start, end = match.start(), match.end()
        inside = [s for s in spans if s.start < end and s.end > start]
        cuts = sorted(
            {start, end, *(max(s.start, start) for s in inside)} | {min(s.end, end) for s in inside}
        )
        segments: list[dict[str, Any]] = []
        for a, b in itertools.pairwise(cuts):
            layers: dict[str, Any] = {
                "entity": None,
                "quote": None,
                "speaker": None,
                "trigger": None,
            }
            for span in sorted(inside, key=lambda s: s.start - s.end):  # widest first
                if span.start <= a and span.end >= b:
                    layers[span.layer] = span.info
            if segments and all(segments[-1][k] is layers[k] for k in layers):
                segments[-1]["text"] += body[a:b]
            else:
                segments.append({"text": body[a:b], **layers})
        paragraphs.append(segments)
    return paragraphs


def entity_href(key: str) -> str:
    return "/entities/" + quote(key, safe="")


def article_page(desk: Desk, article_id: int) -> dict[str, Any]:
    """The article as the API gives it, plus its body cut into highlighted segments."""
    data = article(desk, article_id)
    return {**data, "paragraphs": annotate(data["articleBody"], data.get("analysis"))}
