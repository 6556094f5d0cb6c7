"""The article body: trafilatura's extraction on our parsed tree, then our clean-up."""

from __future__ import annotations

import logging
import re
from itertools import islice

from lxml import etree
from lxml.etree import XPath
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.xpaths import OVERALL_DISCARD_XPATH

from newsdesk.extract.metadata import PageMeta
from newsdesk.extract.titles import norm

# trafilatura logs a warning for every page it discards; we report that ourselves.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def trafilatura_text(
    tree: HtmlElement,
    url: str | None,
    favor_precision: bool = False,
    fast: bool = False,
    favor_recall: bool = False,
) -> str:
    """Main text of ``tree`` (not modified: trafilatura works on a copy), '' when none."""
    try:
        doc = bare_extraction(
            tree,
            url=url,
            include_comments=False,
            favor_precision=favor_precision,
            favor_recall=favor_recall,
            fast=fast,
            with_metadata=False,
        )
    except Exception:  # trafilatura/lxml failures on odd markup: treated as no text
        return ""
    if doc is None or isinstance(doc, dict):
        return ""
    return doc.text or ""


def paragraphs(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


_JUNK = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|"
    r"(?:https?://\S+/)?[\w.-]+\.(?:jpe?g|png|gif|webp|svg)(?:\?\S*)?|advertisement|"
    r"advertising|sponsored|ad|(?:share|tweet|email|print|comment)s?(?: this(?: article| story)?)?|"
    r"(?:like this (?:story|article)\?\s*)?share (?:it|this) with a friend!?|"
    r"thanks? (?:you )?for (?:signing up|subscribing)!?|"
    r"keep an eye on your inbox\b.*|there was an error processing your subscription\.?|"
    r"(?:sign up|subscribe) (?:to|for) (?:our|the) (?:\w+ )?newsletters?\b.{0,80})$",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"^(?:you (?:may|might) (?:also )?(?:like|enjoy)|related(?: articles| stories| posts| "
    r"content| coverage| reading)?|read (?:more|next|also)|more (?:from|on|stories|news)\b.*|"
    r"recommended(?: for you| stories)?|see also|most (?:popular|read)|trending(?: now)?|"
    r"also read|further reading|latest (?:news|stories)|more in\b.*|"
    r"sign up for (?:our|the)\b.*newsletter.*|tags?|topics|filed under)\W*$",
    re.IGNORECASE,
)
# Where the article has ended and the site speaks: an author box, a call to act, a footer.
# Only in the second half of the text, and it ends the body there.
_TAIL_HEADING = re.compile(
    r"^(?:written by\b.{0,60}|about the authors?|meet the authors?|contact us|"
    r"get in touch(?: with (?:us|our team))?|"
    r"(?:join|subscribe to|get) (?:our|the)\b.{0,40}\bnewsletters?\b.{0,20}|"
    r"subscribe(?: to us| now| today)?|recent (?:articles|posts|stories)|"
    r"related (?:articles|posts|stories)\b.{0,40})\W*$",
    re.IGNORECASE,
)
_TAIL_CALL = re.compile(
    r"^(?:(?:did you|do you) (?:find|enjoy|like) this (?:content|article|post|piece|story)\b|"
    r"was this (?:content|article|post|page|story) (?:helpful|useful)\b|"
    r"enjoyed this (?:article|post|piece|story)\b|"
    r"if you (?:enjoyed|liked) (?:this|my|the) (?:article|post|blog post|piece|story)\b|"
    r"help (?:me|us) spread the word\b|"
    r"would you like to receive notifications\b)",
    re.IGNORECASE,
)
_FOOTER = re.compile(r"^(?:©|copyright\b|\(c\) \d{4})|\ball rights reserved\W*$", re.IGNORECASE)
# A link to another story set in the text ('Related: ...'), or the page's tag list.
_TEASER = re.compile(
    r"^(?:related(?: (?:reading|articles?|posts?|stories|story|content|coverage))?|tags?|"
    r"topics|filed under)\s*:\s*\S.{0,150}$",
    re.IGNORECASE,
)
_TAIL_SHARE = 0.5
# A heading does not end like a sentence: 'More on that in a later post.' is the article.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")
_RECALL_CHECK_SHARE = 0.1
_ITEM_WORDS = 6
_ITEM_LINK_SHARE = 0.5
_LIST_ITEMS = 8


def clean_paragraphs(paras: list[str], headline: str, description: str | None) -> list[str]:
    """Drop what extractors keep but is not the article: the headline repeated, bare
    timestamps/file names/share buttons, 'Related: ...' teasers and tag lines, and what
    follows the article in its second half: a 'related stories' block, an author box, a
    newsletter or contact box, a 'was this helpful?' prompt, the copyright footer."""
    head_key = norm(headline)
    out: list[str] = []
    for index, para in enumerate(paras):
        stripped = para.strip()
        if not stripped or _JUNK.match(stripped) or _TEASER.match(stripped):
            continue
        if abs(len(stripped) - len(headline)) < 20 and norm(stripped) == head_key:
            continue
        if index >= len(paras) * _TAIL_SHARE and _site_speaks(stripped):
            break
        out.append(para)
    return out


