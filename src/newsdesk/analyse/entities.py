"""Mentions of people, organisations, armed groups, governments, places and nationalities.

From a parsed spaCy ``Doc`` of ``Article.body``:

1. spaCy's entities, repaired where news names defeat it: a hyphenated name
   it splits ("Tehreek" + "-e-Taliban" + "Pakistan") is joined, a demonym
   before an organisation ("Afghan" + "Taliban") is kept with it, and every
   "Long Name (ACR)" definition is found in the text itself, so that both
   forms are mentions of one entity wherever they occur;
2. titles are dropped from people's names and kept as their role
   ("Defence Minister Khawaja Asif" -> person "Khawaja Asif", role "Defence Minister");
3. places are geocoded together; nationalities map to their country; a
   country or capital that acts ("Islamabad demanded", "directives from
   Kabul") is that country's government, with the place kept on the mention;
4. mentions are grouped into entities: a surname ("Asif") joins the full
   name, an acronym its expansion, a trailing name ("Taliban") the longer
   name it ends ("Afghan Taliban").

Kinds spaCy's small model gets wrong are set right on the way: an entity ruler
before its NER (``known_names.py``) names well-known armed groups, peoples
without a state, seats of government ("the Quai d'Orsay said" is France's
government) and large platforms; a name is a person where the syntax says so
("Claure, who ...", "Erdogan's government", "Hughes, a spokesman") or the actor
dictionary knows an office holder by it ("Orban said"); plurals are groups ("the
Steelers", "Kurds"); countries and demonyms taken for people or organisations are
places and nationalities; a name keeps one kind through the article (the clear
majority's). A name after a preposition of place that the gazetteer knows ("in Sirte
and Misrata", "near Kramatorsk") or said to be a town or a camp is a place; a lone name
that speaks and is taken up by "he" or "she" is a person unless the article shows it as
a body; a word that is a name only because it opens a sentence ("Rice production") is
none; names named like products ("MacBook Pro") are things, not people. A text that is
not English gets no mentions.

Entity keys are stable across articles: ``person:<name>``, ``org:<name>``,
``gov:<ISO3>``, ``place:<geonameid>`` (``place:<ISO 3166-2>`` for a province outside the US).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy
from spacy.attrs import DEP, IS_ALPHA, IS_TITLE, LOWER, POS, SENT_START, TAG
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Token

from newsdesk.analyse.countries import (
    alpha2_to_alpha3,
    alpha3_to_alpha2,
    country_name,
    country_of_capital,
    country_of_demonym,
    country_of_name,
    normalise,
)
from newsdesk.analyse.gazetteer import Gazetteer, get_gazetteer
from newsdesk.analyse.known_names import RULER_ID
from newsdesk.analyse.language import looks_english
from newsdesk.analyse.nlp import doc_text
from newsdesk.analyse.places import resolve_names
from newsdesk.analyse.plover_dictionary import lookup_body, lookup_person
from newsdesk.records import Entity, Mention, Place


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_LABELS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "nationality",
}

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
_HONORIFICS = _words(
    """
    mr mrs ms miss dr sir dame mr. mrs. ms. dr.
    """
)

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

# Nouns whose "from X" / "X's" makes X an acting state.
_ACTION_NOUNS = _words(
    """
    directive directives instruction instructions order orders guidance pressure demand
    demands message signal statement response position stance decision warning objection
    approval consent refusal policy
    """
)
# Verbs whose subject is a location, not an actor.
_STATIVE = _words(
    """
    be lie sit border remain become stand host have include locate
    """
)

_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Z0-9&-]{1,9})\)")
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


# --- finding spans ------------------------------------------------------------


def _acronym_definitions(text: str) -> list[tuple[int, int, int, int]]:
    """(long_start, long_end, acr_start, acr_end) for each 'Long Name (ACR)' in the text."""
    found = []
    for match in _ACRONYM_DEF.finditer(text):
        acronym = match.group(1)
        before = text[: match.start()].rstrip()
        words = list(re.finditer(r"[^\s()]+", before[-200:]))
        offset = len(before) - len(before[-200:])
        for first in range(len(words) - 1, -1, -1):
            start = offset + words[first].start()
            candidate = before[start:]
            got = initials(candidate)
            if got == acronym.replace("&", "").replace("-", ""):
                found.append((start, len(before), match.start(1), match.end(1)))
                break
            if len(got) > len(acronym):
                break
    return found


def _spacy_spans(doc: Doc) -> list[_Found]:
    out = []
    for ent in doc.ents:
        kind = _LABELS.get(ent.label_)
        if kind is None:
            continue
        start = ent.start_char
        # 'the Kremlin', 'a White House official': the article is no part of the name
        if ent[0].text in ("the", "The", "a", "an") and len(ent) > 1:
            start = ent[1].idx
        found = _Found(start, ent.end_char, kind, ent.label_, head=ent.root)
        if ent.ent_id_.startswith(RULER_ID + ":"):
            _, found.known, code = [*ent.ent_id_.split(":"), ""][:3]
            found.country = code or None
            if found.known != "seat":
                found.kind = "organisation"
        out.append(found)
    return _join_hyphenated(doc_text(doc), out)


def _join_hyphenated(text: str, spans: list[_Found]) -> list[_Found]:
    """'Tehreek' + '-e-Taliban' + ' Pakistan' -> one name; 'Afghan' + 'Taliban' -> one."""
    joined: list[_Found] = []
    for span in sorted(spans, key=lambda s: s.start):
        # '-e-Taliban', '-Baltistan'; never '-winning' or '-inspired'
        tail = re.match(r"(?:-(?:[a-z]{1,3}-)*[A-Z][\w']*)+", text[span.end :])
        if tail and span.kind in ("organisation", "person"):
            span.end += tail.end()
        if joined:
            prev = joined[-1]
            gap = text[prev.end : span.start]
            hyphen_name = prev.kind == "organisation" and "-" in text[prev.start : prev.end]
            demonym_org = prev.kind == "nationality" and span.kind == "organisation"
            if gap == " " and (hyphen_name or demonym_org):
                prev.end = span.end
                prev.kind, prev.label = "organisation", "ORG"
                continue
            if span.start < prev.end:
                continue
        joined.append(span)
    return joined


def _overlaps(a: _Found, b: _Found) -> bool:
    return a.start < b.end and b.start < a.end


def _find_spans(doc: Doc) -> list[_Found]:
    text = doc_text(doc)
    spans = _spacy_spans(doc)
    defined: list[_Found] = []
    forms: dict[str, str] = {}
    for ls, le, as_, ae in _acronym_definitions(text):
        key = "org:" + _slug(text[ls:le])
        forms[text[ls:le]] = key
        forms[text[as_:ae]] = key
    for form, key in forms.items():
        for match in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text):
            defined.append(_Found(match.start(), match.end(), "organisation", "ORG", key=key))
    kept = [s for s in spans if not any(_overlaps(s, d) for d in defined)]
    out = [s for s in sorted(kept + defined, key=lambda s: s.start) if _trim(text, s)]
    for span in out:
        if span.head is None or not span.start <= span.head.idx < span.end:
            char_span = doc.char_span(span.start, span.end, alignment_mode="expand")
            span.head = char_span.root if char_span is not None else None
    return out


_TRAILING = re.compile(r"(?:\s+(?:and|or|of|the|for|to|in|at|that|which|who))+$")
_SCORE = re.compile(r"(?:\s+\d+(?:-\d+)+)+$")  # 'Nicolas Jarry 6-4', 'Chile 3-0'
# Words that open a clause, which no name holds.
_CLAUSE = re.compile(r"\s(?:that|which|who|whom|whose|when|where|while|because|said|says)\b")
# A player's tally in a box score: 'Armani Sheffield 19 points', 'Jaden Siemans 7 saves'.
_STAT_WORDS = (
    "points?|goals?|assists?|saves?|rebounds?|steals?|blocks?|runs?|hits?|yards?|"
    "touchdowns?|tackles?|sacks?|strikeouts?|wickets?|aces?|kills?|digs?"
)
_TALLY = re.compile(r"\s+\d+$")
_STAT = re.compile(rf"\s+(?:{_STAT_WORDS})\b")
_TALLY_TAIL = re.compile(rf"\s+\d+\s+(?:{_STAT_WORDS})$")
_PLAYER = re.compile(rf"\s+\d+\s+(?:{_STAT_WORDS})\b")
_CLITIC = re.compile(r"['’]s\s+")  # "the group's Haqqani network": "’s Haqqani"


def _trim(text: str, span: _Found) -> bool:
    """Drop a possessive ending ("Musk's"), what follows a line break (a name never runs
    on to the next line), a dangling word ('iPad Pro and') or bracket ('Umma (Nation'), a
    clause after it ('Associated Press that Marlow'), a leading "’s" ("group’s Haqqani"),
    a score ('Jarry 6-4', 'Chile 3-0') and, from a body's name, a title after it ('House
    of Representatives Speaker'). False for a span with no capital letter at all ("n't",
    "anesthesia"), which no name lacks, and for a 'person' with a digit ('Destiny 2')."""
    surface = text[span.start : span.end]
    if (cut := surface.find("\n")) > 0:
        span.end = span.start + len(surface[:cut].rstrip())
    if (cut := surface.find(" (")) > 0 and ")" not in surface:  # 'Umma (Nation'
        span.end = min(span.end, span.start + cut)
    if match := _CLAUSE.search(text, span.start, span.end):  # 'Associated Press that Marlow'
        span.end = match.start()
    if match := _CLITIC.match(text, span.start, span.end):
        span.start = match.end()
    for pattern in (_TRAILING, _SCORE, _TALLY_TAIL):
        if match := pattern.search(text[span.start : span.end]):
            span.end -= len(match.group())
    if (match := _TALLY.search(text[span.start : span.end])) and _STAT.match(text, span.end):
        span.end -= len(match.group())  # 'Jaden Siemans 7' of '... 7 saves'
    if span.kind == "organisation":
        _drop_title_tail(text, span)
    match = re.search(r"['’]s?$", text[span.start : span.end])
    if match and span.end - span.start > len(match.group()) + 1:
        span.end -= len(match.group())
    surface = text[span.start : span.end]
    if span.kind == "person" and any(c.isdigit() for c in surface):
        return False
    return any(c.isupper() for c in surface)


def _drop_title_tail(text: str, span: _Found) -> None:
    """'House of Representatives Speaker' -> 'House of Representatives'; not the title a
    body is named by ('Office of the Inspector General')."""
    words = list(re.finditer(r"\S+", text[span.start : span.end]))
    n = len(words)
    while n > 1 and _is_title_word(words[n - 1].group()):
        n -= 1
    if n < len(words) and words[n - 1].group().lower() not in ("of", "the", "de"):
        span.end = span.start + words[n - 1].end()


def _is_title_word(word: str) -> bool:
    return word.lower().rstrip(".") in ROLE_WORDS | {"rt", "hon"}


def _not_common_words(doc: Doc, text: str, spans: list[_Found]) -> list[_Found]:
    """Drop a word the model takes for a name only because it opens a sentence ('Rice
    production ...', 'Televised debates ...', 'Seek out ...'): one word the tagger calls no
    proper noun, either no noun at all or never written with a capital inside a sentence
    of the text. Not a nationality ('Chinese cities'), a country or a capital."""
    out = []
    for span in spans:
        head = span.head
        if (
            head is None
            or span.known
            or span.key
            or span.label == "NORP"
            or head.tag_ in ("NNP", "NNPS")
            or head.idx != span.start
            or head.idx + len(head) != span.end
            or not _opens_sentence(head)
        ):
            out.append(span)
            continue
        word = head.text
        if _country_or_capital(word) or country_of_demonym(word):
            out.append(span)
        elif head.pos_ in ("NOUN", "PROPN") and _written_inside_a_sentence(text, word):
            out.append(span)  # 'Trump is 73' where the text names Trump elsewhere
    return out


def _written(text: str, word: str, *, inside_a_sentence: bool = False) -> bool:
    """Whether ``word`` is a whole word of ``text`` (after a small word or a comma if
    ``inside_a_sentence``). A string search: a regex per word would be compiled per word."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        whole = (end == len(text) or not text[end].isalnum()) and (
            at == 0 or not text[at - 1].isalnum()
        )
        before = text[at - 2 : at] if at >= 2 else ""
        inside = (
            len(before) == 2 and before[1] == " " and (before[0].islower() or before[0] in ",;")
        )
        if whole and (inside or not inside_a_sentence):
            return True
        at = text.find(word, at + 1)
    return False


