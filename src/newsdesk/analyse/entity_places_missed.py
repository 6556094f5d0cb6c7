"""Places the small model misses or takes for something else.

A city of a million or more left untagged or called a nationality ("Aid reached
Aleppo"); a name after a preposition of place that the gazetteer knows ("in Sirte and
Misrata", "north of Kunduz"); a name said to be a town, a village or a camp ("Addison, a
village southwest of Ithaca", "the Rukban camp"); a town and the postal code of its state
("Cuyahoga Falls, OH", "Irving, TX").
"""

from __future__ import annotations

import re
from itertools import pairwise

import numpy
from spacy.attrs import DEP, IS_ALPHA, IS_TITLE, POS, TAG
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Token

from newsdesk.analyse.countries import (
    alpha3_to_alpha2,
    country_of_capital,
    country_of_demonym,
    country_of_name,
)
from newsdesk.analyse.entity_classification import org_kind
from newsdesk.analyse.entity_common import (
    _ACTION_NOUNS,
    _PERSON_NOUNS,
    _SPEECH,
    ARABIC_ARTICLES,
    ARABIC_PLACE_WORDS,
    _Found,
    _well_known_place,
    _words,
    arabic_article,
    place_rows,
)
from newsdesk.analyse.entity_people import _is_determiner
from newsdesk.analyse.entity_spans import _written
from newsdesk.analyse.gazetteer import Gazetteer, Row, to_place
from newsdesk.analyse.nlp import doc_text
from newsdesk.analyse.plover_dictionary import lookup_body, lookup_person

_BIG_CITY = 1_000_000
_PLACE_SLOTS = ("dobj", "pobj", "conj", "appos")


def _big_city(name: str, gaz: Gazetteer) -> bool:
    """Whether ``name`` is, by its main name, a city of a million or more (few such names
    mean anything else: 'Aleppo', 'Kharkiv', 'Lagos')."""
    if country_of_demonym(name) is not None:
        return False
    return _well_known_place(name, gaz, min_city=_BIG_CITY, cities_only=True)


def _big_cities_missed(doc: Doc, spans: list[_Found], gaz: Gazetteer) -> list[_Found]:
    """A city of a million or more that the small model leaves untagged ('Aid reached
    Aleppo', 'Shelling hit Kharkiv') or calls a nationality ('spread to Aleppo') is a
    place: a one-word name in an object or conjunct slot, not part of a longer name."""
    text = doc_text(doc)
    for span in spans:
        surface = text[span.start : span.end]
        if span.label == "NORP" and " " not in surface and _big_city(surface, gaz):
            span.kind, span.label = "place", "GPE"
    taken = [(s.start, s.end) for s in spans]
    added: list[_Found] = []
    # The cheap tests on the token arrays: a Token object for every token costs too much.
    tag, title, alpha, dep = doc.to_array([TAG, IS_TITLE, IS_ALPHA, DEP]).T
    slots = [doc.vocab.strings[d] for d in _PLACE_SLOTS]
    found = (tag == doc.vocab.strings["NNP"]) & (title == 1) & (alpha == 1) & numpy.isin(dep, slots)
    for i in numpy.flatnonzero(found):
        tok = doc[int(i)]
        if any(a <= tok.idx < b for a, b in taken):
            continue
        neighbours = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
        if any(n.tag_ in ("NNP", "NNPS") for n in neighbours) or not _big_city(tok.text, gaz):
            continue
        added.append(_Found(tok.idx, tok.idx + len(tok), "place", "GPE", head=tok))
    return sorted(spans + added, key=lambda s: s.start) if added else spans


# --- places after a preposition of place ----------------------------------------

_WHERE = _words(
    """
    in near outside inside into around across through toward towards via between beyond
    """
)
# 'north of Kunduz', 'the outskirts of Mosul', 'the town of Kidal', 'Pangram area of Sarkh'
_WHERE_OF = _words(
    """
    north south east west northeast northwest southeast southwest northern southern eastern
    western outskirts edge centre center heart town city village district province region
    area suburbs suburb
    """
)
# Verbs whose 'to X' is where one goes ('from Mosul to Tikrit', 'fled to Kidal').
_MOTION = _words(
    """
    travel flee move return go head fly march drive spread advance extend sail stretch come
    relocate retreat withdraw escape walk
    """
)
# What comes 'from' someone, or is done 'at' a body: 'a call from Adams', 'works at Barclays'.
_NOT_FROM_A_PLACE = (
    _ACTION_NOUNS
    | _SPEECH
    | _words(
        """
        letter call email message visit support help comment comments remark remarks question
        questions quote word words statement
        """
    )
)
_NOT_AT_A_PLACE = _PERSON_NOUNS | _words("work study teach play sign join time spell stint career")
# Entity types that are never a place: 'in May', 'at 10 Downing'.
_NOT_PLACE_TYPES = _words("DATE TIME MONEY PERCENT QUANTITY ORDINAL CARDINAL")
_NEAR_POPULATION = 10_000
_FAR_POPULATION = 100_000


