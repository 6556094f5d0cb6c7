"""The search query language (web-style phrases, OR, -exclude) and its FTS5 form.

The searches themselves run in ``store/views.py`` (SQLite FTS5, PostgreSQL tsvector)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"\w+", re.UNICODE)
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"
"""Snippet highlight markers: control characters no article contains, so the
caller can escape the text and then turn them into <mark> safely."""


_TOKEN = re.compile(r'-?"[^"]*"?|\S+')


@dataclass
class ParsedQuery:
    """A web-search style query: words and "quoted phrases" must all match,
    OR between them gives alternatives, a leading minus excludes."""

    groups: list[list[str]]
    """Alternatives (joined by OR), each a list of phrases that must all match."""
    excluded: list[str]

    @property
    def empty(self) -> bool:
        return not any(self.groups)


def parse_query(query: str) -> ParsedQuery:
    groups: list[list[str]] = [[]]
    excluded: list[str] = []
    for token in _TOKEN.findall(query):
        if token == "OR":
            groups.append([])
            continue
        if token == "AND":
            continue
        negative = token.startswith("-") and len(token) > 1
        words = _WORD.findall(token)
        if not words:
            continue
        phrase = " ".join(words)
        (excluded if negative else groups[-1]).append(phrase)
    return ParsedQuery([g for g in groups if g], excluded)


def _quote(phrase: str) -> str:
    return '"' + phrase.replace('"', '""') + '"'


def fts5_query(parsed: ParsedQuery) -> str:
    """FTS5 syntax in which no user word is read as an operator."""
    alternatives = ["(" + " ".join(_quote(p) for p in group) + ")" for group in parsed.groups]
    expression = " OR ".join(alternatives)
    for phrase in parsed.excluded:
        expression = f"({expression}) NOT {_quote(phrase)}"
    return expression
