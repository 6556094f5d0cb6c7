"""Quotes and attributed statements, with their speakers.

Three kinds of evidence, all read from the dependency parse of ``Article.body``:

- reported speech: a cue verb ("said", "warned", "cautioned", "revealed")
  with a clausal complement; the speaker is its subject, or the subject of
  the clause it hangs from ("Pakistan presented ..., warning that ...");
- "according to X, ...": X is the speaker of the rest of the clause;
- text in quotation marks (straight or curly, continued across paragraphs by
  the reopening-mark convention): attributed through the words that govern it
  ("..., describing its proposals as “...”"), else to the speaker of the
  previous statement when it stands alone.

Speakers are resolved through the article's mentions: a pronoun or "the
minister" to the person last named (with that role), a capital that speaks to
its government. Each gets a kind: ``named_person``, ``official_role`` (a
unique role alone: "the foreign office spokesperson"), ``anonymous_source``
("diplomatic sources", "officials involved in the negotiations"),
``organisation`` or ``government``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsdesk.analyse.entities import ROLE_WORDS, EntityMentions, org_kind
from newsdesk.analyse.nlp import doc_text
from newsdesk.records import Mention, Quote, SpeakerKind


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SPEECH_VERBS = _words(
    """
    say tell warn caution reveal claim state announce insist deny note confirm report stress
    urge argue allege add explain acknowledge admit vow pledge threaten predict suggest describe
    accuse assert declare maintain emphasise emphasize underline reiterate disclose indicate
    complain tweet write reply respond concede believe estimate hint signal
    """
)
ANONYMOUS_HEADS = _words(
    """
    source sources official officials insider insiders diplomat diplomats aide aides people
    person analyst analysts observer observers witness witnesses resident residents expert
    experts member members figure figures negotiator negotiators
    """
)
GOVERNMENT_HEADS = _words(
    """
    government ministry office cabinet administration military army police authorities
    authority state presidency parliament embassy
    """
)
# Unnamed people and groups who can be sources; any other common noun ("laboratory tests",
# "the report") is not a speaker, so what it "confirmed" is not an attributed statement.
HUMAN_NOUNS = _words(
    """
    resident local villager neighbour neighbor relative family parent mother father child
    student teacher doctor nurse medic scientist researcher investigator detective lawyer
    worker employee staff farmer trader investor economist banker activist campaigner
    protester demonstrator critic supporter opponent voter citizen survivor victim soldier
    troop officer commander fighter militant rebel insurgent journalist reporter colleague
    friend lawmaker legislator politician counterpart partner rival owner manager executive
    organiser organizer participant attendee eyewitness passenger driver pilot guard
    someone somebody anyone everyone nobody one some many others few most several both those
    """
)
_RELATIVE_PRONOUNS = _words("who that which")
_PERSON_PRONOUNS = _words("he she him her")
_GROUP_PRONOUNS = _words("they it we")
_OPEN = "“«"
_CLOSE = "”»"


@dataclass
class _Speaker:
    text: str
    kind: SpeakerKind
    entity: str | None
    start: int
    end: int


@dataclass
class _Statement:
    cue: Token
    cue_text: str
    speaker: _Speaker
    content_start: int
    content_end: int
    direct: bool = False


# --- quotation marks ----------------------------------------------------------


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included; one that is continued by a
    reopening mark at the start of the next paragraph spans both paragraphs."""
    marks: list[tuple[int, str]] = []
    for i, char in enumerate(text):
        if char in _OPEN:
            marks.append((i, "open"))
        elif char in _CLOSE:
            marks.append((i, "close"))
        elif char == '"':
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            opening = (before.isspace() or before in "([{—-–") and not after.isspace()
            marks.append((i, "open" if opening else "close"))
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for pos, kind in marks:
        if kind == "open":
            at_paragraph_start = text[max(0, pos - 1) : pos] == "\n"
            if start is not None and at_paragraph_start and "\n\n" in text[start:pos]:
                continue  # the convention for a quote that runs on to the next paragraph
            start = pos
        elif start is not None:
            spans.append((start, pos + 1))
            start = None
    return spans


# --- speakers -----------------------------------------------------------------


_MARKS = frozenset(_OPEN + _CLOSE + '"')


