"""What the entity steps share: word lists, the span record, the result record, helpers.

``_Found`` is a candidate mention while ``entities.py`` works on it (its offsets, its kind
and what is known of it); ``EntityMentions`` is what ``find_entities`` returns. The word
lists (titles, speech verbs, nouns for people, for leaders and for actions, particles of
names) are read by several of the entity steps, as are ``initials``, the slug of a name
and the test of a country, capital or well-known place by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from newsdesk.analyse.countries import (
    country_of_capital,
    country_of_name,
    normalise,
)
from newsdesk.analyse.gazetteer import Gazetteer, Row
from newsdesk.records import Entity, Mention, Place


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ROLE_WORDS = _words(
    """
    minister president premier secretary general spokesman spokesperson spokeswoman chief
    commander ambassador senator governor mayor king queen prince princess sheikh emir judge
    justice director chairman chairwoman chair envoy adviser advisor leader colonel major
    captain lieutenant admiral marshal inspector officer representative rep sen gov gen lt
    col pope cardinal bishop imam ceo founder head deputy vice speaker attorney prosecutor
    cmdr capt maj sgt adm cpl pvt brig supt insp
    commissioner chancellor mullah maulana cleric negotiator diplomat
    """
)


# Nouns whose "from X" / "X's" makes X an acting state.
_ACTION_NOUNS = _words(
    """
    directive directives instruction instructions order orders guidance pressure demand
    demands message signal statement response position stance decision warning objection
    approval consent refusal policy
    """
)


_PARTICLES = _words(
    """
    e i ul al el of the and for de la du von van bin ibn
    """
)


# Verbs whose subject is a person (or a body), never a town: "York said".
_SPEECH = _words(
    """
    say tell add write ask explain note insist argue recall answer reply testify tweet
    """
)
# Nouns for people, in apposition to a name: "Hughes, a spokesman for ...".
_PERSON_NOUNS = ROLE_WORDS | _words(
    """
    man woman boy girl executive analyst professor official resident father mother son
    daughter wife husband student lawyer activist journalist reporter author writer actor
    actress singer player coach manager economist scientist researcher veteran survivor
    """
)
# Nouns only a person (never a company or a town) has: "Erdogan's government".
_LEADER_NOUNS = _words(
    """
    government administration cabinet presidency premiership regime
    """
)


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    label: str
    role: str | None = None
    key: str | None = None
    country: str | None = None
    place: Place | None = None
    head: Token | None = None
    role_start: int | None = None
    known: str | None = None
    """What the entity ruler (``known_names.py``) says it is: 'armed_group', 'people',
    'seat', 'company'; its kind is then not revised."""
    gazetteer_name: str | None = None
    """The name to geocode the others by, where that is not its text ('Ohio' for 'OH')."""
    recovered_in: frozenset[str] | None = None
    """For a place found from its context ('near Kidal'): the countries (alpha-2) where the
    gazetteer holds the places that made it one; it is geocoded to one of them."""


@dataclass
class EntityMentions:
    """What ``find_entities`` returns: the mentions and the entities they resolve to."""

    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

    def entity(self, key: str | None) -> Entity | None:
        return next((e for e in self.entities if e.key == key), None)


def initials(name: str) -> str:
    """Capital initials, hyphenated parts included: 'Tehreek-e-Taliban Pakistan' -> 'TTP'."""
    parts = [p for p in re.split(r"[\s\-‐]+", name) if p]
    return "".join(p[0] for p in parts if p[0].isupper() and p.lower() not in _PARTICLES)


def _slug(text: str) -> str:
    return normalise(re.sub(r"['’]s$", "", text.strip()))


def _country_or_capital(name: str) -> bool:
    return bool(country_of_name(name) or country_of_capital(name))


def _well_known_place(
    name: str, gaz: Gazetteer, *, min_city: int = 100_000, cities_only: bool = False
) -> bool:
    """Whether ``name`` is, by its main name, a city of ``min_city`` people or more, or
    (unless ``cities_only``) a country, state or province."""
    return any(
        row.population >= min_city if row.feature == "city" else not cities_only
        for row, primary in gaz.candidates(name)
        if primary
    )


# --- Arabic place names -------------------------------------------------------

# The Arabic article as English texts write it, assimilated or not: 'al-Tanf', 'ez-Zor',
# 'ar-Raqqa', 'Al Qaim', 'el-Arish'.
ARABIC_ARTICLES = _words("al el ar as ash at ath ad adh az an ed er es et ez")
# Words that open Arabic place names: monastery, cape, hill, house, village, spring, inn,
# well, mountain, valley, bridge, castle ('Deir ez-Zor', 'Ras al-Ain', 'Khan Younis').
ARABIC_PLACE_WORDS = _words(
    """
    Deir Dayr Ras Tal Tall Tell Beit Bayt Kafr Kfar Ain Ayn Khan Bir Jabal Jebel Wadi Jisr
    Qasr
    """
)
_ARTICLE_HYPHEN = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(ARABIC_ARTICLES, key=len, reverse=True)) + r")-[A-Z]",
    re.IGNORECASE,
)


def arabic_article(name: str) -> bool:
    """Whether ``name`` holds the Arabic article joined to a name ('al-Tanf', 'Ras al-Ain',
    'Deir ez-Zor') or opens with it as a word of its own ('Al Qaim')."""
    if _ARTICLE_HYPHEN.search(name):
        return True
    first, _, rest = name.partition(" ")
    return bool(rest) and first.lower() in ARABIC_ARTICLES and rest[:1].isupper()


def article_variants(name: str) -> list[str]:
    """Other spellings under which a gazetteer may hold an Arabic place name: without its
    article ('al-Mukalla' -> 'Mukalla'), or with 'al' for an assimilated one ('ar-Raqqa'
    -> 'al Raqqa'). Empty for a name without the article."""
    if not arabic_article(name):
        return []
    words = normalise(name).split()
    if len(words) < 2 or words[0] not in ARABIC_ARTICLES:
        return []
    rest = " ".join(words[1:])
    return [rest] if words[0] == "al" else [rest, "al " + rest]


def place_rows(name: str, gaz: Gazetteer) -> list[tuple[Row, bool]]:
    """``gaz.candidates(name)``, or, for an Arabic name the gazetteer holds under another
    spelling, that spelling's rows ('Qaim' is not there, 'Al Qaim' is)."""
    rows = gaz.candidates(name)
    if rows:
        return rows
    for variant in article_variants(name):
        if rows := gaz.candidates(variant):
            return rows
    return []


def gazetteer_spelling(name: str, gaz: Gazetteer) -> str:
    """The spelling of ``name`` the gazetteer holds, for geocoding ('al-Qaim' as is,
    'ar-Raqqah' as 'Raqqah'); ``name`` itself where it holds none."""
    if not arabic_article(name) or gaz.candidates(name):
        return name
    return next((v for v in article_variants(name) if gaz.candidates(v)), name)
