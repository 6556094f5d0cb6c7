"""Entity keys and the entities the mentions resolve to.

Mentions are grouped into entities under keys stable across articles (``person:<name>``,
``org:<name>``, ``gov:<ISO3>``, ``place:<geonameid>``): a surname joins the full name, an
acronym its expansion, a trailing name the longer name it ends; each entity gets its
display name, aliases, country, role and sector, and organisations are named by their
longest form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsdesk.analyse.countries import (
    alpha2_to_alpha3,
    country_name,
)
from newsdesk.analyse.entity_classification import _body_country, _org_country, _sector, org_kind
from newsdesk.analyse.entity_common import EntityMentions, _Found, _slug, initials
from newsdesk.analyse.gazetteer import Gazetteer, get_gazetteer
from newsdesk.records import Entity, Mention, Place


def _assign_keys(text: str, spans: list[_Found]) -> None:
    people = [s for s in spans if s.kind == "person"]
    full_names = {_slug(text[s.start : s.end]) for s in people}
    multi = [n for n in full_names if len(n.split()) > 1]
    for span in people:
        name = _slug(text[span.start : span.end])
        if len(name.split()) == 1:
            owners = [n for n in multi if name in (n.split()[-1], n.split()[0])]
            if len(owners) == 1:
                name = owners[0]
        span.key = "person:" + name
    orgs = [s for s in spans if s.kind == "organisation"]
    long_names = {
        _slug(text[s.start : s.end]): (
            s.key or "org:" + _slug(text[s.start : s.end]),
            text[s.start : s.end],
        )
        for s in orgs
    }
    for span in orgs:
        name = _slug(text[span.start : span.end])
        if span.key is None:
            span.key = _org_key(name, text[span.start : span.end], long_names)
        known = "armed_group" if span.known == "armed_group" else None
        span.kind = known or org_kind(_name_of_key(span.key, name))
        span.country = _org_country(_name_of_key(span.key, name)) or _body_country(
            text[span.start : span.end]
        )
    for span in spans:
        if span.kind == "government" and (span.place is not None or span.known == "seat"):
            span.key = f"gov:{span.country}"
        elif span.kind == "place":
            # A name only placed near the text's main place is a thing of its own there.
            span.key = (
                f"place:{span.place.key}"
                if span.place and not span.place.approximate
                else "place:" + _slug(text[span.start : span.end])
            )
        elif span.kind == "nationality":
            span.key = f"place:{span.place.key}" if span.place else None


def _name_of_key(key: str, fallback: str) -> str:
    return key.split(":", 1)[1] if ":" in key else fallback


def _org_key(name: str, surface: str, long_names: dict[str, tuple[str, str]]) -> str:
    words = name.split()
    candidates = set()
    for other, (key, other_surface) in long_names.items():
        if other == name:
            continue
        other_words = other.split()
        if (len(other_words) > len(words) and other_words[-len(words) :] == words) or (
            surface.isupper() and len(surface) > 1 and initials(other_surface) == surface
        ):
            candidates.add(key)
    if len(candidates) == 1:
        return candidates.pop()
    return "org:" + name


def _build(text: str, spans: list[_Found], gazetteer: Gazetteer | None) -> EntityMentions:
    result = EntityMentions()
    entities: dict[str, Entity] = {}
    for span in spans:
        if span.key is None:
            continue
        surface = text[span.start : span.end]
        mention = Mention(
            start=span.start,
            end=span.end,
            text=surface,
            kind=span.kind,
            entity=span.key,
            role=span.role,
            place=span.place,
        )
        result.mentions.append(mention)
        entity = entities.get(span.key)
        if entity is None:
            entity = _new_entity(span, surface, gazetteer)
            entities[span.key] = entity
        _add_alias(entity, surface)
        if span.role and not entity.role:
            entity.role = span.role
            entity.sector = _sector(entity.kind, entity.name, span.role)
        if span.kind == "government" and span.place is not None:
            # The place is kept too: the capital stays on the map.
            place_key = f"place:{span.place.key}"
            if place_key not in entities:
                entities[place_key] = _place_entity(span.place, surface)
    for entity in entities.values():
        if entity.kind == "person":
            # The longest form is the name ('Khawaja Asif', not 'Asif').
            best = max([entity.name, *entity.aliases], key=len)
            entity.aliases = [a for a in [entity.name, *entity.aliases] if a != best]
            entity.name = best
    result.entities = list(entities.values())
    prefer_expansions(result, result.mentions)
    return result


def _add_alias(entity: Entity, surface: str) -> None:
    if surface != entity.name and surface not in entity.aliases:
        entity.aliases.append(surface)


def _place_entity(place: Place, surface: str) -> Entity:
    country = alpha2_to_alpha3(place.country_code) if place.country_code else None
    entity = Entity(
        key=f"place:{place.key}", name=place.name, kind="place", country=country, place=place
    )
    _add_alias(entity, surface)
    return entity


def _new_entity(span: _Found, surface: str, gazetteer: Gazetteer | None) -> Entity:
    key = span.key or ""
    if span.kind == "government" and key.startswith("gov:"):
        name = f"Government of {_with_article(country_name(span.country or '') or '')}"
        return Entity(key=key, name=name, kind="government", country=span.country, sector="GOV")
    if span.kind == "place" and span.place is not None:
        if span.place.approximate:  # its own name, near the place it stands for
            country = alpha2_to_alpha3(span.place.country_code) or None
            return Entity(key=key, name=surface, kind="place", country=country, place=span.place)
        return _place_entity(span.place, surface)
    if span.kind == "nationality":
        gaz = gazetteer or get_gazetteer()
        place = gaz.country_place(span.country or "")
        name = country_name(span.country or "") or surface
        return Entity(key=key, name=name, kind="place", country=span.country, place=place)
    name = _display_name(span, surface)
    return Entity(
        key=key,
        name=name,
        kind=span.kind,
        country=span.country,
        sector=_sector(span.kind, name, span.role),
        role=span.role,
    )


def _with_article(country: str) -> str:
    """'United Kingdom' -> 'the United Kingdom' (GeoNames names drop the article)."""
    plural = country.endswith(("Islands", "Emirates", "Netherlands", "Philippines", "Bahamas"))
    if country.startswith(("United ", "Republic ", "Democratic ", "Czech ", "Central ")) or plural:
        return "the " + country.removeprefix("The ")
    return country


def _display_name(span: _Found, surface: str) -> str:
    if span.kind in ("organisation", "armed_group", "government") and surface.isupper():
        return surface  # replaced by the expansion below when there is one
    return re.sub(r"['’]s$", "", surface)


def prefer_expansions(result: EntityMentions, text_forms: Iterable[Mention]) -> None:
    """Name organisations by their longest form ('Tehreek-e-Taliban Pakistan', not 'TTP')."""
    by_key: dict[str, list[str]] = {}
    for mention in text_forms:
        if mention.entity:
            by_key.setdefault(mention.entity, []).append(mention.text)
    for entity in result.entities:
        if entity.kind in ("organisation", "armed_group", "government") and entity.key in by_key:
            forms = by_key[entity.key]
            best = max(forms, key=lambda f: (not f.isupper(), len(f)))
            if best != entity.name and not entity.key.startswith("gov:"):
                entity.aliases = [a for a in {entity.name, *entity.aliases} if a != best]
                entity.name = best