def _span_of(tok: Token) -> tuple[int, int]:
    """The subject's words: its subtree without relative clauses, never across a quotation mark."""
    clauses = {t.i for c in tok.children if c.dep_ == "relcl" for t in c.subtree}
    tokens = [t for t in tok.subtree if not t.is_space and t.i not in clauses]
    at = tokens.index(tok)
    lo = at
    while lo > 0 and tokens[lo - 1].text not in _MARKS and tokens[lo - 1].i == tokens[lo].i - 1:
        lo -= 1
    hi = at
    while (
        hi + 1 < len(tokens)
        and tokens[hi + 1].text not in _MARKS
        and tokens[hi + 1].i == tokens[hi].i + 1
    ):
        hi += 1
    tokens = tokens[lo : hi + 1]
    while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].dep_ in ("relcl", "cc")):
        tokens.pop()
    while len(tokens) > 1 and tokens[0].is_punct:
        tokens.pop(0)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the clause it hangs from (up to three levels)."""
    tok = verb
    for _ in range(4):
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass") and not (
                child.dep_ == "nsubjpass" and child.lower_ == "it"
            ):
                return child
        if tok.dep_ in ("advcl", "xcomp", "conj", "ccomp", "pcomp", "acl") and tok.head is not tok:
            tok = tok.head
        else:
            return None
    return None


class _Resolver:
    """Who a subject token refers to, through the article's mentions."""

    def __init__(self, doc: Doc, found: EntityMentions) -> None:
        self.doc = doc
        self.found = found
        self.mentions = sorted(found.mentions, key=lambda m: m.start)
        self.previous: list[_Speaker] = []

    def mention_at(self, tok: Token) -> Mention | None:
        for mention in self.mentions:
            if mention.start <= tok.idx < mention.end:
                return mention
        return None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start < end and start < m.end]

    def last_person(self, before: int, role_word: str | None = None) -> Mention | None:
        for mention in reversed(self.mentions):
            if mention.end > before or mention.kind != "person":
                continue
            if role_word is None:
                return mention
            entity = self.found.entity(mention.entity)
            role = (mention.role or (entity.role if entity else None) or "").lower()
            if role_word in role.split():
                return mention
        return None

    def name_of(self, key: str | None, fallback: str) -> str:
        entity = self.found.entity(key)
        return entity.name if entity else fallback

    def speaker(self, subject: Token) -> _Speaker | None:
        if subject.lower_ in _RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
            subject = subject.head.head  # "Ahmed Khan, who said ...": the antecedent speaks
        start, end = _span_of(subject)
        text = doc_text(self.doc)[start:end]
        lower = subject.lower_
        if lower in _PERSON_PRONOUNS:
            person = next((s for s in reversed(self.previous) if s.kind == "named_person"), None)
            named = self.last_person(subject.idx)
            if named is not None and (person is None or named.start > person.start):
                return _Speaker(
                    self.name_of(named.entity, named.text),
                    "named_person",
                    named.entity,
                    start,
                    end,
                )
            if person is not None:
                return _Speaker(person.text, person.kind, person.entity, start, end)
            return _Speaker(text, "anonymous_source", None, start, end)
        if lower in _GROUP_PRONOUNS and self.previous:
            last = self.previous[-1]
            return _Speaker(last.text, last.kind, last.entity, start, end)
        head_mention = self.mention_at(subject)
        if head_mention is None:
            inside = [m for m in self.mentions_in(start, end) if m.kind == "person"]
            if inside and subject.lower_ in ROLE_WORDS:
                head_mention = inside[0]  # "the minister, Khawaja Asif, said"
        if head_mention is not None:
            return self._from_mention(head_mention, text, start, end)
        return self._from_description(subject, text, start, end)

    def _from_mention(self, mention: Mention, text: str, start: int, end: int) -> _Speaker:
        kind: SpeakerKind
        if mention.kind == "person":
            kind = "named_person"
        elif mention.kind in ("government", "place", "nationality"):
            kind = "government"
        elif mention.kind == "armed_group":
            kind = "organisation"
        else:
            kind = "government" if org_kind(mention.text) == "government" else "organisation"
        entity = mention.entity
        if kind == "government" and mention.kind != "government":
            entity = _government_key(self.found, mention)
        return _Speaker(text, kind, entity, start, end)

    def _from_description(self, subject: Token, text: str, start: int, end: int) -> _Speaker | None:
        lemma = subject.lower_
        definite = any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
            for c in subject.children
        )
        plural = subject.tag_ in ("NNS", "NNPS")
        if lemma in ROLE_WORDS and definite and not plural:
            named = self.last_person(subject.idx, role_word=lemma)
            if named is not None:
                return _Speaker(
                    self.name_of(named.entity, named.text),
                    "named_person",
                    named.entity,
                    start,
                    end,
                )
            return _Speaker(text, "official_role", None, start, end)
        if lemma in GOVERNMENT_HEADS and definite:
            owner = next((m for m in self.mentions_in(start, end) if m.entity), None)
            key = _government_key(self.found, owner) if owner else None
            return _Speaker(text, "government", key, start, end)
        if subject.pos_ == "PROPN":
            return _Speaker(text, "organisation", None, start, end)
        if not _can_speak(subject):
            return None
        return _Speaker(text, "anonymous_source", None, start, end)


