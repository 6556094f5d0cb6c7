"""Which names a place is found by: another name of a larger place that is a town's own
name, and lower-case words. Sentences of our own."""

from __future__ import annotations

from spacy.language import Language

from newsdesk import geocode_mentions
from newsdesk.analyse import analyse
from newsdesk.analyse.gazetteer import Gazetteer
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
