"""Decoding plain-text inputs (page captures) whose encoding nobody declared."""

from __future__ import annotations

import codecs

from newsdesk.errors import InputError
from newsdesk.extract.decode import detected_charset, utf16_without_bom

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(content: bytes, label: str = "<input>") -> str:
    """UTF-8 when it is (most captures), else the best guess of charset-normalizer."""
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            try:
                return content.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{label}: undecodable text ({encoding} BOM but {exc.reason})"
                ) from None
    utf16 = utf16_without_bom(content)
    for encoding in (utf16, "utf-8") if utf16 else ("utf-8",):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            pass
    guess = detected_charset(content)
    if guess is None:
        raise InputError(f"{label}: undecodable bytes: not text in any known encoding")
    text = content.decode(guess, errors="replace")
    # A guess that needs many replacement or control characters is not text.
    bad = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\r\t\f"))
    if bad > max(2, len(text) // 200):
        raise InputError(f"{label}: undecodable bytes: not text in any known encoding")
    return text
