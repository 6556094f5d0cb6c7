"""Cities of a million or more that spaCy's small model leaves untagged or calls a
nationality are places. Sentences of our own."""

from __future__ import annotations

import pytest

import newsdesk
from newsdesk.records import Article


def _mentions(text: str) -> list[tuple[str, str]]:
    analysis = newsdesk.analyse(Article(headline="", body=text))
    return [(m.text, m.kind) for m in analysis.mentions]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Aid reached Aleppo after the ceasefire.", "Aleppo"),  # untagged object
        ("Shelling hit Kharkiv overnight.", "Kharkiv"),  # untagged object
        ("Fighting spread to Aleppo and Homs.", "Aleppo"),  # tagged as a nationality
    ],
)
def test_big_cities_the_model_misses_are_places(text: str, city: str) -> None:
    assert (city, "place") in _mentions(text)


def test_a_big_city_gives_the_victims_of_a_foreign_raid_their_country() -> None:
    [event] = newsdesk.code_events("Ten civilians were killed as Russian jets pounded Aleppo.")
    assert [r["code"] for r in event["recipient"]] == ["SYR"]


def test_a_nationality_stays_a_nationality() -> None:
    assert ("Turkish", "nationality") in _mentions("Turkish troops entered the town.")
