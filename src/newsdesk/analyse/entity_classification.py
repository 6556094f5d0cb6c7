"""Classification of organisations: their kind, their country and their sector.

An organisation's name says whether it is an armed group, a government or another body
("org_kind"); a demonym or country in the name, or the actor dictionary, gives its state;
its kind and a person's role give the sector (REB, MIL, GOV).
"""

from __future__ import annotations

import re

from newsdesk.analyse.countries import (
    country_name,
    country_of_demonym,
    country_of_name,
    normalise,
)
from newsdesk.analyse.entity_common import ROLE_WORDS, _words
from newsdesk.analyse.plover_dictionary import lookup_body

# --- classification -----------------------------------------------------------


_ARMED_GROUP_WORDS = _words(
    """
    taliban tehreek tehrik militia militias qaeda qaida isis isil daesh hezbollah hizbollah
    hamas houthi houthis shabaab haram lashkar jaish brigade brigades insurgents rebels
    wagner pkk farc eln
    """
)
_ARMED_GROUP_PHRASES = ("islamic state", "liberation army", "liberation front", "jihad")
_GOVERNMENT_WORDS = _words(
    """
    ministry government cabinet parliament senate congress assembly presidency kremlin
    administration police department
    """
)
_GOVERNMENT_PHRASES = ("foreign office", "white house", "state department", "department of")
_MILITARY_WORDS = _words(
    """
    army military navy pentagon forces ispr
    """
)


def org_kind(name: str) -> str:
    """'armed_group', 'government' or 'organisation' for an organisation's name."""
    low = normalise(name)
    words = set(re.split(r"[\s']+", low))
    if words & _ARMED_GROUP_WORDS or any(p in low for p in _ARMED_GROUP_PHRASES):
        return "armed_group"
    if (
        words & _GOVERNMENT_WORDS
        or words & _MILITARY_WORDS
        or any(p in low for p in _GOVERNMENT_PHRASES)
    ):
        return "government"
    return "organisation"


def _org_country(name: str) -> str | None:
    for word in re.split(r"[\s\-]+", name):
        found = country_of_name(word) or country_of_demonym(word)
        if found:
            return found
    return None


def _body_country(name: str) -> str | None:
    """The state of a body the actor dictionary knows ('Hezbollah' -> LBN, 'Pentagon' ->
    USA); not its codes for transnational groups or IGOs."""
    body = lookup_body(name)
    return body[0] if body and country_name(body[0]) else None


def _sector(kind: str, name: str, role: str | None) -> str | None:
    low = normalise(f"{name} {role or ''}")
    words = set(low.split())
    if kind == "armed_group":
        return "REB"
    if words & _MILITARY_WORDS or words & {"general", "gen", "colonel", "admiral", "commander"}:
        return "MIL"
    if kind == "government":
        return "GOV"
    if kind == "person" and role and words & ROLE_WORDS:
        return "GOV"
    return None
