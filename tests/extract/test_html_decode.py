"""Decoding HTML bytes: BOM, declared charset, wrong transport hints, binary input."""

from __future__ import annotations

import codecs

import pytest

from newsdesk.errors import ExtractionError
from newsdesk.extract.decode import binary_kind, declared_charset, decode_html

PAGE = "<html><head>{meta}</head><body><p>Café “quoted” — naïve</p></body></html>"


def test_declared_charset_wins_over_wrong_hint() -> None:
    data = PAGE.format(meta='<meta charset="windows-1252">').encode("cp1252")
    assert "Café “quoted” — naïve" in decode_html(data, charset_hint="utf-8")


def test_utf8_labelled_latin1_is_read_as_utf8() -> None:
    data = PAGE.format(meta='<meta charset="iso-8859-1">').encode("utf-8")
    assert "Café “quoted” — naïve" in decode_html(data)


def test_bom_wins() -> None:
    data = codecs.BOM_UTF16_LE + PAGE.format(meta="").encode("utf-16-le")
    assert "Café" in decode_html(data, charset_hint="iso-8859-1")


def test_undeclared_cp1252_is_detected() -> None:
    data = PAGE.format(meta="").encode("cp1252")
    assert "Café" in decode_html(data)


def test_declared_charset_is_found() -> None:
    html = b'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'
    assert declared_charset(html) == "Shift_JIS"


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"\x1f\x8b\x08\x00abc", "gzip"), (b"GIF89a....", "GIF"), (b"<html>ok</html>", None)],
)
def test_binary_kind(data: bytes, kind: str | None) -> None:
    found = binary_kind(data)
    assert (found is None) if kind is None else (kind in (found or ""))


def test_binary_input_is_refused() -> None:
    with pytest.raises(ExtractionError, match="gzip-compressed"):
        decode_html(b"\x1f\x8b\x08\x00" + bytes(100), name="page.html")
