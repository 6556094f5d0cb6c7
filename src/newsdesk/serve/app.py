"""The web application: JSON API under /api/, pages elsewhere, errors that never leak.

>>> from newsdesk.desk import Desk                       # doctest: +SKIP
>>> app = create_app(Desk("news.db"))                    # doctest: +SKIP
>>> uvicorn.run(app, host="127.0.0.1", port=8000)        # doctest: +SKIP
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsdesk.desk import Desk
from newsdesk.errors import NewsdeskError
from newsdesk.serve import api, web
from newsdesk.serve.errors import status_of

log = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"

DESCRIPTION = """Articles, full-text search, entities, quotes, PLOVER events, stories and
sources of a newsdesk database. Reading is open; `POST /api/ingest` needs the server's token
(`NEWSDESK_API_TOKEN`) as `Authorization: Bearer <token>`. Errors are JSON objects
`{"error": "...", "status": N}`."""


def create_app(desk: Desk) -> FastAPI:
    """A FastAPI app serving ``desk``'s database."""
    app = FastAPI(
        title="newsdesk",
        version="0.1.0",
        description=DESCRIPTION,
        openapi_url="/api/openapi.json",
        docs_url=None,  # Swagger UI loads from a CDN; the schema itself is the documentation
        redoc_url=None,
    )
    app.state.desk = desk
    app.include_router(api.router)
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _install_error_handlers(app)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def _error(
    request: Request, status: int, message: str, headers: dict[str, str] | None = None
) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": message, "status": status}, status, headers=headers)
    return web.error_page(request, status, message)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "request"
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(NewsdeskError)
    async def newsdesk_error(request: Request, exc: NewsdeskError) -> Response:
        status = status_of(exc)
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return _error(request, status, str(exc), headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        status = 422 if _wants_json(request) else 400
        return _error(request, status, _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        headers: dict[str, Any] | None = getattr(exc, "headers", None)
        return _error(request, exc.status_code, message, headers)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        # Logged here with its traceback; the client only learns that it failed.
        log.exception("internal error on %s %s", request.method, request.url.path)
        return _error(request, 500, "internal error: the server could not answer this request")
