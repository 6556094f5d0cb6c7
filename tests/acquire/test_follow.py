"""The source watcher end to end: a real HTTP server on 127.0.0.1, a real database."""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from newsdesk.acquire.http import FetchConfig, Fetcher
from newsdesk.config import Settings
from newsdesk.follow import RoundReport, Watcher, fetch_config, fetch_pages
from newsdesk.pipeline import IngestOutcome, Pipeline
from newsdesk.records import RawDocument
from newsdesk.store import sources as source_store
from newsdesk.store.articles import count_articles, list_articles
from newsdesk.store.sources import Source
from tests.fixtures.httpserver import NewsServer

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "acquire"
SLUGS = ["harbour-reopens", "rail-fares", "flood-defences", "library-reopening"]

LIBRARY_ITEM = """    <item>
      <title>City library reopens after two-year renovation</title>
      <link>{base}/news/library-reopening.html</link>
      <pubDate>Wed, 12 Nov 2025 06:30:00 GMT</pubDate>
    </item>
"""


def fixture(name: str, base: str) -> str:
    return (FIXTURES / name).read_text().replace("{base}", base)


def top_feed(base: str, extra: str = "") -> str:
    feed = fixture("rss2.xml", base)
    first = feed.index("    <item>")
    return feed[:first] + extra.replace("{base}", base) + feed[first:]


def serve_ledger(server: NewsServer) -> None:
    """The Daily Ledger: robots.txt, four article pages, a top-stories feed."""
    server.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    for slug in SLUGS:
        server.add(f"/news/{slug}.html", (FIXTURES / "pages" / f"{slug}.html").read_bytes())
    server.add("/feeds/top.xml", top_feed(server.base_url), "application/rss+xml")


@pytest.fixture
def pipeline(tmp_path: Path) -> Pipeline:
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'news.db'}", allow_private=True)
    return Pipeline(replace(settings, analyse=False))


@pytest.fixture
def fetcher(fast_config: FetchConfig) -> Iterator[Fetcher]:
    with Fetcher(fast_config) as f:
        yield f


def add(pipeline: Pipeline, name: str, **kwargs: object) -> None:
    with pipeline.store.begin() as conn:
        source_store.add_source(conn, Source(name=name, **kwargs))  # type: ignore[arg-type]


def articles(pipeline: Pipeline) -> int:
    with pipeline.store.connect() as conn:
        return count_articles(conn)


def page_hits(server: NewsServer) -> int:
    return sum(len(server.hits(f"/news/{slug}.html")) for slug in SLUGS)


def test_feed_rounds_fetch_only_new_pages_and_get_304s(
    news_server: NewsServer, pipeline: Pipeline, fetcher: Fetcher
):
    serve_ledger(news_server)
    news_server.add("/feeds/transport.xml", fixture("rss091.xml", news_server.base_url))
    feeds = [news_server.url("/feeds/top.xml"), news_server.url("/feeds/transport.xml")]
    add(pipeline, "ledger", feeds=feeds)
    watcher = Watcher(pipeline, fetcher)

    first = watcher.run_round()
    assert (first.pages, first.new_articles, first.failures) == (3, 3, [])
    assert articles(pipeline) == 3
    assert first.known == 1  # the transport feed's link was stored a moment before

    news_server.add(
        "/feeds/top.xml", top_feed(news_server.base_url, LIBRARY_ITEM), "application/rss+xml"
    )
    news_server.clear_log()
    second = watcher.run_round(force=True)
    assert page_hits(news_server) == 1
    assert len(news_server.hits("/news/library-reopening.html")) == 1
    assert (second.pages, second.new_articles, second.known) == (1, 1, 3)
    assert news_server.hits("/feeds/top.xml")[0].status == 200
    assert news_server.hits("/feeds/transport.xml")[0].status == 304
    assert articles(pipeline) == 4

    news_server.clear_log()
    third = watcher.run_round(force=True)
    assert [r.status for r in news_server.hits() if r.path != "/robots.txt"] == [304, 304]
    assert (third.pages, third.not_modified, third.new_articles) == (0, 2, 0)


def test_sources_poll_only_when_due(news_server: NewsServer, pipeline: Pipeline, fetcher: Fetcher):
    serve_ledger(news_server)
    add(pipeline, "ledger", feeds=[news_server.url("/feeds/top.xml")], interval_seconds=3600)
    watcher = Watcher(pipeline, fetcher)
    assert watcher.run_round().sources == ["ledger"]
    assert watcher.run_round().sources == []  # not due for an hour
    assert 3500 < watcher.seconds_until_due(ceiling=7200) <= 3600
    with pipeline.store.connect() as conn:
        polled = source_store.get_source(conn, "ledger")
    assert polled is not None and polled.last_polled_at is not None
    assert polled.last_summary == "3 page(s) fetched, 3 new article(s), 0 failure(s)"