def _written_inside_a_sentence(text: str, word: str) -> bool:
    """'Trump' in '... said Trump was': the text writes it with a capital mid-sentence."""
    return _written(text, word, inside_a_sentence=True)


def _opens_sentence(tok: Token) -> bool:
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return bool(tok.is_sent_start) or (
        prev is not None and prev.is_quote and bool(prev.is_sent_start)
    )


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


def _products(text: str, spans: list[_Found]) -> None:
    """A 'person' named like a product is an organisation's thing: a word with a small first
    letter and a capital inside ('xCloud', 'iPhone'), or a model tier as its last word
    ('MacBook Pro'); a leading lower-case word is no part of it ('older MacBook Pro')."""
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


# --- people -------------------------------------------------------------------


def _person_evidence(head: Token | None, full_names: set[int], unknown: bool) -> bool:
    """Syntax only a person's name has: 'Claure, who ...', 'Erdogan's government', 'Hughes,
    a spokesman', 'Brooks said he ...', and, for a name that is no place at all, a pair
    with a person's full name ('Caitlyn Smith and Kate York'; a longer list may mix
    people and things)."""
    if head is None:
        return False
    for child in head.children:
        if child.dep_ == "relcl" and any(
            t.lower_ in ("who", "whom") for t in child.children if t.i < child.i
        ):
            return True
    if head.dep_ == "poss" and head.head.lemma_.lower() in _LEADER_NOUNS:
        return True
    if _lone_name(head) and _described_as_person(head):
        return True
    if not unknown:
        return False
    first = head.head if head.dep_ == "conj" else head
    members = [first, *(c for c in first.children if c.dep_ == "conj")]
    if first.dep_ == "conj" or len(members) != 2:
        return False
    if any(c.dep_ == "conj" for c in members[1].children):
        return False
    return any(m.i in full_names for m in members if m is not head)


