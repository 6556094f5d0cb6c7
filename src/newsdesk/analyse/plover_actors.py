"""Who the parties of an event are: actors and recipients from a noun phrase.

A phrase of the parse ("the Afghan Taliban delegation", "Hungarian and Romanian
officials", "it", "thousands of students") is resolved to the analyse stage's
mentions and entities, and each party gets an ISO 3166 alpha-3 country (or ``IGO``, or
``IMG`` for transnational militants) and a PLOVER sector. Where the sentence does not say, the
country comes from an entity's country, the actor dictionary (``plover_dictionary``:
office holders by name and year, seats of power, armed groups), a country word of the
phrase, or (for officials) the country the article is most about.
Pronouns and definite phrases ("the delegation") go back to earlier actors.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from newsdesk.analyse import plover_lexicon as lex
from newsdesk.analyse.countries import all_countries, alpha2_to_alpha3, country_of
from newsdesk.analyse.plover_dictionary import (
    FORMER_DEMONYMS,
    group_country,
    lookup_body,
    lookup_person,
)
from newsdesk.records import Analysis, Entity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_CORE_DEPS = {"compound", "amod", "poss", "nmod", "conj", "cc", "det", "appos", "nummod",
              "quantmod", "case", "punct", "npadvmod", "flat"}  # fmt: skip
PRONOUNS = {"he", "she", "it", "they", "we", "its", "their", "his", "her", "them", "him"}
_QUANTITIES = {"thousand", "hundred", "dozen", "million", "group", "number", "crowd", "band",
               "score", "some", "many", "batch", "contingent", "team"}  # fmt: skip
EVENT_HEADS = set(lex.NOUNS) | {"round", "process", "attempt"}
"""Heads of phrases that name an event, not a party ('the Istanbul round')."""
STATE = {"GOV", "MIL", "COP", "LEG", "JUD"}
_BACKED = re.compile(r"\w-(?:backed|sponsored|supported|funded|armed|trained)\b|\bpro-\w", re.I)
"""'Russian-backed separatists', 'pro-Russian separatists': the country named is the backer,
not the party's own."""
_AFFILIATION = {"affiliate", "base", "link", "belong", "tie", "loyal", "ally", "attach"}
"""Participles that tie a party to another or to a place ('a group based in Trinidad')."""
_SMALL_PLACE = 100_000
"""Below this population a one-word place that is also a leader's name is taken for him."""
NONSTATE = {"IGO", "NGO", "IMG"}
"""PLOVER codes of international non-state actors, given in place of a country."""


_MORE_SECTORS: dict[str, str] = {
    # people named by what they are, not by a group (PLOVER sector table, general usage)
    "man": "CVL", "men": "CVL", "woman": "CVL", "women": "CVL", "child": "CVL",
    "children": "CVL", "boy": "CVL", "girl": "CVL", "person": "CVL", "family": "CVL",
    "passenger": "CVL", "tourist": "CVL", "fisherman": "CVL", "fishermen": "CVL",
    "hostage": "CVL", "victim": "CVL", "shopper": "CVL", "commuter": "CVL",
    "inhabitant": "CVL", "bystander": "CVL", "mourner": "CVL", "voter": "CVL",
    "motorist": "CVL", "pedestrian": "CVL", "teenager": "CVL", "infant": "CVL",
    "tribesman": "CVL", "tribesmen": "CVL", "migrant": "CVL", "immigrant": "CVL",
    "supporter": "CVL", "follower": "CVL", "national": "CVL", "expatriate": "CVL",
    "clan": "CVL", "tribe": "CVL", "opponent": "OPP",
    "displaced": "REF", "evacuee": "REF", "asylum-seeker": "REF",
    "pilgrim": "REL", "worshipper": "REL", "worshiper": "REL", "bishop": "REL",
    "pastor": "REL", "rabbi": "REL", "mullah": "REL", "nun": "REL",
    "aircraft": "MIL", "helicopter": "MIL", "gunship": "MIL", "warship": "MIL",
    "frigate": "MIL", "submarine": "MIL", "gunboat": "MIL", "drone": "MIL",
    "artillery": "MIL", "commando": "MIL", "airman": "MIL", "airmen": "MIL",
    "gendarme": "COP", "policewoman": "COP", "constable": "COP", "detective": "COP",
    "paramilitary": "PRM", "mujahideen": "REB", "guerilla": "REB", "combatant": "REB",
    "kidnapper": "UAF", "abductor": "UAF", "sniper": "UAF", "hijacker": "UAF",
    "raider": "UAF", "suspect": "CRM", "inmate": "CRM", "convict": "CRM", "robber": "CRM",
    "pupil": "EDU", "professor": "EDU", "university": "EDU", "school": "EDU",
    "medic": "MED", "paramedic": "MED", "physician": "MED", "surgeon": "MED",
    "broadcaster": "JRN", "photographer": "JRN", "correspondent": "JRN", "blogger": "JRN",
    "leadership": "GOV", "editor": "JRN", "investor": "BUS", "engineer": "BUS", "executive": "BUS",
    "shopkeeper": "BUS", "contractor": "BUS", "charity": "SOC",
}  # fmt: skip
"""Nouns of parties the base sector table (``plover_lexicon.SECTOR_NOUNS``) lacks."""


