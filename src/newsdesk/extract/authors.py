"""Who wrote the page: JSON-LD and meta authors, checked against the visible byline."""

from __future__ import annotations

import re
from typing import Any

from lxml.html import HtmlElement

from newsdesk.extract.bylines import merge_names, parse_byline, plain_name
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
)
_BYLINE_CLASS = re.compile(r"byline|by-line|author|writer|contributor|posted-?by", re.I)
_BY_START = re.compile(
    r"^\s*(?:(?:written|words|story|text|reporting)\s+)?by\b|^\s*(?:authors?|contributors?)\s*:|"
    r"^(?:authors?|contributors?)$",
    re.I,
)
_JOINER = re.compile(r"^(?:,|;|&|and|, and|,and|y|und|et)$", re.I)
_ENDS_JOINED = re.compile(r"(?:,|&|\band)$", re.I)
_NAME_CLASS = re.compile(r"author[-_]*(?:box)?[-_]*(?:name|title)\b|byline[-_]*name", re.I)
_AUTHOR_PAGE = re.compile(r"/authors?/[^/?#]+")
_AUTHOR_LINK = re.compile(r"/(?:authors?|people|staff|writers?|contributors?)(?:/|$)")
_NON_TEXT = {"script", "style", "noscript", "template", "svg", "button", "select", "option"}
_NODES_AFTER_HEADLINE = 30
_NOT_BYLINE_CLASS = re.compile(
    r"bio|avatar|comment|related|about|box|widget|footer|more-from|recommend|social|share|"
    r"description|follow|image|photo|thumb|img|card|list|nav|menu|sidebar",
    re.I,
)
_ORG_TYPES = {"organization", "newsmediaorganization", "corporation", "onlinebusiness", "brand"}
_ORG_WORDS = {
    "inc", "llc", "ltd", "co", "corp", "company", "group", "media", "news", "team", "store",
    "shop", "global", "bank", "agency", "studio", "studios", "press", "magazine", "blog",
    "network", "digital", "solutions", "services", "labs", "academy", "institute", "university",
    "foundation", "association", "club", "center", "centre", "the", "online", "daily", "times",
}  # fmt: skip
_COMPANY_SUFFIXES = {
    "inc", "llc", "ltd", "gmbh", "corp", "plc", "limited", "corporation", "ag", "pty", "llp",
    "incorporated", "sarl", "bv", "oy", "ab",
}  # fmt: skip
_MAX_VISIBLE = 6
_LABEL_CHARS = 60
_ORG_WINDOW = 4000


def _is_company(name: str) -> bool:
    """A registered company ('Acme Widgets Inc.', 'Foo GmbH'): an organisation, not a writer."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower().strip(".,") in _COMPANY_SUFFIXES


def _person_shaped(name: str) -> bool:
    """Two or three capitalised words and no organisation word: 'Jane Doe', not 'Acme Labs'."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w.replace(".", "").isalpha() for w in words)
        and not any(w.lower().strip(".") in _ORG_WORDS for w in words)
    )


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


def _spaced_text(el: HtmlElement) -> str:
    """Text of an element with a space between nodes ('By<a>Jane</a>' -> 'By Jane')."""
    return " ".join(" ".join(t for t in el.itertext() if t and t.strip()).split())


def _is_byline_box(el: HtmlElement) -> bool:
    marks = " ".join(filter(None, (el.get("class"), el.get("id"))))
    if not marks or not _BYLINE_CLASS.search(marks):
        return False
    # 'author-box__name' is the name inside an author box; 'author-bio' is not a byline
    return bool(_NAME_CLASS.search(marks)) or not _NOT_BYLINE_CLASS.search(marks)


def _name_inside(el: HtmlElement) -> HtmlElement:
    """The narrowest part of a byline box that holds the name: an author link, or a
    nested byline element ('<div class=author><a href=/author/jane>Jane</a> Staff</div>')."""
    for link in el.iterfind(".//a[@href]"):
        href = link.get("href", "").lower()
        if _AUTHOR_LINK.search(href) and _spaced_text(link):
            return link
    inner = [d for d in el.iterdescendants() if isinstance(d.tag, str) and _is_byline_box(d)]
    return inner[-1] if inner and _spaced_text(inner[-1]) else el


