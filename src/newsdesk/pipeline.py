"""Composes the stages: acquire -> extract -> analyse -> store -> group.

This is the only module that knows their order. Each stage stays a function
from records to records; the pipeline runs them and keeps ingest idempotent
(raw documents keyed by content hash, articles by canonical URL or text) and
atomic (one transaction per raw document, so a crash loses at most the
document being written).
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

from newsdesk.acquire.files import InputFailure, iter_path_documents
from newsdesk.analyse import analyse_docs
from newsdesk.analyse.events import code_article
from newsdesk.config import Settings
from newsdesk.errors import NewsdeskError
from newsdesk.extract.document import extract_document
from newsdesk.records import Analysis, Article, RawDocument
from newsdesk.store import analysis as analysis_store
from newsdesk.store import articles as article_store
from newsdesk.store import events as event_store
from newsdesk.store import stories as story_store
from newsdesk.store.db import Store
from newsdesk.stories.group import RebuildReport, StoryGrouper
from newsdesk.timelimit import DocumentWorker

log = logging.getLogger(__name__)

CONFLICT_RETRIES = 3
"""Tries after the first when writing a document meets a database conflict (a unique
key another process wrote meanwhile), waiting CONFLICT_BACKOFF seconds, doubled each time."""
CONFLICT_BACKOFF = 0.2


@dataclass
class IngestOutcome:
    """What happened to one input."""

    label: str
    article_ids: list[int] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    error: str | None = None
    transient: bool = False
    """The failure may pass on another try (a database conflict), unlike bad input."""

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def new_ids(self) -> list[int]:
        return [i for i, s in zip(self.article_ids, self.statuses, strict=True) if s == "new"]


@dataclass
class ReprocessReport:
    documents: int = 0
    articles: int = 0
    updated: int = 0
    removed: int = 0
    """Articles a document no longer yields (re-extracted, it gives another stored one)."""
    failures: list[str] = field(default_factory=list)


def distinct_articles(found: list[Article]) -> list[Article]:
    """``found`` without repeats: an article whose key (canonical URL, else text) or body
    an earlier one of the same document has is that article again (a capture pasted twice,
    whose second copy lost its headline), and is stored once, as a second ingest would."""
    seen: set[str] = set()
    kept: list[Article] = []
    for article in found:
        body = " ".join(article.body.split())
        marks = {article.key, "body:" + hashlib.sha256(body.encode()).hexdigest()}
        if marks & seen:
            log.debug("dropped a repeat of %r", article.headline)
            continue
        seen |= marks
        kept.append(article)
    return kept


def extract_raw(raw: RawDocument) -> list[Article]:
    """extract stage: the distinct articles of one raw document."""
    return distinct_articles(extract_document(raw))


def analyse_articles(found: list[Article]) -> list[Analysis]:
    """analyse stage: mentions, entities, places, quotes and PLOVER events, one parse each."""
    analyses = []
    for article, (doc, analysis) in zip(found, analyse_docs(found), strict=True):
        analysis.events = code_article(article, doc, analysis)
        analyses.append(analysis)
    return analyses


def _label(raw: RawDocument) -> str:
    # A WARC record's path is its archive: the URL says which record it was.
    return raw.url or raw.path or raw.content_hash[:12]


class Pipeline:
    def __init__(self, settings: Settings | None = None, store: Store | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.store = store or Store(self.settings.db_url)
        self.grouper = StoryGrouper()
        self._worker: DocumentWorker | None = None
        self._worker_lock = threading.Lock()

    # -- stages -------------------------------------------------------------

    def extract(self, raw: RawDocument) -> list[Article]:
        return extract_raw(raw)

    def analyse(self, found: list[Article]) -> list[Analysis]:
        """analyse stage: mentions, entities, places, quotes and PLOVER events, one parse each."""
        return analyse_articles(found)

    def _read(self, raw: RawDocument, label: str) -> tuple[list[Article], list[Analysis] | None]:
        """Extract and analyse one document, in a worker process when a time limit is set."""
        with self._one_at_a_time():
            deadline = self._start_clock()
            found = self._extract_within(raw, label, deadline)
            self._keep_first_captures(found)
            if not self.settings.analyse:
                return found, None
            # Parse before the write transaction: a writer holds SQLite's lock while it is open.
            return found, self._analyse_within(found, label, deadline)

    def _one_at_a_time(self) -> AbstractContextManager[object]:
        """With a time limit, one document at a time goes to the one worker (the API
        ingests from threads); without, documents are read in their own threads."""
        return self._worker_lock if self.settings.document_timeout else nullcontext()

    def _start_clock(self) -> float | None:
        """The deadline of a document starting now, its worker started (not counted); None
        without a time limit. The caller holds ``_one_at_a_time()``."""
        if not self.settings.document_timeout:
            return None
        if self._worker is None:
            self._worker = DocumentWorker(analyse=self.settings.analyse)
        self._worker.start()
        return time.monotonic() + self.settings.document_timeout

    def _extract_within(
        self, raw: RawDocument, label: str, deadline: float | None
    ) -> list[Article]:
        if deadline is None or self._worker is None:
            return self.extract(raw)
        return self._worker.extract(raw, deadline, label, self.settings.document_timeout or 0)

    def _analyse_within(
        self, found: list[Article], label: str, deadline: float | None
    ) -> list[Analysis]:
        if deadline is None or self._worker is None:
            return self.analyse(found)
        return self._worker.analyse(found, deadline, label, self.settings.document_timeout or 0)

    def close(self) -> None:
        """Stop the document worker, if one was started."""
        with self._worker_lock:
            if self._worker is not None:
                self._worker.stop()
                self._worker = None

    def _after_save(
        self,
        conn: sa.Connection,
        found: list[Article],
        statuses: list[str],
        analyses: list[Analysis] | None = None,
        analyse: Callable[[list[Article]], list[Analysis]] | None = None,
    ) -> None:
        """Store the analysis and group new or changed articles, in the same transaction.

        ``analyses``, when given, were computed before the transaction (one per article);
        otherwise only the articles that need it are analysed here (by ``analyse``, else
        in process). Unchanged articles keep what they have.
        """
        changed = [a for a, s in zip(found, statuses, strict=True) if s != "unchanged"]
        log.debug("%d new or changed articles", len(changed))
        self._store_analysis(conn, found, statuses, analyses, analyse or self.analyse)
        for article in changed:
            # group: copies and stories (after store and analysis: needs ids and entities)
            # (an edited article leaves its story first; a copy it leaves may need its entities)
            self.grouper.group(
                conn,
                article,
                self._entity_keys(conn, article.id),
                lambda article_id: self._entity_keys(conn, article_id),
            )

    def _entity_keys(self, conn: sa.Connection, article_id: int | None) -> list[str]:
        """Keys of the entities analysis resolved in an article (shared ones join stories)."""
        analysis = analysis_store.load_analysis(conn, article_id) if article_id else None
        return [e.key for e in analysis.entities] if analysis else []

    def _store_analysis(
        self,
        conn: sa.Connection,
        found: list[Article],
        statuses: list[str],
        analyses: list[Analysis] | None,
        analyse: Callable[[list[Article]], list[Analysis]],
    ) -> None:
        """New or changed articles, and those the current analyser has not seen."""
        if not self.settings.analyse:
            return
        stale = analysis_store.needs_analysis(conn, [a.id for a in found if a.id is not None])
        todo = [
            i
            for i, (a, s) in enumerate(zip(found, statuses, strict=True))
            if a.id is not None and (s != "unchanged" or a.id in stale)
        ]
        if not todo:
            return  # nothing to parse: do not load spaCy
        if analyses is None:
            done = analyse([found[i] for i in todo])
        else:
            done = [analyses[i] for i in todo]
        for i, analysis in zip(todo, done, strict=True):
            article_id = found[i].id
            assert article_id is not None
            analysis_store.save_analysis(conn, article_id, analysis)
            event_store.save_events(conn, article_id, analysis.events)

    def _keep_first_captures(self, found: list[Article]) -> None:
        """An article stored before keeps its first capture time, its date when it shows
        none: analysis (event dates) and grouping see the time the store keeps."""
        with self.store.connect() as conn:
            first = article_store.first_captures(conn, found)
        for article in found:
            if article.key in first:
                article.captured_at, article.captured_at_method = first[article.key]

    # -- ingest -------------------------------------------------------------

    def ingest(self, raw: RawDocument) -> IngestOutcome:
        """Extract, analyse, store and group one raw document. Never raises for bad input."""
        outcome = IngestOutcome(_label(raw))
        if self._already_stored(raw, outcome):
            return outcome
        try:
            found, analyses = self._read(raw, outcome.label)
        except NewsdeskError as exc:
            outcome.error = str(exc)
            return outcome
        except Exception as exc:
            # A bug met on one hostile input must not end a run of thousands: that input
            # fails, with what went wrong; NEWSDESK_DEBUG=1 lets it raise instead.
            if os.environ.get("NEWSDESK_DEBUG"):
                raise
            log.debug("%s: internal error", outcome.label, exc_info=True)
            outcome.error = (
                f"{outcome.label}: internal error while reading it: {type(exc).__name__}: "
                f"{str(exc)[:200]} (set NEWSDESK_DEBUG=1 for a traceback, and please report it)"
            )
            return outcome
        conflict = ""
        for attempt in range(CONFLICT_RETRIES + 1):
            if attempt:
                time.sleep(CONFLICT_BACKOFF * 2 ** (attempt - 1))
            try:
                saved = self._write(raw, found, analyses)
            except sa.exc.IntegrityError as exc:
                # Another process stored the same document or article meanwhile: the next
                # try finds it. A conflict that does not clear fails this document only.
                conflict = str(getattr(exc, "orig", None) or exc).splitlines()[0]
                if self._already_stored(raw, outcome):
                    return outcome
                continue
            outcome.article_ids = [s.id for s in saved]
            outcome.statuses = [s.status for s in saved]
            return outcome
        outcome.error = (
            f"{outcome.label}: database conflict while storing it, still there after "
            f"{CONFLICT_RETRIES + 1} tries: {conflict}"
        )
        outcome.transient = True
        return outcome

    def _already_stored(self, raw: RawDocument, outcome: IngestOutcome) -> bool:
        """Whether these very bytes are stored; if so ``outcome`` lists their articles."""
        with self.store.connect() as conn:
            raw_id = article_store.find_raw(conn, raw.content_hash)
            if raw_id is None:
                return False
            outcome.article_ids = article_store.article_ids_for_raw(conn, raw_id)
        outcome.statuses = ["unchanged"] * len(outcome.article_ids)
        return True

    def _write(
        self, raw: RawDocument, found: list[Article], analyses: list[Analysis] | None
    ) -> list[article_store.SavedArticle]:
        """Store one document, its articles, their analysis and grouping: one transaction."""
        with self.store.begin() as conn:
            raw_id = article_store.insert_raw(conn, raw)
            saved = article_store.save_articles(conn, raw_id, found)
            statuses: list[str] = [s.status for s in saved]
            self._after_save(conn, found, statuses, analyses)
            if all(s == "unchanged" for s in statuses):
                # Same articles in other bytes (a re-saved page): keep nothing new.
                article_store.delete_raw_if_unused(conn, raw_id)
        return saved

    def ingest_paths(
        self,
        paths: Iterable[str | Path],
        *,
        captured_at: datetime | None = None,
        source: str | None = None,
    ) -> Iterator[IngestOutcome]:
        """Ingest files and folders (recursive) and WARC archives, one outcome per input."""
        documents = iter_path_documents(
            paths,
            captured_at=captured_at,
            source=source,
            max_bytes=self.settings.max_input_bytes,
        )
        for item in documents:
            if isinstance(item, InputFailure):
                yield IngestOutcome(item.path, error=item.reason)
            else:
                yield self.ingest(item)

    def rebuild_stories(self) -> RebuildReport:
        """Regroup every stored article into copies and stories from scratch, oldest first."""
        with self.store.begin() as conn:
            return self.grouper.rebuild(
                conn,
                story_store.iter_articles_by_time(conn),
                lambda article_id: self._entity_keys(conn, article_id),
            )

    def reprocess(self, report: ReprocessReport | None = None) -> ReprocessReport:
        """Re-extract (and re-analyse) every stored raw document, without refetching.

        ``report``, when given, is filled as each document is done: a run stopped midway
        (Ctrl-C) still says what it did; each document is its own transaction."""
        report = report if report is not None else ReprocessReport()
        with self.store.connect() as conn:
            raw_ids = article_store.raw_ids(conn)
        for raw_id in raw_ids:
            with self.store.connect() as conn:
                raw = article_store.get_raw(conn, raw_id)
            if raw is None:
                continue
            label = _label(raw)
            try:
                saved, removed = self._reprocess_one(raw_id, raw, label)
            except NewsdeskError as exc:
                message = str(exc)
                report.documents += 1
                report.failures.append(message if message.startswith(label) else f"{label}: {exc}")
                continue
            except sa.exc.SQLAlchemyError:
                raise  # the database (full, locked, read-only) ends the run, as in ingest
            except Exception as exc:
                # As in ingest: a bug met on one document does not end the run.
                if os.environ.get("NEWSDESK_DEBUG"):
                    raise
                log.debug("%s: internal error", label, exc_info=True)
                report.documents += 1
                report.failures.append(
                    f"{label}: internal error while reprocessing it: {type(exc).__name__}: "
                    f"{str(exc)[:200]} (set NEWSDESK_DEBUG=1 for a traceback, and please report it)"
                )
                continue
            report.documents += 1
            report.articles += len(saved)
            report.updated += sum(1 for s in saved if s.status == "updated")
            report.removed += removed
        return report

    def _reprocess_one(
        self, raw_id: int, raw: RawDocument, label: str
    ) -> tuple[list[article_store.SavedArticle], int]:
        """Re-extract one stored document and re-analyse what changed, within the time limit
        (the analysis runs in the write transaction: only then is it known what changed).
        The articles it no longer yields are removed; how many is returned with the saved."""
        with self._one_at_a_time():
            deadline = self._start_clock()
            found = self._extract_within(raw, label, deadline)
            with self.store.begin() as conn:
                saved = article_store.save_articles(conn, raw_id, found, reprocessing=True)
                # Before grouping the others: a copy of a removed article may become an original.
                gone = article_store.articles_no_longer_in(conn, raw_id, [s.id for s in saved])
                for article_id in gone:
                    self._remove_article(conn, article_id)
                statuses: list[str] = [s.status for s in saved]
                self._after_save(
                    conn,
                    found,
                    statuses,
                    analyse=lambda todo: self._analyse_within(todo, label, deadline),
                )
        return saved, len(gone)

    def _remove_article(self, conn: sa.Connection, article_id: int) -> None:
        """Delete a stored article with all that hangs on it, in the caller's transaction:
        out of its story first (as an edited article is taken out), then its analysis and
        events, then the row (and with it its full-text entry). Its raw document stays."""
        log.debug("removing article %d: its document no longer yields it", article_id)
        self.grouper.remove(conn, article_id, lambda other: self._entity_keys(conn, other))
        event_store.delete_events(conn, article_id)
        analysis_store.delete_analysis(conn, article_id)
        article_store.delete_article(conn, article_id)
