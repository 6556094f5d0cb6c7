"""Event triggers and actor rules added with the actor dictionary (sentences of our own)."""

from __future__ import annotations

import pytest

from newsdesk.analyse.events import code_events
from tests.analyse.coded import top_event as _top


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Police nabbed four suspects in the capital on Monday.", "COERCE"),
        ("The army called up 20,000 reservists after the border incident.", "MOBILIZE"),
        ("The authorities stepped up security around the embassy.", "MOBILIZE"),
        ("The government dismantled two checkpoints near the city.", "RETREAT"),
        ("Rebels abandoned their positions around the town.", "RETREAT"),
        ("The king abdicated in favour of his son.", "RETREAT"),
        ("Opposition leaders vilified the prime minister over the scandal.", "ACCUSE"),
        ("Troops razed the village on Tuesday.", "ASSAULT"),
        ("Egypt and Israel normalized relations in 1980.", "COOPERATE"),
        ("Parliament voted to impeach the president.", "ACCUSE"),
        ("Iran test-fired a new missile on Sunday.", "MOBILIZE"),  # a test, not an attack
        ("Putin spoke by phone with Erdogan.", "CONSULT"),
        ("The last Soviet soldiers left Afghanistan on Wednesday.", "RETREAT"),  # by subject
        ("Syrian troops evacuated their positions around Beirut.", "RETREAT"),
        ("The prime minister stepped down after losing a confidence vote.", "RETREAT"),
        ("Troops were airlifted to the province to quell the unrest.", "MOBILIZE"),
        ("The United States has positioned two aircraft carriers off the coast.", "MOBILIZE"),
        ("Iran conducted war games in the Strait of Hormuz.", "MOBILIZE"),
        ("Pakistan has stepped up military preparations along the border.", "MOBILIZE"),
        ("Moscow halted gas deliveries to Ukraine.", "SANCTION"),
        ("Cuba sent doctors to help earthquake victims in Pakistan.", "AID"),
        ("The opposition threw its support behind the candidate.", "SUPPORT"),
        ("Government troops recaptured the town from the rebels.", "ASSAULT"),
        ("The government backed down on the new tax.", "CONCEDE"),
        ("The president paid tribute to the peacekeepers.", "SUPPORT"),
        ("The World Bank extended a $200 million credit to Kenya.", "AID"),
        ("Jordan handed over the suspect to Iraqi authorities.", "COOPERATE"),
        ("Putin received Erdogan in the Kremlin on Tuesday.", "CONSULT"),
        ("Japan delivered 500 tonnes of rice to North Korea.", "AID"),
        ("Washington imposed visa restrictions on Nigerian officials.", "SANCTION"),
    ],
)
def test_more_triggers(text: str, event: str) -> None:
    assert _top(text)["event"] == event


def test_act_named_by_a_noun_belongs_to_its_country_word() -> None:
    top = _top("Recent US Reaper attacks have killed five militants near the border.")
    assert top["event"] == "ASSAULT"
    assert {a["code"] for a in top["actor"]} == {"USA"}


def test_a_statement_that_demands_speaks_for_its_issuer() -> None:
    top = _top("The Kurdistan Workers' Party issued a statement demanding that Turkey free him.")
    assert top["event"] == "REQUEST"
    assert "TUR" in {a["code"] for a in top["actor"]}
    assert all("statement" not in a["text"] for a in top["actor"])


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        # codebook: crowd-control weapons are ASSAULT 'crowd-control'
        ("Riot police used tear gas to disperse the crowd in Nairobi.", "ASSAULT", "crowd-control"),
        ("Police fired tear gas at protesters in Istanbul.", "ASSAULT", "crowd-control"),
        # codebook: withholding utilities or supplies is COERCE 'withhold'
        ("The government shut down the internet in the region.", "COERCE", "withhold"),
        ("The army blocked deliveries of food aid to the north.", "COERCE", "withhold"),
    ],
)
def test_codebook_modes(text: str, event: str, mode: str) -> None:
    top = _top(text)
    assert (top["event"], top["mode"]) == (event, mode)


def test_the_receiving_country_is_the_recipient() -> None:
    top = _top("French troops arrived in Chad on Monday.")
    assert {a["code"] for a in top["recipient"]} == {"TCD"}
    top = _top("The Chinese foreign minister arrived in Paris for a three-day visit.")
    assert {a["code"] for a in top["recipient"]} == {"FRA"}


def test_ones_own_troops_are_not_the_recipient() -> None:
    top = _top("Vietnam said it was ready to withdraw its troops from Cambodia.")
    assert {a["code"] for a in top["recipient"]} == {"KHM"}


def test_a_protest_with_no_target_is_against_the_protesters_government() -> None:
    top = _top("Thousands of Kenyan students marched on Tuesday.")
    assert top["event"] == "PROTEST"
    assert {a["code"] for a in top["recipient"]} == {"KEN"}


def test_the_of_phrase_of_an_invasion_is_its_recipient() -> None:
    top = _top("Iraq's invasion of Kuwait began on 2 August.")
    assert top["event"] == "ASSAULT"
    assert {a["code"] for a in top["recipient"]} == {"KWT"}


def test_police_acting_on_unnamed_civilians_act_at_home() -> None:
    top = _top("Egyptian police arrested 40 students on Monday.")
    assert top["event"] == "COERCE"
    assert {a["code"] for a in top["recipient"]} == {"EGY"}


def test_passive_acts() -> None:
    top = _top("New sanctions were imposed on North Korea by the Security Council.")
    assert {a["code"] for a in top["recipient"]} == {"PRK"}
    top = _top("An agreement was reached between Ethiopia and Eritrea on the border.")
    assert {a["code"] for a in top["actor"]} == {"ETH", "ERI"}


def test_who_arrives_decides_the_act() -> None:
    assert _top("Peacekeeping troops arrived in Bosnia on Monday.")["event"] == "AID"
    assert _top("Troop reinforcements arrived in the province on Friday.")["event"] == "MOBILIZE"


@pytest.mark.parametrize(
    ("text", "not_event"),
    [
        ("It is common for singers to give up the rights to their recordings.", "RETREAT"),
        ("So I called her up and asked about the song.", "MOBILIZE"),
        ("The team would not relinquish its two-goal lead.", "RETREAT"),
    ],
)
def test_everyday_senses_are_no_events(text: str, not_event: str) -> None:
    assert not_event not in {e["event"] for e in code_events(text)}