def _site_speaks(para: str) -> bool:
    """A heading or line that opens the site's own matter after an article: related links,
    author box, newsletter, contact, a 'did you like it' prompt, the copyright footer."""
    heading = len(para) < 80 and not _SENTENCE_END.search(para)
    if heading and (_RELATED.match(para) or _TAIL_HEADING.match(para)):
        return True
    return bool(len(para) < 200 and (_TAIL_CALL.match(para) or _FOOTER.search(para)))


_NEWS_TYPES = {
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "askpublicnewsarticle",
    "liveblogposting",
}


def is_news_page(page: PageMeta) -> bool:
    """The page declares itself a news article (schema.org NewsArticle and its kinds)."""
    for obj in page.jsonld_all:
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k.lower() in _NEWS_TYPES for k in kinds):
            return True
    return False


def list_heavy(tree: HtmlElement) -> bool:
    """The page carries content in lists or tables: enough items of prose (six words or
    more, mostly not link text) that they are more than a menu or a list of links."""
    items = 0
    for el in tree.iter("li", "td", "dd"):
        words = len(el.text_content().split())
        if words < _ITEM_WORDS:
            continue
        linked = sum(len(a.text_content().split()) for a in el.iter("a"))
        if linked < words * _ITEM_LINK_SHARE:
            items += 1
            if items >= _LIST_ITEMS:
                return True
    return False


_PROSE_WORDS = 20
_PROSE_LINK_SHARE = 0.25
_PROSE_SHARE = 0.4
_BOX_WORDS = 60
_MISSED_SHARE = 0.7
_SCAN_SHARE = 0.6
_SHIELDED = ("class", "id", "role", "style")
# trafilatura's own tests for boxes it discards by their class/id/style, asked of one element
_DISCARDED = [
    XPath(
        x.path.replace(".//*[", "self::*[", 1),
        namespaces={"re": "http://exslt.org/regular-expressions"},
    )
    for x in OVERALL_DISCARD_XPATH
    if x.path.lstrip().startswith(".//*[")
]


def _prose_boxes(tree: HtmlElement) -> tuple[list[tuple[HtmlElement, int]], int]:
    """Elements holding prose (paragraphs of twenty words or more, mostly not link text),
    sixty words of it or more, with their prose words; and the page's prose words."""
    words_in: dict[HtmlElement, int] = {}
    total = 0
    for para in tree.iter("p"):
        words = len(para.text_content().split())
        if words < _PROSE_WORDS:
            continue
        linked = sum(len(a.text_content().split()) for a in para.iter("a"))
        if linked >= words * _PROSE_LINK_SHARE:
            continue
        total += words
        for el in para.iterancestors():
            words_in[el] = words_in.get(el, 0) + words
    return [(el, n) for el, n in words_in.items() if n >= _BOX_WORDS], total


def discarded_prose(tree: HtmlElement) -> tuple[list[HtmlElement], int]:
    """Boxes trafilatura discards for a word in their class or id ('footer', '-icon',
    'slide', a hidden panel...) although together they hold much of the page's prose, and
    the prose words they hold."""
    found, total = _prose_boxes(tree)
    boxes = {el: n for el, n in found if any(test(el) for test in _DISCARDED)}
    outer = [el for el in boxes if not any(a in boxes for a in el.iterancestors())]
    words = sum(boxes[el] for el in outer)
    if not outer or words < total * _PROSE_SHARE:
        return [], 0
    return outer, words


def _shielded_text(
    tree: HtmlElement, boxes: list[HtmlElement], url: str | None, **mode: bool
) -> str:
    """trafilatura's text with the boxes' class/id/role/style taken off for the call."""
    saved = [(el, dict(el.attrib)) for el in boxes]
    for el in boxes:
        for key in _SHIELDED:
            el.attrib.pop(key, None)
    try:
        return trafilatura_text(tree, url, **mode)
    finally:
        for el, attrib in saved:  # as they were, in their order
            el.attrib.clear()
            el.attrib.update(attrib)


def extract_body(
    tree: HtmlElement, url: str | None, page_chars: int = 0, news: bool = False
) -> list[str]:
    """Body paragraphs of the page.

    trafilatura's precision mode without its readability/jusText comparison ('fast'):
    it keeps the story and drops the related-links boilerplate news sites surround it
    with, at about half the cost of the full mode. Pages that are not news articles and
    carry their content in lists or tables (guides, reviews, how-tos) lose it to the
    precision mode's pruning: there its recall mode runs instead (at about the same
    cost). When the
    text is under a tenth of the page's readable text the article itself has usually been
    cut, so the full balanced mode runs and the longer text is kept (an extra pass on a
    few per cent of pages; bench/extraction.py measures the choices). When trafilatura
    discarded boxes holding much of the page's prose (together) for a word in their class
    or id, and kept under 70% of that prose, it runs once more with those boxes' attributes
    taken off (the tree is given back unchanged).
    """
    if not news and list_heavy(tree):
        mode = {"favor_recall": True}
    else:
        mode = {"favor_precision": True, "fast": True}
    text = trafilatura_text(tree, url, **mode)
    if not page_chars or len(text) < _SCAN_SHARE * page_chars:
        # a text of most of the page cannot have lost half of a box's prose: no scan
        boxes, prose = discarded_prose(tree)
        if boxes and len(text.split()) < prose * _MISSED_SHARE:
            shielded = _shielded_text(tree, boxes, url, **mode)
            if len(shielded) > len(text):
                text = shielded
    if len(text) < _RECALL_CHECK_SHARE * page_chars or not text:
        balanced = trafilatura_text(tree, url)
        if len(balanced) > len(text):
            text = balanced
    return paragraphs(text)


