"""Helpers for the event-coding tests: the primary event of a sentence and its parties' codes."""

from __future__ import annotations

from typing import Any

from newsdesk.analyse.events import code_events


def top_event(text: str) -> dict[str, Any]:
    """The first (primary) PLOVER record coded from ``text``; fails if there is none."""
    events = code_events(text)
    assert events, text
    return events[0]


def party_codes(parties: list[dict[str, Any]]) -> list[str | None]:
    return [p["code"] for p in parties]
