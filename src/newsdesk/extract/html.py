"""HTML page -> Article: one lxml parse, reused by metadata, byline, date and body rules."""

from __future__ import annotations

import re
from copy import deepcopy
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement, HTMLParser, fromstring

from newsdesk.errors import ExtractionError
from newsdesk.extract.authors import find_authors
from newsdesk.extract.body import (
    clean_paragraphs,
    extract_body,
    is_large_page,
    is_news_page,
    plain_paragraphs,
)
from newsdesk.extract.datelines import split_dateline
from newsdesk.extract.decode import binary_kind, decode_html
from newsdesk.extract.htmldates import find_times
from newsdesk.extract.metadata import PageMeta, json_text, read_page_meta
from newsdesk.extract.pagetext import visible_text
from newsdesk.extract.titles import choose_title
from newsdesk.records import Article, in_handled_range

_PARSER = HTMLParser(
    collect_ids=False,
    default_doctype=False,
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    huge_tree=True,  # nesting to 2,048 levels (256 without), flattened below
)
# libxml2 stops at this depth even with huge_tree and drops everything after it.
_PARSER_MAX_DEPTH = 2048
# Deeper trees are flattened: the rules that walk a tree recurse, and no real page needs more.
_MAX_DEPTH = 255  # pages up to it parsed before huge_tree, and are left as they were
_TOO_DEEP = etree.XPath(f"boolean(//*[ancestor::*[{_MAX_DEPTH}]])")
# A run of the same tag opened (or closed) many times over: one of it, on a page too deep.
_OPEN_RUN = re.compile(r"(<([a-zA-Z][\w-]*)\b[^<>]*>\s*)(?:<\2\b[^<>]*>\s*){16,}")
_CLOSE_RUN = re.compile(r"(</([a-zA-Z][\w-]*)\s*>\s*)(?:</\2\s*>\s*){16,}")
_BLOCKS = {"p", "div", "li", "section", "article", "blockquote", "h1", "h2", "h3", "br", "tr"}
_MARKUP = re.compile(r"<\s*[a-zA-Z!/]")
_MIN_WORDS = 5
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)
# libxml2 takes time quadratic in the attributes of one tag (100,000 of them: minutes)
_LONG_TAG = re.compile(r"<([a-zA-Z][\w:-]*)\s([^<>]{4000,})>")
_MAX_ATTRIBUTE_WORDS = 2000
# Not characters of HTML or XML text: C0 controls but tab and line breaks, U+FFFE, U+FFFF.
# lxml refuses them in the tree trafilatura builds, which then finds no text at all.
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")


def _defuse_long_tags(text: str) -> str:
    """Tags with thousands of attributes keep only their name: no page needs them."""

    def shorten(match: re.Match[str]) -> str:
        if len(match.group(2).split()) > _MAX_ATTRIBUTE_WORDS:
            return f"<{match.group(1)}>"
        return match.group(0)

    return _LONG_TAG.sub(shorten, text)


def _name(url: str | None) -> str:
    return url or "HTML document"


def parse_html(text: str, name: str = "HTML document") -> HtmlElement:
    """Parse HTML text into a tree, or raise ExtractionError saying why not."""
    if not text.strip():
        raise ExtractionError(f"{name}: empty document, no HTML to extract")
    if "\x00" in text[:2048] and binary_kind(text[:2048].encode("utf-8", "replace")):
        raise ExtractionError(f"{name}: not HTML, the text holds binary data")
    if not _MARKUP.search(text[:100_000]):
        raise ExtractionError(f"{name}: not HTML, no markup found (plain text?)")
    text = _NOT_TEXT.sub("", text).replace("\x0b", " ").replace("\x0c", " ")
    text = _defuse_long_tags(_XML_DECL.sub("", text, count=1))
    tree = _parse(text, name)
    if not _TOO_DEEP(tree):
        return tree
    if _depth(tree) >= _PARSER_MAX_DEPTH - 1:
        # The parser stopped there: the same tag opened thousands of times over is one.
        tree = _parse(_CLOSE_RUN.sub(r"\1", _OPEN_RUN.sub(r"\1", text)), name)
    _flatten(tree, name)
    return tree


