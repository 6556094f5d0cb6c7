"""The extract stage's entry: one raw document in, its articles out."""

from __future__ import annotations

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
            raise ExtractionError(f"{label}: {exc}") from exc
        for article in found:
            article.captured_at_method = raw.fetched_at_method
    elif raw.media_type == "text/plain":
        text = decode_text(raw.content, label)
        try:
            found = extract_capture(text, raw.fetched_at, raw.fetched_at_method, source=raw.source)
        except ExtractionError as exc:
            raise ExtractionError(f"{label}: {exc}") from exc
    else:
        raise ExtractionError(f"{label}: unsupported media type {raw.media_type}")
    for article in found:
        article.raw_hash = raw.content_hash
        article.source = article.source or raw.source
        article.url = article.url or raw.url
        article.captured_at = article.captured_at or raw.fetched_at
        article.captured_at_method = article.captured_at_method or raw.fetched_at_method
    return found
