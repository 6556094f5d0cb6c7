"""Local inputs: files and folders of saved pages, captures and WARC archives."""

from __future__ import annotations

import gzip
import io
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from newsdesk.records import RawDocument

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
TEXT_SUFFIXES = {".txt", ".text"}
WARC_SUFFIXES = (".warc", ".warc.gz")
FOLDER_SUFFIXES = (*HTML_SUFFIXES, *TEXT_SUFFIXES, ".html.gz", ".htm.gz", *WARC_SUFFIXES)


@dataclass(frozen=True)
class InputFailure:
    """An input that could not be read, with a reason fit for the user."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def display_path(path: str | Path) -> str:
    """``path`` as printable, storable text: bytes of a name that are not UTF-8 (a file
    saved on a Latin-1 system) shown as ``\\xe9`` rather than as lone surrogates,
    which neither a terminal nor the database accepts."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def expand_paths(paths: Iterable[str | Path] | str | Path) -> Iterator[Path | InputFailure]:
    """Files as given; folders walked recursively for the kinds newsdesk reads."""
    if isinstance(paths, str | Path):
        paths = [paths]  # one path, not its characters ('/' first: the whole disk)
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found, failures = _walk(path)
            yield from failures
            if not found and not failures:
                yield InputFailure(display_path(path), "folder holds no .html, .txt or .warc files")
            yield from found
        elif path.is_file():
            yield path
        elif path.exists():
            yield InputFailure(display_path(path), "not a regular file")
        else:
            yield InputFailure(display_path(path), "no such file or folder")


