"""Stories in the database: centroids, memberships, copies and the incremental state.

The clustering state (document frequencies, story centroids, MinHash
signatures) is persisted as increments, so that a new article is placed by
loading the state once per process and writing only what it changed.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from newsdesk.records import Article, Story, utc
from newsdesk.store import articles as article_store
from newsdesk.store.articles import reference_time
from newsdesk.store.schema import articles, metadata

stories = sa.Table(
    "stories",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("title_article_id", sa.Integer),
    sa.Column("title_score", sa.Float, nullable=False, default=0.0),
    sa.Column("first_seen", sa.DateTime(timezone=True)),
    sa.Column("last_seen", sa.DateTime(timezone=True)),
    sa.Column("size", sa.Integer, nullable=False, default=0),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_stories_last_seen", "last_seen"),
)

story_articles = sa.Table(
    "story_articles",
    metadata,
    sa.Column(
        "article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("story_id", sa.Integer, nullable=False),
    sa.Column("similarity", sa.Float, nullable=False),
    sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_story_articles_story", "story_id"),
)

story_copies = sa.Table(
    "story_copies",
    metadata,
    sa.Column(
        "article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("original_id", sa.Integer, nullable=False),
    sa.Column("jaccard", sa.Float, nullable=False),
    sa.Index("ix_story_copies_original", "original_id"),
)

story_terms = sa.Table(
    "story_terms",
    metadata,
    sa.Column("story_id", sa.Integer, primary_key=True),
    sa.Column("term", sa.String(300), primary_key=True),
    sa.Column("weight", sa.Float, nullable=False),
)

story_vocab = sa.Table(
    "story_vocab",
    metadata,
    sa.Column("term", sa.String(300), primary_key=True),
    sa.Column("df", sa.Integer, nullable=False),
)

story_minhashes = sa.Table(
    "story_minhashes",
    metadata,
    sa.Column(
        "article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("signature", sa.LargeBinary, nullable=False),
)

story_documents = sa.Table(
    "story_documents",
    metadata,
    sa.Column(
        "article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("digest", sa.String(64), nullable=False),
    sa.Column("vector", sa.Text, nullable=False),
)
"""What each grouped article added to its story's centroid (``{}`` for a copy), and a
digest of the text it was grouped with: what taking an edited article out needs."""

DOC_COUNT_TERM = "#documents"
"""The story_vocab row that counts documents (no real term starts with '#')."""
PLACEMENTS_TERM = "#placements"
"""The story_vocab row that counts placements (stories and copies): a process whose count
differs from the stored one knows another process has grouped articles meanwhile."""

MAX_TERM = 300


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime | None) -> datetime | None:
    return utc(value) if value is not None else None


_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


@functools.cache
def _upsert_sql(paramstyle: str, table: str, keys: tuple[str, ...], column: str) -> str:
    # ON CONFLICT ... DO UPDATE with "excluded" reads the same in SQLite and PostgreSQL.
    mark = _PLACEHOLDERS[paramstyle]
    names = [*keys, column]
    return (
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join([mark] * len(names))}) "
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {column} = {table}.{column} + "
        f"excluded.{column}"
    )


def _add_increments(
    conn: sa.Connection, table: sa.Table, keys: list[str], column: str, rows: list[dict[str, Any]]
) -> None:
    """Insert rows, or add their ``column`` to the stored value (portable upsert).

    This runs for every term of every placed article, so on SQLite and PostgreSQL it
    goes to the driver as one plain ``executemany`` (SQLAlchemy's statement handling
    cost several times the database's own work here).
    """
    if not rows:
        return
    style = conn.dialect.paramstyle
    if conn.dialect.name in ("postgresql", "sqlite") and style in _PLACEHOLDERS:
        names = [*keys, column]
        sql = _upsert_sql(style, table.name, tuple(keys), column)
        conn.exec_driver_sql(sql, [tuple(row[n] for n in names) for row in rows])
    else:  # pragma: no cover - other databases: read, then write
        for row in rows:
            where = sa.and_(*(table.c[k] == row[k] for k in keys))
            done = conn.execute(
                table.update().where(where).values({column: table.c[column] + row[column]})
            )
            if done.rowcount == 0:
                conn.execute(table.insert().values(row))


# --- incremental state --------------------------------------------------------


@dataclass
class StoredStory:
    id: int
    weights: dict[str, float]
    size: int
    first_seen: datetime | None
    last_seen: datetime | None


@dataclass
class Vocabulary:
    documents: int
    placements: int
    freq: Counter[str]


def load_vocab(conn: sa.Connection) -> Vocabulary:
    """Number of documents and placements, and the document frequency of each term."""
    found = Vocabulary(0, 0, Counter())
    for term, df in conn.execute(sa.select(story_vocab.c.term, story_vocab.c.df)):
        if term == DOC_COUNT_TERM:
            found.documents = int(df)
        elif term == PLACEMENTS_TERM:
            found.placements = int(df)
        else:
            found.freq[term] = int(df)
    return found


_PLACEMENTS = sa.select(story_vocab.c.df).where(story_vocab.c.term == PLACEMENTS_TERM)


def placements(conn: sa.Connection) -> int:
    """How many articles have been grouped (by any process)."""
    return int(conn.execute(_PLACEMENTS).scalar() or 0)


def count_placement(conn: sa.Connection) -> None:
    _add_increments(conn, story_vocab, ["term"], "df", [{"term": PLACEMENTS_TERM, "df": 1}])


def load_centroids(conn: sa.Connection) -> list[StoredStory]:
    found = {
        row.id: StoredStory(
            row.id, {}, int(row.size), _aware(row.first_seen), _aware(row.last_seen)
        )
        for row in conn.execute(
            sa.select(stories.c.id, stories.c.size, stories.c.first_seen, stories.c.last_seen)
        )
    }
    for story_id, term, weight in conn.execute(sa.select(story_terms)):
        if story_id in found:
            found[story_id].weights[term] = float(weight)
    return list(found.values())


def load_signatures(conn: sa.Connection) -> list[tuple[int, bytes]]:
    return [(r.article_id, bytes(r.signature)) for r in conn.execute(sa.select(story_minhashes))]


def count_document(conn: sa.Connection, terms: Iterable[str]) -> None:
    """Count one placed document and its terms (and the placement)."""
    rows = [{"term": DOC_COUNT_TERM, "df": 1}, {"term": PLACEMENTS_TERM, "df": 1}]
    rows += [{"term": t[:MAX_TERM], "df": 1} for t in sorted(set(terms))]
    _add_increments(conn, story_vocab, ["term"], "df", rows)


def add_to_centroid(conn: sa.Connection, story_id: int, vector: Mapping[str, float]) -> None:
    rows = [
        {"story_id": story_id, "term": t[:MAX_TERM], "weight": w} for t, w in sorted(vector.items())
    ]
    _add_increments(conn, story_terms, ["story_id", "term"], "weight", rows)


def save_signature(conn: sa.Connection, article_id: int, signature: bytes) -> None:
    conn.execute(story_minhashes.delete().where(story_minhashes.c.article_id == article_id))
    conn.execute(story_minhashes.insert().values(article_id=article_id, signature=signature))


@dataclass
class Document:
    digest: str
    vector: dict[str, float]


_ADD_DOCUMENT = story_documents.insert()


def save_document(
    conn: sa.Connection,
    article_id: int,
    digest: str,
    vector: Mapping[str, float],
    *,
    replace: bool = False,
) -> None:
    """Record what an article added to its story (its vector; nothing for a copy).

    A placed article has no row yet (taking it out deleted it): ``replace`` only where
    it may have one.
    """
    if replace:
        conn.execute(story_documents.delete().where(story_documents.c.article_id == article_id))
    row = {"article_id": article_id, "digest": digest, "vector": json.dumps(dict(vector))}
    style = conn.dialect.paramstyle
    if conn.dialect.name in ("postgresql", "sqlite") and style in _PLACEHOLDERS:
        # Once per placed article: straight to the driver, as in _add_increments.
        marks = ", ".join([_PLACEHOLDERS[style]] * 3)
        sql = f"INSERT INTO story_documents (article_id, digest, vector) VALUES ({marks})"
        conn.exec_driver_sql(sql, tuple(row.values()))
    else:  # pragma: no cover - other databases
        conn.execute(_ADD_DOCUMENT, [row])


def document(conn: sa.Connection, article_id: int) -> Document | None:
    """What the article added when it was grouped (None: grouped before this was kept)."""
    row = conn.execute(
        sa.select(story_documents.c.digest, story_documents.c.vector).where(
            story_documents.c.article_id == article_id
        )
    ).first()
    if row is None:
        return None
    return Document(row.digest, {str(t): float(w) for t, w in json.loads(row.vector).items()})


RESIDUE = 1e-9
"""Centroid weights this close to zero after a subtraction are float residue: dropped."""


def uncount_document(conn: sa.Connection, terms: Iterable[str]) -> None:
    """Take one document and its terms out of the counts (the placement count stays)."""
    keys = sorted({t[:MAX_TERM] for t in terms})
    rows = [{"term": DOC_COUNT_TERM, "df": -1}] + [{"term": t, "df": -1} for t in keys]
    _add_increments(conn, story_vocab, ["term"], "df", rows)
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        conn.execute(
            story_vocab.delete().where(story_vocab.c.term.in_(chunk), story_vocab.c.df <= 0)
        )


def subtract_from_centroid(conn: sa.Connection, story_id: int, vector: Mapping[str, float]) -> None:
    add_to_centroid(conn, story_id, {t: -w for t, w in vector.items()})
    keys = sorted({t[:MAX_TERM] for t in vector})
    for start in range(0, len(keys), 500):
        conn.execute(
            story_terms.delete().where(
                story_terms.c.story_id == story_id,
                story_terms.c.term.in_(keys[start : start + 500]),
                story_terms.c.weight.between(-RESIDUE, RESIDUE),
            )
        )


def forget_article(conn: sa.Connection, article_id: int) -> None:
    """Remove an article's membership, signature and document (not its copy links)."""
    for table in (story_articles, story_minhashes, story_documents):
        conn.execute(table.delete().where(table.c.article_id == article_id))


# --- stories and memberships ----------------------------------------------------


def create_story(conn: sa.Connection, title: str, article_id: int, when: datetime | None) -> int:
    result = conn.execute(
        stories.insert().values(
            title=title,
            title_article_id=article_id,
            title_score=0.0,
            first_seen=when,
            last_seen=when,
            size=0,
            updated_at=_now(),
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def story_of(conn: sa.Connection, article_id: int) -> int | None:
    row = conn.execute(
        sa.select(story_articles.c.story_id).where(story_articles.c.article_id == article_id)
    ).first()
    return int(row.story_id) if row else None


_ADD_MEMBER = story_articles.insert()
_SET_SPAN = (
    stories.update()
    .where(stories.c.id == sa.bindparam("story"))
    .values(
        first_seen=sa.bindparam("first"),
        last_seen=sa.bindparam("last"),
        size=sa.bindparam("members"),
        updated_at=sa.bindparam("now"),
    )
)
_SET_TITLE = (
    stories.update()
    .where(stories.c.id == sa.bindparam("story"))
    .values(
        title=sa.bindparam("headline"),
        title_article_id=sa.bindparam("article"),
        title_score=sa.bindparam("score"),
    )
)


def add_member(
    conn: sa.Connection,
    story_id: int,
    article_id: int,
    similarity: float,
    *,
    first_seen: datetime | None,
    last_seen: datetime | None,
    size: int,
) -> None:
    """Record a new member and the story's span and size (as the caller computed them).

    Fixed statements with bound parameters: SQLAlchemy reuses their compiled form,
    which keeps a placement to a few cheap statements.
    """
    now = _now()
    conn.execute(
        _ADD_MEMBER,
        [
            {
                "article_id": article_id,
                "story_id": story_id,
                "similarity": similarity,
                "assigned_at": now,
            }
        ],
    )
    conn.execute(
        _SET_SPAN,
        {"story": story_id, "first": first_seen, "last": last_seen, "members": size, "now": now},
    )


def set_title(
    conn: sa.Connection, story_id: int, headline: str, article_id: int, score: float
) -> None:
    conn.execute(
        _SET_TITLE,
        {"story": story_id, "headline": headline, "article": article_id, "score": score},
    )


def load_title_scores(conn: sa.Connection) -> dict[int, float]:
    rows = conn.execute(sa.select(stories.c.id, stories.c.title_score))
    return {int(r.id): float(r.title_score) for r in rows}


def grouped_ids(conn: sa.Connection) -> set[int]:
    return {int(r.article_id) for r in conn.execute(sa.select(story_articles.c.article_id))}


def merge_stories(conn: sa.Connection, into: int, gone: int) -> None:
    """Move every member, copy and centroid weight of story ``gone`` into ``into``."""
    keep = conn.execute(sa.select(stories).where(stories.c.id == into)).one()
    other = conn.execute(sa.select(stories).where(stories.c.id == gone)).one()
    weights = {
        r.term: r.weight
        for r in conn.execute(sa.select(story_terms).where(story_terms.c.story_id == gone))
    }
    conn.execute(story_terms.delete().where(story_terms.c.story_id == gone))
    add_to_centroid(conn, into, weights)
    conn.execute(
        story_articles.update().where(story_articles.c.story_id == gone).values(story_id=into)
    )
    ends = (keep.first_seen, keep.last_seen, other.first_seen, other.last_seen)
    spans = [_aware(v) for v in ends]
    known = [v for v in spans if v is not None]
    values: dict[str, Any] = {
        "size": keep.size + other.size,
        "updated_at": _now(),
        "first_seen": min(known) if known else None,
        "last_seen": max(known) if known else None,
    }
    if other.title_score > keep.title_score:
        values.update(
            title=other.title,
            title_article_id=other.title_article_id,
            title_score=other.title_score,
        )
    conn.execute(stories.update().where(stories.c.id == into).values(**values))
    conn.execute(stories.delete().where(stories.c.id == gone))


def original_of(conn: sa.Connection, article_id: int) -> int | None:
    row = conn.execute(
        sa.select(story_copies.c.original_id).where(story_copies.c.article_id == article_id)
    ).first()
    return int(row.original_id) if row else None


def link_copy(conn: sa.Connection, article_id: int, original_id: int, jaccard: float) -> None:
    """Record ``article_id`` as a copy of ``original_id`` (and re-point its own copies)."""
    conn.execute(story_copies.delete().where(story_copies.c.article_id == article_id))
    conn.execute(
        story_copies.update()
        .where(story_copies.c.original_id == article_id)
        .values(original_id=original_id)
    )
    conn.execute(
        story_copies.insert().values(
            article_id=article_id, original_id=original_id, jaccard=jaccard
        )
    )


def unlink_copy(conn: sa.Connection, article_id: int) -> None:
    conn.execute(story_copies.delete().where(story_copies.c.article_id == article_id))


def hand_over_copies(conn: sa.Connection, original_id: int) -> int | None:
    """The earliest copy of ``original_id`` becomes the original of the others; its id."""
    when = reference_time()
    row = conn.execute(
        sa.select(story_copies.c.article_id)
        .join(articles, articles.c.id == story_copies.c.article_id)
        .where(story_copies.c.original_id == original_id)
        .order_by(when.asc().nulls_last(), articles.c.id)
        .limit(1)
    ).first()
    if row is None:
        return None
    heir = int(row.article_id)
    unlink_copy(conn, heir)
    conn.execute(
        story_copies.update()
        .where(story_copies.c.original_id == original_id)
        .values(original_id=heir)
    )
    return heir


def similarity_of(conn: sa.Connection, article_id: int) -> float:
    """How well a member matched its story on arrival (0.0 for one that started it)."""
    row = conn.execute(
        sa.select(story_articles.c.similarity).where(story_articles.c.article_id == article_id)
    ).first()
    return float(row.similarity) if row else 0.0


def set_similarity(conn: sa.Connection, article_id: int, similarity: float) -> None:
    conn.execute(
        story_articles.update()
        .where(story_articles.c.article_id == article_id)
        .values(similarity=similarity)
    )


def member_span(conn: sa.Connection, story_id: int) -> tuple[datetime | None, datetime | None]:
    """The earliest and latest time (published, else captured) of a story's members."""
    when = reference_time()
    times = [
        _aware(r.when)
        for r in conn.execute(
            sa.select(when.label("when"))
            .select_from(story_articles)
            .join(articles, articles.c.id == story_articles.c.article_id)
            .where(story_articles.c.story_id == story_id)
        )
    ]
    known = [t for t in times if t is not None]
    return (min(known), max(known)) if known else (None, None)


def has_members(conn: sa.Connection, story_id: int) -> bool:
    row = conn.execute(
        sa.select(story_articles.c.article_id).where(story_articles.c.story_id == story_id)
    ).first()
    return row is not None


def set_span(
    conn: sa.Connection,
    story_id: int,
    first_seen: datetime | None,
    last_seen: datetime | None,
    size: int,
) -> None:
    conn.execute(
        _SET_SPAN,
        {
            "story": story_id,
            "first": first_seen,
            "last": last_seen,
            "members": size,
            "now": _now(),
        },
    )


def title_article(conn: sa.Connection, story_id: int) -> int | None:
    row = conn.execute(
        sa.select(stories.c.title_article_id).where(stories.c.id == story_id)
    ).first()
    return int(row.title_article_id) if row and row.title_article_id is not None else None


@dataclass
class Title:
    headline: str
    article_id: int
    score: float


def best_title(conn: sa.Connection, story_id: int) -> Title | None:
    """The member that matched the story best on arrival (earliest placed on ties), as told
    by its original if it is a copy.

    Only members whose vector is in the centroid count: their similarity is a cosine (a
    copy's is the Jaccard of its body), as do members grouped before vectors were kept.
    """
    copies = sa.select(story_copies.c.article_id)
    counted = sa.or_(
        sa.and_(story_documents.c.vector.is_(None), story_articles.c.article_id.not_in(copies)),
        story_documents.c.vector != "{}",
    )
    row = conn.execute(
        sa.select(story_articles.c.article_id, story_articles.c.similarity)
        .select_from(story_articles)
        .outerjoin(story_documents, story_documents.c.article_id == story_articles.c.article_id)
        .where(story_articles.c.story_id == story_id, counted)
        .order_by(
            story_articles.c.similarity.desc(),
            story_articles.c.assigned_at,
            story_articles.c.article_id,
        )
        .limit(1)
    ).first()
    if row is None:
        return None
    holder = original_of(conn, int(row.article_id)) or int(row.article_id)
    headline = conn.execute(sa.select(articles.c.headline).where(articles.c.id == holder))
    return Title(headline.scalar_one(), holder, float(row.similarity))


def delete_story(conn: sa.Connection, story_id: int) -> None:
    conn.execute(story_terms.delete().where(story_terms.c.story_id == story_id))
    conn.execute(stories.delete().where(stories.c.id == story_id))


def get_stored_article(conn: sa.Connection, article_id: int) -> Article | None:
    return article_store.get_article(conn, article_id)


def clear(conn: sa.Connection) -> None:
    """Forget every story (before a rebuild)."""
    for table in (
        story_documents,
        story_minhashes,
        story_vocab,
        story_terms,
        story_copies,
        story_articles,
        stories,
    ):
        conn.execute(table.delete())


# --- reading ---------------------------------------------------------------------


def article_time(conn: sa.Connection, article_id: int) -> datetime | None:
    """When an article was published (else captured): what "earliest copy" compares."""
    row = conn.execute(
        sa.select(
            articles.c.date_published, articles.c.date_modified, articles.c.captured_at
        ).where(articles.c.id == article_id)
    ).first()
    if row is None:
        return None
    return _aware(row.date_published or row.date_modified or row.captured_at)


def iter_articles_by_time(conn: sa.Connection, batch: int = 500) -> Iterator[Article]:
    """Every article, oldest first (published, else captured), read in batches."""
    when = reference_time()
    ids = [
        int(r.id)
        for r in conn.execute(
            sa.select(articles.c.id).order_by(when.asc().nulls_last(), articles.c.id)
        )
    ]
    for start in range(0, len(ids), batch):
        yield from article_store.get_articles(conn, ids[start : start + batch])


def copies_query() -> sa.Select[Any]:
    """Ids of every near-duplicate copy, as a subquery (lists hide them by default)."""
    return sa.select(story_copies.c.article_id)


def copy_ids(conn: sa.Connection) -> set[int]:
    return {int(r.article_id) for r in conn.execute(sa.select(story_copies.c.article_id))}


def copies_in(conn: sa.Connection, ids: Iterable[int]) -> dict[int, int]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = conn.execute(sa.select(story_copies).where(story_copies.c.article_id.in_(wanted)))
    return {int(r.article_id): int(r.original_id) for r in rows}


def top_entities(conn: sa.Connection, story_id: int, limit: int = 8) -> list[str]:
    """Entity keys that weigh most in the story's centroid."""
    rows = conn.execute(
        sa.select(story_terms.c.term)
        .where(story_terms.c.story_id == story_id, story_terms.c.term.like("entity:%"))
        .order_by(story_terms.c.weight.desc(), story_terms.c.term)
        .limit(limit)
    )
    return [r.term.removeprefix("entity:") for r in rows]


def _member_ids(conn: sa.Connection, story_id: int) -> list[int]:
    when = reference_time()
    rows = conn.execute(
        sa.select(story_articles.c.article_id)
        .join(articles, articles.c.id == story_articles.c.article_id)
        .where(story_articles.c.story_id == story_id)
        .order_by(when, articles.c.id)
    )
    return [int(r.article_id) for r in rows]


def _story_record(conn: sa.Connection, row: Any) -> Story:
    members = _member_ids(conn, row.id)
    copies = copies_in(conn, members)
    return Story(
        id=int(row.id),
        title=row.title,
        first_seen=_aware(row.first_seen),
        last_seen=_aware(row.last_seen),
        article_ids=[m for m in members if m not in copies],
        copies=copies,
        top_entities=top_entities(conn, row.id),
    )


def get_story(conn: sa.Connection, story_id: int) -> Story | None:
    row = conn.execute(sa.select(stories).where(stories.c.id == story_id)).first()
    return _story_record(conn, row) if row else None


def list_stories(conn: sa.Connection, *, limit: int = 20, offset: int = 0) -> list[Story]:
    """Latest active first (by the time of their newest article)."""
    rows = conn.execute(
        sa.select(stories)
        .order_by(stories.c.last_seen.desc().nulls_last(), stories.c.id.desc())
        .limit(limit)
        .offset(offset)
    ).all()
    return [_story_record(conn, row) for row in rows]


def count_stories(conn: sa.Connection) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(stories)).scalar_one())


def story_json_summary(story: Story) -> dict[str, Any]:
    """A story as listed (no timeline)."""
    data = story.to_json()
    data.pop("timeline", None)
    return data