def sector_of(word: str) -> str | None:
    """The PLOVER sector a noun (lemma, lower case) names, if any."""
    return lex.SECTOR_NOUNS.get(word) or _MORE_SECTORS.get(word)


def lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def is_ancestor(anc: Token, tok: Token) -> bool:
    return any(a.i == anc.i for a in tok.ancestors)


@lru_cache(maxsize=4096)
def _country_word(word: str) -> str | None:
    """Alpha-3 of a country name or demonym; demonyms the countries table lacks are
    derived from the name ('Fijian' -> Fiji, 'Gambian' -> Gambia, 'Burundian' -> Burundi)."""
    code = country_of(word) or FORMER_DEMONYMS.get(word.lower()) or group_country(word)
    if code or len(word) < 5 or not word.endswith("n"):
        return code
    for stem in (word[:-1], word[:-2], word[:-3], word[:-3] + "a", word[:-4] + "a"):
        if len(stem) >= 3 and (code := country_of(stem)):
            return code
    return None


_FIRST_PERSON = {"i", "we", "us", "me", "our", "my"}
_STATE_NOUNS = {"country", "nation", "neighbour", "neighbor", "government", "state"}
"""Nouns of 'the two countries', 'both governments': a pair of states."""
_BACKING = {"back", "sponsor", "support", "fund", "arm", "train", "lead", "aid", "help"}


def _backer(tok: Token) -> bool:
    """A word naming who backs a party, not where it is ('backed by Russian air power',
    'Iranian-backed', 'pro-Russian')."""
    doc = tok.doc
    after = doc[tok.i + 2] if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" else None
    if after is not None and (lemma(after) in _BACKING or after.lower_.endswith("led")):
        return True
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "pro":
        return True
    for anc in tok.ancestors:
        if anc.dep_ == "agent" and lemma(anc.head) in _BACKING and anc.head.tag_ == "VBN":
            return True
    return False


def _in_opposition(head: Token, mention: Mention | None) -> bool:
    """The phrase calls its party the opposition's ('opposition leader X', 'the opposition
    candidate')."""
    if mention is not None and mention.role and "opposition" in mention.role.lower().split():
        return True
    mods = [ch for ch in head.children if ch.dep_ in ("compound", "amod") and ch.i < head.i]
    mods += [g for ch in mods for g in ch.children if g.dep_ in ("compound", "amod")]
    return any(lemma(t) == "opposition" for t in mods)


_SUCCESSORS = {"SCG": "SRB", "YUG": "SRB", "SUN": "RUS", "CSK": "CZE", "DDR": "DEU",
               "ZAR": "COD", "BUR": "MMR", "TMP": "TLS"}  # fmt: skip
