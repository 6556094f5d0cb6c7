"""Shared test fixtures.

Tests that read real third-party data from ../shared take the ``shared_dir``
fixture and are skipped, with the reason, where it is absent.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "DESIGN.md").exists():
        pytest.skip(f"../shared is absent ({SHARED}): real third-party data not available")
    return SHARED


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture
def fresh_pg_url() -> Iterator[str]:
    """URL of a new, empty PostgreSQL database, dropped after the test.

    `make test` starts a loopback PostgreSQL (scripts/test-services.sh) and passes its URL
    as NEWSDESK_TEST_PG; without it, or where it is unreachable, the test is skipped.
    """
    url = os.environ.get("NEWSDESK_TEST_PG")
    if not url:
        pytest.skip("NEWSDESK_TEST_PG is not set (make test starts a PostgreSQL and sets it)")
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    name = f"newsdesk_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        pytest.skip(f"PostgreSQL at NEWSDESK_TEST_PG is not reachable: {exc}")
    try:
        yield sa.engine.make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