def _of_place(tok: Token) -> Token | None:
    """The preposition of place whose object ``tok`` is ('in Kandahar', 'north of Kunduz',
    'from Mosul to Tikrit'), or is listed with ('in Sirte and Misrata', 'in Kidal, Mali')."""
    for _ in range(3):
        if tok.dep_ not in ("conj", "appos") or tok.head.i > tok.i:
            break
        tok = tok.head
    if tok.dep_ != "pobj":
        return None
    prep, word = tok.head, tok.head.lower_
    owner = prep.head.lemma_.lower()
    if word == "of":
        ok = prep.head.lower_ in _WHERE_OF
    elif word == "to":
        ok = owner in _MOTION or any(c.lower_ == "from" for c in prep.head.children)
    elif word == "from":
        ok = owner not in _NOT_FROM_A_PLACE
    elif word == "at":
        ok = owner not in _NOT_AT_A_PLACE
    else:
        ok = word in _WHERE
    return prep if ok else None


def _text_countries(text: str, spans: list[_Found], gaz: Gazetteer, source: str | None) -> set[str]:
    """Alpha-2 codes of the countries the text names: countries, capitals, nationalities,
    well-known places, the site's own; a country's name the model took for something else
    ('in Kidal, Mali' where Mali is a 'person')."""
    found = {source} if source else set()
    for span in spans:
        surface = text[span.start : span.end]
        if span.kind not in ("place", "nationality", "government"):
            if (alpha3 := country_of_name(surface)) and not span.role:
                found.add(alpha3_to_alpha2(alpha3) or "")
            continue
        alpha3 = country_of_name(surface) or country_of_demonym(surface)
        alpha3 = alpha3 or country_of_capital(surface)
        if alpha3:
            found.add(alpha3_to_alpha2(alpha3) or "")
        elif span.kind == "place":
            found.update(
                row.cc
                for row, primary in gaz.candidates(surface)
                if primary and (row.feature == "admin1" or row.population >= _FAR_POPULATION)
            )
    found.discard("")
    return found


def _populated_place(name: str, gaz: Gazetteer, countries: set[str], *, far: bool) -> set[str]:
    """The countries (alpha-2) where the gazetteer knows ``name`` as a capital (of one of
    the text's ``countries``, or of 100,000 people), a state or province (likewise), a town
    of some size in one of the text's ``countries`` or (``far``) a city of 100,000
    anywhere; empty where it knows no such place. An Arabic name is also looked up
    without its article ('al-Mukalla' as 'Mukalla')."""
    found: set[str] = set()
    rows = place_rows(name, gaz)
    if capital_of := country_of_capital(name):
        # a small capital is no evidence far from its country: 'Hamilton' (Bermuda)
        cc = alpha3_to_alpha2(capital_of) or ""
        if cc in countries or any(r.cc == cc and r.population >= _FAR_POPULATION for r, _ in rows):
            found.add(cc)
    for row, primary in rows:
        town = row.feature == "city" and (
            (row.cc in countries and row.population >= _NEAR_POPULATION)
            or (far and primary and row.population >= _FAR_POPULATION)
        )
        province = row.feature == "admin1" and (
            row.cc in countries or row.population >= _FAR_POPULATION  # not a parish of Bermuda
        )
        if town or ((province or row.feature == "country") and primary):
            found.add(row.cc)
    found.discard("")
    return found


# Prepositions after which an Arabic name the gazetteer lacks is still a place ('near
# al-Tanf', 'outside Ras al-Ain'): not 'from', 'to', 'at', 'between' (people come from,
# go to, meet at and stand between people).
_STRICTLY_WHERE = _words("in near outside inside around of")


