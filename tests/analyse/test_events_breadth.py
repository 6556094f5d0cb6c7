"""Second pass of CAMEO breadth (RETREAT, MOBILIZE, CONCEDE, COERCE) and nouns whose event
depends on what they act on. Sentences of our own, in news style; each failed before its
rule, except the cases marked as guards."""

from __future__ import annotations

import pytest

from newsdesk.analyse.events import code_events


def _top(text: str) -> tuple[str, str | None]:
    events = code_events(text)
    assert events, text
    return events[0]["event"], events[0]["mode"]


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        # CONCEDE: giving in, acceding to demands (CAMEO 08 / 083)
        ("Kenya's president gave in to the protesters and scrapped the tax.", "CONCEDE", None),
        ("Pakistan agreed to the opposition's demand for early elections.", "CONCEDE", None),
        ("The Thai government met the protesters' demands.", "CONCEDE", None),
        # RETREAT: give back, relinquish, dismantle weapons, set free
        ("Russia gave back the seized Ukrainian navy ships.", "RETREAT", "return"),
        ("The guerrillas relinquished control of the northern highway.", "RETREAT", "withdraw"),
        ("Ukraine dismantled its last nuclear warheads.", "RETREAT", "disarm"),
        ("Iran set free the detained French researcher.", "RETREAT", "release"),
        ("Iraq returned Kuwaiti archives seized during the occupation.", "RETREAT", "return"),
        # MOBILIZE: readiness of forces and weapons
        ("North Korea readied its missile launchers.", "MOBILIZE", "weapons"),
        ("Israel activated its reserve units.", "MOBILIZE", "troops"),
        ("Armenia announced a general mobilisation.", "MOBILIZE", "troops"),
        # COERCE
        ("Bahrain stripped 138 people of their citizenship.", "COERCE", "restrict"),
        ("Ethiopian authorities blocked access to social media in Oromia.", "COERCE", "censor"),
        ("The police cordoned off the university campus.", "COERCE", "restrict"),
    ],
)
def test_breadth_triggers(text: str, event: str, mode: str | None) -> None:
    assert _top(text) == (event, mode)


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        ("The exchange of prisoners between Russia and Ukraine took place at the Belarus border.",
         "RETREAT", "release"),
        ("Armenia and Azerbaijan carried out a prisoner swap on Tuesday.", "RETREAT", "release"),
        ("An exchange of fire between Indian and Pakistani troops was reported overnight.",
         "ASSAULT", "firearms"),
        ("Kuwait announced the expulsion of thousands of Egyptian workers.", "COERCE", "deport"),
        # guard: diplomats expelled stay a SANCTION
        ("Kuwait announced the expulsion of four Iraqi diplomats.", "SANCTION", "expel"),
    ],
)  # fmt: skip
def test_nouns_by_what_they_act_on(text: str, event: str, mode: str | None) -> None:
    assert _top(text) == (event, mode)


def test_agreeing_to_act_on_a_demand_stays_an_agreement() -> None:
    # only a demand for political reform acceded to is a concession (CAMEO 083)
    text = "The rebels agreed to Kenya's demand for joint operations against smugglers."
    assert _top(text)[0] == "AGREE"


def test_a_lead_relinquished_in_sport_is_no_event() -> None:
    assert not code_events("The visitors relinquished their lead in the second half.")
