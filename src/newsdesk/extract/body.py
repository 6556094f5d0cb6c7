"""The article body: trafilatura's extraction on our parsed tree, then our clean-up."""

from __future__ import annotations

import logging

from lxml.html import HtmlElement
from trafilatura import bare_extraction

# trafilatura logs a warning for every page it discards; we report that ourselves.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def trafilatura_text(tree: HtmlElement, url: str | None, favor_precision: bool = False) -> str:
    """Main text of ``tree`` (not modified: trafilatura works on a copy), '' when none."""
    try:
        doc = bare_extraction(
            tree,
            url=url,
            include_comments=False,
            favor_precision=favor_precision,
            with_metadata=False,
        )
    except Exception:  # trafilatura/lxml failures on odd markup: treated as no text
        return ""
    if doc is None or isinstance(doc, dict):
        return ""
    return doc.text or ""


def paragraphs(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def extract_body(tree: HtmlElement, url: str | None) -> list[str]:
    """Body paragraphs of the page."""
    return paragraphs(trafilatura_text(tree, url))
