"""Weather, disasters and disease are no party to a political event: what they close or
force is news, not an act coded in PLOVER. Sentences of our own."""

from __future__ import annotations

import pytest

from newsdesk.analyse.events import code_events


@pytest.mark.parametrize(
    "text",
    [
        "Snow closed schools across the region on Monday.",
        "A typhoon forced the evacuation of 10,000 people in Luzon.",
        "The earthquake destroyed the main bridge into the city.",
    ],
)
def test_natural_forces_make_no_event(text: str) -> None:
    assert code_events(text) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The government closed schools in Kashmir after the protests.", "COERCE"),
        ("Police closed the border crossing after the storm.", "COERCE"),
    ],
)
def test_people_acting_after_a_storm_still_act(text: str, event: str) -> None:
    assert code_events(text)[0]["event"] == event
