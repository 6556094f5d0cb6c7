"""Control characters (U+0001-U+001F other than tab and line breaks) in pages and captures:
invisible junk that XML, and so lxml and trafilatura, refuse; they must not cost the article."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from newsdesk.extract.capture import extract_capture
from newsdesk.extract.html import extract_html

PIPELINE = Path(__file__).parent.parent / "fixtures" / "pipeline"
CAPTURED = datetime.fromisoformat("2025-11-12T10:00:00+05:00")
CONTROLS = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\t\n\r")


def clean_page() -> str:
    return (PIPELINE / "harbour-ferry.html").read_text()


@pytest.mark.parametrize(
    "junk",
    [CONTROLS * 200, "\x01", "\x0c\x0b", "\ufffe\uffff", "\x00\x1f" * 50],
)
def test_controls_in_a_page_do_not_hide_its_article(junk: str) -> None:
    clean = extract_html(clean_page())
    page = (
        clean_page().replace("</article>", junk + "</article>").replace(" the ", f" the{junk} ", 1)
    )
    for given in (page, page.encode()):
        article = extract_html(given)
        assert article.headline == clean.headline
        assert article.body == clean.body
        assert not any(ch in article.body for ch in CONTROLS + "\x00\ufffe\uffff")


def test_controls_in_a_capture_are_dropped() -> None:
    text = (PIPELINE / "valley-water.txt").read_text()
    [clean] = extract_capture(text, CAPTURED)
    for junk in (
        text + CONTROLS * 300,
        text.replace("\n", CONTROLS + "\n"),
        text.replace("\n", "\n" + CONTROLS * 20 + "\n"),
        text.replace(" the ", " the\x01\x1e "),
    ):
        [article] = extract_capture(junk, CAPTURED)
        assert (article.headline, article.body) == (clean.headline, clean.body)
        assert article.published == clean.published


def test_a_form_feed_in_a_capture_is_a_line_break() -> None:
    text = (PIPELINE / "valley-water.txt").read_text()
    [clean] = extract_capture(text, CAPTURED)
    [article] = extract_capture(text.replace("\n", "\x0c"), CAPTURED)
    assert (article.headline, article.body) == (clean.headline, clean.body)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\r", "\r\n", "\u2029\u2029"])
def test_unicode_line_separators_in_a_capture_are_line_breaks(separator: str) -> None:
    # Copies out of word processors and some browsers end lines with U+2028/U+2029 (or NEL).
    text = (PIPELINE / "valley-water.txt").read_text()
    [clean] = extract_capture(text, CAPTURED)
    [article] = extract_capture(text.replace("\n", separator), CAPTURED)
    assert (article.headline, article.body) == (clean.headline, clean.body)
    assert article.published == clean.published
