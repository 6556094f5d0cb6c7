"""Stored analyses: mentions, entities (one row per real thing, with aliases), quotes.

An article's analysis is replaced whole when it is analysed again. Entities
are shared by all articles: a new entity whose name or alias is already the
alias of exactly one stored entity of a compatible kind is that entity
("TTP" alone in a later article is still Tehreek-e-Taliban Pakistan).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from newsdesk.records import Analysis, Article, Entity, Mention, Place, Quote
from newsdesk.store.schema import articles, metadata

ANALYSIS_VERSION = 2
"""Bump when the analyse stage changes what it finds: reprocess then redoes old analyses.
2: entity kinds set right (known names, people by syntax), seas and regions as places,
non-English text not analysed, broader event triggers (2026-11-26)."""


def _article_fk() -> sa.Column[int]:
    return sa.Column(
        "article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
    )


analyses = sa.Table(
    "analyses",
    metadata,
    sa.Column(
        "article_id",
        sa.Integer,
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("sourcing", sa.Text, nullable=False),
    sa.Column("analysed_at", sa.DateTime(timezone=True), nullable=False),
)

entities = sa.Table(
    "entities",
    metadata,
    sa.Column("key", sa.String(300), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.String(30), nullable=False),
    sa.Column("country", sa.String(3)),
    sa.Column("sector", sa.String(10)),
    sa.Column("role", sa.Text),
    sa.Column("geonameid", sa.Integer),
    sa.Column("place", sa.Text),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_entities_kind", "kind"),
)

entity_aliases = sa.Table(
    "entity_aliases",
    metadata,
    sa.Column(
        "entity_key",
        sa.String(300),
        sa.ForeignKey("entities.key", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("alias", sa.String(300), primary_key=True),
    sa.Column("norm", sa.String(300), nullable=False),
    sa.Index("ix_entity_aliases_norm", "norm"),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    sa.Column("start_char", sa.Integer, nullable=False),
    sa.Column("end_char", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("kind", sa.String(30), nullable=False),
    sa.Column("entity_key", sa.String(300)),
    sa.Column("role", sa.Text),
    sa.Column("geonameid", sa.Integer),
    sa.Column("place", sa.Text),
    sa.Index("ix_mentions_article", "article_id"),
    sa.Index("ix_mentions_entity", "entity_key"),
)

quotes = sa.Table(
    "quotes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    sa.Column("start_char", sa.Integer, nullable=False),
    sa.Column("end_char", sa.Integer, nullable=False),
    sa.Column("content", sa.Text, nullable=False),
    sa.Column("speaker", sa.Text, nullable=False),
    sa.Column("speaker_kind", sa.String(30), nullable=False),
    sa.Column("cue", sa.String(100), nullable=False),
    sa.Column("direct", sa.Boolean, nullable=False),
    sa.Column("speaker_entity", sa.String(300)),
    sa.Column("speaker_start", sa.Integer),
    sa.Column("speaker_end", sa.Integer),
    sa.Column("content_start", sa.Integer),
    sa.Column("content_end", sa.Integer),
    sa.Index("ix_quotes_article", "article_id"),
    sa.Index("ix_quotes_speaker_entity", "speaker_entity"),
)

_ORG_KINDS = frozenset({"organisation", "armed_group", "government"})


def alias_norm(text: str) -> str:
    """Case, accents, punctuation and a leading 'the' do not make another alias."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’]s\b", "", text)
    text = " ".join(re.sub(r"[^\w]+", " ", text).split())
    return text[4:] if text.startswith("the ") else text


def _now() -> datetime:
    return datetime.now(UTC)


def _place_json(place: Place | None) -> str | None:
    return json.dumps(place.to_json(), ensure_ascii=False) if place else None


def _place(value: str | None) -> Place | None:
    return Place(**json.loads(value)) if value else None


def _compatible(kind_a: str, kind_b: str) -> bool:
    return kind_a == kind_b or (kind_a in _ORG_KINDS and kind_b in _ORG_KINDS)


