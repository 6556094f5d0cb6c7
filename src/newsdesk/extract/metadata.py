"""Structured metadata a page states about itself: JSON-LD, meta tags, canonical link, lang.

This module only collects evidence; titles.py, bylines.py and htmldates.py decide.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

# schema.org types that describe the article itself (not the site or a breadcrumb).
ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenews",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "askpublicnewsarticle",
    "blogposting",
    "socialmediaposting",
    "liveblogposting",
    "scholarlyarticle",
    "techarticle",
    "report",
    "review",
    "howto",
    "recipe",
    "medicalwebpage",
    "creativework",
    "webpage",
    "itempage",
    "aboutpage",
    "qapage",
    "videoobject",
    "podcastepisode",
    "posting",
}
# Generic page types: used only when no more specific article object exists.
_WEAK_TYPES = {"webpage", "itempage", "aboutpage", "creativework", "videoobject"}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass
class PageMeta:
    """Everything a page says about itself, before any decision."""

    articles: list[dict[str, Any]] = field(default_factory=list)
    """JSON-LD objects of article types, most specific first."""
    jsonld_all: list[dict[str, Any]] = field(default_factory=list)
    """Every JSON-LD object found (for Person/Organization lookups by @id)."""
    meta: dict[str, list[str]] = field(default_factory=dict)
    """<meta> contents keyed by lowercased name/property/itemprop."""
    canonical: str | None = None
    lang: str | None = None
    title_tag: str | None = None

    def first(self, *keys: str) -> str | None:
        """The first non-empty meta value among ``keys``."""
        for key in keys:
            for value in self.meta.get(key, ()):
                if value.strip():
                    return value.strip()
        return None

    def article_value(self, key: str) -> Any:
        """The first value of ``key`` across the article objects."""
        for obj in self.articles:
            value = obj.get(key)
            if value not in (None, "", [], {}):
                return value
        return None


def _flatten(node: Any, out: list[dict[str, Any]]) -> None:
    if isinstance(node, list):
        for item in node:
            _flatten(item, out)
    elif isinstance(node, dict):
        out.append(node)
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in node:
                _flatten(node[key], out)


def _types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type", "")
    values = value if isinstance(value, list) else [value]
    return {str(v).lower().rsplit("/", 1)[-1] for v in values}


def _load_json(text: str) -> Any:
    text = _CONTROL.sub(" ", text.strip())
    if text.startswith("<!--"):
        text = text[4:].rsplit("-->", 1)[0]
    try:
        return json.loads(text)
    except RecursionError:
        return None  # nested past any real metadata: hostile or broken, not evidence
    except ValueError:
        # a common publishing bug: raw newlines or a trailing ';' inside the script
        try:
            return json.loads(text.replace("\n", " ").rstrip(";"), strict=False)
        except (ValueError, RecursionError):
            return None


def read_jsonld(tree: HtmlElement) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(article objects, all objects) from the page's JSON-LD scripts."""
    objects: list[dict[str, Any]] = []
    for script in tree.iterfind(".//script[@type]"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        data = _load_json(script.text)
        if data is not None:
            _flatten(data, objects)
    strong = [o for o in objects if _types(o) & ARTICLE_TYPES and not _types(o) <= _WEAK_TYPES]
    weak = [o for o in objects if _types(o) & _WEAK_TYPES and o not in strong]
    return strong + weak, objects


def read_meta_tags(tree: HtmlElement) -> dict[str, list[str]]:
    meta: dict[str, list[str]] = {}
    for el in tree.iterfind(".//meta"):
        content = el.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                meta.setdefault(key.strip().lower(), []).append(content)
    return meta


def read_page_meta(tree: HtmlElement) -> PageMeta:
    articles, everything = read_jsonld(tree)
    page = PageMeta(articles=articles, jsonld_all=everything, meta=read_meta_tags(tree))
    for link in tree.iterfind(".//link[@rel]"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            page.canonical = link.get("href", "").strip()
            break
    root = tree.getroottree().getroot()
    lang = root.get("lang") or root.get("xml:lang")
    page.lang = lang.strip() if lang and lang.strip() else None
    title = tree.find(".//title")
    if title is not None:
        page.title_tag = " ".join(title.text_content().split()) or None
    return page


def json_text(value: Any) -> str | None:
    """A JSON-LD value as text: strings, {'name': ...} objects, first list item."""
    if isinstance(value, list):
        for item in value:
            text = json_text(item)
            if text:
                return text
        return None
    if isinstance(value, dict):
        return json_text(value.get("name") or value.get("@value"))
    if isinstance(value, str | int | float):
        text = " ".join(str(value).split())
        return text or None
    return None
