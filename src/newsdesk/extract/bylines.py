"""Bylines into author names: 'By Jane Doe and John Roe, Staff Writers | Updated 3 May' ->
['Jane Doe', 'John Roe']. When in doubt, nothing rather than junk."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

_LEAD = re.compile(
    r"^(?:(?:text|words|story|written|posted|published|reporting|report|compiled|"
    r"article|contributed|authored|created|recipe|analysis|commentary|interview|"
    r"opinion|guest post|a column)\s+)?(?:and\s+)?by\b[:\s]*|"
    r"^(?:insights?|notes?|words|posts?|articles?|a message)\s+from\b[:\s]*|"
    r"^(?:authors?|writers?|contributors?|written|byline|autor|auteur|por|par|von)\b\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
# A reviewer, photographer or illustrator is not the author: cut from that phrase on.
_NOT_AUTHOR = re.compile(
    r"\b(?:(?:medically|fact[- ]?checked|reviewed|updated|edited|photo(?:graph)?s?|"
    r"illustrations?|images?|video)\s+(?:and\s+\w+\s+)?by\b|fact[- ]?checked\b|"
    r"(?:updated|published|posted|last updated|modified)\b\s*(?:on|:|\d|[A-Z][a-z]{2,8}\s+\d)|"
    r"\bphoto\s*:|\bimage\s*:|\bcredit\s*:|\blast\s+update|\s(?:on|in|at)\s|\s(?:on|in)$)",
    re.IGNORECASE,
)
_DATEISH = re.compile(
    r"\b(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|"
    r"\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+(?:ago|read)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:mon|tue|wed|thu|fri|sat|sun)\.?,)",
    re.IGNORECASE,
)
# What is left of a date that opens a byline ('Dec. 19, 2025 · Jane Doe'): year, separators.
_DATE_REST = re.compile(r"^[\s,.:·•|–—/-]*(?:\d{4}\b)?[\s,.:·•|–—/-]*")
_ROLE_WORDS = {
    "staff",
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "editor",
    "editors",
    "contributor",
    "contributors",
    "columnist",
    "senior",
    "chief",
    "associate",
    "contributing",
    "managing",
    "political",
    "sports",
    "business",
    "news",
    "special",
    "freelance",
    "journalist",
    "producer",
    "analyst",
    "author",
    "host",
    "intern",
    "bureau",
    "desk",
    "team",
    "the",
    "of",
    "for",
    "at",
    "in",
    "deputy",
    "executive",
    "digital",
    "national",
    "international",
    "foreign",
    "investigative",
    "health",
    "science",
    "technology",
    "tech",
    "culture",
    "opinion",
    "features",
    "feature",
    "assistant",
    "affairs",
    "reporting",
    "video",
    "photographer",
    "researcher",
    "director",
    "founder",
    "ceo",
    "co-founder",
    "cofounder",
    "manager",
    "specialist",
    "expert",
    "strategist",
    "consultant",
    "guest",
    "officer",
    "junior",
    "affiliate",
    "content",
    "marketing",
    "coordinator",
    "former",
    "technical",
    "educator",
    "teacher",
    "professor",
    "lecturer",
    "coach",
    "advisor",
    "adviser",
    "planner",
    "developer",
    "engineer",
    "designer",
    "nutritionist",
    "dietitian",
}
_UI_WORDS = re.compile(
    r"\s(?:follow|share|tweet|facebook|twitter|linkedin|instagram|e-?mail|view|full bio|"
    r"bio|profile|verified|read more|more (?:by|from|articles)|posts? by|see all|[⋅·•|])(?:\s|$)",
    re.IGNORECASE,
)
_COLLECTIVE = {"staff", "team", "desk", "editors", "newsroom"}
_CREDENTIAL = re.compile(
    r"^(?:[A-Z]{2,5}|Ph\.?D\.?|M\.D\.?|Jr\.?|Sr\.?|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)$"
)
_AUTHOR_AFTER = re.compile(r"\b(?:written|words|story|text|reporting)\s+by\b", re.IGNORECASE)
_ROLE_PHRASE = re.compile(
    r"\b(?:staff|senior|chief|contributing|special|freelance|associate)?\s*"
    r"(?:writer|reporter|correspondent|editor|columnist|contributor|journalist)s?\b.*$",
    re.IGNORECASE,
)
# Words that are never an author, whatever field they are in.
_NEVER = {
    "author",
    "authors",
    "null",
    "none",
    "unknown",
    "by",
    "written by",
    "posted by",
    "undefined",
    "wordpress",
    "user",
    "webmaster",
    "share",
    "follow",
    "more",
    "home",
    "menu",
    "read more",
    "admin",
    "administrator",
    "site admin",
    "default",
    "test",
}
# Generic bylines: kept when the page states them as its author, not guessed from text.
_GENERIC = _NEVER | {
    "staff",
    "staff report",
    "staff reports",
    "staff writer",
    "staff writers",
    "admin",
    "administrator",
    "editor",
    "editors",
    "editorial",
    "editorial staff",
    "editorial team",
    "news desk",
    "newsdesk",
    "web desk",
    "web staff",
    "news staff",
    "guest",
    "guest author",
    "anonymous",
    "team",
    "contributor",
    "contributors",
    "redaktion",
    "redacción",
    "rédaction",
}
_SPLIT = re.compile(r"\s*(?:,|;|\||\band\b|&|\+|\bwith\b|\bund\b|\bet\b|\by\b|\be\b)\s*", re.I)
_BAD_CHARS = re.compile(r"[@#<>{}=\[\]\\/©®™]|https?:|www\.|\.com\b|\d")
_REPEAT = re.compile(r"\b(\w[\w.'’-]*(?:\s+\w[\w.'’-]*){0,3})\s+\1\b")
_HANDLE = re.compile(r"^@\w+$")
_COMMA = re.compile(r"\s*[,;|]\s*")
_LIST_JOIN_SPLIT = re.compile(r"\s*(?:\band\b|&|\bund\b|\bet\b|\by\b|\be\b)\s*", re.I)
_PARTICLES = {
    "de",
    "da",
    "di",
    "del",
    "der",
    "van",
    "von",
    "la",
    "le",
    "du",
    "bin",
    "al",
    "el",
    "dos",
    "das",
    "do",
    "ter",
    "ten",
    "st.",
    "y",
    "e",
    "mc",
    "mac",
    "ibn",
    "abu",
}


# Filter and sort headings ('By Category', 'By Event Type'), never the last word of a name.
# (Words that are also surnames, such as 'Price' or 'Brand', are left out.)
_FACETS = {
    "category", "categories", "type", "types", "topic", "topics", "state", "states", "year",
    "month", "region", "country", "industry", "location", "popularity", "relevance", "tags",
    "posts",
}  # fmt: skip


def _tidy_case(name: str) -> str:
    """Upper-case bylines ('JANE DOE') to title case; mixed case is kept as written."""
    if name.isupper() and len(name) > 3:
        return " ".join(w.capitalize() for w in name.split())
    return name


def _looks_like_name(name: str, stated: bool = False) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 6 or len(name) > 60:
        return False
    if name.lower() in _NEVER or words[-1].lower() in _FACETS:
        return False
    if stated:
        # the page's own author field: handles and generic bylines are what it says
        return not re.search(r"https?:|www\.|[<>{}=\[\]\\]|\d.*\d.*\d", name)
    if _BAD_CHARS.search(name) or _HANDLE.match(name) or name.lower() in _GENERIC:
        return False
    if len(words) == 1:
        # a lone word is a name only when capitalised ("Gabo", "Reuters")
        return name[:1].isupper() and len(name) > 1
    # every lower-case word must be a name particle ('de', 'van'): 'Head of Marketing' is not
    return all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


def _strip_roles(part: str) -> str:
    words = part.split()
    if len(words) >= 2 and words[-1].lower() in _COLLECTIVE:
        return part  # "The Upwork Team", "Metro Desk": a collective byline, kept whole
    part = _ROLE_PHRASE.sub("", part).strip(" ,;:-–—|")
    words = part.split()
    # trailing role words left over ("Jane Doe Senior")
    popped = False
    while len(words) > 1 and words[-1].lower() in _ROLE_WORDS:
        words.pop()
        popped = True
    if popped and len(words) == 1:
        return ""  # 'Head of Marketing': a role, not a name with a role after it
    return " ".join(words)


def plain_name(part: str) -> bool:
    """A name with no role or employer words: one item of a list of people."""
    words = part.split()
    return (
        bool(words)
        and words[0] != "The"
        and not any(w.lower() in _ROLE_WORDS for w in words)
        and _looks_like_name(part)
    )


def _guessed_parts(text: str) -> list[str]:
    """A byline read from page text, split into names. Names are joined by 'and'; what
    follows a comma is a role or an employer ("Jane Doe and John Roe, Staff Writers",
    "Jane Doe, Modern Farmer"), unless the commas list people ending in 'and'
    ("Ana Lim, Bo Chen and Cy Park")."""
    first, *rest = _COMMA.split(text)
    if rest and _LIST_JOIN_SPLIT.search(rest[-1]):
        pieces = [p.strip(" .") for p in _SPLIT.split(text) if p.strip(" .")]
        if all(plain_name(p) for p in pieces):
            return pieces
    return _LIST_JOIN_SPLIT.split(first)


def parse_byline(text: str | None, stated: bool = False) -> list[str]:
    """Names in a byline, in order, without roles, dates or 'By'.

    ``stated``: the text is the page's own author field (JSON-LD, meta author), so
    lower-case handles and generic bylines ('Staff', 'News Desk') are kept as written.
    """
    if not text:
        return []
    text = " ".join(html.unescape(text).replace("\u00a0", " ").split()).strip(" ,;:|-–—·•")
    if not text or len(text) > 300:
        return []
    if "©" in text or "copyright" in text.lower():
        return []  # a page footer, not a byline
    date = _DATEISH.match(text)
    while date:
        # the date opens the line and the name follows it: drop the date, keep the rest
        text = _DATE_REST.sub("", text[date.end() :], count=1)
        date = _DATEISH.match(text)
    written = _AUTHOR_AFTER.search(text)
    if written and written.start() > 0:
        text = text[written.start() :]  # "Reviewed by X. Written by Y": Y wrote it
    ui = _UI_WORDS.search(text)
    if ui and ui.start() > 0:
        text = text[: ui.start()]  # "Jane Doe Follow Share": profile/share widgets
    cut = _NOT_AUTHOR.search(text)
    if cut:
        text = text[: cut.start()]
    date = _DATEISH.search(text)
    if date:
        text = text[: date.start()]
    text = text.strip(" ,;:|-–—·•")
    while True:
        stripped = _LEAD.sub("", text, count=1).strip()
        if stripped == text:
            break
        text = stripped
    text = _REPEAT.sub(r"\1", text)  # "Colin Gray Colin Gray" (visible name + link text)
    parts = _SPLIT.split(text) if stated else _guessed_parts(text)
    names: list[str] = []
    for index, part in enumerate(parts):
        part = part.strip(" .,;:|-–—·•()\"'“”")
        if not part:
            continue
        words = part.split()
        if index and (
            _CREDENTIAL.match(part)
            or words[-1].lower() in _ROLE_WORDS
            or (not stated and words[0] == "The")
        ):
            continue  # "Jane Doe, PhD", "Jane Doe, The Daily", "Jane Doe, Senior Writer"
        while len(words) > 1 and not part.isupper() and _CREDENTIAL.match(words[-1]):
            words.pop()  # "Cara Dumaplin RN"
        part = " ".join(words)
        part = _strip_roles(part) if not stated or " " in part else part
        if part and _looks_like_name(part, stated):
            name = _tidy_case(part)
            if name.lower() not in {n.lower() for n in names}:
                names.append(name)
    return names


def merge_names(groups: Iterable[Iterable[str]]) -> list[str]:
    """Names from several sources, deduplicated case-insensitively, first spelling kept."""
    out: list[str] = []
    seen: set[str] = set()
    for group in groups:
        for name in group:
            key = " ".join(name.lower().split())
            if key not in seen:
                seen.add(key)
                out.append(name)
    return out
