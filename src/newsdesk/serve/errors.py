"""Errors of the serve layer and the HTTP status each error class stands for."""

from __future__ import annotations

from newsdesk.errors import (
    ExtractionError,
    FetchError,
    InputError,
    NewsdeskError,
    StoreError,
)


class NotFoundError(NewsdeskError):
    """The thing asked for does not exist."""


class WritingDisabledError(NewsdeskError):
    """Writing through the API is not configured: no token is set."""


class UnauthorizedError(NewsdeskError):
    """Writing needs `Authorization: Bearer <token>` and it is missing or wrong."""


class BodyTooLargeError(InputError):
    """The request body exceeds the input size limit."""


STATUS: list[tuple[type[Exception], int]] = [
    (NotFoundError, 404),
    (UnauthorizedError, 401),
    (WritingDisabledError, 403),
    (BodyTooLargeError, 413),
    (FetchError, 400),
    (ExtractionError, 400),
    (InputError, 400),
    (StoreError, 503),
    (NewsdeskError, 400),
]


def status_of(exc: Exception) -> int:
    """The HTTP status for a newsdesk error (500 for anything unexpected)."""
    for kind, status in STATUS:
        if isinstance(exc, kind):
            return status
    return 500
