"""Who wrote the page: JSON-LD and meta authors, checked against the visible byline."""

from __future__ import annotations

import re
from typing import Any

from lxml.html import HtmlElement

from newsdesk.extract.bylines import merge_names, parse_byline
from newsdesk.extract.metadata import PageMeta

AUTHOR_META = (
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "citation_author",
    "cxenseparse:author",
    "twitter:data1",
)
_BYLINE_CLASS = re.compile(r"byline|by-line|author|writer|contributor|posted-?by|entry-meta", re.I)
_NOT_BYLINE_CLASS = re.compile(
    r"bio|avatar|comment|related|about|box|widget|footer|more-from|recommend|social|share|"
    r"description|follow|image|photo|thumb|img|card|list|nav|menu|sidebar",
    re.I,
)
_ORG_TYPES = {"organization", "newsmediaorganization", "corporation", "onlinebusiness", "brand"}
_MAX_VISIBLE = 6


def _jsonld_people(value: Any, index: dict[str, dict[str, Any]]) -> list[tuple[str, bool]]:
    """(name, is_organisation) for a JSON-LD author value."""
    items = value if isinstance(value, list) else [value]
    out: list[tuple[str, bool]] = []
    for item in items:
        if isinstance(item, dict) and "name" not in item and item.get("@id") in index:
            item = index[str(item["@id"])]
        if isinstance(item, dict):
            kind = item.get("@type", "")
            kinds = {str(k).lower() for k in (kind if isinstance(kind, list) else [kind])}
            name = item.get("name")
            if isinstance(name, list):
                name = " ".join(str(n) for n in name)
            if isinstance(name, str):
                out.append((name, bool(kinds & _ORG_TYPES)))
        elif isinstance(item, str):
            out.append((item, False))
    return out


def visible_bylines(tree: HtmlElement) -> list[str]:
    """Texts of byline-like elements, in page order."""
    texts: list[str] = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in {"script", "style", "meta", "link", "img"}:
            continue
        marks = " ".join(filter(None, (el.get("class"), el.get("id"))))
        rel = el.get("rel") or ""
        itemprop = el.get("itemprop") or ""
        if "author" in rel.split() or itemprop == "author":
            named = el.find('.//*[@itemprop="name"]')
            source = named if named is not None else el
            text = source.get("content") or source.text_content()
        elif marks and _BYLINE_CLASS.search(marks) and not _NOT_BYLINE_CLASS.search(marks):
            text = el.text_content()
        else:
            continue
        text = " ".join(text.split())
        if text and len(text) <= 200:
            texts.append(text)
        if len(texts) >= _MAX_VISIBLE:
            break
    return texts


def find_authors(tree: HtmlElement, page: PageMeta, site_names: list[str]) -> tuple[list[str], str]:
    """Author names and where they came from ('json-ld', 'meta', 'byline' or 'none')."""
    index = {str(o["@id"]): o for o in page.jsonld_all if isinstance(o.get("@id"), str)}
    sites = {s.lower() for s in site_names if s}
    people: list[list[str]] = []
    orgs: list[list[str]] = []
    author_value = page.article_value("author") or page.article_value("creator")
    if author_value is not None:
        for name, is_org in _jsonld_people(author_value, index):
            names = parse_byline(name)
            if is_org or name.lower().strip() in sites:
                orgs.append(names)
            else:
                people.append(names)
    jsonld_people = merge_names(people)
    visible = next((n for n in map(parse_byline, visible_bylines(tree)) if n), [])
    if jsonld_people:
        return jsonld_people, "json-ld"
    for key in AUTHOR_META:
        value = page.first(key)
        if value and not value.startswith(("http://", "https://", "/")):
            names = parse_byline(value)
            if names and not {n.lower() for n in names} <= sites:
                return names, "meta"
    if visible:
        return visible, "byline"
    jsonld_orgs = merge_names(orgs)
    if jsonld_orgs:
        return jsonld_orgs, "json-ld"
    return [], "none"
