"""Decoding plain-text captures whose encoding nobody declared."""

from __future__ import annotations

import pytest

from newsdesk.errors import InputError
from newsdesk.extract.text import decode_text

CAPTURE = (
    "Harbour reopens after the tempête\n"
    "By Søren Ærø\n"
    "MONTRÉAL: The harbour reopened on Wednesday, à midi, the port authority said.\n"
)


def test_utf8_capture() -> None:
    assert decode_text(CAPTURE.encode("utf-8")) == CAPTURE


def test_latin1_capture_is_read_as_windows_1252() -> None:
    assert decode_text(CAPTURE.encode("latin-1")) == CAPTURE


def test_utf16_capture_with_and_without_bom() -> None:
    assert decode_text(CAPTURE.encode("utf-16")) == CAPTURE
    assert decode_text(CAPTURE.encode("utf-16-le")) == CAPTURE


def test_random_bytes_are_refused() -> None:
    noise = bytes(range(128, 256)) * 4 + bytes(range(1, 32)) * 8
    with pytest.raises(InputError, match="undecodable"):
        decode_text(noise, "noise.txt")