def _lone_name(head: Token) -> bool:
    """A name of one word ('Hughes'), the kind a person is called by after the first time."""
    return not any(t.dep_ == "compound" for t in head.children)


def _described_as_person(head: Token) -> bool:
    """'Hughes, a spokesman for the group, said'; 'Brooks said he would resign'."""
    nxt = head.nbor() if head.i + 1 < len(head.doc) else None
    if nxt is not None and nxt.text == ",":
        described = (c for c in head.children if c.dep_ == "appos")
        for c in described:  # 'a spokesman', 'the company's chief executive'
            if c.lemma_.lower() in _PERSON_NOUNS and any(
                d.dep_ in ("det", "poss") for d in c.children
            ):
                return True
    return _speaks(head) and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("he", "she")
        for c in head.head.children
        if c.dep_ == "ccomp"
        for s in c.children
    )


def name_shaped(name: str) -> bool:
    """Whether a name could be a person's: one to four capitalised words ('Kate York',
    'Erdogan'), none naming a country, a people or a kind of organisation ('Senate')."""
    if not re.fullmatch(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}", name):
        return False
    if org_kind(name) != "organisation":
        return False
    return not any(country_of_name(w) or country_of_demonym(w) for w in name.split())


def _people_by_syntax(doc: Doc, text: str, spans: list[_Found], gaz: Gazetteer) -> None:
    """A name spaCy calls an organisation, or a place that is no well-known one, is a person
    where the syntax says so ('Erdogan's government', 'Claure, who ...') or the actor
    dictionary knows it as an office holder ('Orban said'). A 'person' the dictionary
    knows only as a body is that body ('Boko Haram', 'the Houthis')."""
    full_names = {
        s.head.i
        for s in spans
        if s.kind == "person" and s.head is not None and " " in text[s.start : s.end]
    }
    for span in spans:
        surface = text[span.start : span.end]
        if span.known or span.key:
            continue
        if span.kind == "person" and not span.role and (body := lookup_body(surface)):
            if lookup_person(surface) is None:
                span.kind, span.label = "organisation", "ORG"
                span.known = "armed_group" if body[1] == "REB" else None
            continue
        if span.kind not in ("place", "organisation"):
            continue
        if not name_shaped(surface) or _country_or_capital(surface):
            continue
        evidence = lookup_person(surface) is not None or _person_evidence(
            span.head, full_names, not gaz.candidates(surface)
        )
        if evidence and (span.kind == "organisation" or not _well_known_place(surface, gaz)):
            span.kind, span.label = "person", "PERSON"


