"""``Desk``: the store-backed public API, shared by the CLI, the JSON API and the pages."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from newsdesk.config import Settings, db_url_from
from newsdesk.pipeline import IngestOutcome, Pipeline, ReprocessReport
from newsdesk.records import Article, RawDocument
from newsdesk.store import articles as article_store
from newsdesk.store.db import Store
from newsdesk.store.search import SearchHit, count_matches, search_articles


class Desk:
    """A newsdesk database and the pipeline that fills it.

    >>> desk = Desk("news.db")                    # doctest: +SKIP
    >>> for outcome in desk.ingest(["saved/"]):   # doctest: +SKIP
    ...     print(outcome.label, outcome.article_ids)
    """

    def __init__(self, db: str | None = None, *, settings: Settings | None = None) -> None:
        if settings is None:
            settings = Settings.from_env(db_url=db_url_from(db) if db else None)
        self.settings = settings
        self.store = Store(settings.db_url)
        self.pipeline = Pipeline(settings, self.store)

    # -- writing ------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        captured_at: datetime | None = None,
        source: str | None = None,
    ) -> Iterator[IngestOutcome]:
        return self.pipeline.ingest_paths(paths, captured_at=captured_at, source=source)

    def ingest_document(self, raw: RawDocument) -> IngestOutcome:
        return self.pipeline.ingest(raw)

    def reprocess(self) -> ReprocessReport:
        return self.pipeline.reprocess()

    # -- reading ------------------------------------------------------------

    def article(self, article_id: int) -> Article | None:
        with self.store.connect() as conn:
            return article_store.get_article(conn, article_id)

    def articles(
        self, *, limit: int = 20, offset: int = 0, source: str | None = None
    ) -> list[Article]:
        with self.store.connect() as conn:
            return article_store.list_articles(conn, limit=limit, offset=offset, source=source)

    def iter_articles(self) -> Iterator[Article]:
        with self.store.connect() as conn:
            yield from article_store.iter_articles(conn)

    def count_articles(self) -> int:
        with self.store.connect() as conn:
            return article_store.count_articles(conn)

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        with self.store.connect() as conn:
            return search_articles(conn, query, limit=limit, offset=offset)

    def count_search(self, query: str) -> int:
        with self.store.connect() as conn:
            return count_matches(conn, query)

    def article_record(self, article_id: int) -> dict[str, Any] | None:
        """One article with everything extracted about it, as JSON-ready data."""
        with self.store.connect() as conn:
            article = article_store.get_article(conn, article_id)
            if article is None:
                return None
            return article.to_json()

    def close(self) -> None:
        self.store.close()
