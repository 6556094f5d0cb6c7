"""Whether a text is English: the analyse stage parses and reads only English.

The test needs only a tokenised ``Doc`` (``nlp.make_doc``, no tagger, parser or NER), so a
text in another language is recognised before the English pipeline's expensive steps run.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.analyse.nlp import doc_text

_KEY = "newsdesk.english"


def looks_english(doc: Doc) -> bool:
    """Whether the text reads as English. Not if most of its letters are of another script
    (Cyrillic, Hangul, kana); else English function words ('the', 'of', 'is') must be at
    least 14% of the distinct uncapitalised words among its first 1,000 (20-35% in English
    prose, under 10% in German, Portuguese or Indonesian). A text with fewer than 20 such
    words (a headline, a table of scores) is taken as English.

    Only the tokens' lexical attributes are read, so a tokenised doc and its parse get the
    same answer; it is kept on the doc and not worked out again after the parse."""
    known = doc.user_data.get(_KEY)
    if isinstance(known, bool):
        return known
    answer = doc.user_data[_KEY] = _reads_english(doc)
    return answer


def _reads_english(doc: Doc) -> bool:
    letters = [c for c in doc_text(doc)[:5000] if c.isalpha()]
    if sum(1 for c in letters if c > "\u024f") * 2 > len(letters):
        return False
    words = {t.lower_ for t in doc[:1000] if t.is_alpha and not t.is_title and not t.is_upper}
    if len(words) < 20:
        return True
    return sum(1 for w in words if doc.vocab[w].is_stop) >= 0.14 * len(words)