def test_robots_disallow_obeyed_and_round_continues(
    news_server: NewsServer, pipeline: Pipeline, fetcher: Fetcher
):
    serve_ledger(news_server)
    memo = "<item><title>Memo</title><link>{base}/private/memo.html</link></item>\n"
    news_server.add("/private/memo.html", "<html><body><p>secret</p></body></html>")
    news_server.add("/feeds/top.xml", top_feed(news_server.base_url, memo), "application/rss+xml")
    add(pipeline, "ledger", feeds=[news_server.url("/feeds/top.xml")])
    report = Watcher(pipeline, fetcher).run_round()
    assert news_server.hits("/private/memo.html") == []
    assert any("disallowed by" in f and "robots.txt" in f for f in report.failures)
    assert articles(pipeline) == 3


def test_private_address_refused_without_allow_private(
    news_server: NewsServer, pipeline: Pipeline, fast_config: FetchConfig
):
    serve_ledger(news_server)
    add(pipeline, "ledger", feeds=[news_server.url("/feeds/top.xml")])
    strict = fetch_config(replace(pipeline.settings, allow_private=False))
    assert strict.allow_private is False
    with Fetcher(replace(fast_config, allow_private=False)) as fetcher:
        report = Watcher(pipeline, fetcher).run_round()
    assert len(report.failures) == 1
    assert "non-public address 127.0.0.1" in report.failures[0]
    assert news_server.requests == []
    assert articles(pipeline) == 0


def test_hostile_inputs_each_get_a_reason_and_the_round_goes_on(
    news_server: NewsServer, pipeline: Pipeline, fetcher: Fetcher
):
    serve_ledger(news_server)
    base = news_server.base_url
    news_server.add("/feeds/bomb.xml", fixture("bomb.xml", base), "application/rss+xml")
    news_server.add("/feeds/page.xml", fixture("not-a-feed.html", base), "application/rss+xml")
    news_server.add("/feeds/garbage.xml", b"\x00\x01\x02 not xml at all", "application/xml")
    news_server.add("/feeds/malformed.xml", fixture("malformed.xml", base), "application/rss+xml")
    news_server.hang("/feeds/silent.xml")
    news_server.endless("/feeds/endless.xml")
    news_server.redirect("/feeds/loop-a.xml", "/feeds/loop-b.xml")
    news_server.redirect("/feeds/loop-b.xml", "/feeds/loop-a.xml")
    french = (
        "<html><head><title>Le café de la gare ferme</title></head><body><article>"
        "<h1>Le café de la gare ferme</h1>"
        + "<p>Le café de la gare a été fermé après la grève des employés, a annoncé le maire "
        "jeudi. Les élèves sont allés à pied jusqu'à l'hôtel de ville pour protester.</p>"
        * 4
        + "</article></body></html>"
    )
    news_server.add("/news/cafe.html", french.encode("cp1252"), "text/html; charset=utf-8")
    news_server.endless("/news/huge.html", content_length=10 * 1024**3)
    news_server.hang("/news/silent.html")
    pages = "".join(
        f"<item><title>{p}</title><link>{base}/news/{p}.html</link></item>"
        for p in ("cafe", "huge", "silent")
    )
    news_server.add(
        "/feeds/mixed.xml",
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Mixed</title>{pages}'
        "</channel></rss>",
        "application/rss+xml",
    )
    names = ["bomb", "page", "garbage", "silent", "endless", "loop-a", "malformed", "mixed"]
    feeds = [news_server.url(f"/feeds/{n}.xml") for n in names]
    feeds.append(f"https://127.0.0.1:{news_server.port}/feeds/top.xml")  # TLS to a plain server
    feeds.append(news_server.url("/feeds/top.xml"))  # and a good feed last: still read
    add(pipeline, "hostile", feeds=feeds)

    report = Watcher(pipeline, fetcher).run_round()
    reasons = "\n".join(report.failures)
    for expected in [
        "bomb.xml: declares XML entities (a possible entity-expansion bomb)",
        "page.xml: is an HTML page, not a feed",
        "garbage.xml: not an RSS or Atom feed",
        "silent.xml: no answer in time (read timeout)",
        "endless.xml: body exceeds the limit of 1000000 bytes",
        "redirect loop",
        "malformed.xml: malformed feed",
        "huge.html: Content-Length 10737418240 bytes exceeds the limit",
        "silent.html: no answer in time",
        "TLS error",
    ]:
        assert expected in reasons
    assert len(report.failures) == 10
    with pipeline.store.connect() as conn:
        stored = {a.headline: a for a in list_articles(conn, limit=20)}
    # the malformed feed's library page, the three pages of the good feed, and the café
    assert len(stored) == 5
    cafe = stored["Le café de la gare ferme"]
    assert "Les élèves sont allés à pied" in cafe.body