def _can_speak(head: Token) -> bool:
    """An unnamed noun phrase that denotes people ("sources", "residents", "some")."""
    words = {head.lower_, head.lemma_.lower()}
    return bool(words & (ANONYMOUS_HEADS | HUMAN_NOUNS | ROLE_WORDS)) or head.pos_ == "PRON"


def _government_key(found: EntityMentions, mention: Mention) -> str | None:
    entity = found.entity(mention.entity)
    if entity is not None and entity.country:
        return f"gov:{entity.country}"
    return mention.entity


# --- statements ---------------------------------------------------------------


def _content(doc: Doc, comp: Token) -> tuple[int, int]:
    tokens = [t for t in comp.subtree if not t.is_space]
    while len(tokens) > 1 and tokens[0].dep_ == "mark":
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1].is_punct and tokens[-1].text not in _CLOSE + '"':
        tokens.pop()
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _quoted_tokens(doc: Doc, quoted: list[tuple[int, int]]) -> set[int]:
    inside: set[int] = set()
    for start, end in quoted:
        span = doc.char_span(start + 1, end - 1, alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def sentence_bounds(tok: Token) -> tuple[int, int]:
    """Token indexes [start, end) of ``tok``'s sentence (``Token.sent`` walks the whole doc)."""
    doc = tok.doc
    start = tok.i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = tok.i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return start, end


def _reported(doc: Doc, resolver: _Resolver, quoted: list[tuple[int, int]]) -> list[_Statement]:
    found: list[_Statement] = []
    inside = _quoted_tokens(doc, quoted)
    for tok in doc:
        if tok.i in inside:
            continue  # words inside a quotation are the speaker's, not the reporter's
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            statement = _according(doc, tok, resolver)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_VERBS:
            statement = _speech(doc, tok, resolver)
        else:
            continue
        if statement is not None:
            resolver.previous.append(statement.speaker)
            found.append(statement)
    return found


def _speech(doc: Doc, verb: Token, resolver: _Resolver) -> _Statement | None:
    comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if comp is None:
        return None
    subject = _subject(verb)
    if subject is None or comp.left_edge.i <= subject.i <= comp.right_edge.i:
        return None
    speaker = resolver.speaker(subject)
    if speaker is None:
        return None
    start, end = _content(doc, comp)
    return _Statement(verb, verb.text, speaker, start, end)


def _according(doc: Doc, tok: Token, resolver: _Resolver) -> _Statement | None:
    to = next(c for c in tok.children if c.lower_ == "to")
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    clause = tok.head
    sent_start, sent_end = sentence_bounds(tok)
    sentence = doc[sent_start:sent_end]
    a_start, a_end = tok.left_edge.idx, to.right_edge.idx + len(to.right_edge)
    clause_tokens = [t for t in sentence if not t.is_space]
    s_start = clause_tokens[0].idx
    s_end = clause_tokens[-1].idx + len(clause_tokens[-1])
    if a_start - s_start < s_end - a_end:
        start, end = a_end, s_end
    else:
        start, end = s_start, a_start
    text = doc_text(doc)
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.—–-"):
        end -= 1
    if end - start < 3 or clause is None:
        return None
    speaker = resolver.speaker(source)
    if speaker is None:
        return None
    cue = text[tok.idx : to.idx + len(to)]
    return _Statement(tok, cue, speaker, start, end)


def _governing_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb outside a quotation that its words hang from (a speech verb if any)."""
    inside = doc.char_span(start, end, alignment_mode="expand")
    if inside is None:
        return None
    outside = [
        tok.head for tok in inside if not (start <= tok.head.idx < end) and tok.head is not tok
    ]
    for head in outside:
        chain = [head, *head.ancestors]
        for tok in chain[:5]:
            if tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_VERBS:
                return tok
    return None


def find_quotes(doc: Doc, found: EntityMentions) -> list[Quote]:
    """Statements attributed in ``doc`` (a parse of ``Article.body``), in text order."""
    resolver = _Resolver(doc, found)
    text = doc_text(doc)
    quoted = quotation_spans(text)
    statements = _reported(doc, resolver, quoted)
    for q_start, q_end in quoted:
        inner_start, inner_end = q_start + 1, q_end - 1
        if len(text[inner_start:inner_end].split()) < 2:
            continue
        holder = next(
            (s for s in statements if s.content_start < q_end and q_start < s.content_end),
            None,
        )
        if holder is not None:
            holder.direct = True
            if (inner_end - inner_start) >= 0.6 * (holder.content_end - holder.content_start):
                holder.content_start, holder.content_end = inner_start, inner_end
            else:  # a quoted phrase inside reported speech: keep its marks whole
                holder.content_start = min(holder.content_start, q_start)
                holder.content_end = max(holder.content_end, q_end)
            continue
        statement = _attribute_quotation(doc, resolver, statements, inner_start, inner_end)
        if statement is not None:
            statements.append(statement)
    kept = [s for s in statements if not _inside_another(s, statements)]
    return [_to_quote(text, s) for s in sorted(kept, key=lambda s: s.content_start)]


def _inside_another(statement: _Statement, statements: list[_Statement]) -> bool:
    """A continuation ('..., he added') already inside a quotation attributed whole."""
    return any(
        other is not statement
        and other.content_start <= statement.content_start
        and statement.content_end <= other.content_end
        and (other.content_start, other.content_end)
        != (statement.content_start, statement.content_end)
        for other in statements
    )


def _attribute_quotation(
    doc: Doc, resolver: _Resolver, statements: list[_Statement], start: int, end: int
) -> _Statement | None:
    verb = _governing_verb(doc, start, end)
    if verb is not None:
        subject = _subject(verb)
        speaker = resolver.speaker(subject) if subject is not None else None
        if speaker is not None:
            return _Statement(verb, verb.text, speaker, start, end, direct=True)
    # A quotation standing alone continues the statement before it.
    earlier = [s for s in statements if s.content_end <= start]
    if earlier and _standalone(doc_text(doc), start, end):
        last = max(earlier, key=lambda s: s.content_end)
        if doc_text(doc).count("\n\n", last.content_end, start) <= 1:
            return _Statement(last.cue, last.cue_text, last.speaker, start, end, direct=True)
    return None


def _standalone(text: str, start: int, end: int) -> bool:
    """The quotation is a whole paragraph or sentences of its own."""
    before = text[:start].rstrip(' “"«')
    after = text[end:].lstrip(' ”"»')
    return (not before or before[-1] in ".!?\n") and (not after or after[0] in "\n")


def _to_quote(text: str, s: _Statement) -> Quote:
    content_start, content_end = s.content_start, s.content_end
    while content_end > content_start and text[content_end - 1] in ", ":
        content_end -= 1
    content = text[content_start:content_end]
    if content.count("(") > content.count(")") and text[content_end : content_end + 1] == ")":
        content_end += 1
    cue_start = s.cue.idx
    cue_end = cue_start + len(s.cue_text)
    start = min(s.speaker.start, cue_start, content_start)
    end = max(s.speaker.end, cue_end, content_end)
    return Quote(
        start=start,
        end=end,
        content=text[content_start:content_end],
        speaker=s.speaker.text,
        speaker_kind=s.speaker.kind,
        cue=s.cue_text,
        direct=s.direct,
        speaker_entity=s.speaker.entity,
        speaker_start=s.speaker.start,
        speaker_end=s.speaker.end,
        content_start=content_start,
        content_end=content_end,
    )
