"""Stories: near-duplicate copies, developing stories and their timelines."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from newsdesk.errors import InputError
from newsdesk.stories.cluster import DEFAULT_SETTINGS, StoryItem, cluster_items


def _story_item(position: int, raw: Mapping[str, Any]) -> StoryItem:
    if not isinstance(raw, Mapping):
        kind = type(raw).__name__
        raise InputError(f"cluster_stream item {position}: expected a dict, got {kind}")
    if "id" not in raw:
        raise InputError(f"cluster_stream item {position}: missing 'id'")
    headline = raw.get("headline")
    if not isinstance(headline, str):
        raise InputError(f"cluster_stream item {raw['id']!r}: 'headline' must be a string")
    body = raw.get("body") or ""
    if not isinstance(body, str):
        raise InputError(f"cluster_stream item {raw['id']!r}: 'body' must be a string")
    published = raw.get("published")
    if not isinstance(published, datetime) or published.tzinfo is None:
        raise InputError(
            f"cluster_stream item {raw['id']!r}: 'published' must be a timezone-aware datetime"
        )
    return StoryItem(headline=headline, body=body, published=published)


def cluster_stream(items: Iterable[Mapping[str, Any]]) -> list[str]:
    """Group a stream of articles into stories, in the order given.

    Each item is a dict with ``id``, ``headline``, optional ``body`` and
    ``published`` (an aware datetime). Returns one story id per item; items
    with the same id string are in the same story. Uses the pipeline's settings.
    """
    parsed = [_story_item(i, raw) for i, raw in enumerate(items)]
    return [f"s{story}" for story in cluster_items(parsed, DEFAULT_SETTINGS)]


__all__ = ["cluster_stream"]