def _walk(folder: Path) -> tuple[list[Path], list[InputFailure]]:
    """The files newsdesk reads under ``folder`` (hidden ones and symlinked folders left
    out), and the folders and links it could not read: said, not silently skipped."""
    found: list[Path] = []
    failures: list[InputFailure] = []

    def unreadable(exc: OSError) -> None:
        where = display_path(exc.filename) if exc.filename else display_path(folder)
        failures.append(InputFailure(where, f"cannot read folder: {exc.strerror or exc}"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(FOLDER_SUFFIXES):
                continue
            path = Path(root, name)
            try:
                if path.is_file():  # a link to a file is read; a dangling one is not
                    found.append(path)
            except OSError as exc:
                failures.append(
                    InputFailure(display_path(path), f"cannot read file: {exc.strerror or exc}")
                )
    return sorted(found), failures


def _media_type(path: Path, content: bytes) -> str | None:
    name = path.name.lower()
    if name.endswith((".gz",)):
        name = name[:-3]
    suffix = Path(name).suffix
    if suffix in HTML_SUFFIXES:
        return "text/html"
    if suffix in TEXT_SUFFIXES:
        return "text/plain"
    head = content[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return "text/html"
    return "text/plain"


# The root element of a feed or sitemap, after an XML declaration, comments and a doctype.
_XML_ROOT = re.compile(
    rb"\A(?:\s|<\?xml[^>]*>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*<([\w:-]+)",
    re.IGNORECASE | re.DOTALL,
)
_LISTINGS = {
    b"rss": ("an RSS feed", "--feed"),
    b"feed": ("an Atom feed", "--feed"),
    b"rdf:rdf": ("an RSS 1.0 feed", "--feed"),
    b"urlset": ("a sitemap", "--sitemap"),
    b"sitemapindex": ("a sitemap index", "--sitemap"),
}


def listing_kind(content: bytes) -> str | None:
    """What to say of a feed or sitemap given as a page: it lists articles, and newsdesk
    follows it from its URL; None for anything else."""
    match = _XML_ROOT.match(content.removeprefix(b"\xef\xbb\xbf")[:65_536])
    found = _LISTINGS.get(match.group(1).lower()) if match else None
    if found is None:
        return None
    kind, option = found
    return (
        f"{kind}, not a page or capture: newsdesk follows it from its address "
        f"(newsdesk sources add NAME {option} URL)"
    )


def _looks_binary(content: bytes) -> bool:
    # Text in any encoding we accept (UTF-16 aside) has no NUL bytes; UTF-16 starts
    # with a BOM, or (saved by some Windows tools) has every other byte NUL.
    head = content[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_pattern(head):
        return False
    return b"\x00" in head


def _utf16_pattern(head: bytes) -> bool:
    """Mostly-ASCII UTF-16 without a BOM: NULs fill one side of the byte pairs only."""
    head = head[: len(head) - len(head) % 2]
    if len(head) < 16:
        return False
    even, odd = head[0::2], head[1::2]
    return any(
        zeros.count(0) >= 0.9 * len(zeros) and other.count(0) <= 0.05 * len(other)
        for zeros, other in ((odd, even), (even, odd))
    )


def read_document(
    path: Path,
    *,
    captured_at: datetime | None,
    source: str | None,
    max_bytes: int,
) -> RawDocument | InputFailure:
    """Read one file as a RawDocument, or say why it cannot be used."""
    name = display_path(path)
    try:
        size = path.stat().st_size
        if size == 0:
            return InputFailure(name, "empty file")
        if size > max_bytes:
            return InputFailure(
                name, f"file is {size:,} bytes, over the {max_bytes:,}-byte input limit"
            )
        content = path.read_bytes()
        mtime = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    except OSError as exc:
        return InputFailure(name, f"cannot read file: {exc.strerror or exc}")
    if path.name.lower().endswith(".gz"):
        try:
            content = _gunzip_bounded(content, max_bytes)
        except (OSError, EOFError, zlib.error) as exc:
            return InputFailure(name, f"not a valid gzip file: {exc}")
        except ValueError as exc:
            return InputFailure(name, str(exc))
    if not content.strip():
        return InputFailure(name, "file holds only whitespace")
    if _looks_binary(content):
        return InputFailure(name, "binary file: not HTML or text")
    listing = listing_kind(content)
    if listing:
        return InputFailure(name, listing)
    media_type = _media_type(path, content)
    assert media_type is not None
    return RawDocument(
        content=content,
        media_type=media_type,
        fetched_at=captured_at or mtime,
        fetched_at_method="given" if captured_at else "file-mtime",
        url=None,
        source=source,
        path=name,
        hints=capture_zone_hint(captured_at),
    )


def capture_zone_hint(captured_at: datetime | None) -> dict[str, int]:
    """The capture's UTC offset, kept because captures print local clocks without a zone."""
    offset = captured_at.utcoffset() if captured_at else None
    return (
        {} if offset is None else {"capture_utc_offset_minutes": int(offset.total_seconds() // 60)}
    )


def _gunzip_bounded(content: bytes, max_bytes: int) -> bytes:
    with gzip.GzipFile(fileobj=io.BytesIO(content)) as stream:
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError(f"decompresses to over the {max_bytes:,}-byte input limit")
    return data


def iter_path_documents(
    paths: Iterable[str | Path],
    *,
    captured_at: datetime | None = None,
    source: str | None = None,
    max_bytes: int,
) -> Iterator[RawDocument | InputFailure]:
    """Every document under ``paths``: files, folders (recursive) and WARC archives."""
    for item in expand_paths(paths):
        if isinstance(item, InputFailure):
            yield item
        elif is_warc(item):
            yield from _warc_documents(item, source)
        else:
            yield read_document(item, captured_at=captured_at, source=source, max_bytes=max_bytes)


def _warc_documents(path: Path, source: str | None) -> Iterator[RawDocument | InputFailure]:
    try:
        from newsdesk.acquire.warc import iter_warc
    except ImportError:
        yield InputFailure(display_path(path), "WARC input is not available in this build")
        return
    try:
        yield from iter_warc(path, source=source)
    except (OSError, ValueError) as exc:
        name = display_path(path)
        reason = str(exc).removeprefix(f"{name}: ")  # WarcError names the archive already
        yield InputFailure(name, f"cannot read WARC archive: {reason}")