LARGE_PAGE_ELEMENTS = 25_000
"""A page with more elements than this is read by ``plain_paragraphs``, not trafilatura:
trafilatura's main pass takes time quadratic in the paragraphs of its container (an XPath
over the whole tree that libxml2 answers in quadratic time), minutes for a page of 200,000
short paragraphs. The largest of the 1,092 pages of bench/extraction has 6,066 elements."""
LARGE_PAGE_CHARS = 4_000_000
"""Likewise a page with more text than this (scripts and styles included): the date rules
search all of it, half a minute for 15 MB. The largest of bench/extraction has 1.5 MB."""

_PLAIN_SKIPPED = frozenset(
    {
        "head", "script", "style", "noscript", "template", "nav", "aside", "footer", "form",
        "button", "select", "textarea", "iframe", "svg", "object", "embed", "canvas", "menu",
    }
)  # fmt: skip
_PLAIN_BREAKS = frozenset(
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "section", "article", "main", "header", "table", "tr", "td",
        "th", "caption", "br", "hr", "figure", "figcaption", "address", "details", "summary",
    }
)  # fmt: skip
_PLAIN_CONTAINERS = ("article", "main")
_PLAIN_CONTAINER_SHARE = 0.5
# Boxes around an article's text, by their class or id (a cheap cut of trafilatura's list).
_PLAIN_SKIPPED_CLASS = re.compile(
    r"byline|author|dateline|share|social|comment|related|newsletter|subscribe|promo|advert|"
    r"sponsor|cookie|breadcrumb|sidebar|widget|popup|modal",
    re.IGNORECASE,
)


def is_large_page(tree: HtmlElement) -> bool:
    """More than LARGE_PAGE_ELEMENTS elements (counted up to there only), or more than
    LARGE_PAGE_CHARS characters of text."""
    elements = sum(1 for _ in islice(tree.iter(), LARGE_PAGE_ELEMENTS + 1))
    return elements > LARGE_PAGE_ELEMENTS or len(tree.text_content()) > LARGE_PAGE_CHARS


def _plain_container(tree: HtmlElement) -> HtmlElement:
    """The outermost <article> or <main> holding most of the page's text, if it holds half
    of it or more; else the <body> (else the page)."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    total = len(root.text_content())
    best, best_size = root, 0
    for el in root.iter(*_PLAIN_CONTAINERS):
        if any(a.tag in _PLAIN_CONTAINERS for a in el.iterancestors()):
            continue  # inside one measured already: its text is counted there
        size = len(el.text_content())
        if size > best_size:
            best, best_size = el, size
    return best if best_size >= total * _PLAIN_CONTAINER_SHARE else root


def _plain_skipped(el: HtmlElement, tag: str) -> bool:
    """A byline, share or related box by its class or id; a <time> standing alone (the
    page's date line, not a date in a sentence)."""
    marks = f"{el.get('class', '')} {el.get('id', '')}"
    if marks.strip() and _PLAIN_SKIPPED_CLASS.search(marks):
        return True
    if tag != "time" or (el.tail or "").strip():
        return False
    before = el.getprevious()
    parent = el.getparent()
    text_before = before.tail if before is not None else parent.text if parent is not None else ""
    return not (text_before or "").strip()


def plain_paragraphs(tree: HtmlElement) -> list[str]:
    """The text of a page's main container, one paragraph per block, in one pass over the
    tree (time in proportion to the page): for pages too large for trafilatura. Navigation,
    asides, footers, forms, scripts, styles, bylines, share and related boxes and a date
    line standing alone are left out."""
    root = _plain_container(tree)
    out: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text:
            out.append(text)
        current.clear()

    skipping = 0  # depth inside a left-out element
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if skipping or tag in _PLAIN_SKIPPED or (el is not root and _plain_skipped(el, tag)):
                skipping += 1
                continue
            if tag in _PLAIN_BREAKS:
                flush()
            if tag:  # not a comment's or processing instruction's text
                current.append(el.text or "")
            continue
        if skipping:
            skipping -= 1
            if skipping:
                continue
        elif tag in _PLAIN_BREAKS:
            flush()
        if el is not root:
            current.append(el.tail or "")
    flush()
    return out