def test_failing_pages_retried_then_feed_content_used(
    news_server: NewsServer, pipeline: Pipeline, fetcher: Fetcher
):
    serve_ledger(news_server)
    page = news_server.url("/news/rail-fares.html")
    news_server.add("/news/rail-fares.html", "down", "text/plain", status=500)
    add(pipeline, "ledger", feeds=[news_server.url("/feeds/top.xml")])
    watcher = Watcher(pipeline, Fetcher(replace(fetcher.config, retries=0)), max_attempts=2)
    first = watcher.run_round()
    assert first.failures == [f"ledger: {page}: HTTP 500 Internal Server Error"]
    assert first.new_articles == 2
    # The feed is not settled (its validators are not kept), so the next round reads it
    # again; on the last attempt the feed's own text stands in for the page.
    second = watcher.run_round(force=True)
    assert news_server.hits("/feeds/top.xml")[-1].status == 200
    assert (second.pages, second.fallbacks, second.failures) == (1, 1, [])
    assert articles(pipeline) == 3
    third = watcher.run_round(force=True)
    assert (third.pages, third.not_modified) == (0, 1)
    assert len(news_server.hits("/news/rail-fares.html")) == 2


def test_feed_content_used_when_the_page_cannot_be_fetched(
    news_server: NewsServer, pipeline: Pipeline, fetcher: Fetcher
):
    serve_ledger(news_server)
    del news_server.routes["/news/flood-defences.html"]  # a 404 now
    add(pipeline, "ledger", feeds=[news_server.url("/feeds/top.xml")])
    report = Watcher(pipeline, fetcher).run_round()
    assert report.fallbacks == 1
    assert report.failures == []
    with pipeline.store.connect() as conn:
        stored = {a.headline: a for a in list_articles(conn, limit=20)}
    flood = stored["Flood defences hold as river peaks below record"]
    assert "forty centimetres below the record" in flood.body


def test_interrupt_between_items_then_resume(
    news_server: NewsServer, pipeline: Pipeline, fetcher: Fetcher
):
    serve_ledger(news_server)
    add(pipeline, "ledger", feeds=[news_server.url("/feeds/top.xml")])
    stop = threading.Event()
    page = (FIXTURES / "pages" / "flood-defences.html").read_bytes()

    def serve_then_stop(handler):  # type: ignore[no-untyped-def]
        stop.set()  # as if Ctrl-C arrived while this page was being fetched
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(page)))
        handler.end_headers()
        handler.wfile.write(page)

    news_server.behave("/news/flood-defences.html", serve_then_stop)
    first = Watcher(pipeline, fetcher, stop=stop).run_round()
    assert first.interrupted and first.pages == 1
    assert articles(pipeline) == 1  # the item in hand was finished and stored
    with pipeline.store.connect() as conn:
        source = source_store.get_source(conn, "ledger")
    assert source is not None and source.last_polled_at is None  # still due

    # A new process (fresh watcher) resumes: the stored page is not fetched again.
    news_server.clear_log()
    second = Watcher(pipeline, fetcher).run_round()
    assert (second.pages, second.known, second.interrupted) == (2, 1, False)
    assert news_server.hits("/news/flood-defences.html") == []
    assert articles(pipeline) == 3


def test_one_article_under_two_urls_is_stored_once(
    news_server: NewsServer, pipeline: Pipeline, fetcher: Fetcher
):
    serve_ledger(news_server)
    rail = (FIXTURES / "pages" / "rail-fares.html").read_bytes()
    news_server.add("/amp/rail-fares.html", rail)  # same page, same rel=canonical
    items = "".join(
        f"<item><title>Rail</title><link>{news_server.base_url}{path}</link></item>"
        for path in (
            "/news/rail-fares.html",
            "/news/rail-fares.html?utm_source=twitter&amp;utm_medium=social",
            "/amp/rail-fares.html",
        )
    )
    news_server.add(
        "/feeds/rail.xml",
        f'<rss version="2.0"><channel><title>R</title>{items}</channel></rss>',
        "application/rss+xml",
    )
    add(pipeline, "ledger", feeds=[news_server.url("/feeds/rail.xml")])
    report = Watcher(pipeline, fetcher).run_round()
    assert len(news_server.hits("/news/rail-fares.html")) == 1  # tracking URL is the same URL
    assert report.known == 1
    assert articles(pipeline) == 1
    with pipeline.store.connect() as conn:
        (article,) = list_articles(conn, limit=5)
    assert article.canonical_url == "https://ledger.example/news/rail-fares.html"


