"""WARC archives (Common Crawl's CC-NEWS and the like), streamed record by record.

Memory stays bounded whatever the archive size: warcio reads one record at a
time, and a record's body is read only up to the size limit (larger ones are
skipped with a log line, and warcio skips the rest of them unread).
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsdesk.acquire.files import display_path
from newsdesk.acquire.http import parse_content_type
from newsdesk.acquire.urls import try_canonicalize
from newsdesk.errors import InputError
from newsdesk.records import RawDocument

log = logging.getLogger(__name__)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class WarcError(InputError, ValueError):
    """The archive is corrupt or not a WARC (a ValueError too, for callers that catch that)."""


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def _check_magic(stream: BinaryIO, path: Path) -> None:
    """Refuse what is not a WARC (warcio would read some text files as old ARC records)."""
    head = stream.read(4096)
    stream.seek(0)
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(31).decompress(head, 16)
        except zlib.error:
            head = b""
    if not head.startswith(b"WARC/"):
        raise WarcError(
            f"{display_path(path)}: not a readable WARC archive (it does not start with WARC/)"
        )


def iter_warc(
    path: Path, source: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawDocument]:
    """HTML pages answered with status 200 in the WARC at ``path`` (plain or gzipped).

    Each is a RawDocument with the WARC-Target-URI as URL and the WARC-Date as
    capture time. Raises WarcError if the archive is unreadable.
    """
    path = Path(path)
    name = display_path(path)
    seen = kept = 0
    previous: Any = None
    try:
        with path.open("rb") as stream:
            _check_magic(stream, path)
            records = _Records(stream)
            for record in records:
                _check_complete(previous, path)
                previous = record
                if record.rec_type != "response":
                    continue
                seen += 1
                doc = _document(record, path, source, max_bytes)
                if doc is not None:
                    # Its body read whole, or the archive ends inside it: not passed on half read.
                    _check_complete(record, path)
                    kept += 1
                    yield doc
            _check_complete(previous, path)
            if records.last_member_cut:
                raise WarcError(
                    f"{name}: archive truncated: its last gzip member is cut short "
                    f"(after {seen} response records)"
                )
    except (ArchiveLoadFailed, zlib.error, EOFError) as exc:
        raise WarcError(
            f"{name}: not a readable WARC archive after {seen} response records ({_first(exc)})"
        ) from None
    except (AttributeError, TypeError, IndexError, KeyError, ValueError) as exc:
        if isinstance(exc, WarcError):
            raise
        # warcio trips over records cut off inside their headers (a partial download).
        log.debug("%s: warcio failed: %r", path, exc)
        raise WarcError(
            f"{name}: archive truncated or damaged inside a record's headers "
            f"(after {seen} response records)"
        ) from None
    log.info("%s: %d response records, %d HTML pages with status 200", path, seen, kept)


class _Records(ArchiveIterator):
    """warcio's iterator, noting whether the last gzip member ended before its end marker
    (a cut inside a record's headers otherwise just looks like the end of the archive)."""

    last_member_cut = False

    def close(self) -> None:
        decompressor = getattr(getattr(self, "reader", None), "decompressor", None)
        if decompressor is not None and getattr(decompressor, "eof", True) is False:
            self.last_member_cut = True
        super().close()


def _first(exc: BaseException) -> str:
    """The first line of an error, printable ASCII only (warcio quotes raw bytes)."""
    first = (str(exc).splitlines() or [type(exc).__name__])[0][:80]
    return "".join(c if c.isprintable() and c.isascii() else "?" for c in first)


def _check_complete(record: Any, path: Path) -> None:
    """Raise if ``record`` ended before its declared length: the archive is cut short, or a
    lying Content-Length swallowed the records after it (which would otherwise vanish)."""
    if record is None:
        return
    missing = getattr(getattr(record, "raw_stream", None), "limit", 0)
    if isinstance(missing, int) and missing > 0:
        uri = record.rec_headers.get_header("WARC-Target-URI") or record.rec_type
        declared = int(record.length or 0)
        raise WarcError(
            f"{display_path(path)}: archive truncated or damaged: the record for {uri} declares "
            f"{declared:,} bytes but the archive ends {missing:,} bytes short of that"
        )


def _document(record: Any, path: Path, source: str | None, max_bytes: int) -> RawDocument | None:
    http = getattr(record, "http_headers", None)
    if http is None or http.get_statuscode() != "200":
        return None
    headers = record.rec_headers
    media_type, charset = parse_content_type(http.get_header("Content-Type"))
    if not media_type:  # Common Crawl records what it sniffed when the server said nothing
        media_type, _ = parse_content_type(headers.get_header("WARC-Identified-Payload-Type"))
    if media_type not in HTML_TYPES:
        return None
    uri = headers.get_header("WARC-Target-URI")
    when = _warc_date(headers.get_header("WARC-Date"))
    if not uri or when is None:
        log.warning("%s: response record without a target URI or date, skipped", path)
        return None
    content = record.content_stream().read(max_bytes + 1)
    if len(content) > max_bytes:
        log.warning("%s: %s is over the %d-byte limit, skipped", path, uri, max_bytes)
        return None
    if not content.strip():
        return None
    return RawDocument(
        content=content,
        media_type=media_type,
        fetched_at=when,
        fetched_at_method="warc",
        url=try_canonicalize(uri) or uri,
        source=source,
        path=display_path(path),
        hints={"charset": charset} if charset else {},
    )
