"""The readable text of a page, for checking stated metadata against what readers see."""

from __future__ import annotations

from lxml.html import HtmlElement

_SKIP_TEXT = {"script", "style", "noscript", "template", "head", "title", "option", "select"}


def visible_text(tree: HtmlElement) -> str:
    """The page's readable text (no scripts, styles, head), one space between nodes."""
    body = tree.find(".//body")
    parts: list[str] = []

    def walk(el: HtmlElement) -> None:
        if isinstance(el.tag, str) and el.tag not in _SKIP_TEXT:
            if el.text:
                parts.append(el.text)
            for child in el:
                walk(child)
        if el.tail:
            parts.append(el.tail)

    for child in body if body is not None else tree:
        walk(child)
    return " ".join(" ".join(parts).split())
