"""Incremental story clustering over articles and over a headline stream."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import pytest

import newsdesk
from newsdesk.errors import InputError
from newsdesk.stories.cluster import (
    ClusterSettings,
    StoryIndex,
    StoryItem,
    cluster_items,
    item_terms,
)
from tests.stories.helpers import load_articles

ORDER = ["strike-talks-open", "football", "strike-talks-stall", "frog", "strike-deal"]


def items() -> list[StoryItem]:
    found = load_articles()
    return [
        StoryItem(found[k].headline, found[k].date_published or datetime.now(UTC), found[k].body)
        for k in ORDER
    ]


def test_a_story_published_days_apart_is_one_story_and_unrelated_ones_are_not() -> None:
    labels = dict(zip(ORDER, cluster_items(items()), strict=True))
    strike = {labels["strike-talks-open"], labels["strike-talks-stall"], labels["strike-deal"]}
    assert len(strike) == 1
    assert labels["football"] not in strike
    assert labels["frog"] not in strike
    assert labels["football"] != labels["frog"]


def test_assignment_reports_similarity_and_creation() -> None:
    index = StoryIndex()
    first, football, stall = (index.assign(i) for i in items()[:3])
    assert first.created and football.created
    assert not stall.created and stall.story_id == first.story_id
    assert stall.similarity >= index.settings.threshold
    assert index.stories[first.story_id].size == 2
    assert index.doc_count == 3


def test_a_quiet_story_needs_a_closer_match_than_a_fresh_one() -> None:
    index = StoryIndex()
    start = datetime(2025, 3, 1, 12, tzinfo=UTC)
    index.assign(StoryItem("Harbour ferry strike halts crossings", start))
    probe = index.vectorise(item_terms(StoryItem("Ferry strike halts harbour crossings", start)))
    fresh = index.similarities(probe, start)[0][0]
    hour = index.similarities(probe, start + timedelta(hours=1))[0][0]
    stale = index.similarities(probe, start + timedelta(days=3))[0][0]
    decay = index.settings.decay_hours
    assert hour == pytest.approx(fresh * math.exp(-1 / decay))
    # after days of silence the discount stops at the floor instead of shutting the story
    assert stale == pytest.approx(fresh * index.settings.decay_floor)
    # ... until the story has been quiet for longer than the closing horizon
    closed = start + timedelta(days=index.settings.close_after_days + 1)
    assert index.similarities(probe, closed) == []
    assert index.assign(StoryItem("Harbour ferry strike halts crossings", closed)).created


def test_a_bridging_article_merges_its_two_stories_and_relabels_their_members() -> None:
    t = datetime(2025, 3, 1, 12, tzinfo=UTC)
    headlines = [
        "Volcano erupts on Mount Keldur",
        "Mount Keldur volcano eruption",
        "Ash cloud closes Reykjavik airport",
        "Reykjavik airport shut by ash cloud",
        "Mount Keldur volcano ash cloud shuts Reykjavik airport",
    ]
    stream = [StoryItem(h, t + timedelta(minutes=i)) for i, h in enumerate(headlines)]
    # the fixed settings keep these apart (a single bridge is weak evidence) ...
    assert len(set(cluster_items(stream))) == 2
    # ... a lower merge threshold lets the bridge fold both stories into one
    loose = ClusterSettings(merge_threshold=0.15)
    assert len(set(cluster_items(stream, loose))) == 1
    index = StoryIndex(loose)
    results = [index.assign(item) for item in stream]
    assert results[-1].merged and len(index.stories) == 1
    (story,) = index.stories.values()
    assert story.size == 5
    assert all(index.postings[t] == {story.id} for t in ("keldur", "airport"))


def test_cluster_stream_public_api() -> None:
    t = datetime(2025, 3, 3, 9, tzinfo=UTC)
    stream = [
        {"id": "a", "headline": "Halden teachers open pay talks with council", "published": t},
        {"id": "b", "headline": "Rovers win away at Eastfield", "published": t},
        {
            "id": "c",
            "headline": "Halden pay talks stall as teachers reject offer",
            "body": "",
            "published": t + timedelta(hours=30),
        },
    ]
    labels = newsdesk.cluster_stream(stream)
    assert len(labels) == 3 and all(isinstance(x, str) for x in labels)
    assert labels[0] == labels[2] != labels[1]


@pytest.mark.parametrize(
    ("item", "reason"),
    [
        ({"headline": "x", "published": datetime(2025, 1, 1, tzinfo=UTC)}, "missing 'id'"),
        ({"id": 1, "published": datetime(2025, 1, 1, tzinfo=UTC)}, "'headline'"),
        ({"id": 1, "headline": "x", "published": datetime(2025, 1, 1)}, "timezone-aware"),
        ({"id": 1, "headline": "x", "published": "2025-01-01"}, "timezone-aware"),
    ],
)
def test_cluster_stream_rejects_bad_items_with_a_clear_message(item: dict, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        newsdesk.cluster_stream([item])