def test_news_sitemap_index_gzip(news_server: NewsServer, pipeline: Pipeline, fetcher: Fetcher):
    serve_ledger(news_server)
    base = news_server.base_url
    news_server.add("/sitemap.xml", fixture("sitemap-index.xml", base), "application/xml")
    news_server.add(
        "/sitemaps/news.xml.gz",
        gzip.compress(fixture("news-sitemap.xml", base).encode()),
        "application/x-gzip",
    )
    news_server.add("/sitemaps/archive-2025-10.xml", "<html>oops</html>", "text/html")
    add(pipeline, "ledger", sitemaps=[news_server.url("/sitemap.xml")])
    report = Watcher(pipeline, fetcher).run_round()
    assert report.pages == 2 and report.new_articles == 2
    assert len(report.failures) == 1 and "archive-2025-10.xml" in report.failures[0]
    news_server.clear_log()
    again = Watcher(pipeline, fetcher).run_round(force=True)
    assert again.pages == 0
    assert news_server.hits("/sitemap.xml")[0].status == 200  # an index is always read
    assert news_server.hits("/sitemaps/news.xml.gz")[0].status == 304


def test_site_discovers_its_feeds(news_server: NewsServer, pipeline: Pipeline, fetcher: Fetcher):
    serve_ledger(news_server)
    home = (
        '<html><head><link rel="alternate" type="application/rss+xml" href="/feeds/top.xml">'
        "</head><body><h1>The Daily Ledger</h1></body></html>"
    )
    news_server.add("/", home)
    add(pipeline, "ledger", site=news_server.url("/"))
    report = Watcher(pipeline, fetcher).run_round()
    assert report.new_articles == 3
    news_server.clear_log()
    again = Watcher(pipeline, fetcher).run_round(force=True)
    assert [r.status for r in news_server.hits() if r.path != "/robots.txt"] == [304, 304]
    assert again.not_modified == 2


def test_watch_once_reports_a_round(news_server: NewsServer, pipeline: Pipeline, fetcher: Fetcher):
    serve_ledger(news_server)
    add(pipeline, "ledger", feeds=[news_server.url("/feeds/top.xml")])
    seen: list[RoundReport] = []
    Watcher(pipeline, fetcher).watch(once=True, on_round=seen.append)
    assert len(seen) == 1
    assert "3 new article(s)" in seen[0].summary()


def test_fetch_pages(news_server: NewsServer, pipeline: Pipeline, fetcher: Fetcher):
    serve_ledger(news_server)
    news_server.add("/report.pdf", b"%PDF-1.7", "application/pdf")
    urls = [
        news_server.url("/news/harbour-reopens.html?utm_source=newsletter"),
        news_server.url("/report.pdf"),
        news_server.url("/private/x.html"),
        "notaurl",
    ]
    outcomes = list(fetch_pages(pipeline, fetcher, urls, source="ledger"))
    assert outcomes[0].ok and outcomes[0].statuses == ["new"]
    assert "application/pdf is not an HTML page" in (outcomes[1].error or "")
    assert "disallowed by" in (outcomes[2].error or "")
    assert "not an http(s) URL" in (outcomes[3].error or "")
    with pipeline.store.connect() as conn:
        (article,) = list_articles(conn, limit=5)
    assert article.url == news_server.url("/news/harbour-reopens.html")
    assert article.source == "ledger"


def test_site_without_feeds_says_so(news_server: NewsServer, pipeline: Pipeline, fetcher: Fetcher):
    serve_ledger(news_server)
    news_server.add("/", "<html><head><title>Ledger</title></head><body>Hello</body></html>")
    add(pipeline, "ledger", site=news_server.url("/"))
    report = Watcher(pipeline, fetcher).run_round()
    assert report.failures == [
        f"ledger: site {news_server.url('/')}: advertises no feed and its robots.txt lists "
        "no sitemap"
    ]