def _speaks(head: Token | None) -> bool:
    """The subject of a speech verb: 'York said', 'added Claure'."""
    return head is not None and head.dep_ == "nsubj" and head.head.lemma_.lower() in _SPEECH


def _quoted(head: Token) -> bool:
    """The source of 'according to Adams'."""
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


_HE_OR_SHE = _words("he she his her him himself herself")


class _Pronouns:
    """Where 'he'/'she' (and 'its') and sentences start in a doc, read once from its arrays."""

    def __init__(self, doc: Doc) -> None:
        lower, starts = doc.to_array([LOWER, SENT_START]).T
        strings = doc.vocab.strings
        self.he_or_she = numpy.flatnonzero(numpy.isin(lower, [strings[w] for w in _HE_OR_SHE]))
        self.its = numpy.flatnonzero(numpy.isin(lower, [strings["its"], strings["itself"]]))
        self.starts = numpy.flatnonzero(starts == 1)

    def follows(self, doc: Doc, head: Token, people: list[int]) -> bool:
        """'Hollis said the talks had collapsed. She blamed ...', 'according to Adams, who
        said his ...': 'he' or 'she' after the name, in its sentence or the next, before any
        other person is named (``people``: where each person's name starts, in order) or
        'its' shows a body."""
        at = int(numpy.searchsorted(self.he_or_she, head.i, side="right"))
        if at == len(self.he_or_she):
            return False
        pronoun = int(self.he_or_she[at])
        new_sentences = numpy.searchsorted(self.starts, pronoun, side="right")
        new_sentences -= numpy.searchsorted(self.starts, head.i, side="right")
        its = numpy.searchsorted(self.its, head.i, side="right")
        if new_sentences > 1 or (its < len(self.its) and self.its[its] < pronoun):
            return False
        after = bisect_right(people, head.idx)
        return after == len(people) or people[after] > doc[pronoun].idx


