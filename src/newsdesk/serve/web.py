"""Server-rendered pages (Jinja2): each page shows what one ``serve.views`` function returns."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path as FilePath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from newsdesk.acquire.urls import is_web_url
from newsdesk.desk import Desk
from newsdesk.serve import linked, views

TEMPLATES = FilePath(__file__).resolve().parent / "templates"

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=TEMPLATES)


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def ago(value: str | None, now: datetime | None = None) -> str:
    """'just now', '5 minutes ago', '3 hours ago', '2 days ago', '4 months ago', '1 year ago'."""
    when = _parse(value)
    if when is None:
        return ""
    seconds = ((now or datetime.now(UTC)) - when).total_seconds()
    if seconds < 0:
        return "in the future"
    for unit, size in (
        ("year", 365 * 86400),
        ("month", 30 * 86400),
        ("day", 86400),
        ("hour", 3600),
        ("minute", 60),
    ):
        if seconds >= size:
            count = int(seconds // size)
            return f"{count} {unit}{'s' if count > 1 else ''} ago"
    return "just now"


def when(value: str | None) -> str:
    """An ISO time as '12 Nov 2025 05:00 UTC'."""
    parsed = _parse(value)
    return parsed.astimezone(UTC).strftime("%d %b %Y %H:%M UTC") if parsed else ""


templates.env.filters["ago"] = ago
templates.env.filters["when"] = when
templates.env.filters["entity_href"] = views.entity_href
templates.env.tests["web_url"] = is_web_url  # only http(s) addresses become links


def get_desk(request: Request) -> Desk:
    desk: Desk = request.app.state.desk
    return desk


DeskDep = Annotated[Desk, Depends(get_desk)]
RecordId = Annotated[int, Path(ge=1, le=views.MAX_ID)]


def render(request: Request, name: str, data: dict[str, Any], status: int = 200) -> Response:
    return templates.TemplateResponse(request, name, {"data": data}, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    response = templates.TemplateResponse(
        request, "error.html", {"data": {"status": status, "message": message}}, status_code=status
    )
    return response


@router.get("/", response_class=HTMLResponse)
def latest(
    request: Request,
    desk: DeskDep,
    source: str | None = None,
    entity: str | None = None,
    event_type: str | None = None,
    language: str | None = None,
    cursor: str | None = None,
) -> Response:
    query = views.ArticleQuery(
        source=source or None,
        entity=entity or None,
        event_type=event_type or None,
        language=language or None,
    )
    return render(request, "latest.html", views.articles(desk, query, limit=25, cursor=cursor))


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    desk: DeskDep,
    q: Annotated[str, Query(max_length=500)] = "",
    source: str | None = None,
    language: str | None = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> Response:
    if not q.strip():
        return render(request, "search.html", {"query": "", "items": [], "total": 0})
    data = views.search(
        desk, q, source=source or None, language=language or None, limit=20, offset=offset
    )
    return render(request, "search.html", data)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, desk: DeskDep, article_id: RecordId) -> Response:
    return render(request, "article.html", views.article_page(desk, article_id))


@router.get("/stories", response_class=HTMLResponse)
def stories(
    request: Request, desk: DeskDep, offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0
) -> Response:
    return render(request, "stories.html", linked.stories(desk, limit=30, offset=offset))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, desk: DeskDep, story_id: RecordId) -> Response:
    return render(request, "story.html", linked.story_page(desk, story_id))


@router.get("/entities", response_class=HTMLResponse)
def entities(
    request: Request,
    desk: DeskDep,
    q: str | None = None,
    kind: str | None = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> Response:
    data = linked.entities(desk, q=q or None, kind=kind or None, limit=60, offset=offset)
    return render(request, "entities.html", {**data, "q": q or "", "kind": kind or ""})


@router.get("/entities/{key:path}", response_class=HTMLResponse)
def entity(request: Request, desk: DeskDep, key: str) -> Response:
    return render(request, "entity.html", linked.entity_page(desk, key))


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, desk: DeskDep) -> Response:
    return render(request, "sources.html", views.sources(desk))
