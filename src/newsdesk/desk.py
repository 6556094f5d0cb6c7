"""``Desk``: the store-backed public API, shared by the CLI, the JSON API and the pages."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from newsdesk.config import Settings, db_url_from
from newsdesk.pipeline import IngestOutcome, Pipeline, ReprocessReport
from newsdesk.records import Article, RawDocument, Story
from newsdesk.store import analysis as analysis_store
from newsdesk.store import articles as article_store
from newsdesk.store import events as event_store
from newsdesk.store import stories as story_store
from newsdesk.store import views as store_views
from newsdesk.store.db import Store
from newsdesk.stories.detail import load_story, story_record
from newsdesk.stories.group import RebuildReport


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

    def reprocess(self, report: ReprocessReport | None = None) -> ReprocessReport:
        return self.pipeline.reprocess(report)

    # -- reading ------------------------------------------------------------

    def article(self, article_id: int) -> Article | None:
        with self.store.connect() as conn:
            return article_store.get_article(conn, article_id)

    def articles(
        self,
        *,
        limit: int = 20,
        offset: int = 0,
        source: str | None = None,
        with_copies: bool = False,
    ) -> list[Article]:
        """Latest first; near-duplicate copies are hidden unless ``with_copies``."""
        hidden = None if with_copies else story_store.copies_query()
        with self.store.connect() as conn:
            return article_store.list_articles(
                conn, limit=limit, offset=offset, source=source, exclude=hidden
            )

    def iter_articles(self) -> Iterator[Article]:
        with self.store.connect() as conn:
            yield from article_store.iter_articles(conn)

    def count_articles(self) -> int:
        with self.store.connect() as conn:
            return article_store.count_articles(conn)

    def _search_filter(self, with_copies: bool) -> store_views.ArticleFilter:
        return store_views.ArticleFilter(
            exclude=None if with_copies else story_store.copies_query()
        )

    def search(
        self, query: str, *, limit: int = 20, offset: int = 0, with_copies: bool = False
    ) -> list[store_views.SearchRow]:
        """Full-text matches, best first; near-duplicate copies hidden unless asked for."""
        with self.store.connect() as conn:
            return store_views.search_rows(
                conn, query, self._search_filter(with_copies), limit=limit, offset=offset
            )

    def count_search(self, query: str, *, with_copies: bool = False) -> int:
        with self.store.connect() as conn:
            total, _facets = store_views.search_facets(
                conn, query, self._search_filter(with_copies)
            )
            return total

    def article_record(self, article_id: int) -> dict[str, Any] | None:
        """One article with everything extracted about it, as JSON-ready data."""
        with self.store.connect() as conn:
            article = article_store.get_article(conn, article_id)
            if article is None:
                return None
            record = article.to_json()
            analysis = analysis_store.load_analysis(conn, article_id)
            if analysis is not None:
                analysis.events = event_store.load_events(conn, article_id)
            record["analysis"] = analysis.to_json() if analysis else None
            return record

    # -- stories ------------------------------------------------------------

    def stories(self, *, limit: int = 20, offset: int = 0) -> list[Story]:
        """Stories, latest active first (without timelines)."""
        with self.store.connect() as conn:
            return story_store.list_stories(conn, limit=limit, offset=offset)

    def iter_stories(self) -> Iterator[Story]:
        """Every story, latest active first, read in pages (for exports)."""
        offset = 0
        while True:
            page = self.stories(limit=200, offset=offset)
            if not page:
                return
            yield from page
            offset += len(page)

    def story(self, story_id: int) -> Story | None:
        """One story with its timeline."""
        with self.store.connect() as conn:
            return load_story(conn, story_id)

    def story_record(self, story_id: int) -> dict[str, Any] | None:
        """A story as JSON-ready data: the story, its articles and copies, its timeline."""
        with self.store.connect() as conn:
            return story_record(conn, story_id)

    def rebuild_stories(self) -> RebuildReport:
        return self.pipeline.rebuild_stories()

    def entities(
        self, *, kind: str | None = None, name: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[analysis_store.EntitySummary]:
        """Entities across articles, most mentioned first."""
        with self.store.connect() as conn:
            return analysis_store.list_entities(
                conn, kind=kind, name=name, limit=limit, offset=offset
            )

    def quotes(
        self,
        *,
        speaker: str | None = None,
        speaker_kind: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[analysis_store.QuoteRecord]:
        """Attributed statements, latest articles first."""
        with self.store.connect() as conn:
            return analysis_store.list_quotes(
                conn, speaker=speaker, speaker_kind=speaker_kind, limit=limit, offset=offset
            )

    def close(self) -> None:
        self.pipeline.close()  # its document worker, if a time limit started one
        self.store.close()
