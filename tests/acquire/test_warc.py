from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from newsdesk.acquire.warc import WarcError, iter_warc
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
