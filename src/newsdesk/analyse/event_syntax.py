"""Syntax helpers of the PLOVER event coder (``events``): word sets and parse walks.

The word sets (locative and recipient prepositions, modals, natural forces, diplomats,
crowds ...) and the module-level functions over spaCy's dependency parse that the coder
asks about a token: who its natural or stranded subject is, whether a party acts on its own
government or forces, the objects and prepositional objects of a verb, a headline's passive,
a token's depth in the parse. They keep no state; the coder's discourse state stays in
``events._ArticleCoder``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsdesk.analyse import plover_lexicon as lex
from newsdesk.analyse.plover_actors import PRONOUNS as _PRONOUNS
from newsdesk.analyse.plover_actors import is_ancestor as _is_ancestor
from newsdesk.analyse.plover_actors import lemma as _lemma
from newsdesk.analyse.plover_actors import sector_of

if TYPE_CHECKING:
    from spacy.tokens import Token


_LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "into", "around", "throughout",
             "through", "off", "along", "within"}  # fmt: skip
_RECIPIENT_PREPS = {"with", "to", "against", "on", "at", "toward", "towards", "upon", "from",
                    "for", "over", "into"}  # fmt: skip
_MODALS = {"could", "might", "may", "should"}
_CONDITION_MARKS = {"if", "unless", "whether"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_CIVIL = {"CVL", "LAB", "EDU", "AGR", "REF", "OPP", "JRN", "MED"}


_PATIENT_OF = {
    "invasion", "occupation", "bombing", "shelling", "bombardment", "siege", "blockade",
    "assassination", "kidnapping", "abduction", "arrest", "expulsion", "massacre", "killing",
}  # fmt: skip
"""Act nouns whose 'of' phrase names who undergoes them ('the invasion of Lebanon')."""


# Subjects that act without intent: what they do is news, but no one's act.
_NATURAL_FORCES = frozenset({
    "snow", "snowfall", "blizzard", "storm", "rain", "rainfall", "downpour", "flood",
    "flooding", "floodwater", "hurricane", "typhoon", "cyclone", "tornado", "earthquake",
    "quake", "tremor", "aftershock", "tsunami", "wildfire", "bushfire", "drought", "heat",
    "heatwave", "landslide", "mudslide", "avalanche", "eruption", "volcano", "fog", "ice",
    "wind", "gale", "weather", "virus", "pandemic", "epidemic", "outbreak",
})  # fmt: skip


def _natural_subject(verb: Token) -> bool:
    return any(ch.dep_ == "nsubj" and _lemma(ch) in _NATURAL_FORCES for ch in verb.children)


_SETTLED = {
    "village", "town", "city", "area", "region", "province", "district", "neighbourhood",
    "neighborhood", "territory", "soil", "countryside", "camp", "settlement", "suburb", "hamlet",
    "border", "frontier", "island", "coast", "port", "base", "position", "outpost",
}  # fmt: skip
"""Nouns of a place that a nationality word puts in its country ('Syrian villages')."""


def _domestic_targets(
    actors: list[dict[str, Any]], recipients: list[dict[str, Any]], marks: set[str]
) -> None:
    """Police or soldiers of one country acting on civilians, protesters, students... whose
    country the sentence leaves unsaid: their own people (repression is mostly at home).
    Only at home: where the act's place is marked as another country ('as Russian jets
    pounded Syrian villages', in ``marks``), the victims are of that country, or of none
    said where several are."""
    codes = {a.get("code") for a in actors}
    if len(codes) != 1 or None in codes or codes & {"IGO", "NGO", "IMG"}:
        return
    if not all(a.get("sector") in ("GOV", "MIL", "COP") for a in actors):
        return
    code = next(iter(codes))
    if marks - {code}:
        if len(marks) != 1:
            return
        code = next(iter(marks))
    for r in recipients:
        if not r.get("code") and r.get("sector") in _CIVIL | {"REL", "CRM"}:
            r["country"] = r["code"] = code
            r["country_inferred"] = True


def _own_government(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Protesters of one country with no stated target protest against its government."""
    codes = {a.get("code") for a in actors}
    if len(codes) != 1 or None in codes or codes & {"IGO", "NGO", "IMG"}:
        return []
    if any(a.get("sector") in ("GOV", "MIL", "COP") for a in actors):
        return []  # the state is not protesting against itself
    code = next(iter(codes))
    first = actors[0]
    return [
        {
            "text": "",
            "entity": None,
            "country": code,
            "sector": "GOV",
            "start": first["start"],
            "end": first["start"],
            "code": code,
            "country_inferred": True,
        }
    ]