def _name_start(doc: Doc, i: int, names: list[bool]) -> int:
    """The first token of the name that ends at token ``i``: capitalised proper nouns and
    the Arabic article joined to the next one ('al-Tanf', 'Ras al-Ain')."""
    start = i
    while start > 0:
        if names[start - 1]:
            start -= 1
        elif (
            start > 1
            and doc[start - 1].text == "-"
            and not doc[start - 1].whitespace_
            and not doc[start - 2].whitespace_
            and doc[start - 2].lower_ in ARABIC_ARTICLES
        ):
            start -= 2
        else:
            break
    return start


def _places_after_prepositions(
    doc: Doc, spans: list[_Found], gaz: Gazetteer, source_country: str | None
) -> list[_Found]:
    """A name of one or two words after a preposition of place ('Clashes broke out in
    Kandahar', 'from Mosul to Tikrit', 'in Sirte and Misrata') that the small model leaves
    untagged or calls a person or organisation is a place where the gazetteer knows it as
    a capital, a state or province, or a town of some size in a country the text names (a
    city of 100,000 anywhere, if the model gave it no kind at all). Not a word the text
    also uses in lower case, a name after 'the', part of a person's full name, a person or
    body the actor dictionary knows, or a kind of body ('in Congress')."""
    text = doc_text(doc)
    candidates: list[tuple[int, int, Token, Token]] = []
    # The cheap tests on the token arrays: a Token object for every token costs too much.
    pos, title, alpha, dep = doc.to_array([POS, IS_TITLE, IS_ALPHA, DEP]).T
    slots = [doc.vocab.strings[d] for d in ("pobj", "conj", "appos")]
    is_name = (pos == PROPN) & (title == 1)
    names = is_name.tolist()
    for i in numpy.flatnonzero(is_name & (alpha == 1) & numpy.isin(dep, slots)).tolist():
        if i + 1 < len(doc) and names[i + 1]:
            continue  # not the name's last word
        start = _name_start(doc, i, names)
        tok, first = doc[i], doc[start]
        words = len(doc[start : i + 1].text.split())
        if words > 3 or (words > 2 and not arabic_article(doc[start : i + 1].text)):
            continue
        if tok.ent_type_ in _NOT_PLACE_TYPES:
            continue
        before = doc[first.i - 1] if first.i > 0 else None
        if before is not None and (
            _is_determiner(before) or before.pos_ == "PROPN" or not before.whitespace_
        ):
            continue  # 'the Senate', 'PPL Center', 'T-Mobile'
        if (prep := _of_place(tok)) is not None:
            candidates.append((first.idx, tok.idx + len(tok), tok, prep))
    if not candidates:
        return spans
    full_names = [(s.start, text[s.start : s.end].split()) for s in spans if s.kind == "person"]
    countries: set[str] | None = None
    added: list[_Found] = []
    for start, end, root, prep in candidates:
        name = text[start:end]
        # part of a person's full name; an Arabic place name the model calls a person
        # ('in Khan Younis', 'near al-Tanf') may be that very name
        arabic = arabic_article(name) or name.split()[0] in ARABIC_PLACE_WORDS
        parts = {
            w
            for at, words in full_names
            if len(words) > 1 and not (arabic and at == start)
            for w in words
        }
        if any(w in parts for w in name.split()):
            continue
        if _written(text, name.lower()):
            continue  # a common word ('Reading', 'reading')
        if country_of_demonym(name) or org_kind(name) != "organisation":
            continue
        if lookup_person(name) is not None or lookup_body(name) is not None:
            continue
        over = [s for s in spans if s.start < end and start < s.end]
        if any(s.start != start or s.end != end for s in over):
            continue  # part of a longer name, or longer than the model's
        span = over[0] if over else None
        if span is not None and (
            span.kind not in ("person", "organisation")
            or span.known
            or span.key
            or span.role
            or prep.lower_ == "at"
        ):
            continue
        if countries is None:
            countries = _text_countries(text, spans, gaz, source_country)
        where = _populated_place(name, gaz, countries, far=span is None)
        if not where and not _arabic_place_unknown(name, prep, span, gaz):
            continue
        if span is None:
            span = _Found(start, end, "place", "GPE", head=root)
            added.append(span)
        else:
            span.kind, span.label = "place", "GPE"
        span.recovered_in = frozenset(where) if where else None
    return sorted(spans + added, key=lambda s: s.start) if added else spans


def _arabic_place_unknown(name: str, prep: Token, span: _Found | None, gaz: Gazetteer) -> bool:
    """'near al-Tanf', 'outside Ras al-Ain': a name with the Arabic article, not a body,
    right after a preposition that places things, that the gazetteer lacks under any
    spelling (a person so named is someone the text shows elsewhere, or the actor
    dictionary knows)."""
    if not arabic_article(name) or (span is not None and span.kind != "person"):
        return False
    if prep.lower_ not in _STRICTLY_WHERE:
        return False
    return not place_rows(name, gaz)


