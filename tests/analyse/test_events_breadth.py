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
        # third batch
        (
            "Israel allowed fuel shipments into Gaza for the first time in weeks.",
            "RETREAT",
            "access",
        ),
        ("The army eased its siege of the Palestinian town.", "RETREAT", "withdraw"),
        ("Hong Kong withdrew the extradition bill.", "CONCEDE", None),
        ("Chinese authorities interned a million Uighurs in camps.", "COERCE", "arrest"),
        ("Israel closed the Palestinian university for six months.", "COERCE", "restrict"),
        ("Turkish police tear-gassed the crowd in Istanbul.", "ASSAULT", "crowd-control"),
        ("Iran armed Hezbollah with thousands of rockets.", "AID", None),
        (
            "The Turkish president insulted the Dutch prime minister in a speech.",
            "ACCUSE",
            "disapprove",
        ),
        ("Chinese police harassed the families of exiled activists.", "COERCE", "restrict"),
        ("The regime persecuted religious minorities in Xinjiang.", "COERCE", "restrict"),
        ("The government curbed press freedom after the coup.", "COERCE", "restrict"),
        ("Islamic State recruited thousands of foreign fighters.", "MOBILIZE", "troops"),
        ("China militarised the disputed islands.", "MOBILIZE", "troops"),
        ("Security guards ejected the opposition deputies from parliament.", "COERCE", "deport"),
        ("Workers walked off the job at the state oil company in Nigeria.", "PROTEST", "strike"),
        # guard: a delegation walking out of talks still reduces relations
        ("The Iranian delegation walked out of the talks in Vienna.", "SANCTION", "withdraw"),
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


@pytest.mark.parametrize(
    "text",
    [
        "The central bank moved to curb inflation.",
        "The club recruited two new coaches for the season.",
        "The bakery closed its doors at six.",
    ],
)
def test_everyday_senses_stay_no_events(text: str) -> None:
    assert not code_events(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a headline's capitalised first word taken for a name
        ("Withdrawal of Russian troops from Moldova to begin next month.", "RETREAT"),
        # a fragment the parser leaves loose, with no verbal trigger in the sentence
        ("Fresh clashes between Armenian and Azeri forces in Nagorno-Karabakh, officials say.",
         "ASSAULT"),
    ],
)  # fmt: skip
def test_event_nouns_of_headlines_without_a_verbal_trigger(text: str, event: str) -> None:
    assert _top(text)[0] == event
