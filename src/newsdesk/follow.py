"""Following sources: poll feeds, sitemaps and sites, fetch new pages, ingest them.

A round polls every due source once. Feeds and sitemaps are fetched with
conditional GET; only URLs never stored before are fetched; each page goes
through ``Pipeline.ingest`` in its own transaction. What a round learns is
written as it goes (per-URL state), so a crash or kill loses nothing already
stored and the next run resumes. A feed's validators are saved only once all
its entries are done, so an interrupted or partly failed feed is read again.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from newsdesk.acquire.feeds import FeedEntry, discover_feeds, entry_page, parse_feed
from newsdesk.acquire.http import (
    AddressRefused,
    FetchConfig,
    Fetcher,
    FetchResult,
    HTTPStatusError,
    RobotsDisallowed,
)
from newsdesk.acquire.sitemaps import SitemapEntry, parse_sitemap
from newsdesk.acquire.urls import canonicalize, try_canonicalize
from newsdesk.config import Settings
from newsdesk.errors import FetchError, InputError, NewsdeskError
from newsdesk.pipeline import IngestOutcome, Pipeline
from newsdesk.records import RawDocument
from newsdesk.store import sources as source_store
from newsdesk.store.articles import url_known
from newsdesk.store.sources import FetchState, Source

log = logging.getLogger(__name__)

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
FEED_ACCEPT = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9"
RETRY_BASE_SECONDS = 60.0
"""A long watch retries a source whose listing failed after 1, 2, 4... minutes (at most
its interval)."""


def fetch_config(settings: Settings, **overrides: Any) -> FetchConfig:
    """Fetcher settings from newsdesk settings (User-Agent, private addresses, size limit)."""
    base = FetchConfig(
        user_agent=settings.user_agent,
        allow_private=settings.allow_private,
        max_bytes=settings.max_input_bytes,
    )
    return replace(base, **overrides)


@dataclass
class RoundReport:
    """What one watch round did."""

    started: datetime
    sources: list[str] = field(default_factory=list)
    listings: int = 0
    """Feeds, sitemaps and site pages fetched with a full answer."""
    not_modified: int = 0
    pages: int = 0
    """Article pages fetched (or tried)."""
    known: int = 0
    """Links skipped because they were stored (or given up on) before."""
    new_articles: int = 0
    fallbacks: int = 0
    """Articles built from the feed's own content because the page failed."""
    failures: list[str] = field(default_factory=list)
    interrupted: bool = False
    listing_failures: int = 0
    """Feeds, sitemaps and home pages that could not be fetched or read."""
    unpolled: list[str] = field(default_factory=list)
    """Sources whose listing failed: not marked polled, so still due on the next run."""

    def summary(self) -> str:
        text = (
            f"{len(self.sources)} source(s): {self.listings} listing(s) read, "
            f"{self.not_modified} not modified (304), {self.pages} page(s) fetched, "
            f"{self.known} known link(s) skipped, {self.new_articles} new article(s), "
            f"{self.fallbacks} from feed content, {len(self.failures)} failure(s)"
        )
        return text + (" - interrupted" if self.interrupted else "")


@dataclass
class _Link:
    url: str
    hints: dict[str, Any]
    entry: FeedEntry | None = None


