"""Read queries for the JSON API and the pages that the other store modules do not have.

Keyset pagination of articles with filters, search with filters and facet counts, and
per-source counts. Written against the foundation tables only; filters that need another
stage's tables (entity, event type) arrive as id sub-queries built by the caller.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from newsdesk.records import Article, Entity, Place, utc
from newsdesk.store import analysis as analysis_store
from newsdesk.store.articles import article_from_row, get_articles
from newsdesk.store.schema import articles
from newsdesk.store.search import MARK_CLOSE, MARK_OPEN, fts5_query, parse_query

sort_key = sa.func.coalesce(
    articles.c.date_published, articles.c.captured_at, articles.c.created_at
).label("sort_key")
"""Latest first: publication time, else capture time, else storage time (never null)."""


@dataclass(frozen=True)
class ArticleFilter:
    source: str | None = None
    language: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    ids: tuple[sa.Select[Any], ...] = ()
    """Sub-queries of article ids to keep (entity, event type ... filters): all must hold."""
    exclude: sa.Select[Any] | None = None
    """A sub-query of article ids to leave out (near-duplicate copies)."""

    @property
    def is_empty(self) -> bool:
        filters = (self.source, self.language, self.since, self.until, self.ids, self.exclude)
        return not any(f is not None and f != () for f in filters)

    @property
    def excludes_only(self) -> bool:
        """Nothing but an exclusion: the full-text index alone can apply it."""
        return self.exclude is not None and replace(self, exclude=None).is_empty

    def apply(self, query: sa.Select[Any]) -> sa.Select[Any]:
        if self.source:
            query = query.where(articles.c.source == self.source)
        if self.language:
            query = query.where(articles.c.language == self.language)
        if self.since is not None:
            query = query.where(sort_key >= self.since)
        if self.until is not None:
            query = query.where(sort_key < self.until)
        for ids in self.ids:
            query = query.where(articles.c.id.in_(ids))
        if self.exclude is not None:
            query = query.where(articles.c.id.not_in(self.exclude))
        return query


@dataclass(frozen=True)
class PageItem:
    article: Article
    sort_key: datetime


def page_articles(
    conn: sa.Connection,
    where: ArticleFilter,
    *,
    limit: int,
    after: tuple[datetime, int] | None = None,
) -> list[PageItem]:
    """Up to ``limit`` articles, latest first, strictly after the cursor ``(sort_key, id)``."""
    query = where.apply(sa.select(articles, sort_key))
    if after is not None:
        when, last_id = after
        query = query.where(
            sa.or_(sort_key < when, sa.and_(sort_key == when, articles.c.id < last_id))
        )
    rows = conn.execute(query.order_by(sort_key.desc(), articles.c.id.desc()).limit(limit)).all()
    return [PageItem(article_from_row(row), utc(row.sort_key)) for row in rows]


# --- search -------------------------------------------------------------------


@dataclass(frozen=True)
class SearchRow:
    article: Article
    snippet: str
    """Escape-safe highlight markers MARK_OPEN/MARK_CLOSE around matched words."""
    rank: float


_PG_VECTOR = sa.func.to_tsvector(
    sa.literal_column("'english'"),
    sa.func.coalesce(articles.c.headline, "") + " " + sa.func.coalesce(articles.c.body, ""),
)
"""The exact expression of the foundation's GIN index, so PostgreSQL uses it."""


def _tsquery(query: str) -> Any:
    return sa.func.websearch_to_tsquery(sa.literal_column("'english'"), query)


def _matching(conn: sa.Connection, query: str) -> tuple[sa.FromClause, Any]:
    """A from-clause joining the full-text match to articles, and the match condition.

    The query syntax is the store's (words, "phrases", OR, -excluded), as in the CLI.
    """
    if conn.dialect.name == "sqlite":
        fts = sa.table("articles_fts", sa.column("rowid"))
        joined = articles.join(fts, fts.c.rowid == articles.c.id)
        expression = fts5_query(parse_query(query))
        return joined, sa.text("articles_fts MATCH :fts_q").bindparams(fts_q=expression)
    return articles, _PG_VECTOR.op("@@")(_tsquery(query))


def search_rows(
    conn: sa.Connection,
    query: str,
    where: ArticleFilter,
    *,
    limit: int,
    offset: int = 0,
) -> list[SearchRow]:
    """Articles matching every word of ``query``, best first, with highlighted snippets."""
    if parse_query(query).empty:
        return []
    if conn.dialect.name == "sqlite":
        return _search_sqlite(conn, query, where, limit, offset)
    return _search_postgres(conn, query, where, limit, offset)


