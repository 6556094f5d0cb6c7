"""Test articles for the stories stage (written for these tests, in a newsroom's layout)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from newsdesk.records import Article, ExtractedTime

ARTICLES = Path(__file__).parent.parent / "fixtures" / "stories" / "articles.json"


def when(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def load_articles() -> dict[str, Article]:
    """The fixture articles by key, with exact publication times and URLs."""
    found = {}
    for item in json.loads(ARTICLES.read_text(encoding="utf-8")):
        found[item["key"]] = Article(
            headline=item["headline"],
            body=item["body"],
            published=ExtractedTime(when(item["published"]), "exact", "minute", "test"),
            url=f"https://news.example/{item['key']}",
            source=item["source"],
        )
    return found
