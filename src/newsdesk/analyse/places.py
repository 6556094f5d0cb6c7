"""Geocoding: which GeoNames place a toponym means, among the gazetteer's homonyms.

Candidates come from the gazetteer (``gazetteer.py``); the choice weighs population,
feature kind, national capitals, the text's other places and their countries, a state
containing a named city, the source's country and the known part of a longer name.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from newsdesk.analyse.countries import (
    all_countries,
    alpha2_to_alpha3,
    country_info,
    country_of_demonym,
    country_on_the_map,
    normalise,
    seat_of_government,
)
from newsdesk.analyse.gazetteer import Gazetteer, Row, get_gazetteer, to_place
from newsdesk.analyse.regions import Region, is_ambiguous, region_of_key, regions_named
from newsdesk.domains import site_country
from newsdesk.records import Place

# --- resolving ---------------------------------------------------------------


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FEATURE_BONUS = {"country": 2.5, "continent": 2.5, "admin1": 0.0, "admin2": -3.0, "city": 0.0}

# AP-style state abbreviations and other short forms news copy uses.
_US_STATE_ABBREVIATIONS = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "colo": "CO", "conn": "CT",
    "del": "DE", "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "ky": "KY",
    "la": "LA", "md": "MD", "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS", "mo": "MO",
    "mont": "MT", "neb": "NE", "nev": "NV", "nh": "NH", "nj": "NJ", "nm": "NM", "ny": "NY",
    "nc": "NC", "nd": "ND", "okla": "OK", "ore": "OR", "pa": "PA", "ri": "RI", "sc": "SC",
    "sd": "SD", "tenn": "TN", "tex": "TX", "vt": "VT", "va": "VA", "wash": "WA", "wva": "WV",
    "wis": "WI", "wyo": "WY",
}  # fmt: skip
_DC = ("washington dc", "washington, dc")

# Adjectives of provinces and nations within states that a prefix of the name does not find
# ('Scottish', 'Bavarian' are found so).
_PROVINCE_ADJECTIVES = {
    "welsh": "Wales", "texan": "Texas", "texans": "Texas", "basque": "Basque Country",
    "flemish": "Flanders", "quebecois": "Quebec", "quebecer": "Quebec", "kashmiri": "Kashmir",
    "punjabi": "Punjab", "sindhi": "Sindh", "baloch": "Balochistan", "balochi": "Balochistan",
    "chechen": "Chechnya", "uyghur": "Xinjiang", "uighur": "Xinjiang", "andalusian": "Andalusia",
    "galician": "Galicia",
}  # fmt: skip

# Adjectives and unions named for a continent.
_CONTINENT_ALIASES = {
    "european": "Europe", "europeans": "Europe", "eu": "Europe", "european union": "Europe",
    "african": "Africa", "africans": "Africa", "asian": "Asia", "asians": "Asia",
    "north american": "North America", "south american": "South America",
    "latin america": "South America", "latin american": "South America", "latin": "South America",
}  # fmt: skip


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _score(
    row: Row,
    is_primary: bool,
    context: dict[str, float],
    anchors: Sequence[Row],
    source_country: str | None,
    largest: int = 0,
    beside: Sequence[Row] = (),
) -> float:
    """``largest``: the population of the largest city the name is the main name of;
    ``beside``: the places named right after the name (its state, in 'Lexington, Mass.')."""
    if row.feature in _REGION_KINDS:
        # a sea or region: among several senses of one name ('Gulf'), the one around the
        # text's countries
        around = _around(row)
        score = 5.0 + (1.5 if any(cc in context for cc in around) else 0.0)
        return score + (1.0 if source_country in around else 0.0)
    # A state's population is the sum of its towns: too big a prior against its cities.
    population = row.population // 10 if row.feature.startswith("admin") else row.population
    score = math.log10(population + 10) + _FEATURE_BONUS[row.feature]
    if row.feature == "admin1" and not row.population:
        score = 5.5  # a province, population unknown: a city of ~300,000 outweighs it
    if not is_primary:
        score -= 0.5 if row.population >= 1_000_000 else 1.5
    if row.feature == "city" and row.geonameid in _capital_ids():
        score += 1.5
    if context.get(row.cc, 0.0) > 0:
        score += 1.5 + 0.5 * min(context[row.cc] - 1, 1.0)
    if source_country and row.cc == source_country:
        score += 2.0  # a site of the country's own (its domain): its places are mostly there
    in_named_state = row.feature == "city" and any(
        a.feature == "admin1" and a.cc == row.cc and a.admin1 == row.admin1 for a in anchors
    )
    if in_named_state:
        # A state named somewhere in the text outweighs a homonym up to a hundred times
        # larger; a city of 100,000+ more than ten times larger (Louisville, Kentucky against
        # Louisville, Ohio, pop. 9,000, in a text naming Columbus, Ohio) only in a text about
        # the state (half its other places in it) or written with it ('Louisville, Ohio')
        famous_rival = largest >= 100_000 and largest > 10 * row.population
        strong = _mostly_in(row, anchors) or any(_inside(row, a) for a in beside)
        score += 1.0 if famous_rival and not strong else 2.0
    if row.feature.startswith("admin") and any(
        a.feature in ("city", "admin1") and a.cc == row.cc and a.admin1 == row.admin1
        for a in anchors
        if a is not row
    ):
        score += 3.0  # a state or county holding another place of the text (Washington by Tacoma)
    # Near another city of the text, or in its state: counted once (the two mostly coincide,
    # and twice outweighed 70 times the population: Boston beside Buffalo is still Boston).
    if (
        row.feature == "city"
        and not in_named_state
        and any(
            a.feature == "city"
            and (
                (a.cc == row.cc and a.admin1 == row.admin1)
                or distance_km(a.lat, a.lon, row.lat, row.lon) < 300
            )
            for a in anchors
        )
    ):
        score += 1.0
    return score


def _mostly_in(row: Row, anchors: Sequence[Row]) -> bool:
    """Whether the text is about the row's state: three or more of its other places, and at
    least half of them, are the state or lie in it (not 'Columbus, Ohio' alone)."""
    inside = sum(1 for a in anchors if a.cc == row.cc and a.admin1 == row.admin1 and a.admin1)
    return inside >= 3 and 2 * inside >= len(anchors)


def _pick(
    candidates: list[tuple[Row, bool]],
    context: dict[str, float],
    anchors: Sequence[Row],
    source_country: str | None,
    beside: Sequence[Row] = (),
) -> Row | None:
    if not candidates:
        return None
    largest = max((r.population for r, p in candidates if p and r.feature == "city"), default=0)
    scored = [
        (_score(r, p, context, anchors, source_country, largest, beside), -r.geonameid, r)
        for r, p in candidates
    ]
    best = max(scored)[2]
    if best.feature == "admin1":
        # A state named as its own large city ('New York'): the name means the city.
        namesake = [
            r
            for r, _ in candidates
            if r.feature == "city"
            and (r.cc, r.admin1) == (best.cc, best.admin1)
            and r.population >= 1_000_000
        ]
        if namesake:
            return max(namesake, key=lambda r: r.population)
    return best


def resolve_names(
    names: Sequence[str],
    *,
    gazetteer: Gazetteer | None = None,
    source_country: str | None = None,
    within: Sequence[int | None] | None = None,
    located_in: Sequence[int | None] | None = None,
) -> list[Place | None]:
    """Geocode toponyms that occur together in one text, each in the light of the others.

    ``source_country``: alpha-2 of the publishing source's country, if known.
    ``within``: for each name, the index of the name that places it ('Paris, Texas':
    Paris's entry is the index of Texas), as ``named_within`` reads them from a text;
    such a pair is read as a place in a state or country where one reading allows it.
    Without ``within``, a name is taken as written with the name that follows it, only to
    weigh a state named so ('Lexington', 'Mass.') as fully as 'Lexington, Mass.'.
    ``located_in``: likewise the name a name is said to be in ('the Palais des Nations in
    Geneva', as ``named_in`` reads them): an unknown local name gets that place rather
    than the text's main place.
    A homonym is chosen by population, feature kind (a country name means the
    country), the countries of the text's other places, nearby cities and
    states already resolved, and the source's country. Then, in the light of the
    countries of the text's other places: an abbreviation the gazetteer lacks is read
    as a province code or a country's initials there ('BC' beside Vancouver); a
    generic-named province or a town named by a part of a longer name, abroad from
    them, is dropped. A local name still unknown (a building, a neighbourhood) gets
    the place it is said to be in (``located_in``), else the text's main place, marked
    ``approximate``; natural features, regions and adjectives stay None.
    """
    for label, pairs in (("within", within), ("located_in", located_in)):
        if pairs is not None and len(pairs) != len(names):
            from newsdesk.errors import InputError

            raise InputError(f"{label} has {len(pairs)} entries for {len(names)} names")
    gaz = gazetteer or get_gazetteer()
    # One sense per text: a name said twice is the same place, resolved once.
    keys = [normalise(name) for name in names]
    first: dict[str, str] = {}
    for key, name in zip(keys, names, strict=True):
        first.setdefault(key, name)
    unique = list(first)
    candidates = [_candidates_for(gaz, first[key], parts=False) for key in unique]
    # 'Dubai World Cup': only the known part of the name is a place
    partial = [
        not found and _has_parts(first[key]) for key, found in zip(unique, candidates, strict=True)
    ]
    for i, key in enumerate(unique):
        if partial[i]:
            candidates[i] = _part_candidates(gaz, first[key])
    for i, key in enumerate(unique):
        if _ABBREVIATION.match(first[key]):  # 'IL', 'ON' are not the hamlets Il and On
            candidates[i] = [(r, p) for r, p in candidates[i] if r.feature != "city"]
    index = {key: i for i, key in enumerate(unique)}
    for k, j in enumerate(within or ()):
        if j is not None and 0 <= j < len(keys) and keys[j] != keys[k]:
            inner, outer = index[keys[k]], index[keys[j]]
            candidates[inner], candidates[outer] = _narrow(candidates[inner], candidates[outer])
    # The names each name is written with: its ``within`` pair; without pairs (a caller that
    # does not give them), the next name ('Lexington', 'Mass.' may be 'Lexington, Mass.')
    pairs = within if within is not None else [k + 1 for k in range(len(keys))]
    beside: list[set[int]] = [set() for _ in unique]
    for k, j in enumerate(pairs):
        if j is not None and 0 <= j < len(keys) and keys[j] != keys[k]:
            beside[index[keys[k]]].add(index[keys[j]])
    picks = [_pick(c, {}, (), source_country) for c in candidates]
    for _ in range(2):
        new_picks: list[Row | None] = []
        for i, cands in enumerate(candidates):
            others = [p for j, p in enumerate(picks) if p is not None and j != i]
            context: dict[str, float] = {}
            for other in others:
                if other.cc:
                    context[other.cc] = context.get(other.cc, 0.0) + 1.0
            written_with = [p for j in beside[i] if (p := picks[j]) is not None]
            new_picks.append(_pick(cands, context, others, source_country, written_with))
        picks = new_picks
    weights = [keys.count(key) for key in unique]
    picks = [
        _reconsider(
            gaz, first[key], pick, partial[i], _countries(picks, weights, i), source_country
        )
        for i, (key, pick) in enumerate(zip(unique, picks, strict=True))
    ]
    picks = [
        None if partial[i] and _far_from_all(pick, picks) else pick for i, pick in enumerate(picks)
    ]
    picks = _short_forms(unique, picks)
    resolved = {key: to_place(p) if p else None for key, p in zip(unique, picks, strict=True)}
    # a place read from a part of a longer name ('Barcelona Academy' in Lima) says less
    # about where the text is than one named itself: half a mention for the main place
    focus = _focus(gaz, picks, [w / 2 if partial[i] else w for i, w in enumerate(weights)])
    said_in: dict[str, Place] = {}
    for k, j in enumerate(located_in or ()):
        place = resolved.get(keys[j]) if j is not None and 0 <= j < len(keys) else None
        if place is not None and not place.approximate and place.feature in _HOLDERS:
            said_in.setdefault(keys[k], place)
    for key in unique:
        if resolved[key] is None and _is_local_name(first[key]):
            place = said_in.get(key) or (to_place(focus) if focus is not None else None)
            if place is not None:
                resolved[key] = replace(place, approximate=True)
    return [resolved[key] for key in keys]


def _reconsider(
    gaz: Gazetteer,
    name: str,
    pick: Row | None,
    partial: bool,
    countries: Sequence[str],
    source_country: str | None,
) -> Row | None:
    """A second look at a pick in the light of the countries of the text's other places
    (``countries``, most mentioned first)."""
    if pick is None:
        return _abbreviation(gaz, name, countries)
    home = (*countries, source_country)
    if pick.feature in _REGION_KINDS and is_ambiguous(name) and not set(_around(pick)) & set(home):
        return None  # 'the Gulf' in a text about none of the countries of either gulf
    if pick.feature.startswith("admin") and _is_generic(name) and pick.cc not in home:
        return None  # 'West Coast', 'Western' name a province only in a text about its country
    if (
        partial
        and (pick.feature == "admin2" or (pick.feature == "city" and pick.population < 100_000))
        and countries
        and pick.cc not in home
    ):
        return None  # a part naming a town or county abroad: 'Memorial Hospital' by Chicago
    if (
        partial
        and pick.feature in ("country", "continent")
        and normalise(name).split()[-1] in _FACILITY
    ):
        return None  # 'French Quarter', 'Chinese Embassy': a building or a quarter, not a country
    return pick


def _short_forms(keys: Sequence[str], picks: list[Row | None]) -> list[Row | None]:
    """'Suffolk' in a text that names 'Suffolk County' is the county, unless it was read as a
    place in the county's own state (Dallas beside Dallas County is the city)."""
    position = {key: i for i, key in enumerate(keys)}
    out = list(picks)
    for i, key in enumerate(keys):
        for kind in ("county", "district"):
            j = position.get(f"{key} {kind}")
            county = picks[j] if j is not None else None
            if county is None or county.feature != "admin2":
                continue
            pick = picks[i]
            if pick is None or (pick.cc, pick.admin1) != (county.cc, county.admin1):
                out[i] = county
            break
    return out


def _far_from_all(pick: Row | None, picks: Sequence[Row | None]) -> bool:
    """Whether a pick is a small town (under 10,000 people) or a county that lies in no state
    of the text's other places and within 300 km of none: read from a part of a longer name
    ('Barclays Center' -> a hamlet named Center), it is more likely not the place meant."""
    if pick is None or not (
        pick.feature == "admin2" or (pick.feature == "city" and pick.population < 10_000)
    ):
        return False
    return not any(
        other is not None
        and other is not pick
        and other.feature in ("city", "admin1", "admin2")
        and (
            (other.cc, other.admin1) == (pick.cc, pick.admin1)
            or distance_km(other.lat, other.lon, pick.lat, pick.lon) < 300
        )
        for other in picks
    )


def _countries(picks: Sequence[Row | None], weights: Sequence[float], skip: int) -> list[str]:
    """The countries of the text's places (but the one at ``skip``), most mentioned first."""
    counts: dict[str, float] = {}
    for j, pick in enumerate(picks):
        if pick is not None and pick.cc and j != skip:
            counts[pick.cc] = counts.get(pick.cc, 0) + weights[j]
    return sorted(counts, key=lambda cc: -counts[cc])


_ABBREVIATION = re.compile(r"^[A-Z]{2,3}$")


def _abbreviation(gaz: Gazetteer, name: str, countries: Sequence[str]) -> Row | None:
    """An abbreviation the gazetteer does not know, read in the countries the text is about:
    the ISO 3166-2 code of one of their provinces ('BC' beside Vancouver is British Columbia,
    'NSW' beside Sydney New South Wales), else the initials of one of their names ('SA' beside
    Johannesburg is South Africa)."""
    if not _ABBREVIATION.match(name):
        return None
    for cc in countries:
        rows = [r for r in gaz.coded(f"{cc}-{name}") if r.feature == "admin1"]
        if rows:
            return rows[0]
        info = country_info(cc)
        words = info.name.split() if info else []
        if len(words) > 1 and "".join(w[0] for w in words).upper() == name:
            return gaz._countries.get(cc)
    return None


def _focus(gaz: Gazetteer, picks: Sequence[Row | None], weights: Sequence[float]) -> Row | None:
    """The text's main place: of the cities of the country its places are most in (by
    ``weights``, the mentions of each), the one most mentioned together with the text's
    other places in its state or near it (a stray homonym of a side street does not outweigh
    the city the text is about; of equals, the one more named itself, a national capital,
    the larger, the first named), else that country."""
    countries = _countries(picks, weights, -1)
    if not countries:
        return None
    counts: dict[int, tuple[float, float, bool, int]] = {}
    capitals = _capital_ids()
    for j, pick in enumerate(picks):
        if pick is not None and pick.feature == "city" and pick.cc == countries[0]:
            support = sum(
                weights[k]
                for k, other in enumerate(picks)
                if k != j and other is not None and _supports(other, pick)
            )
            capital = pick.geonameid in capitals
            counts[j] = (weights[j] + support, weights[j], capital, pick.population)
    if counts:
        return picks[max(counts, key=lambda j: (counts[j], -j))]
    return gaz._countries.get(countries[0])


def _supports(other: Row, city: Row) -> bool:
    """Whether another place of the text lies in the city's state or within 300 km of it."""
    if other.feature not in ("city", "admin1", "admin2") or other.cc != city.cc:
        return False
    if other.admin1 == city.admin1:
        return True
    return other.feature == "city" and distance_km(other.lat, other.lon, city.lat, city.lon) < 300


# Adjectives ('Sicilian', 'Yugoslavist') are not local places.
_ADJECTIVE = re.compile(r"(an|ans|ish|ese|ist|ists|ic)$")


def _is_local_name(name: str) -> bool:
    """Whether a name the gazetteer does not know is likely a place in or near the text's
    main place (a building, a neighbourhood, a village too small for the gazetteer) rather
    than a large natural feature (a river, a sea, a range), a region or an adjective."""
    if not any(w[:1].isupper() for w in name.split()):
        return False  # 'the highway', 'downtown': not a name
    words = normalise(name).split()
    if not words or words[-1] in _SEAS:
        return False
    if _is_generic(name) and not (len(words) > 1 and words[-1] in _FACILITY):
        return False  # 'Middle East', 'West Coast'; but 'City Hall', 'Main Street' are local
    if words[-1] in _NATURAL and words[-1] not in _LOCAL_FEATURES:
        return False  # a river, a sea, a range: far larger than a text's main place
    return not (len(words) == 1 and _ADJECTIVE.search(words[0]))


@lru_cache(maxsize=1)
def _capital_ids() -> frozenset[int]:
    """GeoNames ids of national capitals: in news a capital's name means the capital."""
    gaz = get_gazetteer()
    ids = set()
    for info in all_countries():
        best = max(
            (
                r
                for r, p in gaz.candidates(info.capital)
                if p and r.cc == info.alpha2 and r.feature == "city"
            ),
            key=lambda r: r.population,
            default=None,
        )
        if best is not None:
            ids.add(best.geonameid)
    return frozenset(ids)


def _candidates_for(gaz: Gazetteer, name: str, parts: bool = True) -> list[tuple[Row, bool]]:
    """Rows ``name`` may mean; with ``parts``, those of its known part when it is unknown."""
    key = normalise(name)
    key = re.sub(r"'s$", "", key)
    regions = regions_named(name)
    if regions:
        # 'Red Sea' is the sea, not the Sudanese province; 'the Atlantic' the ocean, not a
        # town in Iowa; a bare name that is also a province or a city of 100,000+ ('Balkan',
        # a province of Turkmenistan) is weighed against it, in the light of the text
        rows = [(_region_row(r), True) for r in regions]
        if _names_a_feature(key):
            return rows
        return rows + [(r, p) for r, p in gaz.candidates(name) if _well_known([(r, p)])]
    alpha3 = country_of_demonym(name) or country_on_the_map(name)
    if alpha3 is not None:  # 'Canadian' is the country before it is a town in Texas
        row = gaz._country_row(alpha3)
        if row is not None:
            return [(row, True)]
    province = _PROVINCE_ADJECTIVES.get(key)
    if province is not None:  # 'Welsh' is Wales before it is a town in Louisiana
        rows = [(r, True) for r, _ in gaz.candidates(province) if r.feature == "admin1"]
        if rows:
            return rows
    if key in _CONTINENT_ALIASES:
        return gaz.candidates(_CONTINENT_ALIASES[key])
    if key in ("dc", "district of columbia"):  # the District itself, as a state
        return [(r, True) for r in gaz.admin1_rows("DC")]
    if key.replace(",", "") in _DC:  # the city, named with its District
        return [
            (r, True)
            for r, _ in gaz.candidates("Washington")
            if r.feature == "city" and r.cc == "US" and r.admin1 == "DC"
        ]
    if "," in name:  # 'Paris, Texas' in one span: Paris in Texas
        head, tail = name.split(",", 1)
        inner = _candidates_for(gaz, head, parts=False)
        narrowed, _ = _narrow(inner, _candidates_for(gaz, tail.strip(), parts=False))
        if narrowed is not inner:
            return narrowed
    if key in _SEAS:
        return []  # 'the Atlantic' is the ocean, not Atlantic, Iowa: not in the gazetteer
    seat = seat_of_government(name)
    if seat is not None:  # the White House is in Washington, the Kremlin in Moscow
        capital = _capital_row(gaz, seat)
        return [(capital, True)] if capital else []
    state = _US_STATE_ABBREVIATIONS.get(key) if name.rstrip().endswith(".") else None
    if state is not None:
        return [(r, True) for r in gaz.admin1_rows(state)]
    found = _own_names_first(gaz.candidates(name))
    words = key.split()
    if _is_generic(key):
        # 'Middle East', 'the West' are regions, not the hamlets of that name (a province so
        # named, 'West' in Cameroon, stays a candidate: kept in a text about its country)
        found = [
            (r, p)
            for r, p in found
            if r.feature not in ("city", "admin2") or r.population >= 100_000
        ]
        if not found:
            return []
    if len(words) > 1 and words[0] in _COMPASS and not _well_known(found):
        # 'South Lebanon', 'northern Syria': a part of the country or state named, not a
        # village named so abroad
        whole: list[tuple[Row, bool]] = [
            (r, p)
            for r, p in gaz.candidates(" ".join(words[1:]))
            if p and r.feature in ("country", "admin1")
        ]
        if whole:
            return whole
    division = _DIVISION.search(key)
    if not found and division:
        # 'Kano State', 'Sindh Province', 'Swat District': the bare name, of that kind
        found = gaz.candidates(key[: division.start()])
        kind = _DIVISION_KINDS[division.group(1)]
        found = [(r, p) for r, p in found if r.feature == kind] or found
    if len(words) == 1 and all(r.feature == "city" and r.population < 10_000 for r, _ in found):
        # 'Sicilian', 'English' (England, before the hamlet English, Indiana, unless the
        # text is about the hamlet's country)
        found = _adjective_candidates(gaz, key) + found
    if not found and parts and words and words[-1] not in _NATURAL:
        found = _part_candidates(gaz, name)
    return found


def _own_names_first(found: list[tuple[Row, bool]]) -> list[tuple[Row, bool]]:
    """Without the rows that bear the name only as another name of a town of theirs: a city
    or county whose other name is the main name of a town of its country within 50 km (Hong
    Kong is also called 'Victoria', the name of its old city centre; New York City
    'Manhattan'). The name is that town's; the larger place has it only through it."""
    towns = [r for r, primary in found if primary and r.feature == "city"]
    return [
        (r, primary)
        for r, primary in found
        if primary
        or r.feature not in ("city", "admin2")
        or not any(
            t.cc == r.cc and t is not r and distance_km(t.lat, t.lon, r.lat, r.lon) < 50
            for t in towns
        )
    ]


_COMPASS = _wordset(
    "north south east west northern southern eastern western central northeastern "
    "northwestern southeastern southwestern north-east north-west south-east south-west "
    "northeast northwest southeast southwest"
)

_DIVISION = re.compile(r"\s+(state|province|region|county|district|city)$")
_DIVISION_KINDS = {
    "state": "admin1", "province": "admin1", "region": "admin1",
    "county": "admin2", "district": "admin2", "city": "city",
}  # fmt: skip

_ADJECTIVE_ENDING = re.compile(r"(ian|an|ish|ese)$")


def _adjective_candidates(gaz: Gazetteer, word: str) -> list[tuple[Row, bool]]:
    """Provinces and countries a (normalised) adjective is formed from: 'sicilian' -> Sicily,
    'english' -> England, 'scottish' -> Scotland, 'californian' -> California: a name that
    begins as the adjective's stem does and is at most three letters longer than the stem."""
    ending = _ADJECTIVE_ENDING.search(word)
    if ending is None:
        return []
    stem = word[: ending.start()]
    prefix = stem[: max(4, len(stem) - 1)]
    if len(prefix) < 4:
        return []
    return [
        (row, primary)
        for key, row, primary in gaz.names_starting(prefix)
        if row.feature in ("admin1", "country") and len(key) <= len(stem) + 3
    ]


# Oceans and seas news names by their adjective alone.
_SEAS = _wordset("atlantic pacific arctic antarctic mediterranean caribbean baltic adriatic aegean")

# A name ending so is a natural feature: 'Kabul River' is not the city of Kabul.
_NATURAL = _wordset(
    "ocean sea gulf river lake mountains mountain peninsula desert coast bay strait channel "
    "canal valley island islands basin plateau range delta"
)


_REGION_KINDS = ("sea", "region")


def _region_row(region: Region) -> Row:
    return Row(
        region.geonameid,
        region.name,
        region.lat,
        region.lon,
        region.cc,
        "",
        0,
        region.kind,
        region.key,
    )


def _around(row: Row) -> tuple[str, ...]:
    """The countries around or under a sea or region row."""
    region = region_of_key(row.code)
    return region.countries if region else ()


def _names_a_feature(key: str) -> bool:
    """Whether a (normalised) name says it is a natural feature ('Red Sea', 'Nile River')."""
    return any(word in _NATURAL for word in key.split())


def _well_known(found: Sequence[tuple[Row, bool]]) -> bool:
    """Whether a name's gazetteer rows include a country, state or city of 100,000+."""
    return any(
        primary and (r.feature != "city" or r.population >= 100_000) and r.feature != "admin2"
        for r, primary in found
    )


# Last words of the names of buildings and quarters.
_FACILITY = _wordset(
    "center centre university college airport house hall square bridge tower stadium church "
    "palace hotel hospital school station quarter mall complex prison court cottage arena "
    "museum embassy consulate market street road avenue park"
)

# Natural features mostly small enough to lie by the text's main place ('Fire Island').
_LOCAL_FEATURES = _wordset("island islands lake bay valley")


def _capital_row(gaz: Gazetteer, alpha3: str) -> Row | None:
    info = country_info(alpha3)
    if info is None or not info.capital:
        return None
    ids = _capital_ids()
    return next((r for r, _ in gaz.candidates(info.capital) if r.geonameid in ids), None)


_GENERIC = _wordset(
    "north south east west northern southern eastern western central new upper lower great "
    "greater old saint st county city state province region district estate park street "
    "road center centre world cup university college airport river lake mount house hall "
    "square bridge tower stadium church palace hotel hospital school station port bay island "
    "islands valley ocean sea gulf peninsula desert middle white coast union republic bank "
    "summit academy federal reserve investment metro subway terminal"
)


def _has_parts(name: str) -> bool:
    words = normalise(name).split()
    return len(words) > 1 and words[-1] not in _NATURAL


def _is_generic(name: str) -> bool:
    """Whether a name is made of generic words only ('Middle East', 'West Coast')."""
    return all(w in _GENERIC for w in normalise(name).split())


def _part_candidates(gaz: Gazetteer, name: str) -> list[tuple[Row, bool]]:
    """The longest capitalised part of a longer name that is a place: 'Orange County' ->
    Orange, 'Dubai World Cup' -> Dubai, 'Bank of Mexico' -> Mexico (of parts as long, the
    one naming the most populous place)."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        options: list[list[tuple[Row, bool]]] = []
        for first in range(len(words) - size + 1):
            part = words[first : first + size]
            if not all(w[:1].isupper() for w in part):
                continue
            if all(normalise(w) in _GENERIC for w in part):
                continue
            # only places of some size: 'White House' is not White, Georgia (pop. 700); by a
            # main name, or another name of a city of 1,000,000+ ('Peking University'): a
            # smaller town's other name is no clue (a 'Terminus Hotel' is not in Atlanta)
            found = [
                (row, primary)
                for row, primary in _candidates_for(gaz, " ".join(part))
                if (row.feature != "city" or row.population >= 5_000)
                and (primary or row.population >= 1_000_000)
            ]
            if found:
                options.append(found)
        if options:
            return max(options, key=lambda found: max(r.population for r, _ in found))
    return []


def source_country_of(url: str | None) -> str | None:
    """Alpha-2 of a site's country from its country-code top-level domain ('.pk' -> 'PK');
    None for generic domains and those sold for their letters ('.tv', '.io': see
    ``newsdesk.domains.VANITY_DOMAINS``)."""
    code = site_country(url)
    return code if code is not None and alpha2_to_alpha3(code) is not None else None


def _inside(row: Row, area: Row) -> bool:
    """Whether a town or county lies in a state or country row."""
    if row.feature not in ("city", "admin2") or row.cc != area.cc:
        return False
    return area.feature == "country" or (area.feature == "admin1" and row.admin1 == area.admin1)


def _narrow(
    inner: list[tuple[Row, bool]], outer: list[tuple[Row, bool]]
) -> tuple[list[tuple[Row, bool]], list[tuple[Row, bool]]]:
    """The readings of a place named with its state or country ('Paris, Texas', 'Athens,
    Georgia'): the towns of the first name that lie in a state or country the second may
    name, and of the second's states and countries those holding one (its other readings,
    a city, stay). Unchanged (the same lists) when no reading allows it, or when the first
    name may be a state or country of the second's country (a list, 'Georgia, Florida', or
    a state with its country, 'Punjab, India')."""
    areas = [(a, p) for a, p in outer if a.feature in ("admin1", "country")]
    if any(
        p and r.feature in ("admin1", "country") and any(r.cc == a.cc for a, _ in areas)
        for r, p in inner
    ):
        return inner, outer
    held = [(r, p) for r, p in inner if any(_inside(r, a) for a, _ in areas)]
    if not held:
        return inner, outer
    holding = [(a, p) for a, p in areas if any(_inside(r, a) for r, _ in held)]
    others = [(r, p) for r, p in outer if r.feature not in ("admin1", "country")]
    return held, holding + others


# Places a local name may be said to be in.
_HOLDERS = ("city", "admin1", "admin2", "country")

_COMMA = re.compile(r"\s*,\s*")
_IN = re.compile(r"\s+in\s+")


def _followed(
    text: str, spans: Sequence[tuple[int, int]], link: re.Pattern[str]
) -> list[int | None]:
    """For each span, the index of the next span when only ``link`` lies between them."""
    order = sorted(range(len(spans)), key=lambda k: spans[k])
    out: list[int | None] = [None] * len(spans)
    for a, b in pairwise(order):
        if spans[a][1] <= spans[b][0] and link.fullmatch(text[spans[a][1] : spans[b][0]]):
            out[a] = b
    return out


def named_within(text: str, spans: Sequence[tuple[int, int]]) -> list[int | None]:
    """For each span of ``text``, the index of the span that follows it after a comma
    ('Paris, Texas'), which may name its state or country; None for the others."""
    return _followed(text, spans, _COMMA)


def named_in(text: str, spans: Sequence[tuple[int, int]]) -> list[int | None]:
    """For each span of ``text``, the index of the span that follows it after 'in' ('the
    Palais des Nations in Geneva'), the place it is said to be in; None for the others."""
    return _followed(text, spans, _IN)


def geocode_mentions(
    text: str,
    spans: list[tuple[int, int]],
    *,
    gazetteer: Gazetteer | None = None,
    source_country: str | None = None,
) -> list[Place | None]:
    """Geocode the toponyms at ``spans`` (character offsets into ``text``), jointly."""
    for start, end in spans:
        if not 0 <= start < end <= len(text):
            from newsdesk.errors import InputError

            raise InputError(f"span ({start}, {end}) is outside the text ({len(text)} chars)")
    return resolve_names(
        [text[s:e] for s, e in spans],
        gazetteer=gazetteer,
        source_country=source_country,
        within=named_within(text, spans),
        located_in=named_in(text, spans),
    )