_SITUATIONS = {"coup", "war", "crisis", "situation", "conflict", "unrest", "repression"}
"""Nouns of a state of affairs whose place ('the coup in Niger') is whom it concerns."""
_MOVERS = {
    "send", "deploy", "dispatch", "move", "mass", "station", "position", "withdraw", "pull",
    "airlift", "redeploy", "reinforce", "evacuate", "contribute", "commit",
}  # fmt: skip


def _own_forces(tok: Token, verb: Token) -> bool:
    """'withdraw its troops', 'sent more troops to Poland': the doer's own forces moved,
    not a recipient (troops that are attacked are one)."""
    if _lemma(tok) in _ENVOYS and _lemma(verb) in _MOVERS:
        return True  # "sent an envoy to Nepal": Nepal, not the envoy, receives the visit
    if _lemma(tok) not in lex.TROOPS:
        return False
    own = any(ch.dep_ == "poss" and _lemma(ch) in _PRONOUNS for ch in tok.children)
    return own or _lemma(verb) in _MOVERS


_HOME_ACTS = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}
"""Acts mostly done at home: an unnamed doer is of the country where they happen."""
_OWNED = {"blame", "claim", "carry", "attribute"}
"""Participles that name who did an act ('an attack blamed on / claimed by / carried out by')."""
_DIPLOMATS = {"diplomat", "ambassador", "envoy", "attache", "consul", "staff", "mission"}
_ANNOUNCING = {"announce", "declare", "unveil"}
"""Reporting verbs whose object act is the announcer's own ('announced a suspension of')."""
_PROTESTERS = {"protester", "protestor", "demonstrator", "rioter", "crowd"}
_CROWDS = {
    "mob", "youth", "student", "supporter", "villager", "resident", "striker", "opponent",
    "worker", "farmer", "prisoner", "inmate", "crowd",
}  # fmt: skip
"""Unarmed people whose street violence is a riot (PLOVER PROTEST 'riot')."""
_RIOT_ACTS = {
    "clash", "battle", "fight", "throw", "hurl", "pelt", "stone", "burn", "torch", "set",
    "storm", "ransack", "loot", "smash", "attack", "rampage", "vandalize", "vandalise", "go",
}  # fmt: skip
"""Acts of street violence (not killing, shooting or bombing)."""
_ENVOYS = {"envoy", "delegation", "emissary", "delegate", "representative", "negotiator"}
_HOSTED = {"MOBILIZE", "AID", "RETREAT"}
"""Acts done in another country whose government is their recipient when none is named
(and visits; a meeting elsewhere may be on neutral ground)."""
_PARTICLES = {"down", "up", "out", "back", "off", "over"}
"""Adverbs the parser sometimes gives where a phrasal verb's particle is ('stepped down')."""


def _stranded_subject(verb: Token) -> tuple[list[Token], Token] | None:
    """'After meeting in Geneva, Iran and the United States agreed ...': a subjectless verb
    whose subject the parser hung on the opening phrase, as a conjunct or apposition after
    its comma that runs up to the verb; the heads of that phrase (coordinated ones too) and
    the opening phrase."""
    if verb.pos_ not in ("VERB", "AUX") or any(
        ch.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for ch in verb.children
    ):
        return None
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and doc[j].head.i == verb.i and doc[j].dep_ in ("aux", "auxpass", "neg", "advmod"):
        j -= 1
    opening = [ch for ch in verb.children if ch.dep_ == "prep" and ch.i < verb.i]
    for t in doc[verb.sent.start : j + 1]:
        holder = next((p for p in opening if _is_ancestor(p, t)), None)
        if (
            holder is not None
            and t.dep_ in ("conj", "appos")
            and t.right_edge.i == j
            and t.left_edge.i > 0
            and doc[t.left_edge.i - 1].text == ","
        ):
            heads = [t]
            for u in t.subtree:
                if u.dep_ == "conj" and u.head in heads:
                    heads.append(u)
            return heads, holder
    return None


