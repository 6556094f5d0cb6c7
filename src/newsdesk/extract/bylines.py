"""Bylines into author names: 'By Jane Doe and John Roe, Staff Writers | Updated 3 May' ->
['Jane Doe', 'John Roe']. When in doubt, nothing rather than junk."""

from __future__ import annotations

import re
from collections.abc import Iterable

_LEAD = re.compile(
    r"^(?:(?:text|words|story|written|posted|published|reporting|report|compiled|edited|"
    r"photos?|article|contributed|authored|created)\s+)?(?:and\s+)?by[:\s]+|"
    r"^(?:authors?|writers?|written|byline|posted|autor|auteur|por|par|von|di)\s*[:\-–—]\s*",
    re.IGNORECASE,
)
# A reviewer, photographer or illustrator is not the author: cut from that phrase on.
_NOT_AUTHOR = re.compile(
    r"\b(?:(?:medically|fact[- ]?checked|reviewed|updated|edited|photo(?:graph)?s?|"
    r"illustrations?|images?|video)\s+(?:and\s+\w+\s+)?by\b|fact[- ]?checked\b|"
    r"(?:updated|published|posted|last updated|modified)\b\s*(?:on|:|\d|[A-Z][a-z]{2,8}\s+\d)|"
    r"\bphoto\s*:|\bimage\s*:|\bcredit\s*:)",
    re.IGNORECASE,
)
_DATEISH = re.compile(
    r"\b(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|"
    r"\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+(?:ago|read)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)",
    re.IGNORECASE,
)
_ROLE_WORDS = {
    "staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
    "editor", "editors", "contributor", "contributors", "columnist", "senior", "chief", "associate",
    "contributing", "managing", "political", "sports", "business", "news", "special",
    "freelance", "journalist", "producer", "analyst", "author", "host", "intern", "bureau",
    "desk", "team", "the", "of", "for", "at", "in", "deputy", "executive", "digital", "national",
    "international", "foreign", "investigative", "health", "science", "technology", "tech",
    "culture", "opinion", "features", "feature", "assistant", "affairs", "reporting", "video",
    "photographer", "researcher", "director", "founder", "ceo", "co-founder", "cofounder",
    "manager", "specialist", "expert", "strategist", "consultant", "lead", "head", "guest",
}
_ROLE_PHRASE = re.compile(
    r"\b(?:staff|senior|chief|contributing|special|freelance|associate)?\s*"
    r"(?:writer|reporter|correspondent|editor|columnist|contributor|journalist)s?\b.*$",
    re.IGNORECASE,
)
_GENERIC = {
    "staff", "staff report", "staff reports", "staff writer", "staff writers", "admin",
    "administrator", "editor", "editors", "editorial", "editorial staff", "editorial team",
    "news desk", "newsdesk", "web desk", "web staff", "news staff", "guest", "guest author",
    "anonymous", "unknown", "author", "team", "contributor", "contributors", "null", "none",
    "wordpress", "user", "webmaster", "redaktion", "redacción", "rédaction", "by",
}
_SPLIT = re.compile(r"\s*(?:,|;|\||\band\b|&|\+|\bwith\b|\bund\b|\bet\b|\by\b|\be\b)\s*", re.I)
_BAD_CHARS = re.compile(r"[@#<>{}=\[\]\\/]|https?:|www\.|\.com\b|\d")
_HANDLE = re.compile(r"^@\w+$")
_PARTICLES = {"de", "da", "di", "del", "der", "van", "von", "la", "le", "du", "bin", "al", "el",
              "dos", "das", "do", "ter", "ten", "st.", "y", "e", "mc", "mac", "ibn", "abu"}


def _tidy_case(name: str) -> str:
    """Upper-case bylines ('JANE DOE') to title case; mixed case is kept as written."""
    if name.isupper() and len(name) > 3:
        return " ".join(w.capitalize() for w in name.split())
    return name


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 6 or len(name) > 60:
        return False
    if _BAD_CHARS.search(name) or _HANDLE.match(name):
        return False
    if name.lower() in _GENERIC:
        return False
    if len(words) == 1:
        # a lone word is a name only when capitalised ("Gabo", "Reuters")
        return name[:1].isupper() and len(name) > 1
    capitalised = sum(1 for w in words if w[:1].isupper() or w.lower() in _PARTICLES)
    return capitalised >= len(words) - 1 and words[0][:1].isupper()


def _strip_roles(part: str) -> str:
    part = _ROLE_PHRASE.sub("", part).strip(" ,;:-–—|")
    words = part.split()
    # trailing role words left over ("Jane Doe Senior")
    while len(words) > 1 and words[-1].lower() in _ROLE_WORDS and words[-1][:1].isupper():
        if len(words) > 2 or words[-1].lower() in {"staff", "team", "desk"}:
            break
        words.pop()
    return " ".join(words)


def parse_byline(text: str | None) -> list[str]:
    """Names in a byline, in order, without roles, dates or 'By'."""
    if not text:
        return []
    text = " ".join(text.replace("\u00a0", " ").split()).strip(" ,;:|-–—·•")
    if not text or len(text) > 300:
        return []
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
    names: list[str] = []
    for part in _SPLIT.split(text):
        part = part.strip(" .,;:|-–—·•()\"'“”")
        if not part:
            continue
        part = _strip_roles(part)
        if part and part.lower() not in _GENERIC and _looks_like_name(part):
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
