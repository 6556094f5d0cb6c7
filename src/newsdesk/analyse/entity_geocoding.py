"""Geocoding the place mentions, and places that stand for their state (metonymy).

Places are resolved together by the gazetteer; a nationality maps to its country; a
country or capital that acts ("Islamabad demanded", "directives from Kabul") or a seat
of government ("the Kremlin said") is that country's government, with the place kept
on the mention; "the host country" is the country of the city talks were held in.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsdesk.analyse.countries import (
    alpha2_to_alpha3,
    country_of_capital,
    country_of_demonym,
    country_of_name,
)
from newsdesk.analyse.entity_common import (
    _ACTION_NOUNS,
    _LEADER_NOUNS,
    _Found,
    _words,
    gazetteer_spelling,
    place_rows,
)
from newsdesk.analyse.gazetteer import Gazetteer, get_gazetteer, to_place
from newsdesk.analyse.places import named_in, named_within, resolve_names
from newsdesk.records import Place

# --- metonymy -----------------------------------------------------------------


# Verbs whose subject is a location, not an actor.
_STATIVE = _words(
    """
    be lie sit border remain become stand host have include locate
    """
)


def _acts(head: Token | None) -> bool:
    """Whether a place name is used as an actor: subject of an action, source of directives,
    the state a government is named by."""
    if head is None:
        return False
    if head.dep_ in ("nsubj", "nsubjpass", "agent") and head.head.pos_ in ("VERB", "AUX"):
        return head.dep_ != "nsubjpass" and head.head.lemma_ not in _STATIVE
    if head.dep_ == "pobj" and head.head.lower_ == "from":
        noun = head.head.head
        return noun.lemma_.lower() in _ACTION_NOUNS or noun.lower_ in _ACTION_NOUNS
    if head.dep_ == "poss":  # "Kabul's demands", "Turkey's government"
        return head.head.lemma_.lower() in _ACTION_NOUNS | _LEADER_NOUNS
    if head.dep_ == "conj":
        return _acts(head.head)
    # 'the Kabul government', 'the Tehran regime': the state by its capital or name
    return head.dep_ == "compound" and head.head.lemma_.lower() in _LEADER_NOUNS


_HOST = re.compile(r"\bthe (host (?:country|nation|government))\b", re.IGNORECASE)
_VENUE = re.compile(r"\b(?:held|hosted|convened|took place|taking place|meeting) in\s*$")


def _host_country(doc: Doc, text: str, spans: list[_Found], gaz: Gazetteer) -> list[_Found]:
    """'the host country' is the country of the city talks were held in, named before it
    ('The third round of talks, held in Istanbul, ...' -> Turkey)."""
    added = []
    for match in _HOST.finditer(text):
        host = None
        for span in spans:
            if span.start >= match.start():
                break
            before = text[max(0, span.start - 40) : span.start]
            if span.place and span.place.feature == "city" and _VENUE.search(before):
                host = alpha2_to_alpha3(span.place.country_code)
        if host is None or any(s.start <= match.start(1) < s.end for s in spans):
            continue
        found = _Found(match.start(1), match.end(1), "place", "GPE", country=host)
        found.place = gaz.country_place(host)
        char_span = doc.char_span(found.start, found.end, alignment_mode="expand")
        found.head = char_span.root if char_span is not None else None
        if _acts(found.head):
            found.kind = "government"
        added.append(found)
    return sorted(spans + added, key=lambda s: s.start)


_LOCATIVE = _words(
    """
    in at inside outside near into to toward towards around across through beside behind
    """
)


def _seat_as_state(span: _Found) -> bool:
    """A seat of government is its state ('a White House official', 'the Kremlin's
    line') except where it is the place itself ('talks in the Kremlin')."""
    head = span.head
    if span.known != "seat" or head is None:
        return False
    return not (head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE)


def _geocode(
    text: str, spans: list[_Found], gazetteer: Gazetteer | None, source_country: str | None
) -> None:
    """Places resolved together (an Arabic name under the spelling the gazetteer holds:
    'Qaim' as 'Al Qaim'), nationalities given their country, places that act made their
    state's government. A place found from its context ('in Hamilton' beside 'British')
    that resolves to none of the places that made it one (a homonym abroad: Hamilton,
    Canada) is the largest of those places (Hamilton, Scotland)."""
    gaz = gazetteer or get_gazetteer()
    places = [s for s in spans if s.kind == "place"]
    offsets = [(s.start, s.end) for s in places]
    resolved = resolve_names(
        [s.gazetteer_name or gazetteer_spelling(text[s.start : s.end], gaz) for s in places],
        gazetteer=gaz,
        source_country=source_country,
        # as geocode_mentions: 'Paris, Texas' is read in Texas, 'the X Hall in Vienna' in Vienna
        within=named_within(text, offsets),
        located_in=named_in(text, offsets),
    )
    for span, place in zip(places, resolved, strict=True):
        if span.recovered_in is not None and (
            place is None or place.approximate or place.country_code not in span.recovered_in
        ):
            place = _evidence_place(text[span.start : span.end], span.recovered_in, gaz)
        span.place = span.place or place  # a state named by its code is set already
        name = text[span.start : span.end]
        if span.known == "seat":
            pass  # its state, from the ruler's table
        elif place is not None and place.feature == "country":
            span.country = alpha2_to_alpha3(place.country_code)
        else:
            span.country = country_of_name(name) or country_of_capital(name)
        if span.country and (_acts(span.head) or _seat_as_state(span)):
            span.kind = "government"
    for span in spans:
        if span.kind == "nationality":
            span.country = country_of_demonym(text[span.start : span.end])
            if span.country:
                span.place = gaz.country_place(span.country)


def _evidence_place(name: str, countries: frozenset[str], gaz: Gazetteer) -> Place | None:
    """The most populous place named ``name`` in one of ``countries``."""
    rows = [
        row
        for row, _ in place_rows(name, gaz)
        if row.cc in countries and row.feature in ("city", "admin1", "country")
    ]
    return to_place(max(rows, key=lambda row: row.population)) if rows else None