def visible_bylines(tree: HtmlElement) -> list[tuple[str, bool]]:
    """(text, stated) of byline-like elements in page order; ``stated`` for author markup
    (rel=author, itemprop=author), False for elements guessed from their class."""
    found: list[tuple[str, bool]] = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in {"script", "style", "meta", "link", "img"}:
            continue
        rel = el.get("rel") or ""
        itemprop = el.get("itemprop") or ""
        if "author" in rel.split() or itemprop == "author":
            named = el.find('.//*[@itemprop="name"]')
            source = named if named is not None else el
            text, stated = source.get("content") or _spaced_text(source), True
        elif _is_byline_box(el):
            text, stated = _spaced_text(_name_inside(el)), False
        elif el.tag == "a" and _AUTHOR_PAGE.search((el.get("href") or "").lower()):
            # a link to the author's page, named in full ('Jane Doe', not 'Authors')
            text = _spaced_text(el) or el.get("aria-label") or el.get("title") or ""
            stated = False
            if len(text.split()) < 2:
                continue
        else:
            continue
        if text and len(text) <= 200:
            found.append((text, stated))
        if len(found) >= _MAX_VISIBLE:
            break
    return found


def byline_after_headline(tree: HtmlElement, headline: str) -> list[str]:
    """Names from a 'By ...' line among the first texts after the headline's <h1>."""
    key = " ".join(headline.split())[:60]
    heading = None
    for h1 in tree.iterfind(".//h1"):
        if key and key in _spaced_text(h1):
            heading = h1
            break
    if heading is None:
        heading = tree.find(".//h1")  # the headline came from metadata: the page's h1
    if heading is None:
        return []
    nodes = [
        t
        for t in heading.xpath("following::text()[normalize-space()]")[: _NODES_AFTER_HEADLINE * 2]
        if t.getparent() is not None and t.getparent().tag not in _NON_TEXT
    ][:_NODES_AFTER_HEADLINE]
    texts = [" ".join(str(node).split()) for node in nodes]
    for i, text in enumerate(texts):
        if _BY_START.match(text):
            names = _names_from(texts, i)
            if names:
                return names
    return []


def labelled_byline(tree: HtmlElement) -> list[str]:
    """Names from the first short 'By ...', 'Written by' or 'Author:' line anywhere on the
    page (an author box below the article, a meta panel beside it)."""
    body = tree.find(".//body")
    nodes = [
        t
        for t in (body if body is not None else tree).xpath(".//text()[normalize-space()]")
        if t.getparent() is not None and t.getparent().tag not in _NON_TEXT
    ]
    texts = [" ".join(str(t).split()) for t in nodes]
    for i, text in enumerate(texts):
        if len(text) <= _LABEL_CHARS and _BY_START.match(text) and not _in_links(nodes[i]):
            # the first labelled line only: later ones are often the cards of other posts
            return _names_from(texts, i)
    return []


def _in_links(node: Any) -> bool:
    """Text of a link or of navigation ('Shop by Category', 'Site by Acme Web'): not a byline."""
    parent = node.getparent()
    return parent.tag == "a" or any(
        a.tag in {"nav", "footer"} for a in parent.iterancestors() if isinstance(a.tag, str)
    )


def _names_from(texts: list[str], i: int) -> list[str]:
    """Names of the byline that starts at text node ``i``. Each element is read apart, so a
    role or date in the next element does not run into the name: 'By' may stand alone with
    the name next ('By <a>Jane Doe</a>'), more names follow after 'and' or a comma."""
    text = texts[i]
    names = parse_byline(text)
    j = i + 1
    if not names:
        if len(text) > 40 or j >= len(texts):
            return []
        names = parse_byline(f"{text} {texts[j]}")  # 'Written by:' + 'Jane Doe'
        j += 1
        if not names:
            return []
    elif _ENDS_JOINED.search(text) and j < len(texts):
        names = merge_names([names, parse_byline(texts[j])])  # 'By Jane Doe and' + 'John Roe'
        j += 1
    while j + 1 < len(texts) and _JOINER.match(texts[j]):
        more = parse_byline(texts[j + 1])
        if not more or not all(plain_name(n) for n in more):
            break  # 'Jane Doe' ',' 'Global Desk': a desk or employer, not a second author
        names = merge_names([names, more])
        j += 2
    return names


