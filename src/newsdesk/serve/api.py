"""The JSON API under ``/api/``: thin routes over ``serve.views``."""

from __future__ import annotations

import hmac
import json
import re
from datetime import datetime
from typing import Annotated, Any, get_args

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import AfterValidator, BeforeValidator

from newsdesk.analyse.plover_lexicon import EVENT_TYPES
from newsdesk.desk import Desk
from newsdesk.errors import InputError
from newsdesk.records import SpeakerKind, in_handled_range, utc
from newsdesk.serve import linked, models, views
from newsdesk.serve.errors import BodyTooLargeError, UnauthorizedError, WritingDisabledError

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": models.Error, "description": "Bad input (the message says which and why)"},
    422: {"model": models.Error, "description": "A parameter has the wrong type or range"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    404: {"model": models.Error, "description": "No such record"},
}

router = APIRouter(prefix="/api", responses=ERRORS)
bearer = HTTPBearer(auto_error=False, description="The server's NEWSDESK_API_TOKEN")


def get_desk(request: Request) -> Desk:
    desk: Desk = request.app.state.desk
    return desk


DeskDep = Annotated[Desk, Depends(get_desk)]
Limit = Annotated[int, Query(ge=1, le=views.MAX_LIMIT, description="Items per page.")]
RecordId = Annotated[int, Path(ge=1, le=views.MAX_ID)]
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _iso_time(value: object) -> object:
    # Pydantic would also take 0.5 as a Unix time; the API speaks ISO 8601 only.
    if isinstance(value, str) and not _ISO_TIME.match(value):
        raise ValueError("expected an ISO 8601 date-time such as 2025-11-12T10:00:00Z")
    return value


def _utc_time(value: datetime | None) -> datetime | None:
    # 9999-12-31T23:59:59-12:00 parses but has no UTC instant: a 422, not a 500.
    if value is not None and not in_handled_range(value):
        raise ValueError("out of the range of dates newsdesk handles")
    return value


Time = Annotated[datetime | None, BeforeValidator(_iso_time), AfterValidator(_utc_time)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]


def _event_type(value: str | None) -> str | None:
    # A typo would otherwise list nothing, as if no such event had happened.
    if value is not None and value.upper() not in EVENT_TYPES:
        raise ValueError(f"not a PLOVER event type ({', '.join(EVENT_TYPES)})")
    return value


def _speaker_kind(value: str | None) -> str | None:
    kinds = get_args(SpeakerKind)
    if value is not None and value not in kinds:
        raise ValueError(f"not a speaker kind ({', '.join(kinds)})")
    return value


EventType = Annotated[
    str | None, AfterValidator(_event_type), Query(description="PLOVER event type")
]
Speaker = Annotated[str | None, AfterValidator(_speaker_kind), Query(description="Speaker kind")]


def _when(value: datetime | None) -> datetime | None:
    return utc(value) if value is not None else None


@router.get("/articles", response_model=models.ArticlePage, summary="List articles")
def list_articles(
    desk: DeskDep,
    source: str | None = None,
    entity: Annotated[str | None, Query(description="Entity key, e.g. org:ttp")] = None,
    event_type: EventType = None,
    language: str | None = None,
    since: Annotated[Time, Query(description="From this time (inclusive)")] = None,
    until: Annotated[Time, Query(description="Before this time")] = None,
    with_copies: Annotated[bool, Query(description="Include near-duplicate copies")] = False,
    limit: Limit = 20,
    cursor: Annotated[
        str | None,
        Query(description="next_cursor of the previous page", pattern="^[A-Za-z0-9_-]+$"),
    ] = None,
) -> dict[str, Any]:
    """Articles, latest first, with cursor pagination and filters."""
    query = views.ArticleQuery(
        source=source,
        entity=entity,
        event_type=event_type,
        language=language,
        since=_when(since),
        until=_when(until),
        with_copies=with_copies,
    )
    return views.articles(desk, query, limit=limit, cursor=cursor)


@router.get(
    "/articles/{article_id}",
    response_model=models.ArticleDetail,
    responses=NOT_FOUND,
    summary="One article with everything extracted",
)
def get_article(desk: DeskDep, article_id: RecordId) -> dict[str, Any]:
    return views.article(desk, article_id)


