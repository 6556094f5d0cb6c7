"""A story's timeline: dated entries built from its articles' events and statements.

An entry is one day on which something happened (the Doha session, "Sunday's
session", the final round): the events the coder dated to that day, a
one-sentence summary taken from the text, the articles that report it, and the
positions actors stated that day (who demanded, agreed, rejected, warned).
Statements not tied to a dated event are dated by the article that reports them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from newsdesk.records import Article, Event, Quote, TimelineEntry

# PLOVER event types that are a stated position, and the stance they state.
EVENT_STANCES = {
    "REQUEST": "demanded",
    "AGREE": "agreed",
    "REJECT": "rejected",
    "THREATEN": "warned",
    "ACCUSE": "accused",
    "CONCEDE": "conceded",
    "SUPPORT": "supported",
}

# Cue verbs (lemma prefixes) of attributed statements, and the stance they state.
CUE_STANCES = (
    (("demand", "call", "urg", "ask", "insist", "press"), "demanded"),
    (("agre", "accept", "welcom", "endors"), "agreed"),
    (("reject", "refus", "den", "dismiss", "rul"), "rejected"),
    (("warn", "threat", "caution"), "warned"),
    (("accus", "blam", "condemn"), "accused"),
)

_SENTENCE_END = re.compile(r"([.!?][\"”’)]?)\s+|\n\s*\n")


@dataclass
class ArticleFacts:
    """One article of the story with what analysis found in it."""

    article: Article
    events: Sequence[Event] = ()
    quotes: Sequence[Quote] = ()


@dataclass
class _Day:
    day: date
    events: list[tuple[ArticleFacts, Event]] = field(default_factory=list)
    statements: list[tuple[ArticleFacts, Quote]] = field(default_factory=list)


def cue_stance(cue: str) -> str:
    """'demanded', 'agreed', 'rejected', 'warned', 'accused', or 'stated'."""
    word = cue.lower().strip()
    for prefixes, stance in CUE_STANCES:
        if word.startswith(prefixes):
            return stance
    return "stated"


def sentence_at(text: str, offset: int) -> str:
    """The sentence of ``text`` that contains character ``offset``."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end(1) if match.group(1) else match.start()
        if end > offset:
            return " ".join(text[start:end].split())
        start = match.end()
    return " ".join(text[start:].split())


def _article_day(facts: ArticleFacts) -> date | None:
    published = facts.article.date_published
    return published.date() if published else None


def _event_counts(event: Event) -> bool:
    # What did not happen, only might, or is only planned is not (yet) a timeline entry:
    # when it happens, the articles that report it date it.
    return (
        event.date is not None and not event.negated and not event.hypothetical and not event.future
    )


def _inside(quote: Quote, event: Event) -> bool:
    return event.sentence_start <= quote.start < event.sentence_start + len(event.sentence)


def _collect(facts: Iterable[ArticleFacts]) -> dict[date, _Day]:
    days: dict[date, _Day] = {}
    for item in facts:
        published = _article_day(item)
        dated = [
            e
            for e in item.events
            if _event_counts(e)
            # An article cannot report as done what is dated after it: that is a plan.
            and (published is None or e.date is None or e.date.astimezone(UTC).date() <= published)
        ]
        for event in dated:
            assert event.date is not None
            day = event.date.astimezone(UTC).date()
            days.setdefault(day, _Day(day)).events.append((item, event))
        for quote in item.quotes:
            host = next((e for e in dated if _inside(quote, e)), None)
            day_of = host.date.astimezone(UTC).date() if host and host.date else _article_day(item)
            if day_of is not None:
                days.setdefault(day_of, _Day(day_of)).statements.append((item, quote))
    return days


def _published_key(facts: ArticleFacts) -> tuple[datetime, int]:
    published = facts.article.date_reference or datetime.max.replace(tzinfo=UTC)
    return published, facts.article.id or 0


def _summary(day: _Day) -> str:
    """The sentence of the day's first-reported event, else of its first statement."""
    if day.events:
        # The earliest report of the day's first event.
        item, event = min(day.events, key=lambda p: (_published_key(p[0]), p[1].sentence_start))
        return " ".join(event.sentence.split())
    item, quote = min(day.statements, key=lambda pair: (_published_key(pair[0]), pair[1].start))
    return sentence_at(item.article.body, quote.start)


MAX_ACTOR_WORDS = 8
"""An actor is a name or a short description; a longer span is a parse gone wrong."""


def _actor_name(event: Event) -> str | None:
    if not event.actors:
        return None
    actor = event.actors[0]
    name = " ".join(str(actor.get("text") or actor.get("entity") or "").split())
    return name if name and len(name.split()) <= MAX_ACTOR_WORDS else None


def _positions(day: _Day) -> list[dict[str, Any]]:
    """Who stated what that day: {'actor', 'entity', 'stance', 'text'}, statements first.

    One actor (the same entity, else the same words) keeps one position per stance
    and text; an event adds a stance only where no statement already gave it.
    """
    positions: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str]] = set()

    def who(actor: str, entity: str | None) -> str:
        return entity or actor.lower()

    def add(actor: str, entity: str | None, stance: str, text: str) -> None:
        key = (who(actor, entity), stance, text)
        if key not in seen:
            seen.add(key)
            positions.append({"actor": actor, "entity": entity, "stance": stance, "text": text})

    for _, quote in sorted(day.statements, key=lambda p: (_published_key(p[0]), p[1].start)):
        content = " ".join(quote.content.split())
        add(quote.speaker, quote.speaker_entity, cue_stance(quote.cue), content)
    for _, event in sorted(day.events, key=lambda p: (_published_key(p[0]), p[1].sentence_start)):
        stance = EVENT_STANCES.get(event.event_type)
        actor = _actor_name(event)
        if not stance or not actor:
            continue
        entity = event.actors[0].get("entity") or None
        stated = {(who(p["actor"], p["entity"]), p["stance"]) for p in positions}
        if (who(actor, entity), stance) not in stated:
            add(actor, entity, stance, " ".join(event.sentence.split()))
    return positions


def build_timeline(facts: Iterable[ArticleFacts]) -> list[TimelineEntry]:
    """Dated entries of a story, oldest first, one per day with events or statements."""
    entries = []
    for day in sorted(_collect(facts).values(), key=lambda d: d.day):
        reporters = {f.article.id for f, _ in day.events}
        reporters |= {f.article.id for f, _ in day.statements}
        entries.append(
            TimelineEntry(
                date=datetime(day.day.year, day.day.month, day.day.day, tzinfo=UTC),
                precision="day",
                summary=_summary(day),
                article_ids=sorted(i for i in reporters if i is not None),
                positions=_positions(day),
            )
        )
    return entries
