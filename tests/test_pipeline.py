"""The pipeline's wiring: settings that switch stages, labels of inputs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from newsdesk.config import Settings
from newsdesk.desk import Desk
from newsdesk.pipeline import IngestOutcome, ReprocessReport
from newsdesk.records import Analysis, Article, RawDocument
from newsdesk.store import analysis as analysis_store

VALLEY = Path(__file__).parent / "fixtures" / "pipeline" / "valley-water.txt"
WHEN = datetime(2025, 11, 12, 5, tzinfo=UTC)


def test_analysis_can_be_switched_off(tmp_path: Path) -> None:
    desk = Desk(settings=Settings(db_url=f"sqlite:///{tmp_path / 'n.db'}", analyse=False))
    raw = RawDocument(content=VALLEY.read_bytes(), media_type="text/plain", fetched_at=WHEN)
    outcome = desk.ingest_document(raw)
    assert outcome.statuses == ["new"]
    with desk.store.connect() as conn:
        assert analysis_store.load_analysis(conn, outcome.article_ids[0]) is None


def test_a_warc_record_is_labelled_by_its_url(tmp_path: Path) -> None:
    desk = Desk(settings=Settings(db_url=f"sqlite:///{tmp_path / 'n.db'}", analyse=False))
    raw = RawDocument(
        content=b"<html><body></body></html>",
        media_type="text/html",
        fetched_at=WHEN,
        url="https://news.example/a",
        path="crawl.warc.gz",
    )
    outcome = desk.ingest_document(raw)
    assert outcome.label == "https://news.example/a"
    assert outcome.error is not None and "no article" in outcome.error


def test_articles_are_parsed_before_the_write_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A SQLite writer holds the database lock while its transaction is open: the slow
    # parse must not happen inside it.
    desk = Desk(settings=Settings(db_url=f"sqlite:///{tmp_path / 'n.db'}"))
    writing = {"open": False}
    seen: list[bool] = []
    begin, analyse = desk.store.begin, desk.pipeline.analyse

    @contextmanager
    def tracked_begin() -> Iterator[sa.Connection]:
        writing["open"] = True
        try:
            with begin() as conn:
                yield conn
        finally:
            writing["open"] = False

    def tracked_analyse(found: list[Article]) -> list[Analysis]:
        seen.append(writing["open"])
        return analyse(found)

    monkeypatch.setattr(desk.store, "begin", tracked_begin)
    monkeypatch.setattr(desk.pipeline, "analyse", tracked_analyse)
    raw = RawDocument(content=VALLEY.read_bytes(), media_type="text/plain", fetched_at=WHEN)
    outcome = desk.ingest_document(raw)
    assert seen == [False]
    with desk.store.connect() as conn:
        stored = analysis_store.load_analysis(conn, outcome.article_ids[0])
    assert stored is not None
    assert "The regional water authority" in [q.speaker for q in stored.quotes]


def test_full_database_stops_the_run_and_what_was_committed_is_whole(tmp_path: Path) -> None:
    # A full disk, as SQLite reports it: max_page_count caps the file while ingesting.
    from newsdesk.errors import StoreError

    folder = tmp_path / "pages"
    folder.mkdir()
    template = (VALLEY.parent / "harbour-ferry.html").read_text(encoding="utf-8")
    for i in range(40):
        bulletin = f"Bulletin number {i}. " * 200
        page = template.replace("harbour-ferry-service-resumes", f"ferry-{i}").replace(
            "</body>", f"<p>{bulletin}</p></body>"
        )
        (folder / f"page-{i:02d}.html").write_text(page, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'n.db'}"
    desk = Desk(settings=Settings(db_url=url, analyse=False))
    with desk.store.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
    cap = pages + 40

    def cap_file(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={cap}")  # type: ignore[attr-defined]

    sa.event.listen(desk.store.engine, "connect", cap_file)
    desk.store.engine.dispose()
    outcomes: list[IngestOutcome] = []
    with pytest.raises(StoreError, match="database or disk is full"):
        outcomes.extend(desk.ingest([folder]))
    assert 0 < len(outcomes) < 40 and all(o.statuses == ["new"] for o in outcomes)
    desk.store.close()

    roomy = Desk(settings=Settings(db_url=url, analyse=False))
    with roomy.store.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
        counts = conn.exec_driver_sql(
            "select (select count(*) from raw_documents), (select count(*) from articles)"
        ).one()
    assert tuple(counts) == (len(outcomes), len(outcomes))
    statuses = [s for o in roomy.ingest([folder]) for s in o.statuses]
    assert statuses.count("unchanged") == len(outcomes)
    assert statuses.count("new") == 40 - len(outcomes)


def test_an_article_repeated_in_one_document_is_kept_once() -> None:
    from newsdesk.pipeline import distinct_articles

    body = "Ferries ran again on Monday.\n\nCommuters queued at dawn."
    first = Article(headline="Ferries run again", body=body)
    lost_headline = Article(headline="Ferries ran again on Monday.", body=body.replace(" ", "  "))
    same_url = Article(headline="Other", body="Other text.", url="https://news.example/a")
    other = Article(headline="Ferries run again", body="A different article entirely.")
    found = [first, lost_headline, same_url, replace(same_url, body="Edited."), other]
    assert distinct_articles(found) == [first, same_url, other]


def test_a_repeating_database_conflict_fails_that_document_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A conflict that never clears (here a trigger refusing one document as a unique
    # violation would): a few tries with growing waits, then that document fails.
    from newsdesk import pipeline

    waits: list[float] = []
    monkeypatch.setattr(pipeline.time, "sleep", waits.append)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-clash.txt").write_bytes(VALLEY.read_bytes())
    (folder / "b-ferry.html").write_bytes((VALLEY.parent / "harbour-ferry.html").read_bytes())
    desk = Desk(settings=Settings(db_url=f"sqlite:///{tmp_path / 'n.db'}", analyse=False))
    with desk.store.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TRIGGER clash BEFORE INSERT ON raw_documents WHEN NEW.path LIKE '%clash%' "
            "BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: raw_documents.content_hash'); "
            "END"
        )
    clash, ferry = list(desk.ingest([folder], captured_at=WHEN))
    assert clash.error is not None and clash.article_ids == []
    assert clash.error.startswith(f"{folder / 'a-clash.txt'}: database conflict")
    assert "UNIQUE constraint failed: raw_documents.content_hash" in clash.error
    assert len(waits) == pipeline.CONFLICT_RETRIES and waits == sorted(waits) and waits[0] > 0
    assert ferry.statuses == ["new"]


def test_a_document_over_the_time_limit_fails_and_the_run_goes_on(tmp_path: Path) -> None:
    # Ten megabytes of headline-and-stamp lines: the capture extractor needs about a minute
    # for it (linear, but long); the limit stops it after 3 s, in any state.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-ferry.html").write_bytes((VALLEY.parent / "harbour-ferry.html").read_bytes())
    lines = "".join(f"Headline number {i} about the harbour\n2 Hours ago\n" for i in range(200_000))
    (folder / "b-endless.txt").write_text("Latest news\n" + lines)
    (folder / "c-valley.txt").write_bytes(VALLEY.read_bytes())
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'n.db'}", analyse=False)
    desk = Desk(settings=replace(settings, document_timeout=3.0))
    try:
        ferry, endless, valley = list(desk.ingest([folder], captured_at=WHEN))
    finally:
        desk.pipeline.close()
    assert ferry.statuses == ["new"] and valley.statuses == ["new"]
    assert endless.error == (
        f"{folder / 'b-endless.txt'}: gave up after 3 s of extraction and analysis "
        "(NEWSDESK_DOCUMENT_TIMEOUT)"
    )


@pytest.mark.slow
def test_with_a_time_limit_documents_are_analysed_as_in_process(tmp_path: Path) -> None:
    def ingest(limit: float | None) -> tuple[list[str], list[str]]:
        settings = Settings(db_url=f"sqlite:///{tmp_path / f'{limit}.db'}", document_timeout=limit)
        desk = Desk(settings=settings)
        try:
            [outcome] = list(desk.ingest([VALLEY], captured_at=WHEN))
        finally:
            desk.pipeline.close()
        with desk.store.connect() as conn:
            stored = analysis_store.load_analysis(conn, outcome.article_ids[0])
        assert outcome.statuses == ["new"] and stored is not None
        return [q.speaker for q in stored.quotes], sorted(e.key for e in stored.entities)

    assert ingest(120.0) == ingest(None)


def test_the_time_limited_worker_serves_threads_one_document_at_a_time(tmp_path: Path) -> None:
    # The JSON API ingests from a thread pool: requests to the one worker must not mix.
    from concurrent.futures import ThreadPoolExecutor

    settings = Settings(db_url=f"sqlite:///{tmp_path / 'n.db'}", analyse=False)
    desk = Desk(settings=replace(settings, document_timeout=60.0))
    text = VALLEY.read_text()
    raws = [
        RawDocument(
            content=text.replace("four valley towns", f"{n} valley towns").encode(),
            media_type="text/plain",
            fetched_at=WHEN,
        )
        for n in range(2, 10)
    ]
    try:
        with ThreadPoolExecutor(4) as pool:
            outcomes = list(pool.map(desk.ingest_document, raws))
    finally:
        desk.pipeline.close()
    assert [o.statuses for o in outcomes] == [["new"]] * 8
    for n, outcome in zip(range(2, 10), outcomes, strict=True):
        article = desk.article(outcome.article_ids[0])
        assert article is not None and f"{n} valley towns" in article.body


@pytest.mark.parametrize("limit", [None, pytest.param(120.0, marks=pytest.mark.slow)])
def test_reprocess_redoes_analyses_of_an_older_analyser(
    tmp_path: Path, limit: float | None
) -> None:
    # With a time limit the analysis runs in the document worker, in process without.
    from newsdesk.store.analysis import ANALYSIS_VERSION, analyses

    settings = Settings(db_url=f"sqlite:///{tmp_path / 'n.db'}")
    desk = Desk(settings=settings)
    raw = RawDocument(content=VALLEY.read_bytes(), media_type="text/plain", fetched_at=WHEN)
    [article_id] = desk.ingest_document(raw).article_ids
    with desk.store.begin() as conn:
        conn.execute(sa.update(analyses).values(version=ANALYSIS_VERSION - 1))
    desk = Desk(settings=replace(settings, document_timeout=limit))
    try:
        assert desk.reprocess().failures == []
    finally:
        desk.pipeline.close()
    with desk.store.connect() as conn:
        version = conn.execute(
            sa.select(analyses.c.version).where(analyses.c.article_id == article_id)
        ).scalar_one()
    assert version == ANALYSIS_VERSION


def test_reprocess_keeps_to_the_time_limit_and_goes_on(tmp_path: Path) -> None:
    # A stored document that extraction now takes a minute over (its kept bytes swapped for
    # ten megabytes of headline-and-stamp lines): reprocess gives up on it after 3 s.
    import zlib

    from newsdesk.store.schema import raw_documents

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-ferry.html").write_bytes((VALLEY.parent / "harbour-ferry.html").read_bytes())
    (folder / "b-valley.txt").write_bytes(VALLEY.read_bytes())
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'n.db'}", analyse=False)
    desk = Desk(settings=settings)
    ferry, valley = list(desk.ingest([folder], captured_at=WHEN))
    assert ferry.statuses == valley.statuses == ["new"]
    lines = "".join(f"Headline number {i} about the harbour\n2 Hours ago\n" for i in range(200_000))
    with desk.store.begin() as conn:
        conn.execute(
            sa.update(raw_documents)
            .where(raw_documents.c.path.like("%b-valley.txt"))
            .values(content=zlib.compress(("Latest news\n" + lines).encode()))
        )
    desk = Desk(settings=replace(settings, document_timeout=3.0))
    try:
        report = desk.reprocess()
    finally:
        desk.pipeline.close()
    assert report.documents == 2 and report.articles == 1
    assert report.failures == [
        f"{folder / 'b-valley.txt'}: gave up after 3 s of extraction and analysis "
        "(NEWSDESK_DOCUMENT_TIMEOUT)"
    ]
    assert desk.article(valley.article_ids[0]) is not None  # kept as it was


FERRY = VALLEY.parent / "harbour-ferry.html"
FERRY_PRINT = VALLEY.parent.parent / "reprocess" / "harbour-ferry-print.html"


def _grouping(desk: Desk) -> dict[str, list[tuple[object, ...]]]:
    from newsdesk.store.stories import (
        stories,
        story_articles,
        story_copies,
        story_documents,
        story_minhashes,
        story_terms,
        story_vocab,
    )

    tables = (stories, story_articles, story_copies, story_documents, story_minhashes)
    with desk.store.connect() as conn:
        found = {t.name: sorted(map(tuple, conn.execute(sa.select(t))), key=repr) for t in tables}
        for t in (story_terms, story_vocab):  # keyed by term: in key order
            found[t.name] = sorted(map(tuple, conn.execute(sa.select(t))))
    return found


@pytest.mark.parametrize("print_first", [True, False], ids=["print-first", "page-first"])
@pytest.mark.parametrize("older_body", ["footer", "junk"])
def test_reprocess_removes_what_a_document_no_longer_yields(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, print_first: bool, older_body: str
) -> None:
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'n.db'}", analyse=False)
    check_reprocess_removes(settings, monkeypatch, print_first, older_body)


def check_reprocess_removes(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, print_first: bool, older_body: str
) -> None:
    """An older extractor missed the print edition's canonical link: it stored it as an
    article of its own, a copy of the page (footer kept), or a story of its own (a wrong
    block taken as the body). Re-extracted, it is the page's article: whichever came
    first, the print one goes, and grouping is left as if it had never been there."""
    import json

    from newsdesk import pipeline

    real = pipeline.extract_document

    def older_extractor(raw: RawDocument) -> list[Article]:
        found = real(raw)
        if (raw.path or "").endswith("-print.html"):
            for article in found:
                article.canonical_url = None
                if older_body == "footer":
                    article.body += "\n\nPrinted from coastal-ledger.example on 12 November."
                else:
                    article.headline = "The Coastal Ledger print edition"
                    article.body = "Subscribe to the print edition for delivery every morning."
        return found

    desk = Desk(settings=settings)
    with monkeypatch.context() as patched:
        patched.setattr(pipeline, "extract_document", older_extractor)
        order = [FERRY_PRINT, FERRY] if print_first else [FERRY, FERRY_PRINT]
        outcomes = {path: next(iter(desk.ingest([path], captured_at=WHEN))) for path in order}
    [kept] = outcomes[FERRY].article_ids
    [stale] = outcomes[FERRY_PRINT].article_ids
    assert stale != kept and desk.count_articles() == 2

    report = _reprocess_in_a_new_desk(settings)
    assert (report.documents, report.updated, report.removed, report.failures) == (2, 0, 1, [])
    assert desk.count_articles() == 1 and desk.article(stale) is None
    grouped = _grouping(desk)
    assert [row[0] for row in grouped["story_articles"]] == [kept]
    assert grouped["story_copies"] == []
    [story] = grouped["stories"]
    assert story[2] == kept and story[6] == 1  # told by the page; one member
    [(_, _, vector)] = grouped["story_documents"]
    assert dict((term, w) for _, term, w in grouped["story_terms"]) == pytest.approx(
        json.loads(vector)
    )
    counted = {term for term, df in grouped["story_vocab"] if df and not term.startswith("#")}
    assert counted == set(json.loads(vector))

    again = _reprocess_in_a_new_desk(settings)
    assert (again.updated, again.removed, again.failures) == (0, 0, [])
    assert _grouping(desk) == grouped
    desk.close()


def _reprocess_in_a_new_desk(settings: Settings) -> ReprocessReport:
    """``newsdesk reprocess`` as another process would run it: its grouper loads the store."""
    desk = Desk(settings=settings)
    try:
        return desk.reprocess()
    finally:
        desk.close()


def test_reprocess_removes_an_article_a_capture_no_longer_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An older extractor took a "latest news" widget of the capture for a second article.
    from newsdesk import pipeline

    real = pipeline.extract_document

    def older_extractor(raw: RawDocument) -> list[Article]:
        found = real(raw)
        widget = Article(
            headline="Latest news from the valley",
            body="Road works on the ring road start next week, the council said on Monday.",
        )
        return [*found, widget]

    settings = Settings(db_url=f"sqlite:///{tmp_path / 'n.db'}", analyse=False)
    desk = Desk(settings=settings)
    raw = RawDocument(content=VALLEY.read_bytes(), media_type="text/plain", fetched_at=WHEN)
    with monkeypatch.context() as patched:
        patched.setattr(pipeline, "extract_document", older_extractor)
        article_id, widget_id = desk.ingest_document(raw).article_ids
    assert len(desk.stories()) == 2

    report = _reprocess_in_a_new_desk(settings)
    assert (report.documents, report.articles, report.removed) == (1, 1, 1)
    assert desk.article(widget_id) is None and desk.article(article_id) is not None
    assert [s.article_ids for s in desk.stories()] == [[article_id]]
    assert desk.search("ring road") == []
    desk.close()