_COMPANY_WORDS = (
    "Inc|Corp|Corporation|Co|Ltd|LLC|plc|PLC|Group|Holdings|AG|SA|GmbH|NV|Airlines|Airways|"
    "Bank|Motors|Technologies|Labs|Partners|Capital|Media|Foundation|Institute|University|"
    "Party|Council|Association|Agency|Company|Industries|Energy|Systems|Pharmaceuticals"
)
_ORG_NOUNS = (
    "group|company|firm|party|agency|bank|network|brand|team|club|band|organisation|"
    "organization|outlet|newspaper|channel|platform|startup|retailer|carrier|maker|label|"
    "automaker|carmaker|manufacturer|provider|lender|insurer|publisher|broadcaster"
)
# What only a body has: 'Hollis shares', "Hollis's chief executive", 'Hollis said it'.
_ORG_OWNS = (
    "shares|stock|stocks|board|employees|staff|customers|subscribers|products|revenue|"
    "revenues|profit|profits|earnings|sales|chief executive|CEO|chairman|spokesman|"
    "spokeswoman|spokesperson|headquarters|website"
)


def _shown_as_organisation(text: str, name: str) -> bool:
    """Whether the article shows ``name`` as a body somewhere: a company word after it
    ('Hollis Inc', 'Hollis Group'), 'the Hollis' ('the Wild'), 'Hollis, a data firm', what only a
    body has ('Hollis shares', "Hollis's chief executive", 'Hollis said it', 'Hollis has
    cut its'), 'a spokesman for Hollis', 'at Hollis' (an employer)."""
    n = re.escape(name)
    patterns = (
        rf"\b{n}(?:['’]s)?,?\s+(?:{_COMPANY_WORDS})\b",
        rf"\b[Tt]he {n}\b",
        rf"\b{n}(?:['’]s?)? (?:{_ORG_OWNS})\b",
        rf"\b{n} (?:said|says|added|told)(?: \w+){{0,3}} (?:it|its|they)\b",
        rf"\b{n}(?: \w+){{0,4}} (?:its|itself)\b",
        rf"\b{n}, (?:a|an|the) (?:[\w-]+ ){{0,4}}(?:{_ORG_NOUNS})\b",
        rf"\b(?:spokesman|spokeswoman|spokesperson|representative) for {n}\b",
        rf"\b[Aa]t {n}\b",
        rf"\b{n}\.(?:com|org|net)\b",
    )
    return any(re.search(p, text) for p in patterns)


