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


# A page saved in Latin-1 under a UTF-8 label: detection scores windows-1250, -1252 and
# -1257 alike on it; 1250 would read "Søren" as "Sřren" and "tempête à" as "tempęte ŕ".
WESTERN = """<html><head><meta charset="utf-8"><title>Harbour reopens after tempête à Montréal</title></head>
<body><article><h1>Harbour reopens after tempête à Montréal</h1><p class="byline">By Jane Doe</p>
<p>HALDEN, Nov 12 - The harbour reopened on Wednesday after a tempête à Montréal closed it for three days, the port authority said in a statement.</p>
<p>Ferries resumed their usual timetable in the afternoon, and the first cargo ship docked shortly after noon, officials said.</p>
<p>"We are glad to be back to normal," said harbour master Søren Ærø Åsgård, who added that repairs to the north pier would take weeks.</p>
</article></body></html>"""  # noqa: E501


def test_latin1_declared_as_utf8_is_read_as_windows_1252() -> None:
    assert decode_html(WESTERN.encode("latin-1")) == WESTERN


def test_central_european_text_keeps_its_charset() -> None:
    polish = "Zażółć gęślą jaźń, powiedział minister w środę w Warszawie. Rząd ogłosił ustawę."
    data = ("<html><head><meta charset='utf-8'></head><body><p>" + polish + "</p>").encode("cp1250")
    assert polish in decode_html(data)