def _search_sqlite(
    conn: sa.Connection, query: str, where: ArticleFilter, limit: int, offset: int
) -> list[SearchRow]:
    joined, match = _matching(conn, query)
    rank: Any = sa.literal_column("bm25(articles_fts, 5.0, 1.0)").label("rank")
    # Rank ids only: carrying whole articles (or snippets) through the sort of every match
    # costs more than ranking itself when a query matches thousands of articles.
    if where.is_empty or where.excludes_only:
        # No filter on article columns: rank in the full-text index alone (no join).
        fts = sa.table("articles_fts", sa.column("rowid"))
        ranking = sa.select(fts.c.rowid.label("id"), rank).select_from(fts).where(match)
        if where.exclude is not None:
            ranking = ranking.where(fts.c.rowid.not_in(where.exclude))
        order = [rank, fts.c.rowid.desc()]
    else:
        ranking = where.apply(sa.select(articles.c.id, rank).select_from(joined).where(match))
        order = [rank, articles.c.id.desc()]
    ranked = conn.execute(ranking.order_by(*order).limit(limit).offset(offset)).all()
    if not ranked:
        return []
    ids = [r.id for r in ranked]
    snippets: dict[int, str] = dict(
        conn.execute(
            sa.text(
                f"SELECT rowid, snippet(articles_fts, -1, '{MARK_OPEN}', '{MARK_CLOSE}', "
                "' … ', 24) FROM articles_fts WHERE articles_fts MATCH :fts_q "
                "AND rowid IN :ids"
            ).bindparams(sa.bindparam("ids", expanding=True)),
            {"fts_q": fts5_query(parse_query(query)), "ids": ids},
        ).all()
    )
    found = {a.id: a for a in get_articles(conn, ids)}
    return [
        SearchRow(found[r.id], snippets.get(r.id, ""), float(r.rank))
        for r in ranked
        if r.id in found
    ]


def _search_postgres(
    conn: sa.Connection, query: str, where: ArticleFilter, limit: int, offset: int
) -> list[SearchRow]:
    tsquery = _tsquery(query)
    rank = sa.func.ts_rank(_PG_VECTOR, tsquery).label("rank")
    _, match = _matching(conn, query)
    best = (
        where.apply(sa.select(articles.c.id, rank).where(match))
        .order_by(rank.desc(), articles.c.id.desc())
        .limit(limit)
        .offset(offset)
        .subquery()
    )
    # Headlines only for the page of results: ts_headline is costly. The snippet comes from
    # the body, or from the headline when only the headline matches.
    body_matches = sa.func.to_tsvector(sa.literal_column("'english'"), articles.c.body).op("@@")(
        tsquery
    )
    snippet = sa.func.ts_headline(
        sa.literal_column("'english'"),
        sa.case((body_matches, articles.c.body), else_=articles.c.headline),
        tsquery,
        f"StartSel={MARK_OPEN}, StopSel={MARK_CLOSE}, MaxWords=30, MinWords=10",
    ).label("snippet")
    rows = conn.execute(
        sa.select(articles, best.c.rank, snippet)
        .join(best, best.c.id == articles.c.id)
        .order_by(best.c.rank.desc(), articles.c.id.desc())
    )
    return [SearchRow(article_from_row(r), r.snippet, -float(r.rank)) for r in rows]


FACET_INDEX = "ix_articles_facets"
"""Covering index of the facet columns (migration 0006_serve)."""


def search_facets(
    conn: sa.Connection, query: str, where: ArticleFilter, *, top: int = 10
) -> tuple[int, dict[str, list[tuple[str, int]]]]:
    """Total matches and, per facet (source, language, year), the most frequent values."""
    if parse_query(query).empty:
        return 0, {"source": [], "language": [], "year": []}
    _, match = _matching(conn, query)
    facet_columns = sa.select(articles.c.source, articles.c.language, sort_key)
    if conn.dialect.name == "sqlite":
        # Ids from the full-text index, columns from the covering index: "id + 0" keeps
        # SQLite from seeking into every matched article's (large) row by primary key.
        fts = sa.table("articles_fts", sa.column("rowid"))
        ids = sa.select(fts.c.rowid).select_from(fts).where(match)
        facet_columns = facet_columns.where((articles.c.id + 0).in_(ids))
    else:
        facet_columns = facet_columns.where(match)
    matched = where.apply(facet_columns).subquery()
    # One pass over the matches: counts per (source, language, year), summed per facet here.
    year = _year(conn, matched.c.sort_key).label("year")
    groups = conn.execute(
        sa.select(matched.c.source, matched.c.language, year, sa.func.count().label("n")).group_by(
            matched.c.source, matched.c.language, year
        )
    ).all()
    counts: dict[str, Counter[str]] = {
        "source": Counter(),
        "language": Counter(),
        "year": Counter(),
    }
    total = 0
    for row in groups:
        total += int(row.n)
        for name in counts:
            value = getattr(row, name)
            if value is not None:
                counts[name][str(value)] += int(row.n)
    facets = {
        name: sorted(found.items(), key=lambda item: (-item[1], item[0]))[:top]
        for name, found in counts.items()
    }
    return total, facets


def _year(conn: sa.Connection, column: Any) -> Any:
    if conn.dialect.name == "sqlite":
        return sa.func.substr(column, 1, 4)
    return sa.cast(sa.extract("year", column), sa.Integer)


