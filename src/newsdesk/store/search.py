"""Full-text search over headline and body (SQLite FTS5, PostgreSQL tsvector)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa

from newsdesk.records import Article
from newsdesk.store.articles import article_from_row
from newsdesk.store.schema import articles

_WORD = re.compile(r"\w+", re.UNICODE)
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"
"""Snippet highlight markers: control characters no article contains, so the
caller can escape the text and then turn them into <mark> safely."""


@dataclass
class SearchHit:
    article: Article
    snippet: str
    rank: float


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


def query_terms(query: str) -> list[str]:
    """The words a query looks for (for highlighting)."""
    parsed = parse_query(query)
    return [w for group in parsed.groups for phrase in group for w in phrase.split()]


def search_articles(
    conn: sa.Connection, query: str, *, limit: int = 20, offset: int = 0
) -> list[SearchHit]:
    parsed = parse_query(query)
    if parsed.empty:
        return []
    if conn.dialect.name == "sqlite":
        return _search_sqlite(conn, parsed, limit, offset)
    return _search_postgres(conn, query, limit, offset)


def count_matches(conn: sa.Connection, query: str) -> int:
    parsed = parse_query(query)
    if parsed.empty:
        return 0
    if conn.dialect.name == "sqlite":
        sql = sa.text("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH :q")
        return int(conn.execute(sql, {"q": fts5_query(parsed)}).scalar_one())
    sql = sa.text(
        f"SELECT count(*) FROM articles WHERE {_PG_VECTOR} @@ websearch_to_tsquery('english', :q)"
    )
    return int(conn.execute(sql, {"q": query}).scalar_one())


def _quote(phrase: str) -> str:
    return '"' + phrase.replace('"', '""') + '"'


def fts5_query(parsed: ParsedQuery) -> str:
    """FTS5 syntax in which no user word is read as an operator."""
    alternatives = ["(" + " ".join(_quote(p) for p in group) + ")" for group in parsed.groups]
    expression = " OR ".join(alternatives)
    for phrase in parsed.excluded:
        expression = f"({expression}) NOT {_quote(phrase)}"
    return expression


def _search_sqlite(
    conn: sa.Connection, parsed: ParsedQuery, limit: int, offset: int
) -> list[SearchHit]:
    sql = sa.text(
        "SELECT rowid AS id, bm25(articles_fts, 5.0, 1.0) AS rank, "
        f"snippet(articles_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', ' … ', 24) AS snippet "
        "FROM articles_fts WHERE articles_fts MATCH :q ORDER BY rank LIMIT :limit OFFSET :offset"
    )
    found = conn.execute(sql, {"q": fts5_query(parsed), "limit": limit, "offset": offset}).all()
    return _hits(conn, [(r.id, r.snippet, float(r.rank)) for r in found])


_PG_VECTOR = "to_tsvector('english', coalesce(headline, '') || ' ' || coalesce(body, ''))"


def _search_postgres(conn: sa.Connection, query: str, limit: int, offset: int) -> list[SearchHit]:
    sql = sa.text(
        f"SELECT id, ts_rank({_PG_VECTOR}, q) AS rank, "
        f"ts_headline('english', body, q, 'StartSel={MARK_OPEN}, StopSel={MARK_CLOSE}, "
        "MaxWords=30, MinWords=10') AS snippet "
        f"FROM articles, websearch_to_tsquery('english', :q) AS q WHERE {_PG_VECTOR} @@ q "
        "ORDER BY rank DESC, id DESC LIMIT :limit OFFSET :offset"
    )
    found = conn.execute(sql, {"q": query, "limit": limit, "offset": offset}).all()
    return _hits(conn, [(r.id, r.snippet, -float(r.rank)) for r in found])


def _hits(conn: sa.Connection, found: list[tuple[int, str, float]]) -> list[SearchHit]:
    if not found:
        return []
    rows = conn.execute(sa.select(articles).where(articles.c.id.in_([f[0] for f in found]))).all()
    by_id = {row.id: article_from_row(row) for row in rows}
    return [SearchHit(by_id[i], snippet, rank) for i, snippet, rank in found if i in by_id]
