"""Kinds set right for groups, products, players, countries and peoples, one sense per name.

Plurals after "the" are groups ("the Steelers"), names shaped like products are things
("MacBook Pro"), a name followed by a tally is a player, a people without a state is a
group, a country or demonym taken for a person or organisation is a place or a
nationality, and a name keeps one kind through the article (the clear majority's).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsdesk.analyse.countries import (
    country_of_demonym,
    country_of_name,
)
from newsdesk.analyse.entity_common import _PARTICLES, _country_or_capital, _Found, _words
from newsdesk.analyse.entity_people import (
    _honorific_before,
    _named_thing,
    _person_evidence,
    _speaks,
    name_shaped,
)
from newsdesk.analyse.entity_spans import _PLAYER
from newsdesk.analyse.gazetteer import Gazetteer

# --- groups -------------------------------------------------------------------


def _plural_groups(doc: Doc, text: str, spans: list[_Found]) -> None:
    """'the Houthis', 'the Steelers': a capitalised plural after 'the' that spaCy calls a
    person is a group, unless its singular is a person of the text ('the Bidens')."""
    people = {text[s.start : s.end] for s in spans if s.kind == "person"}
    people |= {name.split()[-1] for name in people}
    for span in spans:
        surface = text[span.start : span.end]
        if span.kind != "person" or span.known or span.role or " " in surface:
            continue
        plural = re.fullmatch(r"[A-Z][a-z]+[a-z]s", surface)
        if not plural or text[max(0, span.start - 4) : span.start] not in ("the ", "The "):
            continue
        if not {surface[:-1], surface[:-2]} & people:  # 'the Bidens' of Biden
            span.kind, span.label = "organisation", "ORG"


# Model tiers that end a product's name, never a person's: 'MacBook Pro', 'Galaxy S10 Plus'.
_TIERS = _words("Pro Plus Mini Ultra Lite Max")


def _products(text: str, spans: list[_Found]) -> list[_Found]:
    """A 'person' named like a product is an organisation's thing: a word with a small first
    letter and a capital inside ('xCloud', 'iPhone'), a model tier as its last word
    ('MacBook Pro'), or a company of the text and a word ('Nintendo Switch' where the text
    names Nintendo alone; 'Google' + 'Pixel', the person the model found right after a
    company); a leading lower-case word is no part of it ('older MacBook Pro')."""
    _models_of_companies(text, spans)
    for span in spans:
        if span.kind != "person" or span.known or span.key or span.role:
            continue
        words = text[span.start : span.end].split()
        lead = next((i for i, w in enumerate(words) if not w[0].islower()), len(words))
        if 0 < lead < len(words) and words[0] not in _PARTICLES:
            span.start = text.index(words[lead], span.start)
            words = words[lead:]
        camel = any(re.fullmatch(r"[a-z]+[A-Z]\w*", w) for w in words)
        if camel or (len(words) > 1 and words[-1] in _TIERS):
            span.kind, span.label = "organisation", "ORG"
    return _joined_to_companies(text, spans)


def _companies(text: str, spans: list[_Found]) -> set[str]:
    """One-word names of companies in the text: the ruler's, or what the model calls an
    organisation ('Nintendo said')."""
    return {
        text[s.start : s.end]
        for s in spans
        if (s.known == "company" or (s.kind == "organisation" and not s.known))
        and " " not in text[s.start : s.end]
    }


def _models_of_companies(text: str, spans: list[_Found]) -> None:
    """'Nintendo Switch' called a person where the text names Nintendo alone as a body:
    a company's product, unless its last word is a person of the text on its own."""
    people = (text[s.start : s.end] for s in spans if s.kind == "person")
    lone_people = {name for name in people if " " not in name}
    companies: set[str] | None = None
    for span in spans:
        if span.kind != "person" or span.known or span.key or span.role:
            continue
        words = text[span.start : span.end].split()
        if len(words) != 2 or words[-1] in lone_people:
            continue
        companies = _companies(text, spans) if companies is None else companies
        if words[0] in companies:
            span.kind, span.label = "organisation", "ORG"


def _joined_to_companies(text: str, spans: list[_Found]) -> list[_Found]:
    """'Google' + 'Pixel': a one-word 'person' right after a company the ruler knows is the
    company's product; the two are one name."""
    out: list[_Found] = []
    for span in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.known == "company"
            and span.kind == "person"
            and not (span.known or span.key or span.role)
            and text[prev.end : span.start] == " "
            and " " not in text[span.start : span.end]
        ):
            prev.end = span.end
            continue
        out.append(span)
    return out


