"""Headline passives without an auxiliary ('Five people killed in a blast') and the attack
mode taken from the act's means, not from any aircraft the sentence mentions. Sentences of
our own, in news style. Each test failed before its rule, except the parametrised cases
that guard what already worked (an active sentence, aircraft shot down as 'firearms', the
plain aerial cases and one passive the parser already read with its auxiliary)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyse.coded import party_codes as _codes
from tests.analyse.coded import top_event as _top


def _texts(parties: list[dict[str, Any]]) -> list[str]:
    return [p["text"] for p in parties]


@pytest.mark.parametrize(
    "text",
    [
        "Five people killed in a blast in Kabul.",
        "Two journalists detained in Cairo on Tuesday.",
        "Seven miners kidnapped in northern Mali, officials say.",
    ],
)
def test_victims_of_a_headline_passive_are_the_recipient(text: str) -> None:
    top = _top(text)
    victims = text.split(" killed")[0].split(" detained")[0].split(" kidnapped")[0]
    assert victims in _texts(top["recipient"])
    assert victims not in _texts(top["actor"])


def test_headline_passive_takes_the_attacker_of_its_clause() -> None:
    top = _top("Six Afghan police officers killed when Taliban gunmen stormed a checkpoint.")
    assert top["event"] == "ASSAULT"
    assert _texts(top["actor"]) == ["Taliban gunmen"]
    assert _texts(top["recipient"]) == ["Six Afghan police officers"]


def test_passive_takes_the_owner_of_the_attack_it_happened_in() -> None:
    top = _top("Two Pakistani soldiers killed in clashes with Taliban militants.")
    assert _texts(top["actor"]) == ["Taliban militants"]
    assert _codes(top["recipient"]) == ["PAK"]


def test_an_active_sentence_keeps_its_subject_as_actor() -> None:
    top = _top("Taliban fighters killed three Afghan soldiers near Kandahar.")
    assert _texts(top["actor"]) == ["Taliban fighters"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shot down a Syrian army helicopter near Idlib.",
        "Insurgents attacked a military base where helicopters were parked.",
        "Militants attacked a convoy, killing four soldiers, before army helicopters arrived.",
        "Taliban fighters fired on a US helicopter landing in Helmand.",
    ],
)
def test_an_aircraft_that_is_not_the_means_gives_no_aerial_mode(text: str) -> None:
    top = _top(text)
    assert top["event"] == "ASSAULT"
    assert top["mode"] != "aerial"


@pytest.mark.parametrize(
    "text",
    [
        "Israeli warplanes struck Hamas positions in Gaza.",
        "Ten people were killed in an air strike in northern Yemen.",
        "The village was bombed from the air by Sudanese forces.",
        "Villagers were attacked by helicopter gunships in Darfur.",
        "Israeli aircraft bombed targets in southern Lebanon.",
        "Ten civilians killed as Russian jets pound Syrian villages.",
    ],
)
def test_an_aircraft_as_the_means_is_aerial(text: str) -> None:
    top = _top(text)
    assert (top["event"], top["mode"]) == ("ASSAULT", "aerial")
