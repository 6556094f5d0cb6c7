"""Word tokens for story grouping: content words for clustering, raw words for shingles."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9$€£]+(?:['’][a-z]+)?")
_ELLIPSIS = re.compile(r"\.\.\.|…")

# Function words and newsroom boilerplate: they join unrelated headlines and carry no topic.
_STOP_TEXT = """
    a about above after again against all also am amid among an and any are as at be because been
    before being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in into is
    it its itself just me more most my myself no nor not now of off on once only or other our
    ours out over own same she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up upon us very via vs was we were what
    when where which while who whom why will with would you your yours yourself new says say said
    saying tells told according report reports reported update updated live watch video photos
    one two first last get gets got make makes made may might must shall still yet
    """
STOP_WORDS = frozenset(_STOP_TEXT.split())


def words(text: str) -> list[str]:
    """Lower-cased word tokens, possessives dropped (``Xbox's`` -> ``xbox``)."""
    out = []
    for raw in _WORD.findall(_ELLIPSIS.sub(" ", text.lower())):
        word = raw.replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        out.append(word.replace("'", ""))
    return out


def _fold_plural(word: str) -> str:
    # Cheap plural folding so that "talks"/"talk" and "sales"/"sale" meet; not a stemmer.
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_words(text: str) -> list[str]:
    """Topic-bearing words: no stop words, no one-letter tokens, plurals folded."""
    return [_fold_plural(w) for w in words(text) if len(w) > 1 and w not in STOP_WORDS]


def lead(body: str, max_words: int) -> str:
    """The first ``max_words`` words of a body (its lead), as text."""
    parts = body.split(maxsplit=max_words)
    return " ".join(parts[:max_words])
