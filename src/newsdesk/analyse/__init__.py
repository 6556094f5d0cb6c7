"""analyse stage: Article -> Analysis (mentions, entities, places, quotes).

    analyse(article, *, nlp=None, gazetteer=None) -> Analysis
    analyse_doc(article, ...) -> (Doc, Analysis)   # the parse, for the event coder
    analyse_many(articles) -> list[Analysis]       # batched with nlp.pipe
    analyse_docs(articles) -> Iterator[(Doc, Analysis)]
    geocode_mentions(text, spans) -> list[Place | None]
    get_nlp() -> spacy.Language

The spaCy pipeline and the gazetteer load on first use, once per process.
Offsets in the result are into ``Article.body``.

A text that is not English (``language.looks_english`` on the tokens alone) is not parsed:
its analysis is empty and its doc is the tokenised text only, with no sentences, which the
event coder codes as no events. The English model's tags, parse and names there are noise.
"""

from __future__ import annotations

import re
import sys
import types
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newsdesk.records import Analysis, Article, Place

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from newsdesk.analyse.gazetteer import Gazetteer

__all__ = [
    "analyse",
    "analyse_doc",
    "analyse_docs",
    "analyse_many",
    "analyse_parsed",
    "geocode_mentions",
    "get_nlp",
]


def get_nlp() -> Language:
    """The spaCy pipeline, loaded once per process."""
    from newsdesk.analyse.nlp import get_nlp as load

    return load()


def _source_country(article: Article) -> str | None:
    from newsdesk.analyse.places import source_country_of

    return source_country_of(article.canonical_url or article.url)


MAX_CHARS = 200_000
"""Only the first 200,000 characters of a body are analysed (about 35,000 words, far beyond
any news article): the parser's memory grows with the text, and spaCy refuses a text
over ``nlp.max_length``. Offsets stay offsets into the full body."""


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _text(article: Article) -> str:
    # spaCy cannot hash a lone surrogate (a caller's broken string); one U+FFFD for each
    # keeps every offset
    return _LONE_SURROGATE.sub("\ufffd", article.body[:MAX_CHARS])


def analyse_parsed(article: Article, doc: Doc, *, gazetteer: Gazetteer | None = None) -> Analysis:
    """The analysis of an article whose body is already parsed into ``doc``."""
    from newsdesk.analyse.entities import find_entities
    from newsdesk.analyse.quotes import find_quotes

    found = find_entities(doc, gazetteer=gazetteer, source_country=_source_country(article))
    quotes = find_quotes(doc, found)
    return Analysis(mentions=found.mentions, entities=found.entities, quotes=quotes)


def _tokens(pipeline: Language, article: Article) -> tuple[Doc, bool]:
    """The body tokenised (cheap: no tagger, parser or NER) and whether it is English."""
    from newsdesk.analyse.language import looks_english

    doc = pipeline.make_doc(_text(article))
    return doc, looks_english(doc)


def analyse_doc(
    article: Article, *, nlp: Language | None = None, gazetteer: Gazetteer | None = None
) -> tuple[Doc, Analysis]:
    """Parse the body once; return the parse (for the event coder) and the analysis.

    A body that is not English is not parsed: its doc is only tokenised, its analysis empty."""
    pipeline = nlp or get_nlp()
    doc, english = _tokens(pipeline, article)
    if not english:
        return doc, Analysis()
    doc = pipeline(doc)
    return doc, analyse_parsed(article, doc, gazetteer=gazetteer)


def analyse(
    article: Article, *, nlp: Language | None = None, gazetteer: Gazetteer | None = None
) -> Analysis:
    """Mentions, entities, places and quotes of one article."""
    return analyse_doc(article, nlp=nlp, gazetteer=gazetteer)[1]


def analyse_docs(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    gazetteer: Gazetteer | None = None,
) -> Iterator[tuple[Doc, Analysis]]:
    """(parse, analysis) for each article, in order, parsing in batches with ``nlp.pipe``.

    Only English bodies go through the pipe; one that is not English comes back in its place
    as tokens with an empty analysis, without holding up or reordering the parsed ones."""
    from newsdesk.analyse.nlp import BATCH_SIZE

    pipeline = nlp or get_nlp()
    # Every article tokenised so far, in order; the pipe reads ahead of what it yields, so
    # when it yields an article, all those before it are here.
    pending: deque[tuple[Doc, Article, bool]] = deque()

    def english() -> Iterator[tuple[Doc, Article]]:
        for article in articles:
            doc, is_english = _tokens(pipeline, article)
            pending.append((doc, article, is_english))
            if is_english:
                yield doc, article

    for doc, article in pipeline.pipe(english(), as_tuples=True, batch_size=BATCH_SIZE):
        while not pending[0][2]:
            yield pending.popleft()[0], Analysis()
        pending.popleft()
        yield doc, analyse_parsed(article, doc, gazetteer=gazetteer)
    for doc, _, _ in pending:  # not English, after the last English article
        yield doc, Analysis()


def analyse_many(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[Analysis]:
    """Analyses of many articles, parsed in batches."""
    return [a for _, a in analyse_docs(articles, nlp=nlp, gazetteer=gazetteer)]


def geocode_mentions(
    text: str, spans: list[tuple[int, int]], *, source_country: str | None = None
) -> list[Place | None]:
    """Geocode the toponyms at ``spans`` of ``text`` jointly (GeoNames, offline)."""
    from newsdesk.analyse.places import geocode_mentions as run

    return run(text, spans, source_country=source_country)


class _CallableModule(types.ModuleType):
    """This package, callable as its ``analyse``: the public ``newsdesk.analyse(article)``
    is the package itself, so that ``import newsdesk.analyse.places`` keeps working (a
    function of that name in ``newsdesk`` hid the package from the import system)."""

    def __call__(
        self,
        article: Article,
        *,
        nlp: Language | None = None,
        gazetteer: Gazetteer | None = None,
    ) -> Analysis:
        """Mentions, entities, places and quotes of one article (see ``analyse``)."""
        return analyse(article, nlp=nlp, gazetteer=gazetteer)


sys.modules[__name__].__class__ = _CallableModule
