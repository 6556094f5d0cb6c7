"""PLOVER event coding: who did what to whom, when and where, sentence by sentence.

Input: the spaCy ``Doc`` of an article body and the analyse stage's mentions and
entities (``records.Mention`` / ``records.Entity``). Output: ``records.Event``.

The method is rules over the dependency parse, written from the PLOVER manual,
codebook and CAMEO mapping (``plover_lexicon``):

1. every token whose lemma names an event (a verb, a verb with a telling object
   such as "impose sanctions", or an event noun such as "talks") is a candidate;
2. a *governor* ("agreed to", "refused to", "demanded", "warned", "accused")
   takes its event from its complement ("refused to meet" is REJECT 'meet',
   "vowed to attack" THREATEN); other candidates below a candidate are part of
   its event; reporting verbs ("said", "revealed") are not events, their speaker
   becomes ``reported_by`` ("X said Y must ..." is X's REQUEST to Y);
3. actor = subject (or "by" agent), recipient = object or "to/with/against"
   object, resolved to mentions and their entities' country and sector (an actor
   dictionary of well-known organisations fills gaps, and a party still without
   a country takes the event location's); pronouns and "the delegation" go back
   to earlier actors of the article;
4. flags from the parse: negation, modal/conditional (hypothetical), future
   (cooperation or a retreat announced for the future is AGREE, as CAMEO 03x maps it);
5. location from locative phrases, date from the sentence's date phrases
   resolved against the publication time.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from newsdesk.analyse import plover_cameo as cameo
from newsdesk.analyse import plover_lexicon as lex
from newsdesk.analyse.countries import alpha2_to_alpha3
from newsdesk.analyse.event_candidates import (
    _adjective_candidate,
    _clean,
    _compose,
    _consult_mode,
    _protest_act,
    _rank,
    _request_mode,
    _threat_mode,
    _unique,
)
from newsdesk.analyse.event_records import _Built, _Cand, _Flags
from newsdesk.analyse.event_syntax import (
    _ANNOUNCING,
    _CIVIL,
    _CONDITION_MARKS,
    _CROWDS,
    _DIPLOMATS,
    _FUTURE_AUX,
    _HOME_ACTS,
    _HOSTED,
    _INFORMATION,
    _LOCATIVE,
    _MODALS,
    _MODIFIER_PARTY_DEPS,
    _MOVERS,
    _OWNED,
    _PASSING,
    _PATIENT_OF,
    _PROTESTERS,
    _RECIPIENT_PREPS,
    _RIOT_ACTS,
    _SETTLED,
    _SITUATIONS,
    _depth,
    _domestic_targets,
    _from_the_air,
    _has_subject,
    _headline_passive,
    _misparsed_main_verb,
    _natural_subject,
    _objects,
    _own_envoy,
    _own_forces,
    _own_government,
    _own_phrases,
    _own_thing,
    _prep_objects,
    _purpose,
    _stranded_subject,
    _subject_lemmas,
    _target_craft,
    _test_prefixed,
)
from newsdesk.analyse.eventdates import ResolvedDate, best, resolve
from newsdesk.analyse.plover_actors import EVENT_HEADS as _EVENT_HEADS
from newsdesk.analyse.plover_actors import PRONOUNS as _PRONOUNS
from newsdesk.analyse.plover_actors import Participants
from newsdesk.analyse.plover_actors import is_ancestor as _is_ancestor
from newsdesk.analyse.plover_actors import lemma as _lemma
from newsdesk.analyse.plover_json import iter_plover, quad_class, to_plover
from newsdesk.records import Analysis, Article, Event, Mention, Place, utc

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_STATEMENTS = {
    "declaration", "statement", "letter", "resolution", "communique", "message", "note",
    "appeal", "decree", "ultimatum", "call", "warning", "proposal", "motion", "petition",
}  # fmt: skip
"""Things a party issues that then 'demand' or 'urge' in its place."""


_CHARGING = {"police", "policeman", "policemen", "troop", "soldier", "force", "cavalry"}
"""Who charges a crowd (with batons, on horseback) rather than charges a suspect."""
_CROWD_WEAPONS = {"baton", "truncheon", "stick", "club", "cane", "horse", "horseback", "bayonet"}
_PARTICLE_WORDS = {"down", "up", "out", "back", "off", "over", "in"}
_PARTIES = {
    lemma
    for lemma, sector in lex.SECTOR_NOUNS.items()
    if sector in ("GOV", "MIL", "COP", "REB", "LEG", "JUD", "OPP")
}
"""Nouns of parties that can be asked to act ('wants the government to ...')."""


def _behind_act(tok: Token) -> bool:
    """'Syria was behind the attack': a party said to stand behind an attack or abuse."""
    return _lemma(tok) == "be" and any(
        ch.dep_ == "prep"
        and ch.lower_ == "behind"
        and any(
            p.dep_ == "pobj" and lex.NOUNS.get(_lemma(p), ("",))[0] in ("ASSAULT", "COERCE")
            for p in ch.children
        )
        for ch in tok.children
    )


_TESTED_WEAPONS = {"nuclear", "missile", "rocket", "atomic", "weapon", "bomb", "warhead"}
_SHELTERING = {"open", "admit", "welcome", "receive", "accept", "take", "shelter", "reopen"}
_IN_FLIGHT = {
    "flee", "escape", "expel", "displace", "deport", "evict", "uproot", "chase",
}  # fmt: skip
"""Verbs of people in flight: 'fleeing the war', 'expelled from', 'who fled'."""


def _in_flight(verb: Token) -> bool:
    """'fleeing the war', 'who fled', 'ordered out of Nigeria', 'driven from their homes'."""
    lemma = _lemma(verb)
    if lemma in _IN_FLIGHT:
        return True
    return lemma in ("order", "force", "drive") and any(
        g.lower_ in ("out", "from") for g in verb.children
    )


def _shelters(tok: Token) -> bool:
    """People in flight are what the verb takes in: its object, or the 'to' object of a border
    or door opened."""
    people = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
    people += [
        p
        for ch in tok.children
        if ch.dep_ == "prep" and _lemma(ch) in ("to", "for")
        for p in ch.children
        if p.dep_ == "pobj"
    ]
    if any(t.dep_ in ("acl", "relcl") and _in_flight(t) for p in people for t in p.subtree):
        return True
    # the parser may hang the participle on the verb: "admitted thousands of Cambodians
    # fleeing the war", "opened its border to Syrians fleeing the bombardment"
    told = any(ch.dep_ == "prep" and _lemma(ch) == "to" for ch in tok.children)
    return any(
        ch.dep_ == "advcl"
        and ch.tag_ in ("VBG", "VBN")
        and _in_flight(ch)
        and (told or any(g.dep_ in ("nsubj", "nsubjpass") for g in ch.children))
        for ch in tok.children
    )


def _ruled_out(tok: Token) -> bool:
    """The act is the subject of 'is out of the question' or 'is not an option'."""
    head = tok.head
    if tok.dep_ not in ("csubj", "csubjpass", "nsubj", "nsubjpass") or _lemma(head) != "be":
        return False
    if any(
        ch.dep_ == "prep" and ch.lower_ == "out" and any(t.lower_ == "question" for t in ch.subtree)
        for ch in head.children
    ):
        return True
    return any(ch.dep_ == "attr" and _lemma(ch) == "option" for ch in head.children) and any(
        ch.dep_ == "neg" for ch in head.children
    )


def _unidentified(country: str, tok: Token) -> dict[str, Any]:
    """A party the sentence does not name, of ``country`` (PLOVER sector UNK), placed at
    the trigger ``tok``."""
    return {
        "text": "",
        "entity": None,
        "country": country,
        "sector": "UNK",
        "start": tok.idx,
        "end": tok.idx,
        "code": country,
        "country_inferred": True,
    }


class _ArticleCoder(Participants):
    """Codes the sentences of one article, keeping discourse state (earlier actors)."""

    def __init__(self, doc: Doc, analysis: Analysis, published: datetime | None) -> None:
        super().__init__(doc, analysis, published.year if published else None)
        self.published = utc(published) if published else None
        self.quotes = analysis.quotes
        self.lemmas = {_lemma(t) for t in doc}
        self.consult_parties: list[dict[str, Any]] = []
        self.last_agree: Event | None = None

    # --- candidates ---------------------------------------------------------------
    def _verb_candidate(self, tok: Token) -> tuple[str, str | None, str] | None:
        lemma = _lemma(tok)
        if _natural_subject(tok):
            return None  # "Snow closed schools": weather is no party to a political event
        if tok.dep_ in ("amod", "compound", "aux", "auxpass") and not (
            lemma in ("fire", "launch") and _test_prefixed(tok)
        ):
            return None
        if lemma in ("fire", "launch") and _test_prefixed(tok):
            return "MOBILIZE", "weapons", "verb"  # "test-fired a missile": a weapons test
        objs = _objects(tok)
        if lemma in ("allow", "permit", "let"):
            # "allowed UN peacekeepers to return": who is let in is the clause's subject;
            # "allowed the convoy through": the parser's clause head is what is let in
            objs |= {
                _lemma(g)
                for ch in tok.children
                if ch.dep_ in ("ccomp", "xcomp")
                for g in [ch, *ch.children]
                if g.dep_ == "nsubj" or (g is ch and ch.pos_ == "NOUN")
            }
            if lemma == "let" and any(
                ch.dep_ in ("ccomp", "xcomp")
                and _lemma(ch) == "go"
                and any(
                    g.dep_ == "nsubj" and (_lemma(g) in cameo.CAPTIVES or g.i in self.mention_at)
                    for g in ch.children
                )
                for ch in tok.children
            ):
                return "RETREAT", "release", "verb"  # "let the hostages go" (0841)
        if (
            lemma == "fly"
            and "to" in objs
            and any(
                ch.dep_ == "nsubj"
                and (
                    _lemma(ch) in cameo.OFFICIALS
                    or ((m := self.mention_at.get(ch.i)) is not None and m.kind == "person")
                )
                for ch in tok.children
            )
        ):
            return "CONSULT", "visit", "verb"  # "the foreign secretary flew to Beijing" (042)
        if lemma == "work" and any(
            ch.dep_ == "prep"
            and _lemma(ch) in ("with", "alongside")
            and any(
                p.dep_ == "pobj"
                and (
                    ((m := self.mention_at.get(p.i)) is not None and m.kind != "person")
                    or lex.SECTOR_NOUNS.get(_lemma(p)) in ("GOV", "MIL", "COP", "SPY")
                )
                for p in ch.children
            )
            for ch in tok.children
        ):
            return "COOPERATE", None, "verb"  # "the FBI worked with Kenyan police" (06)
        if lemma in ("bar", "ban", "prevent", "stop", "block") and any(
            ch.dep_ == "prep"
            and _lemma(ch) == "from"
            and any(g.dep_ == "pcomp" and _lemma(g) == "enter" for g in ch.children)
            for ch in tok.children
        ):
            # manual, COERCE: barring a party from entering the territory is a REJECT
            return "REJECT", None, "verb"
        if (
            lemma == "order"
            and objs & (lex.TROOPS | {"reinforcement", "fleet", "navy"})
            and not any(ch.dep_ in ("xcomp", "ccomp") for ch in tok.children)
        ):
            return "MOBILIZE", "troops", "verb"  # "ordered two aircraft carriers to the Gulf"
        if lemma == "reserve" and "right" in objs:
            return "THREATEN", None, "governor"  # "reserved the right to retaliate" (13)
        if (
            lemma == "give"
            and any(ch.dep_ == "prep" and _lemma(ch) == "until" for ch in tok.children)
            and any(ch.dep_ in ("dobj", "dative") for ch in tok.children)
        ):
            return "THREATEN", None, "verb"  # "gave Iraq until Friday to comply" (139)
        if (
            lemma == "give"
            and any(
                ch.dep_ == "npadvmod" and _lemma(ch) in ("hour", "day", "week", "deadline")
                for ch in tok.children
            )
            and any(ch.dep_ in ("advcl", "xcomp") for ch in tok.children)
        ):
            return "THREATEN", None, "verb"  # "gave the government 48 hours to release" (139)
        if lemma == "hold" and any(
            g.lower_ == "responsible"
            for ch in tok.children
            for g in [ch, *(ch.children if ch.dep_ in ("dobj", "ccomp") else [])]
            if g.dep_ in ("amod", "oprd", "acomp", "ccomp", "xcomp")
        ):
            return "ACCUSE", "allege", "verb"  # "held Hezbollah responsible for the bombing"
        if lemma in ("label", "brand") and any(
            ch.dep_ in ("oprd", "xcomp", "ccomp") or (ch.dep_ == "prep" and _lemma(ch) == "as")
            for ch in tok.children
        ):
            return "ACCUSE", "disapprove", "verb"  # "labelled the US a terrorist state" (112)
        if lemma in ("label", "brand"):
            return None  # "the company branded its new phone"
        if lemma in ("call", "describe", "term", "characterize", "characterise") and any(
            t.lower_ in cameo.PEJORATIVES or _lemma(t) in cameo.PEJORATIVES
            for ch in tok.children
            for p in (
                [ch]
                if ch.dep_ in ("oprd", "xcomp", "ccomp")
                else [g for g in ch.children if g.dep_ == "pobj"]
                if ch.dep_ == "prep" and _lemma(ch) == "as"
                else [
                    g
                    for q in ch.children
                    if q.dep_ == "prep" and _lemma(q) == "as"
                    for g in q.children
                    if g.dep_ == "pobj"
                ]
                if ch.dep_ == "dobj"
                else []
            )
            for t in [p, *(g for g in p.children if g.dep_ in ("amod", "compound"))]
        ):
            return "ACCUSE", "disapprove", "verb"  # "called the executions barbaric" (111)
        if lemma == "be" and _behind_act(tok):
            return "ACCUSE", "allege", "verb"  # "said Syria was behind the attack" (112)
        if lemma in _SHELTERING and (lemma != "take" or "in" in objs) and _shelters(tok):
            # "opened its borders to Ghanaians expelled from Nigeria", "admitted thousands of
            # Cambodians fleeing the war": shelter for people in flight (manual, AID)
            return "AID", None, "verb"
        if lemma in ("carry", "conduct", "stage") and any(
            ch.dep_ == "dobj"
            and _lemma(ch) == "test"
            and any(
                g.dep_ in ("compound", "amod") and _lemma(g) in _TESTED_WEAPONS for g in ch.children
            )
            for ch in tok.children
        ):
            return "MOBILIZE", "weapons", "verb"  # "carried out a nuclear test" (15)
        if lemma == "stand" and any(ch.lower_ in ("firm", "fast") for ch in tok.children):
            return "REJECT", None, "verb"  # "stood firm against calls to release ..." (12)
        if lemma == "tolerate" and any(ch.dep_ == "neg" for ch in tok.children):
            return "THREATEN", None, "verb"  # "would not tolerate rocket fire" (130)
        if (
            lemma == "pay"
            and "price" in objs
            and any(
                ch.dep_ == "aux" and _lemma(ch) in ("will", "would", "shall") for ch in tok.children
            )
        ):
            return "THREATEN", None, "verb"  # "would pay a heavy price" (130)
        if lemma in ("relocate", "resettle", "move", "transfer", "remove", "evict") and any(
            ch.dep_ == "advmod" and ch.lower_ == "forcibly" for ch in tok.children
        ):
            return "COERCE", "deport", "verb"  # "forcibly relocated thousands" (174)
        if lemma in ("admit", "acknowledge", "concede") and any(
            ch.dep_ == "ccomp"
            and any(
                g.dep_ in ("nsubj", "nsubjpass") and _lemma(g) in ("mistake", "error")
                for g in ch.children
            )
            for ch in tok.children
        ):
            return "CONCEDE", None, "verb"  # "admitted that mistakes had been made"
        if lemma == "say" and "to" in objs:
            answer = {ch.lower_ for ch in tok.children if ch.dep_ in ("intj", "dobj", "advmod")}
            if "no" in answer:
                return "REJECT", None, "verb"  # "Serbia said no to the peace plan" (12)
            if "yes" in answer:
                return "AGREE", None, "verb"
        if (
            lemma in ("free", "release", "liberate")
            and objs & {"hostage", "victim", "captive"}
            and (
                _subject_lemmas(tok)
                | {_lemma(p) for a in tok.children if a.dep_ == "agent" for p in a.children}
            )
            & (lex.TROOPS | {"commando", "security", "soldier", "army", "police"})
        ):
            return "AID", None, "verb"  # manual, AID: hostages rescued by security forces
        if lemma == "stand" and "down" in objs:
            # "stood down its forces" demobilises (0873); "the minister stood down" resigns
            forces = (objs | _subject_lemmas(tok)) & (lex.TROOPS | cameo.IRREGULARS)
            return "RETREAT", "disarm" if forces else "resign", "verb"
        if (
            lemma in ("move", "fall", "draw")
            and objs & ({"back", "away", "out"} if lemma == "move" else {"back", "away"})
            and (objs | _subject_lemmas(tok)) & (lex.TROOPS | cameo.IRREGULARS)
        ):
            return "RETREAT", "withdraw", "verb"  # "moved its troops back from the border"
        if lemma == "walk" and objs & {"out", "off"} and _subject_lemmas(tok) & cameo.STRIKERS:
            return "PROTEST", "strike", "verb"  # "teachers walked out" (143), not out of talks
        particles = {
            _lemma(ch)
            for ch in tok.children
            if ch.dep_ == "prt" or (ch.dep_ == "advmod" and ch.lower_ in _PARTICLE_WORDS)
        } | (objs & _PARTICLE_WORDS)
        direct = {
            _lemma(d) for ch in tok.children if ch.dep_ == "dobj" for d in [ch, *ch.conjuncts]
        }
        choices: list[str | None] = [*sorted(particles)] or [None]
        for particle in choices:
            # "called off the strike"; without a particle only a direct object counts ("called
            # a strike", not "called for a strike")
            acted_on = objs if particle is not None else direct
            for lemmas, (event, mode) in cameo.PARTICLE_VERBS.get((lemma, particle), []):
                if acted_on & lemmas:
                    return event, mode, "verb"
        for ch in tok.children:
            if ch.dep_ in ("prt", "prep"):
                gov = lex.PHRASAL_GOVERNORS.get((lemma, _lemma(ch)))
                if gov:
                    return gov, None, "governor"
        for lemmas, (event, mode) in lex.OBJECT_VERBS.get(lemma, []):
            if objs & lemmas:
                return event, mode, "verb"
        if lemma == "receive" and any(
            ch.dep_ == "dobj"
            and (m := self.mention_at.get(ch.i)) is not None
            and m.kind in ("person", "government")
            for ch in tok.children
        ):
            return "CONSULT", "visit", "verb"  # "Obama received the Dalai Lama"
        if lemma == "declare" and any(t.lower_ == "grata" for t in tok.subtree):
            return "SANCTION", "expel", "verb"  # "declared two diplomats persona non grata"
        if lemma in ("tell", "order", "instruct") and any(
            ch.dep_ in ("xcomp", "ccomp") and _lemma(ch) in ("leave", "quit", "depart")
            for ch in tok.children
        ):
            # "told the Rhodesian envoy to leave within 48 hours" (CAMEO 161 / 174)
            told = objs | {
                _lemma(g)
                for ch in tok.children
                if ch.dep_ in ("xcomp", "ccomp")
                for g in ch.children
                if g.dep_ == "nsubj"
            }
            if told & _DIPLOMATS:
                return "SANCTION", "expel", "verb"
            return "COERCE", "deport", "verb"
        if lemma == "tell" and any(
            ch.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children)
            for ch in tok.children
        ):
            return "REQUEST", None, "governor"  # "told Washington to stop interfering" (10)
        wants = lemma in ("want", "expect") or (
            lemma in ("like", "love", "prefer")
            and any(ch.dep_ == "aux" and _lemma(ch) == "would" for ch in tok.children)
        )  # "Egypt would like the United States to play a bigger role"
        if wants and any(
            ch.dep_ in ("ccomp", "xcomp")
            and any(
                (
                    (g.dep_ == "nsubj" and g.head.i == ch.i)
                    or (g.dep_ == "dobj" and ch.dep_ == "xcomp" and g.head.i == tok.i)
                )  # "would like the United States to play": the parser's object
                and (g.i in self.mention_at or (lemma != "expect" and _lemma(g) in _PARTIES))
                for g in [*ch.children, *tok.children]
            )
            for ch in tok.children
        ):
            # "Washington wants Israel to halt ...", "the rebels want the government to free"
            return "REQUEST", None, "governor"  # (CAMEO 10)
        if lemma == "insist" and any(
            ch.dep_ == "ccomp"
            and any(g.dep_ == "nsubj" for g in ch.children)
            and (
                # the subjunctive: a bare verb without a modal ("that Serbia hand over"; not
                # "that his tactics will be worth it")
                (ch.tag_ == "VB" and not any(g.dep_ == "aux" for g in ch.children))
                or (
                    ch.tag_ == "VBP"
                    and any(g.dep_ == "nsubj" and g.tag_ in ("NN", "NNP") for g in ch.children)
                )
                or any(g.dep_ == "aux" and _lemma(g) in lex.OBLIGATION for g in ch.children)
            )
            for ch in tok.children
        ):
            return "REQUEST", None, "governor"  # "insisted that Serbia hand over ..." (10)
        if lemma == "help" and any(
            (ch.dep_ == "dobj" and ch.i in self.mention_at)
            or (
                ch.dep_ in ("ccomp", "xcomp")
                and any(g.dep_ == "nsubj" and g.i in self.mention_at for g in ch.children)
            )
            for ch in tok.children
        ):
            return "AID", None, "verb"  # "the US helped Colombia fight ..." (CAMEO 070)
        if lemma in lex.SUBJECT_VERBS:
            # "troops began leaving": the subject of the verb whose complement this is
            doer = tok.head if tok.dep_ == "xcomp" and not _has_subject(tok) else tok
            subj = {
                _lemma(t)
                for ch in doer.children
                if ch.dep_ == "nsubj"
                for t in [ch, *(g for g in ch.children if g.dep_ in ("compound", "amod"))]
            }
            subj |= {  # "thousands of protesters gathered", "hundreds of troops arrived"
                _lemma(p)
                for ch in doer.children
                if ch.dep_ == "nsubj"
                for of in ch.children
                if of.dep_ == "prep" and _lemma(of) == "of"
                for p in of.children
                if p.dep_ == "pobj"
            }
            for lemmas, (event, mode) in lex.SUBJECT_VERBS[lemma]:
                if subj & lemmas:
                    return event, mode, "verb"
        if lemma in cameo.SUBJECT_HEAD_VERBS:
            heads = {_lemma(ch) for ch in tok.children if ch.dep_ == "nsubj"}
            for lemmas, (event, mode) in cameo.SUBJECT_HEAD_VERBS[lemma]:
                if heads & lemmas:
                    return event, mode, "verb"
        if lemma in lex.RENEGE:
            return "REJECT", None, "verb"
        if lemma in lex.REVERSAL_VERBS and any(
            ch.dep_ in ("nsubj", "nsubjpass") and _lemma(ch) in lex.REVERSAL for ch in tok.children
        ):
            return "REJECT", None, "verb"
        if (
            lemma == "charge"
            and _subject_lemmas(tok) & _CHARGING
            and not any(
                (
                    ch.dep_ == "prep"
                    and _lemma(ch) in ("with", "over", "for")
                    and not any(_lemma(p) in _CROWD_WEAPONS for p in ch.children)
                )
                or ch.dep_ in ("ccomp", "xcomp", "advcl")
                for ch in tok.children
            )
        ):
            # "riot police charged the demonstrators": a baton charge (ASSAULT 'crowd-control'
            # in the manual: "lathi charges"), not a criminal charge
            return "ASSAULT", "crowd-control", "verb"
        if lemma in lex.GOVERNORS:
            return lex.GOVERNORS[lemma], lex.GOVERNOR_MODES.get(lemma), "governor"
        if lemma == "strike" and any(
            ch.dep_ in ("nsubj", "compound", "amod") and _lemma(ch) in lex.STRIKE_WEAPONS
            for ch in tok.children
        ):
            # "the air strikes on ...", which the parser may take for a verb
            aerial = any(_lemma(ch) in ("air", "aerial", "drone") for ch in tok.children)
            return "ASSAULT", "aerial" if aerial else None, "noun" if tok.dep_ != "ROOT" else "verb"
        if lemma == "strike":
            struck = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
            if _subject_lemmas(tok) & cameo.STRIKERS:  # "doctors strike over pay"
                struck = [
                    ch for ch in struck if ch.i in self.mention_at or _lemma(ch) in lex.SECTOR_NOUNS
                ]
            transitive = bool(struck)
            return ("ASSAULT", None, "verb") if transitive else ("PROTEST", "strike", "verb")
        if lemma in ("demonstrate", "march") and any(ch.dep_ == "dobj" for ch in tok.children):
            return None  # "demonstrates commitment"
        if lemma == "rally" and any(ch.dep_ == "dobj" for ch in tok.children):
            return "SUPPORT", None, "verb"  # CAMEO 053 rally support on behalf of
        if (
            lemma == "return"
            and tok.dep_ in ("xcomp", "advcl")
            and not any(ch.dep_ == "dobj" for ch in tok.children)
        ):
            return None  # "to return home": a purpose, not a handover
        if lemma in ("release", "free", "publish") and objs & lex.PUBLICATIONS:
            return None  # "the transcript was released"
        if lemma in ("kill", "injure", "wound", "die", "destroy") and objs & lex.MISHAPS:
            return None  # "killed in a helicopter crash": no one's deliberate act
        if lemma in lex.VERBS:
            event, mode = lex.VERBS[lemma]
            return event, mode, "verb"
        return None

    def _noun_candidate(self, tok: Token) -> tuple[str, str | None, str] | None:
        lemma = _lemma(tok)
        if tok.dep_ in ("dobj", "attr") and _natural_subject(tok.head):
            return None  # "a typhoon forced the evacuation of ..."
        if (
            lemma == "option"
            and tok.dep_ in ("nsubj", "nsubjpass", "dobj")
            and any(t.lower_ == "table" for t in tok.head.subtree)
        ):
            return "THREATEN", None, "noun"  # "all options remain on the table" (13)
        if lemma == "call":  # "a call for talks", "a phone call"
            if any(
                ch.dep_ == "prep"
                and (
                    _lemma(ch) == "for"
                    or (
                        _lemma(ch) in ("on", "upon")  # "a call on both sides", not "on July 25"
                        and any(
                            p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")
                            for p in ch.children
                        )
                    )
                )
                for ch in tok.children
            ):
                return "REQUEST", None, "noun"
            if any(
                ch.dep_ in ("advcl", "acl", "relcl", "ccomp")
                and ch.pos_ in ("VERB", "AUX")
                and any(
                    (g.dep_ == "mark" and _lemma(g) == "for")
                    or (g.dep_ == "aux" and g.lower_ == "to")
                    for g in ch.children
                )
                for ch in tok.children
            ):
                # "its call for the North to return", "a call to end the violence"
                return "REQUEST", None, "noun"
            if any(_lemma(ch) in ("phone", "telephone") for ch in tok.children):
                return "CONSULT", "phone", "noun"
            return None
        if lemma == "strike" and any(
            ch.dep_ in ("compound", "amod") and _lemma(ch) in lex.STRIKE_WEAPONS
            for ch in tok.children
        ):
            return (
                "ASSAULT",
                "aerial"
                if any(_lemma(ch) in ("air", "aerial", "drone") for ch in tok.children)
                else None,
                "noun",
            )  # "air strikes", "a missile strike": an attack, not a walkout
        if lemma in lex.NOUN_OBJECTS and tok.dep_ != "compound":
            objs = _prep_objects(tok, ("of", "between", "on"))
            # "the expulsion of thousands of workers"
            objs += [q for p in objs for q in _prep_objects(p, ("of",))]
            acted_on = {_lemma(ch) for ch in tok.children if ch.dep_ == "compound"} | {
                _lemma(q) for p in objs for q in [p, *p.conjuncts]
            }
            for lemmas, (event, mode) in lex.NOUN_OBJECTS[lemma]:
                if acted_on & lemmas:
                    return event, mode, "noun"
        if (
            lemma in ("favour", "favor")
            and tok.dep_ == "pobj"
            and _lemma(tok.head) == "in"
            and _lemma(tok.head.head) == "be"  # "is in favour of", not "in favour of X, Y"
            and any(ch.dep_ == "prep" and _lemma(ch) == "of" for ch in tok.children)
        ):
            return "SUPPORT", None, "noun"  # "Egypt is in favour of the Saudi plan" (051)
        verb = cameo.NOUN_VERBS.get(lemma)
        if verb is not None and tok.dep_ != "compound":
            # "the lifting of the siege" as "lifted the siege", "a cut in aid" as "cut aid"
            objs = _prep_objects(tok, ("of", "on", "in", "from", "to"))
            objs += [q for p in objs for q in _prep_objects(p, ("of",))]  # "state of emergency"
            acted_on = {
                _lemma(t)
                for p in objs
                for q in [p, *p.conjuncts]
                for t in [q, *(c for c in q.children if c.dep_ == "compound")]
            }
            for lemmas, (event, mode) in lex.OBJECT_VERBS.get(verb, []):
                if acted_on & lemmas:
                    return event, mode, "noun"
            if verb == "release" and acted_on & lex.PUBLICATIONS:
                return None  # "the release of the report", "of the new album"
        if lemma not in lex.NOUNS or tok.dep_ in ("compound",):
            return None
        context = lex.AMBIGUOUS_NOUN_CONTEXT.get(lemma)
        if context is not None and not (context & self.lemmas):
            return None
        if any(ch.dep_ == "compound" and _lemma(ch) == "press" for ch in tok.children):
            return None
        event, mode = lex.NOUNS[lemma]
        return event, mode, "noun"

    @staticmethod
    def _obliged(tok: Token) -> bool:
        """'X said Y must act': an obligation reported from someone else (a demand)."""
        return (
            any(ch.dep_ == "aux" and _lemma(ch) in lex.OBLIGATION for ch in tok.children)
            and tok.dep_ == "ccomp"
            and _lemma(tok.head) in lex.REPORTING | {"conclude"}
        )

    def candidates(self, sent: Span) -> list[_Cand]:
        out = []
        for tok in sent:
            got: tuple[str, str | None, str] | None = None
            if tok.lower_ in lex.WILLINGNESS and any(ch.dep_ == "xcomp" for ch in tok.children):
                got = ("AGREE", None, "governor")
            elif (verb := self._modifier_verb(tok)) is not None:
                got = verb
            elif tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "ROOT", "oprd", "ccomp", "xcomp"):
                got = _adjective_candidate(tok)
            elif (
                tok.pos_ == "VERB"
                or (tok.pos_ == "AUX" and tok.dep_ == "ROOT")
                or (tok.pos_ == "AUX" and _behind_act(tok))
            ):
                got = self._verb_candidate(tok)
            elif tok.pos_ == "NOUN" or (
                # a headline's first word, capitalised and taken for a name ("Withdrawal of
                # Russian troops ...")
                tok.pos_ == "PROPN" and tok.i == sent.start and tok.i not in self.mention_at
            ):
                got = self._noun_candidate(tok)
            if got is None and tok.pos_ in ("VERB", "AUX") and self._obliged(tok):
                got = ("REQUEST", None, "verb")
            if got is not None:
                out.append(_Cand(tok, got[0], got[1], got[2], _depth(tok)))
        return out

    # --- one sentence --------------------------------------------------------------
    def code_sentence(self, sent: Span) -> list[Event]:
        cands = self.candidates(sent)
        if not cands:
            return []
        order = sorted(cands, key=_rank)
        absorbed: set[int] = set()
        built: list[_Built] = []
        nominal_requests: list[tuple[_Cand, _Built]] = []
        # a headline fragment the parser left loose ("Fresh clashes in ..., officials say"):
        # its noun is the event when no verb of the sentence names one
        loose = () if any(d.kind != "noun" for d in cands) else ("dep",)
        for c in order:
            if c.tok.i in absorbed:
                continue
            below = [d for d in order if d is not c and _is_ancestor(c.tok, d.tok)]
            if c.kind == "noun" and c.tok.dep_ not in (
                "nsubj",
                "nsubjpass",
                "dobj",
                "pobj",
                "ROOT",
                "attr",
                "conj",
                "appos",
                *loose,
            ):
                continue
            subj_toks = self._subject_subtree(c.tok)
            complement = next(
                (d for d in below if d.tok.i not in subj_toks and d.kind != "noun"), None
            ) or next((d for d in below if d.tok.i not in subj_toks), None)
            for d in below:
                absorbed.add(d.tok.i)
            b = self._build(sent, c, complement if c.kind == "governor" else None)
            if b is None:
                continue
            built.append(b)
            for d in below:
                if (
                    d.kind == "noun"
                    and d.event in ("REQUEST", "THREATEN", "ACCUSE")
                    and any(ch.dep_ == "poss" for ch in d.tok.children)
                ):
                    nominal_requests.append((d, b))
        for d, governing in nominal_requests:
            extra = self._nominal_event(sent, d, governing)
            if extra is not None:
                built.append(_Built(extra, d.tok))
        # a verbal act needs someone who speaks: in a sentence that names no one, without
        # actor or recipient it is no event report ("snacks can be hard to resist")
        named = any(t.i in self.mention_at for t in sent)
        built = [
            b
            for b in built
            if named
            or b.event.actors
            or b.event.recipients
            or lex.QUAD.get(b.event.event_type, "").startswith("material")
            or b.event.event_type == "CONSULT"
        ]
        # the demand voiced by a protest is its topic, not a separate act (manual, PROTEST)
        # ... unless the protest only dates another act ("on alert ahead of the rally")
        built.sort(key=lambda b: 0 if _protest_act(b) else 1)
        return self._merge(built)

    def _subject_subtree(self, tok: Token) -> set[int]:
        out: set[int] = set()
        for ch in tok.children:
            if ch.dep_ in ("nsubj", "nsubjpass", "csubj"):
                out.update(t.i for t in ch.subtree)
        return out

    def _merge(self, built: list[_Built]) -> list[Event]:
        """Two candidates of one type in a sentence ('talks, held in Istanbul') are one event
        unless they happen in different places."""
        out: list[Event] = []
        for b in built:
            e = b.event
            twin = next(
                (
                    o
                    for o in out
                    if o.event_type == e.event_type
                    and (
                        o.location is None or e.location is None or o.location.key == e.location.key
                    )
                ),
                None,
            )
            if twin is None:
                out.append(e)
                continue
            twin.actors = twin.actors or e.actors
            twin.recipients = twin.recipients or e.recipients
            if twin.location is None:
                twin.location, twin.location_text = e.location, e.location_text
            twin.mode = twin.mode or e.mode
            twin.date = twin.date or e.date
            twin.date_text = twin.date_text or e.date_text
        return out

    # --- building an event ------------------------------------------------------------
    def _clause_subject(self, tok: Token) -> tuple[Token | None, bool]:
        """(subject head, passive) for a verb, walking up through xcomp/advcl/conj."""
        walk = tok
        for _ in range(6):
            for ch in walk.children:
                if ch.dep_ in ("nsubj", "csubj"):
                    return ch, ch.dep_ == "nsubj" and _headline_passive(walk)
                if ch.dep_ == "nsubjpass":
                    return ch, True
            if (
                walk.dep_ == "acl"
                and _lemma(walk.head) in _STATEMENTS
                and walk.head.dep_ == "dobj"
                and walk.tag_ == "VBG"
            ):
                walk = walk.head.head  # "X issued a declaration demanding ...": X demands
                continue
            if walk.dep_ in ("acl", "relcl") and walk.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return walk.head, walk.tag_ == "VBN" and not _misparsed_main_verb(walk)
            if (
                walk.dep_ == "prep"
                and _lemma(walk.head) == "responsibility"
                and walk.head.head.i != walk.head.i
            ):
                walk = walk.head.head  # "claimed responsibility for shooting down ..."
                continue
            if walk.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acomp") and walk.head.i != walk.i:
                walk = walk.head
                continue
            break
        return None, False

    def _nationality(self, actor: dict[str, Any]) -> bool:
        """The actor is named by a nationality word used as a noun ('Serbs', 'Kurds')."""
        doc = self.doc
        span = doc.char_span(actor["start"], actor["end"], alignment_mode="expand")
        if span is None:
            return False
        return any(
            (m := self.mention_at.get(t.i)) is not None and m.kind == "nationality" for t in span
        )

    def _subjectless(self, tok: Token) -> bool:
        """No subject or agent anywhere up the clause: a gerund or an event noun."""
        if tok.pos_ == "NOUN":
            return not any(ch.dep_ == "poss" for ch in tok.children)
        subj, _ = self._clause_subject(tok)
        return subj is None and self._agent(tok) is None

    def _agent(self, tok: Token) -> Token | None:
        for ch in tok.children:
            if ch.dep_ == "agent":
                for p in ch.children:
                    if p.dep_ == "pobj":
                        return p
        return None

    def _attacker_elsewhere(self, tok: Token) -> list[dict[str, Any]]:
        """The doer of a passive without 'by': whoever attacks in a clause of the act ('killed
        when gunmen stormed ...') or owns the attack it happened in ('in a Taliban ambush',
        'in an attack by rebels'); else nobody (the victims are not the actor)."""
        for ch in tok.children:
            if ch.dep_ == "advcl" and ch.pos_ == "VERB":
                got = self._verb_candidate(ch)
                subj = next((g for g in ch.children if g.dep_ == "nsubj"), None)
                if got and lex.QUAD.get(got[0]) == "material conflict" and subj is not None:
                    return self.participants(subj)
            if ch.dep_ == "prep" and _lemma(ch) in ("in", "during"):
                for p in ch.children:
                    noun = self._noun_candidate(p) if p.dep_ == "pobj" else None
                    if noun is not None and lex.QUAD.get(noun[0]) == "material conflict":
                        by, _ = self._noun_participants(p)
                        if by:
                            return by
        return []

    def _recipients_of(self, tok: Token, exclude: set[int]) -> list[dict[str, Any]]:
        heads: list[Token] = []
        for ch in tok.children:
            if ch.i in exclude:
                continue
            if ch.dep_ == "dobj" and (_own_forces(ch, tok) or _own_envoy(ch) or _own_thing(ch)):
                # "withdrew its ambassador to Uganda", "recalled its envoy from Vienna", "opened
                # its borders to ...": the doer's own people or things are no recipient, the
                # party they are sent to or from is
                heads.extend(_prep_objects(ch, ("to", "from", "in", "with")))
                continue
            if ch.dep_ in ("dobj", "dative", "iobj"):
                if _lemma(ch) in _INFORMATION and _lemma(tok) in _PASSING:
                    # "shared intelligence with Iraq": what is passed is no party; whom with is
                    heads.extend(_prep_objects(ch, ("with", "to")))
                    continue
                heads.append(ch)
        for ch in tok.children:
            if ch.dep_ == "prep" and _lemma(ch) in _RECIPIENT_PREPS and ch.i not in exclude:
                heads.extend(p for p in ch.children if p.dep_ == "pobj")
            if ch.dep_ == "prep" and ch.lower_ == "out" and ch.i not in exclude:
                heads.extend(_prep_objects(ch, ("of",)))  # "pulled its troops out of Basra"
        found: list[list[dict[str, Any]]] = []
        for h in heads:
            got = self.participants(h)
            if not any(a.get("code") for a in got) and _lemma(h) in lex.NOUNS:
                got = []  # "began a hunger strike": the act itself is nobody's target
            if not any(a.get("code") for a in got):
                preps = _RECIPIENT_PREPS | {"of"}
                if _lemma(h) in lex.NOUNS or _lemma(h) in _SITUATIONS:
                    preps = preps | {"in"}  # "condemned the coup in Niger"
                for ch in h.children:  # "relations with Russia", "demand of the rebels"
                    if ch.dep_ == "prep" and _lemma(ch) in preps:
                        for p in ch.children:
                            if p.dep_ == "pobj" and (inner := self.participants(p)):
                                got = got if any(a.get("code") for a in got) else inner
            if not any(a.get("code") for a in got):
                # "accepted the plan proposed by the EU", "the release of the sailors held
                # by Iran": whose plan it is, who holds them
                got = self._acl_agents(h) or got
            if got:
                found.append(got)
        # "food aid to refugees in Liberia", "an extension ... in Lebanon": a phrase that names
        # a country beats a bare object
        return next((g for g in found if any(a.get("code") for a in g)), found[0] if found else [])

    def _acl_agents(self, h: Token) -> list[dict[str, Any]]:
        """The by-agent of a participle hanging from ``h`` or from its 'of' object ('the plan
        proposed by the EU', 'the release of the sailors held by Iran'), with a country."""
        for t in (h, *_prep_objects(h, ("of",))):
            for ch in t.children:
                if ch.dep_ == "acl" and ch.tag_ == "VBN" and (agent := self._agent(ch)):
                    got = self.participants(agent)
                    if any(a.get("code") for a in got):
                        return got
        return []

    def _verb_participants(
        self, tok: Token, complement: Token | None
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        party = self._modifier_party(tok)
        if party is not None and self._modifier_verb(tok) is not None:
            # "Pakistan shared intelligence with Afghanistan" parsed as one noun phrase
            exclude = {tok.i} | {t.i for t in party.subtree}
            return self.participants(party), self._recipients_of(tok.head, exclude)
        subj, passive = self._clause_subject(tok)
        agent = self._agent(tok)
        actors: list[dict[str, Any]] = []
        recipients: list[dict[str, Any]] = []
        if (
            passive
            and agent is None
            and subj is not None
            and (_lemma(tok) == "commit" or tok.lower_ in lex.WILLINGNESS)
        ):
            actors = self.participants(subj)  # "Vietnam is committed to ..."
        elif passive:
            if agent is not None:
                actors = self.participants(agent)
            elif _lemma(tok) in lex.HEADLINE_PASSIVE:
                actors = self._attacker_elsewhere(tok)
            if subj is not None and _lemma(subj) in _EVENT_HEADS:
                # "an agreement was reached between Ethiopia and Eritrea"
                by, on = self._noun_participants(subj)
                # with an agent, the noun's own parties undergo the act ("Japan's request
                # was rejected by Peru"); without, they did it
                actors, recipients = (actors, on or by) if actors else (by, on)
            elif subj is not None:
                recipients = self.participants(subj)
            if (
                agent is None
                and subj is not None
                and _lemma(subj) in lex.TROOPS
                and _lemma(tok) in _MOVERS
                and (own := self.participants(subj))
            ):
                # "the last Soviet troops were withdrawn from Afghanistan", "U.S. troops were
                # sent to Saudi Arabia": forces moved are their country's act; where to or
                # from is the recipient
                actors, recipients = own, []
            if not recipients:  # "sanctions were imposed on North Korea by ..."
                agent_toks = {t.i for t in agent.subtree} if agent is not None else set()
                recipients = self._recipients_of(tok, agent_toks)
        else:
            if subj is not None:
                actors = self.participants(subj)
            elif agent is not None:
                actors = self.participants(agent)
            stranded = _stranded_subject(tok) if subj is None and agent is None else None
            if stranded is not None:
                heads, opening = stranded
                actors = _unique([a for h in heads for a in self._head_participants(h)])
            exclude = {t.i for t in complement.subtree} if complement is not None else set()
            if stranded is not None:
                exclude |= {t.i for t in opening.subtree}  # not a recipient as well
            recipients = self._recipients_of(tok, exclude)
            if subj is not None and _lemma(subj) in _EVENT_HEADS:
                # "Israel's bombardment of Gaza killed ...", "an attack claimed by X killed":
                # the act's own doer, and whom it fell on where the verb names no country
                by, on = self._noun_participants(subj)
                actors = by or actors
                if on and not any(r.get("code") for r in recipients):
                    recipients = on
        clause = next(
            (
                ch
                for ch in tok.children
                if ch.dep_ in ("ccomp", "xcomp")
                and ch.pos_ in ("VERB", "AUX")
                and ch.i not in {complement.i if complement is not None else -1}
            ),
            None,
        )
        if not recipients and complement is not None and clause is not None:
            # "demanded that the US cancel plans to sell ...": the complement's event lies
            # deeper; who is asked to act is the subject of the governor's own clause
            csubj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if csubj is not None and _lemma(csubj) not in _PRONOUNS:
                recipients = self.participants(csubj)
        if not recipients and complement is not None and complement.pos_ in ("VERB", "AUX"):
            # "demanded that Hamas renounce ...": who is asked to act
            csubj = next((c for c in complement.children if c.dep_ == "nsubj"), None)
            if (
                csubj is not None
                and _lemma(csubj) not in _PRONOUNS
                and not (
                    _lemma(csubj) in lex.TROOPS
                    and any(c.dep_ == "poss" and _lemma(c) in _PRONOUNS for c in csubj.children)
                )
            ):
                # not "Syria denied that its troops had fired on Lebanese civilians": the
                # doer's own forces are not asked; whom their act fell on is the recipient
                recipients = self.participants(csubj)
            if not recipients:
                recipients = self._recipients_of(complement, set())
        elif not recipients and complement is not None:
            recipients = (
                self._recipients_of(complement, set())
                or self.participants(complement)
                or self._acl_agents(complement)
            )
        if not recipients and complement is None and not passive:
            # "opened fire to disperse the demonstrators": whom the act was aimed at
            purpose = next((ch for ch in tok.children if _purpose(ch)), None)
            if purpose is not None:
                recipients = self._recipients_of(purpose, set())
        return actors, recipients

    def _named_doers(self, owner: Token) -> list[dict[str, Any]]:
        """Who ``owner`` (claimed, blamed, carried out, attributed) names as the doer."""
        doers: list[dict[str, Any]] = []
        for p in owner.children:
            if p.dep_ in ("agent", "prep") and _lemma(p) in ("by", "on", "to"):
                for q in p.children:
                    if q.dep_ == "pobj":
                        doers.extend(self.participants(q))
        return doers

    def _noun_participants(self, tok: Token) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        actors: list[dict[str, Any]] = []
        recipients: list[dict[str, Any]] = []
        for ch in tok.children:
            if ch.dep_ == "poss" or (
                ch.dep_ in ("amod", "compound")
                and ch.i in self.mention_at
                and self.mention_at[ch.i].kind != "place"
            ):
                actors.extend(self.participants(ch))
            elif ch.dep_ == "prep" and _lemma(ch) in ("between", "among", "by", "with"):
                for p in ch.children:
                    if p.dep_ == "pobj":
                        actors.extend(self.participants(p))
            elif ch.dep_ in ("acl", "relcl") and _lemma(ch) in _OWNED:
                # "an ambush blamed on Maoist rebels", "the attack, claimed by the Taliban"
                actors.extend(self._named_doers(ch))
            elif ch.dep_ == "prep" and (
                _lemma(ch) in ("against", "on", "to", "toward", "towards")
                or (_lemma(ch) == "of" and _lemma(tok) in _PATIENT_OF)
            ):
                for p in ch.children:
                    if p.dep_ == "pobj":
                        recipients.extend(self.participants(p))
        if not actors:
            # "Kohl pledges aid to Poland": a headline verb the parser took for a noun
            # leaves its subject on the event noun
            subj = next((ch for ch in tok.children if ch.dep_ == "nsubj"), None)
            if subj is not None and _lemma(subj) not in _PRONOUNS:
                actors = self.participants(subj)
        if not actors and tok.dep_ == "nsubjpass" and _lemma(tok.head) in ("claim", "carry"):
            # "the bombing was claimed by Islamic State" ('blamed on' is itself an accusation)
            actors = self._named_doers(tok.head)
        if not recipients:
            for ch in tok.children:  # "its demand that Israel ease restrictions"
                if ch.dep_ in ("ccomp", "acl", "relcl") and ch.pos_ in ("VERB", "AUX"):
                    subj = next((c for c in ch.children if c.dep_ == "nsubj"), None)
                    if subj is not None and _lemma(subj) not in _PRONOUNS and subj.tag_ != "WDT":
                        recipients = self.participants(subj)
                        break
        if not recipients:
            # "a suspension of air links with Serbia", "a cut in aid to Myanmar"
            for inner in _prep_objects(tok, ("of", "in")):
                for p in _prep_objects(inner, ("with", "to", "against", "from")):
                    recipients.extend(self.participants(p))
        if not recipients and tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            # "was put under investigation", "were placed under arrest": who undergoes it
            held = next((c for c in tok.head.head.children if c.dep_ == "nsubjpass"), None)
            if held is not None:
                recipients = self.participants(held)
        if not actors and tok.dep_ == "nsubj":
            # "clashes erupted between Indian and Pakistani troops": the verb has the parties
            among = _prep_objects(tok.head, ("between", "among"))
            actors = [a for p in among for a in self.participants(p)]
        if not actors:
            # "The IMF suspended aid to ...": the parser made the finite verb a modifier of
            # its object, which became the root; the verb's subject is the doer
            for ch in tok.children:
                if ch.dep_ in ("amod", "compound") and ch.tag_ in ("VBD", "VBZ", "VBN"):
                    subj = next((g for g in ch.children if g.dep_ == "nsubj"), None)
                    if subj is not None:
                        actors = self.participants(subj)
        verb = tok.head
        claimed = False
        if tok.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head  # "negotiators return to Geneva for talks"
            if _lemma(verb) == "responsibility" and verb.head.pos_ == "VERB":
                verb = verb.head  # "ISIS claimed responsibility for the bombing"
                claimed = True
        if (
            not actors
            and tok.dep_ in ("dobj", "attr", "pobj")
            and verb.pos_ == "VERB"
            and (
                _lemma(verb) not in lex.REPORTING
                or claimed
                or (_lemma(verb) in _ANNOUNCING and tok.dep_ == "dobj")
            )
        ):
            subj, passive = self._clause_subject(verb)
            if subj is not None and not passive:
                actors = self.participants(subj)
        return actors, recipients

    def _location(
        self, sent: Span, tok: Token, used: set[tuple[int, int]]
    ) -> tuple[Place | None, str | None]:
        def place_in(t: Token) -> Mention | None:
            # 'at a U.S. base in Iraq': a place that only qualifies a noun ('U.S.' of
            # 'base') is whose the thing is; where it is comes first
            qualifier = None
            for u in t.subtree:
                m = self.mention_at.get(u.i)
                if m is None or m.place is None or (m.start, m.end) in used:
                    continue
                if u.dep_ in ("compound", "amod", "nmod") and (
                    self.mention_at.get(u.head.i) is not m and u.head.pos_ in ("NOUN", "PROPN")
                ):
                    qualifier = qualifier or m
                    continue
                return m
            return qualifier

        anchors = [tok]
        if tok.head.i != tok.i:
            anchors.append(tok.head)
        subj, _ = self._clause_subject(tok) if tok.pos_ == "VERB" else (None, False)
        if subj is not None and _lemma(subj) in _EVENT_HEADS:
            anchors.append(subj)
        for a in anchors:
            for ch in a.children:
                if ch.dep_ == "prep" and _lemma(ch) in _LOCATIVE:
                    m = place_in(ch)
                    if m is not None:
                        return m.place, m.text
                if ch.dep_ in ("compound", "nmod") and _lemma(a) in _EVENT_HEADS:
                    m = self.mention_at.get(ch.i)
                    if m is not None and m.place is not None:
                        return m.place, m.text
            if a.dep_ == "acl" and _lemma(a) in ("hold", "host"):
                continue
        for t in sent:  # any other locative phrase of the sentence
            if t.dep_ == "prep" and _lemma(t) in ("in", "at", "near"):
                m = place_in(t)
                if m is not None and m.kind == "place":
                    return m.place, m.text
        return None, None

    def _flags(self, sent: Span, tok: Token, gov: Token | None) -> _Flags:
        """Negation, modality, tense and reported speech of the clause of ``tok``."""
        f = _Flags()
        chain = [tok]
        walk = tok
        while walk.head.i != walk.i and walk.dep_ in (
            "xcomp", "ccomp", "advcl", "conj", "pcomp", "prep", "pobj", "acl", "relcl", "dobj",
            "acomp", "csubj",
        ):  # fmt: skip
            walk = walk.head
            chain.append(walk)
            if _lemma(walk) in lex.REPORTING:
                break
        for t in [gov or tok]:
            for ch in t.children:
                if ch.dep_ == "neg" or (ch.dep_ == "det" and _lemma(ch) == "no"):
                    f.negated = True
                if ch.lower_ == "never":
                    f.negated = True
        reporting = next((t for t in chain if t is not tok and _lemma(t) in lex.REPORTING), None)
        has_condition = any(_lemma(t) in _CONDITION_MARKS for t in sent)
        clause = chain if reporting is None else chain[: chain.index(reporting)]
        for t in clause:
            if t is not tok and _lemma(t) == "fail":
                f.negated = True
            if t is not tok and _lemma(t) in lex.MODALITY_VERBS:
                f.future = True
                f.modality = _lemma(t)
            for ch in t.children:
                if ch.dep_ == "aux":
                    word = _lemma(ch)
                    if word in _MODALS:
                        f.hypothetical = True
                    if word in ("can", "could"):
                        f.ability = True
                    if word == "would":
                        f.future = f.future or reporting is not None
                        f.hypothetical = f.hypothetical or has_condition
                    if word in _FUTURE_AUX:
                        f.future = True
                    if word in lex.OBLIGATION and t is (gov or tok):
                        f.obligation = True
                if ch.dep_ == "mark" and _lemma(ch) in ("if", "unless"):
                    f.hypothetical = True
                if ch.dep_ == "advcl":
                    for m in ch.children:
                        if m.dep_ == "mark" and _lemma(m) == "unless":
                            f.unless = True
        if gov is not None and lex.GOVERNORS.get(_lemma(gov)) == "THREATEN":
            # "cautioned that failure could carry consequences": a conditional threat
            for t in tok.subtree:
                if (t.dep_ == "aux" and _lemma(t) in _MODALS) or (
                    t.dep_ == "mark" and _lemma(t) in ("if", "unless")
                ):
                    f.hypothetical = True
        if reporting is not None:
            speaker = next(
                (c for c in reporting.children if c.dep_ in ("nsubj", "nsubjpass")), None
            )
            if speaker is not None:
                f.speaker = speaker
                f.reported_by = self.doc[speaker.left_edge.i : speaker.right_edge.i + 1].text
        if f.reported_by is None:
            for t in sent:
                nxt = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
                if _lemma(t) == "accord" and nxt is not None and nxt.lower_ == "to":
                    obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        f.reported_by = self.doc[obj.left_edge.i : obj.right_edge.i + 1].text
                        break
        if f.reported_by is None:
            for q in self.quotes:
                if q.start <= tok.idx < q.end and q.speaker:
                    f.reported_by = q.speaker
                    break
        return f

    def _date(self, sent: Span, tok: Token, future: bool) -> ResolvedDate | None:
        found: list[tuple[bool, ResolvedDate]] = []
        for ent in sent.ents:
            if ent.label_ not in ("DATE",):
                continue
            resolved = resolve(ent.text, self.published, future=future)
            if resolved is not None:
                attached = any(_is_ancestor(tok, t) or t.i == tok.i for t in ent)
                found.append((attached, resolved))
        return best([d for n, d in found if n]) or best([d for _, d in found])

    def _context(self, sent: Span) -> list[str]:
        lemmas = {_lemma(t) for t in sent} | {t.lower_ for t in sent}
        return [name for name, words in lex.CONTEXT_WORDS.items() if words & lemmas]

    def _build(self, sent: Span, c: _Cand, complement: _Cand | None) -> _Built | None:
        tok = c.tok
        event, mode = c.event, c.mode
        gov: Token | None = None
        core = tok
        if c.kind == "governor":
            gov = tok
            if complement is not None:
                core = complement.tok
            event, mode = _compose(c.event, _lemma(tok), complement, _objects(tok))
        comp_tok = complement.tok if complement is not None else None
        if gov is not None and comp_tok is None:
            # "warning that it would not tolerate ...": the clause is the complement
            comp_tok = next(
                (
                    ch
                    for ch in tok.children
                    if ch.dep_ in ("ccomp", "xcomp") and ch.pos_ in ("VERB", "AUX")
                ),
                None,
            )
            core = comp_tok if comp_tok is not None else tok
        if c.kind == "noun":
            actors, recipients = self._noun_participants(tok)
        else:
            actors, recipients = self._verb_participants(tok, comp_tok)
        if event == "CONSULT" and _lemma(tok) == "host":
            subj, passive = self._clause_subject(tok)
            if passive:
                agent = self._agent(tok)
                hosts = self.participants(agent) if agent is not None else []
                guests = (
                    [] if subj is None or _lemma(subj) in _EVENT_HEADS else self.participants(subj)
                )
                actors, recipients = guests, hosts
            else:
                actors, recipients = recipients, actors  # the visitor is the actor
        f = self._flags(sent, core, gov)
        event, mode, actors, recipients = self._reinterpret(
            c, complement, gov, f, event, mode, actors, recipients
        )
        if not actors and f.speaker is not None and self._subjectless(tok):
            # "US officials said that lifting the sanctions is out of the question": an act
            # named without a doer, in a party's own words, is that party's
            actors = self.participants(f.speaker)
        negated = f.negated and not (
            (gov is None and event == "REJECT" and c.event != "REJECT")
            or (event == "THREATEN" and _lemma(tok) == "tolerate")  # "will not tolerate"
        )
        hypothetical, future, reported_by = f.hypothetical, f.future, f.reported_by
        if (
            event == "ACCUSE"
            and _lemma(tok) == "protest"
            and (
                not actors
                or all(a.get("sector") in _CIVIL for a in actors)
                # a people ("Serbs", "thousands of Kurds") protesting takes to the street
                or all(a.get("sector") is None and self._nationality(a) for a in actors)
            )
        ):
            event, mode = "PROTEST", "demo"
        inferred: set[str] = set()
        if event == "CONSULT":
            if _lemma(tok) in ("meet", "talk", "negotiate", "confer", "consult", "discuss") or (
                c.kind == "noun" and _lemma(tok) not in ("visit", "trip", "tour")
            ):
                # reciprocal meeting: everyone is an actor (manual, Compound and Reciprocal)
                actors = _unique(actors + recipients)
                recipients = [] if _lemma(tok) != "host" else recipients
            mine = {a.get("code") for a in actors}
            if self.consult_parties and (
                not actors
                or (len(actors) == 1 and mine <= {p.get("code") for p in self.consult_parties})
            ):
                # "the talks", "Sunday's session": the parties of the dialogue under way
                actors = [dict(a) for a in self.consult_parties]
                inferred.add("actors")
            elif len(actors) >= 2:
                self.consult_parties = [dict(a) for a in actors]
        if not actors and c.kind != "noun" and event in ("REJECT",) and self.last_agree:
            actors = [dict(a) for a in self.last_agree.actors]
        if event in ("REQUEST", "THREATEN", "ACCUSE", "REJECT") and not recipients:
            recipients = self._other_party(actors)
            if recipients:
                inferred.add("recipients")
        if not recipients and event in ("THREATEN", "REQUEST"):
            recipients = self._condition_target(gov or tok)
        mine_ids = {(a.get("entity") or a.get("text"), a.get("code")) for a in actors}
        untargeted = not recipients
        recipients = [
            r
            for r in recipients
            if (r.get("entity") or r.get("text"), r.get("code")) not in mine_ids
        ]  # "condemned the attack on its embassy": the embassy's owner is not the target
        theirs = {r.get("code") for r in recipients}
        for a in actors:
            if a.get("country_inferred") and a.get("code") in theirs:
                # guessed from the article, but that country is the other side: the one
                # other country the sentence names, if there is one ('the government
                # accused Ethiopian troops of crossing into Somalia')
                rest = self.named_countries(sent) - theirs
                a["country"] = a["code"] = next(iter(rest)) if len(rest) == 1 else None
                if a["code"] is None:
                    a.pop("country_inferred")
        used = {(a["start"], a["end"]) for a in actors + recipients}
        place, place_text = self._location(sent, tok, used)
        if place is not None and place.country_code:
            actors = self._domestic_actors(event, actors, place, tok)
            where = alpha2_to_alpha3(place.country_code)
            for r in recipients:  # "killed 30 insurgents in Borno state"
                if not r.get("code") and r.get("sector") not in ("IGO", None) and where:
                    r["country"] = r["code"] = where
                    r["country_inferred"] = True
            threat = complement.event if complement is not None and event == "THREATEN" else ""
            if not recipients and (
                event in ("PROTEST", "COERCE", "ASSAULT") or threat in ("COERCE", "ASSAULT")
            ):
                # a protest is aimed at the government of the place; repression and attacks
                # (and threats of them) fall on the people there
                recipients = self._place_party(place, place_text, tok, event)
                if recipients:
                    inferred.add("recipients")
            elif (
                not recipients
                and (event in _HOSTED or (event == "CONSULT" and mode == "visit"))
                and where not in {a.get("code") for a in actors}
            ):
                # troops, aid or visitors arriving somewhere: the country that receives them
                recipients = self._place_party(place, place_text, tok, "PROTEST")
                if recipients:
                    inferred.add("recipients")
        elif not recipients and (event in _HOSTED or (event == "CONSULT" and mode == "visit")):
            # no place resolved, but the act names a country it goes into ('arrived in Bosnia')
            mine = {a.get("code") for a in actors}
            into = _prep_objects(tok, ("in", "into"))
            recipients = [
                a for p in into for a in self.participants(p) if a.get("code") not in mine | {None}
            ]
        for a in actors + recipients:
            if "deferred_code" in a:
                nationality = a.pop("deferred_code")
                if not a.get("code"):  # no place in the sentence: the nationality
                    a["country"] = a["code"] = nationality
        # a state acting on its own state is mostly repression or war at home
        self.home_parties(actors, sent, recipients if event not in ("COERCE", "ASSAULT") else ())
        if not actors:
            actors = self._home_actor(event, recipients, sent, tok)
        self.home_parties(recipients, sent)
        if event in ("COERCE", "ASSAULT"):
            _domestic_targets(actors, recipients, self._place_marks(tok, actors))
        if event == "PROTEST" and not recipients:
            recipients = _own_government(actors)
            if recipients:
                inferred.add("recipients")
        if untargeted and not recipients and event != "CONSULT":
            recipients = self._home_recipient(actors, sent, tok)
            if recipients:
                inferred.add("recipients")
        if event == "CONSULT" and (mode not in ("phone", "visit") or _lemma(tok) == "host"):
            mode = _consult_mode(mode, actors, recipients, place, tok)
        resolved = self._date(sent, tok, future)
        trigger_tokens = [tok] + [ch for ch in tok.children if ch.dep_ == "prt"]
        trigger_text = " ".join(t.text for t in trigger_tokens)
        if gov is not None and complement is not None:
            trigger_text = f"{tok.text} {complement.tok.text}"
        ev = Event(
            event_type=event,
            sentence=sent.text.rstrip(),
            sentence_start=sent.start_char,
            trigger=trigger_text,
            trigger_start=tok.idx,
            trigger_end=tok.idx + len(tok),
            mode=mode,
            context=self._context(sent),
            actors=[_clean(a) for a in actors],
            recipients=[_clean(a) for a in recipients],
            location=place,
            location_text=place_text,
            date=resolved.value if resolved else None,
            date_text=resolved.text if resolved else None,
            date_precision=resolved.precision if resolved else None,
            negated=negated,
            hypothetical=hypothetical,
            future=future,
            reported_by=reported_by,
            inferred=sorted(inferred),
        )
        if actors:
            self.last_actors = [dict(a) for a in actors]
            for a in actors:
                self.recent_heads[a.get("head", "")] = [dict(a)]
        if event == "AGREE" and actors:
            self.last_agree = ev
        return _Built(ev, tok)

    def _reinterpret(
        self,
        c: _Cand,
        complement: _Cand | None,
        gov: Token | None,
        f: _Flags,
        event: str,
        mode: str | None,
        actors: list[dict[str, Any]],
        recipients: list[dict[str, Any]],
    ) -> tuple[str, str | None, list[dict[str, Any]], list[dict[str, Any]]]:
        """What modality, negation and reported speech make of the act (manual: future
        cooperation or retreat is AGREE (CAMEO 03x); a refusal is REJECT; a demand that
        another party 'must' act is that speaker's REQUEST; a conditional or announced
        material conflict is a THREATEN)."""
        material_conflict = lex.QUAD.get(event) == "material conflict"
        if f.obligation and f.speaker is not None:
            speaker = self.participants(f.speaker)
            said = {a.get("entity") or a.get("text") for a in speaker}
            if speaker and not said & {a.get("entity") or a.get("text") for a in actors}:
                return "REQUEST", _request_mode(c, _objects(c.tok)), speaker, actors
        # a retreat refused or denied is a REJECT 'yield' (CAMEO 124 decline to yield)
        cooperation = ("AGREE", "CONSULT", "CONCEDE", "COOPERATE", "AID", "RETREAT")
        if (
            f.negated
            and not f.ability
            and event in cooperation
            and (c.kind != "noun" or gov is not None)
        ):
            return "REJECT", _request_mode(c, _objects(c.tok)), actors, recipients
        if gov is None and _behind_act(c.tok) and f.speaker is not None:
            # the speaker accuses the party it says was behind the attack
            speaker = self.participants(f.speaker)
            if speaker:
                return "ACCUSE", "allege", speaker, actors
        if gov is None and _ruled_out(c.tok):
            # "withdrawing its troops was out of the question": the act is refused (REJECT)
            return "REJECT", _request_mode(c, _objects(c.tok)), actors, recipients
        if gov is None and f.modality in ("prepare", "poise") and event == "ASSAULT":
            return "MOBILIZE", "troops", actors, recipients
        if gov is None and (f.unless or (material_conflict and (f.future or f.hypothetical))):
            return "THREATEN", _threat_mode(c), actors, recipients
        if gov is None and event in lex.COOPERATIVE and f.future:
            return "AGREE", None, actors, recipients
        if gov is None and event == "RETREAT" and f.future:
            # CAMEO 035x "express intent to yield / release / de-escalate" maps to AGREE
            return "AGREE", None, actors, recipients
        forces = {"troop", "soldier", "force", "peacekeeper", "army", "police", "unit", "militia"}
        if (
            event == "CONSULT"
            and _lemma(c.tok) in ("arrive", "travel", "tour", "fly")
            and any(
                a.get("sector") in ("MIL", "COP", "REB") or a.get("head") in forces for a in actors
            )
        ):
            event, mode = "MOBILIZE", "troops"  # forces arriving are a deployment, not a visit
        if event == "ASSAULT" and self._riot(c.tok, mode, actors, recipients):
            # protesters throwing stones or battling police: a violent protest (PLOVER
            # PROTEST 'riot'), not an armed attack
            return "PROTEST", "riot", actors, recipients
        if event == "ASSAULT" and mode is None:
            words = {_lemma(t) for t in c.tok.sent}
            # craft count only where they are the act's means: its doer, its own phrases
            subj, _ = self._clause_subject(c.tok)
            means = [*_own_phrases(c.tok), *(subj.subtree if subj is not None else [])]
            for a in actors:  # the attacker found elsewhere ("... as Russian jets pound")
                span = self.doc.char_span(a["start"], a["end"], alignment_mode="expand")
                means.extend(span or [])
            crafts = {_lemma(t) for t in means if not _target_craft(t)}
            words = {w for w in words if w not in lex.AIRCRAFT_WORDS} | crafts
            mode = next((m for keys, m in lex.ASSAULT_MODES if keys & words), None)
        if event == "ASSAULT" and mode in (None, "explosives", "heavy-weapons"):
            subj, _ = self._clause_subject(c.tok)
            doer = self._agent(c.tok) or subj
            if _from_the_air(c.tok) or (
                doer is not None and _lemma(doer) in lex.AIRCRAFT_WORDS - {"drone", "uav"}
            ):
                mode = "aerial"  # "bombed from the air", "warplanes bombed ..."
        if event == "PROTEST" or (
            event == "COERCE"
            and _lemma(c.tok) == "occupy"
            and actors
            and all(a.get("sector") in _CIVIL for a in actors)
        ):
            event = "PROTEST"
            mode = "obstruct" if _lemma(c.tok) == "occupy" else mode
        if event == "MOBILIZE":
            text = {_lemma(t) for t in c.tok.subtree} | _objects(c.tok)
            if {"peacekeeper", "peacekeeping"} & text:
                return "AID", None, actors, recipients
            if cameo.DISASTER_RELIEF & text:
                # manual, MOBILIZE: forces mobilised for disaster relief are AID
                return "AID", None, actors, recipients
            countries = {a.get("code") for a in actors if a.get("code")}
            if (
                {"exercise", "game", "maneuver", "manoeuvre", "drill", "patrol", "test"} & text
            ) and (len(countries) > 1 or "joint" in text):
                return "COOPERATE", None, actors, recipients
        return event, mode, actors, recipients

    def _riot(
        self,
        tok: Token,
        mode: str | None,
        actors: list[dict[str, Any]],
        recipients: list[dict[str, Any]],
    ) -> bool:
        """Unarmed civilians (protesters, students, a mob) fighting police, throwing stones or
        burning property: PLOVER's violent riot, not an armed attack. Killing, shooting or
        bombing stays an ASSAULT whoever does it, and so does violence against civilians."""
        if mode not in (None, "primitive", "beat", "destroy", "explosives"):
            return False
        crowds = _PROTESTERS | _CROWDS | cameo.STRIKERS  # "striking miners battled police"
        if (
            _lemma(tok) in ("clash", "battle", "fight", "scuffle")
            and any(
                ch.dep_ == "prep"
                and _lemma(ch) == "with"
                and any(p.dep_ == "pobj" and _lemma(p) in _PROTESTERS for p in ch.children)
                for ch in tok.children
            )
            and not any(_lemma(t) in ("kill", "shoot", "die", "dead") for t in tok.sent)
        ):
            return True  # "police clashed with stone-throwing protesters": a riot
        if any(r.get("sector") in _CIVIL - {"OPP", "JRN"} for r in recipients):
            return False
        if all(a.get("head") in _PROTESTERS for a in actors) and actors:
            return mode != "explosives"  # the older rule: any unarmed act of protesters
        if _lemma(tok) not in _RIOT_ACTS:
            return False
        subj, passive = self._clause_subject(tok)
        if actors:
            return all(a.get("head") in crowds for a in actors)
        return subj is not None and not passive and _lemma(subj) in crowds

    def _condition_target(self, tok: Token) -> list[dict[str, Any]]:
        """'threatened to ... unless Baghdad accepted': whoever the condition is put to."""
        for t in tok.subtree:
            if t.dep_ == "advcl" and any(
                m.dep_ == "mark" and _lemma(m) in ("if", "unless") for m in t.children
            ):
                subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and _lemma(subj) not in _PRONOUNS:
                    return self.participants(subj)
        return []

    def _modifier_party(self, verb: Token) -> Token | None:
        """'Pakistan shared intelligence with Afghanistan': the parser read the sentence as
        one noun phrase, the finite verb ('shared', or 'shares' taken for a plural noun)
        modifying its object; the name before the verb, hanging from it or from the object,
        is its doer."""
        if verb.dep_ not in ("amod", "compound") or verb.head.pos_ != "NOUN":
            return None
        if not (verb.tag_ in ("VBD", "VBZ") or (verb.tag_ == "NNS" and verb.lower_[-1] == "s")):
            return None
        if verb.i > 0 and verb.doc[verb.i - 1].text == "-":
            return None  # "US-shared": a compound adjective, not a clause
        for t in (verb, verb.head):
            for ch in t.children:
                if ch.i >= verb.i or ch.dep_ not in _MODIFIER_PARTY_DEPS:
                    continue
                m = self.mention_at.get(ch.i)
                if ch.pos_ == "PROPN" or (m is not None and m.kind != "nationality"):
                    return ch  # a name, or a named party the tagger took for an adjective
        return None

    def _modifier_verb(self, tok: Token) -> tuple[str, str | None, str] | None:
        """The event of a verb the parser took for a modifier of its own object (see
        ``_modifier_party``): the object must be one the verb's event is defined by."""
        if self._modifier_party(tok) is None:
            return None
        obj = _lemma(tok.head)
        for lemmas, (event, mode) in lex.OBJECT_VERBS.get(_lemma(tok), []):
            if obj in lemmas:
                return event, mode, "verb"
        return None

    def _place_marks(self, tok: Token, actors: list[dict[str, Any]]) -> set[str]:
        """Countries of the places the act's clause names outside its actors: a place
        ('shelled Aleppo') or a nationality word on a place noun ('Syrian villages')."""
        spans = [(a["start"], a["end"]) for a in actors]
        codes: set[str] = set()
        for t in tok.subtree:
            m = self.mention_at.get(t.i)
            if m is None or any(s <= t.idx < e for s, e in spans):
                continue
            if m.kind == "nationality":
                if t.dep_ not in ("amod", "compound") or _lemma(t.head) not in _SETTLED:
                    continue
            elif m.kind != "place" or self._unplaced(m):
                continue
            code = self._mention_country(m)
            if code and code not in ("IGO", "NGO", "IMG"):
                codes.add(code)
        return codes

    def _place_party(
        self, place: Place, place_text: str | None, tok: Token, event: str
    ) -> list[dict[str, Any]]:
        where = alpha2_to_alpha3(place.country_code)
        if where is None:
            return []
        mention = next(
            (
                m
                for m in self.mention_at.values()
                if m.text == place_text and m.place is not None and m.place.key == place.key
            ),
            None,
        )
        return [
            {
                "text": mention.text if mention else "",
                "entity": mention.entity if mention else None,
                "country": where,
                "sector": "GOV" if event == "PROTEST" else "CVL",
                "start": mention.start if mention else tok.idx,
                "end": mention.end if mention else tok.idx,
                "code": where,
                "country_inferred": True,
            }
        ]

    def _domestic_actors(
        self, event: str, actors: list[dict[str, Any]], place: Place, tok: Token
    ) -> list[dict[str, Any]]:
        """Actors the sentence leaves without a country belong to the country where the
        event happened (the gold standard's documented convention: actor codes inferred
        from the location); a material act with no actor at all gets an unidentified
        actor there (PLOVER sector UNK: "two civilians were killed by a bomb")."""
        where = alpha2_to_alpha3(place.country_code)
        if where is None:
            return actors
        for a in actors:
            if not a.get("code") and a.get("sector") != "IGO":
                a["country"] = a["code"] = where
                a["country_inferred"] = True
        if not actors and event in ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT"):
            return [_unidentified(where, tok)]
        return actors

    def _home_actor(
        self, event: str, recipients: list[dict[str, Any]], sent: Span, tok: Token
    ) -> list[dict[str, Any]]:
        """An act with no actor in a sentence that names one country ('two Iraqi youths were
        killed by a landmine') is an unidentified party of that country (PLOVER UNK), as
        where the place is named; not where that country undergoes an act that comes mostly
        from abroad ('sanctions were imposed on Iran'), nor for talks (held on neutral
        ground as often as not: 'talks on Cyprus resumed in Geneva')."""
        home = self.sole_country(sent)
        if (
            home is None
            or event == "CONSULT"
            or (event not in _HOME_ACTS and home in {r.get("code") for r in recipients})
        ):
            return []
        return [_unidentified(home, tok)]

    def _home_recipient(
        self, actors: list[dict[str, Any]], sent: Span, tok: Token
    ) -> list[dict[str, Any]]:
        """An act aimed at no one named is aimed at home: at the one country the sentence
        names, where it is the actor's or the actor has none, else at the actor's own
        country (CAMEO-coded data, the PLOVER gold standard among them, code such acts as
        domestic: 'the government agreed to hold early elections', 'the army vowed to
        crush the rebellion'). Not where the act's only target was the actor's own
        ('condemned the attack on its embassy'), nor for meetings (reciprocal)."""
        mine = {a.get("code") for a in actors} - {None, "IGO", "NGO", "IMG"}
        home = self.sole_country(sent) or (next(iter(mine)) if len(mine) == 1 else None)
        if home is None or (mine and home not in mine):
            return []
        return [_unidentified(home, tok)]

    def _other_party(self, actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Verbal conflict with no stated recipient, in an article about a two-sided dialogue:
        the other side of that dialogue."""
        if len(self.consult_parties) < 2 or not actors:
            return []
        mine = {a.get("code") for a in actors} | {a.get("entity") for a in actors}
        mine.discard(None)
        if not any(p.get("code") in mine or p.get("entity") in mine for p in self.consult_parties):
            return []
        return [
            dict(p)
            for p in self.consult_parties
            if p.get("code") not in mine and p.get("entity") not in mine
        ]

    def _nominal_event(self, sent: Span, d: _Cand, governing: _Built) -> Event | None:
        """'agreed to Pakistan's demand': the demand is Pakistan's REQUEST, addressed to the
        party that agreed to (or rejected) it."""
        poss = next(ch for ch in d.tok.children if ch.dep_ == "poss")
        actors = self.participants(poss)
        if not actors:
            return None
        recipients = (
            governing.event.actors
            if governing.event.event_type in ("AGREE", "REJECT", "CONCEDE", "ACCUSE")
            else []
        )
        f = self._flags(sent, d.tok, None)
        resolved = self._date(sent, d.tok, f.future)
        return Event(
            event_type=d.event,
            sentence=sent.text.rstrip(),
            sentence_start=sent.start_char,
            trigger=d.tok.text,
            trigger_start=d.tok.idx,
            trigger_end=d.tok.idx + len(d.tok),
            mode=_request_mode(None, _objects(d.tok)) if d.event == "REQUEST" else d.mode,
            context=self._context(sent),
            actors=[_clean(a) for a in actors],
            recipients=[dict(a) for a in recipients],
            date=resolved.value if resolved else None,
            date_text=resolved.text if resolved else None,
            date_precision=resolved.precision if resolved else None,
            negated=f.negated,
            hypothetical=f.hypothetical,
            future=f.future,
            reported_by=f.reported_by,
        )


# --- public API ------------------------------------------------------------------


def code_doc(doc: Doc, analysis: Analysis, published: datetime | None = None) -> list[Event]:
    """Events of every sentence of a parsed article body (``analysis`` from the same text).

    A doc that was not parsed (a body that is not English is only tokenised) has none."""
    if not doc.has_annotation("DEP"):
        return []
    coder = _ArticleCoder(doc, analysis, published)
    events: list[Event] = []
    for sent in doc.sents:
        events.extend(coder.code_sentence(sent))
    return events


def code_article(article: Article, doc: Doc, analysis: Analysis) -> list[Event]:
    """Events of an article, dated against its publication (else capture) time."""
    published = article.date_reference
    return code_doc(doc, analysis, published)


def parse_article(article: Article) -> tuple[Doc, Analysis]:
    """The analyse stage's parse and analysis of ``article`` (the body is parsed once)."""
    from newsdesk.analyse import analyse_doc

    return analyse_doc(article)


def code_events(text: str, published: datetime | None = None) -> list[dict[str, Any]]:
    """PLOVER records for a bare text (one sentence or more), without a database."""
    from newsdesk.records import ExtractedTime

    article = Article(
        headline="",
        body=text,
        published=ExtractedTime(published, "exact", "second") if published else None,
    )
    doc, analysis = parse_article(article)
    events = code_article(article, doc, analysis)
    return [to_plover(e, event_id=f"text-{i + 1}", article=article) for i, e in enumerate(events)]


__all__ = ["code_article", "code_doc", "code_events", "iter_plover", "quad_class", "to_plover"]
