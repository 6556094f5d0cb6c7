"""Fixtures for acquire tests: a real HTTP server on 127.0.0.1 and fast fetch settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsdesk.acquire.http import FetchConfig
from tests.fixtures.httpserver import NewsServer


@pytest.fixture
def news_server() -> Iterator[NewsServer]:
    with NewsServer() as server:
        yield server


@pytest.fixture
def fast_config() -> FetchConfig:
    """Loopback allowed, no politeness delays, short timeouts: tests stay quick."""
    return FetchConfig(
        user_agent="newsdesk-test/1.0",
        connect_timeout=2.0,
        read_timeout=0.5,
        deadline=5.0,
        max_bytes=1_000_000,
        retries=2,
        backoff=0.01,
        host_interval=0.0,
        allow_private=True,
    )


class FakeClock:
    """A monotonic clock whose sleep just advances time (and remembers the waits)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()
