"""A stored story read back with the timeline of its stored events."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from newsdesk.records import Event
from newsdesk.store import events as event_store
from newsdesk.stories.group import StoryGrouper
from tests.stories.test_group import make_desk, store_and_group


def event_in(body: str, sentence: str, kind: str, actor: str, when: datetime) -> Event:
    start = body.index(sentence)
    return Event(
        event_type=kind,
        sentence=sentence,
        sentence_start=start,
        trigger=sentence.split()[0],
        trigger_start=start,
        trigger_end=start + len(sentence.split()[0]),
        actors=[{"text": actor, "entity": None, "country": None, "sector": None}],
        date=when,
        date_text="test",
    )


def test_story_timeline_comes_from_stored_events_in_date_order(tmp_path: Path) -> None:
    desk = make_desk(tmp_path)
    found = store_and_group(
        desk, StoryGrouper(), ["strike-talks-open", "strike-talks-wire", "strike-deal", "frog"]
    )
    opened, deal = found["strike-talks-open"], found["strike-deal"]
    assert opened.id is not None and deal.id is not None
    with desk.store.begin() as conn:
        # the deal article is saved first, so storage order is not date order
        event_store.save_events(
            conn,
            deal.id,
            [
                event_in(
                    deal.body,
                    "Mayor Daniel Frey said the city had agreed to the deal to keep schools open.",
                    "AGREE",
                    "Mayor Daniel Frey",
                    datetime(2025, 3, 8, tzinfo=UTC),
                )
            ],
        )
        event_store.save_events(
            conn,
            opened.id,
            [
                event_in(
                    opened.body,
                    opened.body.split("\n\n")[0],
                    "CONSULT",
                    "The Halden Teachers' Union",
                    datetime(2025, 3, 3, tzinfo=UTC),
                )
            ],
        )
    stories = desk.stories()
    strike = next(s for s in stories if s.id is not None and len(s.article_ids) == 2)
    assert strike.id is not None
    story = desk.story(strike.id)
    assert story is not None
    assert [e.date.date().isoformat() for e in story.timeline] == ["2025-03-03", "2025-03-08"]
    first, last = story.timeline
    assert first.article_ids == [opened.id] and first.summary.startswith("HALDEN - The Halden")
    assert last.positions == [
        {
            "actor": "Mayor Daniel Frey",
            "entity": None,
            "stance": "agreed",
            "text": "Mayor Daniel Frey said the city had agreed to the deal to keep schools open.",
        }
    ]
    record = desk.story_record(strike.id)
    assert record is not None and len(record["timeline"]) == 2