_SETTLEMENTS = _words(
    """
    town village city hamlet suburb district province region county municipality
    governorate neighbourhood neighborhood camp area settlement enclave
    """
)


# ', a village', ', a small border town', ', the provincial capital'
_SETTLEMENT_WORDS = "|".join(sorted(_SETTLEMENTS))
_DESCRIBED_AS_SETTLEMENT = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_SETTLEMENT_WORDS}|capital)\b"
)


def _settlements(doc: Doc, text: str, spans: list[_Found]) -> None:
    """A name the model calls an organisation or a person that is said to be a town or a
    camp is a place: 'Addison, a village southwest of Ithaca'; 'the Rukban camp', 'the
    Pangram area' ('the X camp' or 'area' only of an organisation: 'the Trump camp')."""
    full_names = [text[s.start : s.end].split() for s in spans if s.kind == "person"]
    name_parts = {w for words in full_names if len(words) > 1 for w in words}
    for span in spans:
        head = span.head
        if span.kind not in ("organisation", "person") or span.known or span.key or span.role:
            continue
        if head is None or head.i + 1 >= len(doc) or head.idx + len(head) != span.end:
            continue
        surface = text[span.start : span.end]
        if span.kind == "person" and (
            surface in name_parts or " " in surface or lookup_person(surface) is not None
        ):
            continue
        nxt = doc[head.i + 1]
        described = _DESCRIBED_AS_SETTLEMENT.match(text, span.end) is not None
        named = head.dep_ == "compound" and head.head == nxt and nxt.lower_ in _SETTLEMENTS
        if named and span.kind == "person" and nxt.lower_ in ("camp", "area"):
            named = False
        if described or named:
            span.kind, span.label = "place", "GPE"


# --- 'Irving, TX': a town and its state's postal code ---------------------------

# Countries whose states are written by a code after a town's name: 'Kamloops, BC'.
_CODED_STATES = ("US", "CA", "AU")
_STATE_CODE = re.compile(r"[A-Z]{2,3}")


def _towns_and_state_codes(text: str, spans: list[_Found], gaz: Gazetteer) -> list[_Found]:
    """'West Palm Beach, FL', 'Cuyahoga Falls, OH', 'Kamloops, BC': a code of two or three
    capitals after a name and a comma that the model calls an organisation or a place is
    the state (or province) it codes, where the gazetteer holds the name as a town of that
    state (a name the model called a person or an organisation is then that town), or the
    name is a place already and the code a US state's; so is the same code after another
    name of the text ('Holmdel, NJ' once 'Camden, NJ' is known). After any other person's
    name it is a degree ('Jane Doe, MD'), no place."""
    pairs = [
        (town, code)
        for town, code in pairwise(spans)
        if code.kind in ("organisation", "place")
        and not (code.known or code.key)
        and text[town.end : code.start] == ", "
        and _STATE_CODE.fullmatch(text[code.start : code.end])
        and (code.end == len(text) or not text[code.end].isalnum())
    ]
    confirmed: dict[str, Row] = {}
    degrees: list[_Found] = []
    for town, code in pairs:
        surface = text[code.start : code.end]
        states = [row for cc in _CODED_STATES for row in gaz.coded(f"{cc}-{surface}")]
        if not states:
            continue
        name = text[town.start : town.end]
        held = {(row.cc, row.admin1) for row, _ in gaz.candidates(name) if row.feature == "city"}
        state = next((row for row in states if (row.cc, row.admin1) in held), None)
        if state is None and town.kind == "place" and states[0].cc == "US":
            state = states[0]
        if state is None:
            if town.kind == "person" and code.kind == "place":
                degrees.append(code)
            continue
        confirmed[surface] = state
        if town.kind in ("person", "organisation") and not (town.known or town.key or town.role):
            town.kind, town.label = "place", "GPE"
            town.recovered_in = frozenset({state.cc})
    for _, code in pairs:
        if (state := confirmed.get(text[code.start : code.end])) is not None:
            code.kind, code.label, code.gazetteer_name = "place", "GPE", state.name
            code.place = to_place(state)  # 'NY' is the state, not the city 'New York'
            if any(code is d for d in degrees):
                degrees.remove(code)
    return [s for s in spans if all(s is not d for d in degrees)] if degrees else spans