def _own_envoy(tok: Token) -> bool:
    """'its ambassador', 'their diplomats': the doer's own envoys."""
    return _lemma(tok) in _DIPLOMATS | _ENVOYS and any(
        ch.dep_ == "poss" and _lemma(ch) in _PRONOUNS for ch in tok.children
    )


def _own_thing(tok: Token) -> bool:
    """'its borders', 'their airspace': a thing of the doer's, not a party."""
    return sector_of(_lemma(tok)) is None and any(
        ch.dep_ == "poss" and _lemma(ch) in _PRONOUNS for ch in tok.children
    )


def _purpose(tok: Token) -> bool:
    """'(opened fire) to disperse the crowd': an infinitive clause of purpose."""
    return (
        tok.dep_ in ("advcl", "xcomp")
        and tok.pos_ == "VERB"
        and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children)
    )


def _test_prefixed(tok: Token) -> bool:
    """'test-fired': the word 'test' hyphened before the verb (or parsed as its modifier)."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "test":
        return True
    return any(ch.lower_ == "test" and ch.i < tok.i for ch in tok.children)


def _misparsed_main_verb(verb: Token) -> bool:
    """'An official Syrian newspaper called Thursday on Arabs to unite': the parser took the
    main verb for a participle of the root noun ('a newspaper called Thursday'); with an
    object, or a governor's complement, it is the sentence's active verb."""
    if verb.dep_ != "acl" or verb.head.dep_ != "ROOT":
        return False
    lemma = _lemma(verb)
    for ch in verb.children:
        if ch.dep_ == "dobj":
            return True
        if ch.dep_ == "prep" and (lemma, _lemma(ch)) in lex.PHRASAL_GOVERNORS:
            return True
        if ch.dep_ in ("ccomp", "xcomp", "advcl") and lemma in lex.GOVERNORS:
            return True
    return False


_INFORMATION = {"information", "intelligence", "data", "datum", "evidence", "technology"}
_PASSING = {"share", "exchange", "pass", "provide", "give", "hand", "supply", "swap"}
"""Verbs that pass information to a party: their object is the thing, not the party."""
_MODIFIER_PARTY_DEPS = {"npadvmod", "nsubj", "compound", "amod", "nmod"}


def _prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    return [
        p
        for ch in tok.children
        if ch.dep_ == "prep" and _lemma(ch) in preps
        for p in ch.children
        if p.dep_ == "pobj"
    ]


def _headline_passive(verb: Token) -> bool:
    """'Five people killed in a blast': a participle without auxiliary or object that the
    parser took for the main verb; its subject is the victim, as in a passive."""
    return (
        _lemma(verb) in lex.HEADLINE_PASSIVE
        and verb.tag_ in ("VBN", "VBD")
        and verb.dep_ != "relcl"
        and not any(ch.dep_ in ("dobj", "aux", "ccomp", "xcomp", "dative") for ch in verb.children)
        and not any(ch.dep_ == "conj" and ch.pos_ == "NOUN" for ch in verb.children)
    )


def _target_craft(tok: Token) -> bool:
    """An aircraft or tank that undergoes the act ('shot down a helicopter', 'fired on a US
    jet', 'a base where helicopters were parked'): it says nothing of the attack's mode."""
    if _lemma(tok) not in lex.VEHICLES:
        return False
    t = tok
    while t.dep_ in ("compound", "amod", "conj") and t.head.i != t.i:
        t = t.head  # "an army helicopter": the phrase's head decides
    if t.i != tok.i and _lemma(t) not in lex.VEHICLES:
        return False  # "helicopter attacks": the craft names the attack's means
    return t.dep_ in ("dobj", "nsubjpass") or (
        t.dep_ == "pobj" and _lemma(t.head) in lex.TARGET_PREPS
    )


def _own_phrases(tok: Token) -> list[Token]:
    """The trigger's subtree without the clauses hanging from it ('... before army
    helicopters arrived')."""
    out = [tok]
    for ch in tok.children:
        if ch.dep_ in ("advcl", "ccomp", "relcl", "parataxis") or (
            ch.dep_ == "conj" and ch.pos_ in ("VERB", "AUX")
        ):
            continue
        out.extend(ch.subtree)
    return out


def _from_the_air(tok: Token) -> bool:
    return any(
        ch.dep_ == "prep"
        and _lemma(ch) == "from"
        and any(p.dep_ == "pobj" and _lemma(p) == "air" for p in ch.children)
        for ch in tok.children
    )


def _has_subject(tok: Token) -> bool:
    return any(ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children)


def _subject_lemmas(tok: Token) -> set[str]:
    """Lemmas of a verb's subject and its compounds ('garment workers')."""
    return {
        _lemma(t)
        for ch in tok.children
        if ch.dep_ == "nsubj"
        for t in [ch, *(g for g in ch.children if g.dep_ == "compound")]
    }


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 50:
        tok = tok.head
        depth += 1
    return depth


_CIRCUMSTANCE = {
    "according", "despite", "amid", "amidst", "after", "before", "during", "following",
    "since", "until", "till",
}  # fmt: skip
_FRAMEWORKS = {
    "agreement", "deal", "accord", "plan", "pact", "treaty", "ceasefire", "truce", "term",
    "arrangement", "law", "resolution", "framework", "programme", "program", "scheme", "rule",
    "constitution",
}  # fmt: skip


def _circumstance(prep: Token) -> bool:
    """'after talks', 'under the agreement' say nothing of what a verb acts on ('according'
    is no 'accord'; 'under fire', 'under house arrest' do)."""
    if prep.lower_ == "under":
        return any(_lemma(c) in _FRAMEWORKS for c in prep.children if c.dep_ == "pobj")
    return prep.lower_ in _CIRCUMSTANCE


_RESTRICTIONS = {
    "restriction", "ban", "curb", "limit", "sanction", "embargo", "control", "curfew",
    "moratorium", "blockade", "tariff",
}  # fmt: skip
"""Measures whose 'on' names what they restrict ('a ban on imports')."""


def _objects(tok: Token) -> set[str]:
    """Lemmas that tell what a verb acts on: objects, particles, prepositions and their
    objects ('impose a state of emergency', 'fire on', 'step down')."""
    out: set[str] = set()
    heads: list[Token] = []
    for ch in tok.children:
        dep = ch.dep_
        if dep in ("dobj", "nsubjpass", "attr", "dative", "oprd"):
            heads.append(ch)
        elif dep == "prt" or (
            dep == "advmod" and ch.lower_ in _PARTICLES | {"free", "loose", "aside"}
        ):
            out.add(_lemma(ch))
            heads.extend(c for c in ch.children if c.dep_ == "pobj")  # "put on (high) alert"
        elif dep in ("prep", "agent") and not _circumstance(ch):
            out.add(_lemma(ch))
            heads.extend(c for c in ch.children if c.dep_ == "pobj")
            for inner in ch.children:  # "pulled out of the talks": 'out' then 'of'
                if inner.dep_ == "prep" and _lemma(ch) in _PARTICLES:
                    heads.extend(c for c in inner.children if c.dep_ == "pobj")
    if tok.i + 1 < len(tok.doc):
        nxt = tok.doc[tok.i + 1]
        if nxt.lower_ in _PARTICLES | {"free", "loose"} and nxt.dep_ in ("quantmod", "amod"):
            out.add(nxt.lower_)  # "turned over 12 soldiers", "set free 15 hostages"
    if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
        heads.append(tok.head)  # "the talks, held in Istanbul": the head is the object
    seen: set[int] = set()
    while heads:
        h = heads.pop()
        if h.i in seen:
            continue
        seen.add(h.i)
        out.add(_lemma(h))
        heads.extend(h.conjuncts)
        for ch in h.children:
            if ch.dep_ == "prep" and (
                _lemma(ch) == "of"
                or (_lemma(ch) == "to" and _lemma(h) == "access")
                or (_lemma(ch) == "on" and _lemma(h) in _RESTRICTIONS)
            ):  # "part of a military aid program", "blocked access to Twitter", "eased
                # restrictions on the press"
                heads.extend(c for c in ch.children if c.dep_ == "pobj")
            if ch.dep_ == "compound":
                out.add(_lemma(ch))
    return out