def _canonical_keys(conn: sa.Connection, found: Iterable[Entity]) -> dict[str, str]:
    """Article-level entity key -> the stored entity it is (itself when new or known)."""
    mapping: dict[str, str] = {}
    for entity in found:
        if conn.execute(sa.select(entities.c.key).where(entities.c.key == entity.key)).first():
            continue
        norms = {alias_norm(n) for n in [entity.name, *entity.aliases]} - {""}
        rows = conn.execute(
            sa.select(entities.c.key, entities.c.kind)
            .join(entity_aliases, entity_aliases.c.entity_key == entities.c.key)
            .where(entity_aliases.c.norm.in_(norms))
            .distinct()
        ).all()
        keys = {r.key for r in rows if _compatible(r.kind, entity.kind)}
        if len(keys) == 1:
            mapping[entity.key] = keys.pop()
    return mapping


def _upsert_entity(conn: sa.Connection, entity: Entity, key: str) -> None:
    row = conn.execute(sa.select(entities).where(entities.c.key == key)).first()
    values: dict[str, Any] = {
        "name": entity.name,
        "kind": entity.kind,
        "country": entity.country,
        "sector": entity.sector,
        "role": entity.role,
        "geonameid": entity.place.geonameid or None if entity.place else None,
        "place": _place_json(entity.place),
        "updated_at": _now(),
    }
    if row is None:
        conn.execute(entities.insert().values(key=key, **values))
    else:
        # Fill what was unknown; the first name stays (it is usually the fullest).
        update = {k: v for k, v in values.items() if getattr(row, k) is None and v is not None}
        if update:
            conn.execute(entities.update().where(entities.c.key == key).values(**update))
    known = {
        r.alias
        for r in conn.execute(
            sa.select(entity_aliases.c.alias).where(entity_aliases.c.entity_key == key)
        )
    }
    for alias in dict.fromkeys([entity.name, *entity.aliases]):
        alias = alias[:300]
        if alias and alias not in known:
            conn.execute(
                entity_aliases.insert().values(entity_key=key, alias=alias, norm=alias_norm(alias))
            )
            known.add(alias)


def save_analysis(
    conn: sa.Connection, article_id: int, analysis: Analysis, *, version: int = ANALYSIS_VERSION
) -> Analysis:
    """Replace the stored analysis of an article; returns it with cross-article entity keys."""
    mapping = _canonical_keys(conn, analysis.entities)

    def canon(key: str | None) -> str | None:
        return mapping.get(key, key) if key else key

    for entity in analysis.entities:
        _upsert_entity(conn, entity, canon(entity.key) or entity.key)
    conn.execute(mentions.delete().where(mentions.c.article_id == article_id))
    conn.execute(quotes.delete().where(quotes.c.article_id == article_id))
    conn.execute(analyses.delete().where(analyses.c.article_id == article_id))
    for m in analysis.mentions:
        m.entity = canon(m.entity)
    for q in analysis.quotes:
        q.speaker_entity = canon(q.speaker_entity)
    for e in analysis.entities:
        e.key = canon(e.key) or e.key
    if analysis.mentions:
        conn.execute(
            mentions.insert(),
            [
                {
                    "article_id": article_id,
                    "start_char": m.start,
                    "end_char": m.end,
                    "text": m.text,
                    "kind": m.kind,
                    "entity_key": m.entity,
                    "role": m.role,
                    "geonameid": m.place.geonameid or None if m.place else None,
                    "place": _place_json(m.place),
                }
                for m in analysis.mentions
            ],
        )
    if analysis.quotes:
        conn.execute(
            quotes.insert(),
            [
                {
                    "article_id": article_id,
                    "start_char": q.start,
                    "end_char": q.end,
                    "content": q.content,
                    "speaker": q.speaker,
                    "speaker_kind": q.speaker_kind,
                    "cue": q.cue,
                    "direct": q.direct,
                    "speaker_entity": q.speaker_entity,
                    "speaker_start": q.speaker_start,
                    "speaker_end": q.speaker_end,
                    "content_start": q.content_start,
                    "content_end": q.content_end,
                }
                for q in analysis.quotes
            ],
        )
    conn.execute(
        analyses.insert().values(
            article_id=article_id,
            version=version,
            sourcing=json.dumps(analysis.sourcing),
            analysed_at=_now(),
        )
    )
    return analysis


