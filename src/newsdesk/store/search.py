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


def query_terms(query: str) -> list[str]:
    """Words of a user query; operators and punctuation are not syntax for us."""
    return _WORD.findall(query)


def search_articles(
    conn: sa.Connection, query: str, *, limit: int = 20, offset: int = 0
) -> list[SearchHit]:
    terms = query_terms(query)
    if not terms:
        return []
    if conn.dialect.name == "sqlite":
        return _search_sqlite(conn, terms, limit, offset)
    return _search_postgres(conn, terms, limit, offset)


def count_matches(conn: sa.Connection, query: str) -> int:
    terms = query_terms(query)
    if not terms:
        return 0
    if conn.dialect.name == "sqlite":
        sql = sa.text("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH :q")
        return int(conn.execute(sql, {"q": _fts5_query(terms)}).scalar_one())
    sql = sa.text(
        f"SELECT count(*) FROM articles WHERE {_PG_VECTOR} @@ plainto_tsquery('english', :q)"
    )
    return int(conn.execute(sql, {"q": " ".join(terms)}).scalar_one())


def _fts5_query(terms: list[str]) -> str:
    # Each word quoted: all must match, and no word is read as an FTS operator.
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _search_sqlite(
    conn: sa.Connection, terms: list[str], limit: int, offset: int
) -> list[SearchHit]:
    sql = sa.text(
        "SELECT rowid AS id, bm25(articles_fts, 5.0, 1.0) AS rank, "
        f"snippet(articles_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', ' … ', 24) AS snippet "
        "FROM articles_fts WHERE articles_fts MATCH :q ORDER BY rank LIMIT :limit OFFSET :offset"
    )
    found = conn.execute(sql, {"q": _fts5_query(terms), "limit": limit, "offset": offset}).all()
    return _hits(conn, [(r.id, r.snippet, float(r.rank)) for r in found])


_PG_VECTOR = "to_tsvector('english', coalesce(headline, '') || ' ' || coalesce(body, ''))"


def _search_postgres(
    conn: sa.Connection, terms: list[str], limit: int, offset: int
) -> list[SearchHit]:
    sql = sa.text(
        f"SELECT id, ts_rank({_PG_VECTOR}, q) AS rank, "
        f"ts_headline('english', body, q, 'StartSel={MARK_OPEN}, StopSel={MARK_CLOSE}, "
        "MaxWords=30, MinWords=10') AS snippet "
        f"FROM articles, plainto_tsquery('english', :q) AS q WHERE {_PG_VECTOR} @@ q "
        "ORDER BY rank DESC, id DESC LIMIT :limit OFFSET :offset"
    )
    found = conn.execute(sql, {"q": " ".join(terms), "limit": limit, "offset": offset}).all()
    return _hits(conn, [(r.id, r.snippet, -float(r.rank)) for r in found])


def _hits(conn: sa.Connection, found: list[tuple[int, str, float]]) -> list[SearchHit]:
    if not found:
        return []
    rows = conn.execute(sa.select(articles).where(articles.c.id.in_([f[0] for f in found]))).all()
    by_id = {row.id: article_from_row(row) for row in rows}
    return [SearchHit(by_id[i], snippet, rank) for i, snippet, rank in found if i in by_id]
