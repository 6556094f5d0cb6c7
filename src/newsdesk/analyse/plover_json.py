"""PLOVER JSON output of coded events (``records.Event``).

``to_plover`` turns one event into a PLOVER record (the fields of the PLOVER manual, plus
newsdesk's evidence: flags, the reporting party, date text and character offsets),
``iter_plover`` does so for stored articles and their events (the export), and
``quad_class`` gives an event type's quad class.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from newsdesk.analyse import plover_lexicon as lex
from newsdesk.records import Article, Event, iso


def quad_class(event_type: str) -> str:
    return lex.QUAD[event_type]


def _actor_json(a: dict[str, Any]) -> dict[str, Any]:
    return {
        "text": a.get("text"),
        "code": a.get("code"),
        "sector": a.get("sector"),
        "entity": a.get("entity"),
        "start": a.get("start"),
        "end": a.get("end"),
        # a country the sentence does not state (taken from its one named country, the
        # place of the act or the article): the reader may weigh it apart
        "country_inferred": bool(a.get("country_inferred")),
    }


def to_plover(
    event: Event, *, event_id: str, article: Article | None = None, article_id: int | None = None
) -> dict[str, Any]:
    """A PLOVER JSON record (the fields of the PLOVER manual, plus newsdesk's evidence)."""
    when = event.date
    if when is None and article is not None:
        when = article.date_reference
    loc = None
    if event.location is not None:
        p = event.location
        loc = {"name": p.name, "geonameid": p.geonameid, "lat": p.lat, "lon": p.lon,
               "country_code": p.country_code}  # fmt: skip
    elif event.location_text:
        loc = {"name": event.location_text}
    return {
        "id": event_id,
        "date": (iso(when) or "")[:10] or None,
        "actor": [_actor_json(a) for a in event.actors],
        "recipient": [_actor_json(a) for a in event.recipients],
        "event": event.event_type,
        "mode": event.mode,
        "context": list(event.context),
        "event_loc": loc,
        "event_text": event.trigger,
        "text": event.sentence,
        "link": (article.canonical_url or article.url) if article is not None else None,
        "quad": lex.QUAD.get(event.event_type),
        "negated": event.negated,
        "hypothetical": event.hypothetical,
        "future": event.future,
        "reported_by": event.reported_by,
        "inferred": list(event.inferred),
        "date_text": event.date_text,
        "article_id": article_id if article_id is not None else (article.id if article else None),
        "offsets": {
            "sentence_start": event.sentence_start,
            "trigger_start": event.trigger_start,
            "trigger_end": event.trigger_end,
        },
    }


def iter_plover(
    items: Iterable[tuple[Article, list[Event]]],
) -> Iterator[dict[str, Any]]:
    """PLOVER records for stored articles and their events (the export)."""
    for article, events in items:
        for n, e in enumerate(events, start=1):
            yield to_plover(e, event_id=f"{article.id}-{n}", article=article)
