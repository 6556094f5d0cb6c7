from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from newsdesk.acquire.warc import WarcError, iter_warc
from newsdesk.config import Settings
from newsdesk.pipeline import Pipeline
from newsdesk.store.articles import count_articles, list_articles
from tests.acquire.warcs import START, build_warc


def _pages(fixtures_dir: Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted((fixtures_dir / "acquire" / "pages").glob("*.html"))]


@pytest.mark.parametrize("gzip", [True, False])
def test_thousand_records_streamed_completely(tmp_path: Path, fixtures_dir: Path, gzip: bool):
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    build_warc(path, _pages(fixtures_dir), copies=1000, gzip=gzip)
    count = 0
    for i, doc in enumerate(iter_warc(path, source="cc-news")):
        assert doc.url == f"https://ledger.example/news/{i}.html"  # tracking parameter dropped
        assert doc.fetched_at == START + timedelta(seconds=i)
        assert doc.fetched_at_method == "warc"
        assert (doc.media_type, doc.source, doc.hints) == (
            "text/html",
            "cc-news",
            {"charset": "utf-8"},
        )
        assert doc.content.endswith(f"<!-- {i} --></body>\n</html>\n".encode())
        count += 1
    assert count == 1000  # the 404s, images, redirects and requests are left out


def test_oversized_record_skipped(tmp_path: Path, fixtures_dir: Path):
    path = tmp_path / "crawl.warc.gz"
    build_warc(path, _pages(fixtures_dir), copies=3)
    docs = list(iter_warc(path, max_bytes=100))
    assert docs == []


@pytest.mark.parametrize("gzip", [True, False])
def test_damaged_archive_yields_what_is_readable_then_says_why(
    tmp_path: Path, fixtures_dir: Path, gzip: bool
):
    path = tmp_path / "crawl.warc"
    build_warc(path, _pages(fixtures_dir), copies=5, gzip=gzip)
    path.write_bytes(path.read_bytes() + b"\x00garbage" * 10)
    docs = []
    with pytest.raises(WarcError, match="not a readable WARC archive after 8 response records"):
        docs.extend(iter_warc(path))
    assert len(docs) == 5


@pytest.mark.parametrize("content", [b"this is not an archive\n" * 3, b"\x1f\x8bnot gzip", b""])
def test_not_an_archive_is_a_clear_error(tmp_path: Path, content: bytes):
    path = tmp_path / "notes.warc"
    path.write_bytes(content)
    with pytest.raises(WarcError, match="does not start with WARC/"):
        list(iter_warc(path))


def _ingest_warc(tmp_path: Path, fixtures_dir: Path, copies: int) -> None:
    path = tmp_path / "crawl.warc.gz"
    build_warc(path, _pages(fixtures_dir), copies=copies)
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'news.db'}")
    pipeline = Pipeline(replace(settings, analyse=False))
    outcomes = list(pipeline.ingest_paths([path], source="cc-news"))
    assert len(outcomes) == copies
    assert [o.error for o in outcomes if not o.ok] == []
    assert all(o.statuses == ["new"] for o in outcomes)
    with pipeline.store.connect() as conn:
        assert count_articles(conn) == copies
        latest = list_articles(conn, limit=1)[0]
    assert latest.source == "cc-news"
    assert latest.captured_at_method == "warc"
    assert latest.url is not None and latest.url.startswith("https://ledger.example/news/")
    assert "utm_source" not in latest.url


def test_warc_ingested_through_the_pipeline(tmp_path: Path, fixtures_dir: Path):
    _ingest_warc(tmp_path, fixtures_dir, copies=60)


@pytest.mark.slow
def test_thousand_record_warc_ingested_completely(tmp_path: Path, fixtures_dir: Path):
    _ingest_warc(tmp_path, fixtures_dir, copies=1000)


def test_sniffed_payload_type_used_when_content_type_is_missing(tmp_path: Path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "sniffed.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i, sniffed in enumerate(["text/html", "application/pdf"]):
            http = StatusAndHeaders("200 OK", [("Content-Length", "30")], "HTTP/1.1")
            record = writer.create_warc_record(
                f"https://ledger.example/{i}",
                "response",
                payload=BytesIO(b"<html><body>hello</body></html>"[:30]),
                http_headers=http,
                warc_headers_dict={
                    "WARC-Date": "2025-11-12T06:00:00Z",
                    "WARC-Identified-Payload-Type": sniffed,
                },
            )
            writer.write_record(record)
    assert [d.url for d in iter_warc(path)] == ["https://ledger.example/0"]


@pytest.mark.parametrize("percent", [5, 20, 30, 45, 85])
def test_archive_cut_anywhere_says_it_is_truncated(
    tmp_path: Path, fixtures_dir: Path, percent: int
):
    # A download that stopped mid-archive: inside a record's headers, its body, a gzip member.
    path = tmp_path / "crawl.warc.gz"
    build_warc(path, _pages(fixtures_dir), copies=5)
    whole = len(list(iter_warc(path)))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * percent // 100])
    docs = []
    with pytest.raises(WarcError, match=r"crawl\.warc\.gz: archive truncated"):
        docs.extend(iter_warc(path))
    assert len(docs) < whole  # what came before the cut is still yielded


def test_record_longer_than_the_archive_is_not_a_silent_success(tmp_path: Path, fixtures_dir: Path):
    # A Content-Length that lies upwards swallows every later record: say so, do not stop quietly.
    path = tmp_path / "crawl.warc"
    build_warc(path, _pages(fixtures_dir), copies=5, gzip=False)
    data = path.read_bytes()
    second = data.find(b"WARC-Type: response", data.find(b"WARC-Type: response") + 1)
    start = data.find(b"Content-Length: ", second)
    end = data.find(b"\r\n", start)
    path.write_bytes(data[:start] + b"Content-Length: 9999999" + data[end:])
    docs = []
    with pytest.raises(WarcError, match=r"crawl.warc: .*declares 9,999,999 bytes"):
        docs.extend(iter_warc(path))
    assert len(docs) == 1


@pytest.mark.parametrize("gzip", [True, False])
def test_a_page_cut_short_by_the_end_of_the_archive_is_not_yielded(
    tmp_path: Path, fixtures_dir: Path, gzip: bool
):
    # The download stopped inside the last page's body: that page is not passed on half read
    # (it would be stored cut short); the pages before it are, and the archive is reported.
    from warcio.archiveiterator import ArchiveIterator

    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    build_warc(path, _pages(fixtures_dir), copies=3, gzip=gzip)
    whole = path.read_bytes()
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        last = [records.get_record_offset() for _ in records][-1]  # the third page's
    path.write_bytes(whole[: (last + len(whole)) // 2])
    docs = []
    with pytest.raises(WarcError, match=r"archive truncated"):
        docs.extend(iter_warc(path))
    assert len(docs) == 2
    assert all(d.content.endswith(b"</html>\n") for d in docs)
