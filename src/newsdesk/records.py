"""The data contract: records passed between stages.

Every stage takes and returns these dataclasses. This module imports nothing
from the project so that any stage (or a remote worker) can depend on it alone.

Conventions:
- every datetime is timezone-aware and in UTC;
- every extracted fact carries evidence: character offsets ``start``/``end``
  into ``Article.body`` (the text the analyse stage reads);
- ``to_json()`` gives the JSON-ready dict the CLI, API and exports print.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

TimeMethod = Literal["exact", "relative", "estimated"]
"""How a time was obtained: stated on the page, resolved from a relative stamp
("3 Hours ago") against the capture time, or inferred (e.g. from the URL or
the capture time itself)."""

Precision = Literal["year", "month", "day", "hour", "minute", "second"]

SpeakerKind = Literal[
    "named_person", "official_role", "anonymous_source", "organisation", "government"
]


def utc(value: datetime) -> datetime:
    """Return ``value`` as an aware UTC datetime; naive values are taken as UTC."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def in_handled_range(value: datetime) -> bool:
    """Whether ``value`` exists in UTC with a decade either way (relative stamps count back
    from a capture time, event dates forward): 9999-12-31T23:59:59-12:00 does not."""
    try:
        when = utc(value)
        when - timedelta(days=3660)
        when + timedelta(days=3660)
    except OverflowError:
        return False
    return True


def iso(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with a ``Z`` suffix, or None."""
    if value is None:
        return None
    return utc(value).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class ExtractedTime:
    """A point in time read from a document, with how and how precisely."""

    value: datetime
    method: TimeMethod
    precision: Precision
    evidence: str = ""
    """The text or field it came from, e.g. '3 Hours ago' or 'json-ld:datePublished'."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "value", utc(self.value))

    def to_json(self) -> dict[str, Any]:
        return {
            "value": iso(self.value),
            "method": self.method,
            "precision": self.precision,
            "evidence": self.evidence,
        }


@dataclass
class RawDocument:
    """Bytes as acquired, before any interpretation."""

    content: bytes
    media_type: str
    """'text/html' or 'text/plain' (a page capture); extraction dispatches on it."""
    fetched_at: datetime
    """When the bytes were captured: HTTP fetch, WARC-Date, --captured-at or file mtime."""
    fetched_at_method: str = "given"
    """'given' (user said), 'file-mtime', 'http', 'warc'."""
    url: str | None = None
    source: str | None = None
    path: str | None = None
    hints: dict[str, Any] = field(default_factory=dict)
    """Evidence from where it was found: feed entry title/date, sitemap
    publication date, HTTP Last-Modified. Keys: 'title', 'published',
    'modified' (ISO strings), 'feed_content', 'charset'."""

    def __post_init__(self) -> None:
        self.fetched_at = utc(self.fetched_at)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


@dataclass
class Article:
    """One clean article, as extracted (before analysis)."""

    headline: str
    body: str
    """Plain text, paragraphs separated by one blank line."""
    authors: list[str] = field(default_factory=list)
    published: ExtractedTime | None = None
    modified: ExtractedTime | None = None
    url: str | None = None
    canonical_url: str | None = None
    source: str | None = None
    language: str | None = None
    dateline: str | None = None
    description: str | None = None
    site_name: str | None = None
    captured_at: datetime | None = None
    captured_at_method: str | None = None
    id: int | None = None
    """Assigned by the store."""
    raw_hash: str | None = None
    """content_hash of the RawDocument it came from."""
    extras: dict[str, Any] = field(default_factory=dict)
    """Extractor diagnostics that are not part of the contract."""

    @property
    def date_published(self) -> datetime | None:
        return self.published.value if self.published else None

    @property
    def date_modified(self) -> datetime | None:
        return self.modified.value if self.modified else None

    @property
    def date_reference(self) -> datetime | None:
        """When the text speaks from: its publication, else its last update (a page may show
        only "Updated ..."), else when it was captured. Dates stories, timelines and events."""
        return self.date_published or self.date_modified or self.captured_at

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]

    @property
    def key(self) -> str:
        """Identity of the article across ingests: canonical URL, else its text."""
        if self.canonical_url or self.url:
            return "url:" + (self.canonical_url or self.url or "")
        digest = hashlib.sha256(f"{self.headline}\n{self.body}".encode()).hexdigest()
        return "text:" + digest

    def to_json(self) -> dict[str, Any]:
        """schema.org NewsArticle names where they fit, newsdesk names elsewhere."""
        return {
            "id": self.id,
            "@type": "NewsArticle",
            "headline": self.headline,
            "author": list(self.authors),
            "datePublished": iso(self.date_published),
            "dateModified": iso(self.date_modified),
            "datePublishedInfo": self.published.to_json() if self.published else None,
            "dateModifiedInfo": self.modified.to_json() if self.modified else None,
            "dateline": self.dateline,
            "articleBody": self.body,
            "description": self.description,
            "inLanguage": self.language,
            "url": self.canonical_url or self.url,
            "sourceUrl": self.url,
            "publisher": self.site_name,
            "source": self.source,
            "capturedAt": iso(self.captured_at),
            "capturedAtMethod": self.captured_at_method,
        }


