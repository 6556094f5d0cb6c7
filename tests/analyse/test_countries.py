from __future__ import annotations

import pytest

from newsdesk.analyse.countries import (
    alpha2_to_alpha3,
    alpha3_to_alpha2,
    country_name,
    country_of,
    country_of_capital,
    country_of_demonym,
    country_of_name,
    country_on_the_map,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan", "PAK"),
        ("the United States", "USA"),
        ("U.S.", "USA"),
        ("Britain", "GBR"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("South Korea", "KOR"),
        ("PRC", "CHN"),
        ("the PRC", "CHN"),
        ("ROK", "KOR"),
        ("KSA", "SAU"),
    ],
)
def test_country_names_and_aliases(text: str, expected: str) -> None:
    assert country_of_name(text) == expected
    assert country_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Afghan", "AFG"), ("Turkish", "TUR"), ("Pakistanis", "PAK"), ("Chinese", "CHN")],
)
def test_demonyms_map_to_their_country(text: str, expected: str) -> None:
    assert country_of_demonym(text) == expected
    assert country_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Kabul", "AFG"), ("Islamabad", "PAK"), ("Doha", "QAT"), ("Kremlin", "RUS")],
)
def test_capitals_and_seats_map_to_their_country(text: str, expected: str) -> None:
    assert country_of_capital(text) == expected
    assert country_of(text) == expected


def test_unknown_text_has_no_country() -> None:
    assert country_of("Tuesday") is None
    assert country_of("") is None


def test_codes_round_trip() -> None:
    assert alpha2_to_alpha3("pk") == "PAK"
    assert alpha3_to_alpha2("AFG") == "AF"
    assert country_name("QAT") == "Qatar"
    assert alpha2_to_alpha3("ZZ") is None


def test_former_states_and_combining_forms_are_placed_in_todays_state() -> None:
    assert country_on_the_map("the Soviet Union") == "RUS"
    assert country_on_the_map("U.S.S.R.") == "RUS"
    assert country_on_the_map("Austro") == "AUT"  # 'Austro-Hungarian'
    assert country_on_the_map("Zaire") == "COD"
    assert country_on_the_map("Austria") is None  # names of today's states are country_of's
    assert country_of("Soviet Union") is None  # not an actor's country


def test_congo_alone_is_the_democratic_republic_as_news_style_has_it() -> None:
    # 'Democratic Republic of Congo' (no 'the') was the Republic of the Congo on the map
    assert country_of_name("Democratic Republic of Congo") == "COD"
    assert country_of_name("Congo") == "COD"
    assert country_of_name("Republic of Congo") == "COG"
    assert country_of_name("Congo Republic") == "COG"
    assert country_of_name("Republic of the Congo") == "COG"
