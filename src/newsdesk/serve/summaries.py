"""How an article looks in a list (latest, search hits, an entity's or a story's articles)."""

from __future__ import annotations

from typing import Any

from newsdesk.records import Article, iso


def article_summary(article: Article) -> dict[str, Any]:
    """The fields a list shows: no body, a short description."""
    description = article.description or _lead(article.body)
    return {
        "id": article.id,
        "headline": article.headline,
        "author": list(article.authors),
        "source": article.source,
        "publisher": article.site_name,
        "url": article.canonical_url or article.url,
        "inLanguage": article.language,
        "dateline": article.dateline,
        "datePublished": iso(article.date_published),
        "datePublishedMethod": article.published.method if article.published else None,
        "dateModified": iso(article.date_modified),
        "capturedAt": iso(article.captured_at),
        "description": description,
    }


def _lead(body: str, limit: int = 240) -> str:
    first = next((p.strip() for p in body.split("\n\n") if p.strip()), "")
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + " …"