"""Codes of former states (a capital the gazetteer still gives to Serbia and Montenegro)
as the dictionary codes them: their main successor."""
_ROLE_HEADS = {"leader", "chief", "commander", "spokesman", "spokeswoman", "spokesperson",
               "official", "head", "boss", "member", "representative", "delegate",
               # bodies named by what they are made of ('the rebel alliance')
               "alliance", "coalition", "movement", "front", "faction", "group", "wing",
               "column", "unit", "leadership"}  # fmt: skip
"""Nouns of a role (or a body) that take the sector of the body they serve or are made
of ('rebel leader', 'army chief', 'party spokesman', 'the rebel alliance')."""
_ADVERSARIES = {"kidnapper", "captor", "abductor", "killer", "attacker", "assailant",
                "hijacker", "torturer", "jailer", "murderer", "enemy", "foe"}  # fmt: skip
"""Nouns whose possessor is their victim, not their party ('his kidnappers')."""
_VOICES = {"delegation", "envoy", "emissary", "negotiator", "mouthpiece"}
"""Nouns of people who speak or act for a body named after them ('an envoy of the rebels')."""


def _role_sector(h: Token) -> str | None:
    """The sector of a role held in a body named before it: 'rebel leader' REB, 'army chief'
    MIL (a bare 'leader' or 'official' is the government's)."""
    if lemma(h) not in _ROLE_HEADS:
        return None
    mods = [c for c in h.children if c.dep_ in ("compound", "amod", "nmod") and c.i < h.i]
    return next((sec for c in reversed(mods) if (sec := sector_of(lemma(c)))), None)


@lru_cache(maxsize=4096)
def _misspelt_country(word: str) -> str | None:
    """A country name with one letter dropped, doubled or swapped, as wire copy has them
    ('Ethopia', 'Lebannon'): a close match of six letters or more, same first letter."""
    if len(word) < 6 or not word[:1].isupper() or _country_word(word):
        return None
    names = {c.name: c.alpha3 for c in all_countries() if len(c.name) >= 6}
    close = difflib.get_close_matches(word, names, n=1, cutoff=0.88)
    return names[close[0]] if close and close[0][0] == word[0] else None


