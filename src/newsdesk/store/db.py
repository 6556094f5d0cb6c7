"""Opening the database: engine, pragmas, migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from newsdesk.errors import StoreError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers (the web server) work while an ingest writes; the busy
    # timeout makes a second writer wait instead of failing.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


class Store:
    """An open newsdesk database, migrated to the newest schema."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        try:
            self.engine = self._create_engine(url)
            if migrate:
                self.migrate()
        except StoreError:
            raise
        except sa.exc.ArgumentError as exc:
            raise StoreError(
                f"cannot open database {url!r}: not a database URL or SQLite path ({exc})"
            ) from exc
        except ImportError as exc:
            # A URL naming a driver that is not installed (mysql://, postgresql+asyncpg://).
            backend = sa.engine.make_url(url).get_backend_name()
            raise StoreError(
                f"cannot open database {self.display_url}: no driver installed for {backend} "
                f"({exc}); newsdesk runs on SQLite and on PostgreSQL as "
                "postgresql+psycopg://... with the 'postgres' extra"
            ) from exc
        except (sa.exc.SQLAlchemyError, sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open database {self.display_url}: {_reason(exc)}") from exc

    @property
    def display_url(self) -> str:
        return sa.engine.make_url(self.url).render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def _create_engine(self, url: str) -> sa.Engine:
        parsed = sa.engine.make_url(url)
        if parsed.get_backend_name() == "sqlite":
            database = parsed.database or ""
            if parsed.query.get("uri") == "true" and database.startswith("file:"):
                # an SQLite URI filename (file:news.db?mode=ro): the path is after 'file:'
                database = database[len("file:") :]
            if database and database != ":memory:":
                folder = Path(database).expanduser().resolve().parent
                if not folder.is_dir():
                    raise StoreError(f"cannot open database {url}: folder {folder} does not exist")
            engine = sa.create_engine(url, connect_args={"timeout": 30})
            sa.event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        return sa.create_engine(url, pool_pre_ping=True)

    def migrate(self) -> None:
        """Upgrade to every head (stages add their migrations as branches of 0001)."""
        script = ScriptDirectory.from_config(_alembic_config())
        with self.engine.begin() as conn:
            current = set(MigrationContext.configure(conn).get_current_heads())
            if current == set(script.get_heads()):
                return
        cfg = _alembic_config()
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")

    @contextmanager
    def begin(self) -> Iterator[sa.Connection]:
        """A connection in a transaction: committed on success, rolled back on error."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except sa.exc.OperationalError as exc:
            raise StoreError(f"database error on {self.display_url}: {_reason(exc)}") from exc

    @contextmanager
    def connect(self) -> Iterator[sa.Connection]:
        """A read connection."""
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]