def _lone_speakers(doc: Doc, text: str, spans: list[_Found], gaz: Gazetteer) -> None:
    """A one-word name the model calls an organisation (or a place the gazetteer does not
    know) that is a subject or a source ('Adams said on Tuesday ...', 'according to Adams')
    taken up by 'he' or 'she' ('... He gave no details') is a person, with every mention of
    it, unless the article shows it as a body
    (``_shown_as_organisation``) or it is a state, a city of 100,000, an acronym or a body
    the actor dictionary knows. A subject alone is not enough: companies speak too
    ('Boeing said on Tuesday')."""
    people: set[str] = set()
    people_at = sorted(s.start for s in spans if s.kind == "person")
    pronouns: _Pronouns | None = None
    for span in spans:
        surface = text[span.start : span.end]
        if span.kind not in ("organisation", "place") or span.known or span.key:
            continue
        if " " in surface or surface.isupper() or surface in people or span.head is None:
            continue
        head = span.head
        subject = head.dep_ in ("nsubj", "nsubjpass") or _quoted(head)
        if head.tag_ != "NNP" or not subject:
            continue
        pronouns = pronouns or _Pronouns(doc)
        if not pronouns.follows(doc, head, people_at):
            continue
        if not name_shaped(surface) or _country_or_capital(surface) or lookup_body(surface):
            continue
        if span.kind == "place" and gaz.candidates(surface):
            continue  # a place the gazetteer knows
        if _shown_as_organisation(text, surface) or _well_known_place(surface, gaz):
            continue
        people.add(surface)
    for span in spans:
        named = text[span.start : span.end] in people and not (span.known or span.key)
        if named and span.kind in ("organisation", "place"):
            span.kind, span.label = "person", "PERSON"


def _is_role(tok: Token) -> bool:
    """A title word, abbreviated or not ('Minister', 'Gen.', 'Cmdr.')."""
    return tok.lower_.rstrip(".") in ROLE_WORDS


def _abbreviated_title(tok: Token) -> bool:
    """'Cmdr' of 'Cmdr.', which the tokenizer split from its dot (not 'the chief.')."""
    next_char = tok.idx + len(tok)
    return _is_role(tok) and tok.is_title and len(tok) <= 5 and tok.nbor().idx == next_char


def _person_role(doc: Doc, span: _Found) -> None:
    """Move leading titles out of the name and into ``role``; read titles just before it."""
    char_span = doc.char_span(span.start, span.end, alignment_mode="expand")
    if char_span is None:
        return
    tokens = list(char_span)
    role_tokens: list[Token] = []
    while len(tokens) > 1 and (_is_role(tokens[0]) or tokens[0].lower_.rstrip(".") in _HONORIFICS):
        role_tokens.append(tokens.pop(0))
    i = char_span.start - 1
    if not role_tokens and i > 0 and doc[i].text == "." and _abbreviated_title(doc[i - 1]):
        role_tokens = [doc[i - 1], doc[i]]  # 'Cmdr. Sean Robertson': split from its dot
    if not role_tokens:
        before: list[Token] = []
        sent_start = char_span.start
        while sent_start > 0 and not doc[sent_start].is_sent_start:
            sent_start -= 1
        while i >= sent_start and len(before) < 5:
            tok = doc[i]
            if tok.lower_.rstrip(".") in _HONORIFICS and not before:
                i -= 1
                continue
            acceptable = _is_role(tok) or (
                tok.pos_ in ("PROPN", "NOUN", "ADJ")
                and tok.ent_type_ not in ("GPE", "NORP", "PERSON", "DATE")
                and tok.is_alpha
            )
            if not acceptable:
                break
            before.insert(0, tok)
            i -= 1
        if before and _is_role(before[-1]):
            role_tokens = before
    role_tokens = [t for t in role_tokens if t.lower_.rstrip(".") not in _HONORIFICS]
    if tokens and tokens[0].idx != span.start:
        span.start = tokens[0].idx
    if role_tokens:
        span.role = doc_text(doc)[role_tokens[0].idx : role_tokens[-1].idx + len(role_tokens[-1])]
        span.role_start = role_tokens[0].idx


# Titles that open a person's name and no body's ('General Motors', 'Major League').
_NAME_TITLES = _HONORIFICS | _words(
    """
    lt col capt maj sgt adm cpl pvt brig supt insp cmdr gen sen rep gov president senator
    governor minister secretary ambassador judge mayor colonel lieutenant sergeant
    """
)


def _titled_people(text: str, spans: list[_Found]) -> None:
    """A title and a full name the model calls an organisation ('Lt Col Marcus Feld') is
    that person (the title becomes the role)."""
    for span in spans:
        if span.kind != "organisation" or span.known or span.key:
            continue
        words = text[span.start : span.end].split()
        n = 0
        while n < len(words) - 2 and words[n].lower().rstrip(".") in _NAME_TITLES:
            n += 1
        name = " ".join(words[n:])
        company = re.search(rf"\b(?:{_COMPANY_WORDS})$", name)
        if n and len(words) - n in (2, 3) and name_shaped(name) and not company:
            span.kind, span.label = "person", "PERSON"