def find_authors(
    tree: HtmlElement,
    page: PageMeta,
    site_names: list[str],
    headline: str = "",
    page_text: str | None = None,
) -> tuple[list[str], str]:
    """Author names and where they came from.

    A 'By ...' line under the headline is what readers see and wins; then the page's
    own author fields (JSON-LD, meta), then byline-like elements; an organisation as
    author (often the site itself) only when nothing names a person.
    """
    index = {str(o["@id"]): o for o in page.jsonld_all if isinstance(o.get("@id"), str)}
    site_keys = {re.sub(r"\W+", "", s.lower()) for s in site_names if s}
    for name in site_names:  # host names: each label ('blog.example.com' -> 'example')
        if "." in name and " " not in name:
            site_keys |= {label for label in name.lower().split(".") if len(label) > 2}
    site_keys -= {"", "www", "com", "org", "net", "blog", "news"}
    hosts = {
        label.replace("-", "")
        for name in site_names
        if "." in name and " " not in name
        for label in name.lower().split(".")
        if "-" in label
    }

    def is_site(name: str) -> bool:
        key = re.sub(r"\W+", "", name.lower())
        if _person_shaped(name) and key in hosts:
            return False  # a personal site named after its author ('jane-doe.net')
        return bool(key) and any(key == k or (len(key) > 4 and key in k) for k in site_keys)

    lowered = page_text.lower() if page_text is not None else None
    start = lowered.find(headline.lower()[:60]) if lowered and headline else -1
    around = lowered[max(0, start - _ORG_WINDOW) : start + _ORG_WINDOW] if lowered else ""

    def near_headline(names: list[str]) -> bool:
        """An organisation credited as author is shown as the byline, near the headline;
        elsewhere its name is just the site's branding."""
        if lowered is None or start < 0:
            return True
        return any(n.lower() in around for n in names)

    def seen(names: list[str]) -> bool:
        """Stated names must be on the page: hidden markup authors are often stale."""
        return lowered is None or any(n.lower() in lowered for n in names)

    shown = byline_after_headline(tree, headline)
    if shown:
        return shown, "byline"
    people: list[list[str]] = []
    orgs: list[list[str]] = []
    unseen: list[list[str]] = []
    author_value = page.article_value("author") or page.article_value("creator")
    if author_value is not None:
        for name, is_org in _jsonld_people(author_value, index):
            names = parse_byline(name, stated=True)
            if is_org or is_site(name) or _is_company(name):
                orgs.append(names)
            else:
                people.append(names)
    jsonld_people = merge_names(people)
    if jsonld_people and seen(jsonld_people):
        return jsonld_people, "json-ld"
    meta_keys = list(AUTHOR_META)
    if re.search(r"written|author", page.first("twitter:label1") or "", re.I):
        meta_keys.append("twitter:data1")
    for key in meta_keys:
        value = page.first(key)
        if value and not value.startswith(("http://", "https://", "/")):
            names = parse_byline(value, stated=True)
            if names and all(is_site(n) or _is_company(n) for n in names):
                orgs.append(names)
            elif names and seen(names):
                return names, "meta"
            elif names:
                unseen.append(names)
    for text, stated in visible_bylines(tree):
        names = parse_byline(text, stated=stated)
        if names:
            return names, "byline"
    labelled = labelled_byline(tree)
    if labelled:
        return labelled, "byline"
    if unseen:
        # a meta author the page does not show: still the publisher's own statement
        return unseen[0], "meta"
    jsonld_orgs = merge_names(orgs)
    if jsonld_orgs and near_headline(jsonld_orgs):
        return jsonld_orgs, "organisation"
    return [], "none"
