"""newsdesk: a news intelligence engine.

The public Python API is this module's names; everything else is internal.

    extract_html(html, url=None, captured_at=None) -> Article
    extract_capture(text, captured_at) -> list[Article]
    analyse(article) -> Analysis
    geocode_mentions(text, spans) -> list[Place | None]
    code_events(text, published=None) -> list[dict]
    cluster_stream(items) -> list[str]
    Desk(db)  # the store: ingest, articles, search, ...

Heavy resources (spaCy, the gazetteer) load on first use, not on import.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from newsdesk.records import Analysis, Article, ExtractedTime, Place, RawDocument

if TYPE_CHECKING:
    from newsdesk.desk import Desk

__version__ = "0.1.0"

# ``newsdesk.analyse(article)`` is the stage package ``newsdesk.analyse`` itself, made
# callable (see its ``_CallableModule``): a function of that name here hid the package,
# so that ``import newsdesk.analyse.places`` failed. Type checkers see the function below.
if TYPE_CHECKING:

    def analyse(article: Article, *, nlp: Any = None, gazetteer: Any = None) -> Analysis:
        """Mentions, entities (people, groups, governments, places), places and quotes of an
        article; offsets are into ``article.body``. spaCy and the gazetteer load on first
        use."""
        ...

else:
    analyse = importlib.import_module("newsdesk.analyse")

__all__ = [
    "Analysis",
    "Article",
    "Desk",
    "ExtractedTime",
    "Place",
    "RawDocument",
    "analyse",
    "analyse_many",
    "cluster_stream",
    "code_events",
    "extract_capture",
    "extract_html",
    "geocode_mentions",
]


def extract_html(
    html: str | bytes,
    url: str | None = None,
    captured_at: datetime | None = None,
    hints: Mapping[str, Any] | None = None,
) -> Article:
    """The article in one HTML page: headline, authors, dates, body, canonical URL.

    ``hints``: evidence from a feed or sitemap ('title', 'published', 'modified' ISO
    strings, 'charset'), used where the page says nothing."""
    from newsdesk.extract.html import extract_html as run

    return run(html, url=url, captured_at=captured_at, hints=dict(hints) if hints else None)


def extract_capture(text: str, captured_at: datetime) -> list[Article]:
    """The articles in a plain-text page capture; relative stamps resolve against captured_at."""
    from newsdesk.extract.capture import extract_capture as run

    return run(text, captured_at)


def analyse_many(articles: Iterable[Article]) -> list[Analysis]:
    """Analyses of many articles, parsed in batches (``nlp.pipe``)."""
    from newsdesk.analyse import analyse_many as run

    return run(articles)


def geocode_mentions(text: str, spans: list[tuple[int, int]]) -> list[Place | None]:
    """GeoNames places for the toponyms at ``spans`` of ``text``, resolved together, offline."""
    from newsdesk.analyse import geocode_mentions as run

    return run(text, spans)


def code_events(text: str, published: datetime | None = None) -> list[dict[str, Any]]:
    """PLOVER event records (as in the plover export) for a text, without a database;
    relative dates ("last weekend") resolve against ``published``."""
    from newsdesk.analyse.events import code_events as run

    return run(text, published)


def cluster_stream(items: Iterable[Mapping[str, Any]]) -> list[str]:
    """Story id per item of a stream of dicts (id, headline, optional body, aware published)."""
    from newsdesk.stories import cluster_stream as run

    return run(items)


def __getattr__(name: str) -> Any:
    if name == "Desk":
        from newsdesk.desk import Desk

        return Desk
    raise AttributeError(f"module 'newsdesk' has no attribute {name!r}")