def _bare_titles(text: str, spans: list[_Found]) -> list[_Found]:
    """Drop a 'person' that is only a title just before a person's name ('Cmdr' of 'Cmdr.
    Sean Robertson', 'Col' of 'Lt Col Alexander Vindman'): the title is that person's."""
    out = []
    for i, span in enumerate(spans):
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        words = text[span.start : span.end].split()
        bare = span.kind == "person" and all(
            w.lower().rstrip(".") in ROLE_WORDS | _HONORIFICS for w in words
        )
        gap = text[span.end : nxt.start] if nxt is not None and nxt.kind == "person" else None
        if bare and gap is not None and re.fullmatch(r"\.?\s{1,2}", gap):
            continue
        out.append(span)
    return out


def _without_titles(spans: list[_Found]) -> list[_Found]:
    """Drop what spaCy found inside a title ('Interior' of 'Interior Minister X')."""
    titles = [(s.role_start, s.start) for s in spans if s.role_start is not None]
    return [
        s
        for s in spans
        if s.kind == "person" or not any(a <= s.start and s.end <= b for a, b in titles)
    ]


def _places_tagged_as_people(text: str, spans: list[_Found], gaz: Gazetteer) -> None:
    """A one-word 'person' that is a well-known place and no part of a name in the
    article is the place ('visited Quetta')."""
    name_parts = set()
    for span in spans:
        words = text[span.start : span.end].split()
        if span.kind == "person" and len(words) > 1:
            name_parts.update(words)
    for span in spans:
        surface = text[span.start : span.end]
        if span.kind != "person" or " " in surface or surface in name_parts or span.role:
            continue
        if span.known or (_speaks(span.head) and not _country_or_capital(surface)):
            continue  # 'York said': a town does not speak, a state may ('Jordan said')
        if _PLAYER.match(text, span.end):
            continue  # 'Williams 6 points'

        if lookup_person(surface) is not None:
            continue  # 'Bush', an office holder, not the Egyptian town
        if _well_known_place(surface, gaz):
            span.kind, span.label = "place", "GPE"


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


def _name_like(tok: Token) -> bool:
    """A proper noun, or a capitalised word opening its sentence ('Dar later left')."""
    if tok.i > 0 and _is_determiner(tok.doc[tok.i - 1]):
        return False
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.is_sent_start is True)


def _is_determiner(tok: Token) -> bool:
    return tok.pos_ == "DET" or tok.lower_ in ("the", "a", "an")


def _add_surnames(doc: Doc, spans: list[_Found]) -> list[_Found]:
    """Surnames of people named in full, where spaCy missed them alone ('Dar later left')."""
    text = doc_text(doc)
    surnames = set()
    for span in spans:
        words = text[span.start : span.end].split()
        # a name of a person's shape: not 'Nigerian Senate', 'Samsung 4K TV'
        if span.kind == "person" and len(words) > 1 and len(words[-1]) > 2:
            surnames.update(words[-1:] if name_shaped(" ".join(words)) else [])
    for span in spans:
        # spaCy often calls a lone surname an organisation ('Baig said') or a place.
        surface = text[span.start : span.end]
        if span.known or span.key:
            continue
        if surface in surnames and span.kind in ("organisation", "place"):
            if span.kind == "place" and _well_known_place(surface, get_gazetteer()):
                continue
            span.kind, span.label = "person", "PERSON"
    added = []
    for surname in surnames:
        for match in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", text):
            found = _Found(match.start(), match.end(), "person", "PERSON")
            if any(_overlaps(found, s) for s in spans):
                continue
            char_span = doc.char_span(found.start, found.end)
            if char_span is None or not _name_like(char_span.root):
                continue
            found.head = char_span.root
            added.append(found)
    return sorted(spans + added, key=lambda s: s.start)


def _full_names_of_people(text: str, spans: list[_Found], gaz: Gazetteer) -> None:
    """A full name spaCy calls an organisation or place ('Marcelo Claure') whose last word
    is a person of the text on its own ('Claure, who ...') is that person."""
    lone = {text[s.start : s.end] for s in spans if s.kind == "person"}
    lone = {name for name in lone if " " not in name}
    for span in spans:
        if span.kind not in ("organisation", "place") or span.known or span.key:
            continue
        surface = text[span.start : span.end]
        words = surface.split()
        if not (2 <= len(words) <= 3 and words[-1] in lone and name_shaped(surface)):
            continue
        if not _well_known_place(surface, gaz):
            span.kind, span.label = "person", "PERSON"