def delete_analysis(conn: sa.Connection, article_id: int) -> None:
    """Forget an article's mentions, quotes and analysis state (its entities stay: shared)."""
    for table in (mentions, quotes, analyses):
        conn.execute(table.delete().where(table.c.article_id == article_id))


def needs_analysis(
    conn: sa.Connection, article_ids: list[int], *, version: int = ANALYSIS_VERSION
) -> set[int]:
    """Those of ``article_ids`` never analysed, or analysed by an older version."""
    if not article_ids:
        return set()
    done = {
        r.article_id
        for r in conn.execute(
            sa.select(analyses.c.article_id).where(
                analyses.c.article_id.in_(article_ids), analyses.c.version >= version
            )
        )
    }
    return set(article_ids) - done


def _entity_from_row(row: Any, aliases: list[str]) -> Entity:
    return Entity(
        key=row.key,
        name=row.name,
        kind=row.kind,
        aliases=[a for a in aliases if a != row.name],
        country=row.country,
        sector=row.sector,
        role=row.role,
        place=_place(row.place),
    )


def _aliases(conn: sa.Connection, keys: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {k: [] for k in keys}
    if keys:
        rows = conn.execute(
            sa.select(entity_aliases.c.entity_key, entity_aliases.c.alias)
            .where(entity_aliases.c.entity_key.in_(keys))
            .order_by(entity_aliases.c.entity_key, entity_aliases.c.alias)
        )
        for row in rows:
            out[row.entity_key].append(row.alias)
    return out


def _quote_from_row(row: Any) -> Quote:
    return Quote(
        start=row.start_char,
        end=row.end_char,
        content=row.content,
        speaker=row.speaker,
        speaker_kind=row.speaker_kind,
        cue=row.cue,
        direct=bool(row.direct),
        speaker_entity=row.speaker_entity,
        speaker_start=row.speaker_start,
        speaker_end=row.speaker_end,
        content_start=row.content_start,
        content_end=row.content_end,
    )


def _entity_keys(mention: Mention) -> list[str]:
    """A capital acting is its government's mention and keeps its place's entity too."""
    keys = [mention.entity] if mention.entity else []
    if mention.kind == "government" and mention.place is not None:
        keys.append(f"place:{mention.place.key}")
    return keys


def load_analysis(conn: sa.Connection, article_id: int) -> Analysis | None:
    """The stored analysis of an article (events excepted), or None if it has none."""
    state = conn.execute(
        sa.select(analyses.c.article_id).where(analyses.c.article_id == article_id)
    ).first()
    if state is None:
        return None
    found = [
        Mention(
            start=r.start_char,
            end=r.end_char,
            text=r.text,
            kind=r.kind,
            entity=r.entity_key,
            role=r.role,
            place=_place(r.place),
        )
        for r in conn.execute(
            sa.select(mentions)
            .where(mentions.c.article_id == article_id)
            .order_by(mentions.c.start_char, mentions.c.id)
        )
    ]
    said = [
        _quote_from_row(r)
        for r in conn.execute(
            sa.select(quotes)
            .where(quotes.c.article_id == article_id)
            .order_by(quotes.c.start_char, quotes.c.id)
        )
    ]
    keys = list(
        dict.fromkeys(
            [k for m in found for k in _entity_keys(m)]
            + [q.speaker_entity for q in said if q.speaker_entity]
        )
    )
    aliases = _aliases(conn, keys)
    rows = conn.execute(sa.select(entities).where(entities.c.key.in_(keys))).all() if keys else []
    by_key = {r.key: _entity_from_row(r, aliases[r.key]) for r in rows}
    return Analysis(mentions=found, entities=[by_key[k] for k in keys if k in by_key], quotes=said)


@dataclass
class EntitySummary:
    entity: Entity
    mentions: int
    articles: int

    def to_json(self) -> dict[str, Any]:
        return {**self.entity.to_json(), "mentions": self.mentions, "articles": self.articles}


def list_entities(
    conn: sa.Connection,
    *,
    kind: str | None = None,
    name: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[EntitySummary]:
    """Entities with their mention and article counts, most mentioned first."""
    # A capital that acts is its government's mention, and still a mention of the place.
    place_key = sa.literal("place:") + sa.cast(mentions.c.geonameid, sa.String)
    refs = sa.union_all(
        sa.select(mentions.c.entity_key.label("key"), mentions.c.article_id),
        sa.select(place_key.label("key"), mentions.c.article_id).where(
            mentions.c.kind == "government", mentions.c.geonameid.is_not(None)
        ),
    ).subquery()
    counts = (
        sa.select(
            refs.c.key,
            sa.func.count().label("mentions"),
            sa.func.count(sa.distinct(refs.c.article_id)).label("articles"),
        )
        .group_by(refs.c.key)
        .subquery()
    )
    query = (
        sa.select(entities, counts.c.mentions, counts.c.articles)
        .join(counts, counts.c.key == entities.c.key)
        .order_by(counts.c.mentions.desc(), entities.c.name)
        .limit(limit)
        .offset(offset)
    )
    if kind:
        query = query.where(entities.c.kind == kind)
    if name:
        matching = sa.select(entity_aliases.c.entity_key).where(
            entity_aliases.c.norm.contains(alias_norm(name), autoescape=True)
        )
        query = query.where(entities.c.key.in_(matching))
    rows = conn.execute(query).all()
    aliases = _aliases(conn, [r.key for r in rows])
    return [
        EntitySummary(_entity_from_row(r, aliases[r.key]), int(r.mentions), int(r.articles))
        for r in rows
    ]


@dataclass
class QuoteRecord:
    quote: Quote
    article_id: int
    headline: str

    def to_json(self) -> dict[str, Any]:
        return {**self.quote.to_json(), "article_id": self.article_id, "headline": self.headline}


def list_quotes(
    conn: sa.Connection,
    *,
    speaker: str | None = None,
    speaker_kind: str | None = None,
    article_id: int | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[QuoteRecord]:
    """Stored quotes, latest articles first. ``speaker`` matches the speaker's words or
    any alias of the speaker entity ('Asif' finds 'Defence Minister Khawaja Asif')."""
    query = (
        sa.select(quotes, articles.c.headline)
        .join(articles, articles.c.id == quotes.c.article_id)
        .order_by(articles.c.id.desc(), quotes.c.start_char)
        .limit(limit)
        .offset(offset)
    )
    if speaker:
        by_alias = sa.select(entity_aliases.c.entity_key).where(
            entity_aliases.c.norm.contains(alias_norm(speaker), autoescape=True)
        )
        query = query.where(
            sa.or_(
                sa.func.lower(quotes.c.speaker).contains(speaker.lower(), autoescape=True),
                quotes.c.speaker_entity.in_(by_alias),
            )
        )
    if speaker_kind:
        query = query.where(quotes.c.speaker_kind == speaker_kind)
    if article_id is not None:
        query = query.where(quotes.c.article_id == article_id)
    return [QuoteRecord(_quote_from_row(r), r.article_id, r.headline) for r in conn.execute(query)]


def articles_mentioning(conn: sa.Connection, key: str, *, limit: int = 50) -> list[int]:
    """Ids of articles that mention an entity, latest first."""
    rows = conn.execute(
        sa.select(mentions.c.article_id)
        .where(mentions.c.entity_key == key)
        .distinct()
        .order_by(mentions.c.article_id.desc())
        .limit(limit)
    )
    return [r.article_id for r in rows]


def analysed_article(article: Article) -> bool:
    """Whether an article has a body worth analysing."""
    return bool(article.body and article.body.strip())