def test_an_internal_error_in_one_source_does_not_end_the_round(
    news_server: NewsServer, pipeline: Pipeline, fetcher: Fetcher
):
    serve_ledger(news_server)
    add(pipeline, "broken", feeds=[news_server.url("/feeds/top.xml")])
    add(pipeline, "ledger", feeds=[news_server.url("/feeds/top.xml")])

    class FailingOnce(Pipeline):
        failed = False

        def ingest(self, raw):  # type: ignore[no-untyped-def]
            if not FailingOnce.failed:
                FailingOnce.failed = True
                raise RuntimeError("database went away")
            return super().ingest(raw)

    flaky = FailingOnce(pipeline.settings, pipeline.store)
    report = Watcher(flaky, fetcher).run_round()
    assert report.sources == ["broken", "ledger"]
    assert report.failures == ["broken: RuntimeError: database went away"]
    assert articles(pipeline) == 3


def test_sitemap_dates_and_titles_reach_the_article(
    news_server: NewsServer, pipeline: Pipeline, fetcher: Fetcher
):
    serve_ledger(news_server)
    paragraphs = "".join(
        f"<p>Paragraph {n}: the council met on a weekday to discuss the bridge repairs, "
        "and residents asked for a timetable of the works and the road closures.</p>"
        for n in range(5)
    )
    news_server.add(
        "/news/undated.html",
        f"<html><head><title>Bridge repairs</title></head><body><article>{paragraphs}"
        "</article></body></html>",
    )
    sitemap = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url>'
        f"<loc>{news_server.url('/news/undated.html')}</loc><news:news>"
        "<news:publication_date>2025-11-12T09:30:00+03:00</news:publication_date>"
        "<news:title>Council sets timetable for bridge repairs</news:title></news:news>"
        "</url></urlset>"
    )
    news_server.add("/news-sitemap.xml", sitemap, "application/xml")
    add(pipeline, "ledger", sitemaps=[news_server.url("/news-sitemap.xml")])
    assert Watcher(pipeline, fetcher).run_round().new_articles == 1
    with pipeline.store.connect() as conn:
        (article,) = list_articles(conn, limit=5)
    assert article.published is not None
    assert article.published.value.isoformat() == "2025-11-12T06:30:00+00:00"
    assert article.published.evidence == "hint:published"


def test_a_database_conflict_is_tried_again_next_round(
    news_server: NewsServer, pipeline: Pipeline, fetcher: Fetcher
):
    # A conflict that outlasts ingest's own retries once marked the link rejected for good.
    serve_ledger(news_server)
    add(pipeline, "ledger", feeds=[news_server.url("/feeds/top.xml")])

    class ConflictOnce(Pipeline):
        conflicted = False

        def ingest(self, raw: RawDocument) -> IngestOutcome:
            if not ConflictOnce.conflicted:
                ConflictOnce.conflicted = True
                return IngestOutcome(raw.url or "", error="database conflict", transient=True)
            return super().ingest(raw)

    watcher = Watcher(ConflictOnce(pipeline.settings, pipeline.store), fetcher)
    first = watcher.run_round()
    assert len(first.failures) == 1 and first.new_articles == 2
    second = watcher.run_round(force=True)
    assert (second.pages, second.new_articles, second.failures) == (1, 1, [])
    assert articles(pipeline) == 3


def test_a_failed_listing_is_no_poll(news_server: NewsServer, pipeline: Pipeline, fetcher: Fetcher):
    serve_ledger(news_server)
    feed = news_server.url("/feeds/top.xml")
    news_server.add("/feeds/top.xml", "down for maintenance", "text/plain", status=503)
    add(pipeline, "ledger", feeds=[feed], interval_seconds=3600)
    watcher = Watcher(pipeline, fetcher)
    failed = watcher.run_round()
    assert failed.sources == failed.unpolled == ["ledger"]
    assert failed.failures and articles(pipeline) == 0
    with pipeline.store.connect() as conn:
        source = source_store.get_source(conn, "ledger")
    assert source is not None and source.last_polled_at is None  # still due
    assert source.last_summary == (
        "0 page(s) fetched, 0 new article(s), 1 failure(s); not polled, still due"
    )
    # This watcher waits a backoff before it tries again (a long watch must not hammer)...
    assert watcher.run_round().sources == []
    assert 0 < watcher.seconds_until_due(ceiling=7200) <= 60
    # ...while the next run (cron's next `watch --once`) tries at once, and succeeds.
    news_server.add("/feeds/top.xml", top_feed(news_server.base_url), "application/rss+xml")
    again = Watcher(pipeline, fetcher).run_round()
    assert (again.sources, again.unpolled, again.new_articles) == (["ledger"], [], 3)
    assert Watcher(pipeline, fetcher).run_round().sources == []  # polled: due in an hour
