"""Pages too large for trafilatura (tens of thousands of elements): read in one pass."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml.html import fromstring

from newsdesk.extract import body as body_module
from newsdesk.extract.body import (
    LARGE_PAGE_CHARS,
    LARGE_PAGE_ELEMENTS,
    is_large_page,
    plain_paragraphs,
)
from newsdesk.extract.html import extract_html

FERRY = Path(__file__).parent.parent / "fixtures" / "pipeline" / "harbour-ferry.html"

HEAD = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour board notices for the winter season | The Coastal Ledger</title>
<link rel="canonical" href="https://coastal-ledger.example/notices/winter">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>Harbour board notices for the winter season</h1>
<p class="byline">By Maria Okafor</p>
<time datetime="2025-11-10T07:30:00+00:00">10 November 2025</time>
"""
TAIL = """</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Council approves new cycle lanes</a></li></ul></aside>
<footer><p>Copyright 2025 The Coastal Ledger. All rights reserved.</p></footer>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Harbour board notices for the winter season",
"datePublished": "2025-11-10T07:30:00+00:00"}</script>
</body></html>"""


def notices_page(count: int) -> str:
    """``count`` short paragraphs, as a harbour board's notice archive might print them."""
    notices = "".join(
        f"<p>Notice {i}: berth {i % 40} is closed on tide {i % 7} for dredging work.</p>\n"
        for i in range(count)
    )
    return HEAD + notices + TAIL


def nested_lists_page(count: int) -> str:
    """``count`` lists, each with a list in its item and another in that one."""
    one = (
        "<ul><li>Point {i} of the schedule<ul><li>Detail {i} under it"
        "<ul><li>Note {i} below that</li></ul></li></ul></li></ul>\n"
    )
    return HEAD + "".join(one.format(i=i) for i in range(count)) + TAIL


@pytest.fixture
def trafilatura_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the calls to trafilatura's extraction (which still runs)."""
    calls: list[int] = []
    real = body_module.bare_extraction

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(body_module, "bare_extraction", counted)
    return calls


def test_a_page_of_fifty_thousand_short_paragraphs_is_read_without_trafilatura(
    trafilatura_calls: list[int],
) -> None:
    article = extract_html(notices_page(50_000))
    assert trafilatura_calls == []
    assert article.extras["body_source"] == "plain"
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 50_000
    assert paragraphs[0] == "Notice 0: berth 0 is closed on tide 0 for dredging work."
    assert paragraphs[-1] == "Notice 49999: berth 39 is closed on tide 5 for dredging work."
    # The page's other rules read its lead: title, byline and date as on any page.
    assert article.headline == "Harbour board notices for the winter season"
    assert article.authors == ["Maria Okafor"]
    assert article.date_published is not None
    assert article.date_published.isoformat() == "2025-11-10T07:30:00+00:00"
    assert article.canonical_url == "https://coastal-ledger.example/notices/winter"
    assert "Most read" not in article.body and "Copyright" not in article.body


def test_fifty_thousand_nested_lists_are_read_without_trafilatura(
    trafilatura_calls: list[int],
) -> None:
    article = extract_html(nested_lists_page(50_000))
    assert trafilatura_calls == []
    paragraphs = article.body.split("\n\n")
    assert paragraphs[:3] == ["Point 0 of the schedule", "Detail 0 under it", "Note 0 below that"]
    assert paragraphs[-1] == "Note 49999 below that"
    assert len(paragraphs) == 150_000


def test_json_ld_after_the_lead_of_a_large_page_still_counts(
    trafilatura_calls: list[int],
) -> None:
    # No <time> and no byline in the page: the date is in the JSON-LD at its very end.
    page = notices_page(30_000).replace(
        '<time datetime="2025-11-10T07:30:00+00:00">10 November 2025</time>', ""
    )
    article = extract_html(page)
    assert trafilatura_calls == []
    assert article.date_published is not None
    assert article.date_published.isoformat() == "2025-11-10T07:30:00+00:00"


def test_ordinary_pages_keep_trafilatura(trafilatura_calls: list[int]) -> None:
    article = extract_html(FERRY.read_bytes())
    assert trafilatura_calls
    assert "body_source" not in article.extras
    # A page just under the limit too.
    small = notices_page(LARGE_PAGE_ELEMENTS // 2 - 100)
    assert not is_large_page(fromstring(small))
    calls = len(trafilatura_calls)
    extract_html(small)
    assert len(trafilatura_calls) > calls


def test_plain_paragraphs_reads_the_main_container_block_by_block() -> None:
    tree = fromstring(
        "<html><head><title>T</title><style>p {}</style></head><body>"
        "<header><a href='/'>Ledger</a></header><nav>Home News</nav>"
        "<main><h1>Ferry back</h1><p>First <b>bold</b> line<br>after a break</p>"
        "<div>Loose text <span>inline</span><script>var x;</script> tail"
        "<form><button>Subscribe</button></form> after the form</div>"
        "<ul><li>One</li><li>Two</li></ul><aside>Most read</aside></main>"
        "<footer>Copyright</footer></body></html>"
    )
    assert plain_paragraphs(tree) == [
        "Ferry back",
        "First bold line",
        "after a break",
        "Loose text inline tail after the form",
        "One",
        "Two",
    ]


def test_plain_paragraphs_falls_back_to_the_body_when_no_container_holds_the_text() -> None:
    tree = fromstring(
        "<html><body><article><p>A teaser.</p></article>"
        "<div><p>The long text of the page, many words in it, more than the teaser.</p>"
        "<p>Its second paragraph, also long enough to count for the page.</p></div>"
        "</body></html>"
    )
    assert plain_paragraphs(tree) == [
        "A teaser.",
        "The long text of the page, many words in it, more than the teaser.",
        "Its second paragraph, also long enough to count for the page.",
    ]


def test_a_page_with_megabytes_of_text_in_few_elements_is_read_without_trafilatura(
    trafilatura_calls: list[int],
) -> None:
    # Few elements but more text than LARGE_PAGE_CHARS: the date rules would search it all.
    words = " ".join(f"Entry {i} of the harbour log." for i in range(150_000))
    assert len(words) > LARGE_PAGE_CHARS
    article = extract_html(HEAD + f"<p>{words}</p>" + TAIL)
    assert trafilatura_calls == []
    assert article.body == words
    assert article.authors == ["Maria Okafor"]
    assert article.date_published is not None