# --- one sense per article ----------------------------------------------------

_CLASS = {"person": "person", "organisation": "organisation", "place": "place"}


def _one_sense(text: str, spans: list[_Found], gaz: Gazetteer) -> None:
    """A name means one thing throughout an article: where spaCy calls the same name a
    person here and an organisation or place there ('Trump' once an ORG, 'Stadia' once
    a GPE), every mention takes the majority's kind. A title ('Mr York') counts three;
    a place the gazetteer does not know counts half ('Stadia' is none). Without a clear
    majority (half as many votes again as the next kind) nothing changes. A person's name
    as the subject of 'said' counts twice."""
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


# --- metonymy -----------------------------------------------------------------


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


# --- classification -----------------------------------------------------------


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


# --- the whole step -----------------------------------------------------------


def find_entities(
    doc: Doc,
    *,
    gazetteer: Gazetteer | None = None,
    source_country: str | None = None,
) -> EntityMentions:
    """Mentions in ``doc`` (a parse of ``Article.body``) and the entities they resolve to.

    A text that is not English gets none: the English model's names there are noise."""
    if not looks_english(doc):
        return EntityMentions()
    text = doc_text(doc)
    gaz = gazetteer or get_gazetteer()
    spans = _not_common_words(doc, text, _find_spans(doc))
    spans = _big_cities_missed(doc, spans, gaz)
    spans = _places_after_prepositions(doc, spans, gaz, source_country)
    _settlements(doc, text, spans)
    _titled_people(text, spans)
    for span in spans:
        if span.kind == "person":
            _person_role(doc, span)
    spans = _without_titles(_bare_titles(text, spans))
    _plural_groups(doc, text, spans)
    _products(text, spans)
    _players(text, spans)
    _people_by_syntax(doc, text, spans, gaz)
    _lone_speakers(doc, text, spans, gaz)
    _countries_and_peoples(text, spans)
    _places_tagged_as_people(text, spans, gaz)
    spans = _add_surnames(doc, spans)
    _full_names_of_people(text, spans, gaz)
    _one_sense(text, spans, gaz)
    _geocode(text, spans, gazetteer, source_country)
    _stateless_groups(text, spans)
    spans = _host_country(doc, text, spans, gazetteer or get_gazetteer())
    _assign_keys(text, spans)
    return _build(text, spans, gazetteer)


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
    well-known places, the site's own."""
    found = {source} if source else set()
    for span in spans:
        if span.kind not in ("place", "nationality", "government"):
            continue
        surface = text[span.start : span.end]
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


def _populated_place(name: str, gaz: Gazetteer, countries: set[str], *, far: bool) -> bool:
    """Whether the gazetteer knows ``name`` as a capital, a state or province, a town of
    some size in one of the text's ``countries`` or (``far``) a city of 100,000 anywhere."""
    if country_of_capital(name):
        return True
    for row, primary in gaz.candidates(name):
        if row.feature in ("country", "admin1") and primary:
            return True
        if row.feature != "city":
            continue
        if row.cc in countries and row.population >= _NEAR_POPULATION:
            return True
        if far and primary and row.population >= _FAR_POPULATION:
            return True
    return False


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
        start = i
        while start > 0 and names[start - 1]:
            start -= 1
        tok, first = doc[i], doc[start]
        if i - start > 1 or tok.ent_type_ in _NOT_PLACE_TYPES:
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
    full_names = [text[s.start : s.end].split() for s in spans if s.kind == "person"]
    name_parts = {w for words in full_names if len(words) > 1 for w in words}
    countries: set[str] | None = None
    added: list[_Found] = []
    for start, end, root, prep in candidates:
        name = text[start:end]
        if any(w in name_parts for w in name.split()):
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
        if not _populated_place(name, gaz, countries, far=span is None):
            continue
        if span is None:
            added.append(_Found(start, end, "place", "GPE", head=root))
        else:
            span.kind, span.label = "place", "GPE"
    return sorted(spans + added, key=lambda s: s.start) if added else spans


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
    gaz = gazetteer or get_gazetteer()
    places = [s for s in spans if s.kind == "place"]
    resolved = resolve_names(
        [text[s.start : s.end] for s in places], gazetteer=gaz, source_country=source_country
    )
    for span, place in zip(places, resolved, strict=True):
        span.place = place
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
