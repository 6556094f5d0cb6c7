"""Opening a database from what a user gives as NEWSDESK_DB / --db."""

from __future__ import annotations

import pytest

from newsdesk.errors import StoreError
from newsdesk.store.db import Store


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("mysql://news@db.example/newsdesk", "no driver installed for mysql"),
        ("postgresql+asyncpg://news@db.example/newsdesk", "no driver installed for postgresql"),
        ("://", "not a database URL"),
        ("foo://x", "Can't load plugin"),
    ],
)
def test_a_url_newsdesk_cannot_open_is_a_store_error(url: str, reason: str) -> None:
    with pytest.raises(StoreError, match="cannot open database") as raised:
        Store(url)
    assert reason in str(raised.value)