# --- sources ------------------------------------------------------------------


@dataclass(frozen=True)
class SourceCount:
    source: str
    articles: int
    latest: datetime | None


def source_counts(conn: sa.Connection) -> list[SourceCount]:
    """Every ``source`` value of stored articles with its article count and latest time."""
    count = sa.func.count().label("n")
    latest = sa.func.max(sort_key).label("latest")
    rows = conn.execute(
        sa.select(articles.c.source, count, latest)
        .where(articles.c.source.is_not(None))
        .group_by(articles.c.source)
        .order_by(count.desc(), articles.c.source)
    ).all()
    return [
        SourceCount(r.source, int(r.n), _as_datetime(r.latest) if r.latest is not None else None)
        for r in rows
    ]


def _as_datetime(value: Any) -> datetime:
    # max() over a DateTime loses its type on SQLite and comes back as text.
    if isinstance(value, datetime):
        return utc(value)
    return utc(datetime.fromisoformat(str(value)))


def languages(conn: sa.Connection) -> list[str]:
    rows = conn.execute(
        sa.select(articles.c.language)
        .where(articles.c.language.is_not(None))
        .distinct()
        .order_by(articles.c.language)
    )
    return [str(r) for r in rows.scalars()]


# --- entities and quotes (tables of store.analysis) ---------------------------------


def get_entity(conn: sa.Connection, key: str) -> Entity | None:
    """One entity with its aliases (store.analysis lists them but has no single lookup)."""
    row = conn.execute(
        sa.select(analysis_store.entities).where(analysis_store.entities.c.key == key)
    ).first()
    if row is None:
        return None
    aliases = conn.execute(
        sa.select(analysis_store.entity_aliases.c.alias)
        .where(analysis_store.entity_aliases.c.entity_key == key)
        .order_by(analysis_store.entity_aliases.c.alias)
    ).scalars()
    place = json.loads(row.place) if row.place else None
    return Entity(
        key=row.key,
        name=row.name,
        kind=row.kind,
        aliases=[a for a in aliases if a != row.name],
        country=row.country,
        sector=row.sector,
        role=row.role,
        place=Place(**place) if place else None,
    )


def mentions_per_day(conn: sa.Connection, key: str) -> list[tuple[str, int]]:
    """How often an entity is mentioned per day (by article time), oldest day first."""
    mentions = analysis_store.mentions
    matched = (
        sa.select(sort_key)
        .select_from(mentions.join(articles, articles.c.id == mentions.c.article_id))
        .where(mentions.c.entity_key == key)
        .subquery()
    )
    day = _day(conn, matched.c.sort_key)
    rows = conn.execute(
        sa.select(day.label("day"), sa.func.count().label("n")).group_by(day).order_by(day)
    ).all()
    return [(str(r.day), int(r.n)) for r in rows]


def _day(conn: sa.Connection, column: Any) -> Any:
    if conn.dialect.name == "sqlite":
        return sa.func.substr(column, 1, 10)
    return sa.func.to_char(column, "YYYY-MM-DD")


def mentioning(key: str) -> sa.Select[Any]:
    """Ids of articles that mention an entity (a sub-query for ArticleFilter.ids)."""
    mentions = analysis_store.mentions
    return sa.select(mentions.c.article_id).where(mentions.c.entity_key == key)


def quotes_by(
    conn: sa.Connection,
    speaker_entity: str,
    *,
    speaker_kind: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Statements whose speaker is resolved to an entity, latest articles first."""
    quotes = analysis_store.quotes
    query = (
        sa.select(quotes, articles.c.headline)
        .join(articles, articles.c.id == quotes.c.article_id)
        .where(quotes.c.speaker_entity == speaker_entity)
    )
    if speaker_kind:
        query = query.where(quotes.c.speaker_kind == speaker_kind)
    rows = conn.execute(
        query.order_by(articles.c.id.desc(), quotes.c.start_char).limit(limit).offset(offset)
    ).all()
    return [
        {
            "start": r.start_char,
            "end": r.end_char,
            "content": r.content,
            "speaker": r.speaker,
            "speaker_kind": r.speaker_kind,
            "cue": r.cue,
            "direct": bool(r.direct),
            "speaker_entity": r.speaker_entity,
            "speaker_start": r.speaker_start,
            "speaker_end": r.speaker_end,
            "content_start": r.content_start,
            "content_end": r.content_end,
            "article_id": r.article_id,
            "headline": r.headline,
        }
        for r in rows
    ]


def entity_names(conn: sa.Connection, keys: list[str]) -> dict[str, tuple[str, str]]:
    """Name and kind of each known entity key."""
    if not keys:
        return {}
    table = analysis_store.entities
    rows = conn.execute(
        sa.select(table.c.key, table.c.name, table.c.kind).where(table.c.key.in_(sorted(set(keys))))
    )
    return {r.key: (r.name, r.kind) for r in rows}
