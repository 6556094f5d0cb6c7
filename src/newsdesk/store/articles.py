"""Articles and the raw documents they came from: writes and queries."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import sqlalchemy as sa

from newsdesk.records import Article, ExtractedTime, RawDocument, utc
from newsdesk.store.schema import articles, raw_documents

SaveStatus = Literal["new", "updated", "unchanged"]


@dataclass(frozen=True)
class SavedArticle:
    id: int
    status: SaveStatus


def reference_time() -> sa.ColumnElement[Any]:
    """An article's time in SQL, as ``Article.date_reference``: published, else last
    updated, else captured."""
    return sa.func.coalesce(
        articles.c.date_published, articles.c.date_modified, articles.c.captured_at
    )


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; everything stored is UTC.
    return utc(value) if value is not None else None


# --- raw documents ----------------------------------------------------------


def find_raw(conn: sa.Connection, content_hash: str) -> int | None:
    row = conn.execute(
        sa.select(raw_documents.c.id).where(raw_documents.c.content_hash == content_hash)
    ).first()
    return row.id if row else None


def insert_raw(conn: sa.Connection, raw: RawDocument) -> int:
    result = conn.execute(
        raw_documents.insert().values(
            content_hash=raw.content_hash,
            url=raw.url,
            source=raw.source,
            media_type=raw.media_type,
            fetched_at=raw.fetched_at,
            fetched_at_method=raw.fetched_at_method,
            path=raw.path,
            hints=json.dumps(raw.hints, default=str),
            size=len(raw.content),
            content=zlib.compress(raw.content, 6),
            stored_at=_now(),
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _raw_from_row(row: Any) -> RawDocument:
    return RawDocument(
        content=zlib.decompress(row.content),
        media_type=row.media_type,
        fetched_at=utc(row.fetched_at),
        fetched_at_method=row.fetched_at_method,
        url=row.url,
        source=row.source,
        path=row.path,
        hints=json.loads(row.hints or "{}"),
    )


def raw_ids(conn: sa.Connection) -> list[int]:
    return list(conn.execute(sa.select(raw_documents.c.id).order_by(raw_documents.c.id)).scalars())


def get_raw(conn: sa.Connection, raw_id: int) -> RawDocument | None:
    row = conn.execute(sa.select(raw_documents).where(raw_documents.c.id == raw_id)).first()
    return _raw_from_row(row) if row else None


def count_raw_documents(conn: sa.Connection) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(raw_documents)).scalar_one())


def delete_raw_if_unused(conn: sa.Connection, raw_id: int) -> None:
    used = conn.execute(
        sa.select(articles.c.id).where(articles.c.raw_id == raw_id).limit(1)
    ).first()
    if used is None:
        conn.execute(raw_documents.delete().where(raw_documents.c.id == raw_id))


# --- articles -----------------------------------------------------------------


def _time_columns(prefix: str, value: ExtractedTime | None) -> dict[str, Any]:
    column = "date_published" if prefix == "published" else "date_modified"
    return {
        column: value.value if value else None,
        f"{prefix}_method": value.method if value else None,
        f"{prefix}_precision": value.precision if value else None,
        f"{prefix}_evidence": value.evidence if value else None,
    }


def _article_values(article: Article) -> dict[str, Any]:
    return {
        "key": article.key,
        "url": article.url,
        "canonical_url": article.canonical_url,
        "source": article.source,
        "headline": article.headline,
        "body": article.body,
        "authors": json.dumps(article.authors, ensure_ascii=False),
        "language": article.language,
        "dateline": article.dateline,
        "description": article.description,
        "site_name": article.site_name,
        **_time_columns("published", article.published),
        **_time_columns("modified", article.modified),
        "captured_at": article.captured_at,
        "captured_at_method": article.captured_at_method,
    }


# When newsdesk saw the article, not what it says: kept from the first capture (an undated
# article is dated by it), so that the same text fetched again changes nothing.
_CAPTURE_COLUMNS = ("captured_at", "captured_at_method")


def _same_relative_stamp(row: Any, values: dict[str, Any], prefix: str) -> bool:
    """The same printed stamp ("3 Hours ago") resolved against another capture time."""
    method, evidence = f"{prefix}_method", f"{prefix}_evidence"
    return (
        values[method] == "relative"
        and getattr(row, method) == "relative"
        and values[evidence] == getattr(row, evidence)
    )


def _same_content(row: Any, values: dict[str, Any]) -> bool:
    relative = {
        column
        for prefix, column in (("published", "date_published"), ("modified", "date_modified"))
        if _same_relative_stamp(row, values, prefix)
    }
    for name, value in values.items():
        if name in _CAPTURE_COLUMNS or name in relative:
            continue
        current = getattr(row, name)
        if isinstance(value, datetime) or isinstance(current, datetime):
            current, value = _aware(current), _aware(value)
        if current != value:
            return False
    return True


def save_articles(
    conn: sa.Connection, raw_id: int, found: list[Article], *, reprocessing: bool = False
) -> list[SavedArticle]:
    """Insert or update the articles extracted from raw document ``raw_id``.

    An article is identified by its key (canonical URL, else its text). When
    reprocessing, an article whose key changed (say the extractor now finds a
    canonical URL) is matched by its place in the raw document instead. A stored
    article keeps its first capture time (``article.captured_at`` is set to it): only a
    change of what the article says makes it "updated".
    """
    saved: list[SavedArticle] = []
    for position, article in enumerate(found):
        values = _article_values(article)
        row = conn.execute(sa.select(articles).where(articles.c.key == values["key"])).first()
        if row is None and reprocessing:
            row = conn.execute(
                sa.select(articles).where(
                    articles.c.raw_id == raw_id, articles.c.position == position
                )
            ).first()
        if row is None:
            now = _now()
            result = conn.execute(
                articles.insert().values(
                    raw_id=raw_id, position=position, created_at=now, updated_at=now, **values
                )
            )
            key = result.inserted_primary_key
            assert key is not None
            saved.append(SavedArticle(int(key[0]), "new"))
        else:
            if row.captured_at is not None:
                article.captured_at = _aware(row.captured_at)
                article.captured_at_method = row.captured_at_method
            if _same_content(row, values):
                saved.append(SavedArticle(row.id, "unchanged"))
            else:
                changed = {k: v for k, v in values.items() if k not in _CAPTURE_COLUMNS}
                if row.captured_at is None:  # stored before it had one
                    changed.update((k, values[k]) for k in _CAPTURE_COLUMNS)
                conn.execute(
                    articles.update()
                    .where(articles.c.id == row.id)
                    .values(raw_id=raw_id, position=position, updated_at=_now(), **changed)
                )
                saved.append(SavedArticle(row.id, "updated"))
        article.id = saved[-1].id
    return saved


def articles_no_longer_in(conn: sa.Connection, raw_id: int, kept: list[int]) -> list[int]:
    """Articles last written from raw document ``raw_id`` that its re-extraction (the
    articles ``kept``) no longer yields: it now gives another stored article instead (the
    same key), or fewer articles."""
    query = sa.select(articles.c.id).where(articles.c.raw_id == raw_id)
    if kept:
        query = query.where(articles.c.id.not_in(kept))
    return list(conn.execute(query.order_by(articles.c.id)).scalars())


def delete_article(conn: sa.Connection, article_id: int) -> None:
    """Delete one article row (its full-text entry follows; what other stages keep on it
    goes first, through their own stores)."""
    conn.execute(articles.delete().where(articles.c.id == article_id))


def first_captures(
    conn: sa.Connection, found: list[Article]
) -> dict[str, tuple[datetime, str | None]]:
    """Capture time and method of the stored articles among ``found``, by key: an article
    seen before keeps its first capture time (see ``save_articles``)."""
    keys = sorted({a.key for a in found})
    if not keys:
        return {}
    rows = conn.execute(
        sa.select(articles.c.key, articles.c.captured_at, articles.c.captured_at_method).where(
            articles.c.key.in_(keys), articles.c.captured_at.is_not(None)
        )
    ).all()
    return {r.key: (utc(r.captured_at), r.captured_at_method) for r in rows}


def article_from_row(row: Any) -> Article:
    def extracted(prefix: str, value: datetime | None) -> ExtractedTime | None:
        if value is None:
            return None
        return ExtractedTime(
            value=utc(value),
            method=getattr(row, f"{prefix}_method") or "estimated",
            precision=getattr(row, f"{prefix}_precision") or "day",
            evidence=getattr(row, f"{prefix}_evidence") or "",
        )

    return Article(
        id=row.id,
        headline=row.headline,
        body=row.body,
        authors=json.loads(row.authors or "[]"),
        published=extracted("published", row.date_published),
        modified=extracted("modified", row.date_modified),
        url=row.url,
        canonical_url=row.canonical_url,
        source=row.source,
        language=row.language,
        dateline=row.dateline,
        description=row.description,
        site_name=row.site_name,
        captured_at=_aware(row.captured_at),
        captured_at_method=row.captured_at_method,
    )


def get_article(conn: sa.Connection, article_id: int) -> Article | None:
    row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).first()
    return article_from_row(row) if row else None


def get_articles(conn: sa.Connection, ids: list[int]) -> list[Article]:
    if not ids:
        return []
    rows = conn.execute(sa.select(articles).where(articles.c.id.in_(ids))).all()
    by_id = {row.id: article_from_row(row) for row in rows}
    return [by_id[i] for i in ids if i in by_id]


def _latest_order() -> list[Any]:
    # Latest first: the article's time (Article.date_reference), then insertion order.
    when = reference_time()
    return [when.desc(), articles.c.id.desc()]


def list_articles(
    conn: sa.Connection,
    *,
    limit: int = 20,
    offset: int = 0,
    source: str | None = None,
    exclude_ids: set[int] | None = None,
    exclude: sa.Select[Any] | None = None,
) -> list[Article]:
    """Latest first; ``exclude`` is a query of ids to leave out (say, near-duplicate copies)."""
    query = sa.select(articles)
    if source:
        query = query.where(articles.c.source == source)
    if exclude_ids:
        query = query.where(articles.c.id.not_in(sorted(exclude_ids)))
    if exclude is not None:
        query = query.where(articles.c.id.not_in(exclude))
    rows = conn.execute(query.order_by(*_latest_order()).limit(limit).offset(offset)).all()
    return [article_from_row(row) for row in rows]


def count_articles(conn: sa.Connection) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one())


def iter_articles(conn: sa.Connection, batch: int = 500) -> Iterator[Article]:
    """Every article in id order, read in batches (for exports and rebuilds)."""
    last = 0
    while True:
        rows = conn.execute(
            sa.select(articles).where(articles.c.id > last).order_by(articles.c.id).limit(batch)
        ).all()
        if not rows:
            return
        for row in rows:
            last = row.id
            yield article_from_row(row)


def article_ids_for_raw(conn: sa.Connection, raw_id: int) -> list[int]:
    rows = conn.execute(
        sa.select(articles.c.id).where(articles.c.raw_id == raw_id).order_by(articles.c.position)
    ).all()
    return [r.id for r in rows]


def url_known(conn: sa.Connection, url: str) -> bool:
    """Whether an article or raw document was already stored for this URL."""
    hit = conn.execute(
        sa.select(articles.c.id)
        .where(sa.or_(articles.c.url == url, articles.c.canonical_url == url))
        .limit(1)
    ).first()
    if hit:
        return True
    return (
        conn.execute(
            sa.select(raw_documents.c.id).where(raw_documents.c.url == url).limit(1)
        ).first()
        is not None
    )
