"""The extract stage's entry: one raw document in, its articles out."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from newsdesk.errors import ExtractionError
from newsdesk.extract.capture import extract_capture
from newsdesk.extract.html import extract_html
from newsdesk.extract.text import decode_text
from newsdesk.records import Article, RawDocument


def extract_document(raw: RawDocument) -> list[Article]:
    """Articles in ``raw``, dispatched on its media type. Raises ExtractionError."""
    label = raw.url or raw.path or "<input>"
    if raw.media_type in {"text/html", "application/xhtml+xml"}:
        try:
            found = [
                extract_html(raw.content, url=raw.url, captured_at=raw.fetched_at, hints=raw.hints)
            ]
        except ExtractionError as exc:
            message = str(exc)
            if not message.startswith(label):
                # extract_html names a page without a URL 'HTML document': the path says more.
                message = f"{label}: {message.removeprefix('HTML document: ')}"
            raise ExtractionError(message) from exc
    elif raw.media_type == "text/plain":
        text = decode_text(raw.content, label)
        try:
            found = extract_capture(
                text, local_capture_time(raw), raw.fetched_at_method, source=raw.source
            )
        except ExtractionError as exc:
            raise ExtractionError(f"{label}: {exc}") from exc
    else:
        raise ExtractionError(f"{label}: unsupported media type {raw.media_type}")
    for article in found:
        article.raw_hash = raw.content_hash
        article.source = article.source or raw.source
        if len(found) == 1:
            # The document's address is the article's only when it holds just that one;
            # articles of a capture of several are known by their text (the raw keeps it).
            article.url = article.url or raw.url
        article.captured_at = article.captured_at or raw.fetched_at
        article.captured_at_method = article.captured_at_method or raw.fetched_at_method
    return found


def local_capture_time(raw: RawDocument) -> datetime:
    """The capture time in the zone it was given in (records keep UTC, clocks are local)."""
    minutes = raw.hints.get("capture_utc_offset_minutes")
    if not isinstance(minutes, int):
        return raw.fetched_at
    return raw.fetched_at.astimezone(timezone(timedelta(minutes=minutes)))