@router.get("/search", response_model=models.SearchResult, summary="Full-text search")
def search(
    desk: DeskDep,
    q: Annotated[str, Query(description="Words to find (all must match)", max_length=500)],
    source: str | None = None,
    language: str | None = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Matches with highlighted snippets, and facet counts (source, language, year)."""
    return views.search(desk, q, source=source, language=language, limit=limit, offset=offset)


@router.get("/entities", response_model=models.Listing, summary="Entities")
def list_entities(
    desk: DeskDep,
    q: Annotated[str | None, Query(description="Name or alias contains")] = None,
    kind: str | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """People, organisations, groups, governments and places, most mentioned first."""
    return linked.entities(desk, q=q, kind=kind, limit=limit, offset=offset)


@router.get(
    "/entities/{key}",
    response_model=models.Record,
    responses=NOT_FOUND,
    summary="One entity: profile, aliases, articles, quotes, events",
)
def get_entity(desk: DeskDep, key: str) -> dict[str, Any]:
    return linked.entity(desk, key)


@router.get("/quotes", response_model=models.Listing, summary="Quotes and attributed claims")
def list_quotes(
    desk: DeskDep,
    speaker_kind: Speaker = None,
    entity: Annotated[str | None, Query(description="Speaker entity key")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    return linked.quotes(desk, speaker_kind=speaker_kind, entity=entity, limit=limit, offset=offset)


@router.get("/events", response_model=models.Listing, summary="PLOVER events")
def list_events(
    desk: DeskDep,
    event_type: EventType = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Events in PLOVER JSON (event, mode, context, actor, recipient, event_loc, date ...)."""
    return linked.events(desk, event_type=event_type, limit=limit, offset=offset)


@router.get("/stories", response_model=models.Listing, summary="Stories, latest active first")
def list_stories(desk: DeskDep, limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
    return linked.stories(desk, limit=limit, offset=offset)


@router.get(
    "/stories/{story_id}",
    response_model=models.Record,
    responses=NOT_FOUND,
    summary="One story with its articles, copies and timeline",
)
def get_story(desk: DeskDep, story_id: RecordId) -> dict[str, Any]:
    return linked.story(desk, story_id)


@router.get("/sources", response_model=models.SourceList, summary="Sources")
def list_sources(desk: DeskDep) -> dict[str, Any]:
    return views.sources(desk)


# --- writing --------------------------------------------------------------------------

_INGEST_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": models.IngestRequest.model_json_schema()},
            "text/html": {"schema": {"type": "string"}},
            "text/plain": {"schema": {"type": "string"}},
        },
    }
}


def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> None:
    token: str | None = request.app.state.desk.settings.api_token
    if not token:
        raise WritingDisabledError(
            "writing is disabled on this server: start it with NEWSDESK_API_TOKEN set"
        )
    given = credentials.credentials if credentials else ""
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise UnauthorizedError("send the server's token as 'Authorization: Bearer <token>'")


@router.post(
    "/ingest",
    response_model=models.IngestResult,
    responses={
        401: {"model": models.Error, "description": "Missing or wrong token"},
        403: {"model": models.Error, "description": "Writing is disabled (no token set)"},
        413: {"model": models.Error, "description": "Body larger than the input limit"},
    },
    dependencies=[Depends(require_token)],
    openapi_extra=_INGEST_BODY,
    summary="Ingest a page (HTML or a text capture) or a URL",
)
async def ingest(
    request: Request,
    desk: DeskDep,
    url: Annotated[str | None, Query(description="Page URL (for raw bodies)")] = None,
    captured_at: Annotated[Time, Query(description="Capture time")] = None,
    source: str | None = None,
) -> dict[str, Any]:
    """Send `text/html` or `text/plain` as the body (with `url`, `captured_at`, `source` as
    query parameters), or JSON `{"html"|"text"|"url", "captured_at", "source"}`. A URL alone
    is fetched. Needs `Authorization: Bearer <token>`."""
    body = await _read_body(request, desk.settings.max_input_bytes)
    media_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    content: bytes | None = body
    if media_type == "application/json":
        fields = _json_fields(body)
        url = fields.url or url
        source = fields.source or source
        if fields.captured_at:
            captured_at = _parse_time(fields.captured_at)
        if fields.html is not None:
            content, media_type = fields.html.encode(), "text/html"
        elif fields.text is not None:
            content, media_type = fields.text.encode(), "text/plain"
        else:
            content = None
    elif media_type in {"text/html", "application/xhtml+xml"}:
        media_type = "text/html"
    elif media_type in {"text/plain", ""}:
        media_type = "text/plain"
    else:
        raise InputError(
            f"unsupported content type {media_type!r}: send text/html, text/plain or JSON"
        )
    return await run_in_threadpool(
        views.ingest,
        desk,
        content=content,
        media_type=media_type,
        url=url,
        captured_at=_when(captured_at),
        source=source,
    )


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise BodyTooLargeError(f"body of {declared} bytes is over the limit of {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLargeError(f"body is over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _json_fields(body: bytes) -> models.IngestRequest:
    try:
        data = json.loads(body or b"null")
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"the JSON body does not parse: {exc}") from None
    if not isinstance(data, dict):
        raise InputError("the JSON body must be an object with html, text or url")
    for name, value in data.items():
        # JSON may escape half a surrogate pair ("\ud800"): no text can hold it.
        if isinstance(value, str) and not _is_unicode(value):
            raise InputError(
                f"the JSON body is not valid: {name} holds a lone surrogate (\\ud800-\\udfff), "
                "which is not Unicode text"
            )
    try:
        return models.IngestRequest.model_validate(data)
    except ValueError as exc:
        first = str(exc).splitlines()[1:3]
        raise InputError(f"the JSON body is not valid: {' '.join(first)}") from None


def _is_unicode(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _parse_time(value: str) -> datetime:
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"captured_at: {value!r} is not an ISO 8601 time") from None
    if not in_handled_range(when):
        raise InputError(f"captured_at: {value!r} is out of the range of dates newsdesk handles")
    return utc(when)
