"""Pages nested deeper than the HTML parser goes (256 levels by default, 2,048 at most)."""

from __future__ import annotations

import pytest

from newsdesk import extract_html
from newsdesk.errors import ExtractionError
from newsdesk.extract.html import parse_html

HEAD = "<html><head><title>Harbour reopens after storm</title></head><body>"
ARTICLE = """<article><h1>Harbour reopens after storm</h1><p class="byline">By Jane Doe</p>
<p>The harbour reopened on Wednesday after a storm closed it for three days, the port
authority said in a statement.</p>
<p>Ferries resumed their usual timetable in the afternoon, and the first cargo ship docked
shortly after noon, officials said.</p></article>"""
FIRST = "The harbour reopened on Wednesday after a storm closed it for three days"


@pytest.mark.parametrize("depth", [300, 1500, 10_000])
def test_article_inside_a_deep_chain_of_wrappers(depth: int) -> None:
    html = HEAD + "<div>" * depth + ARTICLE + "</div>" * depth + "<p>Footer</p></body></html>"
    article = extract_html(html)
    assert article.headline == "Harbour reopens after storm"
    assert article.body.startswith(FIRST)
    assert article.authors == ["Jane Doe"]


def test_article_after_thousands_of_unclosed_tags() -> None:
    # Old pages open <font> per paragraph and never close it.
    html = HEAD + "".join(f'<font size="{i % 7}">\n' for i in range(5000)) + ARTICLE
    article = extract_html(html)
    assert article.body.startswith(FIRST)


def test_text_at_every_level_keeps_its_words() -> None:
    # Nothing to collapse: the levels past the limit are merged into the one above.
    levels = "".join(f"<div>Level {i} of the harbour report.\n" for i in range(600))
    tree = parse_html(HEAD + levels + "</div>" * 600 + "<p>Footer</p></body></html>")
    text = " ".join(tree.text_content().split())
    assert "Level 0 of the harbour report. Level 1 " in text
    assert "Level 599 of the harbour report. Footer" in text


def test_too_deep_to_parse_is_refused_with_the_reason() -> None:
    levels = "".join(f"<div>Level {i} of the report.\n" for i in range(3000))
    with pytest.raises(ExtractionError, match="nested deeper than 2,048 levels"):
        extract_html(HEAD + levels + ARTICLE + "</body></html>", url="https://x.example/deep")
