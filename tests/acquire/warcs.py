"""Build WARC archives from fixture pages (for tests and the benchmark's small cousin)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

START = datetime(2025, 11, 12, 6, 0, tzinfo=UTC)


def add_response(
    writer: WARCWriter,
    url: str,
    body: bytes,
    when: datetime,
    status: str = "200 OK",
    content_type: str = "text/html; charset=utf-8",
) -> None:
    http = StatusAndHeaders(
        status, [("Content-Type", content_type), ("Content-Length", str(len(body)))], "HTTP/1.1"
    )
    record = writer.create_warc_record(
        url,
        "response",
        payload=BytesIO(body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": when.strftime("%Y-%m-%dT%H:%M:%SZ")},
    )
    writer.write_record(record)


def canonical(i: int) -> bytes:
    return f'canonical" href="https://ledger.example/news/{i}/'.encode()


def build_warc(path: Path, pages: Iterable[bytes], copies: int, gzip: bool = True) -> int:
    """Write ``copies`` distinct HTML responses (cycling through ``pages``) plus the noise a
    real crawl holds (requests, a 404, an image, a redirect). Returns the HTML 200 count."""
    templates = list(pages)
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for i in range(copies):
            when = START + timedelta(seconds=i)
            url = f"https://ledger.example/news/{i}.html?utm_source=cc"
            body = templates[i % len(templates)].replace(
                b"</body>", f"<!-- {i} --></body>".encode()
            )
            # every copy is its own article, with its own canonical URL
            body = body.replace(b'canonical" href="https://ledger.example/news/', canonical(i))
            request = writer.create_warc_record(
                url,
                "request",
                payload=BytesIO(b""),
                http_headers=StatusAndHeaders(
                    "GET /news/ HTTP/1.1", [("Host", "ledger.example")], is_http_request=True
                ),
            )
            writer.write_record(request)
            add_response(writer, url, body, when)
            if i % 100 == 0:
                add_response(writer, url + "x", b"gone", when, "404 Not Found")
                add_response(writer, url + ".png", b"\x89PNG....", when, content_type="image/png")
                add_response(writer, url + "/old", b"", when, "301 Moved Permanently")
    return copies
