"""Finding and trimming the spans of names in a parsed ``Doc``.

spaCy's entities, repaired where news names defeat it (a hyphenated name it splits is
joined, a demonym before an organisation is kept with it), every "Long Name (ACR)"
definition found in the text itself, each span trimmed of what no name holds (a
possessive, a dangling word, a clause, a score or a tally, a title after a body's name),
a word dropped that is a name only because it opens a sentence ("Rice production"), and
a name dropped that is only part of a quoted title (“Takin’ It to the Streets”).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsdesk.analyse.countries import (
    country_of_demonym,
)
from newsdesk.analyse.entity_common import (
    ARABIC_ARTICLES,
    ROLE_WORDS,
    _country_or_capital,
    _Found,
    _slug,
    _words,
    initials,
)
from newsdesk.analyse.known_names import RULER_ID
from newsdesk.analyse.nlp import doc_text
from newsdesk.analyse.plover_dictionary import lookup_body, lookup_person

# --- finding spans ------------------------------------------------------------


_LABELS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "nationality",
}


_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Z0-9&-]{1,9})\)")


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


def _given_name_before(ent: Span) -> Token | None:
    """'Imran' of 'Imran Baloch', which the model split as a name and a people ('Baloch'
    NORP): a capitalised name word in no entity that modifies the people word as a noun."""
    if ent.label_ != "NORP" or len(ent) != 1 or ent.start == 0:
        return None
    root, prev = ent.root, ent.doc[ent.start - 1]
    if root.pos_ != "PROPN" or root.dep_ == "amod" or root.text.endswith("s"):
        return None
    if prev.ent_type_ or prev.pos_ != "PROPN" or not prev.is_title or prev.head.i != root.i:
        return None
    role = prev.lower_.rstrip(".") in ROLE_WORDS
    return prev if prev.dep_ == "compound" and not role else None


def _spacy_spans(doc: Doc) -> list[_Found]:
    out = []
    for ent in doc.ents:
        kind = _LABELS.get(ent.label_)
        if kind is None:
            continue
        start = ent.start_char
        given = _given_name_before(ent)
        if given is not None:
            out.append(_Found(given.idx, ent.end_char, "person", "PERSON", head=ent.root))
            continue
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


_ARTICLE_TAIL = re.compile(
    r" (?:" + "|".join(sorted(ARABIC_ARTICLES, key=len, reverse=True)) + r")-[A-Z][\w']*"
)


def _join_hyphenated(text: str, spans: list[_Found]) -> list[_Found]:
    """'Tehreek' + '-e-Taliban' + ' Pakistan' -> one name; 'Afghan' + 'Taliban' -> one."""
    joined: list[_Found] = []
    starts = [s.start for s in spans]
    for span in sorted(spans, key=lambda s: s.start):
        # '-e-Taliban', '-Baltistan'; never '-winning' or '-inspired'
        tail = re.match(r"(?:-(?:[a-z]{1,3}-)*[A-Z][\w']*)+", text[span.end :])
        if tail and span.kind in ("organisation", "person"):
            span.end += tail.end()
        # 'Deir' + ' ez-Zor', 'Abu Bakr' + ' al-Baghdadi': the Arabic article and its name
        # when the model found no name there ("bin Laden's al-Qaeda" are two)
        elif (
            (tail := _ARTICLE_TAIL.match(text, span.end))
            and span.kind != "nationality"
            and not any(span.end < s < tail.end() for s in starts)
        ):
            span.end = tail.end()
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
    out = _titles_of_works(text, out)
    for span in out:
        if span.head is None or not span.start <= span.head.idx < span.end:
            char_span = doc.char_span(span.start, span.end, alignment_mode="expand")
            span.head = char_span.root if char_span is not None else None
    return out


# A short quoted phrase in title case: the title of a song, a film, a book, a column.
# (Its quote marks open before a word and close after one: the gap between two quotes,
# '" Adams and Boeing "', is none.)
_QUOTED = re.compile(r"(?<![\w.,!?])[“\"](?=\S)([^“”\"\n]{3,80}?)[,.!?]?(?<=\S)[”\"](?!\w)")
_SMALL_WORDS = _words("a an the of and or to in on for at by with from it is")


def _titles_of_works(text: str, spans: list[_Found]) -> list[_Found]:
    """Drop a person or an organisation that is only part of a quoted title ('Takin' and
    'Streets' of “Takin’ It to the Streets”, both of “Melvin and Howard”): a quoted phrase of
    two to eight words, each capitalised but for small words. The whole phrase as a name
    stays (“Mary Poppins”), as do places ('Death to America') and names the actor
    dictionary knows."""
    if "“" not in text and '"' not in text:
        return spans
    titles = []
    for match in _QUOTED.finditer(text):
        words = match.group(1).split()
        if 2 <= len(words) <= 8 and all(
            w[0].isupper() or w.lower() in _SMALL_WORDS for w in words if w[0].isalpha()
        ):
            titles.append((match.start(1), match.start(1) + len(match.group(1).strip())))
    if not titles:
        return spans
    out = []
    for span in spans:
        inside = any(
            a <= span.start and span.end <= b and (a, b) != (span.start, span.end)
            for a, b in titles
        )
        if inside and span.kind in ("person", "organisation") and not (span.known or span.key):
            name = text[span.start : span.end]
            if lookup_person(name) is None and lookup_body(name) is None:
                continue
        out.append(span)
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