class Watcher:
    """Polls sources and ingests what is new. Set ``stop`` to end between two items."""

    def __init__(
        self,
        pipeline: Pipeline,
        fetcher: Fetcher,
        *,
        max_pages_per_listing: int = 200,
        max_attempts: int = 3,
        max_child_sitemaps: int = 50,
        stop: threading.Event | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.store = pipeline.store
        self.fetcher = fetcher
        self.max_pages = max_pages_per_listing
        self.max_attempts = max_attempts
        self.max_child_sitemaps = max_child_sitemaps
        self.stop = stop or threading.Event()
        # A source whose listing failed stays due (the next run tries it again); in this
        # process it waits a backoff first, so a long watch does not hammer a failing host.
        self._failed_polls: dict[str, int] = {}
        self._retry_at: dict[str, datetime] = {}

    # --- rounds ---------------------------------------------------------------------------

    def run_round(self, names: Iterable[str] | None = None, force: bool = False) -> RoundReport:
        """Poll every due source (or the named ones, due or not when ``force``)."""
        now = datetime.now(UTC)
        report = RoundReport(started=now)
        with self.store.connect() as conn:
            everything = source_store.list_sources(conn)
        wanted = set(names) if names is not None else None
        if wanted is not None:
            unknown = wanted - {s.name for s in everything}
            if unknown:
                raise InputError(f"no such source: {', '.join(sorted(unknown))}")
        for source in everything:
            if wanted is not None and source.name not in wanted:
                continue
            if not (force or self._due(source, now)):
                continue
            if self.stop.is_set():
                report.interrupted = True
                break
            report.sources.append(source.name)
            failures, pages, new = len(report.failures), report.pages, report.new_articles
            listing_failures = report.listing_failures
            try:
                self.poll(source, report)
            except Exception as exc:  # a bug or an outage must not end the watcher
                log.exception("%s: poll failed", source.name)
                report.failures.append(f"{source.name}: {type(exc).__name__}: {exc}")
                report.listing_failures += 1
            summary = (
                f"{report.pages - pages} page(s) fetched, {report.new_articles - new} new "
                f"article(s), {len(report.failures) - failures} failure(s)"
            )
            if report.listing_failures > listing_failures:
                self._poll_failed(source, now, report)
                with self.store.begin() as conn:
                    source_store.note_round(conn, source.name, f"{summary}; not polled, still due")
            elif not report.interrupted:  # an interrupted source stays due
                self._failed_polls.pop(source.name, None)
                self._retry_at.pop(source.name, None)
                with self.store.begin() as conn:
                    source_store.mark_polled(conn, source.name, now, summary)
        # A wake-up with nothing due is not worth a line in the log.
        log.log(logging.INFO if report.sources else logging.DEBUG, "round: %s", report.summary())
        return report

    def _due(self, source: Source, now: datetime) -> bool:
        retry_at = self._retry_at.get(source.name)
        return source.due(now) and (retry_at is None or now >= retry_at)

    def _poll_failed(self, source: Source, now: datetime, report: RoundReport) -> None:
        """A failed listing is no poll: the source stays due, retried after a backoff."""
        fails = self._failed_polls.get(source.name, 0) + 1
        self._failed_polls[source.name] = fails
        backoff = min(float(source.interval_seconds), RETRY_BASE_SECONDS * 2 ** (fails - 1))
        self._retry_at[source.name] = now + timedelta(seconds=backoff)
        report.unpolled.append(source.name)
        log.info("%s: not polled (its listing failed); still due", source.name)

    def next_due(self, now: datetime | None = None) -> tuple[Source, datetime] | None:
        """The source due first and when (the past for one due now); None with no source."""
        now = now or datetime.now(UTC)
        with self.store.connect() as conn:
            everything = source_store.list_sources(conn)
        when = [(self._due_at(s, now), s) for s in everything]
        if not when:
            return None
        at, source = min(when, key=lambda pair: pair[0])
        return source, at

    def _due_at(self, source: Source, now: datetime) -> datetime:
        due = (
            source.last_polled_at + timedelta(seconds=source.interval_seconds)
            if source.last_polled_at
            else now
        )
        retry_at = self._retry_at.get(source.name)
        return max(due, retry_at) if retry_at is not None else due

    def seconds_until_due(self, now: datetime | None = None, ceiling: float = 300.0) -> float:
        """How long the watcher may sleep before some source is due."""
        now = now or datetime.now(UTC)
        first = self.next_due(now)
        wait = (first[1] - now).total_seconds() if first is not None else ceiling
        return max(0.0, min(ceiling, wait))

    def watch(
        self, *, once: bool = False, on_round: Callable[[RoundReport], None] | None = None
    ) -> None:
        """Poll due sources until ``stop`` is set (or after one round with ``once``)."""
        while not self.stop.is_set():
            report = self.run_round()
            if on_round is not None and (report.sources or once):
                on_round(report)
            if once:
                return
            self.stop.wait(max(1.0, self.seconds_until_due()))

    # --- one source -----------------------------------------------------------------------

    def poll(self, source: Source, report: RoundReport) -> None:
        feeds = list(source.feeds)
        sitemaps = list(source.sitemaps)
        if source.site:
            found_feeds, found_sitemaps = self._discover(source, report)
            feeds += [f for f in found_feeds if f not in feeds]
            sitemaps += [s for s in found_sitemaps if s not in sitemaps]
        for feed_url in feeds:
            if self.stop.is_set():
                report.interrupted = True
                return
            self._poll_feed(source, feed_url, report)
        for sitemap_url in sitemaps:
            if self.stop.is_set():
                report.interrupted = True
                return
            self._poll_sitemap(source, sitemap_url, report, depth=0)

    def _discover(self, source: Source, report: RoundReport) -> tuple[list[str], list[str]]:
        """Feeds the site's home page advertises; else the sitemaps its robots.txt lists."""
        assert source.site is not None
        result = self._listing(source, source.site, "site", report)
        feeds: list[str] = []
        if result is not None and result.content:
            feeds = discover_feeds(result.content, result.url)
            self._listing_done(source, source.site, "site", result)
        elif result is not None:  # 304: the feeds found last time are still right
            feeds = self._remembered_feeds(source)
        if feeds:
            self._remember_feeds(source, feeds)
            return feeds, []
        if result is None:
            return [], []
        sitemaps = self.fetcher.declared_sitemaps(source.site)
        if not sitemaps:
            reason = "advertises no feed and its robots.txt lists no sitemap"
            self._listing_failed(report, f"{source.name}: site {source.site}: {reason}")
        return [], sitemaps

    # The feeds a home page advertised are kept in a fetch_state row of their own, so
    # that a 304 on the home page still knows them.

    def _remembered_feeds(self, source: Source) -> list[str]:
        with self.store.connect() as conn:
            state = source_store.get_state(conn, f"discovered:{source.site}")
        return (state.last_error or "").split() if state else []

    def _remember_feeds(self, source: Source, feeds: list[str]) -> None:
        state = FetchState(
            url=f"discovered:{source.site}",
            kind="site",
            status="ok",
            source=source.name,
            last_error=" ".join(feeds),
        )
        with self.store.begin() as conn:
            source_store.save_state(conn, state)

    def _listing(
        self, source: Source, url: str, kind: str, report: RoundReport
    ) -> FetchResult | None:
        """Conditional GET of a feed, sitemap or home page; None (with a failure) if it failed."""
        with self.store.connect() as conn:
            state = source_store.get_state(conn, url)
        # A sitemap index is always read in full: its children change without it.
        if state is not None and state.kind == "sitemap-index":
            state = None
        try:
            result = self.fetcher.fetch(
                url,
                etag=state.etag if state else None,
                last_modified=state.last_modified if state else None,
                accept=FEED_ACCEPT if kind != "site" else PAGE_ACCEPT,
            )
        except FetchError as exc:
            reason = str(exc) if str(exc).startswith(url) else f"{url}: {exc}"
            self._listing_failed(report, f"{source.name}: {kind} {reason}")
            return None
        if result.not_modified:
            report.not_modified += 1
            log.info("%s: %s %s not modified", source.name, kind, url)
        else:
            report.listings += 1
        return result

    def _listing_done(self, source: Source, url: str, kind: str, result: FetchResult) -> None:
        state = FetchState(
            url=url,
            kind=kind,
            status="ok",
            source=source.name,
            etag=result.etag,
            last_modified=result.last_modified,
            fetched_at=result.fetched_at,
        )
        with self.store.begin() as conn:
            source_store.save_state(conn, state)

    def _poll_feed(self, source: Source, url: str, report: RoundReport) -> None:
        result = self._listing(source, url, "feed", report)
        if result is None or result.not_modified:
            return
        try:
            feed = parse_feed(result.content, result.url, result.media_type)
        except NewsdeskError as exc:
            self._listing_failed(report, f"{source.name}: feed {exc}")
            return
        if feed.warning:
            report.failures.append(f"{source.name}: {feed.warning}")
        links = [_Link(e.link, e.hints, e) for e in feed.entries]
        if self._follow_links(source, links, report):
            self._listing_done(source, url, "feed", result)

    def _poll_sitemap(self, source: Source, url: str, report: RoundReport, depth: int) -> None:
        result = self._listing(source, url, "sitemap", report)
        if result is None or result.not_modified:
            return
        try:
            sitemap = parse_sitemap(result.content, result.url, self.fetcher.config.max_bytes)
        except NewsdeskError as exc:
            self._listing_failed(report, f"{source.name}: sitemap {exc}")
            return
        if sitemap.kind == "index":
            if depth >= 2:
                self._listing_failed(
                    report, f"{source.name}: sitemap {url}: indexes nested too deep"
                )
                return
            self._listing_done(source, url, "sitemap-index", result)
            for child in sitemap.sitemaps[: self.max_child_sitemaps]:
                if self.stop.is_set():
                    report.interrupted = True
                    return
                self._poll_sitemap(source, child, report, depth + 1)
        elif self._follow_links(source, [_sitemap_link(e) for e in sitemap.entries], report):
            self._listing_done(source, url, "sitemap", result)

    # --- pages ----------------------------------------------------------------------------

    def _follow_links(self, source: Source, links: list[_Link], report: RoundReport) -> bool:
        """Fetch and ingest the new links; True when every one is settled (none left to retry)."""
        complete = True
        fetched = 0
        for link in links:
            if self.stop.is_set():
                report.interrupted = True
                return False
            if self._settled(link.url):
                report.known += 1
                continue
            if fetched >= self.max_pages:
                complete = False  # the rest waits for the next round
                continue
            fetched += 1
            if not self._ingest_link(source, link, report):
                complete = False
        return complete

    def _settled(self, url: str) -> bool:
        with self.store.connect() as conn:
            state = source_store.get_state(conn, url)
            if state is not None and (
                state.status in ("stored", "rejected") or state.attempts >= self.max_attempts
            ):
                return True
            return url_known(conn, url)

    def _ingest_link(self, source: Source, link: _Link, report: RoundReport) -> bool:
        """Fetch one page and ingest it; True when the link is settled."""
        with self.store.connect() as conn:
            previous = source_store.get_state(conn, link.url)
        attempts = (previous.attempts if previous else 0) + 1
        raw: RawDocument | None
        report.pages += 1
        try:
            result = self.fetcher.fetch(link.url, accept=PAGE_ACCEPT)
            if result.media_type and result.media_type not in PAGE_TYPES:
                raise _NotAPage(f"{result.url}: {result.media_type} is not an HTML page")
            raw = page_document(result, source.name, link.hints)
        except (FetchError, _NotAPage) as exc:
            final = attempts >= self.max_attempts or _permanent(exc)
            # The feed's own text stands in only once the page is given up on.
            raw = self._feed_fallback(source, link, exc) if final else None
            if raw is None:
                self._record(link.url, source, "rejected" if final else "failed", attempts, exc)
                self._fail(report, f"{source.name}: {exc}")
                return final
            report.fallbacks += 1
        outcome = self.pipeline.ingest(raw)
        if not outcome.ok:
            # Bad input is given up on at once; a conflict is tried again next round.
            final = not outcome.transient or attempts >= self.max_attempts
            self._record(
                link.url, source, "rejected" if final else "failed", attempts, outcome.error
            )
            self._fail(report, f"{source.name}: {link.url}: {outcome.error}")
            return final
        report.new_articles += len(outcome.new_ids)
        self._record(link.url, source, "stored", attempts, None)
        if raw.url and raw.url != link.url:
            self._record(raw.url, source, "stored", attempts, None)
        return True

    def _feed_fallback(self, source: Source, link: _Link, exc: Exception) -> RawDocument | None:
        page = entry_page(link.entry) if link.entry else None
        if page is None:
            return None
        log.warning("%s: %s; using the feed's own content", source.name, exc)
        return RawDocument(
            content=page,
            media_type="text/html",
            fetched_at=datetime.now(UTC),
            fetched_at_method="http",
            url=link.url,
            source=source.name,
            hints={**link.hints, "feed_content": f"page not fetched: {exc}"},
        )

    def _record(
        self, url: str, source: Source, status: str, attempts: int, error: object | None
    ) -> None:
        state = FetchState(
            url=url,
            kind="page",
            status=status,
            source=source.name,
            attempts=attempts,
            last_error=str(error) if error is not None else None,
        )
        with self.store.begin() as conn:
            source_store.save_state(conn, state)

    @staticmethod
    def _fail(report: RoundReport, reason: str) -> None:
        log.warning("%s", reason)
        report.failures.append(reason)

    @classmethod
    def _listing_failed(cls, report: RoundReport, reason: str) -> None:
        cls._fail(report, reason)
        report.listing_failures += 1


class _NotAPage(Exception):
    """A link that answered with something other than HTML (a PDF, an image)."""


def _permanent(exc: Exception) -> bool:
    """Failures that another try will not fix soon: refusals, robots, 4xx, not HTML."""
    if isinstance(exc, (_NotAPage, RobotsDisallowed, AddressRefused)):
        return True
    return isinstance(exc, HTTPStatusError) and 400 <= exc.status < 500 and exc.status != 429


def _sitemap_link(entry: SitemapEntry) -> _Link:
    return _Link(entry.url, entry.hints)


def page_document(result: FetchResult, source: str | None, hints: dict[str, Any]) -> RawDocument:
    """A fetched page as a RawDocument, with the evidence of where it was found."""
    extra: dict[str, Any] = dict(hints)
    if result.charset:
        extra["charset"] = result.charset
    if result.charset_note:
        extra["charset_note"] = result.charset_note
    return RawDocument(
        content=result.content,
        media_type="text/html",
        fetched_at=result.fetched_at,
        fetched_at_method="http",
        url=try_canonicalize(result.url) or result.url,
        source=source,
        hints=extra,
    )


def fetch_pages(
    pipeline: Pipeline, fetcher: Fetcher, urls: Iterable[str], source: str | None = None
) -> Iterator[IngestOutcome]:
    """``newsdesk fetch``: fetch each URL and ingest it, one outcome per URL."""
    for given in urls:
        try:
            url = canonicalize(given)
            result = fetcher.fetch(url, accept=PAGE_ACCEPT)
            if result.media_type and result.media_type not in PAGE_TYPES:
                raise FetchError(f"{result.url}: {result.media_type} is not an HTML page")
        except NewsdeskError as exc:
            yield IngestOutcome(given, error=str(exc))
            continue
        yield pipeline.ingest(page_document(result, source, {}))


def stop_on_interrupt(stop: threading.Event, notify: Callable[[str], None]) -> Callable[[], None]:
    """First Ctrl-C sets ``stop`` (the watcher ends between two items); a second one aborts.
    Returns a function that restores the previous handler."""
    previous = signal.getsignal(signal.SIGINT)

    def handler(signum: int, frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        notify("stopping after the current item (Ctrl-C again to abort)")

    signal.signal(signal.SIGINT, handler)

    def restore() -> None:
        signal.signal(signal.SIGINT, previous)

    return restore
