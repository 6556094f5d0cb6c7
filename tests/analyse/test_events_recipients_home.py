"""Victims of state violence take the attacker's country only at home: a foreign place or
nationality that marks where the act fell gives them that country. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from newsdesk.analyse.events import code_events


def _primary(text: str) -> dict[str, Any]:
    events = code_events(text)
    assert events, text
    return events[0]


def _codes(parties: list[dict[str, Any]]) -> set[str | None]:
    return {p["code"] for p in parties}


@pytest.mark.parametrize(
    ("text", "attacker", "victims"),
    [
        ("Eight farmers were killed as Turkish jets bombed Iraqi villages.", "TUR", "IRQ"),
        ("Twelve civilians killed as Russian warplanes pound Ukrainian towns", "RUS", "UKR"),
        ("Nine people were killed as Israeli warplanes struck southern Lebanon", "ISR", "LBN"),
        ("Two nurses killed as Ethiopian troops shell Eritrean towns", "ETH", "ERI"),
    ],
)
def test_foreign_strike_victims_are_of_the_place_struck(
    text: str, attacker: str, victims: str
) -> None:
    ev = _primary(text)
    assert ev["event"] == "ASSAULT"
    assert attacker in _codes(ev["actor"])
    assert _codes(ev["recipient"]) == {victims}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Egyptian police killed three protesters outside the courthouse.", "EGY"),
        ("Iranian riot police beat dozens of students, the German foreign ministry said.", "IRN"),
        ("Six villagers were killed as Nigerian soldiers raided Nigerian villages.", "NGA"),
    ],
)
def test_domestic_crackdown_victims_stay_the_state_s_own(text: str, country: str) -> None:
    # guards the rule's home case (passes with or without the foreign-place check)
    ev = _primary(text)
    assert ev["event"] in ("ASSAULT", "COERCE")
    assert _codes(ev["recipient"]) == {country}


# Sharing intelligence or information is COOPERATE (CAMEO 064, 'share intelligence or
# information'), also where the parser reads the sentence as one noun phrase.


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Pakistan shared intelligence with Afghanistan", "PAK", "AFG"),  # 'shared' as amod
        ("Pakistan shares intelligence with Iran", "PAK", "IRN"),  # "shares" as a plural noun
        ("Ghana shared data with Togo on Monday.", "GHA", "TGO"),  # 'data' lemmatised 'datum'
    ],
)
def test_sharing_intelligence_is_cooperate(text: str, actor: str, recipient: str) -> None:
    ev = _primary(text)
    assert ev["event"] == "COOPERATE"
    assert _codes(ev["actor"]) == {actor}
    assert _codes(ev["recipient"]) == {recipient}


def test_what_is_shared_is_not_the_recipient() -> None:
    ev = _primary("Turkey has shared intelligence with Iraq about the militants.")
    assert ev["event"] == "COOPERATE"
    assert [(r["text"], r["code"], r["sector"]) for r in ev["recipient"]] == [
        ("Iraq", "IRQ", "GOV")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Both leaders shared concerns about the war.",
        "Pakistan shared concerns with Afghanistan over the border.",
        "The shared intelligence unit was set up last year.",
    ],
)
def test_sharing_concerns_is_no_cooperation(text: str) -> None:
    # guards the repair's limits (passes with or without it)
    assert all(e["event"] != "COOPERATE" for e in code_events(text))
