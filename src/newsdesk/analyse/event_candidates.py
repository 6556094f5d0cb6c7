"""Candidate ranking and event composition of the PLOVER event coder (``events``).

Which candidate of a sentence comes first (``_rank``: higher in the parse, not in a clause of
background), the event a governor makes of its complement (``_compose``: "refused to meet"
is REJECT 'meet', "vowed to attack" THREATEN), the modes of REQUEST, THREATEN and CONSULT,
adjectives that name an event ("was critical of"), and the small actor-list helpers used
when an event is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsdesk.analyse import plover_cameo as cameo
from newsdesk.analyse import plover_lexicon as lex
from newsdesk.analyse.countries import alpha2_to_alpha3
from newsdesk.analyse.event_records import _Built, _Cand
from newsdesk.analyse.event_syntax import _has_subject
from newsdesk.analyse.plover_actors import lemma as _lemma
from newsdesk.records import Place

if TYPE_CHECKING:
    from spacy.tokens import Token


def _protest_act(b: _Built) -> bool:
    return b.event.event_type == "PROTEST" and (
        b.trigger.pos_ == "VERB" or b.trigger.dep_ in ("nsubj", "nsubjpass", "dobj", "ROOT")
    )


_BACKGROUND_MARKS = {"after", "before", "since", "following", "until", "amid", "when", "as"}
"""Words that open a clause of background: 'X announced ... one day after a jet shot down'."""


def _in_background(tok: Token) -> bool:
    """Inside a temporal adverbial clause or phrase ('after ...', 'following ...')."""
    walk = tok
    for _ in range(12):
        if walk.head.i == walk.i:
            return False
        if walk.dep_ == "advcl" and any(
            ch.dep_ in ("mark", "advmod", "prep") and _lemma(ch) in _BACKGROUND_MARKS
            for ch in walk.children
        ):
            return True
        if walk.dep_ in ("pcomp", "pobj") and _lemma(walk.head) in _BACKGROUND_MARKS:
            return True
        if walk.dep_ == "nsubj" and _lemma(walk.head) in lex.REPORTING and walk.i != tok.i:
            return True  # "Iran's foreign minister, visiting Moscow, said ...": the speaker
        walk = walk.head
    return False


_HARMS = {"death", "disappearance", "abuse", "crime", "violence", "unrest", "explosion"}
"""What a party is said to be 'responsible for' when that is an accusation."""


def _adjective_candidate(tok: Token) -> tuple[str, str | None, str] | None:
    """'was critical of', 'remained opposed to', 'is unwilling to', 'the hostages are free',
    'held responsible for the attack'."""
    word = tok.lower_
    if word in cameo.UNWILLING and any(ch.dep_ == "xcomp" for ch in tok.children):
        return "REJECT", None, "governor"
    if word == "free" and tok.dep_ == "acomp":
        subj = {_lemma(ch) for ch in tok.head.children if ch.dep_ in ("nsubj", "nsubjpass")}
        return ("RETREAT", "release", "verb") if subj & cameo.CAPTIVES else None
    rule = cameo.ADJECTIVES.get(word)
    if rule is None:
        return None
    preps, (event, mode) = rule
    governed = [ch for ch in tok.children if ch.dep_ == "prep" and _lemma(ch) in preps]
    if preps and not governed:
        return None
    if word == "open" and not any(
        _lemma(p) in cameo.OPEN_TO for g in governed for p in g.children if p.dep_ == "pobj"
    ):
        return None  # "left himself open to suspicion"
    if word == "responsible" and not any(
        _lemma(p) in _HARMS or lex.NOUNS.get(_lemma(p), ("",))[0] in ("ASSAULT", "COERCE")
        for g in governed
        for p in g.children
        if p.dep_ == "pobj"
    ):
        return None  # "responsible for security" is a duty, not an accusation
    return event, mode, "verb"


def _reduced_relative_root(tok: Token) -> bool:
    """'Eight soldiers held hostage by rebels were freed': the parser made the participle of
    the subject's reduced relative clause the root and the main verb ('were freed') its
    conjunct, without 'and' between them; the act is the conjunct's."""
    return (
        tok.dep_ == "ROOT"
        and tok.tag_ in ("VBN", "VBD")
        and not any(ch.dep_ in ("aux", "auxpass", "cc") for ch in tok.children)
        and any(
            ch.dep_ == "conj"
            and ch.pos_ == "VERB"
            and any(g.dep_ in ("aux", "auxpass") for g in ch.children)
            and not _has_subject(ch)
            for ch in tok.children
        )
    )


def _rank(c: _Cand) -> tuple[int, int]:
    """Higher in the parse first; an event noun one step lower than a verb, except the
    nouns of verbal conflict that govern a clause ('its demand that Israel ease ...');
    an act in a clause of background ('after rebels attacked the town') after the
    main clause's."""
    penalty = 1 if c.kind == "noun" and c.event not in ("REQUEST", "THREATEN") else 0
    if _in_background(c.tok) or _reduced_relative_root(c.tok):
        penalty += 3
    return c.depth + penalty, c.tok.i


def _unique(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[Any, Any]] = set()
    out = []
    for a in actors:
        key = (a.get("entity") or a.get("text"), a.get("code"))
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def _clean(actor: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in actor.items() if k != "head"}


