"""Bytes to HTML text: BOM, declared charsets (which can lie), detection as a last resort."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from newsdesk.errors import ExtractionError

# Signatures of common binary formats that are sometimes served or saved as "HTML".
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"RIFF", "a RIFF media file"),
    (b"\x00\x00\x00", "binary data"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""")

# Labels that browsers treat as windows-1252 (WHATWG encoding standard).
_LATIN1_LABELS = {"iso-8859-1", "latin-1", "latin1", "ascii", "us-ascii", "iso8859-1", "l1"}


def _codec(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _LATIN1_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``data`` looks like mostly-ASCII UTF-16 saved
    without a byte-order mark (every other byte NUL, on one side), else None."""
    head = data[: 4096 - 4096 % 2]
    if len(head) < 16:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) <= 0.05 * len(other):
            return codec
    return None


def binary_kind(data: bytes) -> str | None:
    """Name the binary format of ``data``, or None when it may be text."""
    head = data[:1024]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if any(head.startswith(bom) for bom, _ in _BOMS) or utf16_without_bom(data):
        return None
    # Text in an 8-bit or UTF-8 encoding has no NUL bytes; UTF-16 without a BOM is rare.
    if head.count(b"\x00") > len(head) // 100 + 1:
        return "binary data"
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset named by a meta tag or XML declaration in the first 4 KB."""
    head = data[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def detected_charset(data: bytes) -> str | None:
    """The charset detection finds most likely, or None.

    Western text in a single-byte charset decodes as well in windows-1250, -1252, -1257
    and ISO 8859-10, and detection scores them alike; windows-1252, the web's default
    (WHATWG), wins such a tie: the others would turn "tempête" into "tempęte".
    """
    results = list(charset_normalizer.from_bytes(data[:200_000]))
    if not results:
        return None
    best = results[0]
    for match in results:
        if (
            match.encoding == "cp1252"
            and match.chaos <= best.chaos
            and match.coherence >= best.coherence
        ):
            return "cp1252"
    return best.encoding or None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(data: bytes, charset_hint: str | None = None, name: str = "document") -> str:
    """Decode HTML bytes to text.

    Order of evidence: a byte-order mark; the charset the page declares; the transport
    hint (an HTTP header, often wrong); charset detection. A declared single-byte charset
    loses to UTF-8 when the bytes are valid UTF-8 with non-ASCII characters, because
    that combination is almost always a mislabelled UTF-8 page.
    """
    if not data.strip():
        raise ExtractionError(f"{name}: empty document, no HTML to extract")
    kind = binary_kind(data)
    if kind:
        raise ExtractionError(f"{name}: not HTML, the bytes are {kind}")
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            from_bom = _strict(data, bom_codec)
            if from_bom is not None:
                return from_bom
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        from_pattern = _strict(data, utf16)
        if from_pattern is not None:
            return from_pattern
    if data.isascii():
        return data.decode("ascii")
    utf8 = _strict(data, "utf-8")
    for label in (declared_charset(data), charset_hint):
        codec = _codec(label)
        if codec is None:
            continue
        if utf8 is not None and codec != "utf-8":
            # valid multi-byte UTF-8 is very unlikely to be an accident of another charset
            return utf8
        text = _strict(data, codec)
        if text is not None:
            return text
    if utf8 is not None:
        return utf8
    guess = detected_charset(data)
    if guess is not None:
        text = _strict(data, guess)
        if text is not None:
            return text
    return data.decode("utf-8", errors="replace")
