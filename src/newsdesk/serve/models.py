"""Response shapes of the JSON API, for its OpenAPI schema.

They describe what ``serve.views`` returns; extra keys are allowed so that a stage adding a
field never breaks a response.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Error(BaseModel):
    error: str = Field(description="What went wrong, in words fit for the user.")
    status: int


class ArticleSummary(_Open):
    id: int
    headline: str
    author: list[str]
    source: str | None = None
    publisher: str | None = None
    url: str | None = None
    inLanguage: str | None = None
    dateline: str | None = None
    datePublished: str | None = None
    datePublishedMethod: str | None = None
    dateModified: str | None = None
    capturedAt: str | None = None
    description: str | None = None


class ListedArticle(ArticleSummary):
    sortTime: str | None = Field(None, description="The time the list is ordered by.")


class ArticlePage(_Open):
    filters: dict[str, str]
    entityName: str | None = Field(None, description="Name of the entity filtered on.")
    items: list[ListedArticle]
    next_cursor: str | None = Field(
        None, description="Pass as `cursor` for the next page; null on the last page."
    )


class TimeInfo(_Open):
    value: str | None
    method: str
    precision: str
    evidence: str


class ProvenanceRow(_Open):
    field: str
    value: str | None
    how: str


class ArticleDetail(_Open):
    id: int
    headline: str
    author: list[str]
    datePublished: str | None = None
    dateModified: str | None = None
    datePublishedInfo: TimeInfo | None = None
    dateModifiedInfo: TimeInfo | None = None
    dateline: str | None = None
    articleBody: str
    description: str | None = None
    inLanguage: str | None = None
    url: str | None = None
    sourceUrl: str | None = None
    publisher: str | None = None
    source: str | None = None
    capturedAt: str | None = None
    capturedAtMethod: str | None = None
    provenance: list[ProvenanceRow]
    analysis: dict[str, Any] | None = Field(
        None, description="Mentions, entities, places, quotes, PLOVER events, sourcing."
    )
    story: dict[str, Any] | None = None


class SearchItem(ArticleSummary):
    snippet: str = Field(description="Safe HTML: escaped text with <mark> around matches.")
    rank: float


class FacetValue(BaseModel):
    value: str
    count: int


class SearchResult(_Open):
    query: str
    filters: dict[str, str]
    total: int
    offset: int
    limit: int
    items: list[SearchItem]
    facets: dict[str, list[FacetValue]]


class SourceItem(_Open):
    name: str
    configured: bool
    articles: int
    latest: str | None = None


class SourceList(_Open):
    items: list[SourceItem]


class Listing(_Open):
    items: list[dict[str, Any]]
    next_offset: int | None = None


class Record(_Open):
    """One entity or story, with what is linked to it."""


class IngestedArticle(BaseModel):
    id: int
    status: str = Field(description="new, updated or unchanged")


class IngestResult(BaseModel):
    articles: list[IngestedArticle]


class IngestRequest(BaseModel):
    html: str | None = Field(None, description="A saved HTML page.")
    text: str | None = Field(None, description="A plain-text page capture.")
    url: str | None = Field(
        None, description="Where the page is from; fetched when no html or text is given."
    )
    captured_at: str | None = Field(
        None, description="ISO 8601 capture time (relative stamps resolve against it)."
    )
    source: str | None = None
