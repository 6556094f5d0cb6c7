"""Places spaCy's small model misses or calls a person or an organisation: a name after a
preposition of place that the gazetteer knows, and a name said to be a town or a camp.
Sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsdesk.analyse import analyse
from newsdesk.analyse.gazetteer import Gazetteer
from newsdesk.records import Article


def _kinds(text: str, nlp: Language, gazetteer: Gazetteer) -> dict[str, str]:
    result = analyse(Article(headline="test", body=text), nlp=nlp, gazetteer=gazetteer)
    return {m.text: m.kind for m in result.mentions}


def test_a_city_after_near_that_the_model_gives_no_kind_is_a_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # The model calls it a product; a city of 100,000 needs no country named.
    text = "Troops were deployed near Kramatorsk after the attack."
    assert _kinds(text, nlp, gazetteer).get("Kramatorsk") == "place"


def test_a_town_of_a_country_the_text_names_is_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    # The model calls Kidal a language; Mali, named beside it, makes a town of 40,000 enough.
    kinds = _kinds("Gunmen attacked a checkpoint in Kidal, Mali.", nlp, gazetteer)
    assert kinds.get("Kidal") == "place"


def test_a_town_listed_with_a_place_that_the_model_calls_a_person_is_a_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    kinds = _kinds("Fighting erupted in Sirte and Misrata.", nlp, gazetteer)
    assert kinds.get("Misrata") == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Lincoln's view, the British plan is dead.", "Lincoln"),  # a possessive
        ("The bill stalled in Congress last week.", "Congress"),  # a body (a US town too)
        ("He spoke in Parliament on Monday.", "Parliament"),
        ("The phrase appeared in Brown's speech.", "Brown"),
        ("A letter from Adams arrived on Monday.", "Adams"),  # what comes from a person
        ("He is an analyst at Reading, the British firm.", "Reading"),  # an employer
        ("Executives from AT&T, T-Mobile and others signed it.", "Mobile"),  # part of a word
    ],
)
def test_no_place_is_made_of_a_body_a_person_or_part_of_a_name(
    text: str, name: str, nlp: Language, gazetteer: Gazetteer
) -> None:
    assert _kinds(text, nlp, gazetteer).get(name) != "place"


def test_a_month_after_in_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    assert "May" not in _kinds("The vote will take place in May.", nlp, gazetteer)


def test_a_name_said_to_be_a_town_is_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    # The model calls Pelham a person.
    text = "The man, 41, of Pelham, a town north of the city, was charged."
    assert _kinds(text, nlp, gazetteer).get("Pelham") == "place"


def test_a_name_of_a_camp_the_model_calls_an_organisation_is_a_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Aid could not reach the Rukban camp this week."
    assert _kinds(text, nlp, gazetteer).get("Rukban") == "place"


def test_a_politician_s_camp_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    assert _kinds("The Trump camp denied it.", nlp, gazetteer).get("Trump") == "person"


def test_a_place_found_from_its_context_is_geocoded_where_the_text_puts_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # The model calls Hamilton a person; a town of Scotland made it a place (the text names
    # Britain), so it is not the larger Hamilton of Canada the geocoder prefers alone.
    text = "British police arrested a man in Hamilton on Tuesday."
    result = analyse(Article(headline="test", body=text), nlp=nlp, gazetteer=gazetteer)
    (hamilton,) = [m for m in result.mentions if m.text == "Hamilton"]
    assert hamilton.kind == "place"
    assert hamilton.place is not None and hamilton.place.country_code == "GB"


def test_a_small_capital_or_province_far_from_the_text_s_countries_is_no_evidence(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # The model leaves 'Paget' untagged; a parish of Bermuda (a province in the gazetteer)
    # is so named, and nothing in the text points to Bermuda.
    text = "The Canadian minister stayed in Paget for a week."
    assert _kinds(text, nlp, gazetteer).get("Paget") != "place"


def test_a_town_and_its_state_code_are_places(nlp: Language, gazetteer: Gazetteer) -> None:
    # The model calls the codes organisations and the town a person.
    text = "June 9: Blossom Music Center, Cuyahoga Falls, OH. June 12: Irving, TX."
    result = analyse(Article(headline="test", body=text), nlp=nlp, gazetteer=gazetteer)
    found = {m.text: m for m in result.mentions}
    for name, state in (("OH", "Ohio"), ("TX", "Texas")):
        place = found[name].place
        assert found[name].kind == "place" and place is not None and place.name == state
    town = found["Cuyahoga Falls"]
    assert town.kind == "place" and town.place is not None and town.place.country_code == "US"


def test_a_person_and_a_degree_are_no_town_and_state(nlp: Language, gazetteer: Gazetteer) -> None:
    kinds = _kinds("The study was led by Jane Doe, MD, of the clinic.", nlp, gazetteer)
    assert kinds.get("Jane Doe") == "person" and kinds.get("MD") != "place"
