"""Settings from environment variables (and command-line overrides).

Every setting has an environment variable so that the CLI, the server and a
cluster worker read the same configuration.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Any

from newsdesk.errors import ConfigError

DEFAULT_DB = "newsdesk.db"
DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024


def _env_bool(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def _env_int(name: str, default: int) -> int:
    """A positive integer setting (sizes, limits)."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise ConfigError(f"{name} must be a positive integer, got {raw!r}")
    return value


def _env_seconds(name: str) -> float | None:
    """A positive number of seconds, or None when unset."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return None
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not 0 < value < float("inf"):
        raise ConfigError(f"{name} must be a positive number of seconds, got {raw!r}")
    return value


def db_url_from(value: str) -> str:
    """Accept a SQLAlchemy URL or a plain file path (taken as SQLite)."""
    if "://" in value:
        return value
    return f"sqlite:///{value}"


@dataclass(frozen=True)
class Settings:
    db_url: str = field(default_factory=lambda: db_url_from(DEFAULT_DB))
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES
    user_agent: str = "newsdesk/0.1 (+https://github.com/newsdesk/newsdesk)"
    allow_private: bool = False
    api_token: str | None = None
    analyse: bool = True
    """Run the analyse stage at ingest (entities, quotes, events)."""
    document_timeout: float | None = None
    """Seconds one document may take in extraction and analysis (run in a worker process
    then); None: no limit, in process."""

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        base = cls(
            db_url=db_url_from(os.environ.get("NEWSDESK_DB") or DEFAULT_DB),
            max_input_bytes=_env_int("NEWSDESK_MAX_INPUT_BYTES", DEFAULT_MAX_INPUT_BYTES),
            user_agent=os.environ.get("NEWSDESK_USER_AGENT") or cls.user_agent,
            allow_private=_env_bool("NEWSDESK_ALLOW_PRIVATE"),
            api_token=os.environ.get("NEWSDESK_API_TOKEN") or None,
            analyse=not _env_bool("NEWSDESK_NO_ANALYSE"),
            document_timeout=_env_seconds("NEWSDESK_DOCUMENT_TIMEOUT"),
        )
        given = {k: v for k, v in overrides.items() if v is not None}
        return replace(base, **given)