def _players(text: str, spans: list[_Found]) -> None:
    """A name followed by a tally ('Williams 6 points', 'Kyleigh Trout 1 goal') is a player."""
    for span in spans:
        if span.kind in ("organisation", "place") and not (span.known or span.key):
            surface = text[span.start : span.end]
            if _PLAYER.match(text, span.end) and name_shaped(surface):
                span.kind, span.label = "person", "PERSON"


def _stateless_groups(text: str, spans: list[_Found]) -> None:
    """A people with no state of its own ('Kurds', 'Yazidis') or another plural group
    spaCy calls a nationality ('Republicans', 'Shiites') is a group, keyed ``org:``;
    a nationality adjective with no country ('Sunni') stays out."""
    for span in spans:
        if span.kind != "nationality" or span.country:
            continue
        plural = span.head is not None and span.head.tag_ in ("NNS", "NNPS")
        if span.known == "people" or (plural and text[span.end - 1] == "s"):
            span.kind, span.label = "organisation", "ORG"


def _countries_and_peoples(text: str, spans: list[_Found]) -> None:
    """A country spaCy calls an organisation ('Mozambique', 'Sierra Leone') or, named in
    several words, a person ('Sri Lanka') is the country ('Chad' and 'Jordan' alone may be
    people); a demonym it calls a person, organisation or place ('Bangladeshi', 'Sri
    Lankan') is a nationality, and a plural of people named with one ('Bosnian Serbs') a
    group."""
    for span in spans:
        if span.kind not in ("person", "organisation", "place") or span.known or span.key:
            continue
        surface = text[span.start : span.end]
        words = surface.split()
        if span.kind == "place":  # 'Sri Lankan' as a place
            if country_of_demonym(surface) and not country_of_name(surface):
                span.kind, span.label = "nationality", "NORP"
        elif span.role:
            continue
        elif country_of_name(surface) and (span.kind == "organisation" or len(words) > 1):
            span.kind, span.label = "place", "GPE"
        elif country_of_demonym(surface):
            span.kind, span.label = "nationality", "NORP"
        elif (
            span.kind == "person"
            and len(words) > 1
            and country_of_demonym(words[0])
            and re.fullmatch(r"[A-Z][a-z]+s", words[-1])
        ):
            span.kind, span.label = "organisation", "ORG"


# --- one sense per article ----------------------------------------------------

_CLASS = {"person": "person", "organisation": "organisation", "place": "place"}


def _one_sense(text: str, spans: list[_Found], gaz: Gazetteer) -> None:
    """A name means one thing throughout an article: where spaCy calls the same name a
    person here and an organisation or place there ('Trump' once an ORG, 'Stadia' once
    a GPE), every mention takes the majority's kind. A title ('Mr York') counts three;
    a place the gazetteer does not know counts half ('Stadia' is none). Without a clear
    majority (half as many votes again as the next kind) nothing changes. A person's name
    as the subject of 'said' counts twice; what only a person's name has counts three times
    whatever the model called that mention: an honorific ('Mr Adams'), 'Adams, who ...',
    'Adams, a former coach'."""
    by_name: dict[str, list[_Found]] = {}
    for span in spans:
        if span.kind in _CLASS and not span.known and not span.key:
            by_name.setdefault(text[span.start : span.end], []).append(span)
    for name, group in by_name.items():
        kinds = {_CLASS[s.kind] for s in group}
        if len(kinds) < 2:
            continue
        votes = dict.fromkeys(kinds, 0.0)
        for span in group:
            kind = _CLASS[span.kind]
            if not _named_thing(text, span.start) and (
                _honorific_before(text, span.start) or _person_evidence(span.head, set(), False)
            ):
                votes["person"] = votes.get("person", 0.0) + 3
                continue
            person_said = kind == "person" and _speaks(span.head)
            votes[kind] += 3 if span.role else 2 if person_said else 1
        if "place" in votes and not (_country_or_capital(name) or gaz.candidates(name)):
            votes["place"] /= 2
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])
        if ranked[0][1] < 1.5 * ranked[1][1]:
            continue
        winner = ranked[0][0]
        label = {"person": "PERSON", "organisation": "ORG", "place": "GPE"}[winner]
        for span in group:
            if span.kind != winner:
                span.kind, span.label = winner, label