def _request_mode(complement: _Cand | None, objs: set[str]) -> str | None:
    """REQUEST/REJECT modes (manual): assist, change, yield, meet."""
    event = complement.event if complement is not None else None
    if event == "CONSULT" or objs & {"talk", "negotiation", "meeting", "dialogue", "summit"}:
        return "meet"
    if event in ("AID", "COOPERATE") or objs & {"aid", "assistance", "help", "support"}:
        return "assist"
    if event in ("RETREAT", "CONCEDE") or objs & {"release", "ceasefire", "truce", "withdrawal"}:
        return "yield"
    if complement is not None or objs & {"change", "reform", "resignation", "action", "policy"}:
        return "change"
    return None


def _threat_mode(complement: _Cand | None) -> str | None:
    if complement is None:
        return None
    if complement.event == "SANCTION":
        return "expel" if complement.mode == "expel" else "relations"
    if complement.event == "ASSAULT":
        return "violence"
    if complement.event == "COERCE":
        return {"arrest": "arrest", "ban": "ban", "deport": "expel", "seize": "territory"}.get(
            complement.mode or "", "restrict"
        )
    return None


_REFORMS = {"election", "vote", "resignation", "reform", "constitution", "referendum",
            "autonomy", "right", "freedom", "inquiry", "recount"}  # fmt: skip


def _demand_for(tok: Token) -> set[str]:
    return {
        _lemma(p)
        for ch in tok.children
        if ch.dep_ == "prep" and _lemma(ch) == "for"
        for p in ch.children
        if p.dep_ == "pobj"
    }


_STATES = {"government", "administration", "regime", "state", "country", "nation", "cabinet"}


def _ordered_other(complement: _Cand | None) -> bool:
    """'The court ordered the government to release ...', 'the UN ordered Iraq to destroy
    its missiles': an order to a state is a demand (REQUEST), not the act ordered, which an
    order to the orderer's own forces ('ordered troops to withdraw') or to those under its
    authority ('ordered the newspaper to suspend publication') is."""
    if complement is None or complement.kind == "noun":
        return False
    tok = complement.tok
    told = [ch for ch in tok.children if ch.dep_ == "nsubj"]
    if tok.dep_ == "xcomp":
        told += [ch for ch in tok.head.children if ch.dep_ in ("dobj", "dative")]
    return any(t.ent_type_ == "GPE" or _lemma(t) in _STATES for t in told)


def _compose(
    gov: str, lemma: str, complement: _Cand | None, objs: set[str]
) -> tuple[str, str | None]:
    """The event of a governor given its complement's event."""
    comp = complement.event if complement is not None else None
    if gov == "AGREE" and lemma in ("ready", "prepared", "prepare") and comp == "ASSAULT":
        return "MOBILIZE", "troops"  # readiness of forces short of their use
    if (
        gov == "AGREE"
        and lemma in ("agree", "accede", "consent")
        and complement is not None
        and complement.kind == "noun"
        and _lemma(complement.tok) == "demand"
        and _demand_for(complement.tok) & _REFORMS
    ):
        # "agreed to the opposition's demand for elections": acceding to demands for
        # political reform (CAMEO 083); agreeing to act on a demand stays AGREE
        return "CONCEDE", None
    if gov == "AGREE":
        # "Agree to, offer, promise, or otherwise indicate willingness" (manual, AGREE)
        if lemma in ("vow", "swear", "pledge", "promise") and comp in (
            "ASSAULT",
            "COERCE",
            "SANCTION",
            "MOBILIZE",
            "THREATEN",
            "PROTEST",
        ):
            return "THREATEN", _threat_mode(complement)
        return "AGREE", None
    if gov == "CONCEDE":
        if comp == "RETREAT" and complement is not None and complement.mode == "access":
            return "RETREAT", "access"
        return "CONCEDE", None
    if (
        lemma == "order"
        and comp in ("MOBILIZE", "COERCE", "ASSAULT", "SANCTION", "RETREAT")
        and not _ordered_other(complement)
    ):
        # an order carried out by the orderer's own forces is the act itself
        return comp, complement.mode if complement is not None else None
    if gov in ("REJECT", "REQUEST"):
        if gov == "REJECT" and lemma in ("deny",) and comp in ("ASSAULT", "COERCE", "ACCUSE"):
            return "REJECT", None  # denying an accusation
        return gov, lex.GOVERNOR_MODES.get(lemma) or _request_mode(complement, objs)
    if gov == "THREATEN":
        return "THREATEN", _threat_mode(complement)
    return gov, lex.GOVERNOR_MODES.get(lemma, "allege")


def _consult_mode(
    mode: str | None,
    actors: list[dict[str, Any]],
    recipients: list[dict[str, Any]],
    place: Place | None,
    tok: Token,
) -> str | None:
    """'third-party' when the meeting is hosted by, or held in, a country none of the parties
    belongs to (manual, CONSULT modes)."""
    mine = {a.get("country") for a in actors if a.get("country")}
    hosts = {a.get("country") for a in recipients if a.get("country")}
    if _lemma(tok) == "host" and hosts and mine and not hosts & mine:
        return "third-party"
    if place is not None and mine:
        where = alpha2_to_alpha3(place.country_code) if place.country_code else None
        if where and where not in mine | hosts:
            return "third-party"
        if where and where in hosts:
            return "visit"
    return mode