class Participants:
    """Party resolution over one parsed article and its analysis."""

    def __init__(self, doc: Doc, analysis: Analysis, year: int | None = None) -> None:
        self.doc = doc
        self.year = year
        """The article's year: which office a person named held (None: the latest)."""
        self.entities: dict[str, Entity] = {e.key: e for e in analysis.entities}
        self.mention_at: dict[int, Mention] = {}
        for m in sorted(analysis.mentions, key=lambda m: (m.start, -(m.end - m.start))):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.mention_at.setdefault(t.i, m)
        backers = {id(b) for t in doc if (b := self.mention_at.get(t.i)) and _backer(t)}
        self.dominant = self._dominant_country(m for m in analysis.mentions if id(m) not in backers)
        self.recent_heads: dict[str, list[dict[str, Any]]] = {}
        self.last_actors: list[dict[str, Any]] = []

    # --- countries and sectors ------------------------------------------------
    def _unplaced(self, m: Mention) -> bool:
        """A 'place' that may be a person: one the gazetteer could not put in a country
        ('Erdogan'), or a small place sharing a leader's name ('Arafat', a Mauritanian town)."""
        if m.kind != "place":
            return False
        if m.place is None or not m.place.country_code:
            return True
        return (
            m.place.feature not in ("country", "region", "state", "province")
            and (m.place.population or 0) < _SMALL_PLACE
            and " " not in m.text.strip()
            and lookup_person(m.text, None, self.year) is not None
        )

    def _known(self, m: Mention) -> tuple[str, str] | None:
        """The actor dictionary's (code, sector) for a mention, by any of its names: an
        organisation's or place's as a body first, then as an office holder (a person is
        sometimes taken for an organisation, 'Moody Awori'); a person's as an office holder
        first, then as a body (a body is sometimes taken for a person, 'the Houthis')."""
        ent = self.entities.get(m.entity or "")
        names = [*([ent.name, *ent.aliases] if ent is not None else []), m.text]
        bodies = (got for name in names if (got := lookup_body(name)))
        if m.kind != "person" and (body := next(bodies, None)):
            return body
        role = m.role or (ent.role if ent is not None else None)
        for name in names:
            # an organisation's name of several words must be a holder's full name
            alone = m.kind != "organisation" or " " not in name.strip()
            capitalised = any(w[:1].isupper() for w in name.split())  # 'de Klerk'
            if capitalised and (got := lookup_person(name, role, self.year, alone=alone)):
                return got
        return next(bodies, None) if m.kind == "person" else None

    def _mention_country(self, m: Mention) -> str | None:
        code = self._mention_code(m)
        return _SUCCESSORS.get(code, code) if code else None

    def _mention_code(self, m: Mention) -> str | None:
        ent = self.entities.get(m.entity or "")
        if (
            m.kind in ("organisation", "armed_group", "government")
            or (m.kind == "place" and " " in m.text.strip())
        ) and (body := lookup_body(m.text)):
            # a name the dictionary knows ('the PRC', 'the Islamic Republic', 'Downing
            # Street') before a guessed place
            return body[0]
        if m.kind == "place" and self._unplaced(m) and (known := self._known(m)):
            return known[0]  # 'Arafat' the leader, not the Mauritanian town
        if ent is not None and ent.country:
            return ent.country
        if (m.kind not in ("place", "nationality") or self._unplaced(m)) and (
            known := self._known(m)
        ):
            return known[0]
        if m.place is not None and m.place.country_code:
            return alpha2_to_alpha3(m.place.country_code)
        if m.kind in ("place", "nationality", "government"):
            return _country_word(m.text)
        return None

    def _dominant_country(self, mentions: Iterable[Mention]) -> str | None:
        """The country the article is most about: its places, nationalities, governments and
        organisations named after a country ('Kenya Anti-Corruption Commission')."""
        counts: Counter[str] = Counter()
        for m in mentions:
            code = self._mention_country(m)
            if code is None and m.kind == "organisation":
                code = next((c for w in m.text.split()[:2] if (c := _country_word(w))), None)
            if code is not None and code not in NONSTATE:  # an IGO is no state's home
                counts[code] += 1
        return counts.most_common(1)[0][0] if counts else None

    @staticmethod
    def _is_igo(text: str) -> bool:
        low = text.lower().removeprefix("the ").strip()
        if low in lex.IGOS:
            return True
        words = text.strip().split()
        for name in lex.IGOS:
            head, tail = low.startswith(name + " "), low.endswith(" " + name)
            if not (head or tail):
                continue
            if len(name) > 3:
                return True
            # a short name only as an acronym: "UN troops", not "Kim Jong Un"
            part = words[: len(name.split())] if head else words[-len(name.split()) :]
            if all(w.isupper() or "." in w for w in part):
                return True
        return False

    def _sector(self, head: Token, mention: Mention | None) -> str | None:
        if _in_opposition(head, mention):
            return "OPP"  # "opposition leader X" now, whatever offices X held before
        ent = self.entities.get(mention.entity or "") if mention else None
        if ent is not None and ent.sector:
            return ent.sector
        if mention is not None and (
            mention.kind not in ("place", "nationality") or self._unplaced(mention)
        ):
            known = self._known(mention)
            if known is not None:
                return known[1]
        for role in (mention.role if mention else None, ent.role if ent else None):
            if role:
                for word in role.lower().split():
                    if sector := sector_of(word.rstrip("s")):
                        return sector
        head_lemma = lemma(head)
        if sector_of(head_lemma) and (mention is None or head.i not in self._span_idx(mention)):
            return sector_of(head_lemma)
        if mention is not None:
            if mention.kind == "armed_group":
                return "REB"
            if mention.kind == "government":
                return "GOV"
            if mention.kind == "place":
                return "GOV"  # a country or capital as actor stands for its state
        return None

    def _span_idx(self, m: Mention) -> set[int]:
        return {i for i, mm in self.mention_at.items() if mm is m}

    def named_countries(self, sent: Span) -> set[str]:
        """The countries a sentence names (its places, nationalities, governments and known
        bodies), not those named as someone's backer."""
        codes: set[str] = set()
        for t in sent:
            if _backer(t):
                continue  # 'forces backed by Russian jets', 'Iranian-backed militias'
            m = self.mention_at.get(t.i)
            if m is not None and (code := self._mention_country(m)) and code not in NONSTATE:
                codes.add(code)
        return codes

    def sole_country(self, sent: Span) -> str | None:
        """The one country a sentence names, or None where it names none or several."""
        codes = self.named_countries(sent)
        return next(iter(codes)) if len(codes) == 1 else None

    def home_parties(
        self, parties: list[dict[str, Any]], sent: Span, other_side: Iterable[dict[str, Any]] = ()
    ) -> None:
        """Parties the sentence leaves without a country ('the militants', 'police',
        'protesters', 'the opposition') belong to the one country it names: CAMEO and PLOVER
        coders code domestic actors by location ('rebels ... the Colombian government').
        An organ of a state is not given the country of a state organ on ``other_side``
        ('the foreign ministry summoned the Chinese ambassador': not China's ministry)."""
        todo = [a for a in parties if not a.get("code") and a.get("sector") != "IGO"]
        if todo and (code := self.sole_country(sent)) is not None:
            states = {o.get("code") for o in other_side if o.get("sector") in STATE}
            for a in todo:
                if code in states and a.get("sector") in STATE:
                    continue
                a["country"] = a["code"] = code
                a["country_inferred"] = True

    # --- participants -----------------------------------------------------------
    def _core(self, head: Token, full: bool) -> list[Token]:
        """The noun phrase of ``head``: modifiers and 'of' phrases (all of it if ``full``)."""
        out = [head]
        stack = [head]
        while stack:
            t = stack.pop()
            for ch in t.children:
                if (
                    ch.dep_ in ("conj", "cc")
                    and t.i == head.i
                    and head.pos_ in ("NOUN", "PROPN", "PRON")
                ):
                    continue  # coordinated heads are separate participants
                if ch.dep_ == "punct" and (ch.i == t.right_edge.i or ch.i == t.left_edge.i):
                    continue
                keep = ch.dep_ in _CORE_DEPS
                if ch.dep_ == "prep" and (full or lemma(ch) == "of"):
                    keep = True
                if ch.dep_ == "pobj":
                    keep = True
                if full and ch.dep_ not in ("relcl", "acl", "punct"):
                    keep = True
                if full and ch.dep_ == "acl" and lemma(ch) in _AFFILIATION:
                    keep = True  # "workers affiliated with the Serbian union", "based in X"
                if keep:
                    out.append(ch)
                    stack.append(ch)
        return sorted(out, key=lambda t: t.i)

    def _actor(
        self,
        text: str,
        start: int,
        end: int,
        mention: Mention | None,
        country: str | None,
        sector: str | None,
        head: Token,
    ) -> dict[str, Any]:
        igo = self._is_igo(text) or (mention is not None and self._is_igo(mention.text))
        ent = self.entities.get(mention.entity or "") if mention else None
        if ent is not None and self._is_igo(ent.name):
            igo = True
        code = "IGO" if igo else country
        if country in NONSTATE:  # the dictionary's IGO, NGO or transnational militants
            code, igo = country, country == "IGO"
        actor: dict[str, Any] = {
            "text": text,
            "entity": mention.entity if mention else None,
            "country": None if code in NONSTATE else country,
            "sector": "IGO" if igo and sector in (None, "GOV") else sector,
            "start": start,
            "end": end,
            "code": code,
            "head": lemma(head),
        }
        if (
            code
            and code not in NONSTATE
            and ("ethnic" in text.lower().split() or _BACKED.search(text))
        ):
            # "ethnic Albanians" in Macedonia, "Iranian-backed militias" in Syria: coded by the
            # country they are in where the sentence says it (CAMEO's convention), else by
            # the nationality named
            actor["deferred_code"] = code
            actor["country"] = actor["code"] = None
        return actor

    def participants(self, head: Token) -> list[dict[str, Any]]:
        """Actors named by the phrase headed by ``head`` (and its coordinated heads)."""
        out: list[dict[str, Any]] = []
        heads = [head, *[c for c in head.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON")]]
        for h in heads:
            out.extend(self._head_participants(h))
        seen: set[tuple[Any, Any, Any]] = set()
        unique = []
        for a in out:
            key = (a["entity"], a["code"], a["text"] if a["entity"] is None else None)
            if key not in seen:
                seen.add(key)
                unique.append(a)
        return unique

    def _head_participants(self, h: Token) -> list[dict[str, Any]]:
        if lemma(h) in _QUANTITIES:  # "thousands of students", "a group of Yoruba leaders"
            of = next((c for c in h.children if c.dep_ == "prep" and lemma(c) == "of"), None)
            member = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if member is not None:
                return self._head_participants(member)
        if lemma(h) in _ROLE_HEADS | _VOICES:
            # "a spokesman for the rebels", "the leader of the opposition": the body served
            for prep in (c for c in h.children if c.dep_ == "prep" and lemma(c) in ("for", "of")):
                served = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if (
                    served is not None
                    and lemma(served) not in PRONOUNS
                    and (got := self.participants(served))
                ):
                    return got
        if lemma(h) in PRONOUNS or h.pos_ == "PRON":
            if lemma(h) in _FIRST_PERSON:
                # '"We will not negotiate," Shamir said': whoever says it, before or after
                for anc in h.ancestors:
                    if lemma(anc) in lex.REPORTING:
                        speaker = next((c for c in anc.children if c.dep_ == "nsubj"), None)
                        if speaker is not None and lemma(speaker) not in _FIRST_PERSON:
                            return self.participants(speaker)
            if lemma(h) not in PRONOUNS:
                return []
            # "Syria says it is willing": the subject of a governing clause of the sentence
            for anc in h.ancestors:
                subj = next(
                    (
                        c
                        for c in anc.children
                        if c.dep_ in ("nsubj", "nsubjpass")
                        and c.i != h.i
                        and not is_ancestor(c, h)
                        and lemma(c) not in PRONOUNS
                    ),
                    None,
                )
                if subj is not None and subj.i < h.i:
                    got = self.participants(subj)
                    if got:
                        return got
                if subj is None and lemma(anc) in lex.REPORTING:
                    # "In a statement issued in Damascus, the PFLP said it would ...": the
                    # speaker the parser hung on the opening phrase
                    from newsdesk.analyse.event_syntax import _stranded_subject  # import cycle

                    stranded = _stranded_subject(anc)
                    heads = stranded[0] if stranded is not None else []
                    if got := [a for hd in heads for a in self._head_participants(hd)]:
                        return got
            return [dict(a) for a in self.last_actors]
        for full in (False, True):
            toks = self._core(h, full)
            mentions: list[Mention] = []
            for t in toks:
                m = self.mention_at.get(t.i)
                if m is not None and m not in mentions:
                    mentions.append(m)
            if lemma(h) in EVENT_HEADS:
                # "the Istanbul round": a city modifying a meeting is where, not who; a country
                # ("US attacks") is who
                mentions = [
                    m
                    for m in mentions
                    if m.kind != "place" or (m.place is not None and m.place.feature == "country")
                ]
            if mentions and not (full and sector_of(lemma(h))):
                return self._from_mentions(h, toks, mentions)
        if (pair := self._the_two_states(h)) is not None:
            return pair
        # no mention: "the delegation" -> an earlier actor with that head; else the phrase
        if any(ch.dep_ == "det" and lemma(ch) in ("the", "this", "that") for ch in h.children):
            earlier = self.recent_heads.get(lemma(h))
            if earlier:
                return [dict(a) for a in earlier]
        for ch in h.children:
            if ch.dep_ == "poss" and lemma(h) not in _ADVERSARIES:
                got = self._head_participants(ch)
                if got:
                    return got
        if (named := self._dictionary_phrase(h)) is not None:
            return [named]
        if lemma(h) in lex.NOUNS and (by := self._event_noun_country(h)) is not None:
            return [by]
        sector = "OPP" if _in_opposition(h, None) else _role_sector(h) or sector_of(lemma(h))
        if sector is None and not self._is_igo(h.text):
            if h.pos_ == "PROPN" and (
                code := self._scan_country(self._core(h, False)) or _misspelt_country(h.text)
            ):
                toks = self._core(h, False)  # a country the entity finder missed
                span = self.doc[toks[0].i : toks[-1].i + 1]
                return [
                    self._actor(span.text, span.start_char, span.end_char, None, code, "GOV", h)
                ]
            return []
        toks = self._core(h, False)
        text = self.doc[toks[0].i : toks[-1].i + 1].text
        # "Rebels in the Ivory Coast", "Burundian militiamen": a country in the phrase
        full_core = self._core(h, True)
        country = self._scan_country(full_core)
        if country is None:  # "Islamic State militants": a known body names them
            mods = [
                t
                for t in self._core(h, False)
                if t.i < h.i and t.text[:1].isupper() and t.dep_ != "det"
            ]
            if mods and (body := lookup_body(self.doc[mods[0].i : mods[-1].i + 1].text)):
                country = body[0]
        if country is None:  # "Kurdish peshmerga fighters": a body written in small letters
            mods = [t for t in self._core(h, False) if t.i < h.i and t.dep_ in ("amod", "compound")]
            if mods and (body := lookup_body(self.doc[mods[0].i : mods[-1].i + 1].text)):
                country = body[0]
        if country is None:  # "rebels loyal to Charles Taylor": a known name in the phrase
            country = next(
                (
                    c
                    for t in full_core
                    if (m := self.mention_at.get(t.i)) is not None
                    and (c := self._mention_country(m))
                ),
                None,
            )
        inferred = False
        if country is None and sector in STATE and self.dominant:
            country, inferred = self.dominant, True
        actor = self._actor(
            text, toks[0].idx, toks[-1].idx + len(toks[-1]), None, country, sector, h
        )
        if inferred:
            actor["country_inferred"] = True
        return [actor]

    def _the_two_states(self, h: Token) -> list[dict[str, Any]] | None:
        """'The two countries', 'both governments', 'the two neighbours': the two states the
        sentence names elsewhere ('..., Iranian and Saudi officials said'), if it names two."""
        if lemma(h) not in _STATE_NOUNS or h.tag_ != "NNS":
            return None
        if not any(
            (c.dep_ == "nummod" and c.lower_ == "two")
            or (c.dep_ in ("det", "predet") and c.lower_ == "both")
            for c in h.children
        ):
            return None
        own = {t.i for t in h.subtree}
        codes: list[str] = []
        for t in h.sent:
            m = self.mention_at.get(t.i)
            if t.i in own or m is None or _backer(t):
                continue
            code = self._mention_country(m)
            if code and code not in NONSTATE and code not in codes:
                codes.append(code)
        if len(codes) != 2:
            return None
        toks = self._core(h, False)
        span = self.doc[toks[0].i : toks[-1].i + 1]
        out = []
        for code in codes:
            actor = self._actor(span.text, span.start_char, span.end_char, None, code, "GOV", h)
            actor["country_inferred"] = True
            out.append(actor)
        return out

    def _event_noun_country(self, h: Token) -> dict[str, Any] | None:
        """'US Predator attacks', 'Israeli air strikes': an act named by a noun, its doer
        named by a country word before it (a military act is the country's military)."""
        mods = [c for c in h.children if c.dep_ in ("compound", "amod") and c.i < h.i]
        mods += [g for c in mods for g in c.children if g.dep_ == "compound"]
        code = self._scan_country(sorted(mods, key=lambda t: t.i))
        if code is None:
            return None
        kind = lex.NOUNS[lemma(h)][0]
        sector = "MIL" if kind in ("ASSAULT", "COERCE", "MOBILIZE") else "GOV"
        toks = self._core(h, False)
        span = self.doc[toks[0].i : toks[-1].i + 1]
        return self._actor(span.text, span.start_char, span.end_char, None, code, sector, h)

    def _dictionary_phrase(self, h: Token) -> dict[str, Any] | None:
        """A name the entity finder missed, in the actor dictionary: 'Downing Street',
        'Xi Jinping', 'the Pentagon'."""
        toks = [t for t in self._core(h, False) if t.dep_ not in ("det", "punct", "case")]
        if not toks or not any(t.text[:1].isupper() for t in toks):
            return None
        span = self.doc[toks[0].i : toks[-1].i + 1]
        names = [t for t in toks if t.pos_ == "PROPN"]
        got = lookup_body(span.text)
        if got is None and toks[-1].i > h.i and h.text[:1].isupper():
            # "accused the BNP of arson": the name without its 'of' phrase
            span = self.doc[toks[0].i : h.i + 1]
            got = lookup_body(span.text)
        if got is None and h.pos_ == "PROPN" and names:
            name = self.doc[names[0].i : names[-1].i + 1].text
            got = lookup_person(name, None, self.year)
        if got is None:
            return None
        code, sector = got
        return self._actor(span.text, span.start_char, span.end_char, None, code, sector, h)

    def _group_pair(self, toks: list[Token]) -> str | None:
        """A people named by two words of the phrase ('Bosnian Serb', 'Turkish Cypriot')."""
        for a, b in pairwise(toks):
            if b.i == a.i + 1 and (code := group_country(f"{a.text} {b.text}")):
                return code
        return None

    def _scan_country(self, toks: list[Token]) -> str | None:
        """A country named by a word or two of the phrase ('Bosnian Serbs', 'Ivory Coast')."""
        words = [t for t in toks if t.pos_ in ("PROPN", "ADJ", "NOUN") and t.text[:1].isupper()]
        for t in words:
            nxt = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
            if nxt is not None and nxt in words:
                code = group_country(f"{t.text} {nxt.text}") or country_of(f"{t.text} {nxt.text}")
                if code:
                    return code
            code = _country_word(t.text)
            if code:
                return code
        return None

    def _from_mentions(
        self, h: Token, toks: list[Token], mentions: list[Mention]
    ) -> list[dict[str, Any]]:
        named = [m for m in mentions if m.kind not in ("place", "nationality")]
        countries = [c for m in mentions if (c := self._mention_country(m))]
        if not named and (group := self._group_pair(toks)):
            countries = [group]  # 'Turkish Cypriot leaders': Cyprus, not Turkey
        phrase = self.doc[toks[0].i : toks[-1].i + 1]
        out = []
        if named:
            for m in named:
                country = self._mention_country(m)
                inferred = False
                if country is None:
                    others = [self._mention_country(o) for o in mentions if o is not m]
                    country = next((c for c in others if c), None)
                if country is None:
                    country = self._scan_country(toks)
                if country is None and m.role:
                    country = next((c for w in m.role.split() if (c := _country_word(w))), None)
                if (
                    country is None
                    and m.kind == "person"
                    and self.dominant
                    and (m.role or sector_of(lemma(h)) in STATE)
                ):
                    country, inferred = self.dominant, True
                text = phrase.text if len(named) == 1 else m.text
                start = phrase.start_char if len(named) == 1 else m.start
                end = phrase.end_char if len(named) == 1 else m.end
                actor = self._actor(text, start, end, m, country, self._sector(h, m), h)
                if inferred:
                    actor["country_inferred"] = True
                out.append(actor)
            return out
        if len(set(countries)) <= 1:
            m = mentions[0]
            country = countries[0] if countries else self._scan_country(toks)
            return [
                self._actor(
                    phrase.text,
                    phrase.start_char,
                    phrase.end_char,
                    m,
                    country,
                    self._sector(h, m),
                    h,
                )
            ]
        for m in mentions:  # "Hungarian and Romanian officials"
            out.append(
                self._actor(
                    m.text, m.start, m.end, m, self._mention_country(m), self._sector(h, m), h
                )
            )
        return out
