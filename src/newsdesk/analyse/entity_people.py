"""Rules that find people: syntax, lone speakers, titles, surnames and full names.

A name spaCy calls an organisation or a place is a person where the syntax says so
("Claure, who ...", "Erdogan's government"), the actor dictionary knows an office holder
by it, or it speaks and is taken up by "he" or "she"; titles move out of a person's name
into the role ("Defence Minister Khawaja Asif"); surnames of people named in full are
found alone ("Dar later left"); a one-word "person" that is a well-known place is the place.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import numpy
from spacy.attrs import LOWER, SENT_START
from spacy.tokens import Doc, Token

from newsdesk.analyse.countries import (
    country_of_demonym,
    country_of_name,
)
from newsdesk.analyse.entity_classification import org_kind
from newsdesk.analyse.entity_common import (
    _LEADER_NOUNS,
    _PERSON_NOUNS,
    _SPEECH,
    ARABIC_ARTICLES,
    ARABIC_PLACE_WORDS,
    ROLE_WORDS,
    _country_or_capital,
    _Found,
    _well_known_place,
    _words,
    arabic_article,
    place_rows,
)
from newsdesk.analyse.entity_spans import _PLAYER, _overlaps
from newsdesk.analyse.gazetteer import Gazetteer, get_gazetteer
from newsdesk.analyse.nlp import doc_text
from newsdesk.analyse.plover_dictionary import lookup_body, lookup_person

# --- people -------------------------------------------------------------------


_HONORIFICS = _words(
    """
    mr mrs ms miss dr sir dame mr. mrs. ms. dr.
    """
)


_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.? $")


def _honorific_before(text: str, start: int) -> bool:
    """'Mr Adams', 'Dr. Okafor': an honorific just before the name at ``start``."""
    return _HONORIFIC_BEFORE.search(text, max(0, start - 6), start) is not None


def _named_thing(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows 'the' ('the Force', 'the Wild')."""
    return text[max(0, start - 4) : start] in ("the ", "The ")


def _person_evidence(head: Token | None, full_names: set[int], unknown: bool) -> bool:
    """Syntax only a person's name has: 'Claure, who ...', 'Erdogan's government', "Adams's
    wife", 'Adams, 54,', 'Hughes, a spokesman', 'Brooks said he ...', and, for a name that
    is no place at all, a pair with a person's full name ('Caitlyn Smith and Kate York'; a
    longer list may mix people and things)."""
    if head is None:
        return False
    for child in head.children:
        if child.dep_ == "relcl" and any(
            t.lower_ in ("who", "whom") for t in child.children if t.i < child.i
        ):
            return True
    if head.dep_ == "poss" and head.head.lemma_.lower() in _LEADER_NOUNS | _KIN:
        return True  # 'Erdogan's government', "Adams's wife"
    if _aged(head):
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


# Kin only a person has: "Adams's wife" (a company has a parent, never parents).
_KIN = _words(
    """
    wife husband son daughter mother father brother sister widow widower girlfriend
    boyfriend fiancee fiance parents grandson granddaughter grandmother grandfather
    """
)


def _aged(head: Token) -> bool:
    """'Adams, 54, said': a name followed by an age between commas."""
    doc, i = head.doc, head.i
    if i + 3 >= len(doc) or doc[i + 1].text != "," or doc[i + 3].text != ",":
        return False
    age = doc[i + 2].text
    return age.isdigit() and len(age) <= 2 and age[0] != "0"


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


# Countries that are also given names: 'Jordan Munoz', 'Chad Wolf', 'Israel Katz'.
_GIVEN_NAME_COUNTRIES = _words("Jordan Chad Israel Georgia India Kenya America")


def name_shaped(name: str) -> bool:
    """Whether a name could be a person's: one to four capitalised words ('Kate York',
    'Erdogan'), none naming a country, a people or a kind of organisation ('Senate'),
    except a country that is also a given name before a surname ('Jordan Munoz')."""
    if not re.fullmatch(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}", name):
        return False
    if org_kind(name) != "organisation":
        return False
    words = name.split()
    if len(words) > 1 and words[0] in _GIVEN_NAME_COUNTRIES:
        words = words[1:]
    return not any(country_of_name(w) or country_of_demonym(w) for w in words)


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
        if not evidence or (span.kind == "place" and _well_known_place(surface, gaz)):
            continue
        if _named_thing(text, span.start):
            # 'the Wild, who improved to 4-2-1': a team or a band; no one is 'the Hughes'
            span.kind, span.label = "organisation", "ORG"
        else:
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
        if span.kind != "person" or span.role or span.known:
            continue
        if " " in surface:
            if _arabic_town(surface, span, spans, text, gaz):
                span.kind, span.label = "place", "GPE"
            continue
        if surface in name_parts:
            continue
        if span.known or (_speaks(span.head) and not _country_or_capital(surface)):
            continue  # 'York said': a town does not speak, a state may ('Jordan said')
        if _PLAYER.match(text, span.end):
            continue  # 'Williams 6 points'

        if lookup_person(surface) is not None:
            continue  # 'Bush', an office holder, not the Egyptian town
        if _well_known_place(surface, gaz):
            span.kind, span.label = "place", "GPE"


def _arabic_town(
    surface: str, span: _Found, spans: list[_Found], text: str, gaz: Gazetteer
) -> bool:
    """A 'person' of two or three words named like an Arabic place ('Khan Younis', 'Ras
    al-Ain', 'Al Qaim') that the gazetteer holds, under this or another spelling, as a town
    of 10,000 (a city of 100,000 if only the article makes it Arabic): not a speaker, no
    office holder the actor dictionary knows, no part of another person's name."""
    words = surface.split()
    opener = words[0] in ARABIC_PLACE_WORDS
    if len(words) > 3 or not (opener or arabic_article(surface)):
        return False
    if _speaks(span.head) or lookup_person(surface) is not None:
        return False
    others = {
        w
        for s in spans
        if s.kind == "person" and s.start != span.start
        for w in text[s.start : s.end].split()
    }
    if any(w in others for w in words if w.lower() not in ARABIC_ARTICLES):
        return False
    least = _ARABIC_TOWN if opener else _ARABIC_CITY
    return any(
        row.feature in ("city", "admin1") and row.population >= least
        for row, _ in place_rows(surface, gaz)
    )


_ARABIC_TOWN = 10_000
_ARABIC_CITY = 100_000


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
