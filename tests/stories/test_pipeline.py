"""Grouping inside ingest: pages go through extract, analyse, store and group."""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.records import Article, RawDocument
from tests.stories.helpers import load_articles
from tests.stories.test_group import make_desk


def page(key: str, article: Article) -> bytes:
    """The article as a news site would serve it: meta tags, JSON-LD, an <article>."""
    published = article.date_published.isoformat() if article.date_published else ""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline,
        "datePublished": published,
        "publisher": {"@type": "Organization", "name": article.source},
    }
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in article.paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(article.headline)} | {article.source}</title>
<link rel="canonical" href="https://news.example/{key}">
<meta property="og:title" content="{html.escape(article.headline)}">
<meta property="article:published_time" content="{published}">
<script type="application/ld+json">{json.dumps(ld)}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article><h1>{html.escape(article.headline)}</h1>
<time datetime="{published}">{published[:10]}</time>
{paragraphs}
</article>
<footer>Copyright {article.source}</footer>
</body></html>""".encode()


@pytest.mark.slow  # spaCy analysis runs in ingest
def test_ingest_links_the_copy_and_groups_the_developing_story(tmp_path: Path) -> None:
    desk = make_desk(tmp_path)
    found = load_articles()
    ids = {}
    for key in ["strike-talks-open", "strike-talks-wire", "football", "strike-talks-stall"]:
        raw = RawDocument(
            content=page(key, found[key]),
            media_type="text/html",
            fetched_at=datetime(2025, 3, 9, tzinfo=UTC),
            url=f"https://news.example/{key}",
        )
        outcome = desk.ingest_document(raw)
        assert outcome.ok, outcome.error
        ids[key] = outcome.article_ids[0]
    stories = desk.stories()
    assert len(stories) == 2
    strike = next(s for s in stories if ids["strike-talks-open"] in s.article_ids)
    assert strike.article_ids == [ids["strike-talks-open"], ids["strike-talks-stall"]]
    assert strike.copies == {ids["strike-talks-wire"]: ids["strike-talks-open"]}
    # ingesting the same page again changes nothing
    again = desk.ingest_document(
        RawDocument(
            content=page("football", found["football"]),
            media_type="text/html",
            fetched_at=datetime(2025, 3, 9, tzinfo=UTC),
            url="https://news.example/football",
        )
    )
    assert again.statuses == ["unchanged"]
    assert [s.article_ids for s in desk.stories()] == [s.article_ids for s in stories]