# --- analysis records (filled by analyse/) ---------------------------------


@dataclass
class Place:
    """A geocoded place (GeoNames)."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country_code: str
    """ISO 3166-1 alpha-2."""
    feature: str = ""
    """'country', 'admin1', 'city', ..."""
    population: int = 0
    code: str = ""
    """ISO 3166-2 code of a state or province ('PK-SD'). The few that GeoNames lacks have
    ``geonameid`` 0, and this code is their identity; so do seas and world regions
    (``feature`` 'sea' or 'region'), coded 'sea:red-sea', 'region:middle-east'."""
    approximate: bool = False
    """True when the name itself is not in the gazetteer (a building, a neighbourhood) and this
    is the text's main place, the one it is most likely in or near."""

    @property
    def key(self) -> str:
        """Identity: the GeoNames id, else the ISO 3166-2 code."""
        return str(self.geonameid) if self.geonameid else self.code

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Mention:
    """A span of the body naming something."""

    start: int
    end: int
    text: str
    kind: str
    """'person', 'organisation', 'armed_group', 'government', 'place', 'nationality'."""
    entity: str | None = None
    """Key of the Entity it resolves to (see Entity.key)."""
    role: str | None = None
    """A title dropped from a person's name: 'Defence Minister'."""
    place: Place | None = None

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["place"] = self.place.to_json() if self.place else None
        return out


@dataclass
class Entity:
    """One real thing, with every name it goes by."""

    key: str
    """Stable identity across articles, e.g. 'org:tehreek-e-taliban pakistan'."""
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    """ISO 3166-1 alpha-3 where the entity belongs to a country."""
    sector: str | None = None
    """PLOVER sector: GOV, MIL, REB, OPP, IGO, CVL, ..."""
    role: str | None = None
    place: Place | None = None

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["place"] = self.place.to_json() if self.place else None
        return out


@dataclass
class Quote:
    """A statement attributed to a speaker."""

    start: int
    end: int
    content: str
    speaker: str
    speaker_kind: SpeakerKind
    cue: str
    direct: bool
    speaker_entity: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    content_start: int | None = None
    content_end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Event:
    """A PLOVER event reported by one sentence."""

    event_type: str
    """One of the 16 PLOVER event types, e.g. 'CONSULT'."""
    sentence: str
    sentence_start: int
    trigger: str
    trigger_start: int
    trigger_end: int
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    """Each: {'text', 'entity', 'country' (alpha-3), 'sector', 'start', 'end'}."""
    recipients: list[dict[str, Any]] = field(default_factory=list)
    location: Place | None = None
    location_text: str | None = None
    date: datetime | None = None
    date_text: str | None = None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    reported_by: str | None = None
    """Who said it happened (speaker text), when it is reported speech."""
    date_precision: str | None = None
    """'day', 'week', 'month' or 'year' when ``date`` was read from the sentence."""
    inferred: list[str] = field(default_factory=list)
    """Parts taken from the discourse rather than the sentence: 'actors', 'recipients'."""

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["location"] = self.location.to_json() if self.location else None
        out["date"] = iso(self.date)
        return out


@dataclass
class Analysis:
    """Everything the analyse stage found in one article."""

    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def places(self) -> list[Place]:
        seen: dict[str, Place] = {}
        for m in self.mentions:
            if m.place is not None:
                seen.setdefault(m.place.key, m.place)
        return list(seen.values())

    @property
    def sourcing(self) -> dict[str, int]:
        """Counts of statements by speaker kind."""
        counts: dict[str, int] = {}
        for q in self.quotes:
            counts[q.speaker_kind] = counts.get(q.speaker_kind, 0) + 1
        return counts

    def to_json(self) -> dict[str, Any]:
        return {
            "mentions": [m.to_json() for m in self.mentions],
            "entities": [e.to_json() for e in self.entities],
            "places": [p.to_json() for p in self.places],
            "quotes": [q.to_json() for q in self.quotes],
            "events": [e.to_json() for e in self.events],
            "sourcing": self.sourcing,
        }


# --- stories (filled by stories/) -------------------------------------------


@dataclass
class TimelineEntry:
    date: datetime
    precision: Precision
    summary: str
    article_ids: list[int] = field(default_factory=list)
    positions: list[dict[str, Any]] = field(default_factory=list)
    """Each: {'actor', 'stance' (demanded/agreed/rejected/warned...), 'text'}."""

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["date"] = iso(self.date)
        return out


@dataclass
class Story:
    id: int | None
    title: str
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    article_ids: list[int] = field(default_factory=list)
    copies: dict[int, int] = field(default_factory=dict)
    """copy article id -> id of the earliest copy it duplicates."""
    top_entities: list[str] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "firstSeen": iso(self.first_seen),
            "lastSeen": iso(self.last_seen),
            "articleCount": len(self.article_ids),
            "articleIds": list(self.article_ids),
            "copies": {str(k): v for k, v in self.copies.items()},
            "topEntities": list(self.top_entities),
            "timeline": [t.to_json() for t in self.timeline],
        }