def _parse(text: str, name: str) -> HtmlElement:
    try:
        tree = fromstring(text.encode("utf-8", "surrogatepass"), parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as err:
        raise ExtractionError(f"{name}: unreadable HTML ({err})") from err
    if tree is None:
        raise ExtractionError(f"{name}: unreadable HTML (no document element)")
    return tree


def _depth(tree: HtmlElement) -> int:
    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _flatten(tree: HtmlElement, name: str = "HTML document") -> None:
    """Bring a tree nested deeper than _MAX_DEPTH within it, keeping its text: wrappers
    holding only one element go first (a chain of <div>s, unclosed <font>s), then the tags
    still too deep (their text joins the element above, a block's with a line break)."""
    if _depth(tree) >= _PARSER_MAX_DEPTH - 1:
        raise ExtractionError(
            f"{name}: HTML nested deeper than {_PARSER_MAX_DEPTH:,} levels, the parser's "
            "limit: the text past that depth cannot be read"
        )
    wrappers = [
        el
        for el in tree.iter()
        if len(el) == 1
        and el.getparent() is not None
        and not (el.text or "").strip()
        and not (el[0].tail or "").strip()
        and el.tag not in {"body", "head"}
    ]
    for el in reversed(wrappers):
        el.drop_tag()
    if not _TOO_DEEP(tree):
        return
    too_deep: list[HtmlElement] = []
    depth = 0
    for event, el in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if event == "start" and depth > _MAX_DEPTH:
            too_deep.append(el)
    for el in reversed(too_deep):
        if el.tag in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
        el.drop_tag()


_LEAD_ELEMENTS = 5_000
_LEAD_CHARS = 200_000
"""How much of a large page's body (see ``is_large_page``) its title, byline and date rules
read: they take time in proportion to the page, and a byline and dates come before the text."""
_CARRIED = etree.XPath('//body//script[@type="application/ld+json"] | //body//meta')


def _lead(tree: HtmlElement) -> HtmlElement:
    """A copy of the page cut after the first _LEAD_ELEMENTS elements or _LEAD_CHARS
    characters of its body, keeping the JSON-LD and <meta> of the rest (moved to the end
    of the body)."""
    lead = deepcopy(tree)
    body = lead.find(".//body")
    if body is None:
        return lead
    last, chars = None, 0
    for count, el in enumerate(body.iterdescendants(), 1):
        chars += len(el.text or "") + len(el.tail or "")
        if count >= _LEAD_ELEMENTS or chars >= _LEAD_CHARS:
            last = el
            break
    if last is None:
        return lead
    carried = _CARRIED(lead)
    last.text = (last.text or "")[:_LEAD_CHARS] or None
    for child in list(last):
        last.remove(child)
    node = last
    while node is not body:  # all that follows the cut: tails, later siblings
        node.tail = None
        parent = node.getparent()
        if parent is None:
            break
        for sibling in list(node.itersiblings()):
            parent.remove(sibling)
        node = parent
    for el in carried:
        if not any(a is body for a in el.iterancestors()):  # cut off with the rest: keep it
            el.tail = None
            body.append(el)
    return lead


def _absolute(link: str | None, base: str | None) -> str | None:
    if not link:
        return None
    try:
        link = urljoin(base, link.strip()) if base else link.strip()
        usable = urlsplit(link).scheme in {"http", "https"} and _host(link)
    except ValueError:  # 'http://[::1': a malformed link is no canonical address
        return None
    return link if usable else None


def _site_names(page: PageMeta, url: str | None) -> list[str]:
    names = [
        page.first("og:site_name"),
        json_text(page.article_value("publisher")),
        page.first("application-name", "apple-mobile-web-app-title", "twitter:site"),
    ]
    host = _host(url or page.canonical or "")
    if host:
        names.append(host.removeprefix("www."))
    return [n.lstrip("@") for n in names if n]


def _readable_url(url: str) -> bool:
    try:
        urlsplit(url).port  # noqa: B018 - raises on a broken [IPv6] host or port
    except ValueError:
        return False
    return True


def _host(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:  # 'http://[::1': a page's own links may be malformed
        return None


def _headings(tree: HtmlElement) -> list[str]:
    """Visible <h1> texts; <h2> texts on pages that have no <h1> (older templates)."""
    for tag in ("h1", "h2"):
        found = [" ".join(h.text_content().split()) for h in tree.iterfind(f".//{tag}")]
        found = [t for t in found if t]
        if found:
            return found
    return []


def _language(page: PageMeta) -> str | None:
    lang = (
        page.lang
        or json_text(page.article_value("inLanguage"))
        or page.first("og:locale", "content-language", "language")
    )
    if not lang:
        return None
    code = lang.replace("_", "-").split("-")[0].strip().lower()
    return code if 2 <= len(code) <= 3 and code.isalpha() else None


def _split_dateline(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """The dateline opening the body ('KABUL, March 3 (Reuters) -') and the body without it,
    as for page captures: the dateline is a field, the body starts with the first sentence."""
    if not paragraphs:
        return None, paragraphs
    dateline, rest = split_dateline(paragraphs[0])
    if not dateline or not rest.strip():
        return None, paragraphs
    return dateline, [rest, *paragraphs[1:]]


def extract_html(
    html: str | bytes,
    url: str | None = None,
    captured_at: datetime | None = None,
    hints: dict[str, Any] | None = None,
) -> Article:
    """Extract the article of one HTML page.

    ``hints`` may carry evidence from where the page was found ('title', 'published',
    'modified' ISO strings, 'charset'); page evidence wins over it. Raises
    ExtractionError when the input is not HTML or holds no article text.
    """
    hints = hints or {}
    name = _name(url)
    if url is not None and not _readable_url(url):
        raise ExtractionError(f"{name}: not a valid URL (a broken [IPv6] host or port)")
    if captured_at is not None and not in_handled_range(captured_at):
        raise ExtractionError(
            f"{name}: capture time {captured_at.isoformat()} is out of the range of dates "
            "newsdesk handles"
        )
    if isinstance(html, bytes | bytearray):
        text = decode_html(bytes(html), hints.get("charset"), name)
    elif isinstance(html, str):
        text = html
    else:
        raise ExtractionError(f"{name}: expected HTML as str or bytes, got {type(html).__name__}")
    tree = parse_html(text, name)
    # A page too large for trafilatura (minutes) gets our own one-pass body, and the other
    # rules read its lead: a few seconds for 15 MB of short paragraphs.
    large = is_large_page(tree)
    rules = _lead(tree) if large else tree
    page = read_page_meta(rules)
    sites = _site_names(page, url)

    stated = [
        json_text(page.article_value("headline")),
        page.first("og:title"),
        page.first("twitter:title"),
        page.title_tag,
        json_text(page.article_value("name")),
        hints.get("title"),
    ]
    headline, title_source = choose_title([s for s in stated if s], _headings(rules), sites)
    text_seen = visible_text(rules)
    authors, author_source = find_authors(rules, page, sites, headline, text_seen)
    published, modified = find_times(rules, page, url, hints, captured_at, headline, text_seen)

    description = page.first("description", "og:description", "twitter:description")
    if large:
        extracted = plain_paragraphs(tree)
    else:
        extracted = extract_body(tree, url, len(text_seen), is_news_page(page))
    paragraphs = clean_paragraphs(extracted, headline, description)
    words = sum(len(p.split()) for p in paragraphs)
    if words < _MIN_WORDS:
        found = f" (only {words} words of links or fragments)" if words else ""
        raise ExtractionError(f"{name}: no article text found in the page{found}")
    dateline, paragraphs = _split_dateline(paragraphs)

    canonical = _absolute(page.canonical, url) or _absolute(page.first("og:url"), url)
    extras: dict[str, Any] = {"title_source": title_source, "author_source": author_source}
    if large:
        extras["body_source"] = "plain"  # see is_large_page
    if published:
        extras["published_local"] = published.local_iso
    if modified:
        extras["modified_local"] = modified.local_iso
    return Article(
        headline=headline,
        body="\n\n".join(paragraphs),
        authors=authors,
        published=published.time if published else None,
        modified=modified.time if modified else None,
        url=url,
        canonical_url=canonical,
        language=_language(page),
        dateline=dateline,
        description=" ".join(description.split()) if description else None,
        site_name=sites[0] if sites and sites[0] != _host(url or "") else None,
        captured_at=captured_at,
        extras=extras,
    )
