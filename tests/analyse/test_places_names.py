"""Homonyms: another name of a larger place that is a town's own name, a state named
elsewhere in the text against a famous city, lower-case words. Sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsdesk import geocode_mentions
from newsdesk.analyse import analyse
from newsdesk.analyse.gazetteer import Gazetteer
from newsdesk.analyse.places import resolve_names
from newsdesk.records import Article, Place


def _geocode(text: str, names: list[str], gazetteer: Gazetteer) -> list[Place | None]:
    """Through the public API (it opens the same gazetteer as the fixture)."""
    assert gazetteer is not None
    spans = [(text.index(name), text.index(name) + len(name)) for name in names]
    return geocode_mentions(text, spans)


def _places(text: str, nlp: Language, gazetteer: Gazetteer) -> dict[str, Place | None]:
    result = analyse(Article(headline="test", body=text), nlp=nlp, gazetteer=gazetteer)
    return {m.text: m.place for m in result.mentions if m.kind == "place"}


def test_another_name_of_a_city_that_is_its_own_towns_name_does_not_win_alone(
    gazetteer: Gazetteer,
) -> None:
    # Hong Kong is also called 'Victoria' (its old city centre, a town of its own in the
    # gazetteer): alone, 'Victoria' is a place whose main name it is, not Hong Kong.
    (victoria,) = _geocode("Hundreds fled the fires in Victoria.", ["Victoria"], gazetteer)
    assert victoria is not None and victoria.name == "Victoria"
    # New York City is also called 'Manhattan': the borough is meant
    (manhattan,) = _geocode("Rents in Manhattan rose again.", ["Manhattan"], gazetteer)
    assert manhattan is not None and manhattan.name == "Manhattan"


def test_a_towns_own_name_still_follows_the_text(gazetteer: Gazetteer) -> None:
    victoria, _ = _geocode(
        "Protesters marched in Victoria and Kowloon.", ["Victoria", "Kowloon"], gazetteer
    )
    assert victoria is not None and victoria.country_code == "HK"


def test_another_name_of_a_city_through_the_analyse_stage(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    places = _places("Bushfires forced thousands to flee their homes in Victoria.", nlp, gazetteer)
    victoria = places.get("Victoria")
    assert victoria is not None and victoria.name == "Victoria"
    assert victoria.country_code != "HK"


_FINAL = "The Cardinals beat Louisville on Friday. The final is in Columbus, Ohio, on Sunday."


def test_a_state_named_elsewhere_does_not_pull_a_small_homonym_over_a_famous_city(
    gazetteer: Gazetteer,
) -> None:
    # Ohio is named with Columbus, not with Louisville: Louisville, Ohio (pop. 9,000) does not
    # beat Louisville, Kentucky, seventy times larger; nor where Ohio is one of two states
    louisville, _, _ = _geocode(_FINAL, ["Louisville", "Columbus", "Ohio"], gazetteer)
    assert louisville is not None and louisville.population > 500_000
    text = "Voters in Louisville went to the polls as Ohio and Indiana chose governors."
    louisville, _, _ = _geocode(text, ["Louisville", "Ohio", "Indiana"], gazetteer)
    assert louisville is not None and louisville.population > 500_000


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # written with its state
        ("Louisville, Ohio, voted on Tuesday.", ["Louisville", "Ohio"]),
        # a text about the state: three of its places
        (
            "Voters in Canton, Akron and Louisville went to the polls as Ohio chose a governor.",
            ["Louisville", "Canton", "Akron", "Ohio"],
        ),
    ],
)
def test_a_small_homonym_in_a_state_the_text_is_about_still_wins(
    text: str, names: list[str], gazetteer: Gazetteer
) -> None:
    louisville = _geocode(text, names, gazetteer)[0]
    assert louisville is not None and louisville.population < 100_000
    assert louisville.country_code == "US"


def test_a_state_named_elsewhere_through_the_analyse_stage(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    louisville = _places(_FINAL, nlp, gazetteer).get("Louisville")
    assert louisville is not None and louisville.population > 500_000
    # the stage gives no pairs: a state named right after the town is read as written with it
    louisville = _places("Louisville, Ohio, voted to build a school.", nlp, gazetteer).get(
        "Louisville"
    )
    assert louisville is not None and louisville.population < 100_000


def test_without_pairs_a_state_named_right_after_a_town_is_its_state(
    gazetteer: Gazetteer,
) -> None:
    lexington, _ = resolve_names(["Lexington", "Mass."], gazetteer=gazetteer)
    assert lexington is not None and lexington.population < 100_000
    louisville, _, _ = resolve_names(["Louisville", "Columbus", "Ohio"], gazetteer=gazetteer)
    assert louisville is not None and louisville.population > 500_000


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A fire broke out in Athens, Georgia, late on Tuesday.", "Athens"),
        ("The concert in Moscow, Idaho, was cancelled.", "Moscow"),
        ("He grew up in Dublin, Ohio, and later moved to Berlin.", "Dublin"),
    ],
)
def test_the_analyse_stage_reads_a_town_in_the_state_written_with_it(
    text: str, town: str, nlp: Language, gazetteer: Gazetteer
) -> None:
    # the pipeline pairs the spans as geocode_mentions does (it read Athens in Greece and
    # Georgia as the country: the pairs were only given to geocode_mentions)
    result = analyse(
        Article(headline="test", body=text, url="https://www.example.co.uk/news/1"),
        nlp=nlp,
        gazetteer=gazetteer,
    )
    places = {m.text: m.place for m in result.mentions if m.kind == "place"}
    found = places[town]
    assert found is not None and found.country_code == "US"
